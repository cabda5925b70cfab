#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

namespace {

// Grant lines (grundtilskud received and entitled per case and month) and the dated rate table they are priced
// with. Money is in øre, as integers, never floating point. Months are 'YYYY-MM'.
QStringList grantTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE grant_rates (
            target_group TEXT NOT NULL CHECK (target_group IN ('grundtilskud', 'unaccompanied-minor')),
            year INTEGER NOT NULL CHECK (year BETWEEN 1999 AND 2100),
            rate_ore INTEGER NOT NULL CHECK (rate_ore >= 0),
            source TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (target_group, year)))"),
        // Only the rates the domain reference confirms from a listed source (shared/domain/REFERENCE.md § 2):
        // the 2017-2018 rate for refugees and people reunified with them, and the 2024 rates. Every other year
        // is entered by the user (grants rates set YEAR RATE_KR); a month without a rate is reported as such.
        QStringLiteral(R"(INSERT INTO grant_rates (target_group, year, rate_ore, source, updated_by, updated_at) VALUES
            ('grundtilskud', 2017, 396000, 'INL § 45, stk. 4; 2017-2018 rate for refugees and family-reunified', 'sagstjek', '2026-12-01T00:00:00Z'),
            ('grundtilskud', 2018, 396000, 'INL § 45, stk. 4; 2017-2018 rate for refugees and family-reunified', 'sagstjek', '2026-12-01T00:00:00Z'),
            ('grundtilskud', 2024, 312700, 'INL § 45, stk. 4; 2024 rate', 'sagstjek', '2026-12-01T00:00:00Z'),
            ('unaccompanied-minor', 2024, 1039700, 'Unaccompanied minors instead of grundtilskud, 2024', 'sagstjek', '2026-12-01T00:00:00Z'))"),
        QStringLiteral(R"(CREATE TABLE grant_lines (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            month TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
            target_group TEXT NOT NULL DEFAULT 'grundtilskud'
                CHECK (target_group IN ('grundtilskud', 'unaccompanied-minor')),
            received INTEGER NOT NULL CHECK (received IN (0, 1)),
            entitled INTEGER NOT NULL CHECK (entitled IN (0, 1)),
            reason TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, month)))"),
        QStringLiteral("CREATE INDEX grant_lines_month ON grant_lines (month, case_id)"),
    };
}

// Ankestyrelsen's decisions on complaints, for the reversal rate (omgørelsesprocent). The case is optional: a
// decision may be registered from Ankestyrelsen's own list before the case is found.
QStringList complaintTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,
            case_number TEXT NOT NULL DEFAULT '',
            paragraph TEXT NOT NULL CHECK (length(trim(paragraph)) > 0),
            decided TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('upheld', 'changed', 'annulled', 'remitted', 'rejected', 'referred')),
            note TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX complaints_decided ON complaints (decided, paragraph)"),
    };
}

// The action plan (handleplan): plans with an evaluation date, ordered themes, actions with owner, deadline and
// status, and each action's dated status notes (every status change writes one, with who and when). An action may
// name the finding that caused it: a check item's key, a management action rule's id or a round's id, as text.
QStringList actionPlanTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
            evaluation_date TEXT CHECK (evaluation_date IS NULL
                OR evaluation_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE plan_themes (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(title)) > 0),
            UNIQUE (plan_id, title)))"),
        QStringLiteral("CREATE INDEX plan_themes_plan ON plan_themes (plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE plan_actions (
            id INTEGER PRIMARY KEY,
            theme_id INTEGER NOT NULL REFERENCES plan_themes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL CHECK (length(trim(what)) > 0),
            owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
            deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'abandoned')),
            link_kind TEXT CHECK (link_kind IS NULL OR link_kind IN ('item', 'action-rule', 'round')),
            link_value TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((link_kind IS NULL) = (link_value IS NULL))))"),
        QStringLiteral("CREATE INDEX plan_actions_theme ON plan_actions (theme_id, position)"),
        QStringLiteral("CREATE INDEX plan_actions_open ON plan_actions (status, deadline)"),
        QStringLiteral(R"(CREATE TABLE plan_action_notes (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES plan_actions (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'abandoned')),
            note TEXT NOT NULL DEFAULT '',
            written_by TEXT NOT NULL,
            written_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX plan_action_notes_action ON plan_action_notes (action_id, id)"),
    };
}

} // namespace

QStringList reportingStep()
{
    return grantTables() + complaintTables() + actionPlanTables();
}

} // namespace sagstjek::migrations
