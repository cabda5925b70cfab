// The action plan (handleplan) from the command line (issue 10): `plan list|create|add-theme|add-action|status|late`.
#include "cli.h"

#include "domain/words.h"
#include "services/actionplanservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

// Human output is written in the user's language (--lang); JSON always has the English keys and ISO dates.
QString say(const Context &c, const char16_t *da, const char16_t *en)
{
    return QString::fromUtf16(c.language == u"da" ? da : en);
}

QString dateText(const Context &c, const QDate &date)
{
    return words::date(date, c.language);
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dayCount(const Context &c, qint64 days)
{
    if (c.language == u"da")
        return days == 1 ? u"1 dag"_s : u"%1 dage"_s.arg(days);
    return days == 1 ? u"1 day"_s : u"%1 days"_s.arg(days);
}

QString daysLate(const Context &c, qint64 days)
{
    if (c.language == u"da")
        return days == 1 ? u"1 dag forsinket"_s : u"%1 dage forsinket"_s.arg(days);
    return days == 1 ? u"1 day late"_s : u"%1 days late"_s.arg(days);
}

QString linkKindText(const Context &c, PlanLinkKind kind)
{
    switch (kind) {
    case PlanLinkKind::Item:
        return say(c, u"tjeklistepunkt", u"check item");
    case PlanLinkKind::ActionRule:
        return say(c, u"ledelsesregel", u"action rule");
    case PlanLinkKind::Round:
        return say(c, u"runde", u"round");
    }
    return {};
}

QJsonObject actionJson(const PlanAction &a, const QDate &today)
{
    QJsonArray notes;
    for (const PlanNote &n : a.notes)
        notes.append(QJsonObject{{u"status"_s, planStatusKey(n.status)},
                                 {u"note"_s, n.note},
                                 {u"by"_s, n.writtenBy},
                                 {u"at"_s, n.writtenAt}});
    QJsonValue link;
    if (a.link)
        link = QJsonObject{
            {u"kind"_s, planLinkKindKey(a.link->kind)}, {u"value"_s, a.link->value}, {u"label"_s, a.link->label}};
    return {{u"id"_s, a.id},
            {u"what"_s, a.what},
            {u"owner"_s, a.owner},
            {u"deadline"_s, dateJson(a.deadline)},
            {u"status"_s, planStatusKey(a.status)},
            {u"late"_s, a.isLate(today)},
            {u"link"_s, link},
            {u"notes"_s, notes}};
}

QJsonObject summaryJson(const PlanSummary &s)
{
    return {{u"actions"_s, s.actions},
            {u"planned"_s, s.byStatus.value(PlanStatus::Planned)},
            {u"in_progress"_s, s.byStatus.value(PlanStatus::InProgress)},
            {u"done"_s, s.byStatus.value(PlanStatus::Done)},
            {u"abandoned"_s, s.byStatus.value(PlanStatus::Abandoned)},
            {u"late"_s, s.late}};
}

// The plan named on the command line, or the error to exit with.
Result<ActionPlan> namedPlan(Context &c, ActionPlanService &service)
{
    const QString name = c.args.value(u"PLAN"_s);
    auto plan = service.findPlan(name);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return notFound(u"There is no action plan named %1 (plan list shows them)."_s.arg(name));
    return *plan.value();
}

int runList(Context &c)
{
    ActionPlanService service(c.session());
    const QDate today = c.session().today();
    auto plans = service.plans();
    if (!plans)
        return c.fail(plans.error());
    auto summaries = service.summaries(today);
    if (!summaries)
        return c.fail(summaries.error());
    QJsonArray array;
    for (qsizetype i = 0; i < plans->size(); ++i) {
        const ActionPlan &plan = plans->at(i);
        const PlanSummary &summary = summaries->at(i);
        if (c.json) {
            QJsonArray themes;
            for (const PlanTheme &theme : plan.themes) {
                QJsonArray actions;
                for (const PlanAction &a : theme.actions)
                    actions.append(actionJson(a, today));
                themes.append(QJsonObject{{u"id"_s, theme.id},
                                          {u"title"_s, theme.title},
                                          {u"position"_s, theme.position},
                                          {u"actions"_s, actions}});
            }
            array.append(QJsonObject{{u"id"_s, plan.id},
                                     {u"name"_s, plan.name},
                                     {u"evaluation_date"_s, dateJson(plan.evaluationDate)},
                                     {u"evaluation_due"_s, summary.evaluationDue},
                                     {u"summary"_s, summaryJson(summary)},
                                     {u"themes"_s, themes}});
            continue;
        }
        c.out << plan.name;
        if (plan.evaluationDate.isValid())
            c.out << " — " << say(c, u"evaluering", u"evaluation") << ' ' << dateText(c, plan.evaluationDate)
                  << (summary.evaluationDue ? say(c, u" (nu)", u" (due)") : QString());
        c.out << '\n';
        c.out << "  " << summary.actions << ' '
              << (summary.actions == 1 ? say(c, u"handling", u"action") : say(c, u"handlinger", u"actions")) << ": ";
        QStringList counts;
        for (PlanStatus status : allPlanStatuses())
            counts << u"%1 %2"_s.arg(summary.byStatus.value(status)).arg(planStatusText(status, c.language));
        c.out << counts.join(u", "_s) << "; " << summary.late << ' ' << say(c, u"forsinket", u"late") << '\n';
        int number = 0;
        for (const PlanTheme &theme : plan.themes) {
            c.out << "  " << ++number << ". " << theme.title << '\n';
            for (const PlanAction &a : theme.actions) {
                c.out << "     #" << a.id << " [" << planStatusText(a.status, c.language) << "] " << a.what << " — "
                      << a.owner;
                if (a.deadline.isValid())
                    c.out << ", " << say(c, u"frist", u"deadline") << ' ' << dateText(c, a.deadline);
                if (a.isLate(today))
                    c.out << " — " << say(c, u"FORSINKET", u"LATE") << " (" << dayCount(c, a.deadline.daysTo(today))
                          << ')';
                if (a.link)
                    c.out << " [" << linkKindText(c, a.link->kind) << ": " << a.link->label << ']';
                c.out << '\n';
                if (!a.notes.isEmpty() && !a.notes.last().note.isEmpty())
                    c.out << "        " << a.notes.last().note << " (" << a.notes.last().writtenBy << ", "
                          << dateText(c, QDateTime::fromString(a.notes.last().writtenAt, Qt::ISODateWithMs).date())
                          << ")\n";
            }
        }
    }
    if (c.json)
        c.printJson(array);
    else if (plans->isEmpty())
        c.out << say(c, u"Ingen handleplaner.", u"No action plans.") << '\n';
    c.out.flush();
    return Success;
}

int runCreate(Context &c)
{
    ActionPlanService service(c.session());
    const QString name = c.args.value(u"NAME"_s);
    const QDate evaluate = c.args.date(u"--evaluate"_s);
    auto id = service.createPlan(name, evaluate);
    if (!id)
        return c.fail(id.error());
    if (c.json)
        c.printJson(QJsonObject{
            {u"id"_s, id.value()}, {u"name"_s, name.trimmed()}, {u"evaluation_date"_s, dateJson(evaluate)}});
    else
        c.out << say(c, u"Handleplanen %1 er oprettet.", u"Created the action plan %1.").arg(name.trimmed())
              << Qt::endl;
    return Success;
}

int runAddTheme(Context &c)
{
    ActionPlanService service(c.session());
    auto plan = namedPlan(c, service);
    if (!plan)
        return c.fail(plan.error());
    const QString title = c.args.value(u"TITLE"_s).trimmed();
    auto id = service.addTheme(plan->id, title);
    if (!id)
        return c.fail(id.error());
    if (c.json)
        c.printJson(QJsonObject{{u"id"_s, id.value()}, {u"plan"_s, plan->name}, {u"title"_s, title}});
    else
        c.out << say(c, u"Temaet %1 er føjet til %2.", u"Added the theme %1 to %2.").arg(title, plan->name) << Qt::endl;
    return Success;
}

int runAddAction(Context &c)
{
    ActionPlanService service(c.session());
    auto plan = namedPlan(c, service);
    if (!plan)
        return c.fail(plan.error());
    const QString themeTitle = c.args.value(u"THEME"_s).trimmed();
    const PlanTheme *theme = nullptr;
    for (const PlanTheme &t : plan->themes)
        if (t.title.compare(themeTitle, Qt::CaseInsensitive) == 0)
            theme = &t;
    if (!theme)
        return c.fail(
            notFound(u"The plan %1 has no theme %2 (add it with plan add-theme)."_s.arg(plan->name, themeTitle)));
    PlanActionInput input;
    input.what = c.args.value(u"--what"_s);
    input.owner = c.args.value(u"--owner"_s);
    input.deadline = c.args.date(u"--deadline"_s);
    if (c.args.has(u"--link"_s)) {
        const auto link = ActionPlanService::parseLink(c.args.value(u"--link"_s));
        input.linkKind = link->first; // the declaration accepted only a parsable link
        input.linkText = link->second;
    }
    auto id = service.addAction(theme->id, input);
    if (!id)
        return c.fail(id.error());
    auto action = service.action(id.value());
    if (!action || !action.value())
        return c.fail(action ? notFound(u"The action disappeared."_s) : action.error());
    if (c.json) {
        QJsonObject object = actionJson(*action.value(), c.session().today());
        object.insert(u"plan"_s, plan->name);
        object.insert(u"theme"_s, theme->title);
        c.printJson(object);
    } else {
        c.out << say(c, u"Handling #%1 er føjet til %2.", u"Added action #%1 to %2.")
                     .arg(QString::number(id.value()), theme->title)
              << Qt::endl;
    }
    return Success;
}

int runStatus(Context &c)
{
    ActionPlanService service(c.session());
    const qint64 id = c.args.integer(u"ACTION_ID"_s);
    const PlanStatus status = *planStatusFromText(c.args.value(u"STATUS"_s)); // checked by the declaration
    if (auto set = service.setStatus(id, status, c.args.value(u"--note"_s)); !set)
        return c.fail(set.error());
    auto action = service.action(id);
    if (!action || !action.value())
        return c.fail(action ? notFound(u"The action disappeared."_s) : action.error());
    if (c.json)
        c.printJson(actionJson(*action.value(), c.session().today()));
    else
        c.out << say(c, u"Handling #%1 er nu %2.", u"Action #%1 is now %2.")
                     .arg(QString::number(id), planStatusText(status, c.language))
              << Qt::endl;
    return Success;
}

int runLate(Context &c)
{
    ActionPlanService service(c.session());
    const QDate today = c.session().today();
    auto late = service.lateActions(today);
    if (!late)
        return c.fail(late.error());
    QJsonArray array;
    for (const LateAction &l : late.value()) {
        const qint64 days = l.action.deadline.daysTo(today);
        if (c.json) {
            array.append(QJsonObject{{u"id"_s, l.action.id},
                                     {u"plan"_s, l.planName},
                                     {u"theme"_s, l.themeTitle},
                                     {u"what"_s, l.action.what},
                                     {u"owner"_s, l.action.owner},
                                     {u"deadline"_s, dateJson(l.action.deadline)},
                                     {u"days_late"_s, days},
                                     {u"status"_s, planStatusKey(l.action.status)}});
            continue;
        }
        c.out << '#' << l.action.id << '\t' << dateText(c, l.action.deadline) << '\t' << daysLate(c, days) << '\t'
              << planStatusText(l.action.status, c.language) << '\t' << l.action.owner << '\t' << l.planName << " / "
              << l.themeTitle << ": " << l.action.what << '\n';
    }
    if (c.json)
        c.printJson(array);
    else if (late->isEmpty())
        c.out << say(c, u"Ingen forsinkede handlinger.", u"No late actions.") << '\n';
    c.out.flush();
    return Success;
}

bool isStatus(const QString &text)
{
    return planStatusFromText(text).has_value();
}

bool isLink(const QString &text)
{
    return ActionPlanService::parseLink(text).has_value();
}

Option asOf()
{
    return dateOption(u"--as-of", u"The day that decides what is late; today without it.");
}

const Registration plan{{
    .name = u"plan"_s,
    .summary = u"The action plan (handleplan): themes, actions, owners, deadlines and status."_s,
    .subcommands =
        {
            {
                .name = u"list"_s,
                .summary = u"Every plan with its themes, actions, status notes and a summary."_s,
                .options = {asOf()},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runList,
            },
            {
                .name = u"create"_s,
                .summary = u"Create an action plan."_s,
                .positionals = {positional(u"NAME", u"The plan's name.")},
                .options = {dateOption(u"--evaluate", u"When the plan is to be evaluated (often half a year on).")},
                .permission = AccessPolicy::Permission::ManageActionPlan,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runCreate,
            },
            {
                .name = u"add-theme"_s,
                .summary = u"Add a theme at the end of a plan."_s,
                .positionals = {positional(u"PLAN", u"The plan's name."), positional(u"TITLE", u"The theme's title.")},
                .permission = AccessPolicy::Permission::ManageActionPlan,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runAddTheme,
            },
            {
                .name = u"add-action"_s,
                .summary = u"Add an action to a theme of a plan."_s,
                .positionals = {positional(u"PLAN", u"The plan's name."), positional(u"THEME", u"The theme's title.")},
                .options = {option(u"--what", u"TEXT", u"What is to be done.").required(),
                            option(u"--owner", u"NAME", u"Who sees to it.").required(),
                            dateOption(u"--deadline", u"By when."),
                            option(u"--link", u"FINDING", u"The finding that caused it.")
                                .accepting(isLink, u"item:KEY, rule:ID or round:NAME"_s),
                            asOf()},
                .permission = AccessPolicy::Permission::ManageActionPlan,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runAddAction,
            },
            {
                .name = u"status"_s,
                .summary = u"Set an action's status, with a dated note."_s,
                .positionals = {positional(u"ACTION_ID", u"The action's number (plan list shows it).").integer(1),
                                positional(u"STATUS", u"The new status.")
                                    .accepting(isStatus, u"planned, in-progress, done or abandoned (or planlagt, "
                                                         u"\"i gang\", udført, opgivet)"_s)},
                .options = {option(u"--note", u"TEXT", u"What happened."), asOf()},
                .permission = AccessPolicy::Permission::ManageActionPlan,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runStatus,
            },
            {
                .name = u"late"_s,
                .summary = u"Actions past their deadline that are neither done nor abandoned."_s,
                .options = {asOf()},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runLate,
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
