#include "storage/sql/sqlexportrows.h"

#include "storage/sql/sql.h"

namespace sagstjek {

namespace {

// Conditions joined with AND; every value bound, never written into the text.
struct Where {
    QStringList conditions;
    QVariantList values;
    void add(const QString &condition, const QVariant &value)
    {
        conditions << condition;
        values << value;
    }
    QString text() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

// The filters every kind shares; c = cases.
Where caseConditions(const ExportScope &scope)
{
    Where where;
    if (!scope.area.isEmpty())
        where.add(QStringLiteral("c.area = ?"), scope.area);
    if (!scope.caseworker.isEmpty())
        where.add(QStringLiteral("c.caseworker = ?"), scope.caseworker);
    return where;
}

} // namespace

Status SqlExportRows::cases(const ExportScope &scope, const Visitor<ExportCaseRow> &visit)
{
    Where where = caseConditions(scope);
    if (scope.roundId)
        where.add(QStringLiteral("c.id IN (SELECT case_id FROM round_sample WHERE round_id = ?)"), scope.roundId);
    if (!scope.status.isEmpty())
        where.add(QStringLiteral("c.review_status = ?"), scope.status);
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT c.id, c.case_number, c.cpr, c.name, c.area, c.subgroup, "
                                         "c.caseworker, c.team, c.review_status FROM cases c") +
                              where.text() + QStringLiteral(" ORDER BY c.id"),
                          where.values);
    if (!query)
        return query.error();
    // Dates through a second cursor in the same id order: a merge join instead of a query per case.
    auto dates = sql::run(m_db, QStringLiteral("SELECT case_id, field, value FROM case_dates ORDER BY case_id"));
    if (!dates)
        return dates.error();
    bool moreDates = dates->next();
    while (query->next()) {
        ExportCaseRow row;
        row.id = query->value(0).toLongLong();
        while (moreDates && dates->value(0).toLongLong() < row.id)
            moreDates = dates->next();
        while (moreDates && dates->value(0).toLongLong() == row.id) {
            row.dates.insert(dates->value(1).toString(), QDate::fromString(dates->value(2).toString(), Qt::ISODate));
            moreDates = dates->next();
        }
        row.caseNumber = query->value(1).toString();
        row.cpr = query->value(2).toString();
        row.name = query->value(3).toString();
        row.area = query->value(4).toString();
        row.subgroup = query->value(5).toString();
        row.caseworker = query->value(6).toString();
        row.team = query->value(7).toString();
        row.reviewStatus = query->value(8).toString();
        if (!visit(row))
            break;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    if (auto done = sql::finished(dates.value()); !done)
        return done.error();
    return Ok{};
}

Status SqlExportRows::answers(const ExportScope &scope, const Visitor<ExportAnswerRow> &visit)
{
    Where where = caseConditions(scope);
    if (scope.roundId)
        where.add(QStringLiteral("r.round_id = ?"), scope.roundId);
    if (!scope.status.isEmpty())
        where.add(QStringLiteral("r.status = ?"), scope.status);
    // Every answer: the cases walked in case-number order, each review's answers through its key, and only each
    // review's ~20 rows sorted by item (CROSS JOIN fixes that order); left to itself SQLite sorted all of them
    // (3.2M answers: 34 s against 17 s in the sqlite3 CLI). A round's answers are found through the round instead.
    const QString joins = scope.roundId
                              ? QStringLiteral("FROM answers a JOIN reviews r ON r.id = a.review_id "
                                               "JOIN items i ON i.id = a.item_id JOIN cases c ON c.id = r.case_id")
                              : QStringLiteral("FROM cases c %1 reviews r ON r.case_id = c.id "
                                               "%1 answers a ON a.review_id = r.id JOIN items i ON i.id = a.item_id")
                                    .arg(sql::orderedJoin(m_db));
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT r.id, c.case_number, c.cpr, c.name, c.area, c.caseworker, "
                                         "r.reviewer, r.status, r.completed_at, i.key, a.answer, a.note, "
                                         "a.computed_verdict, a.override_reason, a.answered_by, a.answered_at, "
                                         "coalesce((SELECT name FROM rounds WHERE id = r.round_id), '') ") +
                              joins + where.text() + QStringLiteral(" ORDER BY c.case_number, r.id, i.key"),
                          where.values);
    if (!query)
        return query.error();
    while (query->next()) {
        ExportAnswerRow row;
        row.reviewId = query->value(0).toLongLong();
        row.caseNumber = query->value(1).toString();
        row.cpr = query->value(2).toString();
        row.name = query->value(3).toString();
        row.area = query->value(4).toString();
        row.caseworker = query->value(5).toString();
        row.reviewer = query->value(6).toString();
        row.reviewStatus = query->value(7).toString();
        row.completedAt = query->value(8).toString();
        row.itemKey = query->value(9).toString();
        row.answer = query->value(10).toString();
        row.note = query->value(11).toString();
        row.computedVerdict = query->value(12).toString();
        row.overrideReason = query->value(13).toString();
        row.answeredBy = query->value(14).toString();
        row.answeredAt = query->value(15).toString();
        row.roundName = query->value(16).toString();
        if (!visit(row))
            break;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return Ok{};
}

Status SqlExportRows::defects(const ExportScope &scope, const Visitor<ExportDefectRow> &visit)
{
    Where where = caseConditions(scope);
    if (scope.roundId)
        where.add(QStringLiteral("r.round_id = ?"), scope.roundId);
    if (!scope.status.isEmpty())
        where.add(QStringLiteral("d.status = ?"), scope.status);
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT c.case_number, c.cpr, c.name, c.area, c.caseworker, d.item_key, "
                                         "d.description, d.severity, d.owner, d.due, d.status, d.created_by, "
                                         "d.created_at FROM defects d JOIN reviews r ON r.id = d.review_id "
                                         "JOIN cases c ON c.id = d.case_id") +
                              where.text() + QStringLiteral(" ORDER BY c.case_number, d.item_key"),
                          where.values);
    if (!query)
        return query.error();
    while (query->next()) {
        ExportDefectRow row;
        row.caseNumber = query->value(0).toString();
        row.cpr = query->value(1).toString();
        row.name = query->value(2).toString();
        row.area = query->value(3).toString();
        row.caseworker = query->value(4).toString();
        row.itemKey = query->value(5).toString();
        row.description = query->value(6).toString();
        row.severity = query->value(7).toString();
        row.owner = query->value(8).toString();
        row.due = query->value(9).toString();
        row.status = query->value(10).toString();
        row.createdBy = query->value(11).toString();
        row.createdAt = query->value(12).toString();
        if (!visit(row))
            break;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return Ok{};
}

} // namespace sagstjek
