#include "itemmodels/defectlistmodel.h"

#include "services/defectservice.h"

#include <QLocale>

namespace sagstjek {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return DefectListModel::tr("Critical");
    case Severity::Major:
        return DefectListModel::tr("Major");
    case Severity::Minor:
        return DefectListModel::tr("Minor");
    }
    return {};
}

QString defectStatusLabel(DefectStatus status)
{
    switch (status) {
    case DefectStatus::Open:
        return DefectListModel::tr("Open");
    case DefectStatus::Remediated:
        return DefectListModel::tr("Remediated");
    case DefectStatus::Verified:
        return DefectListModel::tr("Verified");
    case DefectStatus::Reopened:
        return DefectListModel::tr("Reopened");
    }
    return {};
}

DefectListModel::DefectListModel(DefectService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    refresh();
}

int DefectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_defects.size());
}

int DefectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_defects.size())
        return {};
    const Defect &d = m_defects.at(index.row()).defect;
    switch (role) {
    case DefectIdRole:
        return d.id;
    case CaseIdRole:
        return d.caseId;
    case OverdueRole:
        return m_defects.at(index.row()).overdue;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CaseNumber:
            return d.caseNumber;
        case Item:
            return d.itemKey;
        case Description:
            return d.description;
        case Severity:
            return severityLabel(d.severity);
        case Owner:
            return d.owner;
        case Due:
            return d.due.isValid() ? QLocale().toString(d.due, QLocale::ShortFormat) : QString();
        case Status:
            return defectStatusLabel(d.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DefectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumber:
        return tr("Case number");
    case Item:
        return tr("Item");
    case Description:
        return tr("Defect");
    case Severity:
        return tr("Severity");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void DefectListModel::setFilter(const TrackerFilter &filter)
{
    m_filter = filter;
    refresh();
}

void DefectListModel::refresh()
{
    beginResetModel();
    auto defects = m_service.list(m_filter, false);
    m_defects = defects ? std::move(defects).value() : QList<TrackedDefect>();
    endResetModel();
    if (!defects)
        emit errorOccurred(defects.error().message);
}

} // namespace sagstjek
