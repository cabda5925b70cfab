#include "caselistwidget.h"

#include "appcontroller.h"
#include "domain/areas.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/filteroptions.h"
#include "services/reviewservice.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

constexpr int SearchDelayMs = 200;
constexpr int SelectionDelayMs = 120;

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

} // namespace

CaseListWidget::CaseListWidget(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_search(new QLineEdit)
    , m_area(makeCombo(QStringLiteral("areaFilter"), tr("Area")))
    , m_status(makeCombo(QStringLiteral("statusFilter"), tr("Review status")))
    , m_caseworker(makeCombo(QStringLiteral("caseworkerFilter"), tr("Caseworker")))
    , m_team(makeCombo(QStringLiteral("teamFilter"), tr("Team")))
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_searchTimer(new QTimer(this))
    , m_selectionTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search case number, name or CPR (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    fillCombos();

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(&m_controller.caseModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::CaseNumber, Qt::AscendingOrder);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Name, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setColumnWidth(CaseListModel::CaseNumber, 108);
    m_table->setColumnWidth(CaseListModel::Cpr, 92);
    m_table->setColumnWidth(CaseListModel::Status, 96);
    m_table->setColumnWidth(CaseListModel::Area, 140);
    m_table->setColumnWidth(CaseListModel::Caseworker, 120);
    m_table->setColumnWidth(CaseListModel::Team, 110);
    // Caseworker and team are filters above; in a narrow list they would only push the status out of view.
    m_table->setColumnHidden(CaseListModel::Caseworker, true);
    m_table->setColumnHidden(CaseListModel::Team, true);
    m_table->setColumnHidden(CaseListModel::Area, true);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_controller.caseModel().caseIdAt(index.row()))
            emit caseActivated(id);
    });
    // The card follows the selection (list/detail): a short pause first, so that moving through the list with
    // an arrow key held down opens only the case it stops on.
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(SelectionDelayMs);
    connect(m_selectionTimer, &QTimer::timeout, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (!index.isValid())
            return;
        if (const qint64 id = m_controller.caseModel().caseIdAt(index.row()))
            emit caseSelected(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionTimer,
            qOverload<>(&QTimer::start));

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_area, 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(m_caseworker, 2, 0);
    filters->addWidget(m_team, 2, 1);

    m_count->setObjectName(QStringLiteral("caseCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_area, m_status, m_caseworker, m_team})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListWidget::applyFilter);

    connect(&m_controller.caseModel(), &CaseListModel::countChanged, this, &CaseListWidget::updateCount);
    connect(&m_controller.caseModel(), &CaseListModel::errorOccurred, this, &CaseListWidget::updateCount);
    connect(&m_controller.service(), &ReviewService::reviewStatusChanged, this, &CaseListWidget::onReviewStatusChanged);
    updateCount();
}

void CaseListWidget::fillCombos()
{
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : Areas::keys())
        m_area->addItem(Areas::label(key), key);

    m_status->addItem(tr("Any review status"), QString());
    m_status->addItem(tr("Not started"), QStringLiteral("not-started"));
    m_status->addItem(tr("In progress"), QStringLiteral("in-progress"));
    m_status->addItem(tr("Completed"), QStringLiteral("completed"));

    m_caseworker->addItem(tr("All caseworkers"), QString());
    if (auto names = filteroptions::caseworkers(m_controller.database()))
        for (const QString &name : names.value())
            m_caseworker->addItem(name, name);

    m_team->addItem(tr("All teams"), QString());
    if (auto teams = filteroptions::teams(m_controller.database()))
        for (const QString &team : teams.value())
            m_team->addItem(team, team);
}

void CaseListWidget::applyFilter()
{
    m_searchTimer->stop();
    CaseFilter filter = m_controller.caseModel().filter();
    filter.search = m_search->text().trimmed();
    filter.area = m_area->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.caseworker = m_caseworker->currentData().toString();
    filter.team = m_team->currentData().toString();
    const CaseFilter &current = m_controller.caseModel().filter();
    if (filter.search == current.search && filter.area == current.area && filter.status == current.status &&
        filter.caseworker == current.caseworker && filter.team == current.team)
        return;
    m_controller.caseModel().setFilter(filter);
    if (m_controller.caseModel().rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_controller.caseModel().index(0, CaseListModel::CaseNumber));
}

void CaseListWidget::updateCount()
{
    // Counted in the background: the rows are there before the number is.
    const CaseListModel &model = m_controller.caseModel();
    const int count = model.totalCount();
    if (count >= 0)
        m_count->setText(tr("%n case(s)", nullptr, count));
    else if (!model.lastError().isEmpty())
        m_count->setText(tr("The cases could not be counted: %1").arg(model.lastError()));
    else
        m_count->setText(tr("Counting cases…"));
}

void CaseListWidget::selectCase(qint64 caseId)
{
    const int row = m_controller.caseModel().rowOfCase(caseId);
    if (row < 0)
        return;
    const QModelIndex index = m_controller.caseModel().index(row, CaseListModel::CaseNumber);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CaseListWidget::refreshKeepingPlace()
{
    CaseListModel &model = m_controller.caseModel();
    const qint64 current = model.caseIdAt(m_table->currentIndex().row());
    const int scrolled = m_table->verticalScrollBar()->value();
    model.refresh();
    if (current)
        selectCase(current);
    m_table->verticalScrollBar()->setValue(scrolled);
}

void CaseListWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListWidget::onReviewStatusChanged(const ReviewRef &ref)
{
    CaseListModel &model = m_controller.caseModel();
    if (ref.roundId != model.roundContext())
        return; // the list shows the statuses of another round's reviews (or of those outside rounds)
    const int row = model.rowOfCase(ref.caseId);
    if (row < 0)
        return;
    auto now = model.currentStatus(ref.caseId);
    if (!now)
        return;
    if (model.index(row, 0).data(CaseListModel::StatusKeyRole).toString() == now.value())
        return;
    // The status changed: the row in place, or (when the filter or order follows the status) the list re-read,
    // keeping the place.
    const int currentRow = m_table->currentIndex().row();
    const qint64 current = model.caseIdAt(currentRow);
    if (model.updateStatus(ref.caseId, now.value()))
        return;
    model.fetchUpTo(qMax(0, currentRow)); // the rows down to the case's place, so that it can be found
    if (current)
        selectCase(current);
}

bool CaseListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            applyFilter();
            if (!m_table->currentIndex().isValid() && m_controller.caseModel().rowCount() > 0)
                m_table->setCurrentIndex(m_controller.caseModel().index(0, CaseListModel::CaseNumber));
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyFilter(); // don't wait for the pause: open what the user sees
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
            if (const qint64 id = m_controller.caseModel().caseIdAt(row))
                emit caseActivated(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sagstjek
