#include "storage/sqlite/migrationsteps.h"

#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::migrations {

// Step 10 (issue 13): an answer names its item by a small integer id. Each answer kept its item's key (33 bytes on
// average) three times: in the row, in the primary key's index and in answers_item; at a million reviewed cases
// that was two thirds of the answers' 3.9 GB. Now `items` holds each key once and `answers` is one B-tree keyed by
// (review_id, item_id) (WITHOUT ROWID: nothing reads an answer by rowid any more, see answers_before_audit). The
// domain, the services and the audit trail still speak item keys: storage joins `items` where it reads and looks
// the key up where it writes, and the trail's row states keep the key's text, so records written before this step
// verify as they did.
QStringList itemsStep()
{
    return {
        // The triggers that name answers' columns go first: the rename below checks every trigger in the schema.
        QStringLiteral("DROP TRIGGER answers_tally_insert"),
        QStringLiteral("DROP TRIGGER answers_tally_update"),
        QStringLiteral("DROP TRIGGER answers_tally_delete"),
        QStringLiteral("DROP TRIGGER reviews_tally_delete"),
        QStringLiteral(R"(CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE))"),
        // In key order (read from answers_item), so the ids of the keys in use follow their keys' order.
        QStringLiteral("INSERT INTO items (key) SELECT DISTINCT item_key FROM answers ORDER BY item_key"),
        QStringLiteral("ALTER TABLE answers RENAME TO answers_keyed"),
        QStringLiteral(R"(CREATE TABLE answers (
                review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
                item_id INTEGER NOT NULL REFERENCES items (id),
                answer TEXT CHECK (answer IS NULL OR answer IN ('met', 'not-met', 'na')),
                note TEXT NOT NULL DEFAULT '',
                computed_verdict TEXT,
                computed_explanation TEXT,
                override_reason TEXT,
                answered_by TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                PRIMARY KEY (review_id, item_id)) WITHOUT ROWID)"),
        // Read in the old primary key's order (review, key), which is also (review, item id): the new B-tree is
        // written in order, without a sort.
        QStringLiteral("INSERT INTO answers (review_id, item_id, answer, note, computed_verdict, computed_explanation, "
                       "override_reason, answered_by, answered_at) SELECT k.review_id, i.id, k.answer, k.note, "
                       "k.computed_verdict, k.computed_explanation, k.override_reason, k.answered_by, k.answered_at "
                       "FROM answers_keyed k JOIN items i ON i.key = k.item_key ORDER BY k.review_id, k.item_key"),
        // The answers that were there before the audit trail kept row states (schema 6): `audit verify` took them
        // to be those with a rowid up to the scheme record's rows_before.answers, and a later answer that no record
        // names as one added outside Sagstjek. Without rowids, this table names them (filled by itemsStepCode;
        // empty in every database made at schema 6 or later).
        QStringLiteral(R"(CREATE TABLE answers_before_audit (
                review_id INTEGER NOT NULL,
                item_id INTEGER NOT NULL,
                PRIMARY KEY (review_id, item_id)) WITHOUT ROWID)"),
    };
}

Status itemsStepCode(QSqlDatabase &db)
{
    auto bridge = sql::scalar(db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'audit.scheme' "
                                                 "ORDER BY id LIMIT 1"));
    if (!bridge)
        return bridge.error();
    const qint64 before = QJsonDocument::fromJson(bridge->toString().toUtf8())
                              .object()
                              .value(QStringLiteral("rows_before"))
                              .toObject()
                              .value(QStringLiteral("answers"))
                              .toInteger();
    if (before <= 0)
        return Ok{};
    auto marked = sql::run(db,
                           QStringLiteral("INSERT INTO answers_before_audit (review_id, item_id) SELECT k.review_id, "
                                          "i.id FROM answers_keyed k JOIN items i ON i.key = k.item_key "
                                          "WHERE k.rowid <= ? ORDER BY 1, 2"),
                           {before});
    if (!marked)
        return marked.error();
    return auditlog::writeAnswersBeforeAuditRecord(db);
}

QStringList itemsStepAfter()
{
    // The answer tallies' triggers of step 5 (migration_reporting.cpp), reading the item's key from `items`; the
    // tallies keep the key (a row per item and round).
    const auto oneHot = [](const QString &row) {
        return QStringLiteral("%1.answer IS 'met', %1.answer IS 'not-met', %1.answer IS 'na', %1.answer IS NULL")
            .arg(row);
    };
    const QString addItem = QStringLiteral(
        "INSERT INTO item_tallies (round_key, item_key, met, not_met, na, unanswered) "
        "SELECT coalesce(r.round_id, 0), i.key, %1 FROM reviews r, items i WHERE r.id = NEW.review_id "
        "AND i.id = NEW.item_id "
        "ON CONFLICT (round_key, item_key) DO UPDATE SET met = met + excluded.met, "
        "not_met = not_met + excluded.not_met, na = na + excluded.na, unanswered = unanswered + excluded.unanswered;");
    const QString addReview = QStringLiteral(
        "INSERT INTO review_tallies (review_id, met, not_met, na, unanswered) VALUES (NEW.review_id, %1) "
        "ON CONFLICT (review_id) DO UPDATE SET met = met + excluded.met, not_met = not_met + excluded.not_met, "
        "na = na + excluded.na, unanswered = unanswered + excluded.unanswered;");
    const QString subtractItem = QStringLiteral(
        "UPDATE item_tallies SET met = met - (OLD.answer IS 'met'), not_met = not_met - (OLD.answer IS 'not-met'), "
        "na = na - (OLD.answer IS 'na'), unanswered = unanswered - (OLD.answer IS NULL) "
        "WHERE item_key = (SELECT key FROM items WHERE id = OLD.item_id) AND round_key = (SELECT coalesce(round_id, 0) "
        "FROM reviews WHERE id = OLD.review_id);");
    const QString subtractReview = QStringLiteral(
        "UPDATE review_tallies SET met = met - (OLD.answer IS 'met'), not_met = not_met - (OLD.answer IS 'not-met'), "
        "na = na - (OLD.answer IS 'na'), unanswered = unanswered - (OLD.answer IS NULL) "
        "WHERE review_id = OLD.review_id;");
    const auto countOf = [](const QString &answer) {
        return QStringLiteral("(SELECT count(*) FROM answers a WHERE a.review_id = OLD.id AND a.item_id = (SELECT id "
                              "FROM items WHERE key = item_tallies.item_key) AND a.answer IS %1)")
            .arg(answer);
    };
    return {
        QStringLiteral("DROP TABLE answers_keyed"),
        // "Which cases answered this item so" (the report's drill-down) and the items' foreign key.
        QStringLiteral("CREATE INDEX answers_item ON answers (item_id, answer)"),
        QStringLiteral("CREATE TRIGGER answers_tally_insert AFTER INSERT ON answers BEGIN %1 %2 END")
            .arg(addItem.arg(oneHot(QStringLiteral("NEW"))), addReview.arg(oneHot(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER answers_tally_update AFTER UPDATE OF answer ON answers "
                       "WHEN OLD.answer IS NOT NEW.answer BEGIN %1 %2 %3 %4 END")
            .arg(subtractItem, subtractReview, addItem.arg(oneHot(QStringLiteral("NEW"))),
                 addReview.arg(oneHot(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER answers_tally_delete AFTER DELETE ON answers BEGIN %1 %2 END")
            .arg(subtractItem, subtractReview),
        QStringLiteral("CREATE TRIGGER reviews_tally_delete BEFORE DELETE ON reviews BEGIN "
                       "UPDATE item_tallies SET met = met - %1, not_met = not_met - %2, na = na - %3, "
                       "unanswered = unanswered - %4 "
                       "WHERE round_key = coalesce(OLD.round_id, 0) AND item_key IN (SELECT i.key FROM answers a "
                       "JOIN items i ON i.id = a.item_id WHERE a.review_id = OLD.id); END")
            .arg(countOf(QStringLiteral("'met'")), countOf(QStringLiteral("'not-met'")),
                 countOf(QStringLiteral("'na'")), countOf(QStringLiteral("NULL"))),
        // An item's key never changes and an item is never removed: an answer's key (and so the digest the audit
        // trail keeps of it) cannot be changed by editing `items`.
        QStringLiteral("CREATE TRIGGER items_key_fixed BEFORE UPDATE ON items "
                       "BEGIN SELECT RAISE(ABORT, 'an item key never changes'); END"),
        QStringLiteral("CREATE TRIGGER items_kept BEFORE DELETE ON items "
                       "BEGIN SELECT RAISE(ABORT, 'an item is never removed'); END"),
        // Written once, by this step: a row added later would hide an answer added outside Sagstjek.
        QStringLiteral("CREATE TRIGGER answers_before_audit_fixed BEFORE INSERT ON answers_before_audit "
                       "BEGIN SELECT RAISE(ABORT, 'the answers before the audit trail are fixed'); END"),
        QStringLiteral("CREATE TRIGGER answers_before_audit_unchanged BEFORE UPDATE ON answers_before_audit "
                       "BEGIN SELECT RAISE(ABORT, 'the answers before the audit trail are fixed'); END"),
    };
}

} // namespace sagstjek::migrations
