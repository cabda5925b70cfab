#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

// Review rounds (walkthrough, sample, supervision, self-check), the frozen population and the drawn sample in
// drawing order, assignments, four-eyes approval records, defect follow-up (remediation and verification) and
// management action rules with the actions they triggered. Users are named, not referenced: the trust step
// owns the user list, and a review or defect keeps the name it was made under.
QStringList roundsStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('walkthrough', 'sample', 'supervision', 'self-check')),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
            scope_from TEXT,
            scope_to TEXT,
            period_start TEXT,
            period_end TEXT,
            target_percent INTEGER NOT NULL DEFAULT 90 CHECK (target_percent BETWEEN 0 AND 100),
            seed TEXT NOT NULL,
            sample_size INTEGER,
            per_stratum INTEGER,
            stratify TEXT CHECK (stratify IS NULL OR stratify IN ('area', 'caseworker', 'team')),
            exclude_reviewed_months INTEGER,
            include_remediated INTEGER NOT NULL DEFAULT 0,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            closed_at TEXT,
            updated_at TEXT NOT NULL))"),
        // The scope as values, one row each (never a filter text): areas, teams and caseworkers.
        QStringLiteral(R"(CREATE TABLE round_scope (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            dimension TEXT NOT NULL CHECK (dimension IN ('area', 'team', 'caseworker')),
            value TEXT NOT NULL,
            PRIMARY KEY (round_id, dimension, value)))"),
        // The cue-card version each area's reviews in the round use.
        QStringLiteral(R"(CREATE TABLE round_templates (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            template_id INTEGER NOT NULL REFERENCES templates (id),
            PRIMARY KEY (round_id, area)))"),
        // The population frozen when the round started, in canonical order, with the values the strata were
        // drawn from, so the sample can be redrawn from exactly this list after any later import.
        QStringLiteral(R"(CREATE TABLE round_population (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            case_number TEXT NOT NULL,
            area TEXT NOT NULL,
            caseworker TEXT NOT NULL,
            team TEXT NOT NULL,
            eligible INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (round_id, case_id),
            UNIQUE (round_id, position)))"),
        QStringLiteral(R"(CREATE TABLE round_sample (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            draw_order INTEGER NOT NULL,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            reason TEXT NOT NULL CHECK (reason IN ('all', 'drawn', 'remediated-defect')),
            stratum TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (round_id, case_id),
            UNIQUE (round_id, draw_order)))"),
        // Strata (a supervision round's caseworkers) that could not be drawn from, and why.
        QStringLiteral(R"(CREATE TABLE round_skipped (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            stratum TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (round_id, stratum)))"),
        QStringLiteral(R"(CREATE TABLE round_assignments (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL COLLATE NOCASE,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (round_id, case_id)))"),
        QStringLiteral("CREATE INDEX round_assignments_reviewer ON round_assignments (reviewer, round_id)"),
        // One review per case per round (outside rounds: one per case, from step 1).
        QStringLiteral("CREATE UNIQUE INDEX reviews_case_round ON reviews (case_id, round_id) WHERE round_id "
                       "IS NOT NULL"),
        // Four eyes: every approval, send-back and reopening of a review, kept forever.
        QStringLiteral(R"(CREATE TABLE review_approvals (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('approved', 'sent-back', 'reopened')),
            user_name TEXT NOT NULL,
            at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX review_approvals_review ON review_approvals (review_id, id)"),
        // Defects followed to closure: open → remediated (what, when, by whom) → verified by someone else.
        QStringLiteral("ALTER TABLE defects ADD COLUMN remediation_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN remediated_on TEXT"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN remediated_by TEXT"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN remediated_at TEXT"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN verified_by TEXT"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN verified_at TEXT"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN verification_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX defects_remediated ON defects (remediated_at)"),
        QStringLiteral(R"(CREATE TABLE defect_events (
            id INTEGER PRIMARY KEY,
            defect_id INTEGER NOT NULL REFERENCES defects (id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            user_name TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX defect_events_defect ON defect_events (defect_id, id)"),
        // Management action rules: a small, data-driven language. 'caseworker-count': per caseworker, the
        // number of "not met" answers on items matching item_pattern is at least `threshold`. 'item-share':
        // the share (percent) of "not met" among met + not met answers on matching items is above
        // `threshold`.
        QStringLiteral(R"(CREATE TABLE action_rules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('caseworker-count', 'item-share')),
            item_pattern TEXT NOT NULL,
            threshold REAL NOT NULL CHECK (threshold >= 0),
            action TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE round_actions (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            rule_id INTEGER NOT NULL REFERENCES action_rules (id) ON DELETE CASCADE,
            subject TEXT NOT NULL DEFAULT '',
            observed REAL NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            done_by TEXT,
            done_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            triggered_at TEXT NOT NULL,
            UNIQUE (round_id, rule_id, subject)))"),
    };
}

} // namespace sagstjek::migrations
