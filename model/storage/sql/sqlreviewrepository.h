#pragma once

#include "storage/reviewrepository.h"
#include "storage/sql/sql.h"

#include <QSet>
#include <QSqlDatabase>

namespace sagstjek {

// ReviewRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlReviewRepository final : public ReviewRepository {
public:
    explicit SqlReviewRepository(QSqlDatabase &db);

    Result<std::optional<Review>> findForCase(qint64 caseId, qint64 roundId) override;
    Result<std::optional<Review>> findItem(qint64 caseId, qint64 roundId, const QString &itemKey) override;
    Result<Review> load(qint64 reviewId) override;
    Result<ReviewRef> refFor(qint64 reviewId) override;
    Result<qint64> create(qint64 caseId, qint64 templateId, const QString &reviewer, qint64 roundId) override;
    Status setStatus(qint64 reviewId, ReviewStatus status) override;
    Status backdate(qint64 caseId, qint64 roundId, const QString &at) override;
    Result<std::optional<Review>> findItemForChange(qint64 caseId, qint64 roundId, const QString &itemKey) override;
    Result<int> upsertAnswer(qint64 reviewId, const Answer &answer) override;
    Status deleteAnswer(qint64 reviewId, const QString &itemKey) override;
    Result<qint64> upsertDefect(const Defect &defect) override;
    Status deleteDefect(qint64 reviewId, const QString &itemKey) override;
    Result<ItemWritten> writeItem(const ItemWrite &write) override;
    Result<std::optional<ItemWritten>> writeItemIfUnchanged(const ItemWrite &write) override;
    bool startsAtOnce() const override;
    Result<std::optional<qint64>> startAtOnce(const ReviewRef &ref, qint64 templateId, const QString &reviewer,
                                              const AuditEntry &record) override;

private:
    // Reads all of the review's answers and defects into it.
    Status readItems(Review &review);
    // findItem through one of the item statements below.
    Result<std::optional<Review>> readItem(sql::Prepared &statement, qint64 caseId, qint64 roundId,
                                           const QString &itemKey);

    QSqlDatabase &m_db;
    // The statements of answering and of generating reviews in bulk, prepared once.
    sql::Prepared m_create;
    sql::Prepared m_setStatus;
    sql::Prepared m_addItem;
    sql::Prepared m_upsertAnswer;
    sql::Prepared m_upsertDefect;
    sql::Prepared m_defectId;
    sql::Prepared m_backdate;
    QSet<QString> m_itemsThere; // item keys found already stored (upsertAnswer)
    // What every key press reads before and after its write (outside and in a round), and on a server the locks it
    // takes first.
    sql::Prepared m_item;
    sql::Prepared m_itemInRound;
    sql::Prepared m_lockReview;
    sql::Prepared m_reviewStart;
    sql::Prepared m_writeItem;   // a server's sagstjek_write_item
    sql::Prepared m_startReview; // a server's sagstjek_start_review
};

} // namespace sagstjek
