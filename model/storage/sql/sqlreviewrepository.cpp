#include "storage/sql/sqlreviewrepository.h"
#include "storage/sql/globalid.h"

#include "storage/database.h"
#include "storage/postgres/pgschema.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/defectrows.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

const QString ReviewColumns = QStringLiteral("r.id, r.case_id, r.template_id, r.reviewer, r.status, r.started_at, "
                                             "r.completed_at");
constexpr int ReviewColumnCount = 7;
const QString AnswerColumns = QStringLiteral("i.key, a.answer, a.note, a.computed_verdict, a.computed_explanation, "
                                             "a.override_reason, a.answered_by, a.answered_at, a.version");
constexpr int DefectColumnCount = 13; // sql::defectColumns()

// A review from a row whose columns from `first` on are ReviewColumns.
Review reviewFrom(const QSqlQuery &query, int first = 0)
{
    Review review;
    review.id = query.value(first).toLongLong();
    review.caseId = query.value(first + 1).toLongLong();
    review.templateId = query.value(first + 2).toLongLong();
    review.reviewer = query.value(first + 3).toString();
    review.status = reviewStatusFromKey(query.value(first + 4).toString());
    review.startedAt = query.value(first + 5).toString();
    review.completedAt = query.value(first + 6).toString();
    return review;
}

// An answer from a row whose columns from `first` on are AnswerColumns.
Answer answerFrom(const QSqlQuery &query, int first = 0)
{
    Answer a;
    a.itemKey = query.value(first).toString();
    a.value = answerFromKey(query.value(first + 1).toString());
    a.note = query.value(first + 2).toString();
    a.computedVerdict = query.value(first + 3).toString();
    a.computedExplanation = query.value(first + 4).toString();
    a.overrideReason = query.value(first + 5).toString();
    a.answeredBy = query.value(first + 6).toString();
    a.answeredAt = query.value(first + 7).toString();
    a.version = query.value(first + 8).toInt();
    return a;
}

// findItem's statement: one row with the review and the item's answer and defect, in a round or outside any.
QString itemStatement(bool inRound)
{
    return QStringLiteral("SELECT %1, %2, %3 FROM reviews r "
                          "LEFT JOIN items i ON i.key = ? "
                          "LEFT JOIN answers a ON a.review_id = r.id AND a.item_id = i.id "
                          "LEFT JOIN defects d ON d.review_id = r.id AND d.item_key = ? "
                          "LEFT JOIN cases c ON c.id = d.case_id "
                          "WHERE r.case_id = ? AND %4")
        .arg(sql::defectColumns(), ReviewColumns, AnswerColumns,
             inRound ? QStringLiteral("r.round_id = ?") : QStringLiteral("r.round_id IS NULL"));
}

} // namespace

SqlReviewRepository::SqlReviewRepository(QSqlDatabase &db)
    : m_db(db)
    , m_create(QStringLiteral("INSERT INTO reviews (case_id, template_id, reviewer, status, started_at, updated_at, "
                              "round_id, uid) VALUES (?, ?, ?, 'in-progress', ?, ?, ?, ?) RETURNING id"))
    , m_setStatus(QStringLiteral("UPDATE reviews SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?"))
    , m_addItem(QStringLiteral("INSERT INTO items (key) VALUES (?) ON CONFLICT (key) DO NOTHING"))
    , m_upsertAnswer(QStringLiteral(
          "INSERT INTO answers (review_id, item_id, answer, note, computed_verdict, computed_explanation, "
          "override_reason, answered_by, answered_at, uid) VALUES (?, (SELECT id FROM items WHERE key = ?), ?, ?, ?, "
          "?, ?, ?, ?, ?) "
          "ON CONFLICT (review_id, item_id) DO UPDATE SET answer = excluded.answer, "
          "note = excluded.note, computed_verdict = excluded.computed_verdict, "
          "computed_explanation = excluded.computed_explanation, "
          "override_reason = excluded.override_reason, answered_by = excluded.answered_by, "
          "answered_at = excluded.answered_at, version = answers.version + 1 RETURNING version"))
    , m_upsertDefect(QStringLiteral(
          "INSERT INTO defects (review_id, case_id, item_key, description, severity, owner, due, status, "
          "created_by, created_at, updated_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (review_id, item_key) DO UPDATE SET description = excluded.description, "
          "severity = excluded.severity, owner = excluded.owner, due = excluded.due, "
          "status = excluded.status, updated_at = excluded.updated_at, version = defects.version + 1"))
    , m_defectId(QStringLiteral("SELECT id FROM defects WHERE review_id = ? AND item_key = ?"))
    , m_backdate(QStringLiteral("UPDATE reviews SET started_at = ?, completed_at = CASE WHEN completed_at IS NULL "
                                "THEN NULL ELSE ? END WHERE case_id = ? AND coalesce(round_id, 0) = ?"))
    , m_item(itemStatement(false))
    , m_itemInRound(itemStatement(true))
    , m_lockReview(QStringLiteral("SELECT id FROM reviews WHERE case_id = ? AND coalesce(round_id, 0) = ? FOR UPDATE"))
    , m_reviewStart(QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))"))
    , m_writeItem(
          QStringLiteral("SELECT answer_version, defect_id, defect_version FROM sagstjek_write_item(?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_startReview(QStringLiteral("SELECT sagstjek_start_review(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

Result<std::optional<Review>> SqlReviewRepository::findForCase(qint64 caseId, qint64 roundId)
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM reviews r WHERE r.case_id = ? AND %2")
            .arg(ReviewColumns, roundId == 0 ? QStringLiteral("r.round_id IS NULL") : QStringLiteral("r.round_id = ?")),
        roundId == 0 ? QVariantList{caseId} : QVariantList{caseId, roundId});
    if (!query)
        return query.error();
    auto found = sql::next(query.value());
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Review>();
    Review review = reviewFrom(query.value());
    query->finish();
    if (auto read = readItems(review); !read)
        return read.error();
    return std::optional<Review>(std::move(review));
}

Result<std::optional<Review>> SqlReviewRepository::findItem(qint64 caseId, qint64 roundId, const QString &itemKey)
{
    return readItem(roundId == 0 ? m_item : m_itemInRound, caseId, roundId, itemKey);
}

Result<std::optional<Review>> SqlReviewRepository::findItemForChange(qint64 caseId, qint64 roundId,
                                                                     const QString &itemKey)
{
    if (sql::dialect(m_db) == sql::Dialect::Postgres) {
        // The lock first, and the item read by a statement of its own: a statement reads what was committed when it
        // began, so one that waited for the lock would return the item as it was before the colleague it waited for
        // (only the locked row itself is read again).
        auto locked = m_lockReview.run(m_db, {caseId, roundId});
        if (!locked)
            return locked.error();
        const bool exists = locked.value()->next();
        locked.value()->finish();
        if (!exists) {
            // No review yet: two colleagues' first answers would both start one, and the second would be refused
            // by the unique index. The case's review start is taken in turn instead, and the second then finds the
            // first one's review.
            auto turn = m_reviewStart.run(m_db, {pgschema::ReviewStartLock, int(caseId & 0x7fffffff)});
            if (!turn)
                return turn.error();
            turn.value()->finish();
        }
    }
    return findItem(caseId, roundId, itemKey);
}

Result<std::optional<Review>> SqlReviewRepository::readItem(sql::Prepared &statement, qint64 caseId, qint64 roundId,
                                                            const QString &itemKey)
{
    QVariantList values{itemKey, itemKey, caseId};
    if (roundId != 0)
        values << roundId;
    auto run = statement.run(m_db, values);
    if (!run)
        return run.error();
    QSqlQuery &query = *run.value();
    auto found = sql::next(query);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Review>();
    Review review = reviewFrom(query, DefectColumnCount);
    constexpr int answerFirst = DefectColumnCount + ReviewColumnCount;
    if (!query.value(answerFirst + 8).isNull()) // a.version: there is an answer
        review.answers.insert(itemKey, answerFrom(query, answerFirst));
    if (!query.value(0).isNull()) // d.id: there is a defect
        review.defects.insert(itemKey, sql::defectFrom(query));
    query.finish(); // one row; a held SQLite statement would keep its snapshot
    return std::optional<Review>(std::move(review));
}

Status SqlReviewRepository::readItems(Review &review)
{
    auto answers = sql::run(m_db,
                            QStringLiteral("SELECT %1 FROM answers a JOIN items i ON i.id = a.item_id "
                                           "WHERE a.review_id = ?")
                                .arg(AnswerColumns),
                            {review.id});
    if (!answers)
        return answers.error();
    while (answers->next()) {
        const Answer a = answerFrom(answers.value());
        review.answers.insert(a.itemKey, a);
    }
    if (auto done = sql::finished(answers.value()); !done)
        return done.error();

    auto defects =
        sql::run(m_db,
                 QStringLiteral("SELECT ") + sql::defectColumns() +
                     QStringLiteral(" FROM defects d JOIN cases c ON c.id = d.case_id WHERE d.review_id = ?"),
                 {review.id});
    if (!defects)
        return defects.error();
    while (defects->next()) {
        const Defect d = sql::defectFrom(defects.value());
        review.defects.insert(d.itemKey, d);
    }
    return sql::finished(defects.value());
}

Result<Review> SqlReviewRepository::load(qint64 reviewId)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM reviews r WHERE r.id = ?").arg(ReviewColumns), {reviewId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(QCoreApplication::translate("sagstjek::Database", "The review no longer exists."));
    Review review = reviewFrom(query.value());
    query->finish();
    if (auto read = readItems(review); !read)
        return read.error();
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
    auto inserted = m_create.run(m_db, {caseId, templateId, reviewer, now, now,
                                        roundId > 0 ? QVariant(roundId) : QVariant(), sql::newGlobalId()});
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

Result<int> SqlReviewRepository::upsertAnswer(qint64 reviewId, const Answer &a)
{
    const QVariant value = a.value ? QVariant(answerKey(*a.value)) : QVariant();
    // The item's id from its key, never cached (an id cached from a transaction that rolled back could name another
    // item later). Its key is added first unless it was found there before: an item that was there before this
    // unit of work was committed by someone and is never removed (schema 10's triggers), so one statement for
    // every answer after an item's first on this connection.
    if (!m_itemsThere.contains(a.itemKey)) {
        auto added = m_addItem.run(m_db, {a.itemKey});
        if (!added)
            return added.error();
        if (added.value()->numRowsAffected() == 0) {
            constexpr qsizetype MaxKept = 4096; // a card has tens of items; the bound keeps a hostile import small
            if (m_itemsThere.size() >= MaxKept)
                m_itemsThere.clear();
            m_itemsThere.insert(a.itemKey);
        }
    }
    auto written = m_upsertAnswer.run(m_db, {reviewId, a.itemKey, value, a.note, sql::nullable(a.computedVerdict),
                                             sql::nullable(a.computedExplanation), sql::nullable(a.overrideReason),
                                             a.answeredBy, a.answeredAt, sql::newGlobalId()});
    if (!written)
        return written.error();
    auto stored = sql::next(*written.value());
    if (!stored)
        return stored.error();
    if (!stored.value())
        return databaseError(QStringLiteral("The answer was not stored.")); // the upsert always returns its row
    const int version = written.value()->value(0).toInt();
    written.value()->finish();
    return version;
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
                                             d.createdAt.isEmpty() ? now : d.createdAt, now, sql::newGlobalId()});
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

namespace {

// The item's row of `rows` (an answer or a defect), if there is one.
template <typename Row> std::optional<Row> rowOf(const QHash<QString, Row> &rows, const QString &itemKey)
{
    const auto found = rows.constFind(itemKey);
    return found == rows.cend() ? std::optional<Row>() : std::optional<Row>(*found);
}

// What to do with a row: leave it, write it as given, or delete it.
QString writeOf(bool changed, bool present)
{
    return !changed ? QStringLiteral("keep") : present ? QStringLiteral("upsert") : QStringLiteral("delete");
}

// The answer's row digest as the audit trail keeps it (auditlog::stateColumns("answers")), written as upsertAnswer
// writes it.
QString answerDigest(qint64 reviewId, const QString &itemKey, const Answer &a)
{
    return auditlog::rowDigest({reviewId, itemKey, a.value ? QVariant(answerKey(*a.value)) : QVariant(), a.note,
                                sql::nullable(a.computedVerdict), sql::nullable(a.computedExplanation),
                                sql::nullable(a.overrideReason), a.answeredBy, a.answeredAt});
}

} // namespace

Result<ItemWritten> SqlReviewRepository::writeItem(const ItemWrite &write)
{
    ItemWritten written{write.seenAnswer ? write.seenAnswer->version : 0, write.seenDefect ? write.seenDefect->id : 0,
                        write.seenDefect ? write.seenDefect->version : 0};
    if (write.answer != write.seenAnswer) {
        if (write.answer) {
            Answer answer = *write.answer;
            answer.itemKey = write.itemKey;
            auto version = upsertAnswer(write.reviewId, answer);
            if (!version)
                return version.error();
            written.answerVersion = version.value();
        } else if (auto deleted = deleteAnswer(write.reviewId, write.itemKey); !deleted) {
            return deleted.error();
        }
    }
    if (write.defect != write.seenDefect) {
        if (write.defect) {
            Defect defect = *write.defect;
            defect.reviewId = write.reviewId;
            defect.caseId = write.ref.caseId;
            defect.itemKey = write.itemKey;
            auto id = upsertDefect(defect);
            if (!id)
                return id.error();
            written.defectId = id.value();
            written.defectVersion = write.seenDefect ? write.seenDefect->version + 1 : 1;
        } else if (auto deleted = deleteDefect(write.reviewId, write.itemKey); !deleted) {
            return deleted.error();
        }
    }
    return written;
}

Result<std::optional<ItemWritten>> SqlReviewRepository::writeItemIfUnchanged(const ItemWrite &write)
{
    if (sql::dialect(m_db) == sql::Dialect::Postgres) {
        const bool answerChanged = write.answer != write.seenAnswer;
        const bool defectChanged = write.defect != write.seenDefect;
        // Inside a unit of work its records wait for its commit (auditlog::record); this one may not go before them.
        if (unitOfWorkDepth(m_db) > 0)
            return std::optional<ItemWritten>();
        const Answer answer = write.answer.value_or(Answer{});
        const Defect defect = write.defect.value_or(Defect{});
        const QString now = utcNow();
        const AuditEntry record = forTrail(write.record);
        auto run = m_writeItem.run(
            m_db,
            {write.ref.caseId,
             write.ref.roundId,
             write.reviewId,
             write.itemKey,
             write.seenAnswer ? QVariant(answerDigest(write.reviewId, write.itemKey, *write.seenAnswer)) : QVariant(),
             write.seenDefect ? QVariant(write.seenDefect->id) : QVariant(),
             write.seenDefect ? QVariant(write.seenDefect->version) : QVariant(),
             writeOf(answerChanged, write.answer.has_value()),
             answer.value ? QVariant(answerKey(*answer.value)) : QVariant(),
             answer.note,
             sql::nullable(answer.computedVerdict),
             sql::nullable(answer.computedExplanation),
             sql::nullable(answer.overrideReason),
             answer.answeredBy,
             answer.answeredAt,
             sql::newGlobalId(),
             writeOf(defectChanged, write.defect.has_value()),
             defect.description,
             severityKey(defect.severity),
             defect.owner,
             defect.due.isValid() ? QVariant(defect.due.toString(Qt::ISODate)) : QVariant(),
             defectStatusKey(defect.status),
             defect.createdBy,
             defect.createdAt.isEmpty() ? now : defect.createdAt,
             now,
             sql::newGlobalId(),
             record.user,
             record.action,
             record.entity,
             record.entityId,
             sql::nullable(auditlog::compactJson(record.before)),
             sql::nullable(auditlog::compactJson(record.after)),
             sql::nullable(record.reason),
             sql::newGlobalId()});
        if (!run)
            return run.error();
        QSqlQuery &row = *run.value();
        auto found = sql::next(row);
        if (!found)
            return found.error();
        if (!found.value())
            return std::optional<ItemWritten>();
        ItemWritten written{write.seenAnswer ? write.seenAnswer->version : 0,
                            write.seenDefect ? write.seenDefect->id : 0,
                            write.seenDefect ? write.seenDefect->version : 0};
        if (answerChanged)
            written.answerVersion = row.value(0).toInt();
        if (defectChanged) {
            written.defectId = row.value(1).toLongLong();
            written.defectVersion = row.value(2).toInt();
        }
        row.finish();
        return std::optional<ItemWritten>(written);
    }
    // A file has one writer: read, compare and write in one transaction.
    std::optional<ItemWritten> stored;
    auto done = inTransaction(m_db, [&]() -> Status {
        auto current = findItem(write.ref.caseId, write.ref.roundId, write.itemKey);
        if (!current)
            return current.error();
        const std::optional<Review> &review = current.value();
        if (!review || review->id != write.reviewId || review->status != ReviewStatus::InProgress ||
            rowOf(review->answers, write.itemKey) != write.seenAnswer ||
            rowOf(review->defects, write.itemKey) != write.seenDefect)
            return Ok{};
        auto rows = writeItem(write);
        if (!rows)
            return rows.error();
        stored = rows.value();
        return auditlog::record(m_db, forTrail(write.record));
    });
    if (!done)
        return done.error();
    return stored;
}

bool SqlReviewRepository::startsAtOnce() const
{
    return sql::dialect(m_db) == sql::Dialect::Postgres && unitOfWorkDepth(m_db) == 0;
}

Result<std::optional<qint64>> SqlReviewRepository::startAtOnce(const ReviewRef &ref, qint64 templateId,
                                                               const QString &reviewer, const AuditEntry &record)
{
    if (!startsAtOnce())
        return std::optional<qint64>();
    const QString now = utcNow();
    const AuditEntry entry = forTrail(record);
    auto run = m_startReview.run(
        m_db, {ref.caseId, ref.roundId, templateId, reviewer, now, sql::newGlobalId(), entry.user, entry.action,
               entry.entity, sql::nullable(auditlog::compactJson(entry.before)),
               sql::nullable(auditlog::compactJson(entry.after)), sql::nullable(entry.reason), sql::newGlobalId()});
    if (!run)
        return run.error();
    QSqlQuery &row = *run.value();
    auto found = sql::next(row);
    if (!found)
        return found.error();
    const QVariant id = found.value() ? row.value(0) : QVariant();
    row.finish();
    if (id.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id.toLongLong());
}

Status SqlReviewRepository::backdate(qint64 caseId, qint64 roundId, const QString &at)
{
    auto dated = m_backdate.run(m_db, {at, at, caseId, roundId});
    if (!dated)
        return dated.error();
    return Ok{};
}

} // namespace sagstjek
