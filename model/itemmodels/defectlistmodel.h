#pragma once

#include "storage/defecttracker.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sagstjek {

class DefectService;

// Defects with their filters, for the defects view, as the defect service lists them for the session's user (a
// caseworker sees their own). Overdue open defects stand out. Nothing is read until a view asks (fetchMore), and
// then a page at a time in keyset order: a database with millions of defects opens as fast as an empty one.
class DefectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumber, Item, Description, Severity, Owner, Due, Status, ColumnCount };
    enum Role { DefectIdRole = Qt::UserRole + 1, CaseIdRole, OverdueRole };
    static constexpr int PageSize = 200;

    explicit DefectListModel(DefectService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const TrackerFilter &filter() const { return m_filter; }
    void setFilter(const TrackerFilter &filter);
    // Drops the rows held; once a view has asked for rows, the first page is read again at once.
    void refresh();
    const Defect &defectAt(int row) const { return m_defects.at(row).defect; }
    // Every row of the filter is held (no further page).
    bool isComplete() const { return m_started && !m_more; }

signals:
    void errorOccurred(const QString &message);

private:
    DefectService &m_service;
    TrackerFilter m_filter;
    QList<TrackedDefect> m_defects;
    QHash<QString, QString> m_questions;     // item key → question, shown instead of the key
    Result<QList<TrackedDefect>> nextPage(); // the page after the rows held
    bool m_started = false;                  // a view asked for rows
    bool m_more = true;
    bool m_fetching = false;
};

QString severityLabel(Severity severity);
QString defectStatusLabel(DefectStatus status);

} // namespace sagstjek
