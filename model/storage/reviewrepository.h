#pragma once

#include "core/result.h"
#include "domain/review.h"

#include <optional>

namespace sagstjek {

class ReviewRepository {
public:
    virtual ~ReviewRepository();

    // The case's review in `roundId` (0: outside any round), with its answers and defects; empty when none
    // was started.
    virtual Result<std::optional<Review>> findForCase(qint64 caseId, qint64 roundId = 0) = 0;
    // The same review with only the answer and defect of one item: what changing that item reads.
    virtual Result<std::optional<Review>> findItem(qint64 caseId, qint64 roundId, const QString &itemKey) = 0;
    virtual Result<Review> load(qint64 reviewId) = 0;
    // Which case's review, in which round, a stored review is.
    virtual Result<ReviewRef> refFor(qint64 reviewId) = 0;
    virtual Result<qint64> create(qint64 caseId, qint64 templateId, const QString &reviewer, qint64 roundId = 0) = 0;
    virtual Status setStatus(qint64 reviewId, ReviewStatus status) = 0;
    // Dates the case's review in `roundId` as started (and, when completed, completed) at `at`: an old review
    // imported from a sheet keeps the day it was made.
    virtual Status backdate(qint64 caseId, qint64 roundId, const QString &at) = 0;

    // findItem for changing the item: the case's review in `roundId` is held until the unit of work ends (when there
    // is none yet, the start of one), so a colleague's change waits, and what was read stays what is changed. (A file
    // has one writer: there it is findItem.)
    virtual Result<std::optional<Review>> findItemForChange(qint64 caseId, qint64 roundId, const QString &itemKey) = 0;

    // Writes that change a stored answer or defect count its version up (Answer::version, Defect::version).
    // Returns the stored answer's version.
    virtual Result<int> upsertAnswer(qint64 reviewId, const Answer &answer) = 0;
    virtual Status deleteAnswer(qint64 reviewId, const QString &itemKey) = 0;

    // Inserts or replaces the defect of (review, item); returns its id.
    virtual Result<qint64> upsertDefect(const Defect &defect) = 0;
    virtual Status deleteDefect(qint64 reviewId, const QString &itemKey) = 0;
};

} // namespace sagstjek
