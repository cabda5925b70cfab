#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

// Step 2: users and roles, the access log, and the triggers that make the audit trail and the access log
// append-only inside the database. See SECURITY.md for what these triggers can and cannot stop.
//
// Two narrow exceptions are opened by a row in `settings`, written and removed inside the one transaction
// that needs it (a trigger cannot know which code runs it, so the flag is the handshake):
// - `trust.purging_before` = an ISO timestamp: the retention purge may delete access-log rows older than it;
// - `trust.redacting_case` = a case id: deleting a case may blank the personal content (before/after/reason)
// of
//   that case's audit records; their hashes and chain links stay, and the chained `case.delete` record lists
//   the redacted record ids, so `audit verify` can tell a redaction from an edit.
QStringList trustStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            display_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL
                CHECK (role IN ('caseworker', 'consultant', 'coordinator', 'leader', 'administrator')),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX users_display_name ON users (display_name COLLATE NOCASE)"),

        // Who opened, searched for, printed, exported or revealed which case, and when. case_id has no
        // foreign key on purpose: the record of who looked at a case outlives the case (retention, not
        // cascade).
        QStringLiteral(R"(CREATE TABLE access_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('open', 'search', 'print', 'export', 'reveal-cpr', 'history',
                                                   'delete', 'extract', 'refused', 'purge')),
            case_id INTEGER,
            case_number TEXT NOT NULL DEFAULT '',
            criterion TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX access_log_case ON access_log (case_id, at)"),
        QStringLiteral("CREATE INDEX access_log_at ON access_log (at)"),
        QStringLiteral("CREATE INDEX access_log_user ON access_log (user_name, at)"),
        QStringLiteral(R"(CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
            BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
            WHEN OLD.at >= coalesce((SELECT value FROM settings WHERE key = 'trust.purging_before'), '')
            BEGIN SELECT RAISE(ABORT, 'the access log is append-only; only the retention purge removes old entries');
            END)"),

        // The audit trail: a redaction mark, the chain head, and append-only triggers.
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)"),
        // The head (record count and last hash) is kept apart from the records: whoever deletes the newest
        // records with another tool must also rewind the head, which its own trigger refuses.
        QStringLiteral(R"(CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            records INTEGER NOT NULL,
            last_id INTEGER NOT NULL,
            last_hash TEXT NOT NULL))"),
        QStringLiteral(R"(INSERT INTO audit_head (id, records, last_id, last_hash)
            SELECT 1, count(*), coalesce(max(id), 0),
                   coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                            '0000000000000000000000000000000000000000000000000000000000000000')
            FROM audit_log)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
            WHEN NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1) OR NEW.redacted <> 0
            BEGIN SELECT RAISE(ABORT, 'an audit record must follow the last one in the chain'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
            BEGIN
                UPDATE audit_head SET records = records + 1, last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_head_guard BEFORE UPDATE ON audit_head
            WHEN NOT (NEW.id = 1 AND NEW.records = OLD.records + 1
                      AND NEW.last_id = (SELECT max(id) FROM audit_log)
                      AND NEW.last_hash = (SELECT hash FROM audit_log WHERE id = NEW.last_id))
            BEGIN SELECT RAISE(ABORT, 'the audit chain head only advances with a new audit record'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
            BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (OLD.case_id IS NOT NULL
                      AND OLD.case_id = (SELECT CAST(value AS INTEGER) FROM settings
                                         WHERE key = 'trust.redacting_case')
                      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_name = OLD.user_name
                      AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id
                      AND NEW.case_id = OLD.case_id AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
                      AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND NEW.reason IS NULL
                      AND NEW.redacted = 1)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    };
}

} // namespace sagstjek::migrations
