#include "storage/sql/sqlaccesslog.h"

#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

namespace sagstjek {

Status SqlAccessLog::record(const AccessEntry &entry)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO access_log (at, user_name, action, case_id, case_number, criterion, "
                                     "purpose) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {entry.at.isEmpty() ? utcNow() : entry.at, entry.user, entry.action,
                       entry.caseId > 0 ? QVariant(entry.caseId) : QVariant(), entry.caseNumber, entry.criterion,
                       entry.purpose});
    if (!q)
        return q.error();
    return Ok{};
}

Result<QList<AccessEntry>> SqlAccessLog::query(const AccessFilter &filter)
{
    QString statement = QStringLiteral("SELECT id, at, user_name, action, case_id, case_number, criterion, purpose "
                                       "FROM access_log WHERE 1 = 1");
    QVariantList values;
    if (filter.restrictToCases) {
        if (filter.caseIds.isEmpty())
            return QList<AccessEntry>();
        QStringList alternatives;
        for (qsizetype i = 0; i < filter.caseIds.size(); ++i) {
            if (i < filter.caseNumbers.size()) {
                alternatives << QStringLiteral("(case_id = ? AND case_number = ?)");
                values << filter.caseIds.at(i) << filter.caseNumbers.at(i);
            } else {
                alternatives << QStringLiteral("case_id = ?");
                values << filter.caseIds.at(i);
            }
        }
        statement += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    if (!filter.from.isEmpty()) {
        statement += QStringLiteral(" AND at >= ?");
        values << filter.from;
    }
    if (!filter.to.isEmpty()) {
        statement += QStringLiteral(" AND at < ?");
        values << filter.to;
    }
    if (filter.upToId != 0) { // -1: the log was empty
        statement += QStringLiteral(" AND id <= ?");
        values << filter.upToId;
    }
    if (filter.afterId > 0) {
        // Keyset: after the given entry in the order (at, id), through access_log_at (at, then the rowid), read
        // backwards for the newest first.
        statement += filter.newestFirst
                         ? QStringLiteral(" AND (at, id) < (SELECT at, id FROM access_log WHERE id = ?)")
                         : QStringLiteral(" AND (at, id) > (SELECT at, id FROM access_log WHERE id = ?)");
        values << filter.afterId;
    }
    statement += filter.newestFirst ? QStringLiteral(" ORDER BY at DESC, id DESC") : QStringLiteral(" ORDER BY at, id");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto q = sql::run(m_db, statement, values);
    if (!q)
        return q.error();
    QList<AccessEntry> entries;
    while (q->next()) {
        AccessEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toString();
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        e.caseId = q->value(4).toLongLong();
        e.caseNumber = q->value(5).toString();
        e.criterion = q->value(6).toString();
        e.purpose = q->value(7).toString();
        entries << e;
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return entries;
}

Result<qint64> SqlAccessLog::lastId()
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM access_log"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<int> SqlAccessLog::deleteOlderThan(const QString &cutoff)
{
    if (sql::dialect(m_db) == sql::Dialect::Postgres) {
        // On a server the users' role cannot delete from the access log: the purge runs as the maintenance role,
        // through its function (pgschema::serverStatements), which also checks who asks.
        auto purged = sql::scalar(m_db, QStringLiteral("SELECT sagstjek_purge_access_log(?)"), {cutoff});
        if (!purged)
            return purged.error();
        return purged->toInt();
    }
    // The flag row is the only way past the delete trigger; it never outlives this transaction.
    if (auto flag = sql::run(m_db,
                             QStringLiteral("INSERT INTO settings (key, value) VALUES ('trust.purging_before', ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {cutoff});
        !flag)
        return flag.error();
    auto deleted = sql::run(m_db, QStringLiteral("DELETE FROM access_log WHERE at < ?"), {cutoff});
    if (!deleted)
        return deleted.error();
    const int removed = deleted->numRowsAffected();
    if (auto unflag = sql::run(m_db, QStringLiteral("DELETE FROM settings WHERE key = 'trust.purging_before'"));
        !unflag)
        return unflag.error();
    return removed;
}

Result<int> SqlAccessLog::purge(const QDateTime &before, const QString &user)
{
    const QString cutoff = before.toUTC().toString(Qt::ISODateWithMs);
    int removed = 0;
    auto done = inTransaction(m_db, [&]() -> Status {
        auto deleted = deleteOlderThan(cutoff);
        if (!deleted)
            return deleted.error();
        removed = deleted.value();
        AccessEntry entry;
        entry.user = user;
        entry.action = QStringLiteral("purge");
        entry.criterion = QStringLiteral("before %1: %2 entries").arg(cutoff).arg(removed);
        if (auto logged = record(entry); !logged)
            return logged;
        AuditEntry audit{user,
                         QStringLiteral("access_log.purge"),
                         QStringLiteral("access_log"),
                         QStringLiteral("*"),
                         0,
                         {},
                         {{QStringLiteral("before"), cutoff}, {QStringLiteral("removed"), removed}},
                         {}};
        return auditlog::record(m_db, audit);
    });
    if (!done)
        return done.error();
    return removed;
}

} // namespace sagstjek
