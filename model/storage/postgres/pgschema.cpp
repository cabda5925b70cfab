#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgschema_p.h"

#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sagstjek::pgschema {

// (pgschema_p.h)
QString rowDigestSelect(const QString &table, const QString &first, const QString &second)
{
    QStringList values;
    for (const QString &column : auditlog::stateColumns(table))
        values << (table == u"answers" && column == u"item_key" ? QStringLiteral("i.key")
                                                                : QStringLiteral("r.%1::text").arg(column));
    const QString from = table == u"answers"
                             ? QStringLiteral("answers r JOIN items i ON i.id = r.item_id WHERE r.review_id = %1 "
                                              "AND i.key = %2")
                                   .arg(first, second)
                             : QStringLiteral("%1 r WHERE r.id = %2").arg(table, first);
    // One expression rather than a function over an array: with audit_field inlined (STABLE, schema 15) a digest
    // costs a few microseconds instead of some fifty, twice a key press.
    for (QString &value : values)
        value = QStringLiteral("audit_field(%1)").arg(value);
    return QStringLiteral("SELECT left(encode(sha256(convert_to('row;' || %1, 'UTF8')), 'hex'), 32) FROM %2")
        .arg(values.join(QStringLiteral(" || ")), from);
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

QStringList changeNotificationStep()
{
    QStringList statements{QStringLiteral(R"(CREATE FUNCTION notify_change_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('%1', TG_TABLE_NAME);
    RETURN NULL;
END
$$)")
                               .arg(QLatin1String(ChangeChannel))};
    for (const char *table : {"cases", "case_events", "reviews", "answers", "review_approvals", "defects",
                              "defect_events", "rounds", "round_sample", "round_assignments", "round_skipped"})
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION notify_change_fn()")
                          .arg(QLatin1String(table));
    return statements;
}

QStringList globalIdsStep()
{
    // As in a file (storage/sqlite/migration_globalids.cpp). The rows written before get version-4 ids from the
    // default (filled in by the ALTER, which fires no trigger); Sagstjek's own writes give time-ordered ones.
    QStringList statements;
    for (const char *table : {"rounds", "reviews", "answers", "defects", "case_events", "audit_log"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN uid text NOT NULL DEFAULT gen_random_uuid()::text")
                          .arg(QLatin1String(table))
                   << QStringLiteral("CREATE UNIQUE INDEX %1_uid ON %1 (uid)").arg(QLatin1String(table));
    // A redaction may not change a record's global id either (the baseline's guard, with NEW.uid = OLD.uid).
    statements << QStringLiteral(
        R"(CREATE OR REPLACE FUNCTION audit_log_no_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (OLD.case_id IS NOT NULL
            AND OLD.case_id = (SELECT coalesce(substring(value FROM '^[[:space:]]*([+-]?[0-9]{1,18})'), '0')::bigint
                               FROM settings WHERE key = 'trust.redacting_case')
            AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_name = OLD.user_name
            AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id
            AND NEW.case_id = OLD.case_id AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
            AND NEW.scheme = OLD.scheme AND NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash
            AND NEW.key_id IS NOT DISTINCT FROM OLD.key_id AND NEW.mac IS NOT DISTINCT FROM OLD.mac
            AND NEW.uid = OLD.uid
            AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND NEW.reason IS NULL
            AND NEW.state IS NULL AND NEW.redacted = 1) THEN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$)");
    return statements;
}

// A stored cue-card template never changes and is never deleted (a new version is stored beside it), so that a
// template read once can be kept by its id (SqlTemplateRepository::load), as in a file (migration_templates.cpp).
QStringList fixedTemplatesStatements()
{
    return {QStringLiteral(R"(CREATE FUNCTION templates_fixed_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a stored cue-card template is never changed or deleted: store a new version'
        USING ERRCODE = 'integrity_constraint_violation';
END
$$)"),
            QStringLiteral("CREATE TRIGGER templates_fixed BEFORE UPDATE ON templates FOR EACH ROW "
                           "EXECUTE FUNCTION templates_fixed_fn()"),
            QStringLiteral("CREATE TRIGGER templates_kept BEFORE DELETE ON templates FOR EACH ROW "
                           "EXECUTE FUNCTION templates_fixed_fn()")};
}

// The digest of one touched row (audit_touched's t), or "-" when the row is gone.
QString touchedRowDigest(const QString &table)
{
    return QStringLiteral("coalesce((%1), '-')")
        .arg(rowDigestSelect(table, QStringLiteral("t.k1"), QStringLiteral("t.k2")));
}

// audit_field: length-prefixed as auditlog's append(): NULL as "n;", a value as its UTF-8 length, ':' and itself.
// STABLE, as convert_to is: a function declared IMMUTABLE over a STABLE body is not inlined, and called 30 times a key
// press it was a tenth of the server's time (schema 15).
QString auditFieldFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN value IS NULL THEN 'n;' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$)");
}

// The chain trigger (serverSealStep says what it does).
QString chainFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION audit_log_chain_fn() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    taken text;
BEGIN
    -- The rows this connection's unit of work touched since its last record ("-": deleted), and the number of cases;
    -- a unit of work's earlier records say 'later' (sqlaudittrail.cpp), and its last one takes them all.
    IF NEW.state IS DISTINCT FROM 'later' AND to_regclass('pg_temp.audit_touched') IS NOT NULL THEN
        WITH t AS (DELETE FROM pg_temp.audit_touched RETURNING tbl, k1, k2),
        s AS (SELECT 'answers/' || t.k1 || '/' || t.k2 AS k, %1 AS d FROM t WHERE t.tbl = 'answers'
              UNION ALL SELECT 'defects/' || t.k1, %2 FROM t WHERE t.tbl = 'defects'
              UNION ALL SELECT 'reviews/' || t.k1, %3 FROM t WHERE t.tbl = 'reviews'
              UNION ALL SELECT 'cases', (SELECT count(*) FROM cases)::text FROM t WHERE t.tbl = 'cases')
        SELECT '{' || string_agg(to_json(k)::text || ':' || to_json(d)::text, ',' ORDER BY k COLLATE "C") || '}'
            INTO taken FROM s;
    END IF;
    NEW.state := taken;
    NEW.content_hash := encode(sha256(convert_to('content;' || audit_field(NEW.before_json) ||
        audit_field(NEW.after_json) || audit_field(NEW.reason) || audit_field(taken), 'UTF8')), 'hex');
    RETURN sagstjek_audit_seal(NEW);
END
$$)")
        .arg(touchedRowDigest(QStringLiteral("answers")), touchedRowDigest(QStringLiteral("defects")),
             touchedRowDigest(QStringLiteral("reviews")));
}

// The team server chains and seals the audit trail itself (schema 14): a record is one INSERT of what the app says
// (who, what, before, after, why); its trigger takes the row states the connection's unit of work left (from
// audit_touched, as sqlaudittrail.cpp did on the client), hashes its content, and sagstjek_audit_seal
// (serverStatements, as the owner) gives it the next id, the time, the chain hash and the seal of the server's own key.
// The hashes are scheme 2's, so `audit verify` checks them as it checks a file's; only the seal is checked by the
// server, which alone holds its key. One statement a record instead of three, and no client needs the head's hash.
QStringList serverSealStep()
{
    return {auditFieldFunction(), chainFunction()};
}

// An answer's new value changes its counts by the difference: one statement a tally in place of an UPDATE and an
// upsert (schema 15; the tallies are schema-10.sql's). A tally that is missing gets the new answer, as before;
// an answer moved to another review or item (psql) leaves the old one's counts first.
QString tallyUpdateFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION answers_tally_update_fn() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_met int := (NEW.answer IS NOT DISTINCT FROM 'met')::int;
    new_not_met int := (NEW.answer IS NOT DISTINCT FROM 'not-met')::int;
    new_na int := (NEW.answer IS NOT DISTINCT FROM 'na')::int;
    new_unanswered int := (NEW.answer IS NULL)::int;
    old_met int := (OLD.answer IS NOT DISTINCT FROM 'met')::int;
    old_not_met int := (OLD.answer IS NOT DISTINCT FROM 'not-met')::int;
    old_na int := (OLD.answer IS NOT DISTINCT FROM 'na')::int;
    old_unanswered int := (OLD.answer IS NULL)::int;
BEGIN
    IF NEW.review_id IS DISTINCT FROM OLD.review_id OR NEW.item_id IS DISTINCT FROM OLD.item_id THEN
        UPDATE item_tallies SET met = met - old_met, not_met = not_met - old_not_met, na = na - old_na,
            unanswered = unanswered - old_unanswered
        WHERE item_key = (SELECT key FROM items WHERE id = OLD.item_id)
          AND round_key = (SELECT coalesce(round_id, 0) FROM reviews WHERE id = OLD.review_id);
        UPDATE review_tallies SET met = met - old_met, not_met = not_met - old_not_met, na = na - old_na,
            unanswered = unanswered - old_unanswered
        WHERE review_id = OLD.review_id;
        old_met := 0;
        old_not_met := 0;
        old_na := 0;
        old_unanswered := 0;
    END IF;
    UPDATE item_tallies SET met = met + new_met - old_met, not_met = not_met + new_not_met - old_not_met,
        na = na + new_na - old_na, unanswered = unanswered + new_unanswered - old_unanswered
    WHERE item_key = (SELECT key FROM items WHERE id = NEW.item_id)
      AND round_key = (SELECT coalesce(round_id, 0) FROM reviews WHERE id = NEW.review_id);
    IF NOT FOUND THEN
        INSERT INTO item_tallies (round_key, item_key, met, not_met, na, unanswered)
        SELECT coalesce(r.round_id, 0), i.key, new_met, new_not_met, new_na, new_unanswered
        FROM reviews r, items i WHERE r.id = NEW.review_id AND i.id = NEW.item_id
        ON CONFLICT (round_key, item_key) DO UPDATE SET met = item_tallies.met + excluded.met,
            not_met = item_tallies.not_met + excluded.not_met, na = item_tallies.na + excluded.na,
            unanswered = item_tallies.unanswered + excluded.unanswered;
    END IF;
    UPDATE review_tallies SET met = met + new_met - old_met, not_met = not_met + new_not_met - old_not_met,
        na = na + new_na - old_na, unanswered = unanswered + new_unanswered - old_unanswered
    WHERE review_id = NEW.review_id;
    IF NOT FOUND THEN
        INSERT INTO review_tallies (review_id, met, not_met, na, unanswered)
        VALUES (NEW.review_id, new_met, new_not_met, new_na, new_unanswered)
        ON CONFLICT (review_id) DO UPDATE SET met = review_tallies.met + excluded.met,
            not_met = review_tallies.not_met + excluded.not_met, na = review_tallies.na + excluded.na,
            unanswered = review_tallies.unanswered + excluded.unanswered;
    END IF;
    RETURN NULL;
END
$$)");
}

// Notes the rows a unit of work touched, for its next audit record (schema-10.sql's, sqlaudittrail.cpp reads them). An
// update that keeps the row's key is noted once, not as its old and its new row (schema 15).
QString touchFunction()
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION audit_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.audit_touched') IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'answers' THEN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.review_id <> NEW.review_id OR OLD.item_id <> NEW.item_id))
        THEN
            INSERT INTO pg_temp.audit_touched
                VALUES ('answers', OLD.review_id, (SELECT key FROM items WHERE id = OLD.item_id))
                ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO pg_temp.audit_touched
                VALUES ('answers', NEW.review_id, (SELECT key FROM items WHERE id = NEW.item_id))
                ON CONFLICT DO NOTHING;
        END IF;
    ELSE
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
            INSERT INTO pg_temp.audit_touched VALUES (TG_TABLE_NAME, OLD.id, '') ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO pg_temp.audit_touched VALUES (TG_TABLE_NAME, NEW.id, '') ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    RETURN NULL;
END
$$)");
}

// The steps after the baseline, each a list of statements: step i brings the schema to BaselineVersion + i + 1.
// Append one whenever SQLite's migrations get one (tst_pgserver compares the two versions).
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 11: answers and defects carry a row version, as in a file (storage/sqlite/migration_versions.cpp); the
        // trigger counts it up for a writer that did not, psql too.
        {QStringLiteral("ALTER TABLE answers ADD COLUMN version integer NOT NULL DEFAULT 1"),
         QStringLiteral("ALTER TABLE defects ADD COLUMN version integer NOT NULL DEFAULT 1"),
         QStringLiteral(R"(CREATE FUNCTION row_version_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$)"),
         QStringLiteral("CREATE TRIGGER answers_version BEFORE UPDATE ON answers FOR EACH ROW "
                        "EXECUTE FUNCTION row_version_fn()"),
         QStringLiteral("CREATE TRIGGER defects_version BEFORE UPDATE ON defects FOR EACH ROW "
                        "EXECUTE FUNCTION row_version_fn()")},
        // 12: each committed write to a table the views show is announced on ChangeChannel with the table's name
        // (the server sends a transaction's identical notifications once), so that colleagues' windows refresh.
        changeNotificationStep(),
        // 13: rows that travel between databases carry a global id.
        globalIdsStep(),
        // 14: stored templates are fixed; the server chains and seals the audit trail itself.
        fixedTemplatesStatements() + serverSealStep(),
        // 15: a key press costs the server less: the audit digests inline, an answer's tallies moved by their
        // difference, an updated row noted once (a file: nothing to change).
        {auditFieldFunction(), chainFunction(), QStringLiteral("DROP FUNCTION IF EXISTS audit_row_digest(text[])"),
         tallyUpdateFunction(), touchFunction()},
        // 16: a case's review starts in one statement (a file: nothing to change).
        {startReviewFunction()},
    };
    return all;
}

QString baselineScript()
{
    QFile file(QStringLiteral(":/postgres/schema-10.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int latestVersion()
{
    return BaselineVersion + int(steps().size());
}

QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--"))))
            continue;
        current += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<int> installedVersion(QSqlDatabase &db)
{
    auto table = sql::scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!table)
        return table.error();
    if (!table->toBool())
        return 0;
    auto version = sql::scalar(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (!version)
        return version.error();
    return version->isValid() ? version->toInt() : 0;
}

Result<int> migrate(QSqlDatabase &db, bool create)
{
    int before = 0;
    auto migrated = inTransaction(db, [&]() -> Status {
        // One schema change at a time: a second `server init` or `server upgrade` waits here, then finds it done.
        if (auto locked = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(5347545301)")); !locked)
            return locked.error();
        auto installed = installedVersion(db);
        if (!installed)
            return installed.error();
        before = installed.value();
        if (before > latestVersion())
            return databaseError(tr("The team server's database was made by a newer version of Sagstjek (schema %1); "
                                    "this version knows schema %2. Update Sagstjek.")
                                     .arg(before)
                                     .arg(latestVersion()));
        QList<QStringList> pending;
        if (before == 0 && !create) {
            return databaseError(tr("The database has no Sagstjek schema to upgrade: set it up with \"server "
                                    "init\"."));
        } else if (before == 0) {
            const QStringList baseline = statementsOf(baselineScript());
            if (baseline.isEmpty())
                return databaseError(tr("The team server's schema is missing from this build."));
            pending << baseline;
        } else if (before < BaselineVersion) {
            return databaseError(tr("The team server's database has schema %1, older than any this version can "
                                    "upgrade.")
                                     .arg(before));
        }
        pending << steps().mid(qMax(before, BaselineVersion) - BaselineVersion);
        for (const QStringList &step : std::as_const(pending))
            for (const QString &statement : step)
                if (auto ran = sql::run(db, statement); !ran)
                    return databaseError(tr("Setting up the team server's schema failed: %1").arg(ran.error().message));
        if (auto stored = sql::run(db,
                                   QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, ?) "
                                                  "ON CONFLICT (id) DO UPDATE SET version = excluded.version"),
                                   {latestVersion()});
            !stored)
            return stored.error();
        return Ok{};
    });
    if (!migrated)
        return migrated.error();
    return before;
}

// What the users' role may do (run by setUp, as the database's owner, who owns every table). The audit trail and the
// access log take new rows only; the audit chain's head is moved by its trigger, which runs as the owner; the schema
// version is read only. Identifiers are quoted by the server (format %I), never pasted from input.
const QStringList &serverStatements()
{
    static const QStringList statements = {
        QStringLiteral(R"(DO $$
DECLARE
    part text;
BEGIN
    -- _users may work in the database; _staff see every case, _caseworkers the cases that are theirs (a login is in
    -- one of the two, kept in step with its user by sagstjek_login_sync).
    FOR part IN SELECT unnest(ARRAY['_users', '_staff', '_caseworkers']) LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || part) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', current_database() || part);
        END IF;
    END LOOP;
END
$$)"),
        QStringLiteral(R"(DO $$
DECLARE
    users text := quote_ident(current_database() || '_users');
    here text := quote_ident(current_schema());
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %s', current_database(), users);
    EXECUTE format('REVOKE CREATE ON SCHEMA %s FROM PUBLIC', here);
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO %s', here, users);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %s FROM PUBLIC, %s', here, users);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s TO %s', here, users);
    -- (The head is locked and moved by the server's own functions as the owner: schema 14.)
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON schema_version, audit_head FROM %s', users);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log, access_log FROM %s', users);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %s TO %s', here, users);
END
$$)"),
        // The users' logins (PostgresDatabase::addServerLogin, syncServerLogin). They run with the caller's rights:
        // only a login that may create roles (the database's owner) adds users or changes what they may. The password
        // arrives as a SCRAM verifier. Memberships are granted or revoked only when they change (no notices).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_login_sync(login text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    user_role text;
    part text COLLATE "C"; -- not the caller's (a users.name passed in is nocase)
    wanted boolean;
    member boolean;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login COLLATE "C") THEN
        RETURN; -- a user without a login of their own (the server's owner names them in files it imports)
    END IF;
    SELECT role INTO user_role FROM users WHERE name = login COLLATE nocase AND active = 1;
    FOR part, wanted IN SELECT * FROM (VALUES ('_users', user_role IS NOT NULL),
                                              ('_staff', coalesce(user_role <> 'caseworker', false)),
                                              ('_caseworkers', coalesce(user_role = 'caseworker', false))) AS v LOOP
        SELECT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles u ON u.oid = m.member
                       WHERE g.rolname = current_database() || part AND u.rolname = login COLLATE "C") INTO member;
        IF wanted AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', current_database() || part, login);
        ELSIF member AND NOT wanted THEN
            EXECUTE format('REVOKE %I FROM %I', current_database() || part, login);
        END IF;
    END LOOP;
END
$$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_login_add(login text, verifier text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    created boolean := false;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login COLLATE "C") THEN
        IF verifier IS NULL OR verifier = '' THEN
            RAISE EXCEPTION 'a new login needs a password';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
        created := true;
    END IF;
    PERFORM sagstjek_login_sync(login);
    RETURN created;
END
$$)"),
        QStringLiteral("DROP FUNCTION IF EXISTS sagstjek_login_set_active(text, boolean)"),
        QStringLiteral("REVOKE ALL ON FUNCTION sagstjek_login_add(text, text), sagstjek_login_sync(text) FROM PUBLIC"),
        // Logins made before their roles were split (or changed by hand) get the memberships their users have now.
        QStringLiteral("DO $$ BEGIN PERFORM sagstjek_login_sync(name) FROM users; END $$"),
        // Who acted is the login, also for a client other than Sagstjek's: a login writes the audit trail and the
        // access log only in its own name. The database's owner (and a superuser) may write in anyone's, as moving
        // a file's history onto the server does.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_acts_as_login_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.user_name IS DISTINCT FROM current_user::text AND NOT pg_has_role(current_user,
            (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        RAISE EXCEPTION 'the login % writes only in its own name, not as %', current_user, NEW.user_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$)"),
        QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_acts_as_login BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION sagstjek_acts_as_login_fn()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER access_log_acts_as_login BEFORE INSERT ON access_log FOR EACH ROW "
                       "EXECUTE FUNCTION sagstjek_acts_as_login_fn()"),
        // Row-level security: a caseworker's login (a member of _caseworkers) sees the cases that name them as
        // caseworker (login or display name) and those assigned to them in an active round, with those cases' dates,
        // events, reviews, answers, defects, grant lines and complaints; the other roles (_staff) see all; a login in
        // neither sees none. Also from psql. The owner (and a superuser) is not bound by it. Staff's policy is `true`
        // so that their searches keep their indexes (a non-leakproof LIKE may not run before a policy's condition).
        // The caseworker's names are read once per statement (an uncorrelated sub-select), not once per row.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_caseworker_names() RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(n), '{}') FROM (
        SELECT name AS n FROM users WHERE name = current_user::text COLLATE nocase AND active = 1 AND role = 'caseworker'
        UNION SELECT display_name FROM users
            WHERE name = current_user::text COLLATE nocase AND active = 1 AND role = 'caseworker' AND display_name <> '') AS names
$$)"),
        QStringLiteral(R"(DO $$
DECLARE
    protected record;
BEGIN
    FOR protected IN SELECT * FROM (VALUES
            ('cases', '(caseworker COLLATE nocase) = ANY (CAST((SELECT sagstjek_caseworker_names()) AS text[])) '
                      'OR id IN (SELECT a.case_id FROM round_assignments a JOIN rounds r ON r.id = a.round_id '
                      'WHERE r.status = ''active'' AND (a.reviewer COLLATE nocase) = '
                      'ANY (CAST((SELECT sagstjek_caseworker_names()) AS text[])))'),
            ('case_dates', 'case_id IN (SELECT id FROM cases)'),
            ('case_events', 'case_id IN (SELECT id FROM cases)'),
            ('reviews', 'case_id IN (SELECT id FROM cases)'),
            ('defects', 'case_id IN (SELECT id FROM cases)'),
            ('grant_lines', 'case_id IN (SELECT id FROM cases)'),
            ('complaints', 'case_id IS NULL OR case_id IN (SELECT id FROM cases)'),
            ('answers', 'review_id IN (SELECT id FROM reviews)'),
            ('review_approvals', 'review_id IN (SELECT id FROM reviews)')) AS t(name, rows_seen) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', protected.name);
        EXECUTE format('DROP POLICY IF EXISTS seen_by_login ON %I', protected.name);
        EXECUTE format('DROP POLICY IF EXISTS seen_by_staff ON %I', protected.name);
        EXECUTE format('DROP POLICY IF EXISTS seen_by_caseworker ON %I', protected.name);
        EXECUTE format('CREATE POLICY seen_by_staff ON %I TO %I USING (true)', protected.name,
                       current_database() || '_staff');
        EXECUTE format('CREATE POLICY seen_by_caseworker ON %I TO %I USING (%s)', protected.name,
                       current_database() || '_caseworkers', protected.rows_seen);
    END LOOP;
END
$$)"),
        QStringLiteral("DROP FUNCTION IF EXISTS sagstjek_sees_every_case()"),
        // Four eyes, kept by the server too: only a coordinator or a leader decides on a review (the reviewer may
        // reopen their own) and never on their own; only a coordinator or a leader verifies a remediation, never
        // their own; and each is done in the login's own name.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_four_eyes_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    acting text;
    acting_role text;
    done_by text;
BEGIN
    IF TG_TABLE_NAME = 'review_approvals' THEN
        acting := NEW.user_name;
        SELECT reviewer INTO done_by FROM reviews WHERE id = NEW.review_id;
    ELSIF NEW.status = 'verified' AND OLD.status IS DISTINCT FROM 'verified' THEN
        acting := NEW.verified_by;
        done_by := NEW.remediated_by;
        IF acting IS DISTINCT FROM current_user::text AND NOT pg_has_role(current_user,
                (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
            RAISE EXCEPTION 'the login % verifies only in its own name, not as %', current_user, acting
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        RETURN NEW;
    END IF;
    SELECT role INTO acting_role FROM users WHERE name = acting AND active = 1;
    IF lower(trim(acting)) = lower(trim(coalesce(done_by, ''))) THEN
        IF TG_TABLE_NAME = 'review_approvals' AND NEW.action = 'reopened' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '% cannot approve or verify their own work (four eyes)', acting
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- (A database without users yet lets whoever works act, as the app does: AccessPolicy's bootstrap.)
    IF (acting_role IS NULL OR acting_role NOT IN ('coordinator', 'leader')) AND EXISTS (SELECT FROM users) THEN
        RAISE EXCEPTION '% is not an active coordinator or leader: only they approve reviews and verify remediations',
            acting USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$)"),
        QStringLiteral("CREATE OR REPLACE TRIGGER review_approvals_four_eyes BEFORE INSERT ON review_approvals "
                       "FOR EACH ROW EXECUTE FUNCTION sagstjek_four_eyes_fn()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER review_approvals_acts_as_login BEFORE INSERT ON review_approvals "
                       "FOR EACH ROW EXECUTE FUNCTION sagstjek_acts_as_login_fn()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER defects_four_eyes BEFORE UPDATE ON defects "
                       "FOR EACH ROW EXECUTE FUNCTION sagstjek_four_eyes_fn()"),
        // The server's audit key (schema 14): 32 random bytes in a schema of its own that only the owner may use, so
        // that no login reads it and no copy between databases (tablecopy) carries it; a backup carries it only when
        // its login may read it (pgbackup). A server without one (a login's dump restored) gets a new one here;
        // records sealed with the old one then count as sealed with a key the server does not have. HMAC from
        // pgcrypto, installed beside pg_trgm.
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS sagstjek_seal"),
        QStringLiteral("REVOKE ALL ON SCHEMA sagstjek_seal FROM PUBLIC"),
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgcrypto"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sagstjek_seal.audit_key (id integer PRIMARY KEY CHECK (id = 1), "
                       "key_id text NOT NULL, key bytea NOT NULL)"),
        QStringLiteral("REVOKE ALL ON sagstjek_seal.audit_key FROM PUBLIC"),
        QStringLiteral(R"(DO $$
DECLARE
    crypto text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto');
BEGIN
    EXECUTE format('INSERT INTO sagstjek_seal.audit_key (id, key_id, key) VALUES (1, %L, %s.gen_random_bytes(32)) '
                   'ON CONFLICT (id) DO NOTHING', 'server:' || gen_random_uuid()::text, crypto);
END
$$)"),
        // Gives the record `r` its place in the chain (the head locked until the transaction ends, as the app did)
        // and its seal. Only while a record is written (from audit_log_chain_fn): called alone it would seal
        // whatever it is given.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_audit_seal(r audit_log) RETURNS audit_log
LANGUAGE plpgsql AS $$
DECLARE
    head record;
    sealing record;
BEGIN
    IF pg_trigger_depth() = 0 THEN
        RAISE EXCEPTION 'an audit record is sealed only as it is written' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT key_id, key INTO sealing FROM sagstjek_seal.audit_key WHERE id = 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the team server has no audit key: its owner runs "sagstjek-cli server upgrade"'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT last_id, last_hash INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain head is missing' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    r.id := head.last_id + 1;
    r.prev_hash := head.last_hash;
    r.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    r.scheme := 2;
    r.redacted := 0;
    r.key_id := sealing.key_id;
    r.hash := encode(sha256(convert_to('2;' || audit_field(r.prev_hash) || audit_field(r.id::text) ||
        audit_field(r.at) || audit_field(r.user_name) || audit_field(r.action) || audit_field(r.entity) ||
        audit_field(r.entity_id) || audit_field(r.case_id::text) || audit_field(r.key_id) ||
        audit_field(r.content_hash), 'UTF8')), 'hex');
    r.mac := encode(hmac(convert_to(r.hash, 'UTF8'), sealing.key, 'sha256'), 'hex');
    RETURN r;
END
$$)"),
        // For `audit verify`: the server's key id, and the first record that names it but whose seal does not match.
        // (NULL and none on a server whose key is not there yet: a dump restored before `server upgrade`.)
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_audit_key_id() RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF to_regclass('sagstjek_seal.audit_key') IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT key_id FROM sagstjek_seal.audit_key WHERE id = 1);
END
$$)"),
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION sagstjek_audit_first_bad_seal() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF to_regclass('sagstjek_seal.audit_key') IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT min(l.id) FROM audit_log l, sagstjek_seal.audit_key k
            WHERE k.id = 1 AND l.key_id = k.key_id
              AND l.mac IS DISTINCT FROM encode(hmac(convert_to(l.hash, 'UTF8'), k.key, 'sha256'), 'hex'));
END
$$)"),
        QStringLiteral(R"(DO $$
DECLARE
    path text := format('%I, %s, pg_temp', current_schema(),
                        (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto'));
BEGIN
    EXECUTE format('ALTER FUNCTION sagstjek_audit_seal(audit_log) SECURITY DEFINER SET search_path = %s', path);
    EXECUTE format('ALTER FUNCTION sagstjek_audit_key_id() SECURITY DEFINER SET search_path = %s', path);
    EXECUTE format('ALTER FUNCTION sagstjek_audit_first_bad_seal() SECURITY DEFINER SET search_path = %s', path);
    -- The trigger runs as the login (it reads the login's own audit_touched), with the schema's functions only.
    EXECUTE format('ALTER FUNCTION audit_log_chain_fn() SET search_path = %I, pg_temp', current_schema());
END
$$)"),
        writeItemFunction(),
        writeRecordsFunction(),
        QStringLiteral(R"(DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION sagstjek_write_item SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION sagstjek_write_records SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION sagstjek_start_review SET search_path = %I, pg_temp', current_schema());
END
$$)"),
        // The head advances as the owner: the users' role cannot write it at all.
        QStringLiteral(R"(DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION audit_log_advance_head_fn() SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
END
$$)"),
        // The access log's retention purge runs as a role of its own, _maintenance, which may delete from the access
        // log and nothing else; the users' role may not delete from it at all. Only an active administrator's login
        // calls it, never for entries younger than the minimum retention (6 months by the server's clock, less a day
        // for clocks that differ). It says
        // in the server's log who purged what; the app records the purge in the access log and the audit trail in
        // the same transaction.
        QStringLiteral(R"(DO $$
DECLARE
    maintenance text := current_database() || '_maintenance';
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = maintenance) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', maintenance);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), maintenance);
    EXECUTE format('GRANT SELECT, DELETE ON access_log TO %I', maintenance);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON settings TO %I', maintenance);
    EXECUTE format('GRANT SELECT ON users TO %I', maintenance);
    -- To hand the function to the role, its owner must be able to act as it.
    IF NOT pg_has_role(current_user, maintenance, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', maintenance, current_user);
    END IF;
END
$$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION sagstjek_purge_access_log(before text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    removed integer;
BEGIN
    -- The database's owner (and a superuser) may anyway: it can do anything to the data.
    IF NOT EXISTS (SELECT FROM users WHERE name = session_user::text COLLATE nocase AND active = 1
                   AND role = 'administrator')
       AND NOT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                           'MEMBER') THEN
        RAISE EXCEPTION 'only an active administrator purges the access log, not %', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A day of leeway for a client whose clock is ahead of the server's.
    IF before COLLATE "C" > to_char(now() AT TIME ZONE 'UTC' - interval '6 months' + interval '1 day',
                                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') THEN
        RAISE EXCEPTION 'the access log is kept for at least 6 months: entries after % stay', before
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The delete trigger lets through only entries older than this flag, which never outlives the transaction.
    INSERT INTO settings (key, value) VALUES ('trust.purging_before', before)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    DELETE FROM access_log WHERE at COLLATE "C" < before;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM settings WHERE key = 'trust.purging_before';
    RAISE LOG 'sagstjek: % purged % access-log entries older than % (as %)', session_user, removed, before,
        current_user;
    RETURN removed;
END
$$)"),
        QStringLiteral(R"(DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION sagstjek_purge_access_log(text) SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION sagstjek_purge_access_log(text) OWNER TO %I', current_database() || '_maintenance');
    REVOKE ALL ON FUNCTION sagstjek_purge_access_log(text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION sagstjek_purge_access_log(text) TO %I', current_database() || '_users');
END
$$)"),
    };
    return statements;
}

QMap<QString, QString> expectedTriggers()
{
    static const QRegularExpression function(
        QStringLiteral(R"(^CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\(.*?\$\$(.*)\$\$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression trigger(
        QStringLiteral(
            R"(^CREATE\s+(?:OR\s+REPLACE\s+)?TRIGGER\s+(\w+)\s.*EXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(\w+)\s*\()"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> bodies;
    QMap<QString, QString> triggers;
    QList<QStringList> all{statementsOf(baselineScript())};
    all << steps() << serverStatements();
    for (const QStringList &step : std::as_const(all))
        for (const QString &statement : step) {
            if (const auto f = function.match(statement); f.hasMatch())
                bodies.insert(f.captured(1).toLower(), f.captured(2).simplified());
            else if (const auto t = trigger.match(statement); t.hasMatch())
                triggers.insert(t.captured(1), t.captured(2).toLower());
        }
    for (auto it = triggers.begin(); it != triggers.end(); ++it)
        it.value() = bodies.value(it.value());
    return triggers;
}

} // namespace sagstjek::pgschema
