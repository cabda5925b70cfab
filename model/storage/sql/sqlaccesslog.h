#pragma once

#include "storage/accesslog.h"

#include <QSqlDatabase>

namespace sagstjek {

class SqlAccessLog final : public AccessLog {
public:
    explicit SqlAccessLog(QSqlDatabase &db)
        : m_db(db)
    {
    }
    Status record(const AccessEntry &entry) override;
    Result<QList<AccessEntry>> query(const AccessFilter &filter) override;
    Result<qint64> lastId() override;
    Result<int> purge(const QDateTime &before, const QString &user) override;

private:
    // Deletes the entries older than `cutoff` (an ISO timestamp) past the log's delete guard; returns how many.
    Result<int> deleteOlderThan(const QString &cutoff);

    QSqlDatabase &m_db;
};

} // namespace sagstjek
