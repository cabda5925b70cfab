// The figures of a round from the command line (issue 10): `report ROUND [--json] [--pdf FILE] [--xlsx FILE]
// [--csv FILE] ...` and `report status --from DATE --to DATE --pdf FILE [--xlsx FILE] [--csv FILE]`.
#include "cli.h"

#include "domain/money.h"
#include "reports/reportbuilder.h"
#include "services/reportservice.h"
#include "services/roundservice.h"
#include "services/statistics.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

// The report is written in the report's language (--lang), like the sentences from services/statistics.h.
QString say(const Context &c, const char16_t *da, const char16_t *en)
{
    return QString::fromUtf16(c.language == u"da" ? da : en);
}

QJsonValue percentJson(const stats::Share &share)
{
    const auto percent = share.percent();
    return percent ? QJsonValue(stats::roundedPercent(*percent)) : QJsonValue(QJsonValue::Null);
}

// Null for a census (no interval), for cases not drawn at random, and when nothing is counted yet.
QJsonValue lowerJson(const stats::Share &share)
{
    const auto lower = share.lower95();
    return lower ? QJsonValue(stats::roundedLowerBound(*lower)) : QJsonValue(QJsonValue::Null);
}

QJsonArray groupsJson(const QList<GroupFigure> &groups, const QString &nameKey)
{
    QJsonArray array;
    for (const GroupFigure &g : groups)
        array.append(
            QJsonObject{{nameKey, g.name},
                        {u"cases"_s, g.cases},
                        {u"reviewed"_s, g.reviewed},
                        {u"error_free"_s, g.errorFree.successes},
                        {u"error_free_percent"_s, percentJson(g.errorFree)},
                        {u"error_free_lower95"_s, lowerJson(g.errorFree)},
                        {u"met"_s, g.met},
                        {u"not_met"_s, g.notMet},
                        {u"na"_s, g.notApplicable},
                        {u"percent"_s, g.itemsMetPercent() ? QJsonValue(stats::roundedPercent(*g.itemsMetPercent()))
                                                           : QJsonValue(QJsonValue::Null)},
                        {u"small"_s, g.small()}});
    return array;
}

QJsonArray trendJson(const Trend &trend)
{
    QJsonArray rounds;
    for (int i = 0; i < trend.rounds.size(); ++i) {
        const TrendRound &t = trend.rounds.at(i);
        QJsonArray items;
        for (const TrendItem &item : trend.items) {
            const auto &share = item.compliance.at(i);
            if (!share)
                continue;
            items.append(QJsonObject{{u"key"_s, item.key},
                                     {u"n"_s, share->n},
                                     {u"percent"_s, percentJson(*share)},
                                     {u"lower95"_s, lowerJson(*share)}});
        }
        rounds.append(QJsonObject{{u"round"_s, t.name},
                                  {u"started"_s, t.createdAt.left(10)},
                                  {u"reviewed"_s, t.reviewed},
                                  {u"error_free"_s, QJsonObject{{u"cases"_s, t.errorFree.successes},
                                                                {u"of"_s, t.errorFree.n},
                                                                {u"percent"_s, percentJson(t.errorFree)},
                                                                {u"lower95"_s, lowerJson(t.errorFree)}}},
                                  {u"items"_s, items}});
    }
    return rounds;
}

QJsonObject reportJson(const RoundReport &r)
{
    QJsonArray items;
    for (const ItemFigure &item : r.items)
        items.append(QJsonObject{{u"key"_s, item.key},
                                 {u"met"_s, item.met},
                                 {u"not_met"_s, item.notMet},
                                 {u"na"_s, item.notApplicable},
                                 {u"unanswered"_s, item.unanswered},
                                 {u"percent"_s, percentJson(item.compliance)},
                                 {u"lower95"_s, lowerJson(item.compliance)},
                                 {u"small"_s, item.compliance.small()}});
    return QJsonObject{
        {u"round"_s, r.roundName},
        {u"kind"_s, r.kind ? QJsonValue(roundKindKey(*r.kind)) : QJsonValue(QJsonValue::Null)},
        {u"design"_s, stats::designKey(r.design)},
        {u"population"_s, r.population},
        {u"sample"_s, r.sample},
        {u"reviewed"_s, r.reviewed},
        {u"remaining"_s, r.remaining()},
        {u"target_percent"_s, r.targetPercent},
        {u"error_free"_s, QJsonObject{{u"cases"_s, r.errorFree.successes},
                                      {u"of"_s, r.errorFree.n},
                                      {u"percent"_s, percentJson(r.errorFree)},
                                      {u"lower95"_s, lowerJson(r.errorFree)}}},
        {u"follow_up"_s, QJsonObject{{u"cases"_s, r.followUpCases},
                                     {u"reviewed"_s, r.followUpReviewed},
                                     {u"counted"_s, !r.followUpLeftOut}}},
        {u"items"_s, items},
        {u"by_caseworker"_s, groupsJson(r.byCaseworker, u"caseworker"_s)},
        {u"by_caseworker_limited"_s, r.byCaseworkerLimited},
        {u"by_team"_s, groupsJson(r.byTeam, u"team"_s)},
        {u"by_area"_s, groupsJson(r.byArea, u"area"_s)},
        // "open" counts every defect not yet remediated, the reopened ones too.
        {u"defects"_s, QJsonObject{{u"open"_s, r.defects.open + r.defects.reopened},
                                   {u"reopened"_s, r.defects.reopened},
                                   {u"remediated"_s, r.defects.remediated},
                                   {u"verified"_s, r.defects.verified},
                                   {u"overdue"_s, r.defects.overdue}}},
        // The round's grant difference: to repay (positive) net of what the municipality may claim (negative).
        {u"grants"_s,
         r.grants ? QJsonValue(QJsonObject{{u"difference_ore"_s, r.grants->differenceOre()},
                                           {u"difference_kr"_s, money::kronerForJson(r.grants->differenceOre())},
                                           {u"repay_ore"_s, r.grants->repayOre},
                                           {u"claim_ore"_s, r.grants->claimOre},
                                           {u"months"_s, r.grants->months},
                                           {u"months_without_rate"_s, r.grants->unpricedMonths}})
                  : QJsonValue(QJsonValue::Null)},
    };
}

QString kindText(const Context &c, const std::optional<RoundKind> &kind)
{
    if (!kind)
        return say(c, u"uden for runder", u"outside rounds");
    switch (*kind) {
    case RoundKind::Walkthrough:
        return say(c, u"fuld gennemgang", u"walkthrough");
    case RoundKind::Sample:
        return say(c, u"stikprøve", u"sample");
    case RoundKind::Supervision:
        return say(c, u"ledelsestilsyn", u"supervision");
    case RoundKind::SelfCheck:
        break;
    }
    return say(c, u"selvtjek", u"self-check");
}

void printGroups(Context &c, const QString &title, const QList<GroupFigure> &groups, int target)
{
    if (groups.isEmpty())
        return;
    const QString &lang = c.language;
    c.out << '\n' << title << '\n';
    for (const GroupFigure &g : groups) {
        c.out << "  " << (g.name.isEmpty() ? say(c, u"(ingen)", u"(none)") : g.name) << ": "
              << say(c, u"%1 af %2 gennemgået", u"%1 of %2 reviewed")
                     .arg(stats::countText(g.reviewed, lang), stats::countText(g.cases, lang));
        if (g.small())
            c.out << " (" << stats::smallGroupText(lang) << ')';
        c.out << "\n    " << say(c, u"Fejlfri: ", u"Error-free: ") << stats::shareText(g.errorFree, lang, target)
              << "\n    " << say(c, u"Opfyldte punkter: ", u"Items met: ")
              << say(c, u"%1 af %2 svar", u"%1 of %2 answers")
                     .arg(stats::countText(g.met, lang), stats::countText(g.met + g.notMet, lang));
        if (g.itemsMetPercent())
            c.out << " = " << stats::percentText(*g.itemsMetPercent(), lang);
        c.out << '\n';
    }
}

void printReport(Context &c, const RoundReport &r)
{
    const QString &lang = c.language;
    c.out << say(c, u"Runde \"%1\" (%2), mål %3 fejlfri", u"Round \"%1\" (%2), target %3 error-free")
                 .arg(r.roundName, kindText(c, r.kind), stats::percentText(r.targetPercent, lang))
          << '\n'
          << say(c, u"%1 af %2 gennemgået, %3 tilbage (population %4)",
                 u"%1 of %2 reviewed, %3 remaining (population %4)")
                 .arg(stats::countText(r.reviewed, lang), stats::countText(r.sample, lang),
                      stats::countText(r.remaining(), lang), stats::countText(r.population, lang))
          << '\n';
    if (r.followUpCases > 0 && r.followUpLeftOut)
        c.out << say(c,
                     u"%1 sager er taget med, fordi en fejl i dem er rettet (%2 gennemgået); de er ikke udtrukket "
                     u"tilfældigt og tælles ikke med i andelene.",
                     u"%1 cases were added because a defect in them was remediated (%2 reviewed); they were not "
                     u"drawn at random and are not counted in the shares.")
                     .arg(stats::countText(r.followUpCases, lang), stats::countText(r.followUpReviewed, lang))
              << '\n';
    c.out << say(c, u"Fejlfri sager: ", u"Error-free cases: ") << stats::shareText(r.errorFree, lang, r.targetPercent)
          << '\n';

    if (!r.items.isEmpty())
        c.out << '\n' << say(c, u"Punkter på tjeklisten:", u"Check items:") << '\n';
    for (const ItemFigure &item : r.items) {
        c.out << "  " << item.key;
        if (!item.question.isEmpty())
            c.out << " – " << item.question;
        c.out << "\n    "
              << say(c, u"opfyldt %1, ikke opfyldt %2, ikke relevant %3, ubesvaret %4",
                     u"met %1, not met %2, not applicable %3, unanswered %4")
                     .arg(stats::countText(item.met, lang), stats::countText(item.notMet, lang),
                          stats::countText(item.notApplicable, lang), stats::countText(item.unanswered, lang))
              << "\n    " << stats::shareText(item.compliance, lang, r.targetPercent);
        if (item.compliance.n > 0 && item.compliance.small())
            c.out << " (" << stats::smallGroupText(lang) << ')';
        c.out << '\n';
    }

    printGroups(c,
                r.byCaseworkerLimited ? say(c, u"Dine egne sager:", u"Your own cases:")
                                      : say(c, u"Pr. sagsbehandler:", u"Per caseworker:"),
                r.byCaseworker, r.targetPercent);
    printGroups(c, say(c, u"Pr. team:", u"Per team:"), r.byTeam, r.targetPercent);
    printGroups(c, say(c, u"Pr. område:", u"Per area:"), r.byArea, r.targetPercent);

    c.out << '\n'
          << say(c, u"Fejl og mangler: %1 åbne", u"Defects: %1 open")
                 .arg(stats::countText(r.defects.open + r.defects.reopened, lang));
    if (r.defects.reopened > 0)
        c.out << say(c, u" (heraf %1 genåbnet)", u" (%1 of them reopened)")
                     .arg(stats::countText(r.defects.reopened, lang));
    c.out << say(c, u", %1 rettet, %2 kontrolleret; %3 over fristen", u", %1 remediated, %2 verified; %3 overdue")
                 .arg(stats::countText(r.defects.remediated, lang), stats::countText(r.defects.verified, lang),
                      stats::countText(r.defects.overdue, lang))
          << '\n';
    if (r.grants && r.grants->months > 0)
        c.out << say(c, u"Tilskud at berigtige: netto %1 (%2 md. med difference)",
                     u"Grants to correct: net %1 (%2 months with a difference)")
                     .arg(money::format(r.grants->differenceOre(), lang))
                     .arg(r.grants->months)
              << '\n';
    c.out.flush();
}

// Reports on paper and for Excel are Danish unless --lang says otherwise.
void chooseFileLanguage(Context &c)
{
    const bool files = c.args.has(u"--pdf"_s) || c.args.has(u"--xlsx"_s) || c.args.has(u"--csv"_s);
    if (files && !c.languageGiven)
        c.language = u"da"_s;
}

// Writes the report to every file asked for; prints where.
int writeFiles(Context &c, const reports::Report &report)
{
    const struct {
        QString option;
        Status (*write)(const reports::Report &, const QString &);
    } outputs[] = {{u"--pdf"_s, reports::writePdf}, {u"--xlsx"_s, reports::writeXlsx}, {u"--csv"_s, reports::writeCsv}};
    for (const auto &output : outputs) {
        if (!c.args.has(output.option))
            continue;
        const QString path = c.args.value(output.option);
        if (auto written = output.write(report, path); !written)
            return c.fail(written.error());
        if (!c.json)
            c.out << say(c, u"Skrev %1", u"Wrote %1").arg(path) << '\n';
    }
    c.out.flush();
    return Success;
}

reports::ReportOptions reportOptions(const Context &c)
{
    reports::ReportOptions options;
    options.language = c.language;
    options.council = c.args.has(u"--council"_s);
    options.withCaseNumbers = c.args.has(u"--with-case-numbers"_s);
    options.team = c.args.value(u"--team"_s);
    options.trendRounds = int(c.args.integer(u"--trend"_s, options.trendRounds));
    return options;
}

int report(Context &c)
{
    chooseFileLanguage(c);
    RoundService rounds(c.session());
    auto round = rounds.find(c.args.value(u"ROUND"_s));
    if (!round)
        return c.fail(round.error());
    ReportService reports(c.session());
    const QString team = c.args.value(u"--team"_s);
    auto figures = reports.roundReport(round->id, team);
    if (!figures)
        return c.fail(figures.error());
    const bool files = c.args.has(u"--pdf"_s) || c.args.has(u"--xlsx"_s) || c.args.has(u"--csv"_s);
    if (files) {
        auto document = reports::roundReport(c.session(), round->id, reportOptions(c));
        if (!document)
            return c.fail(document.error());
        if (const int code = writeFiles(c, document.value()); code != Success)
            return code;
    }
    if (c.json) {
        QJsonObject o = reportJson(figures.value());
        if (!team.isEmpty())
            o.insert(u"team"_s, team);
        auto trend = reports.trend(round->kind, int(c.args.integer(u"--trend"_s, 6)), round->id);
        if (!trend)
            return c.fail(trend.error());
        o.insert(u"trend"_s, trendJson(trend.value()));
        c.printJson(o);
    } else if (!files) {
        printReport(c, figures.value());
    }
    return Success;
}

int statusReport(Context &c)
{
    chooseFileLanguage(c);
    const QDate from = c.args.date(u"--from"_s);
    const QDate to = c.args.date(u"--to"_s);
    if (to < from)
        return c.usageError(u"--to is before --from."_s);
    auto document = reports::statusReport(c.session(), from, to, reportOptions(c));
    if (!document)
        return c.fail(document.error());
    if (const int code = writeFiles(c, document.value()); code != Success)
        return code;
    if (c.json) {
        QJsonArray tables;
        for (const reports::ReportTable &table : document->tables())
            tables.append(QJsonObject{{u"name"_s, table.name}, {u"rows"_s, int(table.rows.size())}});
        c.printJson(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                {u"to"_s, to.toString(Qt::ISODate)},
                                {u"sections"_s, int(document->sections.size())},
                                {u"tables"_s, tables}});
    }
    return Success;
}

Option fileOption(QStringView name, QStringView description)
{
    return option(name, u"FILE", description);
}

const Registration reportCommand{{
    .name = u"report"_s,
    .summary = u"A round's figures: progress, compliance per check item, error-free cases with honest bounds, per "
               u"caseworker, team and area, defects."_s,
    .description =
        u"Shares are given with n; for a sample or supervision round also the exact one-sided 95 % "
        u"(Clopper-Pearson) lower bound, rounded down. A walkthrough or self-check reviews every case in scope: a "
        u"census, without an interval (lower95 is null). Only reviewed cases (completed or approved) are counted. "
        u"\"open\" defects include the reopened ones. Figures per "
        u"caseworker are shown to consultants, coordinators and leaders; anyone else sees only their own. "
        u"Written in the language of --lang. --pdf, --xlsx and --csv write the report (method, progress, figures "
        u"with n and bounds, check items, breakdowns, defects, management actions, the trend over the earlier "
        u"rounds of the same kind) in Danish unless --lang en is given, pseudonymised: no CPR numbers, no "
        u"citizens' names, case numbers only with --with-case-numbers. --team makes the ledelsestilsyn report of "
        u"one team. --council leaves groups under 5 reviewed cases out per caseworker. Files are replaced only "
        u"when written completely. --json adds \"trend\"."_s,
    .positionals = {positional(u"ROUND", u"The round's name (round list shows them).")},
    .options =
        {dateOption(u"--as-of", u"Count defects overdue as of this day instead of today."),
         fileOption(u"--pdf", u"Write the report as a PDF (A4)."),
         fileOption(u"--xlsx", u"Write the report's tables as an XLSX workbook, one sheet per table."),
         fileOption(u"--csv", u"Write the report's tables as CSV for Danish Excel, one table after another."),
         option(u"--team", u"TEAM", u"Only this team's cases: the ledelsestilsyn report of the team."),
         option(u"--trend", u"N", u"How many rounds of the same kind the trend shows (default 6).").integer(1, 100),
         flag(u"--with-case-numbers", u"List the round's defects with their case numbers (access-logged)."),
         flag(u"--council", u"A report to the council: groups under 5 reviewed cases are not shown per "
                            u"caseworker, and management actions name no caseworker.")},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .subcommands = {{
        .name = u"status"_s,
        .summary = u"The status report to the council over a period: the rounds in it with progress and figures, "
                   u"defects found, remediated and verified, overdue now."_s,
        .description = u"Always a council report (no figures per caseworker under 5 reviewed cases, no case "
                       u"numbers); Danish unless --lang en is given."_s,
        .options = {dateOption(u"--from", u"The period's first day.").required(),
                    dateOption(u"--to", u"The period's last day.").required(),
                    fileOption(u"--pdf", u"Write the report as a PDF (A4).").required(),
                    fileOption(u"--xlsx", u"Also write its tables as an XLSX workbook."),
                    fileOption(u"--csv", u"Also write its tables as CSV."),
                    dateOption(u"--as-of", u"Count defects open and overdue as of this day instead of today.")},
        .database = DatabaseUse::OpenExisting,
        .printsJson = true,
        .run = statusReport,
    }},
    .run = report,
}};

} // namespace

} // namespace sagstjek::cli
