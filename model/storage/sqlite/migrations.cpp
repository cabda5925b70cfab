#include "storage/sqlite/migrations.h"

#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/migrationsteps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sagstjek::migrations {

namespace {

// Each step is a list of statements run in one transaction (and, for a step that must compute something SQL
// cannot, a function run after them in the same transaction). Append new steps; never edit a released one.
// Kept to portable SQL where it costs nothing: a PostgreSQL team server is on the roadmap.
struct Step {
    Step(const QStringList &sql, std::function<Status(QSqlDatabase &)> then = {}, const QStringList &last = {})
        : statements(sql)
        , code(std::move(then))
        , after(last)
    {
    }
    QStringList statements;
    std::function<Status(QSqlDatabase &)> code;
    QStringList after; // run after `code`
};

const QList<Step> &steps()
{
    static const QList<Step> all = {
        // 1: cases, their dates and events, templates, reviews, answers, defects, the audit trail.
        QStringList{
            QStringLiteral(R"(CREATE TABLE templates (
                id INTEGER PRIMARY KEY,
                template_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                area TEXT NOT NULL,
                title_da TEXT NOT NULL,
                title_en TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                UNIQUE (template_key, version)))"),
            QStringLiteral("CREATE INDEX templates_area ON templates (area, version)"),
            QStringLiteral(R"(CREATE TABLE cases (
                id INTEGER PRIMARY KEY,
                case_number TEXT NOT NULL COLLATE NOCASE UNIQUE,
                cpr TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL COLLATE NOCASE,
                area TEXT NOT NULL,
                subgroup TEXT NOT NULL DEFAULT '',
                caseworker TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                team TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                review_status TEXT NOT NULL DEFAULT 'not-started'
                    CHECK (review_status IN ('not-started', 'in-progress', 'completed')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            // Sorting and filtering happen in SQL; each sortable column has an index ending in id.
            QStringLiteral("CREATE INDEX cases_name ON cases (name, id)"),
            QStringLiteral("CREATE INDEX cases_area ON cases (area, case_number)"),
            QStringLiteral("CREATE INDEX cases_caseworker ON cases (caseworker, case_number)"),
            QStringLiteral("CREATE INDEX cases_team ON cases (team, case_number)"),
            QStringLiteral("CREATE INDEX cases_status ON cases (review_status, case_number)"),
            QStringLiteral("CREATE INDEX cases_cpr ON cases (cpr)"),
            // Search by part of a name at a million cases needs an index: an FTS5 trigram index over names
            // (SQLite-specific; a PostgreSQL server would use pg_trgm). Triggers keep it in step with cases.
            QStringLiteral("CREATE VIRTUAL TABLE cases_name_search USING fts5(name, content='cases', "
                           "content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER cases_name_search_insert AFTER INSERT ON cases BEGIN "
                           "INSERT INTO cases_name_search (rowid, name) VALUES (new.id, new.name); END"),
            QStringLiteral("CREATE TRIGGER cases_name_search_delete AFTER DELETE ON cases BEGIN "
                           "INSERT INTO cases_name_search (cases_name_search, rowid, name) "
                           "VALUES ('delete', old.id, old.name); END"),
            QStringLiteral("CREATE TRIGGER cases_name_search_update AFTER UPDATE OF name ON cases BEGIN "
                           "INSERT INTO cases_name_search (cases_name_search, rowid, name) "
                           "VALUES ('delete', old.id, old.name); "
                           "INSERT INTO cases_name_search (rowid, name) VALUES (new.id, new.name); END"),
            QStringLiteral(R"(CREATE TABLE case_dates (
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (case_id, field)))"),
            QStringLiteral(R"(CREATE TABLE case_events (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                event_date TEXT NOT NULL,
                form TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                note_written TEXT,
                description TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX case_events_case ON case_events (case_id, kind, event_date)"),
            QStringLiteral(R"(CREATE TABLE reviews (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                template_id INTEGER NOT NULL REFERENCES templates (id),
                round_id INTEGER,
                reviewer TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'in-progress'
                    CHECK (status IN ('in-progress', 'completed', 'approved', 'sent-back', 'reopened')),
                started_at TEXT NOT NULL,
                completed_at TEXT,
                updated_at TEXT NOT NULL))"),
            // One review per case outside rounds; rounds (a later step) allow one per case per round.
            QStringLiteral("CREATE UNIQUE INDEX reviews_case_no_round ON reviews (case_id) WHERE round_id IS NULL"),
            QStringLiteral("CREATE INDEX reviews_case ON reviews (case_id, round_id)"),
            QStringLiteral(R"(CREATE TABLE answers (
                review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
                item_key TEXT NOT NULL,
                answer TEXT CHECK (answer IS NULL OR answer IN ('met', 'not-met', 'na')),
                note TEXT NOT NULL DEFAULT '',
                computed_verdict TEXT,
                computed_explanation TEXT,
                override_reason TEXT,
                answered_by TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                PRIMARY KEY (review_id, item_key)))"),
            QStringLiteral("CREATE INDEX answers_item ON answers (item_key, answer)"),
            QStringLiteral(R"(CREATE TABLE defects (
                id INTEGER PRIMARY KEY,
                review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                item_key TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                severity TEXT NOT NULL DEFAULT 'major' CHECK (severity IN ('critical', 'major', 'minor')),
                owner TEXT NOT NULL DEFAULT '',
                due TEXT,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'remediated', 'verified', 'reopened')),
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (review_id, item_key)))"),
            QStringLiteral("CREATE INDEX defects_case ON defects (case_id)"),
            QStringLiteral("CREATE INDEX defects_owner ON defects (owner, status, due)"),
            QStringLiteral("CREATE INDEX defects_status ON defects (status, due)"),
            // Append-only, hash-chained record of every change (who, when, before, after, why).
            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                case_id INTEGER,
                before_json TEXT,
                after_json TEXT,
                reason TEXT,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX audit_log_case ON audit_log (case_id, id)"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
        },
        // 2: users and roles, the access log, append-only triggers (storage/sqlite/migration_trust.cpp).
        trustStep(),
        // 3: review rounds, samples, approval, defect follow-up, action rules (storage/sqlite/migration_rounds.cpp).
        roundsStep(),
        // 4: a round's review statuses for the case list; cases.review_status only outside rounds
        // (storage/sqlite/migration_reviews.cpp).
        reviewsByRoundStep(),
        // 5: grant lines and rates, complaint decisions, the action plan (storage/sqlite/migration_reporting.cpp).
        reportingStep(),
        // 6: the audit chain's second scheme (every field and the id hashed, content hashed apart so a redaction
        // keeps who/when/what checkable, records sealed with this computer's key, the rows' after-states) and the
        // bridge record that fingerprints the records written before it (storage/sqlite/migration_audit.cpp).
        {auditSchemeStep(), auditlog::writeSchemeRecord},
        // 7: the case dates as one B-tree (WITHOUT ROWID), half the writes of an import (storage/sqlite/
        // migration_scale.cpp).
        scaleStep(),
        // 8: a round can be archived (storage/sqlite/migration_roundarchive.cpp).
        roundArchiveStep(),
        // 9: an index for keyset paging of the defect lists (storage/sqlite/migration_lists.cpp).
        listPagingStep(),
        // 10: item keys stored once, in `items`; answers name their item by id, one B-tree without rowids
        // (storage/sqlite/migration_items.cpp).
        {itemsStep(), itemsStepCode, itemsStepAfter()},
        // 11: answers and defects carry a row version (storage/sqlite/migration_versions.cpp).
        rowVersionsStep(),
        // 12: a team server tells its clients what changed (pgschema.cpp); a file has one writer, nothing to tell.
        QStringList{},
        // 13: rows that travel between databases carry a global id (storage/sqlite/migration_globalids.cpp).
        globalIdsStep(),
        // 14: stored templates are fixed (storage/sqlite/migration_templates.cpp); on a team server the server also
        // chains and seals the audit trail itself (pgschema.cpp).
        fixedTemplatesStep(),
        // 15: a team server's key press costs it half the time (pgschema.cpp); a file's triggers stay as they are.
        QStringList{},
        // 16: a team server starts a case's review in one statement (pgschema.cpp); a file's start is as it was.
        QStringList{},
    };
    return all;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

} // namespace

QMap<QString, QString> expectedTriggers()
{
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\s+TRIGGER\s+(\w+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral(R"(^\s*DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> triggers;
    for (const Step &step : steps())
        for (const QString &statement : step.statements + step.after) {
            if (const auto m = create.match(statement); m.hasMatch())
                triggers.insert(m.captured(1), statement.simplified());
            else if (const auto d = drop.match(statement); d.hasMatch())
                triggers.remove(d.captured(1));
        }
    return triggers;
}

int latestVersion()
{
    return int(steps().size());
}

Status migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return databaseError(tr("Cannot read the schema version: %1").arg(versionQuery.lastError().text()));
    int current = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (current < 0)
        return databaseError(tr("The database has an unknown schema version (%1).").arg(current));
    if (current > latestVersion())
        return databaseError(tr("The database was made by a newer version of Sagstjek (schema %1).").arg(current));

    while (current < target) {
        const Step &step = steps().at(current);
        const int next = current + 1;
        auto applied = inTransaction(db, [&]() -> Status {
            for (const QString &statement : step.statements) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    return databaseError(tr("Migration to schema %1 failed: %2").arg(next).arg(q.lastError().text()));
            }
            if (step.code)
                if (auto done = step.code(db); !done)
                    return databaseError(tr("Migration to schema %1 failed: %2").arg(next).arg(done.error().message));
            for (const QString &statement : step.after) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    return databaseError(tr("Migration to schema %1 failed: %2").arg(next).arg(q.lastError().text()));
            }
            QSqlQuery bump(db);
            // user_version cannot be bound; `next` is an integer we computed.
            if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
                return databaseError(tr("Migration to schema %1 failed: %2").arg(next).arg(bump.lastError().text()));
            return Ok{};
        });
        if (!applied)
            return applied;
        current = next;
    }
    return Ok{};
}

} // namespace sagstjek::migrations
