#pragma once

#include "domain/round.h"
#include "storage/result.h"

#include <QSet>
#include <QSqlDatabase>

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
class RoundRepository {
public:
    explicit RoundRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Round &round, const QHash<QString, qint64> &templates);
    Result<std::optional<Round>> findByName(const QString &name);
    Result<Round> load(qint64 roundId);
    Result<QList<Round>> list();
    Status setStatus(qint64 roundId, const QString &status);

    // The cases a scope covers now, in no particular order (the caller orders them canonically).
    Result<QList<PopulationRow>> casesInScope(const RoundScope &scope);
    // Cases with a review (in any round or none) completed on or after `since` (an ISO date or timestamp).
    Result<QSet<qint64>> reviewedSince(const QString &since);
    // Cases with a defect remediated at or after `since` (empty: ever).
    Result<QSet<qint64>> remediatedSince(const QString &since);
    // When the latest round before `roundId` was started (empty when there is none).
    Result<QString> previousRoundStart(qint64 roundId);

    Status insertPopulation(qint64 roundId, const QList<PopulationRow> &rows);
    Status insertSample(qint64 roundId, const QList<SampleRow> &rows);
    Status insertSkipped(qint64 roundId, const QList<SkippedStratum> &skipped);

    Result<QList<PopulationRow>> population(qint64 roundId);
    Result<QList<RoundCase>> cases(qint64 roundId); // the sample in drawing order, with review and assignment
    Result<QList<SkippedStratum>> skipped(qint64 roundId);
    Result<QHash<QString, qint64>> templates(qint64 roundId); // area → template id

    Status assign(qint64 roundId, qint64 caseId, const QString &reviewer, const QString &by);
    Status unassign(qint64 roundId, qint64 caseId);
    Result<bool> isInSample(qint64 roundId, qint64 caseId);
    Result<bool> isAssignedInActiveRound(qint64 caseId, const QString &user);

    // Approval states (approved, sent-back, reopened) keep completed_at: the review was completed then.
    Status setReviewStatus(qint64 reviewId, const QString &status);
    Status addApproval(qint64 reviewId, const QString &action, const QString &user, const QString &comment);
    Result<QList<ApprovalRecord>> approvals(qint64 reviewId);
    // Users who answered items of the review (a reviewer is anyone who wrote in it).
    Result<QStringList> contributors(qint64 reviewId);

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
