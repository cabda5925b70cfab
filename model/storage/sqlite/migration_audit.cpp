#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

// Step 6: the audit chain's second scheme (storage/sql/sqlaudittrail.cpp, auditchain.cpp; SECURITY.md).
// - `id` is given by the writer (the head's last id + 1) and hashed with every other field and the key id;
// - `content_hash` is the hash of before, after, reason and state, so a redaction can erase the content and the
//   record's who/when/what stay checkable against its hash;
// - `state` lists the after-state digests of the answers, defects and reviews rows (and the number of cases) the
//   change touched, so `audit verify` can compare the trail with the rows as they are now;
// - `key_id` and `mac` seal the record's hash with this computer's key (HMAC-SHA-256, libsodium), so a record
//   forged or rewritten without the key is caught where the key is;
// - `audit.database_id` names the database for the checkpoints kept outside the file, and is chained in the
//   step's own record ("audit.scheme"), written after these statements by auditlog::writeSchemeRecord, which
//   also fingerprints every record written before (scheme 1) so their ids and who/when/what are fixed too.
QStringList auditSchemeStep()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN content_hash TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN state TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN key_id TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac TEXT"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('audit.database_id', lower(hex(randomblob(16))))"),
        QStringLiteral(R"(CREATE TRIGGER settings_database_id_fixed BEFORE UPDATE ON settings
            WHEN OLD.key = 'audit.database_id'
            BEGIN SELECT RAISE(ABORT, 'the database id cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER settings_database_id_kept BEFORE DELETE ON settings
            WHEN OLD.key = 'audit.database_id'
            BEGIN SELECT RAISE(ABORT, 'the database id cannot be changed'); END)"),
        QStringLiteral("DROP TRIGGER audit_log_chain"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
            WHEN NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1) OR NEW.redacted <> 0
                 OR NEW.scheme IS NOT 2 OR NEW.id IS NOT (SELECT last_id + 1 FROM audit_head WHERE id = 1)
                 OR NEW.content_hash IS NULL OR NEW.key_id IS NULL OR NEW.mac IS NULL
            BEGIN SELECT RAISE(ABORT, 'an audit record must follow the last one in the chain'); END)"),
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (OLD.case_id IS NOT NULL
                      AND OLD.case_id = (SELECT CAST(value AS INTEGER) FROM settings
                                         WHERE key = 'trust.redacting_case')
                      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_name = OLD.user_name
                      AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id
                      AND NEW.case_id = OLD.case_id AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
                      AND NEW.scheme = OLD.scheme AND NEW.content_hash IS OLD.content_hash
                      AND NEW.key_id IS OLD.key_id AND NEW.mac IS OLD.mac
                      AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND NEW.reason IS NULL
                      AND NEW.state IS NULL AND NEW.redacted = 1)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    };
}

} // namespace sagstjek::migrations
