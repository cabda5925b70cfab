// Review rounds from the command line: create, list, show, assign, close; approval; management action rules.
#include "cmd_rounds.h"
#include "jsonstream.h"
#include "textwords.h"

#include "services/accesspolicy.h"
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "storage/caserepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>
#include <limits>

namespace sagstjek::cli {

namespace roundscli {

int roundFromArgs(Context &c, qint64 &roundId)
{
    roundId = 0;
    if (!c.args.has(QStringLiteral("--round")))
        return -1;
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("--round")));
    if (!round)
        return c.fail(round.error());
    roundId = round->id;
    return -1;
}

} // namespace roundscli

namespace {

QJsonValue seedJson(quint64 seed)
{
    // JSON numbers are doubles: a seed beyond 2^53 is written as text so it survives a round trip.
    return seed < (quint64(1) << 53) ? QJsonValue(qint64(seed)) : QJsonValue(QString::number(seed));
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QStringList listOption(const Context &c, const QString &name)
{
    QStringList all;
    for (const QString &value : c.args.values(name))
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            all << part.trimmed();
    return all;
}

int roundCreate(Context &c)
{
    RoundSpec spec;
    spec.name = c.args.value(QStringLiteral("NAME"));
    // --kind is one of the declared choices.
    spec.kind = roundKindFromKey(c.args.value(QStringLiteral("--kind"), QStringLiteral("walkthrough"))).value();
    spec.scope.areas = listOption(c, QStringLiteral("--area"));
    spec.scope.teams = listOption(c, QStringLiteral("--team"));
    spec.scope.caseworkers = listOption(c, QStringLiteral("--caseworker"));
    const QList<std::pair<QString, QDate *>> dates = {{QStringLiteral("--from"), &spec.scope.from},
                                                      {QStringLiteral("--to"), &spec.scope.to},
                                                      {QStringLiteral("--period-start"), &spec.periodStart},
                                                      {QStringLiteral("--period-end"), &spec.periodEnd}};
    for (const auto &[name, target] : dates)
        if (c.args.has(name))
            *target = c.args.date(name);
    spec.sampleSize = int(c.args.integer(QStringLiteral("--size")));
    spec.perStratum = int(c.args.integer(QStringLiteral("--per-stratum")));
    spec.excludeReviewedMonths = int(c.args.integer(QStringLiteral("--exclude-reviewed-months")));
    spec.targetPercent = int(c.args.integer(QStringLiteral("--target"), 90));
    spec.includeRemediated = c.args.has(QStringLiteral("--include-remediated"));
    if (c.args.has(QStringLiteral("--stratify"))) // one of the declared choices
        spec.stratify = stratumFromKey(c.args.value(QStringLiteral("--stratify"))).value();
    if (c.args.has(QStringLiteral("--seed")))
        spec.seed = c.args.value(QStringLiteral("--seed")).toULongLong();
    RoundService rounds(c.session());
    auto round = rounds.create(spec);
    if (!round)
        return c.fail(round.error());
    auto progress = rounds.progress(round->id);
    auto skipped = rounds.skipped(round->id);
    if (!progress || !skipped)
        return c.fail(!progress ? progress.error() : skipped.error());
    if (c.json) {
        // The sample as it is read (a walkthrough holds every case in scope), in QJsonObject's member order.
        JsonWriter json(c.out);
        json.beginObject();
        json.value(roundKindKey(round->kind), u"kind"_s);
        json.value(round->name, u"name"_s);
        json.value(progress->population, u"population"_s);
        json.beginArray(u"sample"_s);
        auto listed = rounds.forEachCase(round->id, {}, [&](const RoundCase &rc) { json.value(rc.caseNumber); });
        if (!listed)
            return c.fail(listed.error());
        json.end();
        json.value(seedJson(round->seed), u"seed"_s);
        QJsonArray skippedJson;
        for (const SkippedStratum &sk : skipped.value())
            skippedJson.append(RoundService::skippedText(sk));
        json.value(skippedJson, u"skipped"_s);
        json.end();
    } else {
        c.out << "Round \"" << round->name << "\" started: " << progress->population << " cases in scope, "
              << progress->inScope << " to review, seed " << round->seed << "." << Qt::endl;
        for (const SkippedStratum &sk : skipped.value())
            c.out << "  " << RoundService::skippedText(sk) << Qt::endl;
    }
    return Success;
}

int roundList(Context &c)
{
    RoundService rounds(c.session());
    auto all = rounds.list();
    if (!all)
        return c.fail(all.error());
    QJsonArray array;
    for (const Round &round : all.value()) {
        auto progress = rounds.progress(round.id);
        if (!progress)
            return c.fail(progress.error());
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("name"), round.name},
                                     {QStringLiteral("kind"), roundKindKey(round.kind)},
                                     {QStringLiteral("status"), roundStatusKey(round.status)},
                                     {QStringLiteral("seed"), seedJson(round.seed)},
                                     {QStringLiteral("population"), progress->population},
                                     {QStringLiteral("in_scope"), progress->inScope},
                                     {QStringLiteral("reviewed"), progress->reviewed},
                                     {QStringLiteral("remaining"), progress->remaining()},
                                     {QStringLiteral("created_at"), round.createdAt}});
        else
            c.out << round.name << '\t' << shown::roundKind(c, round.kind) << '\t'
                  << shown::roundStatus(c, round.status) << '\t' << progress->reviewed << '/' << progress->inScope
                  << shown::say(c, u" gennemgået\t"_s, u" reviewed\t"_s) << progress->remaining()
                  << shown::say(c, u" tilbage\n"_s, u" remaining\n"_s);
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

QJsonObject roundCaseJson(const RoundCase &rc)
{
    return {
        {QStringLiteral("case_number"), rc.caseNumber},
        {QStringLiteral("draw_order"), rc.drawOrder}, // what --after takes for the next page
        {QStringLiteral("caseworker"), rc.caseworker},
        {QStringLiteral("reason"), rc.reason},
        {QStringLiteral("stratum"), rc.stratum},
        {QStringLiteral("reviewer"), rc.reviewer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rc.reviewer)},
        {QStringLiteral("status"), reviewStatusKey(rc.reviewStatus)}};
}

// The round's object, written as its case lists are read (a walkthrough may hold every case of the database): the
// members in QJsonObject's order, so the text is what one QJsonDocument of the whole object would be. `page` is the
// range of cases every list is drawn from: "cases" lists them, "sample" their numbers, "remaining_cases" those not
// yet reviewed, an assignment's "cases" those assigned to the reviewer.
int roundShowJson(Context &c, RoundService &rounds, const Round &round, const RoundProgress &progress,
                  const QList<SkippedStratum> &skipped, const RoundCasePage &page)
{
    JsonWriter json(c.out);
    Status listed = Ok{};
    auto list = [&](const QString &key, RoundCasePage narrowed, const std::function<void(const RoundCase &)> &row) {
        json.beginArray(key);
        if (listed)
            listed = rounds.forEachCase(round.id, narrowed, row);
        json.end();
    };
    auto numbers = [&](const RoundCase &rc) { json.value(rc.caseNumber); };
    int unassigned = 0;
    json.beginObject();
    json.value(progress.approved, u"approved"_s);
    json.beginArray(u"assignments"_s);
    for (const ReviewerProgress &reviewer : progress.reviewers) {
        if (reviewer.reviewer.isEmpty()) {
            unassigned = reviewer.inScope;
            continue;
        }
        json.beginObject();
        json.value(reviewer.approved, u"approved"_s);
        RoundCasePage assigned = page;
        assigned.assignedTo = reviewer.reviewer;
        list(u"cases"_s, assigned, numbers);
        json.value(reviewer.inScope, u"in_scope"_s);
        json.value(reviewer.remaining(), u"remaining"_s);
        json.value(reviewer.reviewed, u"reviewed"_s);
        json.value(reviewer.reviewer, u"reviewer"_s);
        json.end();
    }
    json.end();
    list(u"cases"_s, page, [&](const RoundCase &rc) { json.value(roundCaseJson(rc)); });
    json.value(progress.reviewed > 0 ? QJsonValue(100.0 * progress.errorFree / progress.reviewed)
                                     : QJsonValue(QJsonValue::Null),
               u"error_free_percent"_s);
    json.value(progress.inScope, u"in_scope"_s);
    json.value(roundKindKey(round.kind), u"kind"_s);
    json.value(round.name, u"name"_s);
    json.value(QJsonObject{{QStringLiteral("start"), dateJson(round.periodStart)},
                           {QStringLiteral("end"), dateJson(round.periodEnd)}},
               u"period"_s);
    json.value(progress.population, u"population"_s);
    json.value(progress.remaining(), u"remaining"_s);
    RoundCasePage remaining = page;
    remaining.remainingOnly = true;
    list(u"remaining_cases"_s, remaining, numbers);
    json.value(progress.reviewed, u"reviewed"_s);
    list(u"sample"_s, page, numbers);
    json.value(QJsonObject{{QStringLiteral("areas"), QJsonArray::fromStringList(round.scope.areas)},
                           {QStringLiteral("teams"), QJsonArray::fromStringList(round.scope.teams)},
                           {QStringLiteral("caseworkers"), QJsonArray::fromStringList(round.scope.caseworkers)},
                           {QStringLiteral("from"), dateJson(round.scope.from)},
                           {QStringLiteral("to"), dateJson(round.scope.to)}},
               u"scope"_s);
    json.value(seedJson(round.seed), u"seed"_s);
    QJsonArray skippedJson;
    for (const SkippedStratum &sk : skipped)
        skippedJson.append(RoundService::skippedText(sk));
    json.value(skippedJson, u"skipped"_s);
    json.value(roundStatusKey(round.status), u"status"_s);
    json.value(round.targetPercent, u"target_percent"_s);
    json.value(unassigned, u"unassigned"_s);
    if (!listed) // the object is left unclosed: the output is not mistaken for a whole round
        return c.fail(listed.error());
    json.end();
    return Success;
}

int roundShow(Context &c)
{
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("NAME")));
    if (!round)
        return c.fail(round.error());
    auto progress = rounds.progress(round->id);
    auto skipped = rounds.skipped(round->id);
    if (!progress || !skipped)
        return c.fail(!progress ? progress.error() : skipped.error());
    // The page of the round's cases asked for: after a draw order, at most --limit of them.
    RoundCasePage page;
    if (c.args.has(QStringLiteral("--after")))
        page.afterDraw = int(c.args.integer(QStringLiteral("--after")));
    const int limit = int(std::min<qint64>(c.args.integer(QStringLiteral("--limit")), std::numeric_limits<int>::max()));
    if (c.json) {
        if (limit > 0) {
            // The page ends at the limit-th case: found by reading them once, so that every list in the object can
            // be bounded by it.
            RoundCasePage first = page;
            first.limit = limit;
            int last = page.afterDraw.value_or(0);
            if (auto read = rounds.forEachCase(round->id, first, [&](const RoundCase &rc) { last = rc.drawOrder; });
                !read)
                return c.fail(read.error());
            page.upToDraw = last;
        }
        return roundShowJson(c, rounds, round.value(), progress.value(), skipped.value(), page);
    }
    c.out << round->name << " (" << shown::roundKind(c, round->kind) << ", " << shown::roundStatus(c, round->status)
          << shown::say(c, u"), startværdi "_s, u"), seed "_s) << round->seed
          << shown::say(c, u"\n  population "_s, u"\n  population "_s) << progress->population
          << shown::say(c, u", i udvalget "_s, u", in scope "_s) << progress->inScope
          << shown::say(c, u", gennemgået "_s, u", reviewed "_s) << progress->reviewed
          << shown::say(c, u", godkendt "_s, u", approved "_s) << progress->approved
          << shown::say(c, u", tilbage "_s, u", remaining "_s) << progress->remaining() << "\n";
    for (const ReviewerProgress &reviewer : progress->reviewers)
        c.out << "  "
              << (reviewer.reviewer.isEmpty() ? shown::say(c, u"(ikke fordelt)"_s, u"(unassigned)"_s)
                                              : reviewer.reviewer)
              << ": " << reviewer.reviewed << '/' << reviewer.inScope
              << shown::say(c, u" gennemgået, "_s, u" reviewed, "_s) << reviewer.remaining()
              << shown::say(c, u" tilbage\n"_s, u" remaining\n"_s);
    for (const SkippedStratum &sk : skipped.value())
        c.out << "  " << RoundService::skippedText(sk) << "\n";
    // The cases as they are read, a keyset page at a time; the draw order first (what --after takes).
    page.limit = limit;
    auto listed = rounds.forEachCase(round->id, page, [&](const RoundCase &rc) {
        c.out << "  " << rc.drawOrder << '\t' << rc.caseNumber << '\t' << rc.caseworker << '\t'
              << (rc.reviewer.isEmpty() ? QStringLiteral("-") : rc.reviewer) << '\t'
              << shown::roundReviewStatus(c, rc.reviewStatus) << "\n";
    });
    if (!listed)
        return c.fail(listed.error());
    c.out.flush();
    return Success;
}

int roundAssign(Context &c)
{
    if (c.args.has(QStringLiteral("--reviewer")) == c.args.has(QStringLiteral("--evenly")))
        return c.usageError(
            QStringLiteral("Give either --reviewer USER (with --cases CASE,CASE,… or alone) or --evenly USER,USER,…."));
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("NAME")));
    if (!round)
        return c.fail(round.error());
    auto outcome = c.args.has(QStringLiteral("--evenly"))
                       ? rounds.assignEvenly(round->id, listOption(c, QStringLiteral("--evenly")))
                       : rounds.assign(round->id, c.args.value(QStringLiteral("--reviewer")),
                                       listOption(c, QStringLiteral("--cases")));
    if (!outcome)
        return c.fail(outcome.error());
    if (c.json) {
        QJsonArray refusedJson;
        for (const AssignmentRefusal &r : outcome->refused)
            refusedJson.append(
                QJsonObject{{QStringLiteral("case_number"), r.caseNumber}, {QStringLiteral("reason"), r.reason}});
        c.printJson(QJsonObject{{QStringLiteral("assigned"), QJsonArray::fromStringList(outcome->assigned)},
                                {QStringLiteral("not_assigned"), refusedJson}});
    } else {
        c.out << outcome->assigned.size() << " cases assigned." << Qt::endl;
        for (const AssignmentRefusal &r : outcome->refused)
            c.out << "Not assigned: " << r.reason << Qt::endl;
    }
    return Success;
}

int roundClose(Context &c)
{
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("NAME")));
    if (!round)
        return c.fail(round.error());
    if (auto closed = rounds.close(round->id); !closed)
        return c.fail(closed.error());
    return Success;
}

int roundActions(Context &c)
{
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("NAME")));
    if (!round)
        return c.fail(round.error());
    ActionRuleService rules(c.session());
    auto actions = rules.evaluate(round->id);
    if (!actions)
        return c.fail(actions.error());
    QJsonArray array;
    for (const TriggeredAction &a : actions.value()) {
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("rule"), a.ruleName},
                                     {QStringLiteral("action"), a.action},
                                     {QStringLiteral("subject"), a.subject},
                                     {QStringLiteral("observed"), a.observed},
                                     {QStringLiteral("detail"), a.detail},
                                     {QStringLiteral("status"), actionStatusKey(a.status)},
                                     {QStringLiteral("done_by"), a.doneBy}});
        else
            c.out << a.id << '\t' << shown::actionStatus(c, a.status) << '\t' << a.action << '\t' << a.subject << '\t'
                  << a.detail << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

// approve / send-back / reopen CASE_NUMBER --round NAME
int runDecision(Context &c, const QString &what)
{
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(QStringLiteral("--round")));
    if (!round)
        return c.fail(round.error());
    auto caseId = CaseService(c.session()).idForNumber(c.args.positional.first());
    if (!caseId)
        return c.fail(caseId.error());
    ApprovalService approvals(c.session());
    Status done = what == u"approve"
                      ? approvals.approve(round->id, caseId.value(), c.args.value(QStringLiteral("--comment")))
                  : what == u"send-back"
                      ? approvals.sendBack(round->id, caseId.value(), c.args.value(QStringLiteral("--comment")))
                      : approvals.reopen(round->id, caseId.value(), c.args.value(QStringLiteral("--reason")));
    if (!done)
        return c.fail(done.error());
    if (c.json) {
        auto history = approvals.history(round->id, caseId.value());
        QJsonArray historyJson;
        if (history)
            for (const ApprovalRecord &r : history.value())
                historyJson.append(QJsonObject{{QStringLiteral("action"), r.action},
                                               {QStringLiteral("user"), r.user},
                                               {QStringLiteral("at"), r.at},
                                               {QStringLiteral("comment"), r.comment}});
        c.printJson(QJsonObject{{QStringLiteral("case_number"), c.args.positional.first()},
                                {QStringLiteral("round"), round->name},
                                {QStringLiteral("history"), historyJson}});
    }
    return Success;
}

// One handler for the action-rule subcommands: they share the service.
int runActionRule(Context &c, const QString &sub)
{
    ActionRuleService service(c.session());
    if (sub == u"add") {
        ActionRule rule;
        rule.name = c.args.value(QStringLiteral("NAME"));
        rule.itemPattern = c.args.value(QStringLiteral("--items"));
        rule.action = c.args.value(QStringLiteral("--action"));
        const bool perCaseworker = c.args.has(QStringLiteral("--per-caseworker-at-least"));
        const bool share = c.args.has(QStringLiteral("--share-above"));
        if (perCaseworker == share)
            return c.usageError(QStringLiteral("Give one of --per-caseworker-at-least N or --share-above PCT."));
        rule.kind = perCaseworker ? QStringLiteral("caseworker-count") : QStringLiteral("item-share");
        rule.threshold = // a number: declared
            c.args.value(perCaseworker ? QStringLiteral("--per-caseworker-at-least") : QStringLiteral("--share-above"))
                .toDouble();
        auto id = service.addRule(rule);
        if (!id)
            return c.fail(id.error());
        if (c.json)
            c.printJson(QJsonObject{{QStringLiteral("id"), id.value()}});
        return Success;
    }
    if (sub == u"list") {
        auto rules = service.rules();
        if (!rules)
            return c.fail(rules.error());
        QJsonArray array;
        for (const ActionRule &r : rules.value()) {
            if (c.json)
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("name"), r.name},
                                         {QStringLiteral("kind"), r.kind},
                                         {QStringLiteral("items"), r.itemPattern},
                                         {QStringLiteral("threshold"), r.threshold},
                                         {QStringLiteral("action"), r.action},
                                         {QStringLiteral("active"), r.active}});
            else
                c.out << r.id << '\t' << r.name << '\t' << r.kind << '\t' << r.itemPattern << '\t' << r.threshold
                      << '\t' << r.action << '\n';
        }
        if (c.json)
            c.printJson(array);
        c.out.flush();
        return Success;
    }
    // done
    const qint64 id = c.args.integer(QStringLiteral("ACTION_ID"));
    if (auto done = service.markDone(id, c.args.value(QStringLiteral("--note"))); !done)
        return c.fail(done.error());
    return Success;
}

const Positional RoundName = positional(u"NAME", u"The round's name (round list shows them).");

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

bool isSeed(const QString &text)
{
    bool ok = false;
    text.toULongLong(&ok);
    return ok;
}

// Beyond any municipality's case count; keeps the numbers well inside an int.
constexpr qint64 MaxCases = 1'000'000;

const Registration round{{
    .name = u"round"_s,
    .summary = u"Review rounds: start one (frozen population, reproducible sample), assign, follow progress, evaluate "
               u"the management action rules."_s,
    .subcommands =
        {
            {
                .name = u"create"_s,
                .summary = u"Start a review round: freeze its population and draw its sample."_s,
                .positionals = {positional(u"NAME", u"A name for the round, unique.")},
                .options =
                    {option(u"--kind", {}, u"What kind of round; walkthrough without it.")
                         .choice({u"walkthrough"_s, u"sample"_s, u"supervision"_s, u"self-check"_s}),
                     option(u"--area", u"KEY", u"Only cases in these areas (comma-separated).").repeatable(),
                     option(u"--team", u"T", u"Only cases of these teams (comma-separated).").repeatable(),
                     option(u"--caseworker", u"NAME", u"Only cases of these caseworkers (comma-separated).")
                         .repeatable(),
                     dateOption(u"--from", u"Only cases whose first recorded date is on or after this day."),
                     dateOption(u"--to", u"Only cases whose first recorded date is on or before this day."),
                     dateOption(u"--period-start", u"The first day of the period supervised (a supervision round)."),
                     dateOption(u"--period-end", u"The last day of the period supervised."),
                     option(u"--size", u"N", u"How many cases to draw (a sample).").integer(0, MaxCases),
                     option(u"--per-stratum", u"N", u"How many cases to draw per stratum (with --stratify).")
                         .integer(0, MaxCases),
                     option(u"--stratify", {}, u"Draw per area, caseworker or team.")
                         .choice({u"area"_s, u"caseworker"_s, u"team"_s}),
                     option(u"--seed", u"S", u"The random seed, to draw the same sample again.")
                         .accepting(isSeed, u"a whole number from 0 to 18446744073709551615"_s),
                     option(u"--exclude-reviewed-months", u"K", u"Leave out cases reviewed in the last K months.")
                         .integer(0, 1200),
                     flag(u"--include-remediated",
                          u"Add every case with a defect remediated since the previous round."),
                     option(u"--target", u"PCT", u"The target share of error-free cases, in percent; 90 without it.")
                         .integer(0, 100)},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = roundCreate,
            },
            {
                .name = u"list"_s,
                .summary = u"The rounds with their progress."_s,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = roundList,
            },
            {
                .name = u"show"_s,
                .summary = u"A round's scope, sample, assignments and progress."_s,
                .description = u"The cases are listed as they are read, in drawing order, each with its draw order "
                               u"(the text's first column, draw_order in the JSON); --limit and --after page through "
                               u"them, and with --json every list of cases in the output (sample, remaining_cases, "
                               u"the assignments' cases) is drawn from that page."_s,
                .positionals = {RoundName},
                .options = {limitOption(),
                            option(u"--after", u"DRAW",
                                   u"Only the cases after this draw order (the next page: the last one listed).")
                                .integer(0, std::numeric_limits<int>::max())},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = roundShow,
            },
            {
                .name = u"assign"_s,
                .summary = u"Assign a round's cases to reviewers: to one reviewer, or evenly to several."_s,
                .description = u"Give either --reviewer (with --cases, or all unassigned cases) or --evenly."_s,
                .positionals = {RoundName},
                .options = {option(u"--reviewer", u"USER", u"The reviewer to assign cases to."),
                            option(u"--cases", u"CASE,…", u"The cases for --reviewer; all unassigned without it.")
                                .repeatable(),
                            option(u"--evenly", u"USER,…", u"Share the unassigned cases evenly among these reviewers.")
                                .repeatable()},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = roundAssign,
            },
            {
                .name = u"close"_s,
                .summary = u"Close a round."_s,
                .positionals = {RoundName},
                .database = DatabaseUse::OpenExisting,
                .run = roundClose,
            },
            {
                .name = u"actions"_s,
                .summary = u"Evaluate the management action rules on a round: the actions it calls for."_s,
                .positionals = {RoundName},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = roundActions,
            },
        },
}};

// approve / send-back / reopen: a decision on a case's completed review in a round.
Command decision(const QString &name, const QString &summary, const Option &text)
{
    return {
        .name = name,
        .summary = summary,
        .positionals = {positional(u"CASE_NUMBER", u"The case's number.")},
        .options = {option(u"--round", u"NAME", u"The round the review belongs to.").required(), text},
        .database = DatabaseUse::OpenExisting,
        .printsJson = true,
        .run = [name](Context &c) { return runDecision(c, name); },
    };
}

const Registration approve{decision(u"approve"_s,
                                    u"Approve a completed review (coordinator or leader; never your own)."_s,
                                    option(u"--comment", u"TEXT", u"A comment for the reviewer."))};
const Registration sendBack{decision(u"send-back"_s, u"Send a completed review back to its reviewer with a comment."_s,
                                     option(u"--comment", u"TEXT", u"What the reviewer should look at (needed)."))};
const Registration reopen{decision(u"reopen"_s,
                                   u"Reopen an approved review for a correction (it then needs a new approval)."_s,
                                   option(u"--reason", u"TEXT", u"Why it is reopened (needed)."))};

const Registration actionRule{{
    .name = u"action-rule"_s,
    .summary = u"Management action rules: which pattern of defects in a round calls for which action."_s,
    .subcommands =
        {
            {
                .name = u"add"_s,
                .summary = u"Add a rule: give one of --per-caseworker-at-least N or --share-above PCT."_s,
                .positionals = {positional(u"NAME", u"The rule's name.")},
                .options = {option(u"--items", u"PATTERN",
                                   u"The cue-card items it counts \"not met\" answers of; * stands for any text."),
                            option(u"--per-caseworker-at-least", u"N",
                                   u"One action per caseworker with at least N of them.")
                                .accepting(isNumber, u"a number"_s),
                            option(u"--share-above", u"PCT",
                                   u"One action when more than PCT percent of the answers are \"not met\".")
                                .accepting(isNumber, u"a number"_s),
                            option(u"--action", u"TEXT", u"The action to take.")},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = [](Context &c) { return runActionRule(c, u"add"_s); },
            },
            {
                .name = u"list"_s,
                .summary = u"The action rules."_s,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = [](Context &c) { return runActionRule(c, u"list"_s); },
            },
            {
                .name = u"done"_s,
                .summary = u"Mark a triggered action done."_s,
                .positionals =
                    {positional(u"ACTION_ID", u"The triggered action's id (round actions NAME shows it).").integer()},
                .options = {option(u"--note", u"TEXT", u"What was done.")},
                .database = DatabaseUse::OpenExisting,
                .run = [](Context &c) { return runActionRule(c, u"done"_s); },
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
