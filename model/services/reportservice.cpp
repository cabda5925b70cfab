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

Result<RoundReport> ReportService::roundReport(qint64 roundId)
{
    Database &db = m_session.database();
    const QString &language = m_session.language();
    RoundReport report;
    report.roundId = roundId;
    report.language = language;
    if (roundId > 0) {
        auto round = db.rounds().load(roundId);
        if (!round)
            return round.error();
        report.roundName = round->name;
        report.kind = round->kind;
        report.targetPercent = round->targetPercent;
    } else {
        report.roundName = tr("Outside rounds");
    }
    report.design = designOf(report.kind);
    report.followUpLeftOut = report.design == stats::Design::RandomSample;

    auto figures = db.roundStatistics().figures(roundId, m_session.today(),
                                                report.followUpLeftOut ? RoundStatistics::FollowUp::LeaveOut
                                                                       : RoundStatistics::FollowUp::Count);
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

} // namespace sagstjek
