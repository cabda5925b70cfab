#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sagstjek {

// The answers one check item got in the reviewed cases. `unansweredRows` counts stored answers without a value
// (a note written, no answer chosen); items that applied to a case and have no row at all are found by the
// report from the cue cards (`TemplateUse`), because whether an item applies is the cue card's business.
struct ItemAnswerCounts {
    QString itemKey;
    int met = 0;
    int notMet = 0;
    int notApplicable = 0;
    int unansweredRows = 0;
};

// How many reviewed cases used one cue-card version with one subgroup: which items applied to how many cases.
struct TemplateUse {
    qint64 templateId = 0;
    QString subgroup;
    int reviewed = 0;
};

// One group of cases (a caseworker, a team, an area, or all of them).
struct GroupCounts {
    QString name;      // the caseworker, team or area as the round froze it; empty for the whole round
    int cases = 0;     // in the sample (a walkthrough: every case in scope)
    int reviewed = 0;  // of those, reviewed (completed or approved)
    int errorFree = 0; // of those, without any "not met"
    int met = 0;       // answers over the reviewed cases
    int notMet = 0;
    int notApplicable = 0;
};

// The defects found in the round's reviews, by status. `open` excludes `reopened`.
struct DefectCounts {
    int open = 0;
    int reopened = 0;
    int remediated = 0;
    int verified = 0;
    int overdue = 0; // open or reopened, due before the day asked about (isOverdue in domain/review.h)
};

// The defects of one check item in a round, by status (as DefectCounts).
struct ItemDefectCounts {
    QString itemKey;
    DefectCounts counts;
};

// A round that ran during a period: started on or before its end, and still active or closed on or after its
// start (the status report to the council).
struct PeriodRound {
    qint64 roundId = 0;
    QString name;
    QDate started;
    QDate closed; // invalid while the round is active
};

// What happened to defects during a period, and where they stand on the day asked about.
struct PeriodDefects {
    int found = 0;      // created in the period
    int remediated = 0; // remediated in the period (whatever their status now)
    int verified = 0;   // verified in the period
    int openNow = 0;    // open or reopened on the day asked about
    int overdueNow = 0; // of those, past their due date
};

// The figures of one review round, counted where the data is. A case counts as reviewed when its review in the
// round is completed or approved (isReviewed in domain/statuses.h, as in the round's progress): a review in
// progress, sent back or reopened may still change, so its answers are left out of every count until it is
// completed again. Its defects are counted, though: a defect is followed up from the moment it is found.
struct RoundFigures {
    qint64 roundId = 0; // 0: the reviews outside any round
    int population = 0; // the frozen population (outside rounds: every case)
    GroupCounts total;  // the sample counted (outside rounds: the cases with a review outside rounds)
    // Cases added to the sample because a defect of theirs was remediated (round create --include-remediated),
    // and how many of them are reviewed, whether or not they are counted in the rest.
    int followUpCases = 0;
    int followUpReviewed = 0;
    QList<ItemAnswerCounts> items; // by item key
    QList<TemplateUse> templates;
    QList<GroupCounts> byCaseworker; // by name; the round's frozen values (outside rounds: the case's current)
    QList<GroupCounts> byTeam;
    QList<GroupCounts> byArea;
    DefectCounts defects;
    QList<ItemDefectCounts> defectsByItem; // by item key
};

// A case counted in a figure, for listing the cases behind it.
struct CaseBehind {
    qint64 caseId = 0;
    QString caseNumber;
    QString caseworker; // as the round froze it (outside rounds: the case's current)
    QString area;
};

// Statistics over the reviews of a round, computed in the database (grouped counts, never a row per answer).
class RoundStatistics {
public:
    virtual ~RoundStatistics();

    // Whether the follow-up cases (added for a remediated defect, not drawn) are counted. A random sample's
    // shares must leave them out: they were chosen for having had a defect, so they would bias the share and its
    // bound. In a walkthrough they are cases in scope like any other.
    enum class FollowUp { Count, LeaveOut };

    // The figures of round `roundId` (0: the reviews outside any round); `today` decides what is overdue.
    // Defects are always counted for the whole round. A round that does not exist is NotFound. With `team`, only
    // the cases of that team as the round froze it (outside rounds: the case's team now) are counted, the
    // population and the defects included (a ledelsestilsyn report per team).
    virtual Result<RoundFigures> figures(qint64 roundId, const QDate &today, FollowUp followUp,
                                         const QString &team = {}) = 0;

    // The reviewed cases of round `roundId` (0: outside rounds) whose answer to `itemKey` is `answer` (an answer
    // key), counted as figures() counts them, by case number; only `caseworker`'s when it is not empty.
    virtual Result<QList<CaseBehind>> casesWithAnswer(qint64 roundId, const QString &itemKey, const QString &answer,
                                                      FollowUp followUp, const QString &caseworker) = 0;

    // The rounds that ran during [from, to] (both days included), oldest first.
    virtual Result<QList<PeriodRound>> roundsInPeriod(const QDate &from, const QDate &to) = 0;
    // Defects found, remediated and verified during [from, to], and those open and overdue on `today`.
    virtual Result<PeriodDefects> defectsInPeriod(const QDate &from, const QDate &to, const QDate &today) = 0;
};

} // namespace sagstjek
