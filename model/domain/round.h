#pragma once

#include "domain/statuses.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sagstjek {

enum class RoundKind { Walkthrough, Sample, Supervision, SelfCheck };
QString roundKindKey(RoundKind kind); // "walkthrough", "sample", "supervision", "self-check"
std::optional<RoundKind> roundKindFromKey(const QString &key);

// How a sample round stratifies: one group per area, caseworker or team, N cases from each.
enum class Stratum { None, Area, Caseworker, Team };
QString stratumKey(Stratum stratum); // "", "area", "caseworker", "team"
std::optional<Stratum> stratumFromKey(const QString &key);

// Which cases a round covers. Empty lists mean "any".
struct RoundScope {
    QStringList areas;
    QStringList teams;
    QStringList caseworkers;
    QDate from; // the case's first recorded date on or after…
    QDate to;   // …and on or before
};

// What a user asks for when starting a round.
struct RoundSpec {
    QString name;
    RoundKind kind = RoundKind::Walkthrough;
    RoundScope scope;
    QDate periodStart; // supervision: the month(s) supervised; otherwise informative
    QDate periodEnd;
    int targetPercent = 90;      // error-free target
    std::optional<quint64> seed; // drawn at random (and shown) when not given
    int sampleSize = 0;          // simple random sample of N (sample rounds without strata)
    int perStratum = 0;          // N per stratum
    Stratum stratify = Stratum::None;
    int excludeReviewedMonths = 0;    // leave out cases reviewed in the last K months (0: keep them)
    bool includeRemediated = false;   // add every case with a defect remediated since the previous round
    QHash<QString, qint64> templates; // area → template id; the area's newest version when missing
};

struct Round {
    qint64 id = 0;
    QString name;
    RoundKind kind = RoundKind::Walkthrough;
    RoundStatus status = RoundStatus::Active;
    RoundScope scope;
    QDate periodStart;
    QDate periodEnd;
    int targetPercent = 90;
    quint64 seed = 0;
    int sampleSize = 0;
    int perStratum = 0;
    Stratum stratify = Stratum::None;
    int excludeReviewedMonths = 0;
    bool includeRemediated = false;
    QString createdBy;
    QString createdAt;
    QString archivedAt; // empty: not archived (archived rounds are hidden from the default list)
    bool archived() const { return !archivedAt.isEmpty(); }
};

// One case of a round's sample (for a walkthrough: every case in scope), in drawing order.
struct RoundCase {
    qint64 caseId = 0;
    QString caseNumber;
    QString area;
    QString caseworker;
    QString team;
    int drawOrder = 0;
    QString reason; // all, drawn, remediated-defect
    QString stratum;
    QString reviewer;                                     // assigned reviewer, empty when unassigned
    ReviewStatus reviewStatus = ReviewStatus::NotStarted; // the round review's status
    qint64 reviewId = 0;
    QString reviewedBy;      // who started the review
    int notMet = 0;          // "not met" answers in the round review
    QString citizenName;     // the citizen's name (views show it next to the masked CPR)
    QString cpr;             // never shown unmasked (cpr::mask)
    QString sentBackComment; // while the review is sent back: the approver's comment on what to fix
    bool reviewed() const { return isReviewed(reviewStatus); }
};

// One person's line of a round's progress. Cases are counted under the reviewer they are assigned to; reviews
// done are credited to who did them (who may differ from the assigned reviewer).
struct ReviewerProgress {
    QString reviewer; // empty: unassigned
    int inScope = 0;  // cases assigned to them
    int reviewed = 0; // reviews they did (completed or approved)
    int approved = 0; // of those, approved
    int open = 0;     // cases assigned to them not yet reviewed
    int remaining() const { return open; }
};

struct RoundProgress {
    int population = 0;
    int inScope = 0;  // the sample (every case for a walkthrough)
    int reviewed = 0; // completed or approved
    int approved = 0;
    int errorFree = 0; // reviewed without any "not met"
    int remaining() const { return inScope - reviewed; }
    QList<ReviewerProgress> reviewers;
};

struct SkippedStratum {
    QString stratum;
    QString reason;
};

} // namespace sagstjek
