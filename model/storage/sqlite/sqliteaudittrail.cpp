#include "storage/sqlite/auditlog.h"

#include "storage/database.h"
#include "storage/sqlite/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace sagstjek::auditlog {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString hashOf(const QString &prevHash, const QString &at, const QString &user, const QString &action,
               const QString &entity, const QString &entityId, const QVariant &caseId, const QString &before,
               const QString &after, const QString &reason)
{
    // Length-prefixed fields, so no choice of field contents can make two different records hash alike.
    QByteArray material;
    const QStringList fields = {
        prevHash, at,    user,  action, entity, entityId, caseId.isNull() ? QString() : caseId.toString(),
        before,   after, reason};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        material += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

Status record(QSqlDatabase &db, const AuditEntry &entry)
{
    auto previous = sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!previous)
        return previous.error();
    const QString prevHash = previous->isNull() ? QString(64, u'0') : previous->toString();
    const QString at = utcNow();
    const QString before = compact(entry.before);
    const QString after = compact(entry.after);
    const QVariant caseId = entry.caseId > 0 ? QVariant(entry.caseId) : QVariant();
    const QString hash = hashOf(prevHash, at, entry.user, entry.action, entry.entity, entry.entityId, caseId, before,
                                after, entry.reason);
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, case_id, "
                                            "before_json, after_json, reason, prev_hash, hash) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {at, entry.user, entry.action, entry.entity, entry.entityId, caseId, sql::nullable(before),
                              sql::nullable(after), sql::nullable(entry.reason), prevHash, hash});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

} // namespace sagstjek::auditlog

namespace sagstjek {

Result<int> SqliteAuditTrail::workRecordCount()
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'template.store'"));
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace sagstjek
