#include "itemmodels/defectlistmodel.h"

#include "domain/words.h"
#include "services/defectservice.h"

#include <QLocale>

namespace sagstjek {

QString severityLabel(Severity severity)
{
    return words::severity(severity);
}

QString defectStatusLabel(DefectStatus status)
{
    return words::defectStatus(status);
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
            return m_questions.value(d.itemKey, d.itemKey);
        case Description:
            return d.description;
        case Severity:
            return severityLabel(d.severity);
        case Owner:
            return d.owner;
        case Due:
            return words::date(d.due);
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
    m_questions = m_service.itemQuestions(words::uiLanguage());
    endResetModel();
    if (!defects)
        emit errorOccurred(defects.error().message);
}

} // namespace sagstjek
