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
// decision may be registered from Ankestyrelsen's own list before the case is found, and an unknown case number
// is kept as text. `paragraph` is the display form ("SEL § 96"), `paragraph_key` the grouping key the service
// computes ("sel§96"), so that counting per paragraph is a GROUP BY. A decision with a case number is unique by
// its natural key (case number, paragraph, date, outcome): importing the same file again adds nothing.
QStringList complaintTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,
            case_number TEXT NOT NULL DEFAULT '',
            paragraph TEXT NOT NULL CHECK (length(trim(paragraph)) > 0),
            paragraph_key TEXT NOT NULL CHECK (length(paragraph_key) > 0),
            decided TEXT NOT NULL CHECK (decided GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            outcome TEXT NOT NULL
                CHECK (outcome IN ('upheld', 'changed', 'annulled', 'remitted', 'rejected', 'referred')),
            note TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX complaints_decided ON complaints (decided, paragraph_key)"),
        QStringLiteral("CREATE INDEX complaints_case ON complaints (case_id)"),
        QStringLiteral(R"(CREATE UNIQUE INDEX complaints_natural_key
            ON complaints (case_number COLLATE NOCASE, paragraph_key, decided, outcome) WHERE case_number <> '')"),
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

// Answer counts kept up to date by triggers, so a round's figures read a row per review and a row per item
// instead of every answer: at 100,000 reviewed cases the report (and the dashboard behind it) reads 100,000 rows,
// not 2,000,000. The counts are over every answer row, whatever the review's status; the statistics subtract the
// few reviews that do not count (in progress, sent back, follow-up cases of a sample).
QStringList answerTallies()
{
    // One-hot columns of an answer value: met, not met, not applicable, no answer.
    const auto oneHot = [](const QString &row) {
        return QStringLiteral("%1.answer IS 'met', %1.answer IS 'not-met', %1.answer IS 'na', %1.answer IS NULL")
            .arg(row);
    };
    const QString addItem = QStringLiteral(
        "INSERT INTO item_tallies (round_key, item_key, met, not_met, na, unanswered) "
        "SELECT coalesce(r.round_id, 0), NEW.item_key, %1 FROM reviews r WHERE r.id = NEW.review_id "
        "ON CONFLICT (round_key, item_key) DO UPDATE SET met = met + excluded.met, "
        "not_met = not_met + excluded.not_met, na = na + excluded.na, unanswered = unanswered + excluded.unanswered;");
    const QString addReview = QStringLiteral(
        "INSERT INTO review_tallies (review_id, met, not_met, na, unanswered) VALUES (NEW.review_id, %1) "
        "ON CONFLICT (review_id) DO UPDATE SET met = met + excluded.met, not_met = not_met + excluded.not_met, "
        "na = na + excluded.na, unanswered = unanswered + excluded.unanswered;");
    // Subtracting an answer row; a row whose review is being deleted matches nothing (the review's own trigger
    // took its answers out before).
    const QString subtractItem = QStringLiteral(
        "UPDATE item_tallies SET met = met - (OLD.answer IS 'met'), not_met = not_met - (OLD.answer IS 'not-met'), "
        "na = na - (OLD.answer IS 'na'), unanswered = unanswered - (OLD.answer IS NULL) "
        "WHERE item_key = OLD.item_key AND round_key = (SELECT coalesce(round_id, 0) FROM reviews WHERE id = "
        "OLD.review_id);");
    const QString subtractReview = QStringLiteral(
        "UPDATE review_tallies SET met = met - (OLD.answer IS 'met'), not_met = not_met - (OLD.answer IS 'not-met'), "
        "na = na - (OLD.answer IS 'na'), unanswered = unanswered - (OLD.answer IS NULL) "
        "WHERE review_id = OLD.review_id;");
    return {
        QStringLiteral(R"(CREATE TABLE item_tallies (
            round_key INTEGER NOT NULL, -- the round; 0 outside rounds
            item_key TEXT NOT NULL,
            met INTEGER NOT NULL,
            not_met INTEGER NOT NULL,
            na INTEGER NOT NULL,
            unanswered INTEGER NOT NULL,
            PRIMARY KEY (round_key, item_key)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_tallies (
            review_id INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
            met INTEGER NOT NULL,
            not_met INTEGER NOT NULL,
            na INTEGER NOT NULL,
            unanswered INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO item_tallies SELECT coalesce(r.round_id, 0), a.item_key, sum(a.answer IS 'met'), "
                       "sum(a.answer IS 'not-met'), sum(a.answer IS 'na'), sum(a.answer IS NULL) "
                       "FROM answers a JOIN reviews r ON r.id = a.review_id GROUP BY 1, 2"),
        QStringLiteral("INSERT INTO review_tallies SELECT a.review_id, sum(a.answer IS 'met'), "
                       "sum(a.answer IS 'not-met'), sum(a.answer IS 'na'), sum(a.answer IS NULL) "
                       "FROM answers a GROUP BY a.review_id"),
        QStringLiteral("CREATE TRIGGER answers_tally_insert AFTER INSERT ON answers BEGIN %1 %2 END")
            .arg(addItem.arg(oneHot(QStringLiteral("NEW"))), addReview.arg(oneHot(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER answers_tally_update AFTER UPDATE OF answer ON answers "
                       "WHEN OLD.answer IS NOT NEW.answer BEGIN %1 %2 %3 %4 END")
            .arg(subtractItem, subtractReview, addItem.arg(oneHot(QStringLiteral("NEW"))),
                 addReview.arg(oneHot(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER answers_tally_delete AFTER DELETE ON answers BEGIN %1 %2 END")
            .arg(subtractItem, subtractReview),
        // Before the review goes (and its answers with it, by cascade), take its answers out of the item counts.
        QStringLiteral("CREATE TRIGGER reviews_tally_delete BEFORE DELETE ON reviews BEGIN "
                       "UPDATE item_tallies SET "
                       "met = met - (SELECT count(*) FROM answers a WHERE a.review_id = OLD.id AND a.item_key = "
                       "item_tallies.item_key AND a.answer IS 'met'), "
                       "not_met = not_met - (SELECT count(*) FROM answers a WHERE a.review_id = OLD.id AND a.item_key "
                       "= item_tallies.item_key AND a.answer IS 'not-met'), "
                       "na = na - (SELECT count(*) FROM answers a WHERE a.review_id = OLD.id AND a.item_key = "
                       "item_tallies.item_key AND a.answer IS 'na'), "
                       "unanswered = unanswered - (SELECT count(*) FROM answers a WHERE a.review_id = OLD.id AND "
                       "a.item_key = item_tallies.item_key AND a.answer IS NULL) "
                       "WHERE round_key = coalesce(OLD.round_id, 0) AND item_key IN (SELECT item_key FROM answers "
                       "WHERE review_id = OLD.id); "
                       "END"),
        // A review never moves between rounds; if one ever did, its counts would be in the wrong round.
        QStringLiteral(
            "CREATE TRIGGER reviews_round_fixed BEFORE UPDATE OF round_id ON reviews "
            "WHEN OLD.round_id IS NOT NEW.round_id BEGIN SELECT RAISE(ABORT, 'a review stays in its round'); END"),
    };
}

} // namespace

QStringList reportingStep()
{
    return grantTables() + complaintTables() + actionPlanTables() + answerTallies();
}

} // namespace sagstjek::migrations
