#include "reports/reportbuilder.h"

#include "reports/reportwords.h"

#include "domain/money.h"
#include "rules/clock.h"
#include "services/actionplanservice.h"
#include "services/actionrules.h"
#include "services/complaintservice.h"
#include "services/defectservice.h"
#include "services/grantservice.h"
#include "services/policysetup.h"
#include "services/statistics.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sagstjek::reports {

Report detail::titled(Session &session, const Words &w, const QString &title, const QString &subtitle,
                      const ReportOptions &options)
{
    Report report;
    report.language = w.language;
    report.title = title;
    report.subtitle = subtitle;
    report.organisation = organisationName(session);
    report.date = session.today();
    QString note = w(u"Pseudonymiseret: ingen CPR-numre og ingen borgernavne"_s,
                     u"Pseudonymised: no CPR numbers and no citizens' names"_s);
    note += options.withCaseNumbers
                ? w(u"; sagsnumre er medtaget efter ønske."_s, u"; case numbers included on request."_s)
                : w(u", ingen sagsnumre."_s, u", no case numbers."_s);
    report.notes << note;
    if (options.council)
        report.notes << w(u"Rapport til byrådet: grupper med under 5 gennemgåede sager vises ikke pr. sagsbehandler."_s,
                          u"Report to the council: groups with fewer than 5 reviewed cases are not shown per "
                          u"caseworker."_s);
    return report;
}

namespace {

using namespace detail;

QString defectStatusText(const Words &w, DefectStatus status)
{
    switch (status) {
    case DefectStatus::Open:
        return w(u"åben"_s, u"open"_s);
    case DefectStatus::Reopened:
        return w(u"genåbnet"_s, u"reopened"_s);
    case DefectStatus::Remediated:
        return w(u"rettet"_s, u"remediated"_s);
    case DefectStatus::Verified:
        break;
    }
    return w(u"kontrolleret"_s, u"verified"_s);
}

QString designSentence(const Words &w, stats::Design design)
{
    switch (design) {
    case stats::Design::Census:
        return w(u"Runden er en totalopgørelse: alle sager i afgrænsningen gennemgås. Tallene er derfor præcise for "
                 u"de gennemgåede sager og har intet usikkerhedsinterval."_s,
                 u"The round is a census: every case in scope is reviewed. The figures are therefore exact for the "
                 u"cases reviewed and have no interval."_s);
    case stats::Design::RandomSample:
        return w(u"Sagerne er udtrukket tilfældigt. Ved hver andel står n og den eksakte ensidede 95 %-nedre grænse "
                 u"(Clopper–Pearson): den sande andel er med 95 % sikkerhed mindst så stor. Jo færre sager, jo "
                 u"lavere grænse."_s,
                 u"The cases were drawn at random. Beside every share stand n and the exact one-sided 95 % lower "
                 u"bound (Clopper–Pearson): with 95 % confidence the true share is at least that high. The fewer "
                 u"cases, the lower the bound."_s);
    case stats::Design::NotSampled:
        break;
    }
    return w(u"Sagerne er valgt af brugerne og ikke udtrukket tilfældigt; tallene beskriver kun de gennemgåede "
             u"sager og har ingen nedre grænse."_s,
             u"The cases were chosen by the users, not drawn at random; the figures describe only the cases "
             u"reviewed and have no lower bound."_s);
}

// The name of a round's report, with the team when it is one team's.
QString roundTitle(const Words &w, const RoundReport &r)
{
    return r.team.isEmpty() ? w(u"Runde: %1"_s, u"Round: %1"_s).arg(r.roundName)
                            : w(u"Runde: %1 – team %2"_s, u"Round: %1 – team %2"_s).arg(r.roundName, r.team);
}

ReportSection methodSection(const Words &w, const RoundReport &r)
{
    ReportSection s;
    s.title = w(u"Metode"_s, u"Method"_s);
    QStringList lines;
    lines << w(u"Type: %1. Mål: %2 fejlfri sager."_s, u"Kind: %1. Target: %2 error-free cases."_s)
                 .arg(kindText(w, r.kind), w.percent(r.targetPercent));
    if (!r.team.isEmpty())
        lines << w(u"Ledelsestilsyn for team %1: kun teamets sager, som runden fastfrøs dem, tælles med."_s,
                   u"Supervision of team %1: only the team's cases, as the round froze them, are counted."_s)
                     .arg(r.team);
    if (r.roundId > 0) {
        const Round &round = r.round;
        QString population = w(u"Population: %1 sager i afgrænsningen; %2 sager skal gennemgås."_s,
                               u"Population: %1 cases in scope; %2 cases to review."_s)
                                 .arg(w.count(r.population), w.count(r.sample));
        lines << population;
        if (r.design == stats::Design::RandomSample) {
            QString drawn = round.perStratum > 0 ? w(u"Udtræk: %1 sager pr. gruppe, tilfældigt med frø %2."_s,
                                                     u"Drawn: %1 cases per group, at random with seed %2."_s)
                                                       .arg(w.count(round.perStratum))
                                                       .arg(round.seed)
                                                 : w(u"Udtræk: %1 sager, tilfældigt med frø %2."_s,
                                                     u"Drawn: %1 cases, at random with seed %2."_s)
                                                       .arg(w.count(round.sampleSize))
                                                       .arg(round.seed);
            lines << drawn + u' ' +
                         w(u"Samme frø og population giver samme udtræk."_s,
                           u"The same seed and population give the same draw."_s);
        }
        if (round.periodStart.isValid())
            lines << w(u"Periode: %1 – %2."_s, u"Period: %1 – %2."_s)
                         .arg(w.date(round.periodStart), w.date(round.periodEnd));
        lines << w(u"Status: %1, startet %2."_s, u"Status: %1, started %2."_s)
                     .arg(roundStatusText(w, round.status),
                          w.date(QDate::fromString(round.createdAt.left(10), Qt::ISODate)));
    }
    lines << designSentence(w, r.design);
    if (r.followUpCases > 0 && r.followUpLeftOut)
        lines << w(u"%1 sager er taget med, fordi en fejl i dem er rettet; de er ikke udtrukket tilfældigt og tælles "
                   u"ikke med i andelene."_s,
                   u"%1 cases were added because a defect in them was remediated; they were not drawn at random "
                   u"and are not counted in the shares."_s)
                     .arg(w.count(r.followUpCases));
    lines << w(u"Kun gennemgåede sager (afsluttet eller godkendt) tælles. Overholdelse = opfyldt / (opfyldt + ikke "
               u"opfyldt); \"ikke relevant\" indgår ikke i nævneren."_s,
               u"Only reviewed cases (completed or approved) are counted. Compliance = met / (met + not met); "
               u"\"not applicable\" is never in the denominator."_s);
    s.paragraphs = lines;
    return s;
}

ReportSection keyFigureSection(const Words &w, const RoundReport &r)
{
    ReportSection s;
    s.title = w(u"Fremdrift og fejlfri sager"_s, u"Progress and error-free cases"_s);
    s.paragraphs << progressSentence(w, r) + u'.';
    s.paragraphs << w(u"Fejlfri sager: "_s, u"Error-free cases: "_s) +
                        stats::shareText(r.errorFree, w.language, r.targetPercent) + u'.';
    ReportTable t;
    t.name = w(u"Nøgletal"_s, u"Key figures"_s);
    t.columns = {{w(u"Nøgletal"_s, u"Figure"_s), ColumnKind::Text}, {w(u"Værdi"_s, u"Value"_s), ColumnKind::Count}};
    auto add = [&](const QString &name, Cell value) { t.rows.append({name, value}); };
    add(w(u"Population"_s, u"Population"_s), number(r.population));
    add(w(u"Sager i runden"_s, u"Cases in the round"_s), number(r.sample));
    add(w(u"Gennemgået"_s, u"Reviewed"_s), number(r.reviewed));
    add(w(u"Tilbage"_s, u"Remaining"_s), number(r.remaining()));
    add(w(u"Fejlfri sager"_s, u"Error-free cases"_s), number(r.errorFree.successes));
    add(w(u"n (gennemgåede sager i andelen)"_s, u"n (reviewed cases in the share)"_s), number(r.errorFree.n));
    s.tables << t;
    ReportTable p;
    p.name = w(u"Fejlfri"_s, u"Error-free"_s);
    p.columns = {{w(u"Andel"_s, u"Share"_s), ColumnKind::Text},
                 {w(u"Pct."_s, u"Percent"_s), ColumnKind::Percent},
                 {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent},
                 {w(u"Mål"_s, u"Target"_s), ColumnKind::Percent},
                 {w(u"Målet er vist"_s, u"Target shown"_s), ColumnKind::Text}};
    p.rows.append({w(u"Fejlfri sager"_s, u"Error-free cases"_s), percentCell(r.errorFree.percent()),
                   lowerCell(r.errorFree), number(r.targetPercent),
                   r.errorFree.n > 0 ? yesNo(w, r.design == stats::Design::RandomSample
                                                    ? r.errorFree.lower95().value_or(0) >= r.targetPercent
                                                    : r.errorFree.reaches(r.targetPercent))
                                     : Cell()});
    p.note = w(u"\"Målet er vist\": for en stikprøve, at den nedre grænse når målet; for en totalopgørelse, at "
               u"andelen gør."_s,
               u"\"Target shown\": for a sample, the lower bound reaches the target; for a census, the share "
               u"does."_s);
    s.tables << p;
    return s;
}

ReportSection itemSection(const Words &w, const RoundReport &r)
{
    ReportSection s;
    s.title = w(u"Punkter på tjeklisten"_s, u"Check items"_s);
    ReportTable t;
    t.name = w(u"Punkter"_s, u"Check items"_s);
    t.columns = {{w(u"Punkt"_s, u"Item"_s), ColumnKind::Text, false, 37},
                 {w(u"Spørgsmål"_s, u"Question"_s), ColumnKind::Text, true},
                 {w(u"Vurdering"_s, u"Assessment"_s), ColumnKind::Text, true},
                 {w(u"Opfyldt"_s, u"Met"_s), ColumnKind::Count, false, 9},
                 {w(u"Ikke opfyldt"_s, u"Not met"_s), ColumnKind::Count, false, 9},
                 {w(u"Ikke relevant"_s, u"N/A"_s), ColumnKind::Count, false, 10},
                 {w(u"Ubesvaret"_s, u"Unanswered"_s), ColumnKind::Count, false, 12},
                 {u"n"_s, ColumnKind::Count, false, 5},
                 {w(u"Pct."_s, u"Percent"_s), ColumnKind::Percent, false, 8},
                 {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent, false, 10}};
    QList<Bar> bars;
    if (r.errorFree.percent())
        bars.append({w(u"Fejlfri sager"_s, u"Error-free cases"_s), *r.errorFree.percent(), r.errorFree.lower95()});
    for (const ItemFigure &item : r.items) {
        QString sentence = stats::shareText(item.compliance, w.language, r.targetPercent);
        if (item.compliance.n > 0 && item.compliance.small())
            sentence += u" ("_s + stats::smallGroupText(w.language) + u')';
        t.rows.append({item.key, item.question, sentence + u'.', number(item.met), number(item.notMet),
                       number(item.notApplicable), number(item.unanswered), number(item.compliance.n),
                       percentCell(item.compliance.percent()), lowerCell(item.compliance)});
        if (item.compliance.percent())
            bars.append({item.key, *item.compliance.percent(), item.compliance.lower95()});
    }
    if (r.items.isEmpty())
        s.paragraphs << w(u"Ingen sager er gennemgået endnu."_s, u"No case has been reviewed yet."_s);
    if (!bars.isEmpty()) {
        s.chart.bars = bars;
        s.chart.targetPercent = r.targetPercent;
        s.chart.caption = r.design == stats::Design::RandomSample
                              ? w(u"Søjlen er andelen; den sorte streg går ned til den nedre grænse (95 %). Den "
                                  u"stiplede linje er målet."_s,
                                  u"The bar is the share; the black line reaches down to the lower bound (95 %). The "
                                  u"dashed line is the target."_s)
                              : w(u"Søjlen er andelen; den stiplede linje er målet."_s,
                                  u"The bar is the share; the dashed line is the target."_s);
    }
    s.tables << t;
    return s;
}

// One breakdown table (team, area or caseworker). `hideSmall`: groups under 5 reviewed cases become one line
// "n < 5, vises ikke" (council reports, per caseworker).
ReportTable groupTable(const Words &w, const QString &name, const QString &groupHeader,
                       const QList<GroupFigure> &groups, bool hideSmall)
{
    ReportTable t;
    t.name = name;
    t.columns = {{groupHeader, ColumnKind::Text, false, 22},
                 {w(u"Sager"_s, u"Cases"_s), ColumnKind::Count, false, 7},
                 {w(u"Gennemgået"_s, u"Reviewed"_s), ColumnKind::Count, false, 12},
                 {w(u"Fejlfri"_s, u"Error-free"_s), ColumnKind::Count, false, 8},
                 {w(u"Pct. fejlfri"_s, u"Error-free %"_s), ColumnKind::Percent, false, 10},
                 {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent, false, 12},
                 {w(u"Opfyldte svar, pct."_s, u"Answers met %"_s), ColumnKind::Percent, false, 16},
                 {w(u"Under 5 sager"_s, u"Under 5 cases"_s), ColumnKind::Text, false, 13}};
    int hidden = 0;
    bool anySmall = false;
    for (const GroupFigure &g : groups) {
        if (hideSmall && g.small()) {
            ++hidden;
            continue;
        }
        anySmall = anySmall || g.small();
        t.rows.append({g.name.isEmpty() ? w(u"(ingen)"_s, u"(none)"_s) : g.name, number(g.cases), number(g.reviewed),
                       number(g.errorFree.successes), percentCell(g.errorFree.percent()), lowerCell(g.errorFree),
                       percentCell(g.itemsMetPercent()), g.small() ? yesNo(w, true) : QString()});
    }
    if (hidden > 0)
        t.rows.append({w(u"n < 5, vises ikke (%1)"_s, u"n < 5, not shown (%1)"_s).arg(w.count(hidden)), Cell(), Cell(),
                       Cell(), Cell(), Cell(), Cell(), yesNo(w, true)});
    if (anySmall || hidden > 0)
        t.note = hideSmall ? w(u"Grupper med under 5 gennemgåede sager vises ikke pr. sagsbehandler i en rapport til "
                               u"byrådet; der er for få sager til at vurdere."_s,
                               u"Groups with fewer than 5 reviewed cases are not shown per caseworker in a report to "
                               u"the council; there are too few cases to judge."_s)
                           : w(u"Under 5 gennemgåede sager: for få til at vurdere."_s,
                               u"Fewer than 5 reviewed cases: too few to judge."_s);
    return t;
}

ReportSection breakdownSection(const Words &w, const RoundReport &r, const ReportOptions &options)
{
    ReportSection s;
    s.title = w(u"Fordeling"_s, u"Breakdowns"_s);
    if (r.team.isEmpty())
        s.tables << groupTable(w, w(u"Pr. team"_s, u"Per team"_s), w(u"Team"_s, u"Team"_s), r.byTeam, false);
    s.tables << groupTable(w, w(u"Pr. område"_s, u"Per area"_s), w(u"Område"_s, u"Area"_s), r.byArea, false);
    if (!r.byCaseworker.isEmpty())
        s.tables << groupTable(w,
                               r.byCaseworkerLimited ? w(u"Dine egne sager"_s, u"Your own cases"_s)
                                                     : w(u"Pr. sagsbehandler"_s, u"Per caseworker"_s),
                               w(u"Sagsbehandler"_s, u"Caseworker"_s), r.byCaseworker, options.council);
    if (r.byCaseworkerLimited)
        s.paragraphs << w(u"Tal pr. sagsbehandler vises kun for dine egne sager."_s,
                          u"Figures per caseworker are shown for your own cases only."_s);
    return s;
}

Result<ReportSection> defectSection(Session &session, const Words &w, const RoundReport &r,
                                    const ReportOptions &options)
{
    ReportSection s;
    s.title = w(u"Fejl og mangler"_s, u"Defects"_s);
    const DefectCounts &d = r.defects;
    s.paragraphs << w(u"%1 åbne (heraf %2 genåbnet), %3 rettet, %4 kontrolleret; %5 over fristen."_s,
                      u"%1 open (%2 of them reopened), %3 remediated, %4 verified; %5 overdue."_s)
                        .arg(w.count(d.open + d.reopened), w.count(d.reopened), w.count(d.remediated),
                             w.count(d.verified), w.count(d.overdue));
    const QList<Column> statusColumns = {{w(u"Åbne"_s, u"Open"_s), ColumnKind::Count},
                                         {w(u"Heraf genåbnet"_s, u"Of them reopened"_s), ColumnKind::Count},
                                         {w(u"Rettet"_s, u"Remediated"_s), ColumnKind::Count},
                                         {w(u"Kontrolleret"_s, u"Verified"_s), ColumnKind::Count},
                                         {w(u"Over fristen"_s, u"Overdue"_s), ColumnKind::Count}};
    auto countCells = [](const DefectCounts &c) {
        return QList<Cell>{number(c.open + c.reopened), number(c.reopened), number(c.remediated), number(c.verified),
                           number(c.overdue)};
    };
    ReportTable byItem;
    byItem.name = w(u"Fejl pr. punkt"_s, u"Defects per item"_s);
    byItem.columns = QList<Column>{{w(u"Punkt"_s, u"Item"_s), ColumnKind::Text}} + statusColumns;
    for (const ItemDefectCounts &item : r.defectsByItem)
        byItem.rows.append(QList<Cell>{item.itemKey} + countCells(item.counts));
    byItem.rows.append(QList<Cell>{w(u"I alt"_s, u"Total"_s)} + countCells(d));
    s.tables << byItem;

    if (options.withCaseNumbers && r.roundId > 0) {
        AccessPolicy &policy = session.policy();
        if (!policy.may(Permission::ReadCaseData))
            return policy
                .deny(QCoreApplication::translate(
                    "sagstjek::reports", "An administrator does not read case data; make the report without case "
                                         "numbers."))
                .error();
        TrackerFilter filter;
        filter.roundId = r.roundId;
        auto defects = DefectService(session).list(filter);
        if (!defects)
            return defects.error();
        ReportTable list;
        list.name = w(u"Fejl pr. sag"_s, u"Defects per case"_s);
        list.columns = {{w(u"Sagsnummer"_s, u"Case number"_s), ColumnKind::Text},
                        {w(u"Punkt"_s, u"Item"_s), ColumnKind::Text},
                        {w(u"Status"_s, u"Status"_s), ColumnKind::Text},
                        {w(u"Frist"_s, u"Due"_s), ColumnKind::Text},
                        {w(u"Over fristen"_s, u"Overdue"_s), ColumnKind::Text}};
        for (const TrackedDefect &t : defects.value())
            list.rows.append({t.defect.caseNumber, t.defect.itemKey, defectStatusText(w, t.defect.status),
                              Cell::fromDate(t.defect.due), t.overdue ? yesNo(w, true) : QString()});
        if (const QString own = policy.ownCasesScope(); !own.isEmpty())
            list.note = w(u"Kun dine egne sager."_s, u"Your own cases only."_s);
        s.tables << list;
        // A report with case numbers is an export of case data: logged as the exporter logs one.
        if (auto logged = policy.recordAccess(
                u"export"_s, 0, {},
                u"report, round=%1, with case numbers, %2 defects"_s.arg(r.roundName).arg(defects->size()));
            !logged)
            return logged.error();
    }
    return s;
}

Result<ReportSection> actionSection(Session &session, const Words &w, const RoundReport &r,
                                    const ReportOptions &options)
{
    ReportSection s;
    s.title = w(u"Ledelseshandlinger"_s, u"Management actions"_s);
    auto actions = ActionRuleService(session).actions(r.roundId);
    if (!actions)
        return actions.error();
    if (actions->isEmpty()) {
        s.paragraphs << w(u"Ingen regel for ledelseshandlinger er udløst i runden."_s,
                          u"No management action rule was triggered in the round."_s);
        return s;
    }
    // Who an action is about is staff data: named only outside council reports, for users who may see it.
    const bool names = !options.council && session.policy().may(Permission::ViewStaffFigures);
    ReportTable t;
    t.name = w(u"Ledelseshandlinger"_s, u"Management actions"_s);
    t.columns = {{w(u"Regel"_s, u"Rule"_s), ColumnKind::Text},
                 {w(u"Handling"_s, u"Action"_s), ColumnKind::Text},
                 {w(u"Gælder"_s, u"About"_s), ColumnKind::Text},
                 {w(u"Status"_s, u"Status"_s), ColumnKind::Text}};
    for (const TriggeredAction &a : actions.value())
        t.rows.append({a.ruleName, a.action,
                       a.subject.isEmpty() ? w(u"hele runden"_s, u"the whole round"_s)
                       : names             ? a.subject
                                           : w(u"en sagsbehandler"_s, u"a caseworker"_s),
                       a.status == ActionStatus::Done ? w(u"udført"_s, u"done"_s) : w(u"åben"_s, u"open"_s)});
    s.tables << t;
    return s;
}

Result<std::optional<ReportSection>> trendSection(ReportService &service, const Words &w, const RoundReport &r,
                                                  const ReportOptions &options)
{
    if (r.roundId <= 0 || !r.team.isEmpty())
        return std::optional<ReportSection>();
    auto trend = service.trend(r.kind, options.trendRounds, r.roundId);
    if (!trend)
        return trend.error();
    if (trend->rounds.size() < 2)
        return std::optional<ReportSection>();
    ReportSection s;
    s.title = w(u"Udvikling over runderne"_s, u"Trend over the rounds"_s);
    s.paragraphs << w(u"De seneste %1 runder af samme type, ældste først."_s,
                      u"The last %1 rounds of the same kind, oldest first."_s)
                        .arg(w.count(int(trend->rounds.size())));
    ReportTable rounds;
    rounds.name = w(u"Udvikling"_s, u"Trend"_s);
    rounds.columns = {{w(u"Runde"_s, u"Round"_s), ColumnKind::Text},
                      {w(u"Startet"_s, u"Started"_s), ColumnKind::Text},
                      {w(u"Gennemgået"_s, u"Reviewed"_s), ColumnKind::Count},
                      {w(u"Fejlfri"_s, u"Error-free"_s), ColumnKind::Count},
                      {u"n"_s, ColumnKind::Count},
                      {w(u"Pct. fejlfri"_s, u"Error-free %"_s), ColumnKind::Percent},
                      {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent},
                      {w(u"Mål"_s, u"Target"_s), ColumnKind::Percent}};
    for (const TrendRound &t : trend->rounds)
        rounds.rows.append({t.name, Cell::fromDate(QDate::fromString(t.createdAt.left(10), Qt::ISODate)),
                            number(t.reviewed), number(t.errorFree.successes), number(t.errorFree.n),
                            percentCell(t.errorFree.percent()), lowerCell(t.errorFree), number(t.targetPercent)});
    s.tables << rounds;
    ReportTable items;
    items.name = w(u"Udvikling pr. punkt"_s, u"Trend per item"_s);
    items.columns = {{w(u"Punkt"_s, u"Item"_s), ColumnKind::Text}};
    for (const TrendRound &t : trend->rounds)
        items.columns << Column{t.name + w(u", pct."_s, u", %"_s), ColumnKind::Percent};
    for (const TrendItem &item : trend->items) {
        QList<Cell> row{item.key};
        for (const auto &share : item.compliance)
            row << (share ? percentCell(share->percent()) : Cell());
        items.rows << row;
    }
    items.note = w(u"Overholdelse pr. punkt i hver runde; – : punktet var ikke besvaret i runden."_s,
                   u"Compliance per item in each round; – : the item had no answer in the round."_s);
    s.tables << items;
    return std::optional<ReportSection>(s);
}

} // namespace

QString organisationName(Session &session)
{
    Database &db = session.database();
    if (auto name = db.settings().value(u"organisation.name"_s); name && name.value() && !name.value()->isEmpty())
        return *name.value();
    return QFileInfo(db.path()).completeBaseName();
}

Result<Report> roundReport(Session &session, qint64 roundId, const ReportOptions &options)
{
    const Words w{options.language};
    ReportService service(session);
    auto figures = service.roundReport(roundId, options.team);
    if (!figures)
        return figures.error();
    const RoundReport &r = figures.value();
    Report report = titled(session, w,
                           r.team.isEmpty() ? w(u"Rapport over runde"_s, u"Round report"_s)
                                            : w(u"Ledelsestilsyn pr. team"_s, u"Supervision report per team"_s),
                           roundTitle(w, r) + u" · "_s + progressSentence(w, r), options);
    report.sections << methodSection(w, r) << keyFigureSection(w, r) << itemSection(w, r)
                    << breakdownSection(w, r, options);
    auto defects = defectSection(session, w, r, options);
    if (!defects)
        return defects.error();
    report.sections << defects.value();
    if (roundId > 0) {
        auto actions = actionSection(session, w, r, options);
        if (!actions)
            return actions.error();
        report.sections << actions.value();
    }
    auto trend = trendSection(service, w, r, options);
    if (!trend)
        return trend.error();
    if (trend.value())
        report.sections << *trend.value();
    return report;
}

Status writeReport(Session &session, const ReportRequest &request, const std::function<bool()> &cancelled)
{
    auto report = request.kind == ReportRequest::Kind::Round
                      ? roundReport(session, request.roundId, request.options)
                      : statusReport(session, request.from, request.to, request.options);
    if (!report)
        return report.error();
    if (cancelled && cancelled())
        return Ok{};
    switch (request.format) {
    case ReportRequest::Format::Pdf:
        return writePdf(report.value(), request.path);
    case ReportRequest::Format::Xlsx:
        return writeXlsx(report.value(), request.path);
    case ReportRequest::Format::Csv:
        break;
    }
    return writeCsv(report.value(), request.path);
}

Status writeReportOnReader(const QString &location, const QString &user, const QDate &today,
                           const ReportRequest &request, const std::function<bool()> &cancelled)
{
    auto reader = Database::openReader(location);
    if (!reader)
        return reader.error();
    auto policy = policyFor(*reader.value(), user);
    if (!policy)
        return policy.error();
    const rules::FixedClock clock(today);
    Session session(*reader.value(), *policy.value(), request.options.language, &clock);
    return writeReport(session, request, cancelled);
}

} // namespace sagstjek::reports
