#pragma once

#include "core/result.h"
#include "services/complaintservice.h"
#include "services/reportservice.h"
#include "services/session.h"
#include "storage/actionplanrepository.h"
#include "storage/actionrulerepository.h"
#include "storage/defecttracker.h"
#include "storage/roundstatistics.h"

#include <QCoreApplication>

#include <functional>

namespace sagstjek {

// What a leader looks at on Monday morning (issue 10): the open rounds' progress and figures (with the grants
// to correct), the defects still open per owner, the management actions that are called for and not yet done,
// the reversal rate of the last twelve months and the action plan's late actions.
struct Dashboard {
    static constexpr int TrendRounds = 8;
    QDate today;
    QList<RoundReport> rounds; // the active rounds, newest first
    QList<OwnerDefectCounts> defectsByOwner;
    OwnerDefectCounts defectTotals;     // over every owner the user may see (owner left empty)
    QList<TriggeredAction> openActions; // of the active rounds
    // Ankestyrelsen's decisions of the last twelve months (complaintsFrom to today), all paragraphs together.
    QDate complaintsFrom;
    ComplaintFigures complaints;
    QList<LateAction> lateActions; // the action plan's actions past their deadline, not done or abandoned
    Trend trend;                   // the last TrendRounds rounds of every kind, oldest first
};

// Gathers the dashboard. Made with a Session like every service, so it can run on a reader connection in a
// background thread (Database::openReader) with the same user, policy and day as the window.
//
// Permissions: what ReportService shows (aggregate figures for everyone, figures per caseworker only with
// ViewStaffFigures). A caseworker sees their own defects and the actions about them or about the whole round;
// the actions about other named caseworkers are staff data like their figures. The cases behind a figure name
// cases, so a caseworker gets only their own.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::DashboardService)
public:
    explicit DashboardService(Session &session);

    // `cancelled` is asked between the rounds; when it says yes, the load stops with an InvalidInput error.
    Result<Dashboard> load(const std::function<bool()> &cancelled = {});

    // The reviewed cases of the report's round that did not meet `itemKey`: the cases behind the item's bar,
    // counted as the report counts them.
    Result<QList<CaseBehind>> casesNotMeeting(const RoundReport &report, const QString &itemKey);

private:
    bool seesStaff() const;

    Session &m_session;
};

// Who asks for the dashboard, for loading it on a connection of its own (a background thread's).
struct DashboardRequest {
    QString location; // the database (Database::path())
    QString user;
    QString language;
    QDate today;
};

// Opens a reader connection to `request.location` in the calling thread, builds the user's policy and session on
// it and loads the dashboard there: what DashboardView runs off the UI thread. The connection is closed before
// it returns.
Result<Dashboard> loadDashboard(const DashboardRequest &request, const std::function<bool()> &cancelled = {});

} // namespace sagstjek
