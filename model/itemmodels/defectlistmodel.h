#pragma once

#include "storage/defecttracker.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sagstjek {

class DefectService;

// Defects with their filters, for the defects view, as the defect service lists them for the session's user (a
// caseworker sees their own). Overdue open defects stand out.
class DefectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumber, Item, Description, Severity, Owner, Due, Status, ColumnCount };
    enum Role { DefectIdRole = Qt::UserRole + 1, CaseIdRole, OverdueRole };

    explicit DefectListModel(DefectService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TrackerFilter &filter() const { return m_filter; }
    void setFilter(const TrackerFilter &filter);
    void refresh();
    const Defect &defectAt(int row) const { return m_defects.at(row).defect; }

signals:
    void errorOccurred(const QString &message);

private:
    DefectService &m_service;
    TrackerFilter m_filter;
    QList<TrackedDefect> m_defects;
    QHash<QString, QString> m_questions; // item key → question, shown instead of the key
};

QString severityLabel(Severity severity);
QString defectStatusLabel(DefectStatus status);

} // namespace sagstjek
