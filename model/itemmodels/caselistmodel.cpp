#include "itemmodels/caselistmodel.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"
#include "services/caseservice.h"
#include "services/workersession.h"

#include <QScopedValueRollback>
#include <QtConcurrent/QtConcurrentRun>

namespace sagstjek {

CaseListModel::CaseListModel(CaseService &cases, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cases(cases)
{
    // A watcher's signals always come through the event loop (so a count that is done at once does not arrive
    // inside the reload that started it) and die with it: a continuation with this as context (QFuture::then)
    // could still run in the worker thread after the destructor's wait returned.
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this,
            [this] { countArrived(m_countGeneration, m_countWatcher.result()); });
    refresh();
}

CaseListModel::~CaseListModel()
{
    // The count reads the file on a connection of its own: let it close before the database may go.
    m_counting.waitForFinished();
    for (QFuture<Result<int>> &earlier : m_superseded)
        earlier.waitForFinished();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() >= m_rows.size())
        return {};
    const CaseRow *row = &m_rows.at(index.row());
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
    reload(0); // a new list: from its first page
}

void CaseListModel::setRoundContext(qint64 roundId)
{
    if (roundId == m_roundContext)
        return;
    m_roundContext = roundId;
    reload(0); // a new list: from its first page
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

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the insertion below (a view asking for more while rows arrive).
    if (parent.isValid() || !m_more || m_fetching || m_rows.isEmpty())
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    // Keyset: the page after the last row held, in the list's order (no offset to count past).
    CaseFilter filter = effectiveFilter();
    filter.after = caseListKeyOf(filter, m_rows.constLast());
    auto rows = m_cases.page(filter, 0, PageSize);
    if (!rows) {
        m_more = false;
        m_lastError = rows.error().message;
        emit errorOccurred(m_lastError);
        return;
    }
    m_more = rows->size() == PageSize;
    if (!rows->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
        m_rows.append(std::move(rows).value());
        endInsertRows();
    }
    if (!m_more && m_total < 0) {
        // Every row is held: the count is known without waiting for the thread.
        m_total = int(m_rows.size());
        emit countChanged(m_total);
    }
}

bool CaseListModel::fetchUpTo(int row)
{
    while (row >= m_rows.size() && m_more && !m_fetching) {
        const qsizetype before = m_rows.size();
        fetchMore();
        if (m_rows.size() == before)
            break;
    }
    return row >= 0 && row < m_rows.size();
}

bool CaseListModel::updateStatus(qint64 caseId, const QString &statusKey)
{
    const int row = rowOfCase(caseId);
    if (row >= 0 && m_filter.status.isEmpty() && m_filter.sortColumn != CaseFilter::SortColumn::Progress) {
        m_rows[row].reviewStatus = reviewStatusFromKey(statusKey);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    refresh();
    return false;
}

void CaseListModel::refresh()
{
    reload(int(m_rows.size()));
}

void CaseListModel::reload(int rows)
{
    // No page is appended from a slot of the reset (a view or a tester asking for more while it is under way).
    const QScopedValueRollback resetting(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_total = -1;
    ++m_generation;
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
    // The first page (or as many rows as were held, so that a re-read keeps the user's place), in one query.
    const int wanted = qMax(rows, int(PageSize));
    if (!logged) {
        m_lastError = logged.error().message;
    } else if (auto page = m_cases.page(effectiveFilter(), 0, wanted); page) {
        m_rows = std::move(page).value();
        m_more = m_rows.size() == wanted;
    } else {
        m_lastError = page.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty()) {
        m_total = 0;
        emit countChanged(m_total);
        emit errorOccurred(m_lastError);
        return;
    }
    if (!m_more) {
        m_total = int(m_rows.size()); // the whole search is held: nothing to count
        emit countChanged(m_total);
        return;
    }
    emit countChanged(m_total);
    startCount();
}

void CaseListModel::startCount()
{
    const CaseCountRequest request = m_cases.countRequest(effectiveFilter());
    if (request.location == QStringLiteral(":memory:")) {
        // A private in-memory database has no second connection: count here (tests, dry runs; small).
        countArrived(m_generation, m_cases.count(effectiveFilter()));
        return;
    }
    if (m_counting.isValid() && !m_counting.isFinished())
        m_superseded << m_counting; // its result is dropped, but the destructor waits for its thread
    m_superseded.removeIf([](const QFuture<Result<int>> &f) { return f.isFinished(); });
    m_countGeneration = m_generation;
    m_counting = QtConcurrent::run(workerPool(), [request] { return CaseService::countInBackground(request); });
    m_countWatcher.setFuture(m_counting);
}

void CaseListModel::countArrived(int generation, const Result<int> &counted)
{
    if (generation != m_generation || m_total >= 0)
        return; // for an older search, or already known (waitForCount, or every row read meanwhile)
    if (!counted) {
        m_lastError = counted.error().message;
        emit errorOccurred(m_lastError);
        return;
    }
    m_total = counted.value();
    emit countChanged(m_total);
}

void CaseListModel::waitForCount()
{
    if (m_total >= 0 || !m_counting.isValid() || m_countGeneration != m_generation)
        return;
    m_counting.waitForFinished();
    countArrived(m_countGeneration, m_counting.result());
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

} // namespace sagstjek
