#include "storage/sql/sqlgrantrepository.h"

#include "storage/database.h"
#include "storage/sql/sql.h"

namespace sagstjek {

namespace {

const QString lineColumns = QStringLiteral("l.id, l.case_id, c.case_number, l.month, l.target_group, l.received, "
                                           "l.entitled, l.reason, l.updated_by, l.updated_at "
                                           "FROM grant_lines l JOIN cases c ON c.id = l.case_id");

GrantLine lineFrom(const QSqlQuery &q)
{
    GrantLine l;
    l.id = q.value(0).toLongLong();
    l.caseId = q.value(1).toLongLong();
    l.caseNumber = q.value(2).toString();
    l.month = q.value(3).toString();
    l.targetGroup = q.value(4).toString();
    l.received = q.value(5).toInt() != 0;
    l.entitled = q.value(6).toInt() != 0;
    l.reason = q.value(7).toString();
    l.updatedBy = q.value(8).toString();
    l.updatedAt = q.value(9).toString();
    return l;
}

// The lines a filter selects, with a difference: bound values in this order (filterValues).
const QString filterCondition =
    QStringLiteral("l.received <> l.entitled "
                   "AND (? = 0 OR l.case_id IN (SELECT s.case_id FROM round_sample s WHERE s.round_id = ?)) "
                   "AND (? = 0 OR l.month BETWEEN ? AND ?) "
                   "AND (? = 0 OR l.case_id = ?)");

QVariantList filterValues(const GrantFilter &f)
{
    const QString from = QStringLiteral("%1-01").arg(f.year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-12").arg(f.year, 4, 10, QLatin1Char('0'));
    return {f.roundId, f.roundId, f.year, from, to, f.caseId, f.caseId};
}

// A month's rate: the rate of its year and target group (none when the table has none).
const QString rateJoin = QStringLiteral("LEFT JOIN grant_rates r ON r.target_group = l.target_group "
                                        "AND r.year = CAST(substr(l.month, 1, 4) AS INTEGER)");

// The sums over the rows of `d` (one per month with a difference: sign and rate_ore, NULL when unpriced).
const QString sums = QStringLiteral("COUNT(*), COUNT(*) FILTER (WHERE sign > 0 AND rate_ore IS NOT NULL), "
                                    "COUNT(*) FILTER (WHERE sign < 0 AND rate_ore IS NOT NULL), "
                                    "COALESCE(SUM(CASE WHEN sign > 0 THEN rate_ore END), 0), "
                                    "COALESCE(SUM(CASE WHEN sign < 0 THEN -rate_ore END), 0), "
                                    "COUNT(*) FILTER (WHERE rate_ore IS NULL)");

GrantSum sumFrom(const QSqlQuery &q, int first)
{
    GrantSum s;
    s.months = q.value(first).toInt();
    s.repayMonths = q.value(first + 1).toInt();
    s.claimMonths = q.value(first + 2).toInt();
    s.repayOre = q.value(first + 3).toLongLong();
    s.claimOre = q.value(first + 4).toLongLong();
    s.unpricedMonths = q.value(first + 5).toInt();
    return s;
}

} // namespace

Result<std::optional<GrantLine>> SqlGrantRepository::line(qint64 caseId, const QString &month)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT ") + lineColumns + QStringLiteral(" WHERE l.case_id = ? AND l.month = ?"),
                 {caseId, month});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<GrantLine>();
    return std::optional<GrantLine>(lineFrom(query.value()));
}

Result<GrantRepository::Upserted> SqlGrantRepository::upsertLine(const GrantLine &line, const QString &user)
{
    auto existing = this->line(line.caseId, line.month);
    if (!existing)
        return existing.error();
    Upserted result;
    result.before = existing.value();
    if (const auto &b = result.before; b && b->targetGroup == line.targetGroup && b->received == line.received &&
                                       b->entitled == line.entitled && b->reason == line.reason)
        return result;
    auto written =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO grant_lines (case_id, month, target_group, received, entitled, "
                                "reason, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (case_id, month) DO UPDATE SET target_group = excluded.target_group, "
                                "received = excluded.received, entitled = excluded.entitled, "
                                "reason = excluded.reason, updated_by = excluded.updated_by, "
                                "updated_at = excluded.updated_at"),
                 {line.caseId, line.month, line.targetGroup, line.received ? 1 : 0, line.entitled ? 1 : 0, line.reason,
                  user, utcNow()});
    if (!written)
        return written.error();
    result.changed = true;
    return result;
}

Result<std::optional<GrantLine>> SqlGrantRepository::removeLine(qint64 caseId, const QString &month)
{
    auto existing = line(caseId, month);
    if (!existing || !existing.value())
        return existing;
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM grant_lines WHERE case_id = ? AND month = ?"), {caseId, month});
    if (!removed)
        return removed.error();
    return existing;
}

Result<QList<GrantLine>> SqlGrantRepository::lines(qint64 caseId)
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT ") + lineColumns + QStringLiteral(" WHERE l.case_id = ? ORDER BY l.month"),
        {caseId});
    if (!query)
        return query.error();
    QList<GrantLine> list;
    while (query->next())
        list << lineFrom(query.value());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<QList<GrantRate>> SqlGrantRepository::rates()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT target_group, year, rate_ore, source, updated_by, updated_at "
                                               "FROM grant_rates ORDER BY target_group, year"));
    if (!query)
        return query.error();
    QList<GrantRate> list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toLongLong(),
                     query->value(3).toString(), query->value(4).toString(), query->value(5).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<std::optional<GrantRate>> SqlGrantRepository::setRate(const GrantRate &rate, const QString &user)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT target_group, year, rate_ore, source, updated_by, updated_at "
                                         "FROM grant_rates WHERE target_group = ? AND year = ?"),
                          {rate.targetGroup, rate.year});
    if (!query)
        return query.error();
    std::optional<GrantRate> before;
    if (query->next())
        before = GrantRate{query->value(0).toString(), query->value(1).toInt(),    query->value(2).toLongLong(),
                           query->value(3).toString(), query->value(4).toString(), query->value(5).toString()};
    auto written = sql::run(m_db,
                            QStringLiteral("INSERT INTO grant_rates (target_group, year, rate_ore, source, updated_by, "
                                           "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target_group, year) DO "
                                           "UPDATE SET rate_ore = excluded.rate_ore, source = excluded.source, "
                                           "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
                            {rate.targetGroup, rate.year, rate.rateOre, rate.source, user, utcNow()});
    if (!written)
        return written.error();
    return before;
}

Result<GrantDifferences> SqlGrantRepository::differences(const GrantFilter &filter)
{
    // One statement: the months with a difference and their rate, then the sums per case, per year and in total.
    const QString statement =
        QStringLiteral("WITH d AS (SELECT l.case_id, c.case_number, c.caseworker, "
                       "CAST(substr(l.month, 1, 4) AS INTEGER) AS year, l.received - l.entitled AS sign, "
                       "r.rate_ore FROM grant_lines l JOIN cases c ON c.id = l.case_id ") +
        rateJoin + QStringLiteral(" WHERE ") + filterCondition +
        QStringLiteral(") SELECT 0, case_id, case_number, caseworker, 0, ") + sums +
        QStringLiteral(" FROM d GROUP BY case_id, case_number, caseworker UNION ALL SELECT 1, 0, '', '', year, ") +
        sums + QStringLiteral(" FROM d GROUP BY year UNION ALL SELECT 2, 0, '', '', 0, ") + sums +
        QStringLiteral(" FROM d ORDER BY 1, 3, 5");
    auto query = sql::run(m_db, statement, filterValues(filter));
    if (!query)
        return query.error();
    GrantDifferences result;
    while (query->next()) {
        const int kind = query->value(0).toInt();
        const GrantSum sum = sumFrom(query.value(), 5);
        if (kind == 0)
            result.cases.append(
                {query->value(1).toLongLong(), query->value(2).toString(), query->value(3).toString(), sum});
        else if (kind == 1)
            result.years.append({query->value(4).toInt(), sum});
        else
            result.total = sum;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    auto unpriced = sql::run(m_db,
                             QStringLiteral("SELECT l.target_group, l.month, COUNT(*) FROM grant_lines l ") + rateJoin +
                                 QStringLiteral(" WHERE r.rate_ore IS NULL AND ") + filterCondition +
                                 QStringLiteral(" GROUP BY l.month, l.target_group ORDER BY l.month, l.target_group"),
                             filterValues(filter));
    if (!unpriced)
        return unpriced.error();
    while (unpriced->next())
        result.unpriced.append(
            {unpriced->value(0).toString(), unpriced->value(1).toString(), unpriced->value(2).toInt()});
    if (auto done = sql::finished(unpriced.value()); !done)
        return done.error();
    return result;
}

} // namespace sagstjek
