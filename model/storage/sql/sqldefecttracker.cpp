#include "storage/sql/sqldefecttracker.h"

#include "storage/database.h"
#include "storage/sql/defectrows.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

const QString trackedColumns =
    sql::defectColumns() +
    QStringLiteral(", r.round_id, o.name, c.area, c.caseworker, "
                   "d.remediation_note, d.remediated_on, "
                   "d.remediated_by, d.remediated_at, d.verified_by, d.verified_at, d.verification_note");
const QString trackedFrom =
    QStringLiteral(" FROM defects d JOIN cases c ON c.id = d.case_id JOIN reviews r ON r.id = d.review_id "
                   "LEFT JOIN rounds o ON o.id = r.round_id");

TrackedDefect trackedFrom_(const QSqlQuery &q, const QDate &today)
{
    TrackedDefect t;
    t.defect = sql::defectFrom(q);
    t.roundId = q.value(13).toLongLong();
    t.roundName = q.value(14).toString();
    t.area = q.value(15).toString();
    t.caseworker = q.value(16).toString();
    t.remediationNote = q.value(17).toString();
    t.remediatedOn = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    t.remediatedBy = q.value(19).toString();
    t.remediatedAt = q.value(20).toString();
    t.verifiedBy = q.value(21).toString();
    t.verifiedAt = q.value(22).toString();
    t.verificationNote = q.value(23).toString();
    t.overdue = isOverdue(t.defect, today);
    return t;
}

Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return Ok{};
}

// The WHERE clause of `filter` (empty when it filters nothing), its values appended to `values`.
QString whereOf(const TrackerFilter &filter, const QDate &today, QVariantList &values)
{
    QStringList conditions;
    if (filter.roundId > 0) {
        conditions << QStringLiteral("r.round_id = ?");
        values << filter.roundId;
    }
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("d.status = ?");
        values << filter.status;
    }
    if (!filter.owner.isEmpty()) {
        conditions << sql::ownerIs();
        values << filter.owner;
    }
    if (!filter.area.isEmpty()) {
        conditions << QStringLiteral("c.area = ?");
        values << filter.area;
    }
    if (!filter.severity.isEmpty()) {
        conditions << QStringLiteral("d.severity = ?");
        values << filter.severity;
    }
    if (!filter.caseNumber.isEmpty()) {
        conditions << QStringLiteral("c.case_number = ?");
        values << filter.caseNumber;
    }
    if (filter.overdueOnly) {
        conditions << sql::overdueDefect();
        values << today.toString(Qt::ISODate);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<TrackedDefect>> SqlDefectTracker::list(const TrackerFilter &filter)
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QList<TrackedDefect> list;
    // The list's order is due date, undated last, then id. It is read as two ranges of one index (defects_due:
    // due, id): the dated defects from the key on, then the undated ones by id. So a page after the keyset `after`
    // costs what the first page costs, and no query sorts every defect.
    auto read = [&](const QString &range, QVariantList rangeValues, const QString &order, int limit) -> Status {
        QVariantList values;
        QString where = whereOf(filter, today, values);
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + range;
        values << rangeValues;
        QString limitClause;
        if (limit > 0) {
            limitClause = QStringLiteral(" LIMIT ?");
            values << limit;
        }
        auto query = sql::run(
            m_db, QStringLiteral("SELECT ") + trackedColumns + trackedFrom + where + order + limitClause, values);
        if (!query)
            return query.error();
        while (query->next())
            list << trackedFrom_(query.value(), today);
        return sql::finished(query.value());
    };
    const bool inUndated = filter.after && !filter.after->due.isValid();
    if (!inUndated) {
        QString range = QStringLiteral("d.due IS NOT NULL");
        QVariantList values;
        if (filter.after) {
            const QString due = filter.after->due.toString(Qt::ISODate);
            range += QStringLiteral(" AND (d.due, d.id) > (?, ?)"); // a range of defects_due
            values << due << filter.after->id;
        }
        if (auto done = read(range, values, QStringLiteral(" ORDER BY d.due, d.id"), filter.limit); !done)
            return done.error();
    }
    if (filter.limit <= 0 || list.size() < filter.limit) {
        QString range = QStringLiteral("d.due IS NULL");
        QVariantList values;
        if (inUndated) {
            range += QStringLiteral(" AND d.id > ?");
            values << filter.after->id;
        }
        const int rest = filter.limit > 0 ? filter.limit - int(list.size()) : 0;
        if (auto done = read(range, values, QStringLiteral(" ORDER BY d.id"), rest); !done)
            return done.error();
    }
    return list;
}

Result<QList<OwnerDefectCounts>> SqlDefectTracker::countByOwner(const TrackerFilter &filter)
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QVariantList values{today.toString(Qt::ISODate)};
    const QString where = whereOf(filter, today, values);
    // Owners are compared case-insensitively everywhere (sql::ownerIs): group the same way, show one spelling.
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT min(d.owner), "
                                         "sum(CASE WHEN d.status IN ('open', 'reopened') THEN 1 ELSE 0 END), "
                                         "sum(CASE WHEN ") +
                              sql::overdueDefect() +
                              QStringLiteral(" THEN 1 ELSE 0 END), "
                                             "sum(CASE WHEN d.status = 'remediated' THEN 1 ELSE 0 END), "
                                             "sum(CASE WHEN d.status = 'verified' THEN 1 ELSE 0 END)") +
                              trackedFrom + where + QStringLiteral(" GROUP BY d.owner COLLATE NOCASE ORDER BY 1"),
                          values);
    if (!query)
        return query.error();
    QList<OwnerDefectCounts> counts;
    while (query->next())
        counts.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toInt(),
                       query->value(3).toInt(), query->value(4).toInt()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return counts;
}

Result<TrackedDefect> SqlDefectTracker::load(qint64 defectId, const QDate &today)
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT ") + trackedColumns + trackedFrom + QStringLiteral(" WHERE d.id = ?"), {defectId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(QCoreApplication::translate("sagstjek::Database", "There is no defect %1.").arg(defectId));
    return trackedFrom_(query.value(), today.isValid() ? today : QDate::currentDate());
}

Status SqlDefectTracker::setRemediated(qint64 defectId, const QString &note, const QDate &on, const QString &by)
{
    const QString now = utcNow();
    return done(
        sql::run(m_db,
                 QStringLiteral(
                     "UPDATE defects SET status = 'remediated', remediation_note = ?, "
                     "remediated_on = ?, remediated_by = ?, remediated_at = ?, verified_by = NULL, "
                     "verified_at = NULL, verification_note = '', updated_at = ?, version = version + 1 WHERE id = ?"),
                 {note, on.toString(Qt::ISODate), by, now, now, defectId}));
}

Status SqlDefectTracker::setVerified(qint64 defectId, const QString &note, const QString &by)
{
    const QString now = utcNow();
    return done(sql::run(m_db,
                         QStringLiteral("UPDATE defects SET status = 'verified', verified_by = ?, verified_at = ?, "
                                        "verification_note = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                         {by, now, note, now, defectId}));
}

Status SqlDefectTracker::setReopened(qint64 defectId)
{
    return done(
        sql::run(m_db,
                 QStringLiteral("UPDATE defects SET status = 'reopened', verified_by = NULL, verified_at = NULL, "
                                "updated_at = ?, version = version + 1 WHERE id = ?"),
                 {utcNow(), defectId}));
}

Status SqlDefectTracker::setOwner(qint64 defectId, const QString &owner)
{
    return done(sql::run(
        m_db, QStringLiteral("UPDATE defects SET owner = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
        {owner, utcNow(), defectId}));
}

Status SqlDefectTracker::setDue(qint64 defectId, const QDate &due)
{
    return done(
        sql::run(m_db, QStringLiteral("UPDATE defects SET due = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                 {due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant(), utcNow(), defectId}));
}

Status SqlDefectTracker::addEvent(qint64 defectId, const QString &action, const QString &user, const QString &note)
{
    return done(sql::run(m_db,
                         QStringLiteral("INSERT INTO defect_events (defect_id, action, user_name, at, note) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {defectId, action, user, utcNow(), note}));
}

Result<QList<DefectEvent>> SqlDefectTracker::events(qint64 defectId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT action, user_name, at, note FROM defect_events WHERE defect_id = ? "
                                         "ORDER BY id"),
                          {defectId});
    if (!query)
        return query.error();
    QList<DefectEvent> list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

} // namespace sagstjek
