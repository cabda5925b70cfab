#pragma once

#include "domain/review.h"
#include "storage/result.h"

#include <QSqlDatabase>

#include <optional>

namespace sagstjek {

struct DefectFilter {
    QString status; // a defect-status key
    QString owner;
    QString area;
    QString severity;
    QString caseNumber;
    bool overdueOnly = false;
    QDate today; // for "overdue"
};

class ReviewRepository {
public:
    explicit ReviewRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    // The case's review in `roundId` (0: outside any round), with its answers and defects; empty when none
    // was started.
    Result<std::optional<Review>> findForCase(qint64 caseId, qint64 roundId = 0);
    Result<Review> load(qint64 reviewId);
    // Which case's review, in which round, a stored review is.
    Result<ReviewRef> refFor(qint64 reviewId);
    Result<qint64> create(qint64 caseId, qint64 templateId, const QString &reviewer, qint64 roundId = 0);
    Status setStatus(qint64 reviewId, const QString &status);

    Status upsertAnswer(qint64 reviewId, const Answer &answer);
    Status deleteAnswer(qint64 reviewId, const QString &itemKey);

    // Inserts or replaces the defect of (review, item); returns its id.
    Result<qint64> upsertDefect(const Defect &defect);
    Status deleteDefect(qint64 reviewId, const QString &itemKey);

    Result<QList<Defect>> defects(const DefectFilter &filter);

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
