#pragma once

#include "services/accesslogservice.h"

#include <QAbstractTableModel>

#include <optional>

namespace sagstjek {

// The access log for the access-log dialog, newest entry first, through the access-log service (which checks the
// ViewAccessLog permission). Setting a query opens one extract, logged once, and shows its first page at once;
// further pages are read as the view scrolls (fetchMore: keyset, the entries after the last one held, no OFFSET),
// without being logged again. No count is asked: the list shows what it has read. CPR numbers in a criterion or a
// purpose are masked.
class AccessLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Action, CaseNumber, Detail, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ActionKeyRole };
    static constexpr int PageSize = 200;

    explicit AccessLogModel(AccessLogService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Opens the extract `query` covers (newest first, whatever its order says; its afterId and limit are not used)
    // and reads its first page. A refusal or an error empties the list and is returned (and emitted).
    Status setQuery(AccessLogQuery query);
    const AccessLogQuery &query() const { return m_query; }
    // Every entry of the extract is held (no further page).
    bool isComplete() const { return !m_reader || m_reader->atEnd(); }
    const AccessEntry &entryAt(int row) const { return m_entries.at(row); }

signals:
    void errorOccurred(const QString &message);

private:
    AccessLogService &m_service;
    AccessLogQuery m_query;
    std::optional<AccessLogReader> m_reader;
    QList<AccessEntry> m_entries;
    bool m_fetching = false;
};

// The words for an access-log action key ("open", "search", …); an unknown key as it is.
QString accessActionLabel(const QString &action);

} // namespace sagstjek
