#pragma once

#include "storage/bulkcasewriter.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>

namespace sagstjek {

// The writer of cases on a team server: bound statements, many cases, dates and events to each. Indexes are never
// deferred (dropping them would block every colleague's list while an import runs).
class PgCaseWriter final : public BulkCaseWriter {
public:
    explicit PgCaseWriter(QSqlDatabase &db);

    Status begin(bool deferIndexes) override;
    bool canDeferIndexes() const override { return false; }
    Result<qint64> caseCount() override;
    qint64 maxCaseId() const override { return m_maxIdBefore; }
    Result<qint64> idForNumber(const QString &caseNumber) override;
    Result<CaseFile> loadFields(qint64 id) override;
    Result<qint64> insert(const CaseFile &caseFile) override;
    Result<QList<qint64>> insertMany(const QList<CaseFile> &cases) override;
    Status update(qint64 id, const CaseFile &caseFile) override;
    Status finish() override { return Ok{}; }
    Result<bool> finishStep() override { return false; }
    bool deferred() const override { return false; }

private:
    QSqlDatabase &m_db;
    QString m_now;
    qint64 m_maxIdBefore = 0;
    sql::Prepared m_update;
    sql::Prepared m_deleteDates;
};

} // namespace sagstjek
