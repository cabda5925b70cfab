#pragma once

#include "core/result.h"
#include "domain/round.h"

#include <QSet>

#include <optional>

namespace sagstjek {

// A case as the round's population froze it: what the strata were drawn from.
struct PopulationRow {
    qint64 caseId = 0;
    QString caseNumber;
    QString area;
    QString caseworker;
    QString team;
    bool eligible = true;
};

struct SampleRow {
    qint64 caseId = 0;
    QString reason;
    QString stratum;
};

struct ApprovalRecord {
    qint64 id = 0;
    qint64 reviewId = 0;
    QString action; // approved, sent-back, reopened
    QString user;
    QString at;
    QString comment;
};

// Rounds, their frozen population, sample, assignments and approval records. SQL lives here and only here.
// Whose cases of a round a list shows: every case (the default), or a caseworker's: the cases whose caseworker
// goes by one of `caseworkerNames`, and those assigned to `reviewer`.
struct RoundCaseScope {
    QStringList caseworkerNames;
    QString reviewer;
    bool everyCase() const { return caseworkerNames.isEmpty() && reviewer.isEmpty(); }
};

// Which of the cases a scope lets through, a page at a time in drawing order: a list of a round's cases reads a
// page as the view scrolls, whatever the round's size (a walkthrough may hold every case of the database).
struct RoundCasePage {
    bool remainingOnly = false;   // not yet reviewed (neither completed nor approved)
    QString assignedTo;           // empty: whoever (or nobody) is assigned
    std::optional<int> afterDraw; // the draw order of the last case already read
    std::optional<int> upToDraw;  // none after this draw order (a listing's page that other lists narrow)
    int limit = 0;                // 0: every case
};

// How many of a round's cases share an assigned reviewer, who did the review, its status and whether it has a
// "not met": the round's progress figures are summed from these few rows instead of from every case.
struct RoundProgressRow {
    QString assignedReviewer; // empty: unassigned
    QString reviewedBy;       // empty: no review yet
    ReviewStatus status = ReviewStatus::NotStarted;
    bool anyNotMet = false;
    int cases = 0;
};

class RoundRepository {
public:
    virtual ~RoundRepository();

    virtual Result<qint64> insert(const Round &round, const QHash<QString, qint64> &templates) = 0;
    virtual Result<std::optional<Round>> findByName(const QString &name) = 0;
    virtual Result<Round> load(qint64 roundId) = 0;
    virtual Result<QList<Round>> list() = 0;
    virtual Status setStatus(qint64 roundId, RoundStatus status) = 0;
    // Archived rounds keep everything; the round list hides them unless asked (archived_at, migration 7).
    virtual Status setArchived(qint64 roundId, bool archived) = 0;

    // The cases a scope covers now, in no particular order (the caller orders them canonically).
    virtual Result<QList<PopulationRow>> casesInScope(const RoundScope &scope) = 0;
    // How many cases a scope covers now: one indexed count, cheap enough to ask as the user edits the scope.
    virtual Result<int> countInScope(const RoundScope &scope) = 0;
    // Cases with a review (in any round or none) completed on or after `since` (an ISO date or timestamp).
    virtual Result<QSet<qint64>> reviewedSince(const QString &since) = 0;
    // Cases with a defect remediated at or after `since` (empty: ever).
    virtual Result<QSet<qint64>> remediatedSince(const QString &since) = 0;
    // When the latest round before `roundId` was started (empty when there is none).
    virtual Result<QString> previousRoundStart(qint64 roundId) = 0;

    virtual Status insertPopulation(qint64 roundId, const QList<PopulationRow> &rows) = 0;
    virtual Status insertSample(qint64 roundId, const QList<SampleRow> &rows) = 0;
    virtual Status insertSkipped(qint64 roundId, const QList<SkippedStratum> &skipped) = 0;

    virtual Result<QList<PopulationRow>> population(qint64 roundId) = 0;
    virtual Result<int> populationCount(qint64 roundId) = 0;
    // Every case of the round (no scope), grouped; one aggregate query whatever the round's size.
    virtual Result<QList<RoundProgressRow>> progressRows(qint64 roundId) = 0;
    // The sample in drawing order, with review and assignment; only the cases `scope` and `page` let through.
    virtual Result<QList<RoundCase>> cases(qint64 roundId, const RoundCaseScope &scope,
                                           const RoundCasePage &page = {}) = 0;
    virtual Result<QList<SkippedStratum>> skipped(qint64 roundId) = 0;
    virtual Result<QHash<QString, qint64>> templates(qint64 roundId) = 0; // area → template id

    virtual Status assign(qint64 roundId, qint64 caseId, const QString &reviewer, const QString &by) = 0;
    virtual Status unassign(qint64 roundId, qint64 caseId) = 0;
    virtual Result<bool> isInSample(qint64 roundId, qint64 caseId) = 0;
    // `roundId` 0: in any active round; otherwise in that round, when it is active.
    virtual Result<bool> isAssignedInActiveRound(qint64 caseId, const QString &user, qint64 roundId = 0) = 0;

    // Approval states (approved, sent-back, reopened) keep completed_at: the review was completed then.
    virtual Status setReviewStatus(qint64 reviewId, ReviewStatus status) = 0;
    virtual Status addApproval(qint64 reviewId, const QString &action, const QString &user, const QString &comment) = 0;
    virtual Result<QList<ApprovalRecord>> approvals(qint64 reviewId) = 0;
    // Users who answered items of the review (a reviewer is anyone who wrote in it).
    virtual Result<QStringList> contributors(qint64 reviewId) = 0;
};

} // namespace sagstjek
