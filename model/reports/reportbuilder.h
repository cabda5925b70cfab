#pragma once

// The reports of issue 10 as Report values (reportdocument.h writes them as PDF, XLSX and CSV): the round report
// (also the ledelsestilsyn report of one team) and the status report to the council over a period.
//
// Pseudonymised by design: no report reads a citizen's CPR number or name; case numbers appear only with
// `withCaseNumbers` (a list of the round's defects case by case, limited by the case access policy and
// written to the access log). A council report never breaks groups under 5 reviewed cases down per caseworker
// and names no caseworker in the management actions.

#include "core/result.h"
#include "reports/reportdocument.h"
#include "services/reportservice.h"
#include "services/session.h"

#include <functional>

namespace sagstjek::reports {

struct ReportOptions {
    QString language = QStringLiteral("da");
    bool council = false;         // a report for the council: see above (the status report is always one)
    bool withCaseNumbers = false; // list the defects with their case numbers
    QString team;                 // a ledelsestilsyn report: only this team's cases of the round
    int trendRounds = 6;          // how many rounds of the same kind the trend shows (this one included)
};

// The municipality's name as the database's setting "organisation.name" holds it; else the database file's name.
QString organisationName(Session &session);

// The round report: method, progress, error-free cases, check items (with a chart), breakdowns, defects,
// management actions, and the trend over the earlier rounds of the same kind.
Result<Report> roundReport(Session &session, qint64 roundId, const ReportOptions &options);

// A status report is a title block and the sections its builders return, in order. A builder gets the period's
// figures (the rounds that ran in it, the defects) and the options, and returns its sections (none when it has
// nothing to say); an error stops the report. The grants, complaints and action-plan sections are builders added
// to statusSections().
using StatusSectionBuilder =
    std::function<Result<QList<ReportSection>>(Session &session, const PeriodReport &period, const ReportOptions &)>;

// The builders of the status report, in order: the rounds of the period (progress and figures) and the defects.
QList<StatusSectionBuilder> statusSections();

// The status report to the council over [from, to]: always a council report (options.council is forced on).
Result<Report> statusReport(Session &session, const QDate &from, const QDate &to, const ReportOptions &options,
                            const QList<StatusSectionBuilder> &builders = statusSections());

// One report as a front end asks for it: which, over what, in which form, to which file.
struct ReportRequest {
    enum class Kind { Round, Status };
    enum class Format { Pdf, Xlsx, Csv };
    Kind kind = Kind::Round;
    qint64 roundId = 0; // Kind::Round
    QDate from;         // Kind::Status
    QDate to;
    ReportOptions options;
    Format format = Format::Pdf;
    QString path;
};

// Builds the report the request names with `session` and writes it to request.path (atomically; nothing is written
// when `cancelled` says so before the file is begun).
Status writeReport(Session &session, const ReportRequest &request, const std::function<bool()> &cancelled = {});

// The same on a reader connection to `location` opened in the calling thread, acting as `user` on the day `today`:
// what a front end runs off the UI thread. A report with case numbers writes to the access log, which a reader
// cannot: run that one with the front end's own session.
Status writeReportOnReader(const QString &location, const QString &user, const QDate &today,
                           const ReportRequest &request, const std::function<bool()> &cancelled = {});

} // namespace sagstjek::reports
