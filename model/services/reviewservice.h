#pragma once

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "domain/review.h"
#include "rules/clock.h"
#include "rules/ruleevaluator.h"

#include <QObject>

#include <optional>

namespace sagstjek {

class Database;

// Who may do what, and the access log: the review service asks before it shows or changes a case. The default
// allows everything and logs nothing; the trust layer supplies the real policy.
class ReviewPolicy {
public:
    enum class Action { Open, Edit, Complete };
    virtual ~ReviewPolicy();
    virtual Status check(Action action, const CaseFile &caseFile, const QString &user) const;
    // Called once each time a user opens a case (not for the service's own reads).
    virtual Status recordOpened(const CaseFile &caseFile, const QString &user);
};

// Everything the cue card needs to show one case.
struct ReviewState {
    CaseFile caseFile;
    CueCard card;                            // the review's template version, or the area's newest for a new review
    std::optional<Review> review;            // empty until the first answer or note is saved
    QHash<QString, rules::Verdict> verdicts; // computed from the case's dates, for items that carry a rule
    QList<const CueCardItem *> applicableItems() const { return card.itemsFor(caseFile.subgroup); }
    int answeredCount() const;
};

// The state of one item: its answer (if any) and its defect (if any). Undo restores a previous ItemState.
struct ItemState {
    std::optional<Answer> answer;
    std::optional<Defect> defect;
    bool operator==(const ItemState &) const = default;
};

// The review of a case: answering items, notes, defects, completion. Every call is one transaction with its
// audit record, committed before it returns: there is no Save button, and a killed app loses nothing that
// was acknowledged. Shared by the GUI and the CLI.
class ReviewService : public QObject {
    Q_OBJECT
public:
    ReviewService(Database &db, QString user, QObject *parent = nullptr);

    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    // The language used for text the service writes on the user's behalf (a defect's suggested remediation).
    void setLanguage(const QString &language) { m_language = language; }
    // "Today" for computed verdicts (not yet due / missed); the system clock unless a test sets one.
    void setClock(const rules::Clock *clock) { m_clock = clock; }
    QDate today() const;
    // The round whose reviews this service works on; 0 (default) is the review outside any round.
    void setRound(qint64 roundId) { m_roundId = roundId; }
    qint64 round() const { return m_roundId; }
    // Not owned; nullptr means everything is allowed.
    void setPolicy(ReviewPolicy *policy) { m_policy = policy; }

    // Opens a case for the user: checks the policy and records the access. Use load() for internal reads.
    Result<ReviewState> open(qint64 caseId);

    Result<ReviewState> load(qint64 caseId);
    Result<ItemState> itemState(qint64 caseId, const QString &itemKey);

    // Records an answer. A "not met" opens a defect pre-filled from the item's suggested remediation, owned
    // by the case's caseworker; changing the answer away from "not met" removes a defect no one has worked on.
    // The computed verdict at the time is stored with the answer. An answer that differs from a conclusive
    // verdict needs a reason (`overrideReason`, or later setOverrideReason); completion refuses without one.
    Result<ItemState> answer(qint64 caseId, const QString &itemKey, std::optional<AnswerValue> value,
                             const QString &overrideReason = {});
    Result<ItemState> setOverrideReason(qint64 caseId, const QString &itemKey, const QString &reason);
    Result<ItemState> setNote(qint64 caseId, const QString &itemKey, const QString &note);
    Result<ItemState> saveDefect(qint64 caseId, const Defect &defect);
    // Writes an item's whole state as given (used by undo/redo).
    Status setItemState(qint64 caseId, const QString &itemKey, const ItemState &state);

    // What stops the review from being completed (unanswered items, "not met" without a defect description),
    // one line each; empty when it can be completed.
    Result<QStringList> completionProblems(qint64 caseId);
    // Marks the review complete, or refuses with the problems listed.
    Status complete(qint64 caseId);

signals:
    void itemChanged(qint64 caseId, const QString &itemKey);
    void reviewStatusChanged(qint64 caseId);
    void defectsChanged();

private:
    Status checkPolicy(ReviewPolicy::Action action, qint64 caseId);
    Result<qint64> ensureReview(qint64 caseId, const QString &reason);
    Status writeItem(qint64 reviewId, qint64 caseId, const QString &itemKey, const ItemState &before,
                     const ItemState &after);

    Database &m_db;
    QString m_user;
    QString m_language = QStringLiteral("en");
    const rules::Clock *m_clock = nullptr;
    qint64 m_roundId = 0;
    ReviewPolicy *m_policy = nullptr;
};

} // namespace sagstjek
