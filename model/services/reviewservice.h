#pragma once

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "domain/review.h"
#include "rules/ruleevaluator.h"
#include "services/session.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace sagstjek {

struct AuditEntry;

// Everything the cue card needs to show one review of a case.
struct ReviewState {
    ReviewRef ref;
    QString roundName; // empty outside any round
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

// What one call did to one item of one review: the state before (read) and after (read back, or, when only the
// answer was written, as written at its stored version), both inside the call's own transaction, so an undo step
// records exactly what the call replaced. `before == after` when nothing changed.
struct ItemChange {
    ReviewRef ref;
    QString itemKey;
    ItemState before;
    ItemState after;
    bool changed() const { return before != after; }
};

// The reviews of a case: answering items, notes, defects, completion. A case has one review outside any round
// and one per review round it is sampled in; every call names the review it works on (ReviewRef). Every call is
// one transaction with its audit record, committed before it returns: there is no Save button, and a killed
// app loses nothing that was acknowledged. The session says who acts (the access policy decides which cases they
// may open, change and complete), the language of text written on their behalf (a defect's suggested
// remediation) and "today" for computed verdicts. Shared by the GUI and the CLI.
class ReviewService : public QObject {
    Q_OBJECT
public:
    explicit ReviewService(Session &session, QObject *parent = nullptr);

    const QString &user() const { return m_session.userName(); }
    QDate today() const { return m_session.today(); }

    // Opens a review for the user: checks the policy and records the access. Use load() for internal reads.
    Result<ReviewState> open(const ReviewRef &ref);

    Result<ReviewState> load(const ReviewRef &ref);
    Result<ItemState> itemState(const ReviewRef &ref, const QString &itemKey);
    // Every item of the review that has an answer or a defect, by item key.
    Result<QHash<QString, ItemState>> itemStates(const ReviewRef &ref);
    // The review a stored review id belongs to (a defect names its review by id).
    Result<ReviewRef> refForReview(qint64 reviewId);

    // Records an answer. A "not met" opens a defect pre-filled from the item's suggested remediation, owned
    // by the case's caseworker; changing the answer away from "not met" removes a defect no one has worked on.
    // The computed verdict at the time is stored with the answer. An answer that differs from a conclusive
    // verdict needs a reason (`overrideReason`, or later setOverrideReason); completion refuses without one.
    // A call that would change nothing but who and when writes nothing.
    //
    // No silent overwrite: given `seen` (the item as the caller last read it, e.g. the cue card on screen), a
    // change is refused with Error::Kind::Conflict when the stored item differs from it (a colleague answered,
    // wrote a note or changed the defect since, or the user did elsewhere); the message says who, when and what
    // it holds now, and nothing is written. Replacing it knowingly is the same call with the item as it is now.
    // Changes to other items of the same review never conflict. Without `seen` the change is made whatever the
    // item holds (the CLI, imports).
    Result<ItemChange> answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                              const QString &overrideReason = {}, const ItemState *seen = nullptr);
    Result<ItemChange> setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason,
                                         const ItemState *seen = nullptr);
    Result<ItemChange> setNote(const ReviewRef &ref, const QString &itemKey, const QString &note,
                               const ItemState *seen = nullptr);
    Result<ItemChange> saveDefect(const ReviewRef &ref, const Defect &defect, const ItemState *seen = nullptr);
    // Writes an item's whole state as given (undo/redo). Never starts a review: when the review no longer
    // exists the call fails and nothing is written.
    Result<ItemChange> restoreItemState(const ReviewRef &ref, const QString &itemKey, const ItemState &state,
                                        const ItemState *seen = nullptr);

    // What stops the review from being completed (unanswered items, "not met" without a defect description),
    // one line each; empty when it can be completed.
    Result<QStringList> completionProblems(const ReviewRef &ref);
    // Marks the review complete, or refuses with the problems listed.
    Status complete(const ReviewRef &ref);

signals:
    void itemChanged(const sagstjek::ReviewRef &ref, const QString &itemKey);
    void reviewStatusChanged(const sagstjek::ReviewRef &ref);
    void defectsChanged();

private:
    // How a change finds its review: an answer or note may start it, an undo step must find it.
    enum class MissingReview { Start, Fail };
    // What a change reads once, for its next state to use: the case and its review with only the changed item
    // (empty before the review's first answer).
    struct ChangeContext {
        const CaseFile &caseFile;
        const std::optional<Review> &review;
    };
    using NextState = std::function<Result<ItemState>(const ItemState &current, const ChangeContext &context)>;
    Result<ItemChange> change(const ReviewRef &ref, const QString &itemKey, MissingReview missing,
                              const ItemState *seen, const NextState &next);
    Error staleItem(const ReviewRef &ref, const QString &itemKey, const ItemState &seen, const ItemState &current);
    Status checkPolicy(AccessPolicy::CaseAction action, qint64 caseId, qint64 roundId = 0);
    Result<qint64> editableReview(const ReviewRef &ref, const std::optional<Review> &existing,
                                  const CaseFile &caseFile);
    // The review's template version, or the card a new review of the case would start with.
    Result<CueCard> cardOf(const ReviewRef &ref, const std::optional<Review> &review, const CaseFile &caseFile);
    Status setCaseListStatus(const ReviewRef &ref, ReviewStatus status);
    // Writes `after` where it differs from `before`, with its audit record; a written answer gets its stored version.
    Status writeItem(qint64 reviewId, qint64 caseId, const QString &itemKey, const ItemState &before, ItemState &after);
    // The change written in one step when this service knows the case's review and the item is still as `seen`
    // (ReviewRepository::writeItemIfUnchanged: one statement on a team server), the review first started in one step
    // when it is not known, the item was seen empty and `missing` allows (ReviewRepository::startAtOnce); none when
    // that does not hold, and change() then reads the item and refuses or writes as it always did.
    Result<std::optional<ItemChange>> changeAtOnce(const ReviewRef &ref, const QString &itemKey, MissingReview missing,
                                                   const ItemState &seen, const CaseFile &caseFile,
                                                   const NextState &next);
    // The audit record of starting the case's review with `card` (the review's id left empty: the server's start
    // fills it in).
    AuditEntry startRecord(const ReviewRef &ref, qint64 reviewId, const CueCard &card) const;
    // `state` with who changed it and when, where it does not say.
    ItemState stamped(ItemState state) const;
    AuditEntry itemChangeRecord(qint64 reviewId, qint64 caseId, const QString &itemKey, const ItemState &before,
                                const ItemState &after) const;
    // Tells the views of a change that changed something, and returns it.
    ItemChange announced(const ItemChange &change);
    void knowReview(const ReviewRef &ref, qint64 reviewId, qint64 templateId);

    // The reviews this service has read or started, by case and round: their id and template never change.
    struct KnownReview {
        qint64 id = 0;
        qint64 templateId = 0;
    };

    Session &m_session;
    Database &m_db;
    QHash<std::pair<qint64, qint64>, KnownReview> m_knownReviews;
};

} // namespace sagstjek
