#pragma once

#include "core/result.h"
#include "domain/round.h"
#include "services/session.h"
#include "services/statistics.h"
#include "storage/grantrepository.h"
#include "storage/roundstatistics.h"

#include <QCoreApplication>

#include <optional>

namespace sagstjek {

// One check item of a round's report.
struct ItemFigure {
    QString key;
    QString question; // in the session's language, from the round's cue cards; empty if no card has the item
    int met = 0;
    int notMet = 0;
    int notApplicable = 0;
    int unanswered = 0;      // applied to a reviewed case but has no answer (completion normally prevents it)
    stats::Share compliance; // met / (met + not met)
};

// A caseworker's, team's or area's cases in the round.
struct GroupFigure {
    QString name;
    int cases = 0; // in the sample
    int reviewed = 0;
    stats::Share errorFree; // error-free of reviewed
    int met = 0;            // answers over every item of the group's reviewed cases
    int notMet = 0;
    int notApplicable = 0;
    // met / (met + not met) over those answers; none when there is none. Without a bound: a case's answers are
    // not independent draws (they share a caseworker, a journal, a day), so a binomial bound over answers would
    // claim more precision than the cases give.
    std::optional<double> itemsMetPercent() const
    {
        return met + notMet > 0 ? std::optional<double>(100.0 * met / (met + notMet)) : std::nullopt;
    }
    // Under 5 reviewed cases: too few to judge (council reports will not show such a group per person).
    bool small() const { return stats::isSmallGroup(reviewed); }
};

// The figures of one round (issue 10), ready for the CLI, the dashboard and the reports.
struct RoundReport {
    qint64 roundId = 0; // 0: the reviews outside any round
    QString roundName;
    QString team;                  // empty: every team
    std::optional<RoundKind> kind; // none outside rounds
    int targetPercent = 90;        // the error-free target
    // A walkthrough or self-check is a census (no interval); a sample or supervision round a random sample;
    // reviews outside rounds were not drawn at all (no bound).
    stats::Design design = stats::Design::Census;
    QString language; // of the question texts and the wording (the session's)

    int population = 0; // the frozen population
    int sample = 0;     // the cases to review (a walkthrough: every eligible case in scope)
    int reviewed = 0;   // of those, reviewed: completed or approved
    int remaining() const { return sample - reviewed; }
    // Cases added to a sample round for a remediated defect: reviewed like the rest, but left out of a random
    // sample's shares (they were not drawn). Always counted in sample, reviewed and remaining.
    int followUpCases = 0;
    int followUpReviewed = 0;
    bool followUpLeftOut = false;

    stats::Share errorFree;  // reviewed cases without any "not met"
    QList<ItemFigure> items; // in cue-card order, then any item no card of the round has
    QList<GroupFigure> byCaseworker;
    // The user may not see other caseworkers' figures (Permission::ViewStaffFigures): byCaseworker holds only
    // their own line, if they have cases in the round.
    bool byCaseworkerLimited = false;
    QList<GroupFigure> byTeam;
    QList<GroupFigure> byArea;
    DefectCounts defects;
    // The grant difference of the round's cases (grants to repay net of those to claim, GrantSum::differenceOre);
    // none outside rounds. A total over the round: it names no case, so every user sees it.
    std::optional<GrantSum> grants;
    QList<ItemDefectCounts> defectsByItem; // the defects of each check item, by status
    Round round; // the round as it was set up (seed, sample size, strata, status); id 0 outside rounds
};

// One round of a trend: its error-free share and its progress.
struct TrendRound {
    qint64 roundId = 0;
    QString name;
    RoundKind kind = RoundKind::Walkthrough;
    RoundStatus status = RoundStatus::Active;
    QString createdAt;
    int targetPercent = 90;
    int sample = 0;
    int reviewed = 0;
    stats::Share errorFree;
};

// One check item over the rounds of a trend: its compliance per round (none when no reviewed case of the round
// had the item), index by index with Trend::rounds.
struct TrendItem {
    QString key;
    QString question;
    QList<std::optional<stats::Share>> compliance;
};

// Figures over rounds, oldest first.
struct Trend {
    QList<TrendRound> rounds;
    QList<TrendItem> items; // in the order the items first appear, newest round's order first
};

// The figures of a period, for the status report to the council: the rounds that ran in it and the defects.
struct PeriodReport {
    QDate from;
    QDate to;
    QList<RoundReport> rounds; // oldest first
    PeriodDefects defects;
};

// Reports over rounds. Made with a Session: the figures are in the session's language, "today" (what is overdue)
// is the session's, and the session's policy decides what the user sees.
//
// Permissions: any user may read a round's aggregate figures (progress, compliance per item, error-free share,
// per team and area, defects by status): they hold no citizen's data, no CPR number, no name, no case number, so
// no case is opened and the access log gets no entry. Figures per caseworker are personal data about staff (how
// well a named person does their job): only users with ViewStaffFigures (consultant, coordinator, leader) see
// every caseworker's line; anyone else sees only their own, without a refusal, since reading the round is
// allowed. Teams are not limited: a team is an organisational unit, and a small one is flagged (small()).
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::ReportService)
public:
    explicit ReportService(Session &session);

    // The figures of round `roundId`; 0: the reviews outside any round. With `team`, only that team's cases as
    // the round froze them (the ledelsestilsyn report per team).
    Result<RoundReport> roundReport(qint64 roundId, const QString &team = {});

    // The last `last` rounds (0: all) of `kind` (none: every kind), oldest first, up to and including round
    // `upTo` (0: up to the newest), with the error-free share and each check item's compliance per round. Every
    // round is counted by the storage's grouped statistics (RoundStatistics::figures), as roundReport counts it;
    // rounds whose report is in `known` (of the whole round, not one team) are not counted again.
    Result<Trend> trend(std::optional<RoundKind> kind, int last = 0, qint64 upTo = 0,
                        const QList<RoundReport> &known = {});

    // The rounds that ran in [from, to] with their figures, and the defects found, remediated and verified in it
    // (open and overdue as of the session's today).
    Result<PeriodReport> periodReport(const QDate &from, const QDate &to);

private:
    Session &m_session;
};

} // namespace sagstjek
