#pragma once

#include "domain/casefile.h"
#include "storage/result.h"

#include <QSqlDatabase>

namespace sagstjek {

// Filters and order for the case list; the repository turns them into bound SQL. Sorting is by a column
// from this enum only, never by a name the user typed.
struct CaseFilter {
    enum class SortColumn { CaseNumber, Name, Area, Caseworker, Team, Progress };
    QString area;
    QString caseworker;
    QString team;
    QString status; // a review-status key
    // Whose status the list shows and filters on: the case's review in this round, or (0) outside any round.
    qint64 roundId = 0;
    QString search; // case-number prefix, part of the name, or a whole CPR number
    SortColumn sortColumn = SortColumn::CaseNumber;
    bool descending = false;
};

// One row of the case list (what the list shows, nothing more).
struct CaseRow {
    qint64 id = 0;
    QString caseNumber;
    QString cpr;
    QString name;
    QString area;
    QString subgroup;
    QString caseworker;
    QString team;
    QString reviewStatus;
};

class CaseRepository {
public:
    explicit CaseRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const CaseFile &caseFile);
    // Replaces a case's fields and named dates (events are left alone); returns false when nothing changed.
    Result<bool> update(qint64 id, const CaseFile &caseFile);
    Result<qint64> idForNumber(const QString &caseNumber);
    Result<CaseFile> load(qint64 id); // with dates and events
    Status addEvent(qint64 caseId, const CaseEvent &event);
    // The status of the case's review outside any round, as the case list shows it.
    Status setReviewStatus(qint64 caseId, ReviewStatus status);
    // The review-status key the case list shows for the case's review in `roundId` (0: outside any round).
    Result<QString> reviewStatus(qint64 caseId, qint64 roundId);

    Result<int> count(const CaseFilter &filter);
    Result<QList<CaseRow>> page(const CaseFilter &filter, int offset, int limit);
    Result<QStringList> distinctValues(const QString &column); // "caseworker" or "team" only

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
