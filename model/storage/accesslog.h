#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sagstjek {

// One use of personal data (bek. 528/2000 §19 practice): when, who, what kind of use, and the case concerned
// or the search criterion. Never a full CPR number: a CPR search is logged masked, plus one row per case it
// found.
struct AccessEntry {
    qint64 id = 0;
    QString at; // UTC ISO 8601, set when recorded
    QString user;
    QString action; // open, search, print, export, reveal-cpr, history, delete, extract, refused, purge
    qint64 caseId = 0;
    QString caseNumber;
    QString criterion;
    QString purpose;
};

struct AccessFilter {
    QList<qint64> caseIds;        // any of these (empty: all cases); matched together with caseNumbers when given
    QStringList caseNumbers;      // the same length as caseIds when given, so a reused id never matches
    QString from;                 // ISO date or timestamp; entries at or after it
    QString to;                   // entries before it
    bool restrictToCases = false; // true: only entries about caseIds (an empty list then matches nothing)
    // Paging (keyset on the order at, id; newest first when `newestFirst`): the entries after the entry `afterId` in
    // that order (0: from the first), at most `limit` of them (0: all).
    qint64 afterId = 0;
    int limit = 0;
    bool newestFirst = false;
    qint64 upToId = 0; // none written after this entry (0: no bound; -1: none at all): the log as a view opened it
};

// The log of every use of personal data. Append-only: the only deletion is the retention purge.
class AccessLog {
public:
    virtual ~AccessLog();

    // Appends one entry (inside the caller's unit of work when there is one).
    virtual Status record(const AccessEntry &entry) = 0;
    virtual Result<QList<AccessEntry>> query(const AccessFilter &filter) = 0;
    // The id of the entry written last, whatever its time (0: the log is empty).
    virtual Result<qint64> lastId() = 0;
    // Deletes entries older than `before` (the only delete the triggers allow) and logs the purge itself.
    // Returns the number of entries removed.
    virtual Result<int> purge(const QDateTime &before, const QString &user) = 0;
};
} // namespace sagstjek
