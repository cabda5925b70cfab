#include "storage/sql/sqlactionplanrepository.h"

#include "storage/database.h"
#include "storage/sql/sql.h"

#include <QHash>

namespace sagstjek {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// The action's columns, with a readable label for its link: the rule's name, the round's name, the item's key.
const QString actionSelect = QStringLiteral(
    "SELECT a.id, a.theme_id, a.position, a.what, a.owner, a.deadline, a.status, a.link_kind, a.link_value, "
    "COALESCE(u.name, r.name, a.link_value), a.created_by, a.created_at, a.updated_at "
    "FROM plan_actions a "
    "LEFT JOIN action_rules u ON u.id = CASE WHEN a.link_kind = 'action-rule' THEN CAST(a.link_value AS INTEGER) END "
    "LEFT JOIN rounds r ON r.id = CASE WHEN a.link_kind = 'round' THEN CAST(a.link_value AS INTEGER) END ");

PlanAction actionFrom(const QSqlQuery &q)
{
    PlanAction a;
    a.id = q.value(0).toLongLong();
    a.themeId = q.value(1).toLongLong();
    a.position = q.value(2).toInt();
    a.what = q.value(3).toString();
    a.owner = q.value(4).toString();
    a.deadline = dateFrom(q.value(5));
    a.status = planStatusFromText(q.value(6).toString()).value_or(PlanStatus::Planned);
    if (const auto kind = planLinkKindFromKey(q.value(7).toString()))
        a.link = PlanLink{*kind, q.value(8).toString(), q.value(9).toString()};
    a.createdBy = q.value(10).toString();
    a.createdAt = q.value(11).toString();
    a.updatedAt = q.value(12).toString();
    return a;
}

} // namespace

Result<qint64> SqlActionPlanRepository::insertPlan(const QString &name, const QDate &evaluationDate,
                                                   const QString &user)
{
    return sql::insertReturningId(
        m_db, QStringLiteral("INSERT INTO plans (name, evaluation_date, created_by, created_at) VALUES (?, ?, ?, ?)"),
        {name, dateValue(evaluationDate), user, utcNow()});
}

Result<QList<PlanAction>> SqlActionPlanRepository::loadActions(const QString &where, const QVariantList &values)
{
    auto query =
        sql::run(m_db, actionSelect + where + QStringLiteral(" ORDER BY a.theme_id, a.position, a.id"), values);
    if (!query)
        return query.error();
    QList<PlanAction> actions;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        index.insert(query->value(0).toLongLong(), actions.size());
        actions << actionFrom(query.value());
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    if (actions.isEmpty())
        return actions;
    // The notes of the same actions (the same condition on the joined action), oldest first.
    auto notes = sql::run(m_db,
                          QStringLiteral("SELECT n.id, n.action_id, n.status, n.note, n.written_by, n.written_at "
                                         "FROM plan_action_notes n JOIN plan_actions a ON a.id = n.action_id ") +
                              where + QStringLiteral(" ORDER BY n.action_id, n.id"),
                          values);
    if (!notes)
        return notes.error();
    while (notes->next()) {
        const auto at = index.constFind(notes->value(1).toLongLong());
        if (at == index.cend())
            continue;
        PlanNote note;
        note.id = notes->value(0).toLongLong();
        note.actionId = notes->value(1).toLongLong();
        note.status = planStatusFromText(notes->value(2).toString()).value_or(PlanStatus::Planned);
        note.note = notes->value(3).toString();
        note.writtenBy = notes->value(4).toString();
        note.writtenAt = notes->value(5).toString();
        actions[*at].notes << note;
    }
    if (auto done = sql::finished(notes.value()); !done)
        return done.error();
    return actions;
}

Result<QList<ActionPlan>> SqlActionPlanRepository::load(qint64 planId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, name, evaluation_date, created_by, created_at FROM plans "
                                         "WHERE id = ? OR ? = 0 ORDER BY name, id"),
                          {planId, planId});
    if (!query)
        return query.error();
    QList<ActionPlan> plans;
    QHash<qint64, qsizetype> planIndex;
    while (query->next()) {
        ActionPlan p;
        p.id = query->value(0).toLongLong();
        p.name = query->value(1).toString();
        p.evaluationDate = dateFrom(query->value(2));
        p.createdBy = query->value(3).toString();
        p.createdAt = query->value(4).toString();
        planIndex.insert(p.id, plans.size());
        plans << p;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    if (plans.isEmpty())
        return plans;

    auto themes = sql::run(m_db,
                           QStringLiteral("SELECT id, plan_id, position, title FROM plan_themes "
                                          "WHERE plan_id = ? OR ? = 0 ORDER BY plan_id, position, id"),
                           {planId, planId});
    if (!themes)
        return themes.error();
    QHash<qint64, std::pair<qsizetype, qsizetype>> themeIndex; // theme → (plan, theme) positions in the lists
    while (themes->next()) {
        PlanTheme t;
        t.id = themes->value(0).toLongLong();
        t.planId = themes->value(1).toLongLong();
        t.position = themes->value(2).toInt();
        t.title = themes->value(3).toString();
        const auto p = planIndex.constFind(t.planId);
        if (p == planIndex.cend())
            continue;
        themeIndex.insert(t.id, {*p, plans[*p].themes.size()});
        plans[*p].themes << t;
    }
    if (auto done = sql::finished(themes.value()); !done)
        return done.error();

    auto actions =
        loadActions(QStringLiteral("WHERE a.theme_id IN (SELECT id FROM plan_themes WHERE plan_id = ? OR ? = 0)"),
                    {planId, planId});
    if (!actions)
        return actions.error();
    for (const PlanAction &a : actions.value()) {
        const auto t = themeIndex.constFind(a.themeId);
        if (t != themeIndex.cend())
            plans[t->first].themes[t->second].actions << a;
    }
    return plans;
}

Result<QList<ActionPlan>> SqlActionPlanRepository::plans()
{
    return load(0);
}

Result<std::optional<ActionPlan>> SqlActionPlanRepository::plan(qint64 planId)
{
    if (planId <= 0)
        return std::optional<ActionPlan>();
    auto loaded = load(planId);
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return std::optional<ActionPlan>();
    return std::optional<ActionPlan>(loaded->first());
}

Result<std::optional<ActionPlan>> SqlActionPlanRepository::findPlan(const QString &name)
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE name = ?"), {name.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<ActionPlan>();
    return plan(id->toLongLong());
}

Result<qint64> SqlActionPlanRepository::insertTheme(qint64 planId, const QString &title)
{
    return sql::insertReturningId(m_db,
                                  QStringLiteral("INSERT INTO plan_themes (plan_id, position, title) VALUES (?, "
                                                 "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan_themes "
                                                 "WHERE plan_id = ?), ?)"),
                                  {planId, planId, title});
}

Result<std::optional<PlanTheme>> SqlActionPlanRepository::theme(qint64 themeId)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT id, plan_id, position, title FROM plan_themes WHERE id = ?"), {themeId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<PlanTheme>();
    PlanTheme t;
    t.id = query->value(0).toLongLong();
    t.planId = query->value(1).toLongLong();
    t.position = query->value(2).toInt();
    t.title = query->value(3).toString();
    return std::optional<PlanTheme>(t);
}

Status SqlActionPlanRepository::renameTheme(qint64 themeId, const QString &title)
{
    auto updated = sql::run(m_db, QStringLiteral("UPDATE plan_themes SET title = ? WHERE id = ?"), {title, themeId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Status SqlActionPlanRepository::orderThemes(qint64 planId, const QList<qint64> &themeIds)
{
    for (qsizetype i = 0; i < themeIds.size(); ++i) {
        auto updated =
            sql::run(m_db, QStringLiteral("UPDATE plan_themes SET position = ? WHERE id = ? AND plan_id = ?"),
                     {qint64(i + 1), themeIds.at(i), planId});
        if (!updated)
            return updated.error();
    }
    return Ok{};
}

Result<qint64> SqlActionPlanRepository::insertAction(const PlanAction &a, const QString &user)
{
    const QString now = utcNow();
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO plan_actions (theme_id, position, what, owner, deadline, status, link_kind, "
                       "link_value, created_by, created_at, updated_at) VALUES (?, "
                       "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan_actions WHERE theme_id = ?), "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.themeId, a.themeId, a.what, a.owner, dateValue(a.deadline), planStatusKey(a.status),
         a.link ? QVariant(planLinkKindKey(a.link->kind)) : QVariant(), a.link ? QVariant(a.link->value) : QVariant(),
         user, now, now});
}

Result<std::optional<PlanAction>> SqlActionPlanRepository::action(qint64 actionId)
{
    auto found = loadActions(QStringLiteral("WHERE a.id = ?"), {actionId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PlanAction>();
    return std::optional<PlanAction>(found->first());
}

Status SqlActionPlanRepository::updateAction(const PlanAction &a)
{
    auto updated =
        sql::run(m_db,
                 QStringLiteral("UPDATE plan_actions SET what = ?, owner = ?, deadline = ?, link_kind = ?, "
                                "link_value = ?, updated_at = ? WHERE id = ?"),
                 {a.what, a.owner, dateValue(a.deadline), a.link ? QVariant(planLinkKindKey(a.link->kind)) : QVariant(),
                  a.link ? QVariant(a.link->value) : QVariant(), utcNow(), a.id});
    if (!updated)
        return updated.error();
    return Ok{};
}

Status SqlActionPlanRepository::setStatus(qint64 actionId, PlanStatus status)
{
    auto updated = sql::run(m_db, QStringLiteral("UPDATE plan_actions SET status = ?, updated_at = ? WHERE id = ?"),
                            {planStatusKey(status), utcNow(), actionId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Result<qint64> SqlActionPlanRepository::insertNote(qint64 actionId, PlanStatus status, const QString &note,
                                                   const QString &user)
{
    return sql::insertReturningId(m_db,
                                  QStringLiteral("INSERT INTO plan_action_notes (action_id, status, note, written_by, "
                                                 "written_at) VALUES (?, ?, ?, ?, ?)"),
                                  {actionId, planStatusKey(status), note, user, utcNow()});
}

Result<QList<LateAction>> SqlActionPlanRepository::lateActions(const QDate &today)
{
    // PlanAction::isLate() in SQL: a deadline before today, not done and not abandoned.
    auto actions = loadActions(QStringLiteral("WHERE a.deadline IS NOT NULL AND a.deadline < ? "
                                              "AND a.status IN ('planned', 'in-progress')"),
                               {today.toString(Qt::ISODate)});
    if (!actions)
        return actions.error();
    QList<LateAction> late;
    if (actions->isEmpty())
        return late;
    auto names = sql::run(m_db, QStringLiteral("SELECT t.id, p.name, t.title FROM plan_themes t "
                                               "JOIN plans p ON p.id = t.plan_id"));
    if (!names)
        return names.error();
    QHash<qint64, std::pair<QString, QString>> where;
    while (names->next())
        where.insert(names->value(0).toLongLong(), {names->value(1).toString(), names->value(2).toString()});
    if (auto done = sql::finished(names.value()); !done)
        return done.error();
    for (const PlanAction &a : actions.value()) {
        const auto w = where.value(a.themeId);
        late << LateAction{w.first, w.second, a};
    }
    std::stable_sort(late.begin(), late.end(),
                     [](const LateAction &x, const LateAction &y) { return x.action.deadline < y.action.deadline; });
    return late;
}

} // namespace sagstjek
