

#include "storage/postgres/pgschema.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/auditseal.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <limits>

namespace sagstjek::auditlog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::AuditChain", text);
}

const QString Genesis(64, u'0');

void appendField(QByteArray &material, const QVariant &value)
{
    if (value.isNull()) {
        material += "n;";
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    material += QByteArray::number(utf8.size()) + ':' + utf8;
}

QJsonObject parse(const QVariant &json)
{
    if (json.isNull())
        return {};
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

namespace {

struct RowState {
    QString digest;
    qint64 recordId = 0;
    bool seen = false; // the row is there (verify's scan)
};

QString describeRow(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.value(0) == u"answers")
        return tr("The answer to item %1 of review %2").arg(parts.mid(2).join(u'/'), parts.value(1));
    if (parts.value(0) == u"defects")
        return tr("Defect %1").arg(parts.value(1));
    return tr("Review %1").arg(parts.value(1));
}

// Every row of answers, defects or reviews, once: `seen` gets its state key, its digest and whether it is older than
// the trail's row states (an answer answers_before_audit names; a defect or review up to `auditedAfter`). A
// statement per row took 9 minutes at a million cases (issue 11); the rows come in ranges of keys because a server
// sends a result whole (sql::run).
Status scanRows(QSqlDatabase &db, const QString &table, qint64 auditedAfter,
                const std::function<void(const QString &key, const QString &digest, bool beforeAudit)> &seen)
{
    const bool answer = table == u"answers";
    const QString key = answer ? QStringLiteral("review_id") : QStringLiteral("id");
    // The key that ends the next range: about RangeRows rows on, and always past the previous one.
    constexpr int RangeRows = 50'000;
    sql::Prepared rangeEnd(QStringLiteral("SELECT max(k) FROM (SELECT %1 AS k FROM %2 WHERE %1 > ? ORDER BY %1 "
                                          "LIMIT %3) s")
                               .arg(key, table)
                               .arg(RangeRows));
    sql::Prepared range(stateSelect(table, answer ? QStringLiteral("EXISTS (SELECT 1 FROM answers_before_audit b "
                                                                   "WHERE b.review_id = a.review_id AND "
                                                                   "b.item_id = a.item_id)")
                                                  : QString()) +
                        (answer ? QStringLiteral(" WHERE a.review_id > ? AND a.review_id <= ?")
                                : QStringLiteral(" WHERE id > ? AND id <= ?")));
    const int columns = int(stateColumns(table).size());
    QVariant after = std::numeric_limits<qint64>::min();
    for (;;) {
        auto end = rangeEnd.run(db, {after});
        if (!end)
            return end.error();
        QSqlQuery &endRow = *end.value();
        const QVariant last = endRow.next() ? endRow.value(0) : QVariant();
        endRow.finish();
        if (last.isNull())
            return Ok{};
        auto rows = range.run(db, {after, last});
        if (!rows)
            return rows.error();
        QSqlQuery &q = *rows.value();
        QVariantList values;
        while (q.next()) {
            values.clear();
            for (int i = 0; i < columns; ++i)
                values << q.value(i);
            const bool beforeAudit = answer ? q.value(columns).toBool() : values.at(0).toLongLong() <= auditedAfter;
            seen(stateKey(table, values.at(0), answer ? values.at(1) : QVariant()), rowDigest(values), beforeAudit);
        }
        if (auto done = sql::finished(q); !done)
            return done.error();
        q.finish();
        after = last;
    }
}

// The schema's triggers as the migrations define them, against those in the file.
Result<QString> triggerProblem(QSqlDatabase &db)
{
    const bool postgres = sql::dialect(db) == sql::Dialect::Postgres;
    const QMap<QString, QString> expected = postgres ? pgschema::expectedTriggers() : migrations::expectedTriggers();
    // PostgreSQL: an enabled trigger as its function's body (where the checks are); a disabled one is missing.
    auto q = sql::run(db, postgres ? QStringLiteral("SELECT t.tgname, p.prosrc FROM pg_trigger t "
                                                    "JOIN pg_proc p ON p.oid = t.tgfoid "
                                                    "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                                                    "AND t.tgenabled <> 'D' "
                                                    "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1")
                                   : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                    "ORDER BY name"));
    if (!q)
        return q.error();
    QMap<QString, QString> actual;
    while (q->next())
        actual.insert(q->value(0).toString(), q->value(1).toString().simplified());
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    QStringList missing, altered, unknown;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            missing << it.key();
        else if (actual.value(it.key()) != it.value())
            altered << it.key();
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            unknown << it.key();
    if (!missing.isEmpty())
        return tr("The database's protective triggers %1 are missing: they were dropped outside Sagstjek, so the "
                  "file no longer refuses edits of the audit trail and the access log.")
            .arg(missing.join(QStringLiteral(", ")));
    if (!altered.isEmpty())
        return tr("The database's triggers %1 differ from the schema: they were altered outside Sagstjek.")
            .arg(altered.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        return tr("The database has triggers the schema does not define (%1): they were added outside Sagstjek.")
            .arg(unknown.join(QStringLiteral(", ")));
    return QString();
}

} // namespace

Result<AuditVerification> verify(QSqlDatabase &db, const QString &path)
{
    AuditVerification result;
    auto head = sql::run(db, QStringLiteral("SELECT records, last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!head || !head->next()) {
        result.problem = tr("The audit chain head is missing: the database was altered outside Sagstjek.");
        return result;
    }
    result.headRecords = head->value(0).toInt();
    result.headId = head->value(1).toLongLong();
    result.headHash = head->value(2).toString();
    head->finish();

    const bool onFile = !path.isEmpty() && path != u":memory:";
    std::optional<auditseal::Checkpoint> anchor;
    if (onFile) {
        auto loaded = auditseal::load(path);
        if (!loaded) {
            result.problem = loaded.error().message;
            return result;
        }
        anchor = loaded.value();
    }
    const QString ownKey = auditseal::keyId();
    // A team server seals its records with a key only it holds (schema 14); it checks those seals below.
    QString serverKey;
    if (sql::dialect(db) == sql::Dialect::Postgres) {
        auto key = sql::scalar(db, QStringLiteral("SELECT sagstjek_audit_key_id()"));
        if (!key)
            return key.error();
        serverKey = key->toString();
    }

    // The records in pages of ids: a server sends a result whole (sql::run), and a trail kept for years, or records
    // holding the row states of a large import, are more than memory.
    constexpr int RecordsPerPage = 200;
    sql::Prepared records(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, case_id, before_json, "
                                         "after_json, reason, prev_hash, hash, redacted, scheme, content_hash, state, "
                                         "key_id, mac FROM audit_log WHERE id > ? ORDER BY id LIMIT %1")
                              .arg(RecordsPerPage));
    QString previous = Genesis;
    qint64 previousId = 0;
    int previousScheme = 1;
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    QString chainedDatabaseId;
    QJsonObject rowsBefore;
    QString anchorRecordHash;
    int ownUpToAnchor = 0;
    qint64 firstNewerThanAnchor = 0;
    qint64 firstForeignUpToAnchor = 0;
    QHash<QString, RowState> states;
    QHash<qint64, qint64> unexplainedRedactions; // record id → case id
    AnswersBeforeAudit answersBefore;            // none, unless an "audit.items" record lists some
    qint64 answersBeforeRecord = 0;
    auto fail = [&](qint64 id, const QString &problem) {
        result.brokenId = id;
        result.problem = problem;
        return result;
    };
    QVariant readUpTo = std::numeric_limits<qint64>::min();
    for (int onPage = RecordsPerPage; onPage == RecordsPerPage;) {
        auto page = records.run(db, {readUpTo});
        if (!page)
            return page.error();
        QSqlQuery &q = *page.value();
        onPage = 0;
        while (q.next()) {
            ++onPage;
            readUpTo = q.value(0);
            const qint64 id = q.value(0).toLongLong();
            const QString prevHash = q.value(10).toString();
            const QString hash = q.value(11).toString();
            const bool redacted = q.value(12).toInt() != 0;
            const int scheme = q.value(13).toInt();
            const QString keyId = q.value(16).toString();
            ++result.records;
            if (prevHash != previous) {
                if (previousId == 0)
                    return fail(id, tr("Audit record %1 should be the first in the chain, but it points to a record "
                                       "before it: earlier records were deleted.")
                                        .arg(id));
                return fail(id,
                            tr("Audit record %1 does not follow record %2: record %2 was changed, or records between "
                               "them were deleted.")
                                .arg(id)
                                .arg(previousId));
            }
            if (scheme < previousScheme || scheme < 1 || scheme > 2)
                return fail(id, tr("Audit record %1 is marked with an audit scheme it cannot have here: it was altered "
                                   "outside Sagstjek.")
                                    .arg(id));
            if (scheme == 1) {
                ++result.legacyRecords;
                QByteArray material;
                for (int i : {0, 1, 2, 3, 4, 5, 6, 12, 11})
                    appendField(material, q.value(i));
                fingerprint.addData(material);
            }
            if (scheme == 2 && previousScheme == 1) {
                // The bridge: the first scheme-2 record fixes every scheme-1 record's id and who/when/what.
                if (q.value(3).toString() != u"audit.scheme")
                    return fail(id,
                                tr("Audit record %1 is the first of scheme 2 but not the scheme change's own record: "
                                   "it was altered outside Sagstjek.")
                                    .arg(id));
                const QJsonObject bridge = parse(q.value(8));
                const QString expected = bridge.value(QStringLiteral("legacy_fingerprint")).toString();
                if (bridge.value(QStringLiteral("legacy_records")).toInt() != result.legacyRecords ||
                    expected != QString::fromLatin1(fingerprint.result().toHex())) {
                    if (result.legacyRecords == 0)
                        return fail(id,
                                    tr("Audit record %1 says records were written before it, but none is left: they "
                                       "were deleted.")
                                        .arg(id));
                    return fail(1,
                                tr("The audit records written before the scheme change (records 1 to %1) no longer "
                                   "match the fingerprint record %2 keeps of them: a record's id, or the who, when "
                                   "or what of a record (also a redacted one), was changed, or records were deleted.")
                                    .arg(previousId)
                                    .arg(id));
                }
            }
            if (scheme == 1 && !redacted) {
                const QString computed =
                    hashOf(prevHash, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6), q.value(7).toString(),
                           q.value(8).toString(), q.value(9).toString());
                if (computed != hash)
                    return fail(id, tr("Audit record %1 was changed after it was written: its content does not match "
                                       "its hash.")
                                        .arg(id));
            }
            if (scheme == 2) {
                if (id != previousId + 1)
                    return fail(id, tr("Audit record %1 follows record %2: records were renumbered or deleted.")
                                        .arg(id)
                                        .arg(previousId));
                const QString contentHash = q.value(14).toString();
                if (!redacted && contentHashOf(q.value(7), q.value(8), q.value(9), q.value(15)) != contentHash)
                    return fail(id, tr("Audit record %1 was changed after it was written: its content does not match "
                                       "its hash.")
                                        .arg(id));
                if (hashOf2(prevHash, id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6), keyId, contentHash) != hash)
                    return fail(id,
                                tr("Audit record %1 was changed after it was written: its id, time, user, action or "
                                   "subject does not match its hash.")
                                    .arg(id));
                if (keyId.isEmpty()) {
                    ++result.unsealedRecords;
                } else if (!serverKey.isEmpty() && keyId == serverKey) {
                    ++result.serverSealedRecords;
                } else if (keyId == ownKey) {
                    if (!auditseal::macMatches(hash.toLatin1(), q.value(17).toString()))
                        return fail(id,
                                    tr("Audit record %1 is not sealed by this computer's audit key although it says "
                                       "so: it was forged or rewritten outside Sagstjek.")
                                        .arg(id));
                    if (anchor && id <= anchor->lastId)
                        ++ownUpToAnchor;
                } else {
                    if (result.foreignRecords++ == 0)
                        result.firstForeignId = id;
                    if (anchor && id <= anchor->lastId && firstForeignUpToAnchor == 0)
                        firstForeignUpToAnchor = id;
                }
                if (!redacted) {
                    const QJsonObject state = parse(q.value(15));
                    for (auto it = state.constBegin(); it != state.constEnd(); ++it)
                        states.insert(it.key(), RowState{it.value().toString(), id});
                }
                if (q.value(3).toString() == u"audit.items" && !redacted) {
                    const QJsonObject items = parse(q.value(8));
                    answersBefore = AnswersBeforeAudit{items.value(QStringLiteral("answers_before_audit")).toInteger(),
                                                       items.value(QStringLiteral("fingerprint")).toString()};
                    answersBeforeRecord = id;
                }
                if (q.value(3).toString() == u"audit.scheme") {
                    const QJsonObject bridge = parse(q.value(8));
                    chainedDatabaseId = bridge.value(QStringLiteral("database_id")).toString();
                    rowsBefore = bridge.value(QStringLiteral("rows_before")).toObject();
                    // The number of cases at the upgrade is the first state of "cases".
                    if (!states.contains(QStringLiteral("cases")))
                        states.insert(
                            QStringLiteral("cases"),
                            RowState{QString::number(rowsBefore.value(QStringLiteral("cases")).toInteger()), id});
                }
            }
            if (anchor && id == anchor->lastId)
                anchorRecordHash = hash;
            if (anchor && id <= anchor->lastId && firstNewerThanAnchor == 0 && q.value(1).toString() > anchor->at)
                firstNewerThanAnchor = id;
            if (redacted) {
                ++result.redacted;
                unexplainedRedactions.insert(id, q.value(6).toLongLong());
            } else if (q.value(3).toString() == u"case.delete") {
                const QJsonArray ids = parse(q.value(8)).value(QStringLiteral("redacted_records")).toArray();
                for (const QJsonValue &redactedId : ids) {
                    const qint64 rid = redactedId.toInteger();
                    if (unexplainedRedactions.value(rid, -1) == q.value(6).toLongLong())
                        unexplainedRedactions.remove(rid);
                }
            }
            previous = hash;
            previousId = id;
            previousScheme = scheme;
        }
        if (auto done = sql::finished(q); !done)
            return done.error();
        q.finish();
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
    if (result.serverSealedRecords > 0) {
        // Recomputed by the server, which alone has the key: a record rewritten by someone who could write the table
        // but not read the key (with the hashes made anew) fails here.
        auto badSeal = sql::scalar(db, QStringLiteral("SELECT sagstjek_audit_first_bad_seal()"));
        if (!badSeal)
            return badSeal.error();
        if (!badSeal->isNull())
            return fail(badSeal->toLongLong(),
                        tr("Audit record %1 is not sealed by the team server's audit key although it says so: it was "
                           "forged or rewritten outside Sagstjek.")
                            .arg(badSeal->toLongLong()));
    }
    auto databaseId = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'audit.database_id'"));
    if (!databaseId)
        return databaseId.error();

    // The checkpoint kept on this computer: the chain must still hold its last record, with the same hash. A
    // record written after the checkpoint under an id it covers is where the chain was cut and continued.
    if (anchor) {
        const auditseal::Checkpoint &c = *anchor;
        const qint64 cut = firstNewerThanAnchor > 0 ? firstNewerThanAnchor : previousId + 1;
        if (c.databaseId != databaseId->toString())
            return fail(0, tr("This file was anchored on this computer as another database (%1 records up to record "
                              "%2, at %3): the database there was replaced by another file, or its records were "
                              "wiped and its identity changed, outside Sagstjek.")
                               .arg(c.records)
                               .arg(c.lastId)
                               .arg(c.at));
        if (result.records < c.records || previousId < c.lastId)
            return fail(cut, tr("The audit trail was cut short: the checkpoint kept on this computer (%1) has %2 "
                                "records up to record %3, but only %4 records up to record %5 remain. Records from "
                                "%6 on were deleted and the chain head rewound outside Sagstjek.")
                                 .arg(c.at)
                                 .arg(c.records)
                                 .arg(c.lastId)
                                 .arg(result.records)
                                 .arg(previousId)
                                 .arg(cut));
        if (ownUpToAnchor != c.ownRecords)
            return fail(firstForeignUpToAnchor > 0 ? firstForeignUpToAnchor : c.lastId,
                        tr("Fewer audit records up to record %1 carry this computer's seal than when it was anchored "
                           "(%2 instead of %3): records were rewritten outside Sagstjek.")
                            .arg(c.lastId)
                            .arg(ownUpToAnchor)
                            .arg(c.ownRecords));
        if (anchorRecordHash != c.lastHash)
            return fail(firstNewerThanAnchor > 0 ? firstNewerThanAnchor : c.lastId,
                        tr("Audit record %1 is not the one the checkpoint kept on this computer (%2) ends with: the "
                           "trail was rewritten up to it outside Sagstjek.")
                            .arg(c.lastId)
                            .arg(c.at));
        result.anchor = AuditVerification::Anchor::Anchored;
    } else if (onFile) {
        result.anchor = AuditVerification::Anchor::NotAnchored;
    }
    if (previousScheme != 2)
        return fail(previousId + 1, tr("The audit trail has no record of scheme 2 (the schema's own record): records "
                                       "from %1 on were deleted.")
                                        .arg(previousId + 1));
    if (databaseId->toString() != chainedDatabaseId)
        return fail(0, tr("The database's identity differs from the one chained in its audit trail: it was altered "
                          "outside Sagstjek."));

    if (!unexplainedRedactions.isEmpty()) {
        qint64 first = -1;
        for (auto it = unexplainedRedactions.cbegin(); it != unexplainedRedactions.cend(); ++it)
            if (first < 0 || it.key() < first)
                first = it.key();
        return fail(first, tr("Audit record %1 is marked as redacted, but no case deletion accounts for it: its "
                              "content was erased outside Sagstjek.")
                               .arg(first));
    }

    auto triggers = triggerProblem(db);
    if (!triggers)
        return triggers.error();
    if (!triggers->isEmpty())
        return fail(0, triggers.value());

    // The rows as they are now against the state the trail last gave them; and every row made after the scheme
    // change is in the trail, so one that is not was added outside Sagstjek.
    qint64 firstStale = 0;
    QString staleProblem;
    const auto compare = [&](const QString &key, const RowState &state, const QString &now) {
        if (now == state.digest || (firstStale != 0 && state.recordId >= firstStale))
            return;
        firstStale = state.recordId;
        if (key == u"cases") {
            staleProblem = tr("The number of cases (%1) differs from the %2 that audit record %3 left: cases were "
                              "added or deleted without an audit record.")
                               .arg(now, state.digest)
                               .arg(state.recordId);
            return;
        }
        staleProblem = (state.digest == u"-" ? tr("%1 was deleted by audit record %2 but is there again: it was "
                                                  "added without an audit record.")
                        : now == u"-"        ? tr("%1 is gone, but no audit record after record %2 deleted it: it "
                                                         "was deleted without an audit record.")
                                             : tr("%1 differs from its state after audit record %2: it was changed "
                                                         "without an audit record."))
                           .arg(describeRow(key))
                           .arg(state.recordId);
    };
    result.rowsChecked = int(states.size());
    if (auto cases = states.find(QStringLiteral("cases")); cases != states.end()) {
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
        if (!count)
            return count.error();
        cases->seen = true;
        compare(cases.key(), cases.value(), count->toString());
    }
    QString unaudited; // the first row in no record
    for (const QString &table : {QStringLiteral("answers"), QStringLiteral("defects"), QStringLiteral("reviews")}) {
        auto scanned = scanRows(db, table, rowsBefore.value(table).toInteger(),
                                [&](const QString &key, const QString &digest, bool beforeAudit) {
                                    auto state = states.find(key);
                                    if (state == states.end()) {
                                        if (!beforeAudit && unaudited.isEmpty())
                                            unaudited = key;
                                        return;
                                    }
                                    state->seen = true;
                                    compare(key, state.value(), digest);
                                });
        if (!scanned)
            return scanned.error();
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (!it->seen) // gone; "?" for a table the trail does not know
            compare(it.key(), it.value(),
                    stateColumns(it.key().section(u'/', 0, 0)).isEmpty() ? QStringLiteral("?") : QStringLiteral("-"));
    if (firstStale > 0)
        return fail(firstStale, staleProblem);
    // The answers taken as older than the trail's row states are those step 10 chained, no more.
    auto before = answersBeforeAudit(db);
    if (!before)
        return before.error();
    if (before->count != answersBefore.count || (before->count > 0 && before->fingerprint != answersBefore.fingerprint))
        return fail(answersBeforeRecord,
                    answersBeforeRecord == 0
                        ? tr("%1 answers are listed as older than the audit trail, but the trail lists none: they "
                             "were added outside Sagstjek.")
                              .arg(before->count)
                        : tr("The answers listed as older than the audit trail differ from those audit record %1 "
                             "fixed: they were changed outside Sagstjek.")
                              .arg(answersBeforeRecord));
    if (!unaudited.isEmpty())
        return fail(0, tr("%1 is in no audit record: it was added outside Sagstjek.").arg(describeRow(unaudited)));
    result.intact = true;
    if (onFile) {
        auto anchored = checkpoint(db, path, QStringLiteral("verify"), AuditTrail::CheckpointMode::Extend);
        if (anchored)
            result.checkpoint = anchored.value();
    }
    return result;
}

Result<QList<AuditRecord>> history(QSqlDatabase &db, qint64 caseId, const QString &itemKey,
                                   const AuditHistoryPage &page)
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
    if (page.afterId > 0) {
        statement += QStringLiteral(" AND id > ?"); // keyset on audit_log_case (case_id, id)
        values << page.afterId;
    }
    statement += QStringLiteral(" ORDER BY id");
    if (page.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << page.limit;
    }
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
                             QStringLiteral("INSERT INTO settings (key, value) VALUES ('trust.redacting_case', ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {QString::number(caseId)});
        !flag)
        return flag.error();
    if (auto blanked =
            sql::run(db,
                     QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = NULL, "
                                    "reason = NULL, state = NULL, redacted = 1 WHERE case_id = ? AND redacted = 0"),
                     {caseId});
        !blanked)
        return blanked.error();
    if (auto unflag = sql::run(db, QStringLiteral("DELETE FROM settings WHERE key = 'trust.redacting_case'")); !unflag)
        return unflag.error();
    return ids;
}

} // namespace sagstjek::auditlog
