#pragma once

#include "core/result.h"
#include "domain/review.h"
#include "storage/audittrail.h"

#include <optional>

namespace sagstjek {

// One item's change, written at once when nothing changed since the writer read it (writeItemIfUnchanged).
struct ItemWrite {
    qint64 reviewId = 0; // the case's review in ref's round, as the writer knows it
    ReviewRef ref;
    QString itemKey;
    std::optional<Answer> seenAnswer; // the item as the writer read it (none: no row)
    std::optional<Defect> seenDefect;
    std::optional<Answer> answer; // what to store (none: no row); written only where it differs from the seen
    std::optional<Defect> defect;
    AuditEntry record; // the change's audit record
};

// What writeItemIfUnchanged stored: the versions (and the defect's id) the rows have now.
struct ItemWritten {
    int answerVersion = 0;
    qint64 defectId = 0;
    int defectVersion = 0;
};

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
    // Writes `write`'s answer and defect where they differ from the seen ones, without comparing them with what is
    // stored and without an audit record (the caller's unit of work has both).
    virtual Result<ItemWritten> writeItem(const ItemWrite &write) = 0;
    // Writes `write`'s answer and defect and its audit record in one unit of work, when the case's review in the
    // round is still write.reviewId and in progress and the item is still as seen; else writes nothing and returns
    // none (the caller reads the item and decides, as before). On a team server that is one statement, outside a
    // unit of work only (inside one it returns none: the unit's records are written when it commits).
    virtual Result<std::optional<ItemWritten>> writeItemIfUnchanged(const ItemWrite &write) = 0;

    // Whether startAtOnce can start a review here: on a team server, outside a unit of work. (A file's full path is
    // one transaction of one writer already.)
    virtual bool startsAtOnce() const = 0;
    // Starts the case's review in ref's round with `templateId`, by `reviewer`, in one unit of work with the case
    // list's status (outside a round: in progress) and `record`, the start's audit record (its entity id becomes the
    // new review's), when the case has no review there yet and startsAtOnce(); one statement on a team server.
    // Returns the new review's id, or none when nothing was written (the caller reads the review and decides, as
    // before).
    virtual Result<std::optional<qint64>> startAtOnce(const ReviewRef &ref, qint64 templateId, const QString &reviewer,
                                                      const AuditEntry &record) = 0;
};

} // namespace sagstjek
