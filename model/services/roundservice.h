#pragma once

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "domain/round.h"
#include "domain/user.h"
#include "services/session.h"
#include "storage/roundrepository.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace sagstjek {

class Database;

// A case a reviewer was not given, and why.
struct AssignmentRefusal {
    QString caseNumber;
    QString reason;
};

struct AssignmentOutcome {
    QList<QString> assigned; // case numbers
    QList<AssignmentRefusal> refused;
};

// Review rounds: starting one (scope, frozen population, reproducible sample), assignment and progress.
// Every change is one transaction with its audit record; starting, closing and assigning take the ManageRounds
// permission of the session's user. "Today" (for "reviewed in the last K months") is the session's. Shared by
// the GUI and the CLI.
class RoundService : public QObject {
    Q_OBJECT
public:
    explicit RoundService(Session &session, QObject *parent = nullptr);

    const QString &user() const { return m_session.userName(); }

    // Starts a round: stores it, freezes the population in scope, draws the sample from the seed (a new
    // nine-digit seed when none is given) and records the cue-card version each area uses. Consultants,
    // coordinators, leaders and administrators start rounds; a caseworker starts a self-check of their own
    // cases.
    Result<Round> create(const RoundSpec &spec);
    Status close(qint64 roundId);
    // Opens a closed round again (its assignments and new reviews are possible again).
    Status reopen(qint64 roundId);
    // Archives a round (hidden from the default list, nothing deleted) or brings it back.
    Status setArchived(qint64 roundId, bool archived);

    // How many cases `scope` covers now (the new-round dialog asks as the user edits; one indexed count).
    Result<int> countInScope(const RoundScope &scope);
    // Who may be given a round's cases: the active users whose role opens cases (everyone but administrators),
    // by display name. A database without a user list has no candidates (and takes any name).
    Result<QList<User>> reviewerCandidates();

    Result<Round> find(const QString &name);
    Result<Round> load(qint64 roundId);
    Result<QList<Round>> list();
    // The sample (walkthrough: every case), in drawing order; for a caseworker only their own cases and those
    // assigned to them. progress() counts every case.
    Result<QList<RoundCase>> cases(qint64 roundId);
    // The same, a page at a time and filtered as `page` says (the round's case list reads it as it scrolls).
    Result<QList<RoundCase>> cases(qint64 roundId, const RoundCasePage &page);
    // The same, handed to `row` one by one as they are read, a keyset page at a time (constant memory whatever the
    // round's size); `page.limit` bounds the number of cases in all (0: every case `page` lets through).
    Status forEachCase(qint64 roundId, RoundCasePage page, const std::function<void(const RoundCase &)> &row);
    Result<int> populationSize(qint64 roundId);
    Result<QList<SkippedStratum>> skipped(qint64 roundId);
    Result<RoundProgress> progress(qint64 roundId);
    // The remaining cases (not yet reviewed), optionally of one reviewer: tomorrow's list.
    Result<QList<RoundCase>> remaining(qint64 roundId, const QString &reviewer = {});

    // Assigns `caseNumbers` (empty: every unassigned case) to `reviewer`, reassigning named cases that have
    // another reviewer. Once the database has a user list, a reviewer must be one of reviewerCandidates() (by
    // login or display name; the login name is stored): an unknown or mistyped name is refused. A reviewer is never
    // given a case where they are the caseworker, except in a self-check round. Named cases that cannot be assigned
    // refuse the whole call (nothing changes); without names they are left out and listed in the outcome.
    Result<AssignmentOutcome> assign(qint64 roundId, const QString &reviewer, const QStringList &caseNumbers = {});
    // Shares the unassigned cases among `reviewers`, fewest first, never to the case's own caseworker.
    Result<AssignmentOutcome> assignEvenly(qint64 roundId, const QStringList &reviewers);

    // The readable reason a stratum was skipped or short.
    static QString skippedText(const SkippedStratum &skipped);

signals:
    void roundsChanged();
    void roundChanged(qint64 roundId);

private:
    Status checkManage();
    Status setRoundStatus(qint64 roundId, RoundStatus status);
    // The login name of the candidate `name` names, or a refusal; `name` itself without a user list.
    Result<QString> resolveReviewer(const QString &name);

    Session &m_session;
    Database &m_db;
};

namespace rounds {

// For the trust layer's policy: whether `user` is assigned `caseId` in some active round (a caseworker may
// open the cases assigned to them).
Result<bool> isAssignedInActiveRound(Database &db, qint64 caseId, const QString &user, qint64 roundId = 0);

// The cue card a new review of `caseFile` in round `roundId` uses: the round's chosen version for the area
// (the area's newest when the round chose none). Refused when the case is not in the round's sample or the
// round is closed. Round 0 is the review outside rounds: the area's newest version.
Result<CueCard> cardForNewReview(Database &db, qint64 roundId, const CaseFile &caseFile);

} // namespace rounds

} // namespace sagstjek
