#include "storage/sql/sqlactionrulerepository.h"

#include "storage/database.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

const QString actionColumns =
    QStringLiteral("a.id, a.round_id, a.rule_id, u.name, u.action, a.subject, a.observed, a.detail, "
                   "a.status, a.done_by, a.done_at, "
                   "a.note FROM round_actions a JOIN action_rules u ON u.id = a.rule_id");

TriggeredAction actionFrom(const QSqlQuery &q)
{
    TriggeredAction a;
    a.id = q.value(0).toLongLong();
    a.roundId = q.value(1).toLongLong();
    a.ruleId = q.value(2).toLongLong();
    a.ruleName = q.value(3).toString();
    a.action = q.value(4).toString();
    a.subject = q.value(5).toString();
    a.observed = q.value(6).toDouble();
    a.detail = q.value(7).toString();
    a.status = actionStatusFromKey(q.value(8).toString()).value_or(ActionStatus::Open);
    a.doneBy = q.value(9).toString();
    a.doneAt = q.value(10).toString();
    a.note = q.value(11).toString();
    return a;
}

} // namespace

Result<qint64> SqlActionRuleRepository::insert(const ActionRule &rule, const QString &user)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO action_rules (name, kind, item_pattern, threshold, action, "
                       "active, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {rule.name, rule.kind, rule.itemPattern, rule.threshold, rule.action, rule.active ? 1 : 0, user, utcNow()});
}

Result<QList<ActionRule>> SqlActionRuleRepository::rules(bool activeOnly)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, name, kind, item_pattern, threshold, action, active FROM "
                                         "action_rules WHERE active = 1 OR ? = 0 ORDER BY id"),
                          {activeOnly ? 1 : 0});
    if (!query)
        return query.error();
    QList<ActionRule> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toDouble(), query->value(5).toString(),
                     query->value(6).toInt() != 0});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Status SqlActionRuleRepository::setActive(qint64 ruleId, bool active)
{
    auto updated =
        sql::run(m_db, QStringLiteral("UPDATE action_rules SET active = ? WHERE id = ?"), {active ? 1 : 0, ruleId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Result<QList<RuleAnswer>> SqlActionRuleRepository::answers(qint64 roundId)
{
    // Reviewed answers only: the SQL form of isReviewed() (domain/statuses.h).
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT p.caseworker, i.key, x.answer FROM answers x "
                                         "JOIN reviews r ON r.id = x.review_id JOIN items i ON i.id = x.item_id "
                                         "JOIN round_population p ON p.round_id = r.round_id AND p.case_id = r.case_id "
                                         "WHERE r.round_id = ? AND r.status IN ('completed', 'approved') "
                                         "AND x.answer IN ('met', 'not-met') ORDER BY p.position, i.key"),
                          {roundId});
    if (!query)
        return query.error();
    QList<RuleAnswer> list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString() == u"not-met"});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<QList<TriggeredAction>> SqlActionRuleRepository::actions(qint64 roundId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT ") + actionColumns +
                              QStringLiteral(" WHERE a.round_id = ? ORDER BY a.rule_id, a.subject"),
                          {roundId});
    if (!query)
        return query.error();
    QList<TriggeredAction> list;
    while (query->next())
        list << actionFrom(query.value());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<TriggeredAction> SqlActionRuleRepository::action(qint64 actionId)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT ") + actionColumns + QStringLiteral(" WHERE a.id = ?"), {actionId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(
            QCoreApplication::translate("sagstjek::Database", "There is no triggered action %1.").arg(actionId));
    return actionFrom(query.value());
}

Status SqlActionRuleRepository::upsertAction(const TriggeredAction &a)
{
    auto written = sql::run(m_db,
                            QStringLiteral("INSERT INTO round_actions (round_id, rule_id, subject, observed, detail, "
                                           "triggered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, rule_id, "
                                           "subject) DO UPDATE SET observed = excluded.observed, "
                                           "detail = excluded.detail"),
                            {a.roundId, a.ruleId, a.subject, a.observed, a.detail, utcNow()});
    if (!written)
        return written.error();
    return Ok{};
}

Status SqlActionRuleRepository::removeOpenExcept(qint64 roundId, const QList<std::pair<qint64, QString>> &keep)
{
    auto existing = actions(roundId);
    if (!existing)
        return existing.error();
    for (const TriggeredAction &a : existing.value()) {
        if (a.status != ActionStatus::Open || keep.contains(std::pair<qint64, QString>(a.ruleId, a.subject)))
            continue;
        auto deleted = sql::run(m_db, QStringLiteral("DELETE FROM round_actions WHERE id = ?"), {a.id});
        if (!deleted)
            return deleted.error();
    }
    return Ok{};
}

Status SqlActionRuleRepository::markDone(qint64 actionId, const QString &user, const QString &note)
{
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE round_actions SET status = 'done', done_by = ?, done_at = ?, "
                                           "note = ? WHERE id = ?"),
                            {user, utcNow(), note, actionId});
    if (!updated)
        return updated.error();
    return Ok{};
}

} // namespace sagstjek
