#include "itemmodels/caselistmodel.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"
#include "services/caseservice.h"

namespace sagstjek {

namespace {

constexpr int MaxCachedPages = 40;

} // namespace

CaseListModel::CaseListModel(CaseService &cases, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
{
    refresh();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseRow *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        auto rows = m_cases.page(effectiveFilter(), page * PageSize, PageSize);
        if (!rows) {
            m_lastError = rows.error().message;
            return nullptr;
        }
        it = m_pages.insert(page, std::move(rows).value());
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CaseRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == CaseIdRole)
        return row->id;
    if (role == StatusKeyRole)
        return reviewStatusKey(row->reviewStatus);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseNumber:
        return row->caseNumber;
    case Cpr:
        return cpr::mask(row->cpr); // never the full number in a list
    case Name:
        return row->name;
    case Area:
        return Areas::label(row->area);
    case Caseworker:
        return row->caseworker;
    case Team:
        return row->team;
    case Status:
        return words::caseStatus(row->reviewStatus);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumber:
        return tr("Case number");
    case Cpr:
        return tr("CPR");
    case Name:
        return tr("Citizen");
    case Area:
        return tr("Area");
    case Caseworker:
        return tr("Caseworker");
    case Team:
        return tr("Team");
    case Status:
        return tr("Review");
    default:
        return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseFilter filter = m_filter;
    switch (column) {
    case Name:
        filter.sortColumn = CaseFilter::SortColumn::Name;
        break;
    case Area:
        filter.sortColumn = CaseFilter::SortColumn::Area;
        break;
    case Caseworker:
        filter.sortColumn = CaseFilter::SortColumn::Caseworker;
        break;
    case Team:
        filter.sortColumn = CaseFilter::SortColumn::Team;
        break;
    case Status:
        filter.sortColumn = CaseFilter::SortColumn::Progress;
        break;
    default:
        filter.sortColumn = CaseFilter::SortColumn::CaseNumber; // CPR is not a sort key: it would reveal order
        break;
    }
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CaseListModel::setRoundContext(qint64 roundId)
{
    if (roundId == m_roundContext)
        return;
    m_roundContext = roundId;
    refresh();
}

Result<QString> CaseListModel::currentStatus(qint64 caseId) const
{
    return m_cases.reviewStatus(caseId, m_roundContext);
}

CaseFilter CaseListModel::effectiveFilter() const
{
    CaseFilter filter = m_filter;
    filter.roundId = m_roundContext;
    return filter;
}

void CaseListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_lastError.clear();
    // A new search (not a re-sort or a re-read of the same one) is a use of personal data, logged once; a search
    // that cannot be logged shows nothing.
    const CaseFilter filter = m_cases.scoped(effectiveFilter());
    const QString criterion = CaseService::criterionText(filter);
    sagstjek::Status logged = Ok{};
    if (criterion != m_loggedCriterion) {
        logged = m_cases.recordSearch(filter);
        // A refusal is logged once too: re-reading the same refused search is no new attempt.
        if (logged || logged.error().kind == Error::Kind::Refused)
            m_loggedCriterion = criterion;
    }
    if (!logged) {
        m_lastError = logged.error().message;
    } else if (auto count = m_cases.count(effectiveFilter()); count) {
        m_rowCount = count.value();
    } else {
        m_lastError = count.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

qint64 CaseListModel::caseIdAt(int row) const
{
    const CaseRow *r = rowAt(row);
    return r ? r->id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == caseId)
                return it.key() * PageSize + i;
    return -1;
}

} // namespace sagstjek
