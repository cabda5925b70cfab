#include "reports/reportbuilder.h"

#include "domain/money.h"
#include "reports/reportwords.h"
#include "services/actionplanservice.h"
#include "services/complaintservice.h"
#include "services/grantservice.h"

// The status report to the council over a period (reportbuilder.h): a title block and the sections of its
// builders — the period's rounds, defects, grants to correct, complaints and the action plans.

namespace sagstjek::reports {

namespace {

using namespace detail;

// The rounds of the period: progress and figures, one line per round, and the check items of each.
Result<QList<ReportSection>> periodRoundsSection(Session &, const PeriodReport &period, const ReportOptions &options)
{
    const Words w{options.language};
    ReportSection s;
    s.title = w(u"Runder i perioden"_s, u"Rounds in the period"_s);
    if (period.rounds.isEmpty()) {
        s.paragraphs << w(u"Ingen runde kørte i perioden."_s, u"No round ran in the period."_s);
        return QList<ReportSection>{s};
    }
    ReportTable t;
    t.name = w(u"Runder"_s, u"Rounds"_s);
    t.columns = {{w(u"Runde"_s, u"Round"_s), ColumnKind::Text, false, 18},
                 {w(u"Type"_s, u"Kind"_s), ColumnKind::Text, false, 14},
                 {w(u"Sager"_s, u"Cases"_s), ColumnKind::Count},
                 {w(u"Gennemgået"_s, u"Reviewed"_s), ColumnKind::Count},
                 {w(u"Tilbage"_s, u"Remaining"_s), ColumnKind::Count},
                 {w(u"Fejlfri"_s, u"Error-free"_s), ColumnKind::Count},
                 {u"n"_s, ColumnKind::Count},
                 {w(u"Pct. fejlfri"_s, u"Error-free %"_s), ColumnKind::Percent},
                 {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent},
                 {w(u"Mål"_s, u"Target"_s), ColumnKind::Percent}};
    ReportTable items;
    items.name = w(u"Punkter pr. runde"_s, u"Items per round"_s);
    items.columns = {{w(u"Runde"_s, u"Round"_s), ColumnKind::Text},
                     {w(u"Punkt"_s, u"Item"_s), ColumnKind::Text},
                     {w(u"Opfyldt"_s, u"Met"_s), ColumnKind::Count},
                     {w(u"Ikke opfyldt"_s, u"Not met"_s), ColumnKind::Count},
                     {u"n"_s, ColumnKind::Count},
                     {w(u"Pct."_s, u"Percent"_s), ColumnKind::Percent},
                     {w(u"Nedre grænse 95 %"_s, u"Lower bound 95 %"_s), ColumnKind::Percent}};
    for (const RoundReport &r : period.rounds) {
        s.paragraphs << u"%1 (%2, %3): %4. %5 %6."_s.arg(
            r.roundName, kindText(w, r.kind), roundStatusText(w, r.round.status), progressSentence(w, r),
            w(u"Fejlfri sager:"_s, u"Error-free cases:"_s), stats::shareText(r.errorFree, w.language, r.targetPercent));
        t.rows.append({r.roundName, kindText(w, r.kind), number(r.sample), number(r.reviewed), number(r.remaining()),
                       number(r.errorFree.successes), number(r.errorFree.n), percentCell(r.errorFree.percent()),
                       lowerCell(r.errorFree), number(r.targetPercent)});
        for (const ItemFigure &item : r.items)
            items.rows.append({r.roundName, item.key, number(item.met), number(item.notMet), number(item.compliance.n),
                               percentCell(item.compliance.percent()), lowerCell(item.compliance)});
    }
    s.tables << t << items;
    return QList<ReportSection>{s};
}

Result<QList<ReportSection>> periodDefectsSection(Session &session, const PeriodReport &period,
                                                  const ReportOptions &options)
{
    const Words w{options.language};
    const PeriodDefects &d = period.defects;
    ReportSection s;
    s.title = w(u"Fejl og opfølgning"_s, u"Defects and follow-up"_s);
    s.paragraphs << w(u"I perioden er %1 fejl fundet, %2 rettet og %3 kontrolleret. Pr. %4 er %5 åbne, heraf %6 over "
                      u"fristen."_s,
                      u"In the period %1 defects were found, %2 remediated and %3 verified. As of %4, %5 are open, %6 "
                      u"of them overdue."_s)
                        .arg(w.count(d.found), w.count(d.remediated), w.count(d.verified), w.date(session.today()),
                             w.count(d.openNow), w.count(d.overdueNow));
    ReportTable t;
    t.name = w(u"Fejl i perioden"_s, u"Defects in the period"_s);
    t.columns = {{w(u"Fundet"_s, u"Found"_s), ColumnKind::Count},
                 {w(u"Rettet"_s, u"Remediated"_s), ColumnKind::Count},
                 {w(u"Kontrolleret"_s, u"Verified"_s), ColumnKind::Count},
                 {w(u"Åbne nu"_s, u"Open now"_s), ColumnKind::Count},
                 {w(u"Over fristen nu"_s, u"Overdue now"_s), ColumnKind::Count}};
    t.rows.append({number(d.found), number(d.remediated), number(d.verified), number(d.openNow), number(d.overdueNow)});
    s.tables << t;
    return QList<ReportSection>{s};
}

Cell kroner(qint64 ore)
{
    return Cell::fromNumber(money::kronerForJson(ore));
}

// Grants to correct at the year's accounts (berigtigelse af grundtilskud) for the calendar years the period
// touches: totals only, no case numbers.
Result<QList<ReportSection>> periodGrantsSection(Session &session, const PeriodReport &period,
                                                 const ReportOptions &options)
{
    const Words w{options.language};
    GrantReportFilter filter;
    filter.perCase = false;
    auto grants = GrantService(session).report(filter);
    if (!grants)
        return grants.error();
    const int firstYear = period.from.year();
    const int lastYear = period.to.year();
    const QString years = firstYear == lastYear ? QString::number(firstYear) : u"%1–%2"_s.arg(firstYear).arg(lastYear);
    GrantSum sum;
    ReportTable t;
    t.name = w(u"Grundtilskud"_s, u"Grants"_s);
    t.columns = {{w(u"År"_s, u"Year"_s), ColumnKind::Text, false, 8},
                 {w(u"Måneder at tilbagebetale"_s, u"Months to repay"_s), ColumnKind::Count, false, 14},
                 {w(u"Tilbagebetales (kr.)"_s, u"To repay (DKK)"_s), ColumnKind::Money, false, 16},
                 {w(u"Måneder at kræve"_s, u"Months to claim"_s), ColumnKind::Count, false, 13},
                 {w(u"Kan kræves (kr.)"_s, u"To claim (DKK)"_s), ColumnKind::Money, false, 16},
                 {w(u"Netto (kr.)"_s, u"Net (DKK)"_s), ColumnKind::Money, false, 16},
                 {w(u"Måneder uden takst"_s, u"Months without a rate"_s), ColumnKind::Count, false, 17}};
    auto addRow = [&](const QString &label, const GrantSum &g) {
        t.rows.append({label, number(g.repayMonths), kroner(g.repayOre), number(g.claimMonths), kroner(-g.claimOre),
                       kroner(g.differenceOre()), number(g.unpricedMonths)});
    };
    for (const GrantYearSum &year : grants.value().years) {
        if (year.year < firstYear || year.year > lastYear)
            continue;
        addRow(QString::number(year.year), year.sum);
        sum.months += year.sum.months;
        sum.repayMonths += year.sum.repayMonths;
        sum.claimMonths += year.sum.claimMonths;
        sum.repayOre += year.sum.repayOre;
        sum.claimOre += year.sum.claimOre;
        sum.unpricedMonths += year.sum.unpricedMonths;
    }
    ReportSection s;
    s.title = w(u"Grundtilskud til berigtigelse"_s, u"Grants to correct"_s);
    if (sum.months == 0) {
        s.paragraphs << w(u"Der er ikke registreret forskelle mellem modtaget og berettiget grundtilskud for %1."_s,
                          u"No difference between grants received and grants due is registered for %1."_s)
                            .arg(years);
        return QList<ReportSection>{s};
    }
    if (t.rows.size() > 1)
        addRow(w(u"I alt"_s, u"Total"_s), sum);
    auto months = [&w](int n) {
        return n == 1 ? w(u"1 måned"_s, u"1 month"_s) : w(u"%1 måneder"_s, u"%1 months"_s).arg(w.count(n));
    };
    s.paragraphs << w(u"For %1 har kommunen modtaget %2 for meget i grundtilskud (%3); beløbet berigtiges i "
                      u"årsregnskabet."_s,
                      u"For %1 the municipality received %2 too much in grants (%3); the amount is corrected in the "
                      u"year's accounts."_s)
                        .arg(years, money::format(sum.repayOre, w.language), months(sum.repayMonths));
    if (sum.claimMonths > 0)
        s.paragraphs << w(u"Kommunen kan kræve %1 for %2, hvor den var berettiget, men ikke fik tilskuddet."_s,
                          u"The municipality may claim %1 for %2 in which it was entitled to the grant but did not "
                          u"receive it."_s)
                            .arg(money::format(-sum.claimOre, w.language), months(sum.claimMonths));
    if (sum.unpricedMonths > 0) {
        QStringList unpriced;
        for (const GrantUnpriced &u : grants.value().unpriced)
            if (grants::yearOf(u.month) >= firstYear && grants::yearOf(u.month) <= lastYear)
                unpriced << u.month;
        unpriced.removeDuplicates();
        s.paragraphs << w(u"Måneder med en forskel, men uden takst, er ikke regnet med i beløbene (%1): %2."_s,
                          u"Months with a difference but no rate are not in the amounts (%1): %2."_s)
                            .arg(months(sum.unpricedMonths), unpriced.join(u", "_s));
    }
    s.tables << t;
    return QList<ReportSection>{s};
}

// Ankestyrelsen's decisions in the period and the reversal rate, per paragraph and in total.
Result<QList<ReportSection>> periodComplaintsSection(Session &session, const PeriodReport &period,
                                                     const ReportOptions &options)
{
    const Words w{options.language};
    auto report = ComplaintService(session).report(period.from, period.to);
    if (!report)
        return report.error();
    const ComplaintFigures &total = report.value().total;
    ReportSection s;
    s.title = w(u"Klager og omgørelsesprocent"_s, u"Complaints and reversal rate"_s);
    if (total.all() == 0) {
        s.paragraphs << w(u"Ankestyrelsen har ikke truffet afgørelser i perioden, som er registreret."_s,
                          u"No decision of Ankestyrelsen in the period is registered."_s);
        return QList<ReportSection>{s};
    }
    s.paragraphs << w(u"Ankestyrelsen har i perioden truffet %1 afgørelser i sagens realitet: %2 stadfæstet, %3 "
                      u"ændret, %4 ophævet og %5 hjemvist."_s,
                      u"In the period Ankestyrelsen decided %1 complaints on the merits: %2 upheld, %3 changed, %4 "
                      u"annulled and %5 remitted."_s)
                        .arg(w.count(total.decided()), w.count(total.upheld), w.count(total.changed),
                             w.count(total.annulled), w.count(total.remitted));
    s.paragraphs << stats::reversalText(total.reversal(), w.language) + u'.';
    if (total.notConsidered() > 0)
        s.paragraphs << w(u"%1 klager blev afvist eller henvist; de er ikke afgjort i realiteten og indgår ikke i "
                          u"omgørelsesprocenten."_s,
                          u"%1 complaints were rejected or referred; they were not decided on the merits and are not "
                          u"in the reversal rate."_s)
                            .arg(w.count(total.notConsidered()));
    ReportTable t;
    t.name = w(u"Klager"_s, u"Complaints"_s);
    t.columns = {{w(u"Paragraf"_s, u"Paragraph"_s), ColumnKind::Text, false, 12},
                 {w(u"Stadfæstet"_s, u"Upheld"_s), ColumnKind::Count, false, 12},
                 {w(u"Ændret"_s, u"Changed"_s), ColumnKind::Count, false, 9},
                 {w(u"Ophævet"_s, u"Annulled"_s), ColumnKind::Count, false, 10},
                 {w(u"Hjemvist"_s, u"Remitted"_s), ColumnKind::Count, false, 10},
                 {w(u"Afvist/henvist"_s, u"Rejected/referred"_s), ColumnKind::Count, false, 11},
                 {w(u"Omgjort"_s, u"Reversed"_s), ColumnKind::Percent, false, 10},
                 {w(u"Nedre 95 %"_s, u"Lower 95 %"_s), ColumnKind::Percent, false, 9},
                 {w(u"Øvre 95 %"_s, u"Upper 95 %"_s), ColumnKind::Percent, false, 9},
                 {w(u"For få"_s, u"Too few"_s), ColumnKind::Text, false, 8}};
    auto addRow = [&](const QString &label, const ComplaintFigures &f) {
        const stats::Reversal reversal = f.reversal();
        const auto interval = reversal.interval95();
        t.rows.append({label, number(f.upheld), number(f.changed), number(f.annulled), number(f.remitted),
                       number(f.notConsidered()), percentCell(reversal.percent()),
                       interval ? Cell::fromNumber(stats::roundedLowerBound(interval->low)) : Cell(),
                       interval ? Cell::fromNumber(stats::roundedUpperBound(interval->high)) : Cell(),
                       f.decided() > 0 && f.tooFew() ? yesNo(w, true) : Cell()});
    };
    for (const ComplaintFigures &paragraph : report.value().paragraphs)
        addRow(paragraph.paragraph, paragraph);
    addRow(w(u"I alt"_s, u"Total"_s), total);
    t.note = w(u"Omgørelsesprocent = (ændret + ophævet + hjemvist) / (stadfæstet + ændret + ophævet + hjemvist), med "
               u"det eksakte tosidede 95 %-interval. \"For få\": under 5 afgørelser i realiteten er for få til at "
               u"vurdere."_s,
               u"Reversal rate = (changed + annulled + remitted) / (upheld + changed + annulled + remitted), with the "
               u"exact two-sided 95 % interval. \"Too few\": under 5 decisions on the merits are too few to judge."_s);
    s.tables << t;
    return QList<ReportSection>{s};
}

// The action plans' status today: each action with its owner, deadline, status and latest note.
Result<QList<ReportSection>> actionPlanSection(Session &session, const PeriodReport &, const ReportOptions &options)
{
    const Words w{options.language};
    ActionPlanService service(session);
    auto plans = service.plans();
    if (!plans)
        return plans.error();
    const QDate today = session.today();
    QList<ReportSection> sections;
    for (const ActionPlan &plan : plans.value()) {
        ReportSection s;
        s.title = w(u"Handleplan: %1"_s, u"Action plan: %1"_s).arg(plan.name);
        QMap<PlanStatus, int> byStatus;
        int actions = 0;
        int late = 0;
        ReportTable t;
        t.name = w(u"Handleplan"_s, u"Action plan"_s);
        t.columns = {{w(u"Tema"_s, u"Theme"_s), ColumnKind::Text, false, 14},
                     {w(u"Handling"_s, u"Action"_s), ColumnKind::Text, false, 24},
                     {w(u"Ansvarlig"_s, u"Owner"_s), ColumnKind::Text, false, 12},
                     {w(u"Frist"_s, u"Deadline"_s), ColumnKind::Text, false, 13},
                     {w(u"Status"_s, u"Status"_s), ColumnKind::Text, false, 12},
                     {w(u"Seneste note"_s, u"Latest note"_s), ColumnKind::Text, false, 25}};
        for (const PlanTheme &theme : plan.themes) {
            for (const PlanAction &action : theme.actions) {
                ++actions;
                ++byStatus[action.status];
                QString status = planStatusText(action.status, w.language);
                if (action.isLate(today)) {
                    ++late;
                    status += w(u" (over fristen)"_s, u" (late)"_s);
                }
                QString note;
                if (!action.notes.isEmpty() && !action.notes.constLast().note.isEmpty())
                    note = u"%1: %2"_s.arg(
                        w.date(QDate::fromString(action.notes.constLast().writtenAt.left(10), Qt::ISODate)),
                        action.notes.constLast().note);
                t.rows.append({theme.title, action.what, action.owner, w.date(action.deadline), status, note});
            }
        }
        QStringList counts;
        for (PlanStatus status : allPlanStatuses())
            counts << u"%1 %2"_s.arg(w.count(byStatus.value(status)), planStatusText(status, w.language));
        s.paragraphs << w(u"%1 handlinger: %2; %3 er over fristen."_s, u"%1 actions: %2; %3 are late."_s)
                            .arg(w.count(actions), counts.join(u", "_s), w.count(late));
        if (plan.evaluationDate.isValid())
            s.paragraphs << (plan.evaluationDue(today)
                                 ? w(u"Planen skulle evalueres %1."_s, u"The plan was due for evaluation on %1."_s)
                                 : w(u"Planen evalueres %1."_s, u"The plan is evaluated on %1."_s))
                                .arg(w.date(plan.evaluationDate));
        if (!t.rows.isEmpty())
            s.tables << t;
        sections << s;
    }
    return sections;
}

} // namespace

QList<StatusSectionBuilder> statusSections()
{
    return {periodRoundsSection, periodDefectsSection, periodGrantsSection, periodComplaintsSection, actionPlanSection};
}

Result<Report> statusReport(Session &session, const QDate &from, const QDate &to, const ReportOptions &given,
                            const QList<StatusSectionBuilder> &builders)
{
    ReportOptions options = given;
    options.council = true;
    options.withCaseNumbers = false;
    const Words w{options.language};
    auto period = ReportService(session).periodReport(from, to);
    if (!period)
        return period.error();
    Report report = titled(session, w, w(u"Statusrapport"_s, u"Status report"_s),
                           w(u"Perioden %1 – %2"_s, u"The period %1 – %2"_s).arg(w.date(from), w.date(to)), options);
    for (const StatusSectionBuilder &build : builders) {
        auto sections = build(session, period.value(), options);
        if (!sections)
            return sections.error();
        report.sections << sections.value();
    }
    return report;
}

} // namespace sagstjek::reports
