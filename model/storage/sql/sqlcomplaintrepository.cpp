#include "storage/sql/sqlcomplaintrepository.h"

#include "storage/database.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

const QString decisionColumns =
    QStringLiteral("k.id, k.case_id, k.case_number, k.paragraph, k.paragraph_key, k.decided, k.outcome, k.note, "
                   "k.created_by, k.created_at, coalesce(c.caseworker, '') FROM complaints k "
                   "LEFT JOIN cases c ON c.id = k.case_id");

ComplaintDecision decisionFrom(const QSqlQuery &q)
{
    ComplaintDecision d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.caseNumber = q.value(2).toString();
    d.paragraph = q.value(3).toString();
    d.paragraphKey = q.value(4).toString();
    d.decided = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.outcome = complaints::outcomeFromKey(q.value(6).toString()).value_or(ComplaintOutcome::Upheld);
    d.note = q.value(7).toString();
    d.createdBy = q.value(8).toString();
    d.createdAt = q.value(9).toString();
    d.caseworker = q.value(10).toString();
    return d;
}

// An open end of a period binds as NULL, and "CAST(? AS TEXT) IS NULL OR …" lets it through (the cast types the
// parameter for PostgreSQL, which cannot guess the type of a bare `? IS NULL`).
QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> SqlComplaintRepository::insert(const ComplaintDecision &d, const QString &user)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO complaints (case_id, case_number, paragraph, paragraph_key, decided, "
                       "outcome, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.caseId > 0 ? QVariant(d.caseId) : QVariant(), d.caseNumber, d.paragraph, d.paragraphKey,
         d.decided.toString(Qt::ISODate), complaints::outcomeKey(d.outcome), d.note, user, utcNow()});
}

Result<ComplaintDecision> SqlComplaintRepository::decision(qint64 id)
{
    auto query = sql::run(m_db, QStringLiteral("SELECT ") + decisionColumns + QStringLiteral(" WHERE k.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(
            QCoreApplication::translate("sagstjek::Database", "There is no complaint decision %1.").arg(id));
    return decisionFrom(query.value());
}

Status SqlComplaintRepository::remove(qint64 id)
{
    auto deleted = sql::run(m_db, QStringLiteral("DELETE FROM complaints WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return notFound(
            QCoreApplication::translate("sagstjek::Database", "There is no complaint decision %1.").arg(id));
    return Ok{};
}

Result<QList<ComplaintDecision>> SqlComplaintRepository::list(const ComplaintFilter &filter)
{
    const QVariant from = dateOrNull(filter.from);
    const QVariant to = dateOrNull(filter.to);
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT ") + decisionColumns +
            QStringLiteral(
                " WHERE (CAST(? AS TEXT) IS NULL OR k.decided >= ?) AND (CAST(? AS TEXT) IS NULL OR k.decided <= ?) "
                "AND (? = '' OR k.paragraph_key = ?) "
                "AND (? = '' OR c.caseworker = ?) "
                "ORDER BY k.decided DESC, k.id DESC"),
        {from, from, to, to, filter.paragraphKey, filter.paragraphKey, filter.caseworker, filter.caseworker});
    if (!query)
        return query.error();
    QList<ComplaintDecision> list;
    while (query->next())
        list << decisionFrom(query.value());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<QList<ComplaintCounts>> SqlComplaintRepository::counts(const QDate &from, const QDate &to)
{
    const QVariant fromValue = dateOrNull(from);
    const QVariant toValue = dateOrNull(to);
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT paragraph_key, min(paragraph), "
                       "count(*) FILTER (WHERE outcome = 'upheld'), count(*) FILTER (WHERE outcome = 'changed'), "
                       "count(*) FILTER (WHERE outcome = 'annulled'), count(*) FILTER (WHERE outcome = 'remitted'), "
                       "count(*) FILTER (WHERE outcome = 'rejected'), count(*) FILTER (WHERE outcome = 'referred') "
                       "FROM complaints WHERE (CAST(? AS TEXT) IS NULL OR decided >= ?) "
                       "AND (CAST(? AS TEXT) IS NULL OR decided <= ?) "
                       "GROUP BY paragraph_key ORDER BY paragraph_key"),
        {fromValue, fromValue, toValue, toValue});
    if (!query)
        return query.error();
    QList<ComplaintCounts> list;
    while (query->next()) {
        ComplaintCounts c;
        c.paragraphKey = query->value(0).toString();
        c.paragraph = query->value(1).toString();
        c.upheld = query->value(2).toInt();
        c.changed = query->value(3).toInt();
        c.annulled = query->value(4).toInt();
        c.remitted = query->value(5).toInt();
        c.rejected = query->value(6).toInt();
        c.referred = query->value(7).toInt();
        list << c;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<int> SqlComplaintRepository::countSame(const QString &caseNumber, const QString &paragraphKey,
                                              const QDate &decided, ComplaintOutcome outcome)
{
    auto count =
        sql::scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM complaints WHERE case_number = ? COLLATE NOCASE "
                                   "AND paragraph_key = ? AND decided = ? AND outcome = ?"),
                    {caseNumber, paragraphKey, decided.toString(Qt::ISODate), complaints::outcomeKey(outcome)});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QStringList> SqlComplaintRepository::paragraphs()
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT min(paragraph) FROM complaints GROUP BY paragraph_key ORDER BY paragraph_key"));
    if (!query)
        return query.error();
    QStringList list;
    while (query->next())
        list << query->value(0).toString();
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

} // namespace sagstjek
