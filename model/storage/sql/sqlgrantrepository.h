#pragma once

#include "storage/grantrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// GrantRepository on either backend: bound statements on the database's connection; the
// differences are summed in SQL (integer øre; SQLite's integer SUM is exact and fails rather than overflow).
class SqlGrantRepository final : public GrantRepository {
public:
    explicit SqlGrantRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<Upserted> upsertLine(const GrantLine &line, const QString &user) override;
    Result<std::optional<GrantLine>> removeLine(qint64 caseId, const QString &month) override;
    Result<QList<GrantLine>> lines(qint64 caseId) override;
    Result<QList<GrantRate>> rates() override;
    Result<std::optional<GrantRate>> setRate(const GrantRate &rate, const QString &user) override;
    Result<GrantDifferences> differences(const GrantFilter &filter) override;

private:
    Result<std::optional<GrantLine>> line(qint64 caseId, const QString &month);

    QSqlDatabase &m_db;
};

} // namespace sagstjek
