

#include "storage/sqlite/auditlog.h"
#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sagstjek::auditlog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::AuditChain", text);
}

const QString Genesis(64, u'0');

QJsonObject parse(const QVariant &json)
{
    if (json.isNull())
        return {};
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

Result<AuditVerification> verify(QSqlDatabase &db)
{
    AuditVerification result;
    auto head = sql::run(db, QStringLiteral("SELECT records, last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!head) {
        result.problem = tr("The audit chain head is missing: the database was altered outside Sagstjek.");
        return result;
    }
    if (!head->next()) {
        result.problem = tr("The audit chain head is missing: the database was altered outside Sagstjek.");
        return result;
    }
    result.headRecords = head->value(0).toInt();
    result.headId = head->value(1).toLongLong();
    result.headHash = head->value(2).toString();
    head->finish();

    auto q = sql::run(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, case_id, before_json, "
                                         "after_json, reason, prev_hash, hash, redacted FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    QString previous = Genesis;
    qint64 previousId = 0;
    QHash<qint64, qint64> unexplainedRedactions; // record id → case id
    auto fail = [&](qint64 id, const QString &problem) {
        result.brokenId = id;
        result.problem = problem;
        return result;
    };
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString prevHash = q->value(10).toString();
        const QString hash = q->value(11).toString();
        const bool redacted = q->value(12).toInt() != 0;
        ++result.records;
        if (prevHash != previous) {
            if (previousId == 0)
                return fail(id, tr("Audit record %1 should be the first in the chain, but it points to a record "
                                   "before it: earlier records were deleted.")
                                    .arg(id));
            return fail(id, tr("Audit record %1 does not follow record %2: record %2 was changed, or records between "
                               "them were deleted.")
                                .arg(id)
                                .arg(previousId));
        }
        if (redacted) {
            ++result.redacted;
            unexplainedRedactions.insert(id, q->value(6).toLongLong());
        } else {
            const QString computed =
                hashOf(prevHash, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       q->value(4).toString(), q->value(5).toString(), q->value(6), q->value(7).toString(),
                       q->value(8).toString(), q->value(9).toString());
            if (computed != hash)
                return fail(id, tr("Audit record %1 was changed after it was written: its content does not match "
                                   "its hash.")
                                    .arg(id));
            if (q->value(3).toString() == u"case.delete") {
                const QJsonArray ids = parse(q->value(8)).value(QStringLiteral("redacted_records")).toArray();
                for (const QJsonValue &redactedId : ids) {
                    const qint64 rid = redactedId.toInteger();
                    if (unexplainedRedactions.value(rid, -1) == q->value(6).toLongLong())
                        unexplainedRedactions.remove(rid);
                }
            }
        }
        previous = hash;
        previousId = id;
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    if (!unexplainedRedactions.isEmpty()) {
        qint64 first = -1;
        for (auto it = unexplainedRedactions.cbegin(); it != unexplainedRedactions.cend(); ++it)
            if (first < 0 || it.key() < first)
                first = it.key();
        return fail(first, tr("Audit record %1 is marked as redacted, but no case deletion accounts for it: its "
                              "content was erased outside Sagstjek.")
                               .arg(first));
    }
    if (result.records < result.headRecords)
        return fail(result.headId,
                    tr("The newest audit records were deleted: the chain head expects %1 records ending with record "
                       "%2, but only %3 records (up to record %4) remain.")
                        .arg(result.headRecords)
                        .arg(result.headId)
                        .arg(result.records)
                        .arg(previousId));
    if (result.records != result.headRecords || previousId != result.headId || previous != result.headHash)
        return fail(previousId, tr("The audit chain head does not match the last record (record %1): the audit log "
                                   "or its head was altered outside Sagstjek.")
                                    .arg(previousId));
    result.intact = true;
    return result;
}

Result<QList<AuditRecord>> history(QSqlDatabase &db, qint64 caseId, const QString &itemKey)
{
    QString statement = QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, case_id, before_json, "
                                       "after_json, reason, redacted FROM audit_log WHERE case_id = ? "
                                       // A case id can be reused after a deletion: start after the last one.
                                       "AND id > coalesce((SELECT max(id) FROM audit_log WHERE case_id = ? "
                                       "AND action = 'case.delete'), 0)");
    QVariantList values{caseId, caseId};
    if (!itemKey.isEmpty()) {
        statement += QStringLiteral(" AND entity = 'answer' AND entity_id LIKE ? ESCAPE '\\'");
        values << u'%' + sql::escapeLike(u'/' + itemKey);
    }
    statement += QStringLiteral(" ORDER BY id");
    auto q = sql::run(db, statement, values);
    if (!q)
        return q.error();
    QList<AuditRecord> records;
    while (q->next()) {
        AuditRecord r;
        r.id = q->value(0).toLongLong();
        r.at = q->value(1).toString();
        r.user = q->value(2).toString();
        r.action = q->value(3).toString();
        r.entity = q->value(4).toString();
        r.entityId = q->value(5).toString();
        r.caseId = q->value(6).toLongLong();
        r.before = parse(q->value(7));
        r.after = parse(q->value(8));
        r.reason = q->value(9).toString();
        r.redacted = q->value(10).toInt() != 0;
        records << r;
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return records;
}

Result<QList<qint64>> redactCase(QSqlDatabase &db, qint64 caseId)
{
    QList<qint64> ids;
    auto q = sql::run(db, QStringLiteral("SELECT id FROM audit_log WHERE case_id = ? AND redacted = 0 ORDER BY id"),
                      {caseId});
    if (!q)
        return q.error();
    while (q->next())
        ids << q->value(0).toLongLong();
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    q->finish();
    if (ids.isEmpty())
        return ids;
    if (auto flag = sql::run(db,
                             QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                                            "('trust.redacting_case', ?)"),
                             {QString::number(caseId)});
        !flag)
        return flag.error();
    if (auto blanked = sql::run(db,
                                QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = NULL, "
                                               "reason = NULL, redacted = 1 WHERE case_id = ? AND redacted = 0"),
                                {caseId});
        !blanked)
        return blanked.error();
    if (auto unflag = sql::run(db, QStringLiteral("DELETE FROM settings WHERE key = 'trust.redacting_case'")); !unflag)
        return unflag.error();
    return ids;
}

} // namespace sagstjek::auditlog
