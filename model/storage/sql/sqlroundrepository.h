#pragma once

#include "storage/roundrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// RoundRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlRoundRepository final : public RoundRepository {
public:
    explicit SqlRoundRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Round &round, const QHash<QString, qint64> &templates) override;
    Result<std::optional<Round>> findByName(const QString &name) override;
    Result<Round> load(qint64 roundId) override;
    Result<QList<Round>> list() override;
    Status setStatus(qint64 roundId, RoundStatus status) override;
    Status setArchived(qint64 roundId, bool archived) override;
    Result<int> countInScope(const RoundScope &scope) override;
    Result<QList<PopulationRow>> casesInScope(const RoundScope &scope) override;
    Result<QSet<qint64>> reviewedSince(const QString &since) override;
    Result<QSet<qint64>> remediatedSince(const QString &since) override;
    Result<QString> previousRoundStart(qint64 roundId) override;
    Status insertPopulation(qint64 roundId, const QList<PopulationRow> &rows) override;
    Status insertSample(qint64 roundId, const QList<SampleRow> &rows) override;
    Status insertSkipped(qint64 roundId, const QList<SkippedStratum> &skipped) override;
    Result<QList<PopulationRow>> population(qint64 roundId) override;
    Result<int> populationCount(qint64 roundId) override;
    Result<QList<RoundProgressRow>> progressRows(qint64 roundId) override;
    Result<QList<RoundCase>> cases(qint64 roundId, const RoundCaseScope &scope, const RoundCasePage &page) override;
    Result<QList<SkippedStratum>> skipped(qint64 roundId) override;
    Result<QHash<QString, qint64>> templates(qint64 roundId) override;
    Status assign(qint64 roundId, qint64 caseId, const QString &reviewer, const QString &by) override;
    Status unassign(qint64 roundId, qint64 caseId) override;
    Result<bool> isInSample(qint64 roundId, qint64 caseId) override;
    Result<bool> isAssignedInActiveRound(qint64 caseId, const QString &user, qint64 roundId = 0) override;
    Status setReviewStatus(qint64 reviewId, ReviewStatus status) override;
    Status addApproval(qint64 reviewId, const QString &action, const QString &user, const QString &comment) override;
    Result<QList<ApprovalRecord>> approvals(qint64 reviewId) override;
    Result<QStringList> contributors(qint64 reviewId) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
