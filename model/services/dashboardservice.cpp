#include "services/dashboardservice.h"

#include "domain/permission.h"
#include "domain/round.h"
#include "services/actionplanservice.h"
#include "services/actionrules.h"
#include "services/people.h"
#include "services/roundservice.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <algorithm>
#include <optional>

namespace sagstjek {

DashboardService::DashboardService(Session &session)
    : m_session(session)
{
}

bool DashboardService::seesStaff() const
{
    return m_session.policy().may(Permission::ViewStaffFigures);
}

Result<Dashboard> DashboardService::load(const std::function<bool()> &cancelled)
{
    const auto stop = [&] { return cancelled && cancelled(); };
    const auto cancelledError = [] { return Error{Error::Kind::InvalidInput, tr("Cancelled.")}; };
    Dashboard dashboard;
    dashboard.today = m_session.today();

    RoundService rounds(m_session);
    auto all = rounds.list();
    if (!all)
        return all.error();
    ReportService reports(m_session);
    ActionRuleService actionRules(m_session);
    const QStringList ownNames = people::namesOf(m_session.database(), m_session.userName());
    const auto isOwn = [&](const QString &name) {
        return std::any_of(ownNames.begin(), ownNames.end(),
                           [&](const QString &own) { return people::samePerson(own, name); });
    };
    for (const Round &round : all.value()) {
        if (round.status != RoundStatus::Active)
            continue;
        if (stop())
            return cancelledError();
        auto report = reports.roundReport(round.id);
        if (!report)
            return report.error();
        dashboard.rounds << report.value();
        auto actions = actionRules.actions(round.id);
        if (!actions)
            return actions.error();
        for (const TriggeredAction &action : actions.value())
            if (action.status == ActionStatus::Open &&
                (action.subject.isEmpty() || seesStaff() || isOwn(action.subject)))
                dashboard.openActions << action;
    }
    std::sort(dashboard.rounds.begin(), dashboard.rounds.end(),
              [](const RoundReport &a, const RoundReport &b) { return a.roundId > b.roundId; });
    if (stop())
        return cancelledError();
    auto trend = reports.trend(std::nullopt, Dashboard::TrendRounds, 0, dashboard.rounds);
    if (!trend)
        return trend.error();
    dashboard.trend = trend.value();

    TrackerFilter filter;
    filter.today = dashboard.today;
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty())
        filter.owner = own; // as DefectService::list: a caseworker sees their own defects
    auto byOwner = m_session.database().defectTracker().countByOwner(filter);
    if (!byOwner)
        return byOwner.error();
    dashboard.defectsByOwner = byOwner.value();
    for (const OwnerDefectCounts &owner : dashboard.defectsByOwner) {
        dashboard.defectTotals.open += owner.open;
        dashboard.defectTotals.overdue += owner.overdue;
        dashboard.defectTotals.remediated += owner.remediated;
        dashboard.defectTotals.verified += owner.verified;
    }
    if (stop())
        return cancelledError();

    dashboard.complaintsFrom = dashboard.today.addYears(-1).addDays(1);
    auto complaints = ComplaintService(m_session).report(dashboard.complaintsFrom, dashboard.today);
    if (!complaints)
        return complaints.error();
    dashboard.complaints = complaints->total;
    auto late = ActionPlanService(m_session).lateActions(dashboard.today);
    if (!late)
        return late.error();
    dashboard.lateActions = late.value();
    return dashboard;
}

Result<QList<CaseBehind>> DashboardService::casesNotMeeting(const RoundReport &report, const QString &itemKey)
{
    // The same cases the report counted: a random sample's figures leave the follow-up cases out.
    return m_session.database().roundStatistics().casesWithAnswer(
        report.roundId, itemKey, answerKey(AnswerValue::NotMet),
        report.followUpLeftOut ? RoundStatistics::FollowUp::LeaveOut : RoundStatistics::FollowUp::Count,
        m_session.policy().ownCasesScope());
}

Result<Dashboard> loadDashboard(const DashboardRequest &request, const std::function<bool()> &cancelled)
{
    std::optional<Dashboard> dashboard;
    const Status loaded = withReaderSession({request.location, request.user, request.language, request.today},
                                            [&](Session &session) -> Status {
                                                auto read = DashboardService(session).load(cancelled);
                                                if (!read)
                                                    return read.error();
                                                dashboard = std::move(read).value();
                                                return Ok{};
                                            });
    if (!loaded)
        return loaded.error();
    return std::move(*dashboard);
}

} // namespace sagstjek
