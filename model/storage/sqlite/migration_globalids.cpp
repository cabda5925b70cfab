#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

namespace {

// A version-4 UUID made by SQLite, for the rows that have none: those written before this step, and those a writer
// other than Sagstjek inserts without one (Sagstjek's own writes give time-ordered ids, sql::newGlobalId()).
const QString RandomUuid = QStringLiteral(
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89AB', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");

} // namespace

QStringList globalIdsStep()
{
    // The rows that will travel between databases (offline packages check work out of a server and back in) carry
    // a global id besides their local key: the same on every copy, unique everywhere.
    struct Travelling {
        QString table;
        QString key; // how the fill trigger finds the new row
    };
    const QList<Travelling> tables = {
        {QStringLiteral("rounds"), QStringLiteral("id = NEW.id")},
        {QStringLiteral("reviews"), QStringLiteral("id = NEW.id")},
        {QStringLiteral("answers"), QStringLiteral("review_id = NEW.review_id AND item_id = NEW.item_id")},
        {QStringLiteral("defects"), QStringLiteral("id = NEW.id")},
        {QStringLiteral("case_events"), QStringLiteral("id = NEW.id")},
        {QStringLiteral("audit_log"), QString()},
    };
    QStringList statements;
    for (const Travelling &t : tables)
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN uid TEXT").arg(t.table);
    statements
        // Giving a row its first global id is no change of what it says: no new version for a save to trip on.
        << QStringLiteral("DROP TRIGGER answers_version") << QStringLiteral("DROP TRIGGER defects_version")
        << QStringLiteral("CREATE TRIGGER answers_version AFTER UPDATE ON answers WHEN NEW.version = OLD.version "
                          "AND OLD.uid IS NOT NULL BEGIN UPDATE answers SET version = OLD.version + 1 WHERE "
                          "review_id = NEW.review_id AND item_id = NEW.item_id; END")
        << QStringLiteral("CREATE TRIGGER defects_version AFTER UPDATE ON defects WHEN NEW.version = OLD.version "
                          "AND OLD.uid IS NOT NULL BEGIN UPDATE defects SET version = OLD.version + 1 WHERE "
                          "id = NEW.id; END")
        // The audit trail stays append-only; for the moment of this step its guard steps aside, so that the records
        // already written get their ids. Afterwards a redaction may not change a record's id either.
        << QStringLiteral("DROP TRIGGER audit_log_no_update");
    for (const Travelling &t : tables)
        statements << QStringLiteral("UPDATE %1 SET uid = %2").arg(t.table, RandomUuid);
    statements << QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (OLD.case_id IS NOT NULL
                      AND OLD.case_id = (SELECT CAST(value AS INTEGER) FROM settings
                                         WHERE key = 'trust.redacting_case')
                      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_name = OLD.user_name
                      AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id
                      AND NEW.case_id = OLD.case_id AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
                      AND NEW.scheme = OLD.scheme AND NEW.content_hash IS OLD.content_hash
                      AND NEW.key_id IS OLD.key_id AND NEW.mac IS OLD.mac AND NEW.uid IS OLD.uid
                      AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND NEW.reason IS NULL
                      AND NEW.state IS NULL AND NEW.redacted = 1)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)");
    for (const Travelling &t : tables) {
        statements << QStringLiteral("CREATE UNIQUE INDEX %1_uid ON %1 (uid)").arg(t.table);
        // Sagstjek writes every id itself; a row inserted by another writer without one gets one here. (An audit
        // record is written only through Sagstjek's chain, which always gives it one.)
        if (!t.key.isEmpty())
            statements << QStringLiteral("CREATE TRIGGER %1_uid AFTER INSERT ON %1 WHEN NEW.uid IS NULL BEGIN "
                                         "UPDATE %1 SET uid = %2 WHERE %3; END")
                              .arg(t.table, RandomUuid, t.key);
    }
    return statements;
}

} // namespace sagstjek::migrations
