#include "itemmodels/accesslogmodel.h"

#include "domain/cpr.h"
#include "domain/words.h"

#include <QScopedValueRollback>

namespace sagstjek {

QString accessActionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Opened the case")},
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Searched")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Printed")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Exported")},
        {QStringLiteral("reveal-cpr"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Revealed the CPR number")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Read the history")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Deleted the case")},
        {QStringLiteral("extract"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Read the access log")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Refused")},
        {QStringLiteral("purge"), QT_TRANSLATE_NOOP("sagstjek::AccessLogModel", "Purged the access log")},
    };
    const char *label = labels.value(action);
    return label ? AccessLogModel::tr(label) : action;
}

AccessLogModel::AccessLogModel(AccessLogService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AccessEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case ActionKeyRole:
        return e.action;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return words::dateText(e.at);
        case User:
            return e.user;
        case Action:
            return accessActionLabel(e.action);
        case CaseNumber:
            return e.caseNumber;
        case Detail: {
            // Stored masked; masked again here so that nothing a writer missed is shown in full.
            QStringList parts;
            if (!e.criterion.isEmpty())
                parts << cpr::maskInText(e.criterion);
            if (!e.purpose.isEmpty())
                parts << cpr::maskInText(e.purpose);
            return parts.join(QStringLiteral(" · "));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case CaseNumber:
        return tr("Case number");
    case Detail:
        return tr("Criterion or purpose");
    default:
        return {};
    }
}

Status AccessLogModel::setQuery(AccessLogQuery query)
{
    query.newestFirst = true;
    query.afterId = 0;
    query.limit = 0;
    beginResetModel();
    m_query = query;
    m_entries.clear();
    m_reader.reset();
    Status opened = Ok{};
    if (auto reader = m_service.open(query); !reader) {
        opened = reader.error();
    } else {
        m_reader.emplace(std::move(reader).value());
        if (auto first = m_reader->next(PageSize); first)
            m_entries = std::move(first).value();
        else
            opened = first.error();
    }
    if (!opened)
        m_reader.reset();
    endResetModel();
    if (!opened)
        emit errorOccurred(opened.error().message);
    return opened;
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isComplete();
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the insertion below (a view asking for more while rows arrive).
    if (parent.isValid() || isComplete() || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    auto page = m_reader->next(PageSize);
    if (!page) {
        m_reader.reset(); // nothing more is asked of a reader that failed
        emit errorOccurred(page.error().message);
        return;
    }
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(std::move(page).value());
    endInsertRows();
}

} // namespace sagstjek
