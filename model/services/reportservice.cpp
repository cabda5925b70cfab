#include "services/reportservice.h"

#include "services/people.h"
#include "storage/database.h"
#include "storage/grantrepository.h"
#include "storage/roundrepository.h"
#include "storage/templaterepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sagstjek {

namespace {

stats::Design designOf(const std::optional<RoundKind> &kind)
{
    if (!kind)
        return stats::Design::NotSampled;
    switch (*kind) {
    case RoundKind::Walkthrough:
    case RoundKind::SelfCheck:
        return stats::Design::Census;
    case RoundKind::Sample:
    case RoundKind::Supervision:
        // A supervision round draws per caseworker; its cases are pooled here as one sample, which is exact for
        // each caseworker's own line and a fair, if not weighted, picture of the whole.
        break;
    }
    return stats::Design::RandomSample;
}

GroupFigure groupFigure(const GroupCounts &counts, stats::Design design)
{
    GroupFigure g;
    g.name = counts.name;
    g.cases = counts.cases;
    g.reviewed = counts.reviewed;
    g.errorFree = stats::share(counts.errorFree, counts.reviewed, design);
    g.met = counts.met;
    g.notMet = counts.notMet;
    g.notApplicable = counts.notApplicable;
    return g;
}

QList<GroupFigure> groupFigures(const QList<GroupCounts> &groups, stats::Design design)
{
    QList<GroupFigure> figures;
    figures.reserve(groups.size());
    for (const GroupCounts &g : groups)
        figures << groupFigure(g, design);
    return figures;
}

} // namespace

ReportService::ReportService(Session &session)
    : m_session(session)
{
}

Result<RoundReport> ReportService::roundReport(qint64 roundId, const QString &team)
{
    Database &db = m_session.database();
    const QString &language = m_session.language();
    RoundReport report;
    report.roundId = roundId;
    report.team = team;
    report.language = language;
    if (roundId > 0) {
        auto round = db.rounds().load(roundId);
        if (!round)
            return round.error();
        report.round = round.value();
        report.roundName = round->name;
        report.kind = round->kind;
        report.targetPercent = round->targetPercent;
    } else {
        report.roundName = tr("Outside rounds");
    }
    report.design = designOf(report.kind);
    report.followUpLeftOut = report.design == stats::Design::RandomSample;

    auto figures = db.roundStatistics().figures(
        roundId, m_session.today(),
        report.followUpLeftOut ? RoundStatistics::FollowUp::LeaveOut : RoundStatistics::FollowUp::Count, team);
    if (!figures)
        return figures.error();
    const RoundFigures &f = figures.value();

    report.population = f.population;
    report.followUpCases = f.followUpCases;
    report.followUpReviewed = f.followUpReviewed;
    report.sample = f.total.cases + (report.followUpLeftOut ? f.followUpCases : 0);
    report.reviewed = f.total.reviewed + (report.followUpLeftOut ? f.followUpReviewed : 0);
    report.errorFree = stats::share(f.total.errorFree, f.total.reviewed, report.design);
    report.defects = f.defects;
    if (roundId > 0) {
        GrantFilter grantFilter;
        grantFilter.roundId = roundId;
        auto grants = db.grants().differences(grantFilter);
        if (!grants)
            return grants.error();
        report.grants = grants->total;
    }
    report.defectsByItem = f.defectsByItem;

    // Which items applied to how many reviewed cases: the cue card (its version, the case's subgroup) decides.
    QHash<QString, int> applied;
    QStringList order;
    QHash<QString, QString> questions;
    QHash<qint64, CueCard> cards;
    for (const TemplateUse &use : f.templates) {
        if (!cards.contains(use.templateId)) {
            auto card = db.templates().load(use.templateId);
            if (!card)
                return card.error();
            cards.insert(use.templateId, card.value());
        }
        for (const CueCardItem *item : cards[use.templateId].itemsFor(use.subgroup)) {
            if (!applied.contains(item->key)) {
                order << item->key;
                questions.insert(item->key, item->text.in(language));
            }
            applied[item->key] += use.reviewed;
        }
    }
    QHash<QString, ItemAnswerCounts> answered;
    for (const ItemAnswerCounts &counts : f.items) {
        answered.insert(counts.itemKey, counts);
        if (!applied.contains(counts.itemKey) && !order.contains(counts.itemKey))
            order << counts.itemKey; // answered, though no card of the round has it for the case (kept, shown last)
    }
    for (const QString &key : std::as_const(order)) {
        const ItemAnswerCounts counts = answered.value(key);
        ItemFigure item;
        item.key = key;
        item.question = questions.value(key);
        item.met = counts.met;
        item.notMet = counts.notMet;
        item.notApplicable = counts.notApplicable;
        item.unanswered =
            std::max(applied.value(key) - (counts.met + counts.notMet + counts.notApplicable), counts.unansweredRows);
        item.compliance = stats::compliance(counts.met, counts.notMet, report.design);
        report.items << item;
    }

    report.byCaseworker = groupFigures(f.byCaseworker, report.design);
    report.byTeam = groupFigures(f.byTeam, report.design);
    report.byArea = groupFigures(f.byArea, report.design);
    // Figures per caseworker are staff data: without ViewStaffFigures, only the user's own line (no refusal is
    // logged, since reading the round's figures is allowed).
    if (!m_session.policy().may(Permission::ViewStaffFigures)) {
        report.byCaseworkerLimited = true;
        const QStringList own = people::namesOf(db, m_session.userName());
        report.byCaseworker.removeIf([&](const GroupFigure &g) {
            return std::none_of(own.begin(), own.end(),
                                [&](const QString &name) { return people::samePerson(name, g.name); });
        });
    }
    return report;
}

Result<Trend> ReportService::trend(std::optional<RoundKind> kind, int last, qint64 upTo,
                                   const QList<RoundReport> &known)
{
    auto all = m_session.database().rounds().list();
    if (!all)
        return all.error();
    QList<Round> rounds = all.value();
    // Oldest first: by when the round was started, then by id.
    std::sort(rounds.begin(), rounds.end(), [](const Round &a, const Round &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    if (upTo > 0) {
        const auto end = std::find_if(rounds.begin(), rounds.end(), [&](const Round &r) { return r.id == upTo; });
        if (end == rounds.end())
            return notFound(tr("There is no round %1.").arg(upTo));
        rounds.erase(end + 1, rounds.end());
    }
    if (kind)
        rounds.removeIf([&](const Round &r) { return r.kind != *kind; });
    if (last > 0 && rounds.size() > last)
        rounds.remove(0, rounds.size() - last);

    Trend trend;
    QList<RoundReport> reports;
    for (const Round &round : std::as_const(rounds)) {
        const auto given = std::find_if(known.begin(), known.end(), [&](const RoundReport &r) {
            return r.roundId == round.id && r.team.isEmpty();
        });
        auto report = given != known.end() ? Result<RoundReport>(*given) : roundReport(round.id);
        if (!report)
            return report.error();
        TrendRound point;
        point.roundId = round.id;
        point.name = round.name;
        point.kind = round.kind;
        point.status = round.status;
        point.createdAt = round.createdAt;
        point.targetPercent = round.targetPercent;
        point.sample = report->sample;
        point.reviewed = report->reviewed;
        point.errorFree = report->errorFree;
        trend.rounds << point;
        reports << report.value();
    }
    // Items in the newest round's order, then any only older rounds had.
    QStringList order;
    QHash<QString, QString> questions;
    for (auto report = reports.crbegin(); report != reports.crend(); ++report)
        for (const ItemFigure &item : report->items)
            if (!questions.contains(item.key)) {
                order << item.key;
                questions.insert(item.key, item.question);
            }
    for (const QString &key : std::as_const(order)) {
        TrendItem item;
        item.key = key;
        item.question = questions.value(key);
        for (const RoundReport &report : std::as_const(reports)) {
            const auto found = std::find_if(report.items.cbegin(), report.items.cend(),
                                            [&](const ItemFigure &f) { return f.key == key; });
            if (found == report.items.cend() || found->met + found->notMet + found->notApplicable == 0)
                item.compliance << std::nullopt;
            else
                item.compliance << found->compliance;
        }
        trend.items << item;
    }
    return trend;
}

Result<PeriodReport> ReportService::periodReport(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalidInput(tr("The period must have a start and an end on or after it."));
    RoundStatistics &statistics = m_session.database().roundStatistics();
    PeriodReport period;
    period.from = from;
    period.to = to;
    auto rounds = statistics.roundsInPeriod(from, to);
    if (!rounds)
        return rounds.error();
    for (const PeriodRound &round : rounds.value()) {
        auto report = roundReport(round.roundId);
        if (!report)
            return report.error();
        period.rounds << report.value();
    }
    auto defects = statistics.defectsInPeriod(from, to, m_session.today());
    if (!defects)
        return defects.error();
    period.defects = defects.value();
    return period;
}

} // namespace sagstjek
