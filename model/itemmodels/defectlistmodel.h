#pragma once

#include "storage/reviewrepository.h"

#include <QAbstractTableModel>

namespace sagstjek {

class Database;

// Defects with their filters, for the defects view. Overdue open defects stand out.
class DefectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNumber, Item, Description, Severity, Owner, Due, Status, ColumnCount };
    enum Role { DefectIdRole = Qt::UserRole + 1, CaseIdRole, OverdueRole };

    explicit DefectListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DefectFilter &filter() const { return m_filter; }
    void setFilter(const DefectFilter &filter);
    void setToday(const QDate &today) { m_today = today; }
    // Limits the list to one owner's defects whatever the filter says (a caseworker sees their own defects).
    void setScope(const QString &owner)
    {
        m_scope = owner;
        refresh();
    }
    void refresh();
    const Defect &defectAt(int row) const { return m_defects.at(row); }

signals:
    void errorOccurred(const QString &message);

private:
    bool isOverdue(const Defect &defect) const;

    Database &m_db;
    DefectFilter m_filter;
    QString m_scope;
    QDate m_today = QDate::currentDate();
    QList<Defect> m_defects;
};

QString severityLabel(Severity severity);
QString defectStatusLabel(DefectStatus status);

} // namespace sagstjek
