// Cases, cue cards, answers and defects from the command line.
#include "cli.h"
#include "cmd_rounds.h"
#include "jsonstream.h"
#include "services/caseservice.h"
#include "services/session.h"
#include "textwords.h"

#include "domain/words.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "itemmodels/defectlistmodel.h"
#include "rules/clock.h"
#include "services/accesspolicy.h"
#include "services/defectservice.h"
#include "services/demodata.h"
#include "services/reviewservice.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int runInit(Context &c)
{
    if (!c.json)
        c.out << "Database ready: " << c.dbPath << Qt::endl;
    else
        c.printJson(QJsonObject{{QStringLiteral("database"), c.dbPath}});
    return Success;
}

int runDemo(Context &c)
{
    Database *db = c.database();
    auto cases = db->cases().count({});
    if (!cases)
        return c.fail(cases.error());
    if (cases.value() > 0)
        return c.fail(InvalidInput, QStringLiteral("The database already has %1 cases; demo data goes only into an "
                                                   "empty database so it never mixes with real cases.")
                                        .arg(cases.value()));
    if (auto filled = demodata::fill(*db, c.user); !filled)
        return c.fail(filled.error());
    auto total = db->cases().count({});
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("cases"), total ? total.value() : 0}});
    else
        c.out << "Demo data added: " << (total ? total.value() : 0) << " cases." << Qt::endl;
    return Success;
}

int runCases(Context &c)
{
    Database *db = c.database();
    CaseFilter filter;
    filter.area = c.args.value(QStringLiteral("--area"));
    filter.caseworker = c.args.value(QStringLiteral("--caseworker"));
    filter.status = c.args.value(QStringLiteral("--status"));
    filter.search = c.args.value(QStringLiteral("--search"));
    if (c.args.has(QStringLiteral("--after")))
        filter.after = CaseListKey{QString(), c.args.value(QStringLiteral("--after"))};
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 0); // 0: every case
    // The same service as the GUI's case list: a caseworker's own cases only, and the search is logged once.
    Session session(*db, *c.policy(), c.language);
    CaseService cases(session);
    if (auto logged = cases.recordSearch(filter); !logged)
        return c.fail(logged.error());
    // Rows are written as they are read, a keyset page at a time: memory stays flat at any number of cases.
    std::optional<JsonArrayWriter> array;
    if (c.json)
        array.emplace(c.out);
    constexpr int Page = 1000;
    qint64 written = 0;
    for (;;) {
        const int want = limit > 0 ? int(std::min<qint64>(Page, limit - written)) : Page;
        if (want <= 0)
            break;
        auto rows = cases.page(filter, 0, want);
        if (!rows)
            return c.fail(rows.error());
        for (const CaseRow &row : rows.value()) {
            if (array) {
                // Written without a QJsonObject (30,000 instructions a row), its keys in QJsonObject's order.
                array->append({{QLatin1StringView("area"), row.area},
                               {QLatin1StringView("case_number"), row.caseNumber},
                               {QLatin1StringView("caseworker"), row.caseworker},
                               {QLatin1StringView("cpr"), cpr::mask(row.cpr)},
                               {QLatin1StringView("name"), row.name},
                               {QLatin1StringView("status"), reviewStatusKey(row.reviewStatus)},
                               {QLatin1StringView("subgroup"), row.subgroup},
                               {QLatin1StringView("team"), row.team}});
            } else {
                c.out << field(row.caseNumber) << '\t' << cpr::mask(row.cpr) << '\t' << field(row.name) << '\t'
                      << shown::area(c, row.area) << '\t' << field(row.caseworker) << '\t' << field(row.team) << '\t'
                      << shown::caseStatus(c, row.reviewStatus) << '\n';
            }
        }
        written += rows->size();
        if (rows->size() < want)
            break;
        filter.after = caseListKeyOf(filter, rows->constLast());
    }
    if (array)
        array->finish();
    c.out.flush();
    return Success;
}

int runCard(Context &c)
{
    auto id = CaseService(c.session()).idForNumber(c.args.positional.first());
    if (!id)
        return c.fail(id.error());
    ReviewService service(c.session());
    auto state = service.open(ReviewRef{id.value()}); // the card outside any round
    if (!state)
        return c.fail(state.error());
    QJsonArray items;
    for (const CueCardItem *item : state->applicableItems()) {
        const Answer answer = state->review ? state->review->answers.value(item->key) : Answer{};
        const auto verdict = state->verdicts.constFind(item->key);
        // The question as the rule version in force for this case asks it.
        const QString question =
            item->question(verdict != state->verdicts.cend() ? verdict->ruleVersion : QString()).in(c.language);
        QJsonObject object{{QStringLiteral("key"), item->key},
                           {QStringLiteral("section"), item->sectionKey},
                           {QStringLiteral("text"), question},
                           {QStringLiteral("law"), item->law.in(c.language)},
                           {QStringLiteral("answer"),
                            answer.value ? QJsonValue(answerKey(*answer.value)) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("note"), answer.note}};
        if (verdict != state->verdicts.cend()) {
            object.insert(QStringLiteral("computed"),
                          QJsonObject{{QStringLiteral("verdict"), rules::verdictKey(verdict->kind)},
                                      {QStringLiteral("due"), orNull(verdict->due.toString(Qt::ISODate))},
                                      {QStringLiteral("actual"), orNull(verdict->actual.toString(Qt::ISODate))},
                                      {QStringLiteral("days_late"), verdict->daysLate},
                                      {QStringLiteral("rule_version"), verdict->ruleVersion},
                                      {QStringLiteral("explanation"), verdict->explanation}});
            if (!answer.overrideReason.isEmpty())
                object.insert(QStringLiteral("override_reason"), answer.overrideReason);
        }
        items.append(object);
        if (!c.json) {
            const QString answered = !answer.value       ? QStringLiteral("-")
                                     : shown::inWords(c) ? words::answer(*answer.value, c.language)
                                                         : answerKey(*answer.value);
            c.out << answered.leftJustified(8) << item->key << "\n        " << question << " ("
                  << item->law.in(c.language) << ")\n";
            if (!answer.note.isEmpty())
                c.out << "        " << field(answer.note) << '\n';
            if (verdict != state->verdicts.cend())
                c.out << "        ["
                      << (shown::inWords(c) ? words::verdictOfKey(rules::verdictKey(verdict->kind), c.language)
                                            : rules::verdictKey(verdict->kind))
                      << "] " << verdict->explanation << '\n';
        }
    }
    if (c.json) {
        c.printJson(
            QJsonObject{{QStringLiteral("case_number"), state->caseFile.caseNumber},
                        {QStringLiteral("area"), state->caseFile.area},
                        {QStringLiteral("status"), reviewStatusKey(state->caseFile.reviewStatus)},
                        {QStringLiteral("template"), QJsonObject{{QStringLiteral("key"), state->card.key},
                                                                 {QStringLiteral("version"), state->card.version}}},
                        {QStringLiteral("items"), items}});
    } else {
        c.out << state->caseFile.caseNumber << ": " << state->answeredCount() << "/" << state->applicableItems().size()
              << shown::say(c, u" besvaret"_s, u" answered"_s) << Qt::endl;
    }
    return Success;
}

int runAnswer(Context &c)
{
    const auto value = answerFromKey(c.args.positional.at(2)); // one of the declared choices
    Database *db = c.database();
    auto id = CaseService(c.session()).idForNumber(c.args.positional.first());
    if (!id)
        return c.fail(id.error());
    const QString itemKey = c.args.positional.at(1);
    ReviewService service(c.session());
    qint64 roundId = 0;
    if (const int code = roundscli::roundFromArgs(c, roundId); code >= 0)
        return code;
    const ReviewRef review{id.value(), roundId};
    // Answer, note and defect description go in one transaction, so a refused note leaves nothing behind.
    auto result = db->transaction([&]() -> Status {
        auto state = service.answer(review, itemKey, value, c.args.value(QStringLiteral("--reason")));
        if (!state)
            return state.error();
        if (c.args.has(QStringLiteral("--note"))) {
            const QString note = c.args.value(QStringLiteral("--note"));
            auto noted = service.setNote(review, itemKey, note);
            if (!noted)
                return noted.error();
            if (*value == AnswerValue::NotMet && noted->after.defect) {
                Defect defect = *noted->after.defect;
                defect.description = note;
                if (auto saved = service.saveDefect(review, defect); !saved)
                    return saved.error();
            }
        }
        return Ok{};
    });
    if (!result)
        return c.fail(result.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("case_number"), c.args.positional.first()},
                                {QStringLiteral("item_key"), itemKey},
                                {QStringLiteral("answer"), answerKey(*value)}});
    return Success;
}

int runComplete(Context &c)
{
    auto id = CaseService(c.session()).idForNumber(c.args.positional.first());
    if (!id)
        return c.fail(id.error());
    ReviewService service(c.session());
    qint64 roundId = 0;
    if (const int code = roundscli::roundFromArgs(c, roundId); code >= 0)
        return code;
    if (auto completed = service.complete(ReviewRef{id.value(), roundId}); !completed)
        return c.fail(completed.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("case_number"), c.args.positional.first()},
                                {QStringLiteral("status"), reviewStatusKey(ReviewStatus::Completed)}});
    return Success;
}

int runDefects(Context &c)
{
    TrackerFilter filter;
    filter.status = c.args.value(QStringLiteral("--status"));
    filter.owner = c.args.value(QStringLiteral("--owner"));
    filter.area = c.args.value(QStringLiteral("--area"));
    filter.overdueOnly = c.args.has(QStringLiteral("--overdue"));
    DefectService service(c.session());
    if (c.args.has(QStringLiteral("--after"))) {
        auto after = service.load(c.args.integer(QStringLiteral("--after")));
        if (!after)
            return c.fail(after.error());
        filter.after = DefectListKey{after->defect.due, after->defect.id};
    }
    std::optional<JsonArrayWriter> array;
    if (c.json)
        array.emplace(c.out);
    auto listed = service.forEach(filter, c.args.integer(QStringLiteral("--limit")), [&](const TrackedDefect &t) {
        const Defect &d = t.defect;
        if (array) {
            array->append(QJsonObject{{QStringLiteral("id"), d.id},
                                      {QStringLiteral("case_number"), d.caseNumber},
                                      {QStringLiteral("item_key"), d.itemKey},
                                      {QStringLiteral("description"), d.description},
                                      {QStringLiteral("severity"), severityKey(d.severity)},
                                      {QStringLiteral("owner"), d.owner},
                                      {QStringLiteral("due"), orNull(d.due.toString(Qt::ISODate))},
                                      {QStringLiteral("status"), defectStatusKey(d.status)}});
        } else {
            c.out << d.id << '\t' << d.caseNumber << '\t' << d.itemKey << '\t' << shown::severity(c, d.severity) << '\t'
                  << d.owner << '\t' << shown::date(c, d.due) << '\t' << shown::defectStatus(c, d.status) << '\t'
                  << field(d.description) << '\n';
        }
    });
    if (!listed)
        return c.fail(listed.error());
    if (array)
        array->finish();
    c.out.flush();
    return Success;
}

const Positional CaseNumber = positional(u"CASE_NUMBER", u"The case's number, as `cases` lists it.");
const Option Round = option(u"--round", u"NAME",
                            u"Work on the case's review in this review round (see `round list`) instead of its "
                            u"own review.");

const Registration init{{
    .name = u"init"_s,
    .summary = u"Create an empty, migrated database (with the built-in cue cards)."_s,
    .database = DatabaseUse::CreateIfMissing,
    .printsJson = true,
    .run = runInit,
}};
const Registration demo{{
    .name = u"demo"_s,
    .summary = u"Fill an empty database with about 40 realistic demo cases."_s,
    .database = DatabaseUse::CreateIfMissing,
    .printsJson = true,
    .run = runDemo,
}};
const Registration cases{{
    .name = u"cases"_s,
    .summary = u"List cases (CPR masked)."_s,
    .description = u"A caseworker sees only their own cases. Every listing is logged in the access log."_s,
    .options = {option(u"--area", u"KEY", u"Only cases in this area (integration, ...)."),
                option(u"--caseworker", u"NAME", u"Only this caseworker's cases."),
                option(u"--status", u"S",
                       u"Only cases with this review status (not-started, in-progress, "
                       u"completed)."),
                option(u"--search", u"TEXT", u"Free-text search; a CPR number finds that citizen's cases."),
                limitOption(),
                option(u"--after", u"CASE_NUMBER",
                       u"Only the cases after this case number (the next page: give the last one listed).")},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runCases,
}};
const Registration card{{
    .name = u"card"_s,
    .summary = u"Show a case's cue card with its answers and computed verdicts."_s,
    .positionals = {CaseNumber},
    .options = {dateOption(u"--as-of", u"Compute deadlines and verdicts as of this day instead of today.")},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runCard,
}};
const Registration answer{{
    .name = u"answer"_s,
    .summary = u"Record an answer; a not-met with --note creates the defect with that description; --reason explains "
               u"an override of the computed verdict."_s,
    .positionals = {CaseNumber, positional(u"ITEM_KEY", u"The cue-card item (card CASE_NUMBER lists them)."),
                    positional(u"ANSWER", u"The answer.").choice({u"met"_s, u"not-met"_s, u"na"_s})},
    .options = {option(u"--note", u"TEXT", u"A note on the answer; for not-met, the defect's description."),
                option(u"--reason", u"TEXT", u"Why the answer differs from the computed verdict."), Round},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runAnswer,
}};
const Registration complete{{
    .name = u"complete"_s,
    .summary = u"Mark a case's review complete (refused while items are unanswered)."_s,
    .positionals = {CaseNumber},
    .options = {Round},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runComplete,
}};
const Registration defects{{
    .name = u"defects"_s,
    .summary = u"List defects."_s,
    .description = u"A caseworker sees only their own defects."_s,
    .options = {option(u"--status", u"S", u"Only defects with this status (open, remediated, verified, reopened)."),
                option(u"--owner", u"NAME", u"Only defects this user owns."),
                option(u"--area", u"KEY", u"Only defects in cases of this area."),
                flag(u"--overdue", u"Only defects past their due date."), limitOption(), afterDefectOption()},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runDefects,
}};

} // namespace

} // namespace sagstjek::cli
