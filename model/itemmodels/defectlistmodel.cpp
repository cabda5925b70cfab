#include "itemmodels/defectlistmodel.h"

#include "domain/words.h"
#include "services/defectservice.h"

#include <QScopedValueRollback>

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

bool DefectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

Result<QList<TrackedDefect>> DefectListModel::nextPage()
{
    m_started = true;
    TrackerFilter page = m_filter;
    page.limit = PageSize;
    if (!m_defects.isEmpty())
        page.after = DefectListKey{m_defects.constLast().defect.due, m_defects.constLast().defect.id};
    auto defects = m_service.list(page, false);
    m_more = defects && defects->size() == PageSize;
    return defects;
}

void DefectListModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the insertion below (a view or a tester asking for more while rows arrive).
    if (parent.isValid() || !m_more || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    auto defects = nextPage();
    if (!defects) {
        emit errorOccurred(defects.error().message);
        return;
    }
    if (defects->isEmpty())
        return;
    beginInsertRows({}, int(m_defects.size()), int(m_defects.size() + defects->size() - 1));
    m_defects.append(std::move(defects).value());
    endInsertRows();
}

void DefectListModel::refresh()
{
    // Once a view has asked for rows, the reset brings the first page along (the view keeps its place at the top).
    beginResetModel();
    m_defects.clear();
    m_more = true;
    Result<QList<TrackedDefect>> first = QList<TrackedDefect>();
    if (m_started) {
        first = nextPage();
        if (first)
            m_defects = std::move(first).value();
    }
    m_questions = m_service.itemQuestions(words::uiLanguage());
    endResetModel();
    if (!first)
        emit errorOccurred(first.error().message);
}

} // namespace sagstjek
