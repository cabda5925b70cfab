#pragma once

#include "storage/caserepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sagstjek {

class CaseService;

// The case list over SQL: filtering, sorting and paging happen in the query, and only the pages the view
// asks for are held (a national review has a million cases). No statement stays open between calls.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumber, Cpr, Name, Area, Caseworker, Team, Status, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, StatusKeyRole };
    static constexpr int PageSize = 200;

    // The list the acting user may see, through `cases` (which scopes it and logs every search).
    explicit CaseListModel(CaseService &cases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CaseFilter &filter() const { return m_filter; }
    void setFilter(const CaseFilter &filter);
    // The round the user works in (0: outside any round): the status column shows each case's review there.
    void setRoundContext(qint64 roundId);
    qint64 roundContext() const { return m_roundContext; }
    // The status key the list would now show for the case (read from the database, not from the pages held).
    Result<QString> currentStatus(qint64 caseId) const;
    // Re-reads the data (after an import, or when a review's status changed).
    void refresh();
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 when not in the pages held
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);

private:
    const CaseRow *rowAt(int row) const;
    CaseFilter effectiveFilter() const;

    CaseService &m_cases;
    CaseFilter m_filter;
    QString m_loggedCriterion; // the search last written to the access log
    qint64 m_roundContext = 0;
    int m_rowCount = 0;
    mutable QHash<int, QList<CaseRow>> m_pages;
    mutable QString m_lastError;
};

} // namespace sagstjek
