#include "storage/sql/auditlog.h"

#include "storage/database.h"
#include "storage/sql/auditseal.h"
#include "storage/sql/globalid.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <utility>

namespace sagstjek::auditlog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::AuditChain", text);
}

// Length-prefixed fields (NULL apart from empty), so no choice of contents can make two inputs hash alike.
void append(QByteArray &material, const QVariant &value)
{
    if (value.isNull()) {
        material += "n;";
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    material += QByteArray::number(utf8.size()) + ':' + utf8;
}

QString sha256(const QByteArray &material)
{
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

QString stateTable(const QString &table)
{
    // Only these names reach SQL text, so a key from the file can never choose a table.
    if (table == u"answers" || table == u"defects" || table == u"reviews")
        return table;
    return {};
}

// The after-state of every row the unit of work touched since the last record, which it forgets.
// (A file's: a team server takes them itself, in the trigger that chains the record.)
Result<QString> takeState(QSqlDatabase &db, Statements &statements)
{
    // Read and forgotten in one statement (the state's keys are sorted by the JSON object, not by this order).
    auto touched = sql::run(db, QStringLiteral("DELETE FROM audit_touched RETURNING tbl, k1, k2"));
    if (!touched)
        return QString(); // a connection without the capture (a reader) writes no state
    QList<std::tuple<QString, qint64, QString>> rows;
    while (touched->next())
        rows.append({touched->value(0).toString(), touched->value(1).toLongLong(), touched->value(2).toString()});
    if (auto done = sql::finished(touched.value()); !done)
        return done.error();
    touched->finish();
    if (rows.isEmpty())
        return QString();
    QJsonObject state;
    // One prepared statement per table: a generated or imported unit of work touches a hundred thousand rows, and
    // preparing each SELECT anew cost more than reading the row (issue 13).
    for (const auto &[table, k1, k2] : rows) {
        if (table == u"cases") {
            auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
            if (!count)
                return count.error();
            state.insert(QStringLiteral("cases"), count->toString());
            continue;
        }
        const QString name = stateTable(table);
        if (name.isEmpty())
            continue;
        sql::Prepared &lookup = name == u"answers"   ? statements.answers
                                : name == u"defects" ? statements.defects
                                                     : statements.reviews;
        auto read = lookup.run(db, name == u"answers" ? QVariantList{k1, k2} : QVariantList{k1});
        if (!read)
            return read.error();
        QSqlQuery &row = *read.value();
        QString digest = QStringLiteral("-"); // deleted
        if (row.next()) {
            QVariantList values;
            const int columns = int(stateColumns(name).size());
            for (int i = 0; i < columns; ++i)
                values << row.value(i);
            digest = rowDigest(values);
        }
        if (auto done = sql::finished(row); !done)
            return done.error();
        row.finish();
        state.insert(stateKey(name, k1, name == u"answers" ? QVariant(k2) : QVariant()), digest);
    }
    return compactJson(state);
}

} // namespace

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString hashOf(const QString &prevHash, const QString &at, const QString &user, const QString &action,
               const QString &entity, const QString &entityId, const QVariant &caseId, const QString &before,
               const QString &after, const QString &reason)
{
    // Scheme 1: length-prefixed fields, NULL written as empty.
    QByteArray material;
    const QStringList fields = {
        prevHash, at,    user,  action, entity, entityId, caseId.isNull() ? QString() : caseId.toString(),
        before,   after, reason};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        material += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return sha256(material);
}

QString contentHashOf(const QVariant &before, const QVariant &after, const QVariant &reason, const QVariant &state)
{
    QByteArray material("content;");
    for (const QVariant &v : {before, after, reason, state})
        append(material, v);
    return sha256(material);
}

QString hashOf2(const QString &prevHash, qint64 id, const QString &at, const QString &user, const QString &action,
                const QString &entity, const QString &entityId, const QVariant &caseId, const QString &keyId,
                const QString &contentHash)
{
    QByteArray material("2;");
    for (const QVariant &v : {QVariant(prevHash), QVariant(id), QVariant(at), QVariant(user), QVariant(action),
                              QVariant(entity), QVariant(entityId), caseId, QVariant(keyId), QVariant(contentHash)})
        append(material, v);
    return sha256(material);
}

QStringList stateColumns(const QString &table)
{
    // Fixed lists (schema 6), not SELECT *: a later column must not change every digest. A later migration that
    // changes one of these columns' values must record the new states.
    if (table == u"answers")
        return {QStringLiteral("review_id"),        QStringLiteral("item_key"),
                QStringLiteral("answer"),           QStringLiteral("note"),
                QStringLiteral("computed_verdict"), QStringLiteral("computed_explanation"),
                QStringLiteral("override_reason"),  QStringLiteral("answered_by"),
                QStringLiteral("answered_at")};
    if (table == u"defects")
        return {QStringLiteral("id"),
                QStringLiteral("review_id"),
                QStringLiteral("case_id"),
                QStringLiteral("item_key"),
                QStringLiteral("description"),
                QStringLiteral("severity"),
                QStringLiteral("owner"),
                QStringLiteral("due"),
                QStringLiteral("status"),
                QStringLiteral("created_by"),
                QStringLiteral("created_at"),
                QStringLiteral("updated_at"),
                QStringLiteral("remediation_note"),
                QStringLiteral("remediated_on"),
                QStringLiteral("remediated_by"),
                QStringLiteral("remediated_at"),
                QStringLiteral("verified_by"),
                QStringLiteral("verified_at"),
                QStringLiteral("verification_note")};
    if (table == u"reviews")
        return {QStringLiteral("id"),         QStringLiteral("case_id"),      QStringLiteral("template_id"),
                QStringLiteral("round_id"),   QStringLiteral("reviewer"),     QStringLiteral("status"),
                QStringLiteral("started_at"), QStringLiteral("completed_at"), QStringLiteral("updated_at")};
    return {};
}

QString stateSelect(const QString &table, const QString &extraColumn)
{
    const QString name = stateTable(table);
    if (name.isEmpty())
        return {};
    QStringList columns = stateColumns(name);
    if (!extraColumn.isEmpty())
        columns << extraColumn;
    if (name != u"answers")
        return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), name);
    // The answer's item by its key (schema 10 keeps the key in `items`): the digest is of the key's text, as it was
    // when the answers table held the key itself.
    for (QString &column : columns)
        if (column == u"item_key")
            column = QStringLiteral("i.key");
        else if (column != extraColumn)
            column = QStringLiteral("a.") + column;
    return QStringLiteral("SELECT %1 FROM answers a JOIN items i ON i.id = a.item_id")
        .arg(columns.join(QStringLiteral(", ")));
}

QString stateRowQuery(const QString &table)
{
    const QString select = stateSelect(table);
    if (select.isEmpty())
        return {};
    return select + (table == u"answers" ? QStringLiteral(" WHERE a.review_id = ? AND i.key = ?")
                                         : QStringLiteral(" WHERE id = ?"));
}

QString rowDigest(const QVariantList &values)
{
    QByteArray material("row;");
    for (const QVariant &v : values)
        append(material, v);
    return sha256(material).left(32);
}

QString stateKey(const QString &table, const QVariant &first, const QVariant &second)
{
    QString key = table + u'/' + first.toString();
    if (!second.isNull())
        key += u'/' + second.toString();
    return key;
}

Status installStateCapture(QSqlDatabase &db)
{
    if (sql::dialect(db) == sql::Dialect::Postgres) {
        // The server's triggers (audit_touch_*, resources/postgres/schema-10.sql) note into this connection's
        // table; PostgreSQL has no temporary triggers.
        auto created = sql::run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_touched (tbl text NOT NULL, "
                                                   "k1 bigint NOT NULL, k2 text NOT NULL, PRIMARY KEY (tbl, k1, k2))"));
        if (!created)
            return created.error();
        return Ok{};
    }
    // Not INSERT OR IGNORE: inside a trigger the outer statement's conflict policy (an upsert's) overrides it.
    auto note = [](const QString &table, const QString &k1, const QString &k2) {
        return QStringLiteral("INSERT INTO audit_touched SELECT '%1', %2, %3 WHERE NOT EXISTS (SELECT 1 FROM "
                              "audit_touched WHERE tbl = '%1' AND k1 = %2 AND k2 = %3);")
            .arg(table, k1, k2);
    };
    QStringList all = {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_touched (tbl TEXT NOT NULL, k1 INTEGER "
                                      "NOT NULL, k2 TEXT NOT NULL, PRIMARY KEY (tbl, k1, k2)) WITHOUT ROWID")};
    struct Captured {
        QString table;
        QString k1;
        QString k2;
    };
    for (const Captured &c :
         // An answer by its item's key, not the item's id: the trail's state keys are "answers/REVIEW/KEY".
         {Captured{QStringLiteral("answers"), QStringLiteral("review_id"),
                   QStringLiteral("(SELECT key FROM items WHERE id = %1.item_id)")},
          Captured{QStringLiteral("defects"), QStringLiteral("id"), QString()},
          Captured{QStringLiteral("reviews"), QStringLiteral("id"), QString()}}) {
        auto row = [&](const QString &which) {
            return note(c.table, which + u'.' + c.k1, c.k2.isEmpty() ? QStringLiteral("''") : c.k2.arg(which));
        };
        all << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_touch_%1_insert AFTER INSERT ON main.%1 "
                              "BEGIN %2 END")
                   .arg(c.table, row(QStringLiteral("NEW")))
            << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_touch_%1_update AFTER UPDATE ON main.%1 "
                              "BEGIN %2 %3 END")
                   .arg(c.table, row(QStringLiteral("OLD")), row(QStringLiteral("NEW")))
            << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_touch_%1_delete AFTER DELETE ON main.%1 "
                              "BEGIN %2 END")
                   .arg(c.table, row(QStringLiteral("OLD")));
    }
    // Cases are not captured per row: an import writes a million of them, and a trigger per row would cost seconds.
    // Their two writers note the change instead (noteCasesChanged).
    for (const QString &statement : all)
        if (auto done = sql::run(db, statement); !done)
            return done.error();
    return Ok{};
}

void noteCasesChanged(QSqlDatabase &db)
{
    // A connection without the capture (a reader cannot write cases anyway) has no table to note it in.
    sql::run(db, QStringLiteral("INSERT INTO audit_touched SELECT 'cases', 0, '' WHERE NOT EXISTS (SELECT 1 "
                                "FROM audit_touched WHERE tbl = 'cases')"));
}

namespace {

// Whether the connection's audit trail has global ids yet (schema 13): the migrations before it write records too.
// Once it has, it keeps them: only the answer "no" is asked again.
Result<bool> hasGlobalIds(QSqlDatabase &db)
{
    thread_local QSet<QString> withIds; // by connection name (a connection stays in the thread that opened it)
    if (withIds.contains(db.connectionName()))
        return true;
    auto found = sql::scalar(db, sql::dialect(db) == sql::Dialect::Postgres
                                     ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                                      "table_schema = current_schema() AND table_name = 'audit_log' "
                                                      "AND column_name = 'uid'")
                                     : QStringLiteral("SELECT count(*) FROM pragma_table_info('audit_log') WHERE "
                                                      "name = 'uid'"));
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return false;
    withIds.insert(db.connectionName());
    return true;
}

} // namespace

Statements::Statements()
    : insert(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, case_id, "
                            "before_json, after_json, reason, prev_hash, hash, scheme, content_hash, state, key_id, "
                            "mac, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?)"))
    , insertWithoutIds(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, case_id, "
                                      "before_json, after_json, reason, prev_hash, hash, scheme, content_hash, state, "
                                      "key_id, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?)"))
    , answers(stateRowQuery(QStringLiteral("answers")))
    , defects(stateRowQuery(QStringLiteral("defects")))
    , reviews(stateRowQuery(QStringLiteral("reviews")))
    , serverInsert(QStringLiteral("INSERT INTO audit_log (user_name, action, entity, entity_id, case_id, before_json, "
                                  "after_json, reason, state, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , serverRecords(QStringLiteral("SELECT sagstjek_write_records(?)"))
{
}

namespace {

// A record whose content is fixed (its row states taken) and whose place in the chain is not yet.
struct PendingRecord {
    AuditEntry entry;
    QString before;
    QString after;
    QString state;
    QString contentHash;
    Statements *statements = nullptr; // the trail's prepared statements; null: the chaining's own
};

QList<PendingRecord> &pendingOn(const QSqlDatabase &db)
{
    thread_local QHash<QString, QList<PendingRecord>> byConnection; // a connection stays in its thread
    return byConnection[db.connectionName()];
}

// Appends `records` to a file's chain, in order, after its head (SQLite has one writer at a time).
Status chain(QSqlDatabase &db, const QList<PendingRecord> &records)
{
    auto head = sql::run(db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return databaseError(tr("The audit chain head is missing: the database was altered outside Sagstjek."));
    qint64 lastId = head->value(0).toLongLong();
    QString lastHash = head->value(1).toString();
    head->finish();
    auto withIds = hasGlobalIds(db);
    if (!withIds)
        return withIds.error();
    Statements local;
    for (const PendingRecord &record : records) {
        Statements &statements = record.statements ? *record.statements : local;
        const AuditEntry &entry = record.entry;
        const qint64 id = lastId + 1;
        const QString at = utcNow();
        const QVariant caseId = entry.caseId > 0 ? QVariant(entry.caseId) : QVariant();
        const QString keyId = auditseal::keyId();
        const QString hash = hashOf2(lastHash, id, at, entry.user, entry.action, entry.entity, entry.entityId, caseId,
                                     keyId, record.contentHash);
        QVariantList values{id,
                            at,
                            entry.user,
                            entry.action,
                            entry.entity,
                            entry.entityId,
                            caseId,
                            sql::nullable(record.before),
                            sql::nullable(record.after),
                            sql::nullable(entry.reason),
                            lastHash,
                            hash,
                            record.contentHash,
                            sql::nullable(record.state),
                            keyId,
                            auditseal::mac(hash.toLatin1())};
        if (withIds.value())
            values << sql::newGlobalId();
        auto inserted = (withIds.value() ? statements.insert : statements.insertWithoutIds).run(db, values);
        if (!inserted)
            return inserted.error();
        lastId = id;
        lastHash = hash;
    }
    return Ok{};
}

// Writes `records` on a team server, in order: the server's trigger chains and seals each (pgschema.cpp, schema 14)
// and gives the last the states of the rows the unit of work left; the earlier ones say 'later'. One record is one
// INSERT; more (a unit of work's, just before its COMMIT) are one call of sagstjek_write_records, which inserts them
// one statement each (the head advances at the end of a statement): the first takes the chain's head, and from then
// on every colleague's save waits, so the head is held for the COMMIT's round trip alone and not one per record.
Status writeOnServer(QSqlDatabase &db, const QList<PendingRecord> &records)
{
    Statements local;
    Statements &statements = records.constFirst().statements ? *records.constFirst().statements : local;
    if (records.size() == 1) {
        const PendingRecord &record = records.constFirst();
        const AuditEntry &entry = record.entry;
        auto inserted = statements.serverInsert.run(db, {entry.user, entry.action, entry.entity, entry.entityId,
                                                         entry.caseId > 0 ? QVariant(entry.caseId) : QVariant(),
                                                         sql::nullable(record.before), sql::nullable(record.after),
                                                         sql::nullable(entry.reason), QVariant(), sql::newGlobalId()});
        return inserted ? Status(Ok{}) : Status(inserted.error());
    }
    // As JSON (a bound value, as every other), one object a record; null where the column is NULL.
    const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    QJsonArray all;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const PendingRecord &record = records.at(i);
        const AuditEntry &entry = record.entry;
        all.append(QJsonObject{
            {QStringLiteral("user_name"), entry.user},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("entity"), entry.entity},
            {QStringLiteral("entity_id"), entry.entityId},
            {QStringLiteral("case_id"), entry.caseId > 0 ? QJsonValue(entry.caseId) : QJsonValue()},
            {QStringLiteral("before_json"), text(record.before)},
            {QStringLiteral("after_json"), text(record.after)},
            {QStringLiteral("reason"), text(entry.reason)},
            {QStringLiteral("state"), i + 1 < records.size() ? QJsonValue(QStringLiteral("later")) : QJsonValue()},
            {QStringLiteral("uid"), sql::newGlobalId()}});
    }
    auto written =
        statements.serverRecords.run(db, {QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))});
    if (!written)
        return written.error();
    written.value()->finish();
    return Ok{};
}

} // namespace

Status record(QSqlDatabase &db, const AuditEntry &entry, Statements *kept)
{
    if (sql::dialect(db) == sql::Dialect::Postgres) {
        PendingRecord pending{entry, compactJson(entry.before), compactJson(entry.after), {}, {}, kept};
        // A unit of work's records are written when it commits, so the head row is the last lock it takes: taken
        // earlier, a save that starts a review (its record before its answer) and a colleague's save of the same
        // item deadlocked on the head and the item's tally (issue 11).
        if (unitOfWorkDepth(db) > 0) {
            pendingOn(db).append(std::move(pending));
            return Ok{};
        }
        return writeOnServer(db, {pending});
    }
    Statements local;
    auto state = takeState(db, kept ? *kept : local);
    if (!state)
        return state.error();
    PendingRecord pending{entry, compactJson(entry.before), compactJson(entry.after), state.value(), {}, kept};
    pending.contentHash = contentHashOf(sql::nullable(pending.before), sql::nullable(pending.after),
                                        sql::nullable(entry.reason), sql::nullable(pending.state));
    return chain(db, {pending});
}

Status chainPending(QSqlDatabase &db)
{
    QList<PendingRecord> records = std::exchange(pendingOn(db), {});
    if (records.isEmpty())
        return Ok{};
    return writeOnServer(db, records); // only a server's records wait
}

qsizetype pendingCount(const QSqlDatabase &db)
{
    return pendingOn(db).size();
}

void dropPending(const QSqlDatabase &db, qsizetype keep)
{
    QList<PendingRecord> &records = pendingOn(db);
    if (records.size() > keep)
        records.resize(keep);
}

Status writeSchemeRecord(QSqlDatabase &db)
{
    auto legacy = sql::run(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, case_id, "
                                              "redacted, hash FROM audit_log ORDER BY id"));
    if (!legacy)
        return legacy.error();
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    int records = 0;
    qint64 lastId = 0;
    QString lastHash = QString(64, u'0');
    while (legacy->next()) {
        QByteArray material;
        for (int i = 0; i < 9; ++i)
            append(material, legacy->value(i));
        fingerprint.addData(material);
        ++records;
        lastId = legacy->value(0).toLongLong();
        lastHash = legacy->value(8).toString();
    }
    if (auto done = sql::finished(legacy.value()); !done)
        return done.error();
    legacy->finish();
    QJsonObject after{{QStringLiteral("scheme"), 2},
                      {QStringLiteral("legacy_records"), records},
                      {QStringLiteral("legacy_last_id"), lastId},
                      {QStringLiteral("legacy_last_hash"), lastHash},
                      {QStringLiteral("legacy_fingerprint"), QString::fromLatin1(fingerprint.result().toHex())}};
    auto id = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'audit.database_id'"));
    if (!id)
        return id.error();
    after.insert(QStringLiteral("database_id"), id->toString());
    // Rows already there are not in the trail's states; rows beyond these must be (see verify).
    QJsonObject rowsBefore;
    // (An answer has no id of its own; SQLite's rowid counts them. A PostgreSQL server starts at this record.)
    const QString answerKey =
        sql::dialect(db) == sql::Dialect::Postgres ? QStringLiteral("0") : QStringLiteral("rowid");
    for (const auto &[table, key] :
         {std::pair{QStringLiteral("answers"), answerKey}, std::pair{QStringLiteral("defects"), QStringLiteral("id")},
          std::pair{QStringLiteral("reviews"), QStringLiteral("id")}}) {
        auto max = sql::scalar(db, QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(key, table));
        if (!max)
            return max.error();
        rowsBefore.insert(table, max->toLongLong());
    }
    auto cases = sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases)
        return cases.error();
    rowsBefore.insert(QStringLiteral("cases"), cases->toLongLong());
    after.insert(QStringLiteral("rows_before"), rowsBefore);
    return record(db, AuditEntry{QStringLiteral("sagstjek"),
                                 QStringLiteral("audit.scheme"),
                                 QStringLiteral("audit"),
                                 QStringLiteral("2"),
                                 0,
                                 {},
                                 after,
                                 // Kept in English: it is data in the trail, not a message for the user now.
                                 records > 0 ? QStringLiteral("The audit trail changes to scheme 2; the %1 records "
                                                              "before this one keep scheme 1 and are fixed by the "
                                                              "fingerprint here.")
                                                   .arg(records)
                                             : QString()});
}

Result<AnswersBeforeAudit> answersBeforeAudit(QSqlDatabase &db)
{
    auto rows = sql::run(db, QStringLiteral("SELECT b.review_id, i.key FROM answers_before_audit b LEFT JOIN items i "
                                            "ON i.id = b.item_id ORDER BY b.review_id, i.key"));
    if (!rows)
        return rows.error();
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    AnswersBeforeAudit result;
    while (rows->next()) {
        QByteArray material;
        append(material, rows->value(0));
        append(material, rows->value(1));
        fingerprint.addData(material);
        ++result.count;
    }
    if (auto done = sql::finished(rows.value()); !done)
        return done.error();
    result.fingerprint = QString::fromLatin1(fingerprint.result().toHex());
    return result;
}

Status writeAnswersBeforeAuditRecord(QSqlDatabase &db)
{
    auto before = answersBeforeAudit(db);
    if (!before)
        return before.error();
    if (before->count == 0)
        return Ok{};
    return record(db, AuditEntry{QStringLiteral("sagstjek"),
                                 QStringLiteral("audit.items"),
                                 QStringLiteral("audit"),
                                 QStringLiteral("10"),
                                 0,
                                 {},
                                 QJsonObject{{QStringLiteral("answers_before_audit"), before->count},
                                             {QStringLiteral("fingerprint"), before->fingerprint}},
                                 // Kept in English: it is data in the trail, not a message for the user now.
                                 QStringLiteral("Answers name their item by id (schema 10); the %1 answers written "
                                                "before the audit trail kept row states are listed apart and fixed by "
                                                "the fingerprint here.")
                                     .arg(before->count)});
}

namespace {

// How many records up to `lastId` carry this computer's seal, counted from `since` (a checkpoint this chain extends)
// on: counting from the start reads every record's row through its overflow pages (a bulk import's record holds
// megabytes of row states before its key), 31 % of a `card` at a million cases.
Result<int> ownRecordsUpTo(QSqlDatabase &db, qint64 lastId, const auditseal::Checkpoint *since)
{
    auto counted = sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE key_id = ? AND id > ? "
                                              "AND id <= ?"),
                               {auditseal::keyId(), since ? since->lastId : qint64(0), lastId});
    if (!counted)
        return counted.error();
    return counted->toInt() + (since ? since->ownRecords : 0);
}

} // namespace

Result<AuditCheckpoint> checkpoint(QSqlDatabase &db, const QString &path, const QString &reason,
                                   AuditTrail::CheckpointMode mode)
{
    AuditCheckpoint result;
    if (path.isEmpty() || path == u":memory:")
        return result;
    auto head = sql::run(db, QStringLiteral("SELECT records, last_id, last_hash, "
                                            "(SELECT value FROM settings WHERE key = 'audit.database_id') "
                                            "FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return databaseError(tr("The audit chain head is missing: the database was altered outside Sagstjek."));
    auditseal::Checkpoint next{path,
                               head->value(3).toString(),
                               head->value(0).toInt(),
                               head->value(1).toLongLong(),
                               head->value(2).toString(),
                               0,
                               utcNow(),
                               reason,
                               {},
                               {}};
    head->finish();
    auto fill = [&](const auditseal::Checkpoint &c) {
        result.anchored = true;
        result.records = c.records;
        result.lastId = c.lastId;
        result.lastHash = c.lastHash;
        result.at = c.at;
        result.keyId = c.keyId;
        result.seal = c.mac;
        result.text = auditseal::describe(c);
    };
    // A replacing checkpoint (after a restore) counts the sealed records from the start; an extending one from the
    // checkpoint it extends, whose count this computer sealed.
    const auditseal::Checkpoint *extended = nullptr;
    auto previous = auditseal::load(path);
    if (mode == AuditTrail::CheckpointMode::Extend) {
        if (!previous) {
            result.notice = previous.error().message;
            return result;
        }
        if (previous->has_value()) {
            const auditseal::Checkpoint &old = *previous.value();
            auto kept = sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {old.lastId});
            if (!kept)
                return kept.error();
            const bool extends = old.databaseId == next.databaseId && next.records >= old.records &&
                                 next.lastId >= old.lastId && kept->toString() == old.lastHash;
            if (!extends) {
                fill(old);
                result.notice = tr("The audit chain does not extend the checkpoint kept on this computer; the "
                                   "checkpoint was left as it was. Run `audit verify`.");
                return result;
            }
            if (old.records == next.records && old.lastHash == next.lastHash) {
                fill(old);
                return result;
            }
            extended = &old; // loaded only when sealed with this computer's key
        }
    }
    auto own = ownRecordsUpTo(db, next.lastId, extended);
    if (!own)
        return own.error();
    next.ownRecords = own.value();
    if (auto stored = auditseal::store(next); !stored) {
        result.notice = stored.error().message;
        return result;
    }
    auto written = auditseal::load(path);
    if (written && written->has_value())
        fill(*written.value());
    return result;
}

} // namespace sagstjek::auditlog

namespace sagstjek {

Result<int> SqlAuditTrail::workRecordCount()
{
    if (auto chained = auditlog::chainPending(m_db); !chained)
        return chained.error();
    auto count = sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT IN ('template.store', 'audit.scheme', "
                             "'audit.items')"));
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace sagstjek
