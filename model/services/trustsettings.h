#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>

namespace sagstjek {
class Database;
}

namespace sagstjek::trustsettings {

// "access_log.retention_months": how long the access log is kept (at least 6 months, the Danish baseline).
QString accessLogRetentionKey();
inline constexpr int MinimumRetentionMonths = 6;

// A value from the database's settings table (an invalid QVariant when unset).
Result<QVariant> value(Database &db, const QString &key);
// Sets a value and writes the audit record, in one transaction.
Status set(Database &db, const QString &user, const QString &key, const QString &value);

} // namespace sagstjek::trustsettings
