#include "storage/sql/sqlroundstatistics.h"

#include "domain/review.h"
#include "domain/statuses.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

// The cases a round's figures are over, one row per case: the round's sample with the values the round froze
// (area, caseworker, team), the case's subgroup (which items applied) and its review in the round, if any.
// `reviewed` is isReviewed() in SQL; the two statuses are bound (reviewedValues()), then the round and the sample
// reason left out (none, or the follow-up cases).
const QString roundScope =
    QStringLiteral("WITH scope AS (SELECT s.case_id, p.area, p.caseworker, p.team, c.subgroup, r.id AS review_id, "
                   "r.template_id, CASE WHEN r.status IN (?, ?) THEN 1 ELSE 0 END AS reviewed "
                   "FROM round_sample s "
                   "JOIN round_population p ON p.round_id = s.round_id AND p.case_id = s.case_id "
                   "JOIN cases c ON c.id = s.case_id "
                   "LEFT JOIN reviews r ON r.round_id = s.round_id AND r.case_id = s.case_id "
                   "WHERE s.round_id = ? AND s.reason <> ? AND (? = '' OR p.team = ?))");

// Outside rounds: every case with a review outside any round, with the case's current values.
const QString outsideScope = QStringLiteral(
    "WITH scope AS (SELECT r.case_id, c.area, c.caseworker, c.team, c.subgroup, r.id AS review_id, "
    "r.template_id, CASE WHEN r.status IN (?, ?) THEN 1 ELSE 0 END AS reviewed "
    "FROM reviews r JOIN cases c ON c.id = r.case_id WHERE r.round_id IS NULL AND (? = '' OR c.team = ?))");

// The statuses isReviewed() accepts, in the order the scope binds them.
QVariantList reviewedValues()
{
    QVariantList values;
    for (ReviewStatus status : {ReviewStatus::Completed, ReviewStatus::Approved}) {
        Q_ASSERT(isReviewed(status));
        values << reviewStatusKey(status);
    }
    return values;
}

QString trStatistics(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// The reason a sample row has when it was added for a remediated defect (RoundService::create).
QString followUpReason()
{
    return QStringLiteral("remediated-defect");
}

// The values roundScope or outsideScope binds.
QVariantList scopeValuesFor(qint64 roundId, RoundStatistics::FollowUp followUp, const QString &team)
{
    QVariantList values = reviewedValues();
    if (roundId > 0)
        values << roundId << (followUp == RoundStatistics::FollowUp::LeaveOut ? followUpReason() : QString());
    values << team << team;
    return values;
}

void addDefects(DefectCounts &counts, const QString &statusKey, int count, int overdue)
{
    counts.overdue += overdue;
    switch (defectStatusFromKey(statusKey).value_or(DefectStatus::Open)) {
    case DefectStatus::Open:
        counts.open += count;
        break;
    case DefectStatus::Reopened:
        counts.reopened += count;
        break;
    case DefectStatus::Remediated:
        counts.remediated += count;
        break;
    case DefectStatus::Verified:
        counts.verified += count;
        break;
    }
}

} // namespace

Result<QList<CaseBehind>> SqlRoundStatistics::casesWithAnswer(qint64 roundId, const QString &itemKey,
                                                              const QString &answer, FollowUp followUp,
                                                              const QString &caseworker)
{
    // From the item's answers (index answers_item), few next to the round's cases: CROSS JOIN keeps that order.
    const bool inRound = roundId > 0;
    QVariantList values{itemKey, answer};
    if (inRound)
        values << roundId;
    values << reviewedValues();
    if (inRound)
        values << (followUp == FollowUp::LeaveOut ? followUpReason() : QString());
    if (!caseworker.isEmpty())
        values << caseworker;
    const QString from =
        inRound ? QStringLiteral("SELECT r.case_id, c.case_number, p.caseworker, p.area FROM answers a "
                                 "%1 reviews r ON r.id = a.review_id "
                                 "JOIN round_sample s ON s.round_id = r.round_id AND s.case_id = r.case_id "
                                 "JOIN round_population p ON p.round_id = r.round_id AND p.case_id = r.case_id "
                                 "JOIN cases c ON c.id = r.case_id "
                                 "WHERE a.item_id = (SELECT id FROM items WHERE key = ?) AND a.answer = ? AND "
                                 "r.round_id = ? AND r.status IN (?, ?) "
                                 "AND s.reason <> ?")
                      .arg(sql::orderedJoin(m_db))
                : QStringLiteral("SELECT r.case_id, c.case_number, c.caseworker, c.area FROM answers a "
                                 "%1 reviews r ON r.id = a.review_id JOIN cases c ON c.id = r.case_id "
                                 "WHERE a.item_id = (SELECT id FROM items WHERE key = ?) AND a.answer = ? AND "
                                 "r.round_id IS NULL AND r.status IN (?, ?)")
                      .arg(sql::orderedJoin(m_db));
    const QString byCaseworker = caseworker.isEmpty()
                                     ? QString()
                                     : (inRound ? QStringLiteral(" AND p.caseworker = ? COLLATE NOCASE")
                                                : QStringLiteral(" AND c.caseworker = ? COLLATE NOCASE"));
    auto query = sql::run(m_db, from + byCaseworker + QStringLiteral(" ORDER BY c.case_number"), values);
    if (!query)
        return query.error();
    QList<CaseBehind> cases;
    while (query->next())
        cases.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      query->value(3).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return cases;
}

Result<RoundFigures> SqlRoundStatistics::figures(qint64 roundId, const QDate &today, FollowUp followUp,
                                                 const QString &team)
{
    RoundFigures figures;
    figures.roundId = roundId;
    const bool inRound = roundId > 0;
    const QString scope = inRound ? roundScope : outsideScope;
    const QVariantList scopeValues = scopeValuesFor(roundId, followUp, team);

    auto read = inTransaction(m_db, [&]() -> Status {
        if (inRound) {
            auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM rounds WHERE id = ?"), {roundId});
            if (!exists)
                return exists.error();
            if (exists->toInt() == 0)
                return notFound(trStatistics("There is no round %1.").arg(roundId));
        }
        auto population =
            inRound ? sql::scalar(m_db,
                                  QStringLiteral("SELECT count(*) FROM round_population WHERE round_id = ? "
                                                 "AND (? = '' OR team = ?)"),
                                  {roundId, team, team})
                    : sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases WHERE (? = '' OR team = ?)"),
                                  {team, team});
        if (!population)
            return population.error();
        figures.population = population->toInt();
        if (inRound) {
            auto followUps =
                sql::run(m_db,
                         QStringLiteral("SELECT count(*), sum(CASE WHEN r.status IN (?, ?) THEN 1 ELSE 0 END) "
                                        "FROM round_sample s "
                                        "JOIN round_population p ON p.round_id = s.round_id AND p.case_id = s.case_id "
                                        "LEFT JOIN reviews r ON r.round_id = s.round_id AND r.case_id = s.case_id "
                                        "WHERE s.round_id = ? AND s.reason = ? AND (? = '' OR p.team = ?)"),
                         reviewedValues() << roundId << followUpReason() << team << team);
            if (!followUps)
                return followUps.error();
            if (followUps->next()) {
                figures.followUpCases = followUps->value(0).toInt();
                figures.followUpReviewed = followUps->value(1).toInt();
            }
        }

        // Per case: its answers counted (only when it is reviewed), from the review's tallies (migration 5 keeps
        // them); then per group, with the whole round as group 0. Error-free: reviewed, and not one "not met".
        const QString groupColumns =
            QStringLiteral("count(*), sum(reviewed), sum(CASE WHEN reviewed = 1 AND not_met = 0 THEN 1 ELSE 0 END), "
                           "sum(met), sum(not_met), sum(na) FROM per_case");
        auto groups = sql::run(
            m_db,
            scope +
                QStringLiteral(
                    ", per_case AS MATERIALIZED (SELECT sc.area, sc.caseworker, sc.team, sc.reviewed, "
                    "sc.reviewed * coalesce(t.met, 0) AS met, sc.reviewed * coalesce(t.not_met, 0) AS not_met, "
                    "sc.reviewed * coalesce(t.na, 0) AS na "
                    "FROM scope sc LEFT JOIN review_tallies t ON t.review_id = sc.review_id) ") +
                QStringLiteral("SELECT 0, '', ") + groupColumns + QStringLiteral(" UNION ALL SELECT 1, caseworker, ") +
                groupColumns + QStringLiteral(" GROUP BY caseworker UNION ALL SELECT 2, team, ") + groupColumns +
                QStringLiteral(" GROUP BY team UNION ALL SELECT 3, area, ") + groupColumns +
                QStringLiteral(" GROUP BY area ORDER BY 1, 2"),
            scopeValues);
        if (!groups)
            return groups.error();
        while (groups->next()) {
            GroupCounts g;
            g.name = groups->value(1).toString();
            g.cases = groups->value(2).toInt();
            g.reviewed = groups->value(3).toInt(); // NULL (no case at all) reads as 0
            g.errorFree = groups->value(4).toInt();
            g.met = groups->value(5).toInt();
            g.notMet = groups->value(6).toInt();
            g.notApplicable = groups->value(7).toInt();
            switch (groups->value(0).toInt()) {
            case 0:
                figures.total = g;
                break;
            case 1:
                figures.byCaseworker << g;
                break;
            case 2:
                figures.byTeam << g;
                break;
            default:
                figures.byArea << g;
                break;
            }
        }
        if (auto done = sql::finished(groups.value()); !done)
            return done.error();

        // Per item: the round's tallies less the answers of the reviews that are not counted (not reviewed, or
        // not in the counted sample: the follow-up cases a random sample leaves out). Those are few. The tallies are
        // per round: one team's items (a ledelsestilsyn report, a handful of cases) are counted from its answers.
        // CROSS JOIN keeps the round's reviews the outer loop (reviews_round_status, then each review's answers by
        // their key): left to itself SQLite walked every answer through answers_item for the GROUP BY
        // (tst_queryplans).
        const QString fromTallies =
            QStringLiteral("SELECT t.item_key, t.met - coalesce(x.met, 0), t.not_met - coalesce(x.not_met, 0), "
                           "t.na - coalesce(x.na, 0), t.unanswered - coalesce(x.unanswered, 0) FROM item_tallies t "
                           "LEFT JOIN (SELECT (SELECT key FROM items WHERE id = a.item_id) AS item_key, "
                           "count(*) FILTER (WHERE a.answer = 'met') AS met, "
                           "count(*) FILTER (WHERE a.answer = 'not-met') AS not_met, count(*) FILTER (WHERE a.answer = "
                           "'na') AS na, "
                           "count(*) FILTER (WHERE a.answer IS NULL) AS unanswered FROM reviews r ") +
            sql::orderedJoin(m_db) + QStringLiteral(" answers a ON a.review_id = r.id WHERE ") +
            (inRound ? QStringLiteral("r.round_id = ? AND (r.status NOT IN (?, ?) OR NOT EXISTS (SELECT 1 FROM "
                                      "round_sample s WHERE s.round_id = r.round_id AND s.case_id = r.case_id "
                                      "AND s.reason <> ?))")
                     : QStringLiteral("r.round_id IS NULL AND r.status NOT IN (?, ?)")) +
            QStringLiteral(" GROUP BY a.item_id) x ON x.item_key = t.item_key WHERE t.round_key = ? "
                           "ORDER BY t.item_key");
        QVariantList tallyValues;
        if (inRound)
            tallyValues << roundId;
        tallyValues << reviewedValues();
        if (inRound)
            tallyValues << (followUp == FollowUp::LeaveOut ? followUpReason() : QString());
        tallyValues << roundId; // the tallies' round key: 0 outside rounds
        const QString fromAnswers =
            scope +
            QStringLiteral(
                " SELECT i.key, count(*) FILTER (WHERE a.answer = 'met'), count(*) FILTER (WHERE a.answer = "
                "'not-met'), "
                "count(*) FILTER (WHERE a.answer = 'na'), count(*) FILTER (WHERE a.answer IS NULL) FROM scope sc "
                "JOIN answers a ON a.review_id = sc.review_id JOIN items i ON i.id = a.item_id "
                "WHERE sc.reviewed = 1 GROUP BY i.key ORDER BY i.key");
        auto items =
            team.isEmpty() ? sql::run(m_db, fromTallies, tallyValues) : sql::run(m_db, fromAnswers, scopeValues);
        if (!items)
            return items.error();
        while (items->next()) {
            const ItemAnswerCounts counts{items->value(0).toString(), items->value(1).toInt(), items->value(2).toInt(),
                                          items->value(3).toInt(), items->value(4).toInt()};
            if (counts.met + counts.notMet + counts.notApplicable + counts.unansweredRows > 0)
                figures.items.append(counts);
        }
        if (auto done = sql::finished(items.value()); !done)
            return done.error();

        auto templates = sql::run(m_db,
                                  scope + QStringLiteral(" SELECT template_id, subgroup, count(*) FROM scope "
                                                         "WHERE reviewed = 1 GROUP BY template_id, subgroup "
                                                         "ORDER BY template_id, subgroup"),
                                  scopeValues);
        if (!templates)
            return templates.error();
        while (templates->next())
            figures.templates.append(
                {templates->value(0).toLongLong(), templates->value(1).toString(), templates->value(2).toInt()});
        if (auto done = sql::finished(templates.value()); !done)
            return done.error();

        // Every defect of the round's reviews, reviewed or not: follow-up starts when a defect is found.
        // A team's defects: those of the cases the round froze in the team (outside rounds: the case's team now).
        QVariantList defectValues{today.toString(Qt::ISODate)};
        if (inRound)
            defectValues << roundId;
        defectValues << team << team;
        const QString defectsOf =
            inRound ? QStringLiteral(" FROM defects d JOIN reviews r ON r.id = d.review_id "
                                     "JOIN round_population p ON p.round_id = r.round_id AND p.case_id = d.case_id "
                                     "WHERE r.round_id = ? AND (? = '' OR p.team = ?)")
                    : QStringLiteral(" FROM defects d JOIN reviews r ON r.id = d.review_id "
                                     "JOIN cases c ON c.id = d.case_id "
                                     "WHERE r.round_id IS NULL AND (? = '' OR c.team = ?)");
        auto defects =
            sql::run(m_db,
                     QStringLiteral("SELECT d.status, count(*), sum(CASE WHEN ") + sql::overdueDefect() +
                         QStringLiteral(" THEN 1 ELSE 0 END)") + defectsOf + QStringLiteral(" GROUP BY d.status"),
                     defectValues);
        if (!defects)
            return defects.error();
        while (defects->next())
            addDefects(figures.defects, defects->value(0).toString(), defects->value(1).toInt(),
                       defects->value(2).toInt());
        if (auto done = sql::finished(defects.value()); !done)
            return done.error();

        // The same per check item.
        auto byItem = sql::run(m_db,
                               QStringLiteral("SELECT d.item_key, d.status, count(*), sum(CASE WHEN ") +
                                   sql::overdueDefect() + QStringLiteral(" THEN 1 ELSE 0 END)") + defectsOf +
                                   QStringLiteral(" GROUP BY d.item_key, d.status ORDER BY d.item_key"),
                               defectValues);
        if (!byItem)
            return byItem.error();
        while (byItem->next()) {
            const QString key = byItem->value(0).toString();
            if (figures.defectsByItem.isEmpty() || figures.defectsByItem.last().itemKey != key)
                figures.defectsByItem.append({key, {}});
            addDefects(figures.defectsByItem.last().counts, byItem->value(1).toString(), byItem->value(2).toInt(),
                       byItem->value(3).toInt());
        }
        if (auto done = sql::finished(byItem.value()); !done)
            return done.error();
        return Ok{};
    });
    if (!read)
        return read.error();
    return figures;
}

Result<QList<PeriodRound>> SqlRoundStatistics::roundsInPeriod(const QDate &from, const QDate &to)
{
    // Timestamps are ISO texts: their first ten characters are the day.
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, name, substr(created_at, 1, 10), substr(closed_at, 1, 10) "
                                         "FROM rounds WHERE substr(created_at, 1, 10) <= ? "
                                         "AND (closed_at IS NULL OR substr(closed_at, 1, 10) >= ?) "
                                         "ORDER BY created_at, id"),
                          {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    QList<PeriodRound> rounds;
    while (query->next())
        rounds.append({query->value(0).toLongLong(), query->value(1).toString(),
                       QDate::fromString(query->value(2).toString(), Qt::ISODate),
                       QDate::fromString(query->value(3).toString(), Qt::ISODate)});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return rounds;
}

Result<PeriodDefects> SqlRoundStatistics::defectsInPeriod(const QDate &from, const QDate &to, const QDate &today)
{
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    // Remediated: the day the remediation was done (remediated_on), else the day it was recorded.
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT sum(CASE WHEN substr(d.created_at, 1, 10) BETWEEN ? AND ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN coalesce(d.remediated_on, substr(d.remediated_at, 1, 10)) BETWEEN ? AND ? "
                       "THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN substr(d.verified_at, 1, 10) BETWEEN ? AND ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN d.status IN ('open', 'reopened') THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN ") +
            sql::overdueDefect() + QStringLiteral(" THEN 1 ELSE 0 END) FROM defects d"),
        {f, t, f, t, f, t, today.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    PeriodDefects defects;
    if (query->next()) {
        defects.found = query->value(0).toInt();
        defects.remediated = query->value(1).toInt();
        defects.verified = query->value(2).toInt();
        defects.openNow = query->value(3).toInt();
        defects.overdueNow = query->value(4).toInt();
    }
    return defects;
}

} // namespace sagstjek
