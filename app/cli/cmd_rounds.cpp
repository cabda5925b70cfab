// Review rounds from the command line: create, list, show, assign, close; approval; management action rules.
#include "cmd_rounds.h"

#include "services/accesspolicy.h"
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/reviewservice.h"
#include "services/rolelookup.h"
#include "services/roundservice.h"
#include "storage/caserepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace sagstjek::cli {

namespace roundscli {

int roundFromArgs(Context &c, Database &db, qint64 &roundId)
{
    roundId = 0;
    if (!c.args.has(QStringLiteral("--round")))
        return -1;
    UserListRoles roles(db.connection());
    RoundService rounds(db, c.user, roles);
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

std::optional<int> intOption(Context &c, const QString &name, int &exitCode)
{
    if (!c.args.has(name))
        return 0;
    bool ok = false;
    const int value = c.args.value(name).toInt(&ok);
    if (!ok || value < 0) {
        exitCode =
            c.fail(UsageError, QStringLiteral("%1 needs a whole number, not \"%2\".").arg(name, c.args.value(name)));
        return std::nullopt;
    }
    return value;
}

QStringList listOption(const Context &c, const QString &name)
{
    QStringList all;
    for (const QString &value : c.args.values(name))
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            all << part.trimmed();
    return all;
}

struct Services {
    UserListRoles roles;
    RoundService rounds;
    explicit Services(Context &c, Database &db)
        : roles(db.connection())
        , rounds(db, c.user, roles)
    {
    }
};

int roundCreate(Context &c, Database &db)
{
    if (c.args.positional.size() != 2)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round create NAME --kind "
                                                 "walkthrough|sample|supervision|self-check …"));
    RoundSpec spec;
    spec.name = c.args.positional.at(1);
    const auto kind = roundKindFromKey(c.args.value(QStringLiteral("--kind"), QStringLiteral("walkthrough")));
    if (!kind)
        return c.fail(UsageError, QStringLiteral("--kind is walkthrough, sample, supervision or self-check."));
    spec.kind = *kind;
    spec.scope.areas = listOption(c, QStringLiteral("--area"));
    spec.scope.teams = listOption(c, QStringLiteral("--team"));
    spec.scope.caseworkers = listOption(c, QStringLiteral("--caseworker"));
    const QList<std::pair<QString, QDate *>> dates = {{QStringLiteral("--from"), &spec.scope.from},
                                                      {QStringLiteral("--to"), &spec.scope.to},
                                                      {QStringLiteral("--period-start"), &spec.periodStart},
                                                      {QStringLiteral("--period-end"), &spec.periodEnd}};
    for (const auto &[name, target] : dates) {
        if (!c.args.has(name))
            continue;
        *target = QDate::fromString(c.args.value(name), Qt::ISODate);
        if (!target->isValid())
            return c.fail(UsageError, QStringLiteral("%1 needs a date written YYYY-MM-DD.").arg(name));
    }
    int code = 0;
    const auto size = intOption(c, QStringLiteral("--size"), code);
    const auto perStratum = intOption(c, QStringLiteral("--per-stratum"), code);
    const auto months = intOption(c, QStringLiteral("--exclude-reviewed-months"), code);
    const auto target = c.args.has(QStringLiteral("--target")) ? intOption(c, QStringLiteral("--target"), code)
                                                               : std::optional<int>(90);
    if (!size || !perStratum || !months || !target)
        return code;
    spec.sampleSize = *size;
    spec.perStratum = *perStratum;
    spec.excludeReviewedMonths = *months;
    spec.targetPercent = *target;
    spec.includeRemediated = c.args.has(QStringLiteral("--include-remediated"));
    if (c.args.has(QStringLiteral("--stratify"))) {
        const auto stratum = stratumFromKey(c.args.value(QStringLiteral("--stratify")));
        if (!stratum || *stratum == Stratum::None)
            return c.fail(UsageError, QStringLiteral("--stratify is area, caseworker or team."));
        spec.stratify = *stratum;
    }
    if (c.args.has(QStringLiteral("--seed"))) {
        bool ok = false;
        const quint64 seed = c.args.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return c.fail(UsageError, QStringLiteral("--seed needs a whole number from 0 to 18446744073709551615."));
        spec.seed = seed;
    }
    Services s(c, db);
    auto round = s.rounds.create(spec);
    if (!round)
        return c.fail(round.error());
    auto cases = s.rounds.cases(round->id);
    auto population = s.rounds.populationSize(round->id);
    auto skipped = s.rounds.skipped(round->id);
    if (!cases || !population || !skipped)
        return c.fail(!cases ? cases.error() : !population ? population.error() : skipped.error());
    if (c.json) {
        QJsonArray sample;
        for (const RoundCase &rc : cases.value())
            sample.append(rc.caseNumber);
        QJsonArray skippedJson;
        for (const SkippedStratum &sk : skipped.value())
            skippedJson.append(RoundService::skippedText(sk));
        c.printJson(QJsonObject{{QStringLiteral("name"), round->name},
                                {QStringLiteral("kind"), roundKindKey(round->kind)},
                                {QStringLiteral("seed"), seedJson(round->seed)},
                                {QStringLiteral("population"), population.value()},
                                {QStringLiteral("sample"), sample},
                                {QStringLiteral("skipped"), skippedJson}});
    } else {
        c.out << "Round \"" << round->name << "\" started: " << population.value() << " cases in scope, "
              << cases->size() << " to review, seed " << round->seed << "." << Qt::endl;
        for (const SkippedStratum &sk : skipped.value())
            c.out << "  " << RoundService::skippedText(sk) << Qt::endl;
    }
    return Success;
}

int roundList(Context &c, Database &db)
{
    Services s(c, db);
    auto rounds = s.rounds.list();
    if (!rounds)
        return c.fail(rounds.error());
    QJsonArray array;
    for (const Round &round : rounds.value()) {
        auto progress = s.rounds.progress(round.id);
        if (!progress)
            return c.fail(progress.error());
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("name"), round.name},
                                     {QStringLiteral("kind"), roundKindKey(round.kind)},
                                     {QStringLiteral("status"), round.status},
                                     {QStringLiteral("seed"), seedJson(round.seed)},
                                     {QStringLiteral("population"), progress->population},
                                     {QStringLiteral("in_scope"), progress->inScope},
                                     {QStringLiteral("reviewed"), progress->reviewed},
                                     {QStringLiteral("remaining"), progress->remaining()},
                                     {QStringLiteral("created_at"), round.createdAt}});
        else
            c.out << round.name << '\t' << roundKindKey(round.kind) << '\t' << round.status << '\t'
                  << progress->reviewed << '/' << progress->inScope << " reviewed\t" << progress->remaining()
                  << " remaining\n";
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

int roundShow(Context &c, Database &db)
{
    if (c.args.positional.size() != 2)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round show NAME [--json]"));
    Services s(c, db);
    auto round = s.rounds.find(c.args.positional.at(1));
    if (!round)
        return c.fail(round.error());
    auto cases = s.rounds.cases(round->id);
    auto progress = s.rounds.progress(round->id);
    auto skipped = s.rounds.skipped(round->id);
    if (!cases || !progress || !skipped)
        return c.fail(!cases ? cases.error() : !progress ? progress.error() : skipped.error());
    QJsonArray sample;
    QJsonArray remainingCases;
    QJsonArray casesJson;
    QMap<QString, QJsonArray> byReviewer;
    for (const RoundCase &rc : cases.value()) {
        sample.append(rc.caseNumber);
        if (!rc.reviewed())
            remainingCases.append(rc.caseNumber);
        if (!rc.reviewer.isEmpty())
            byReviewer[rc.reviewer].append(rc.caseNumber);
        casesJson.append(QJsonObject{
            {QStringLiteral("case_number"), rc.caseNumber},
            {QStringLiteral("caseworker"), rc.caseworker},
            {QStringLiteral("reason"), rc.reason},
            {QStringLiteral("stratum"), rc.stratum},
            {QStringLiteral("reviewer"),
             rc.reviewer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rc.reviewer)},
            {QStringLiteral("status"), rc.reviewStatus.isEmpty() ? QStringLiteral("not-started") : rc.reviewStatus}});
    }
    QJsonArray assignments;
    for (const ReviewerProgress &reviewer : progress->reviewers) {
        if (reviewer.reviewer.isEmpty())
            continue;
        assignments.append(QJsonObject{{QStringLiteral("reviewer"), reviewer.reviewer},
                                       {QStringLiteral("cases"), byReviewer.value(reviewer.reviewer)},
                                       {QStringLiteral("in_scope"), reviewer.inScope},
                                       {QStringLiteral("reviewed"), reviewer.reviewed},
                                       {QStringLiteral("approved"), reviewer.approved},
                                       {QStringLiteral("remaining"), reviewer.remaining()}});
    }
    int unassigned = 0;
    for (const ReviewerProgress &reviewer : progress->reviewers)
        if (reviewer.reviewer.isEmpty())
            unassigned = reviewer.inScope;
    QJsonArray skippedJson;
    for (const SkippedStratum &sk : skipped.value())
        skippedJson.append(RoundService::skippedText(sk));
    const QJsonValue errorFree = progress->reviewed > 0 ? QJsonValue(100.0 * progress->errorFree / progress->reviewed)
                                                        : QJsonValue(QJsonValue::Null);
    if (c.json) {
        c.printJson(QJsonObject{
            {QStringLiteral("name"), round->name},
            {QStringLiteral("kind"), roundKindKey(round->kind)},
            {QStringLiteral("status"), round->status},
            {QStringLiteral("seed"), seedJson(round->seed)},
            {QStringLiteral("scope"),
             QJsonObject{{QStringLiteral("areas"), QJsonArray::fromStringList(round->scope.areas)},
                         {QStringLiteral("teams"), QJsonArray::fromStringList(round->scope.teams)},
                         {QStringLiteral("caseworkers"), QJsonArray::fromStringList(round->scope.caseworkers)},
                         {QStringLiteral("from"), dateJson(round->scope.from)},
                         {QStringLiteral("to"), dateJson(round->scope.to)}}},
            {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), dateJson(round->periodStart)},
                                                   {QStringLiteral("end"), dateJson(round->periodEnd)}}},
            {QStringLiteral("target_percent"), round->targetPercent},
            {QStringLiteral("population"), progress->population},
            {QStringLiteral("sample"), sample},
            {QStringLiteral("in_scope"), progress->inScope},
            {QStringLiteral("reviewed"), progress->reviewed},
            {QStringLiteral("approved"), progress->approved},
            {QStringLiteral("remaining"), progress->remaining()},
            {QStringLiteral("remaining_cases"), remainingCases},
            {QStringLiteral("error_free_percent"), errorFree},
            {QStringLiteral("unassigned"), unassigned},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("skipped"), skippedJson},
            {QStringLiteral("cases"), casesJson}});
        return Success;
    }
    c.out << round->name << " (" << roundKindKey(round->kind) << ", " << round->status << "), seed " << round->seed
          << "\n  population " << progress->population << ", in scope " << progress->inScope << ", reviewed "
          << progress->reviewed << ", approved " << progress->approved << ", remaining " << progress->remaining()
          << "\n";
    for (const ReviewerProgress &reviewer : progress->reviewers)
        c.out << "  " << (reviewer.reviewer.isEmpty() ? QStringLiteral("(unassigned)") : reviewer.reviewer) << ": "
              << reviewer.reviewed << '/' << reviewer.inScope << " reviewed, " << reviewer.remaining()
              << " remaining\n";
    for (const SkippedStratum &sk : skipped.value())
        c.out << "  " << RoundService::skippedText(sk) << "\n";
    for (const RoundCase &rc : cases.value())
        c.out << "  " << rc.drawOrder << '\t' << rc.caseNumber << '\t' << rc.caseworker << '\t'
              << (rc.reviewer.isEmpty() ? QStringLiteral("-") : rc.reviewer) << '\t'
              << (rc.reviewStatus.isEmpty() ? QStringLiteral("not-started") : rc.reviewStatus) << "\n";
    c.out.flush();
    return Success;
}

int roundAssign(Context &c, Database &db)
{
    if (c.args.positional.size() != 2 ||
        c.args.has(QStringLiteral("--reviewer")) == c.args.has(QStringLiteral("--evenly")))
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round assign NAME --reviewer USER "
                                                 "[--cases CASE,CASE,…] | --evenly USER,USER,…"));
    Services s(c, db);
    auto round = s.rounds.find(c.args.positional.at(1));
    if (!round)
        return c.fail(round.error());
    auto outcome = c.args.has(QStringLiteral("--evenly"))
                       ? s.rounds.assignEvenly(round->id, listOption(c, QStringLiteral("--evenly")))
                       : s.rounds.assign(round->id, c.args.value(QStringLiteral("--reviewer")),
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

int roundClose(Context &c, Database &db)
{
    if (c.args.positional.size() != 2)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round close NAME"));
    Services s(c, db);
    auto round = s.rounds.find(c.args.positional.at(1));
    if (!round)
        return c.fail(round.error());
    if (auto closed = s.rounds.close(round->id); !closed)
        return c.fail(closed.error());
    return Success;
}

int roundActions(Context &c, Database &db)
{
    if (c.args.positional.size() != 2)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round actions NAME [--json]"));
    Services s(c, db);
    auto round = s.rounds.find(c.args.positional.at(1));
    if (!round)
        return c.fail(round.error());
    ActionRuleService rules(db, c.user, s.roles);
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
                                     {QStringLiteral("status"), a.status},
                                     {QStringLiteral("done_by"), a.doneBy}});
        else
            c.out << a.id << '\t' << a.status << '\t' << a.action << '\t' << a.subject << '\t' << a.detail << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

int runRound(Context &c)
{
    if (c.args.positional.isEmpty())
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli round create|list|show|assign|close|actions …"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    const QString sub = c.args.positional.first();
    if (sub == u"create")
        return roundCreate(c, *db);
    if (sub == u"list")
        return roundList(c, *db);
    if (sub == u"show")
        return roundShow(c, *db);
    if (sub == u"assign")
        return roundAssign(c, *db);
    if (sub == u"close")
        return roundClose(c, *db);
    if (sub == u"actions")
        return roundActions(c, *db);
    return c.fail(UsageError, QStringLiteral("Unknown round command \"%1\": create, list, show, assign, close or "
                                             "actions.")
                                  .arg(sub));
}

// approve / send-back / reopen CASE_NUMBER --round NAME
int runDecision(Context &c, const QString &what)
{
    if (c.args.positional.size() != 1 || !c.args.has(QStringLiteral("--round")))
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli %1 CASE_NUMBER --round NAME%2")
                                      .arg(what, what == u"approve"  ? QStringLiteral(" [--comment TEXT]")
                                                 : what == u"reopen" ? QStringLiteral(" --reason TEXT")
                                                                     : QStringLiteral(" --comment TEXT")));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    Services s(c, *db);
    auto round = s.rounds.find(c.args.value(QStringLiteral("--round")));
    if (!round)
        return c.fail(round.error());
    auto caseId = CaseRepository(db->connection()).idForNumber(c.args.positional.first());
    if (!caseId)
        return c.fail(caseId.error());
    ApprovalService approvals(*db, c.user, s.roles);
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

int runActionRule(Context &c)
{
    const QString sub = c.args.positional.value(0);
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    UserListRoles roles(db->connection());
    ActionRuleService service(*db, c.user, roles);
    if (sub == u"add" && c.args.positional.size() == 2) {
        ActionRule rule;
        rule.name = c.args.positional.at(1);
        rule.itemPattern = c.args.value(QStringLiteral("--items"));
        rule.action = c.args.value(QStringLiteral("--action"));
        const bool perCaseworker = c.args.has(QStringLiteral("--per-caseworker-at-least"));
        const bool share = c.args.has(QStringLiteral("--share-above"));
        if (perCaseworker == share)
            return c.fail(UsageError, QStringLiteral("Give one of --per-caseworker-at-least N or --share-above PCT."));
        rule.kind = perCaseworker ? QStringLiteral("caseworker-count") : QStringLiteral("item-share");
        bool ok = false;
        rule.threshold =
            c.args.value(perCaseworker ? QStringLiteral("--per-caseworker-at-least") : QStringLiteral("--share-above"))
                .toDouble(&ok);
        if (!ok)
            return c.fail(UsageError, QStringLiteral("The threshold must be a number."));
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
    if (sub == u"done" && c.args.positional.size() == 2) {
        bool ok = false;
        const qint64 id = c.args.positional.at(1).toLongLong(&ok);
        if (!ok)
            return c.fail(UsageError, QStringLiteral("Give the id of a triggered action (round actions NAME)."));
        if (auto done = service.markDone(id, c.args.value(QStringLiteral("--note"))); !done)
            return c.fail(done.error());
        return Success;
    }
    return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli action-rule add NAME --items PATTERN "
                                             "(--per-caseworker-at-least N | --share-above PCT) --action TEXT | "
                                             "action-rule list | action-rule done ACTION_ID [--note TEXT]"));
}

const Registration round{
    {QStringLiteral("round"),
     QStringLiteral("round create NAME --kind walkthrough|sample|supervision|self-check [--area KEY]… [--team T]… "
                    "[--caseworker NAME]… [--from DATE] [--to DATE] [--period-start DATE] [--period-end DATE] "
                    "[--size N] [--per-stratum N --stratify area|caseworker|team] [--seed S] "
                    "[--exclude-reviewed-months K] [--include-remediated] [--target PCT] | round list | "
                    "round show NAME | round assign NAME (--reviewer USER [--cases CASE,…] | --evenly USER,…) | "
                    "round close NAME | round actions NAME"),
     QStringLiteral("Review rounds: start one (frozen population, reproducible sample), assign, follow progress, "
                    "evaluate the management action rules."),
     {QStringLiteral("--kind"), QStringLiteral("--area"), QStringLiteral("--team"), QStringLiteral("--caseworker"),
      QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--period-start"),
      QStringLiteral("--period-end"), QStringLiteral("--size"), QStringLiteral("--per-stratum"),
      QStringLiteral("--stratify"), QStringLiteral("--seed"), QStringLiteral("--exclude-reviewed-months"),
      QStringLiteral("--target"), QStringLiteral("--reviewer"), QStringLiteral("--cases"), QStringLiteral("--evenly")},
     {QStringLiteral("--include-remediated")},
     runRound}};
const Registration approve{{QStringLiteral("approve"),
                            QStringLiteral("approve CASE_NUMBER --round NAME [--comment TEXT]"),
                            QStringLiteral("Approve a completed review (coordinator or leader; never your own)."),
                            {QStringLiteral("--round"), QStringLiteral("--comment")},
                            {},
                            [](Context &c) { return runDecision(c, QStringLiteral("approve")); }}};
const Registration sendBack{{QStringLiteral("send-back"),
                             QStringLiteral("send-back CASE_NUMBER --round NAME --comment TEXT"),
                             QStringLiteral("Send a completed review back to its reviewer with a comment."),
                             {QStringLiteral("--round"), QStringLiteral("--comment")},
                             {},
                             [](Context &c) { return runDecision(c, QStringLiteral("send-back")); }}};
const Registration reopen{{QStringLiteral("reopen"),
                           QStringLiteral("reopen CASE_NUMBER --round NAME --reason TEXT"),
                           QStringLiteral("Reopen an approved review for a correction (it then needs a new approval)."),
                           {QStringLiteral("--round"), QStringLiteral("--reason")},
                           {},
                           [](Context &c) { return runDecision(c, QStringLiteral("reopen")); }}};
const Registration actionRule{
    {QStringLiteral("action-rule"),
     QStringLiteral("action-rule add NAME --items PATTERN (--per-caseworker-at-least N | --share-above PCT) "
                    "--action TEXT | action-rule list | action-rule done ACTION_ID [--note TEXT]"),
     QStringLiteral("Management action rules: which pattern of defects in a round calls for which action."),
     {QStringLiteral("--items"), QStringLiteral("--per-caseworker-at-least"), QStringLiteral("--share-above"),
      QStringLiteral("--action"), QStringLiteral("--note")},
     {},
     runActionRule}};

} // namespace

} // namespace sagstjek::cli
