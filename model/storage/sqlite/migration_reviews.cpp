#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

QStringList reviewsByRoundStep()
{
    return {
        // The case list in a round's context reads each case's status from its review in that round: finding a
        // round's reviews by status needs this index (the other review indexes start with the case).
        QStringLiteral("CREATE INDEX reviews_round_status ON reviews (round_id, status, case_id)"),
        // cases.review_status is from now on the status of the review outside any round only. Earlier versions
        // also wrote a round review's status into it; put back the status of the review outside any round.
        QStringLiteral(R"(UPDATE cases SET review_status = coalesce((
                SELECT CASE WHEN r.status IN ('completed', 'approved') THEN 'completed' ELSE 'in-progress' END
                FROM reviews r WHERE r.case_id = cases.id AND r.round_id IS NULL), 'not-started')
            WHERE review_status <> coalesce((
                SELECT CASE WHEN r.status IN ('completed', 'approved') THEN 'completed' ELSE 'in-progress' END
                FROM reviews r WHERE r.case_id = cases.id AND r.round_id IS NULL), 'not-started'))"),
    };
}

} // namespace sagstjek::migrations
