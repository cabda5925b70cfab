#include "itemmodels/complaintmodels.h"

#include "domain/words.h"
#include "services/statistics.h"

namespace sagstjek {

ComplaintListModel::ComplaintListModel(ComplaintService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    refresh();
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComplaintDecision &d = m_rows.at(index.row());
    if (role == DecisionIdRole)
        return d.id;
    if (role == OutcomeKeyRole)
        return complaints::outcomeKey(d.outcome);
    if (role == Qt::ToolTipRole && index.column() == CaseNumber && !d.caseNumber.isEmpty() && d.caseId == 0)
        return tr("This case number is not in the database; the decision still counts.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Decided:
        return words::date(d.decided, QStringLiteral("da")); // the register is in Danish (outcomeDanish)
    case Paragraph:
        return d.paragraph;
    case Outcome:
        return complaints::outcomeDanish(d.outcome);
    case CaseNumber:
        return d.caseNumber;
    case Note:
        return d.note;
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Decided:
        return tr("Decided");
    case Paragraph:
        return tr("Paragraph");
    case Outcome:
        return tr("Outcome");
    case CaseNumber:
        return tr("Case number");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

void ComplaintListModel::setFilter(const ComplaintFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ComplaintListModel::refresh()
{
    auto rows = m_service.list(m_filter);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<ComplaintDecision>();
    endResetModel();
    if (!rows)
        emit errorOccurred(rows.error().message);
}

ComplaintRateModel::ComplaintRateModel(ComplaintService &service, QString language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_language(std::move(language))
{
    refresh();
}

int ComplaintRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.paragraphs.size()) + 1; // the total last
}

int ComplaintRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ComplaintFigures &ComplaintRateModel::figuresAt(int row) const
{
    return row < m_report.paragraphs.size() ? m_report.paragraphs.at(row) : m_report.total;
}

QVariant ComplaintRateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = index.row() == m_report.paragraphs.size();
    const ComplaintFigures &f = figuresAt(index.row());
    const stats::Reversal r = f.reversal();
    if (role == TooFewRole)
        return f.tooFew();
    if (role == IsTotalRole)
        return total;
    if (role == Qt::ToolTipRole)
        return stats::reversalText(r, m_language);
    if (role == Qt::TextAlignmentRole && index.column() != Paragraph && index.column() != Judgement)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Paragraph:
        return total ? tr("Total") : f.paragraph;
    case Decided:
        return stats::countText(f.decided(), m_language);
    case Reversed:
        return stats::countText(f.reversed(), m_language);
    case NotConsidered:
        return stats::countText(f.notConsidered(), m_language);
    case Rate:
        return r.percent() ? stats::percentText(*r.percent(), m_language) : QString();
    case Interval:
        if (const auto bounds = r.interval95())
            return tr("%1 to %2")
                .arg(stats::percentText(stats::roundedLowerBound(bounds->low), m_language),
                     stats::percentText(stats::roundedUpperBound(bounds->high), m_language));
        return QString();
    case Judgement:
        if (r.decided == 0)
            return tr("nothing decided on the merits");
        return f.tooFew() ? tr("too few to judge") : QString();
    default:
        return {};
    }
}

QVariant ComplaintRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Paragraph:
        return tr("Paragraph");
    case Decided:
        return tr("Decided on the merits");
    case Reversed:
        return tr("Reversed");
    case NotConsidered:
        return tr("Rejected or referred");
    case Rate:
        return tr("Reversal rate");
    case Interval:
        return tr("95 % interval");
    case Judgement:
        return tr("Note");
    default:
        return {};
    }
}

void ComplaintRateModel::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void ComplaintRateModel::refresh()
{
    auto report = m_service.report(m_from, m_to);
    beginResetModel();
    m_report = report ? report.value() : ComplaintReport{};
    endResetModel();
    if (!report)
        emit errorOccurred(report.error().message);
}

} // namespace sagstjek
