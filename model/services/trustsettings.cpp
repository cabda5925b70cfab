#include "services/trustsettings.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace sagstjek::trustsettings {

QString accessLogRetentionKey()
{
    return QStringLiteral("access_log.retention_months");
}

Result<QVariant> value(Database &db, const QString &key)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
}

Status set(Database &db, const QString &user, const QString &key, const QString &newValue)
{
    return inTransaction(db.connection(), [&]() -> Status {
        auto before = value(db, key);
        if (!before)
            return before.error();
        if (auto written =
                sql::run(db.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                         {key, newValue});
            !written)
            return written.error();
        AuditEntry entry{user,
                         QStringLiteral("setting.change"),
                         QStringLiteral("setting"),
                         key,
                         0,
                         before->isNull() ? QJsonObject{} : QJsonObject{{QStringLiteral("value"), before->toString()}},
                         {{QStringLiteral("value"), newValue}},
                         {}};
        return auditlog::record(db.connection(), entry);
    });
}

} // namespace sagstjek::trustsettings
