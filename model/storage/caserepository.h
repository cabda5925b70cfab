#pragma once

#include "core/result.h"
#include "domain/casefile.h"

#include <optional>

namespace sagstjek {

// A place in the case list's order: the sort column's value and the case number of a row (keyset paging).
struct CaseListKey {
    QString sortValue; // ignored when sorting by case number
    QString caseNumber;
};

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
    // page() starts after this row of the order (keyset: any page costs what the first does) instead of at an
    // offset; the offset then counts from it.
    std::optional<CaseListKey> after;
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
    ReviewStatus reviewStatus = ReviewStatus::NotStarted; // the case list's three: see caseListStatus
};

// The key of `row` in `filter`'s order: the next page starts after it.
CaseListKey caseListKeyOf(const CaseFilter &filter, const CaseRow &row);

// Reads cases; of writing, only events, the list status and removal. New cases and changed fields go through
// the one writer of cases, BulkCaseWriter (Database::caseWriter, or addCases for a few).
class CaseRepository {
public:
    virtual ~CaseRepository();

    virtual Result<qint64> idForNumber(const QString &caseNumber) = 0;
    virtual Result<QString> caseNumber(qint64 id) = 0;
    // The cases of a citizen (`cprDigits`: ten digits), as (id, case number), oldest first.
    virtual Result<QList<std::pair<qint64, QString>>> withCpr(const QString &cprDigits) = 0;
    // Deletes the case with its dates, events, reviews, answers and defects.
    virtual Status remove(qint64 id) = 0;
    virtual Result<CaseFile> load(qint64 id) = 0; // with dates and events
    virtual Status addEvent(qint64 caseId, const CaseEvent &event) = 0;
    // The status of the case's review outside any round, as the case list shows it.
    virtual Status setReviewStatus(qint64 caseId, ReviewStatus status) = 0;
    // The review-status key the case list shows for the case's review in `roundId` (0: outside any round).
    virtual Result<QString> reviewStatus(qint64 caseId, qint64 roundId) = 0;

    virtual Result<int> count(const CaseFilter &filter) = 0;
    virtual Result<QList<CaseRow>> page(const CaseFilter &filter, int offset, int limit) = 0;
    virtual Result<QStringList> distinctValues(const QString &column) = 0; // "caseworker" or "team" only
};

} // namespace sagstjek
