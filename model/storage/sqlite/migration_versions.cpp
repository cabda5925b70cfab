#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

QStringList rowVersionsStep()
{
    return {
        // A cue card's item is its answer and its defect: a save made on what the reviewer saw is refused when a
        // colleague changed either since (ReviewService). Sagstjek's writes count the version up themselves; the
        // triggers do it for a writer that did not (the inner UPDATE sets a new version, so they stop there).
        QStringLiteral("ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE defects ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE TRIGGER answers_version AFTER UPDATE ON answers WHEN NEW.version = OLD.version "
                       "BEGIN UPDATE answers SET version = OLD.version + 1 WHERE review_id = NEW.review_id "
                       "AND item_id = NEW.item_id; END"),
        QStringLiteral("CREATE TRIGGER defects_version AFTER UPDATE ON defects WHEN NEW.version = OLD.version "
                       "BEGIN UPDATE defects SET version = OLD.version + 1 WHERE id = NEW.id; END"),
    };
}

} // namespace sagstjek::migrations
