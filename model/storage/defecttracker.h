#pragma once

#include "core/result.h"
#include "domain/review.h"

#include <optional>

namespace sagstjek {

// A defect as the remediation tracker ("genopretning") shows it: where it came from and how far it got.
struct TrackedDefect {
    Defect defect;
    qint64 roundId = 0; // 0: found outside any round
    QString roundName;
    QString area;
    QString caseworker;
    QString remediationNote;
    QDate remediatedOn;
    QString remediatedBy;
    QString remediatedAt;
    QString verifiedBy;
    QString verifiedAt;
    QString verificationNote;
    bool overdue = false;
};

// A place in the defect list's order (due date, undated last, then id): a page starts after it (keyset paging,
// so the thousandth page costs what the first does).
struct DefectListKey {
    QDate due; // invalid: undated
    qint64 id = 0;
};

// Which defects to list: the one defect query behind the defects view, the remediation tracker and the CLI.
struct TrackerFilter {
    qint64 roundId = 0; // 0: every round and none
    QString status;     // a defect-status key
    QString owner;      // compared as the owner column is (case-insensitively)
    QString area;
    QString severity; // a severity key
    QString caseNumber;
    bool overdueOnly = false;
    QDate today; // for "overdue"; the system date when invalid
    // Paging for list(): the rows after `after` (from the first when unset), at most `limit` (0: every row).
    std::optional<DefectListKey> after;
    int limit = 0;
};

// One owner's defects by status (open includes reopened; overdue is open or reopened and due before today).
struct OwnerDefectCounts {
    QString owner;
    int open = 0;
    int overdue = 0;
    int remediated = 0;
    int verified = 0;
};

struct DefectEvent {
    QString action;
    QString user;
    QString at;
    QString note;
};

class DefectTracker {
public:
    virtual ~DefectTracker();

    virtual Result<QList<TrackedDefect>> list(const TrackerFilter &filter) = 0;
    virtual Result<TrackedDefect> load(qint64 defectId, const QDate &today) = 0;
    // The defects `filter` selects, counted per owner (the filter's status and overdueOnly apply too).
    virtual Result<QList<OwnerDefectCounts>> countByOwner(const TrackerFilter &filter) = 0;
    virtual Status setRemediated(qint64 defectId, const QString &note, const QDate &on, const QString &by) = 0;
    virtual Status setVerified(qint64 defectId, const QString &note, const QString &by) = 0;
    virtual Status setReopened(qint64 defectId) = 0;
    virtual Status setOwner(qint64 defectId, const QString &owner) = 0;
    virtual Status setDue(qint64 defectId, const QDate &due) = 0;
    virtual Status addEvent(qint64 defectId, const QString &action, const QString &user, const QString &note) = 0;
    virtual Result<QList<DefectEvent>> events(qint64 defectId) = 0;
};

} // namespace sagstjek
