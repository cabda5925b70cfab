#include "storage/sql/sqlreviewrepository.h"

#include "storage/database.h"
#include "storage/sql/defectrows.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

SqlReviewRepository::SqlReviewRepository(QSqlDatabase &db)
    : m_db(db)
    , m_create(QStringLiteral("INSERT INTO reviews (case_id, template_id, reviewer, status, started_at, updated_at, "
                              "round_id) VALUES (?, ?, ?, 'in-progress', ?, ?, ?) RETURNING id"))
    , m_setStatus(QStringLiteral("UPDATE reviews SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?"))
    , m_addItem(QStringLiteral("INSERT INTO items (key) VALUES (?) ON CONFLICT (key) DO NOTHING"))
    , m_upsertAnswer(QStringLiteral(
          "INSERT INTO answers (review_id, item_id, answer, note, computed_verdict, computed_explanation, "
          "override_reason, answered_by, answered_at) VALUES (?, (SELECT id FROM items WHERE key = ?), ?, ?, ?, ?, "
          "?, ?, ?) "
          "ON CONFLICT (review_id, item_id) DO UPDATE SET answer = excluded.answer, "
          "note = excluded.note, computed_verdict = excluded.computed_verdict, "
          "computed_explanation = excluded.computed_explanation, "
          "override_reason = excluded.override_reason, answered_by = excluded.answered_by, "
          "answered_at = excluded.answered_at, version = answers.version + 1"))
    , m_upsertDefect(QStringLiteral(
          "INSERT INTO defects (review_id, case_id, item_key, description, severity, owner, due, status, "
          "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (review_id, item_key) DO UPDATE SET description = excluded.description, "
          "severity = excluded.severity, owner = excluded.owner, due = excluded.due, "
          "status = excluded.status, updated_at = excluded.updated_at, version = defects.version + 1"))
    , m_defectId(QStringLiteral("SELECT id FROM defects WHERE review_id = ? AND item_key = ?"))
    , m_backdate(QStringLiteral("UPDATE reviews SET started_at = ?, completed_at = CASE WHEN completed_at IS NULL "
                                "THEN NULL ELSE ? END WHERE case_id = ? AND coalesce(round_id, 0) = ?"))
{
}

Result<std::optional<Review>> SqlReviewRepository::findForCase(qint64 caseId, qint64 roundId)
{
    auto id = roundId == 0
                  ? sql::scalar(m_db, QStringLiteral("SELECT id FROM reviews WHERE case_id = ? AND round_id IS NULL"),
                                {caseId})
                  : sql::scalar(m_db, QStringLiteral("SELECT id FROM reviews WHERE case_id = ? AND round_id = ?"),
                                {caseId, roundId});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<Review>();
    auto review = load(id->toLongLong());
    if (!review)
        return review.error();
    return std::optional<Review>(std::move(review).value());
}

Result<Review> SqlReviewRepository::load(qint64 reviewId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT case_id, template_id, reviewer, status, started_at, completed_at "
                                         "FROM reviews WHERE id = ?"),
                          {reviewId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(QCoreApplication::translate("sagstjek::Database", "The review no longer exists."));
    Review review;
    review.id = reviewId;
    review.caseId = query->value(0).toLongLong();
    review.templateId = query->value(1).toLongLong();
    review.reviewer = query->value(2).toString();
    review.status = reviewStatusFromKey(query->value(3).toString());
    review.startedAt = query->value(4).toString();
    review.completedAt = query->value(5).toString();

    auto answers =
        sql::run(m_db,
                 QStringLiteral("SELECT i.key, a.answer, a.note, a.computed_verdict, a.computed_explanation, "
                                "a.override_reason, a.answered_by, a.answered_at, a.version FROM answers a "
                                "JOIN items i ON i.id = a.item_id WHERE a.review_id = ?"),
                 {reviewId});
    if (!answers)
        return answers.error();
    while (answers->next()) {
        Answer a;
        a.itemKey = answers->value(0).toString();
        a.value = answerFromKey(answers->value(1).toString());
        a.note = answers->value(2).toString();
        a.computedVerdict = answers->value(3).toString();
        a.computedExplanation = answers->value(4).toString();
        a.overrideReason = answers->value(5).toString();
        a.answeredBy = answers->value(6).toString();
        a.answeredAt = answers->value(7).toString();
        a.version = answers->value(8).toInt();
        review.answers.insert(a.itemKey, a);
    }
    if (auto done = sql::finished(answers.value()); !done)
        return done.error();

    auto defects =
        sql::run(m_db,
                 QStringLiteral("SELECT ") + sql::defectColumns() +
                     QStringLiteral(" FROM defects d JOIN cases c ON c.id = d.case_id WHERE d.review_id = ?"),
                 {reviewId});
    if (!defects)
        return defects.error();
    while (defects->next()) {
        const Defect d = sql::defectFrom(defects.value());
        review.defects.insert(d.itemKey, d);
    }
    if (auto done = sql::finished(defects.value()); !done)
        return done.error();
    return review;
}

Result<ReviewRef> SqlReviewRepository::refFor(qint64 reviewId)
{
    auto query = sql::run(m_db, QStringLiteral("SELECT case_id, round_id FROM reviews WHERE id = ?"), {reviewId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(QCoreApplication::translate("sagstjek::Database", "The review no longer exists."));
    return ReviewRef{query->value(0).toLongLong(), query->value(1).isNull() ? 0 : query->value(1).toLongLong()};
}

Result<qint64> SqlReviewRepository::create(qint64 caseId, qint64 templateId, const QString &reviewer, qint64 roundId)
{
    const QString now = utcNow();
    auto inserted =
        m_create.run(m_db, {caseId, templateId, reviewer, now, now, roundId > 0 ? QVariant(roundId) : QVariant()});
    if (!inserted)
        return inserted.error();
    auto row = sql::next(*inserted.value());
    if (!row)
        return row.error();
    const qint64 id = inserted.value()->value(0).toLongLong();
    // SQLite keeps an INSERT … RETURNING running until it is reset: a commit would be refused meanwhile.
    inserted.value()->finish();
    return id;
}

Status SqlReviewRepository::setStatus(qint64 reviewId, ReviewStatus status)
{
    const QString now = utcNow();
    const QVariant completedAt = status == ReviewStatus::Completed ? QVariant(now) : QVariant();
    auto updated = m_setStatus.run(m_db, {reviewStatusKey(status), completedAt, now, reviewId});
    if (!updated)
        return updated.error();
    return Ok{};
}

namespace {

// The first key of the advisory lock that starts a case's review on a server (the second is the case): the two-key
// space is apart from the schema migration's single key.
constexpr int ReviewStartLock = 0x53524556;

} // namespace

Status SqlReviewRepository::lockForCase(qint64 caseId, qint64 roundId)
{
    if (sql::dialect(m_db) != sql::Dialect::Postgres)
        return Ok{};
    auto locked = sql::run(m_db,
                           QStringLiteral("SELECT id FROM reviews WHERE case_id = ? AND coalesce(round_id, 0) = ? "
                                          "FOR UPDATE"),
                           {caseId, roundId});
    if (!locked)
        return locked.error();
    if (locked->next())
        return Ok{};
    // No review yet: two colleagues' first answers would both start one, and the second would be refused by the
    // unique index. The case's review start is taken in turn instead (a lock held to the end of the unit of work),
    // and the second then finds the first one's review.
    if (auto turn =
            sql::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))"),
                     {ReviewStartLock, int(caseId & 0x7fffffff)});
        !turn)
        return turn.error();
    return Ok{};
}

Status SqlReviewRepository::upsertAnswer(qint64 reviewId, const Answer &a)
{
    const QVariant value = a.value ? QVariant(answerKey(*a.value)) : QVariant();
    // The item's id from its key: two statements, no cache (an id cached from a transaction that rolled back could
    // name another item later).
    if (auto added = m_addItem.run(m_db, {a.itemKey}); !added)
        return added.error();
    auto written = m_upsertAnswer.run(m_db, {reviewId, a.itemKey, value, a.note, sql::nullable(a.computedVerdict),
                                             sql::nullable(a.computedExplanation), sql::nullable(a.overrideReason),
                                             a.answeredBy, a.answeredAt});
    if (!written)
        return written.error();
    return Ok{};
}

Status SqlReviewRepository::deleteAnswer(qint64 reviewId, const QString &itemKey)
{
    auto deleted =
        sql::run(m_db,
                 QStringLiteral("DELETE FROM answers WHERE review_id = ? AND item_id = (SELECT id FROM items WHERE "
                                "key = ?)"),
                 {reviewId, itemKey});
    if (!deleted)
        return deleted.error();
    return Ok{};
}

Result<qint64> SqlReviewRepository::upsertDefect(const Defect &d)
{
    const QString now = utcNow();
    const QVariant due = d.due.isValid() ? QVariant(d.due.toString(Qt::ISODate)) : QVariant();
    auto written = m_upsertDefect.run(m_db, {d.reviewId, d.caseId, d.itemKey, d.description, severityKey(d.severity),
                                             d.owner, due, defectStatusKey(d.status), d.createdBy,
                                             d.createdAt.isEmpty() ? now : d.createdAt, now});
    if (!written)
        return written.error();
    auto id = m_defectId.run(m_db, {d.reviewId, d.itemKey});
    if (!id)
        return id.error();
    if (!id.value()->next())
        return databaseError(sql::describe(id.value()->lastError(), m_db.driver()));
    const qint64 defectId = id.value()->value(0).toLongLong();
    id.value()->finish();
    return defectId;
}

Status SqlReviewRepository::deleteDefect(qint64 reviewId, const QString &itemKey)
{
    auto deleted =
        sql::run(m_db, QStringLiteral("DELETE FROM defects WHERE review_id = ? AND item_key = ?"), {reviewId, itemKey});
    if (!deleted)
        return deleted.error();
    return Ok{};
}

Status SqlReviewRepository::backdate(qint64 caseId, qint64 roundId, const QString &at)
{
    auto dated = m_backdate.run(m_db, {at, at, caseId, roundId});
    if (!dated)
        return dated.error();
    return Ok{};
}

} // namespace sagstjek
