#include "services/actionplanservice.h"

#include "storage/actionrulerepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "storage/templaterepository.h"

#include <QJsonObject>

namespace sagstjek {

namespace {

// Longest texts accepted, so a pasted document does not become a plan.
constexpr qsizetype MaxTitle = 200;
constexpr qsizetype MaxText = 2000;
// Dates outside these years are typing errors (a QDate cannot hold a day that does not exist: "2026-02-30" is
// refused where it is parsed, by the CLI's date type and the date editor).
constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

bool isPlausible(const QDate &date)
{
    return date.year() >= FirstYear && date.year() <= LastYear;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject actionJson(const PlanAction &a)
{
    return {{QStringLiteral("what"), a.what},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("deadline"), dateJson(a.deadline)},
            {QStringLiteral("link_kind"), a.link ? QJsonValue(planLinkKindKey(a.link->kind)) : QJsonValue()},
            {QStringLiteral("link"), a.link ? QJsonValue(a.link->value) : QJsonValue()}};
}

} // namespace

ActionPlanService::ActionPlanService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

bool ActionPlanService::mayEdit() const
{
    return m_session.policy().may(Permission::ManageActionPlan);
}

std::optional<std::pair<PlanLinkKind, QString>> ActionPlanService::parseLink(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QString prefix = text.left(colon).trimmed().toLower();
    const QString value = text.mid(colon + 1).trimmed();
    if (prefix == u"item")
        return std::pair{PlanLinkKind::Item, value};
    if (prefix == u"rule" || prefix == u"action-rule")
        return std::pair{PlanLinkKind::ActionRule, value};
    if (prefix == u"round")
        return std::pair{PlanLinkKind::Round, value};
    return std::nullopt;
}

Result<std::optional<PlanLink>> ActionPlanService::resolveLink(const PlanActionInput &input)
{
    if (!input.linkKind)
        return std::optional<PlanLink>();
    const QString text = input.linkText.trimmed();
    if (text.isEmpty())
        return invalidInput(tr("Name the finding the action is linked to: a check item's key, a management action "
                               "rule's number or a round's name."));
    switch (*input.linkKind) {
    case PlanLinkKind::Item: {
        auto templates = m_db.templates().list();
        if (!templates)
            return templates.error();
        for (const TemplateSummary &summary : templates.value()) {
            auto card = m_db.templates().load(summary.id);
            if (!card)
                return card.error();
            for (const CueCardItem *item : card->items())
                if (item->key == text)
                    return std::optional<PlanLink>(PlanLink{PlanLinkKind::Item, text, text});
        }
        return invalidInput(tr("There is no check item %1 on any cue card.").arg(text));
    }
    case PlanLinkKind::ActionRule: {
        bool number = false;
        const qint64 id = text.toLongLong(&number);
        auto rules = m_db.actionRules().rules();
        if (!rules)
            return rules.error();
        for (const ActionRule &rule : rules.value())
            if ((number && rule.id == id) || rule.name.compare(text, Qt::CaseInsensitive) == 0)
                return std::optional<PlanLink>(PlanLink{PlanLinkKind::ActionRule, QString::number(rule.id), rule.name});
        return invalidInput(tr("There is no management action rule %1.").arg(text));
    }
    case PlanLinkKind::Round: {
        auto round = m_db.rounds().findByName(text);
        if (!round)
            return round.error();
        if (!round.value())
            return invalidInput(tr("There is no round named %1.").arg(text));
        return std::optional<PlanLink>(
            PlanLink{PlanLinkKind::Round, QString::number(round.value()->id), round.value()->name});
    }
    }
    return std::optional<PlanLink>();
}

Result<PlanAction> ActionPlanService::validated(const PlanActionInput &input)
{
    PlanAction action;
    action.what = input.what.trimmed();
    action.owner = input.owner.trimmed();
    if (action.what.isEmpty())
        return invalidInput(tr("Say what the action is."));
    if (action.owner.isEmpty())
        return invalidInput(tr("An action needs an owner: who sees to it."));
    if (action.what.size() > MaxText || action.owner.size() > MaxTitle)
        return invalidInput(tr("The text is too long for an action."));
    if (input.deadline.isValid() && !isPlausible(input.deadline))
        return invalidInput(tr("The deadline %1 is not a date an action plan can have (years %2 to %3).")
                                .arg(input.deadline.toString(Qt::ISODate))
                                .arg(FirstYear)
                                .arg(LastYear));
    action.deadline = input.deadline;
    auto link = resolveLink(input);
    if (!link)
        return link.error();
    action.link = link.value();
    return action;
}

Result<qint64> ActionPlanService::createPlan(const QString &name, const QDate &evaluationDate)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed.error();
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.size() > MaxTitle)
        return invalidInput(tr("A plan needs a name of at most %1 characters.").arg(MaxTitle));
    if (evaluationDate.isValid() && !isPlausible(evaluationDate))
        return invalidInput(tr("The evaluation date %1 is not a date an action plan can have (years %2 to %3).")
                                .arg(evaluationDate.toString(Qt::ISODate))
                                .arg(FirstYear)
                                .arg(LastYear));
    auto existing = m_db.actionPlans().findPlan(clean);
    if (!existing)
        return existing.error();
    if (existing.value())
        return invalidInput(tr("There is already a plan named %1.").arg(existing.value()->name));
    qint64 id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto inserted = m_db.actionPlans().insertPlan(clean, evaluationDate, user());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_db.audit().record(
            {user(),
             QStringLiteral("plan.create"),
             QStringLiteral("plan"),
             QString::number(id),
             0,
             {},
             {{QStringLiteral("name"), clean}, {QStringLiteral("evaluation_date"), dateJson(evaluationDate)}},
             {}});
    });
    if (!status)
        return status.error();
    emit planChanged();
    return id;
}

Result<qint64> ActionPlanService::addTheme(qint64 planId, const QString &title)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed.error();
    const QString clean = title.trimmed();
    if (clean.isEmpty() || clean.size() > MaxTitle)
        return invalidInput(tr("A theme needs a title of at most %1 characters.").arg(MaxTitle));
    auto plan = m_db.actionPlans().plan(planId);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return notFound(tr("There is no action plan %1.").arg(planId));
    for (const PlanTheme &theme : plan.value()->themes)
        if (theme.title.compare(clean, Qt::CaseInsensitive) == 0)
            return invalidInput(tr("The plan already has a theme %1.").arg(theme.title));
    qint64 id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto inserted = m_db.actionPlans().insertTheme(planId, clean);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.theme.add"),
                                    QStringLiteral("plan_theme"),
                                    QString::number(id),
                                    0,
                                    {},
                                    {{QStringLiteral("plan"), plan.value()->name}, {QStringLiteral("title"), clean}},
                                    {}});
    });
    if (!status)
        return status.error();
    emit planChanged();
    return id;
}

Status ActionPlanService::renameTheme(qint64 themeId, const QString &title)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed;
    const QString clean = title.trimmed();
    if (clean.isEmpty() || clean.size() > MaxTitle)
        return invalidInput(tr("A theme needs a title of at most %1 characters.").arg(MaxTitle));
    auto theme = m_db.actionPlans().theme(themeId);
    if (!theme)
        return theme.error();
    if (!theme.value())
        return notFound(tr("There is no theme %1.").arg(themeId));
    if (theme.value()->title == clean)
        return Ok{};
    auto plan = m_db.actionPlans().plan(theme.value()->planId);
    if (!plan)
        return plan.error();
    if (plan.value())
        for (const PlanTheme &other : plan.value()->themes)
            if (other.id != themeId && other.title.compare(clean, Qt::CaseInsensitive) == 0)
                return invalidInput(tr("The plan already has a theme %1.").arg(other.title));
    auto status = m_db.transaction([&]() -> Status {
        if (auto renamed = m_db.actionPlans().renameTheme(themeId, clean); !renamed)
            return renamed;
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.theme.rename"),
                                    QStringLiteral("plan_theme"),
                                    QString::number(themeId),
                                    0,
                                    {{QStringLiteral("title"), theme.value()->title}},
                                    {{QStringLiteral("title"), clean}},
                                    {}});
    });
    if (status)
        emit planChanged();
    return status;
}

Status ActionPlanService::moveTheme(qint64 themeId, int index)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed;
    auto theme = m_db.actionPlans().theme(themeId);
    if (!theme)
        return theme.error();
    if (!theme.value())
        return notFound(tr("There is no theme %1.").arg(themeId));
    auto plan = m_db.actionPlans().plan(theme.value()->planId);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return notFound(tr("There is no theme %1.").arg(themeId));
    QList<qint64> order;
    for (const PlanTheme &t : plan.value()->themes)
        order << t.id;
    const qsizetype from = order.indexOf(themeId);
    const qsizetype to = std::clamp<qsizetype>(index, 0, order.size() - 1);
    if (from == to)
        return Ok{};
    order.move(from, to);
    auto status = m_db.transaction([&]() -> Status {
        if (auto ordered = m_db.actionPlans().orderThemes(plan.value()->id, order); !ordered)
            return ordered;
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.theme.move"),
                                    QStringLiteral("plan_theme"),
                                    QString::number(themeId),
                                    0,
                                    {{QStringLiteral("position"), int(from + 1)}},
                                    {{QStringLiteral("position"), int(to + 1)}},
                                    {}});
    });
    if (status)
        emit planChanged();
    return status;
}

Result<qint64> ActionPlanService::addAction(qint64 themeId, const PlanActionInput &input)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed.error();
    auto theme = m_db.actionPlans().theme(themeId);
    if (!theme)
        return theme.error();
    if (!theme.value())
        return notFound(tr("There is no theme %1.").arg(themeId));
    auto action = validated(input);
    if (!action)
        return action.error();
    action->themeId = themeId;
    action->status = PlanStatus::Planned;
    qint64 id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto inserted = m_db.actionPlans().insertAction(action.value(), user());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        // The first dated note: the action was planned, by whom and when.
        if (auto noted = m_db.actionPlans().insertNote(id, PlanStatus::Planned, {}, user()); !noted)
            return noted.error();
        QJsonObject after = actionJson(action.value());
        after.insert(QStringLiteral("theme"), theme.value()->title);
        after.insert(QStringLiteral("status"), planStatusKey(PlanStatus::Planned));
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.action.add"),
                                    QStringLiteral("plan_action"),
                                    QString::number(id),
                                    0,
                                    {},
                                    after,
                                    {}});
    });
    if (!status)
        return status.error();
    emit planChanged();
    return id;
}

Status ActionPlanService::editAction(qint64 actionId, const PlanActionInput &input)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed;
    auto before = m_db.actionPlans().action(actionId);
    if (!before)
        return before.error();
    if (!before.value())
        return notFound(tr("There is no action %1 in the action plan.").arg(actionId));
    auto action = validated(input);
    if (!action)
        return action.error();
    action->id = actionId;
    action->themeId = before.value()->themeId;
    auto status = m_db.transaction([&]() -> Status {
        if (auto updated = m_db.actionPlans().updateAction(action.value()); !updated)
            return updated;
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.action.edit"),
                                    QStringLiteral("plan_action"),
                                    QString::number(actionId),
                                    0,
                                    actionJson(*before.value()),
                                    actionJson(action.value()),
                                    {}});
    });
    if (status)
        emit planChanged();
    return status;
}

Status ActionPlanService::setStatus(qint64 actionId, PlanStatus newStatus, const QString &note)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionPlan); !allowed)
        return allowed;
    const QString clean = note.trimmed();
    if (clean.size() > MaxText)
        return invalidInput(tr("The note is too long."));
    auto action = m_db.actionPlans().action(actionId);
    if (!action)
        return action.error();
    if (!action.value())
        return notFound(tr("There is no action %1 in the action plan.").arg(actionId));
    const PlanStatus oldStatus = action.value()->status;
    if (oldStatus == newStatus && clean.isEmpty())
        return invalidInput(tr("The action is already %1; write a note to add one.")
                                .arg(planStatusText(oldStatus, m_session.language())));
    auto status = m_db.transaction([&]() -> Status {
        if (oldStatus != newStatus)
            if (auto set = m_db.actionPlans().setStatus(actionId, newStatus); !set)
                return set;
        if (auto noted = m_db.actionPlans().insertNote(actionId, newStatus, clean, user()); !noted)
            return noted.error();
        return m_db.audit().record({user(),
                                    QStringLiteral("plan.action.status"),
                                    QStringLiteral("plan_action"),
                                    QString::number(actionId),
                                    0,
                                    {{QStringLiteral("status"), planStatusKey(oldStatus)}},
                                    {{QStringLiteral("status"), planStatusKey(newStatus)}},
                                    clean});
    });
    if (status)
        emit planChanged();
    return status;
}

Result<QList<ActionPlan>> ActionPlanService::plans()
{
    return m_db.actionPlans().plans();
}

Result<std::optional<ActionPlan>> ActionPlanService::findPlan(const QString &name)
{
    return m_db.actionPlans().findPlan(name);
}

Result<std::optional<PlanAction>> ActionPlanService::action(qint64 actionId)
{
    return m_db.actionPlans().action(actionId);
}

Result<QList<LateAction>> ActionPlanService::lateActions(const QDate &today)
{
    return m_db.actionPlans().lateActions(today);
}

Result<QList<PlanSummary>> ActionPlanService::summaries(const QDate &today)
{
    auto all = plans();
    if (!all)
        return all.error();
    QList<PlanSummary> list;
    for (const ActionPlan &plan : all.value()) {
        PlanSummary s;
        s.planId = plan.id;
        s.name = plan.name;
        s.evaluationDate = plan.evaluationDate;
        s.evaluationDue = plan.evaluationDue(today);
        for (PlanStatus status : allPlanStatuses())
            s.byStatus.insert(status, 0);
        for (const PlanTheme &theme : plan.themes)
            for (const PlanAction &action : theme.actions) {
                ++s.actions;
                ++s.byStatus[action.status];
                if (action.isLate(today))
                    ++s.late;
            }
        list << s;
    }
    return list;
}

} // namespace sagstjek
