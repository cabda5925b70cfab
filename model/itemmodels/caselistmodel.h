#pragma once

#include "storage/caserepository.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QFutureWatcher>

namespace sagstjek {

class CaseService;

// The case list over SQL: filtering and sorting happen in the query, and rows are read a keyset page at a time
// as the view scrolls (fetchMore: the rows after the last one held, so row 90,000 costs what row 0 does). The
// number of cases the search finds is counted in a background thread on a connection of its own and arrives
// with countChanged; the rows are shown before it. No statement stays open between calls.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumber, Cpr, Name, Area, Caseworker, Team, Status, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, StatusKeyRole };
    static constexpr int PageSize = 200;

    // The list the acting user may see, through `cases` (which scopes it and logs every search).
    explicit CaseListModel(CaseService &cases, QObject *parent = nullptr);
    ~CaseListModel() override;

    // The rows held (read so far), not the number of cases found: see totalCount.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Reads pages until `row` is held or the list ends; whether it is held.
    bool fetchUpTo(int row);
    // Every row of the search is held (no further page).
    bool isComplete() const { return !m_more; }

    // The number of cases the search finds; -1 while it is being counted.
    int totalCount() const { return m_total; }
    // Waits for a count in progress (tests, the benchmark; a view listens to countChanged instead).
    void waitForCount();

    const CaseFilter &filter() const { return m_filter; }
    // A new filter or order starts the list again from its first page.
    void setFilter(const CaseFilter &filter);
    // The round the user works in (0: outside any round): the status column shows each case's review there.
    void setRoundContext(qint64 roundId);
    qint64 roundContext() const { return m_roundContext; }
    // The status key the list would now show for the case (read from the database, not from the rows held).
    Result<QString> currentStatus(qint64 caseId) const;
    // Re-reads the data (after an import, or when a review's status changed), as many rows as were held.
    void refresh();
    // The case's review now has `statusKey`. When neither the filter nor the order depends on the status, the row
    // held is updated in place (its place in the list cannot change; nothing is read); otherwise the rows held are
    // read again (refresh). Returns whether it was updated in place.
    bool updateStatus(qint64 caseId, const QString &statusKey);
    qint64 caseIdAt(int row) const;     // 0 when the row is not held
    int rowOfCase(qint64 caseId) const; // -1 when not in the rows held
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);
    // The number of cases found arrived (or, with -1, is being counted again).
    void countChanged(int total);

private:
    CaseFilter effectiveFilter() const;
    void reload(int rows);
    void startCount();
    void countArrived(int generation, const Result<int> &counted);

    CaseService &m_cases;
    CaseFilter m_filter;
    QString m_loggedCriterion; // the search last written to the access log
    qint64 m_roundContext = 0;
    QList<CaseRow> m_rows;
    bool m_more = false;
    bool m_fetching = false;
    int m_total = -1;
    int m_generation = 0;                       // a count that arrives for an older search is dropped
    int m_countGeneration = 0;                  // the search m_counting counts
    QFuture<Result<int>> m_counting;            // the count's thread (its own connection)
    QFutureWatcher<Result<int>> m_countWatcher; // m_counting's result, in this thread
    QList<QFuture<Result<int>>> m_superseded;   // counts of earlier searches still running
    QString m_lastError;
};

} // namespace sagstjek
