#include "itemmodels/roundmodels.h"

#include "itemmodels/defectlistmodel.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"

#include "services/defectservice.h"
#include "services/roundservice.h"

#include <QScopedValueRollback>

namespace sagstjek {

namespace {

QString kindLabel(RoundKind kind)
{
    return words::roundKind(kind);
}

} // namespace

// RoundListModel

RoundListModel::RoundListModel(RoundService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int RoundListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int RoundListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rounds.size())
        return {};
    const Round &round = m_rounds.at(index.row());
    const RoundProgress &progress = m_progress.at(index.row());
    if (role == RoundIdRole)
        return round.id;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return round.name; // long names are elided in the table
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return round.name;
    case Kind:
        return kindLabel(round.kind);
    case Status:
        if (round.archived())
            return tr("Archived");
        return round.status == RoundStatus::Closed ? tr("Closed") : tr("Active");
    case Reviewed:
        return tr("%1 of %2").arg(progress.reviewed).arg(progress.inScope);
    case Remaining:
        return progress.remaining();
    case Seed:
        return QString::number(round.seed);
    }
    return {};
}

QVariant RoundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Round");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Reviewed:
        return tr("Reviewed");
    case Remaining:
        return tr("Remaining");
    case Seed:
        return tr("Seed");
    }
    return {};
}

void RoundListModel::refresh()
{
    beginResetModel();
    m_rounds.clear();
    m_progress.clear();
    auto rounds = m_service.list();
    if (rounds) {
        for (const Round &round : rounds.value()) {
            if (round.archived() && !m_showArchived)
                continue;
            auto progress = m_service.progress(round.id);
            m_rounds << round;
            m_progress << (progress ? progress.value() : RoundProgress{});
        }
    }
    endResetModel();
    if (!rounds)
        emit errorOccurred(rounds.error().message);
}

void RoundListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refresh();
}

int RoundListModel::rowOf(qint64 roundId) const
{
    for (int row = 0; row < m_rounds.size(); ++row)
        if (m_rounds.at(row).id == roundId)
            return row;
    return -1;
}

// RoundCaseModel

RoundCaseModel::RoundCaseModel(RoundService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int RoundCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int RoundCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoundCaseModel::statusLabel(ReviewStatus status)
{
    return words::roundReviewStatus(status);
}

QVariant RoundCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const RoundCase &c = m_cases.at(index.row());
    if (role == CaseIdRole)
        return c.caseId;
    if (role == StatusKeyRole)
        return c.reviewStatus == ReviewStatus::NotStarted ? QString() : reviewStatusKey(c.reviewStatus);
    if (role == Qt::ToolTipRole && (index.column() == Comment || index.column() == Status) &&
        !c.sentBackComment.isEmpty())
        return tr("Sent back: %1").arg(c.sentBackComment);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Order:
        return c.drawOrder;
    case CaseNumber:
        return c.caseNumber;
    case Citizen:
        return c.cpr.isEmpty() ? c.citizenName : QStringLiteral("%1 (%2)").arg(c.citizenName, cpr::mask(c.cpr));
    case Area:
        return Areas::label(c.area);
    case Caseworker:
        return c.caseworker;
    case Reviewer:
        return c.reviewer.isEmpty() ? tr("Unassigned") : personName(c.reviewer);
    case ReviewedBy:
        return c.reviewed() || !c.reviewedBy.isEmpty() ? personName(c.reviewedBy) : QString();
    case Status:
        return statusLabel(c.reviewStatus);
    case NotMet:
        return c.notMet;
    case Comment:
        return c.sentBackComment;
    }
    return {};
}

QVariant RoundCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("#");
    case CaseNumber:
        return tr("Case");
    case Citizen:
        return tr("Citizen");
    case Area:
        return tr("Area");
    case Caseworker:
        return tr("Caseworker");
    case Reviewer:
        return tr("Reviewer");
    case ReviewedBy:
        return tr("Reviewed by");
    case Status:
        return tr("Review");
    case NotMet:
        return tr("Not met");
    case Comment:
        return tr("Comment from the approver");
    }
    return {};
}

void RoundCaseModel::setRound(qint64 roundId)
{
    m_roundId = roundId;
    reload(0);
}

void RoundCaseModel::setRemainingOnly(bool remainingOnly)
{
    m_remainingOnly = remainingOnly;
    reload(0);
}

void RoundCaseModel::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer;
    reload(0);
}

QString RoundCaseModel::personName(const QString &user) const
{
    return m_displayNames.value(user.trimmed().toCaseFolded(), user);
}

bool RoundCaseModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RoundCaseModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_atEnd)
        readPage();
}

Result<QList<RoundCase>> RoundCaseModel::nextPage() const
{
    RoundCasePage page;
    page.remainingOnly = m_remainingOnly;
    page.assignedTo = m_reviewer;
    page.limit = PageSize;
    if (!m_cases.isEmpty())
        page.afterDraw = m_cases.constLast().drawOrder;
    return m_service.cases(m_roundId, page);
}

bool RoundCaseModel::readPage()
{
    if (m_reading)
        return true; // asked again from a view or tester while the rows are being inserted
    const QScopedValueRollback reading(m_reading, true);
    auto cases = nextPage();
    if (!cases) {
        m_atEnd = true;
        emit errorOccurred(cases.error().message);
        return false;
    }
    m_atEnd = cases->size() < PageSize;
    if (!cases->isEmpty()) {
        beginInsertRows({}, int(m_cases.size()), int(m_cases.size() + cases->size()) - 1);
        m_cases.append(cases.value());
        endInsertRows();
    }
    return true;
}

void RoundCaseModel::refresh()
{
    reload(m_cases.size());
}

void RoundCaseModel::reload(qsizetype depth)
{
    // The first page (and on to `depth`) is read inside the reset, so that a view sees the rows with the reset; a
    // fetchMore() while it is being told of the reset reads nothing.
    const QScopedValueRollback reading(m_reading, true);
    beginResetModel();
    m_cases.clear();
    m_displayNames.clear();
    if (auto users = m_service.reviewerCandidates())
        for (const User &u : users.value())
            m_displayNames.insert(u.name.toCaseFolded(), u.caseworkerName());
    m_atEnd = m_roundId <= 0;
    QString error;
    while (!m_atEnd && (m_cases.isEmpty() || m_cases.size() < depth)) {
        auto cases = nextPage();
        if (!cases) {
            m_atEnd = true;
            error = cases.error().message;
            break;
        }
        m_atEnd = cases->size() < PageSize;
        m_cases.append(cases.value());
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

// DefectTrackerModel

DefectTrackerModel::DefectTrackerModel(DefectService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int DefectTrackerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_defects.size());
}

int DefectTrackerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefectTrackerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_defects.size())
        return {};
    const TrackedDefect &t = m_defects.at(index.row());
    const Defect &d = t.defect;
    if (role == DefectIdRole)
        return d.id;
    if (role == OverdueRole)
        return t.overdue;
    if (role == Qt::ToolTipRole) {
        QStringList lines{d.description};
        if (!t.remediationNote.isEmpty())
            lines << tr("Remediated %1 by %2: %3").arg(words::date(t.remediatedOn), t.remediatedBy, t.remediationNote);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return d.id;
    case CaseNumber:
        return d.caseNumber;
    case Round:
        return t.roundName.isEmpty() ? tr("(none)") : t.roundName;
    case Item:
        return m_questions.value(d.itemKey, d.itemKey);
    case Owner:
        return d.owner;
    case Due:
        return t.overdue ? tr("%1 (overdue)").arg(words::date(d.due)) : words::date(d.due);
    case Status:
        return defectStatusLabel(d.status);
    case RemediatedBy:
        return t.remediatedBy;
    case VerifiedBy:
        return t.verifiedBy;
    }
    return {};
}

QVariant DefectTrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case CaseNumber:
        return tr("Case");
    case Round:
        return tr("Round");
    case Item:
        return tr("Item");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case RemediatedBy:
        return tr("Remediated by");
    case VerifiedBy:
        return tr("Verified by");
    }
    return {};
}

void DefectTrackerModel::setFilter(const TrackerFilter &filter)
{
    m_filter = filter;
    refresh();
}

bool DefectTrackerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

Result<QList<TrackedDefect>> DefectTrackerModel::nextPage()
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

void DefectTrackerModel::fetchMore(const QModelIndex &parent)
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

void DefectTrackerModel::refresh()
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
