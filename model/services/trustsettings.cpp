#include "services/trustsettings.h"

#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

namespace sagstjek::trustsettings {

QString accessLogRetentionKey()
{
    return QStringLiteral("access_log.retention_months");
}

Result<QVariant> value(Database &db, const QString &key)
{
    auto found = db.settings().value(key);
    if (!found)
        return found.error();
    return found->has_value() ? QVariant(*found.value()) : QVariant();
}

Status set(Database &db, const QString &user, const QString &key, const QString &newValue)
{
    return db.transaction([&]() -> Status {
        auto before = value(db, key);
        if (!before)
            return before.error();
        if (auto written = db.settings().set(key, newValue); !written)
            return written;
        AuditEntry entry{user,
                         QStringLiteral("setting.change"),
                         QStringLiteral("setting"),
                         key,
                         0,
                         before->isNull() ? QJsonObject{} : QJsonObject{{QStringLiteral("value"), before->toString()}},
                         {{QStringLiteral("value"), newValue}},
                         {}};
        return db.audit().record(entry);
    });
}

} // namespace sagstjek::trustsettings
