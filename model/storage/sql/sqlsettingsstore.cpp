#include "storage/sql/sqlsettingsstore.h"

#include "storage/sql/sql.h"

namespace sagstjek {

Result<std::optional<QString>> SqlSettingsStore::value(const QString &key)
{
    auto found = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!found)
        return found.error();
    if (found->isNull())
        return std::optional<QString>();
    return std::optional<QString>(found->toString());
}

Status SqlSettingsStore::set(const QString &key, const QString &value)
{
    auto written = sql::run(m_db,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value});
    if (!written)
        return written.error();
    return Ok{};
}

Status SqlSettingsStore::remove(const QString &key)
{
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!removed)
        return removed.error();
    return Ok{};
}

Result<QList<std::pair<QString, QString>>> SqlSettingsStore::withPrefix(const QString &prefix)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key"),
                 {sql::escapeLike(prefix) + u'%'});
    if (!query)
        return query.error();
    QList<std::pair<QString, QString>> found;
    while (query->next())
        found.append({query->value(0).toString(), query->value(1).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return found;
}

} // namespace sagstjek
