#include "dashboardview.h"

#include "domain/money.h"
#include "domain/words.h"
#include "services/session.h"
#include "services/statistics.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sagstjek {

namespace {

QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *number(int value, const QString &language)
{
    return cell(stats::countText(value, language), Qt::AlignRight | Qt::AlignVCenter);
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

DashboardView::DashboardView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_title(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_message(new QLabel(this))
    , m_rounds(table(
          QStringLiteral("openRounds"),
          {tr("Round"), tr("Progress"), tr("Error-free"), tr("Target"), tr("Open defects"), tr("Grants to correct")},
          this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_items(
          table(QStringLiteral("items"),
                {tr("No."), tr("Met"), tr("Not met"), tr("N/A"), tr("Compliance"), tr("Lower bound"), tr("Check item")},
                this))
    , m_trendChart(new QChart)
    , m_trendView(new QChartView(m_trendChart, this))
    , m_casesTitle(new QLabel(this))
    , m_casesTable(table(QStringLiteral("cases"), {tr("Case number"), tr("Caseworker"), tr("Area")}, this))
    , m_defects(table(QStringLiteral("defectsByOwner"), {tr("Owner"), tr("Open"), tr("Overdue")}, this))
    , m_actions(table(QStringLiteral("actions"), {tr("Rule"), tr("Concerns"), tr("Action")}, this))
    , m_complaints(new QLabel(this))
    , m_lateActions(table(QStringLiteral("lateActions"), {tr("Deadline"), tr("Owner"), tr("Action")}, this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_title->setObjectName(QStringLiteral("title"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_casesTitle->setWordWrap(true);
    m_chartView->setObjectName(QStringLiteral("complianceChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_trendView->setObjectName(QStringLiteral("trendChart"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(240);
    m_trendChart->legend()->setAlignment(Qt::AlignBottom);
    m_trendChart->setMargins(QMargins(4, 4, 4, 4));
    m_trendChart->setLocalizeNumbers(true); // "66,7 %" in Danish
    m_trendChart->setLocale(QLocale(m_session.language() == u"da" ? QLocale::Danish : QLocale::English));
    m_busy->setRange(0, 0); // busy: the load has no steps worth counting
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Load the figures again (F5)"));
    m_items->setToolTip(tr("Choose a check item to list the cases that did not meet it"));
    m_casesTable->setToolTip(tr("Enter or double-click: open the case's cue card in the round"));
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &DashboardView::refresh);

    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    header->addWidget(m_busy);
    header->addWidget(m_cancel);
    header->addWidget(m_refresh);

    auto *casesPanel = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesPanel);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesTitle);
    casesLayout->addWidget(m_casesTable, 1);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addLayout(header, 0, 0, 1, 2);
    grid->addWidget(m_message, 1, 0, 1, 2);
    m_rounds->horizontalHeader()->setStretchLastSection(false);
    m_rounds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_defects->horizontalHeader()->setStretchLastSection(false);
    m_defects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    grid->addWidget(box(tr("Open rounds"), m_rounds, content), 2, 0, 1, 2);
    grid->addWidget(box(tr("Compliance per check item"), m_chartView, content), 3, 0);
    grid->addWidget(box(tr("Cases behind the figure"), casesPanel, content), 3, 1);
    m_items->setMinimumHeight(180);
    grid->addWidget(m_items, 4, 0);
    auto *side = new QWidget(content);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(box(tr("Open defects per owner"), m_defects, side));
    sideLayout->addWidget(box(tr("Management actions waiting"), m_actions, side));
    m_complaints->setObjectName(QStringLiteral("complaints"));
    m_complaints->setWordWrap(true);
    sideLayout->addWidget(box(tr("Reversal rate at Ankestyrelsen"), m_complaints, side));
    sideLayout->addWidget(box(tr("Late actions in the action plan"), m_lateActions, side));
    grid->addWidget(side, 4, 1, 2, 1);
    grid->addWidget(box(tr("Error-free cases over the last rounds"), m_trendView, content), 5, 0);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardView::cancel);
    connect(m_rounds, &QTableWidget::currentCellChanged, this, [this](int row) { selectRound(row); });
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) { selectItem(row); });
    const auto openCase = [this](int row) {
        if (const RoundReport *report = round(); report && row >= 0 && row < m_cases.size())
            emit openCaseRequested(report->roundId, m_cases.at(row).caseId);
    };
    connect(m_casesTable, &QTableWidget::cellActivated, this, openCase);
    connect(&m_watcher, &QFutureWatcher<Result<Dashboard>>::finished, this, [this] {
        if (m_cancelled && m_cancelled->load())
            return; // cancelled: what was shown stays
        present(m_watcher.result());
    });

    setLoading(false);
}

DashboardView::~DashboardView()
{
    cancel();
    m_watcher.waitForFinished(); // the thread reads through the session's database path; let it close first
}

bool DashboardView::isLoading() const
{
    return m_loading;
}

qint64 DashboardView::currentRound() const
{
    const RoundReport *report = round();
    return report ? report->roundId : 0;
}

QString DashboardView::currentItem() const
{
    const RoundReport *report = round();
    return report && m_item >= 0 && m_item < report->items.size() ? report->items.at(m_item).key : QString();
}

QString DashboardView::message() const
{
    return m_message->text();
}

void DashboardView::refresh()
{
    cancel();
    m_message->clear();
    const DashboardRequest request{m_session.database().path(), m_session.userName(), m_session.language(),
                                   m_session.today()};
    if (request.location == QStringLiteral(":memory:")) {
        // A private in-memory database has no second connection: read it here (it is small: tests, dry runs).
        present(m_service.load());
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    setLoading(true);
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [request, cancelled = m_cancelled] {
        return loadDashboard(request, [cancelled] { return cancelled->load(); });
    }));
}

void DashboardView::cancel()
{
    if (!isLoading())
        return;
    m_cancelled->store(true);
    setLoading(false);
    m_message->setText(tr("Cancelled: the figures shown are from the last complete load."));
}

void DashboardView::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading);
    m_cancel->setVisible(loading);
    m_refresh->setEnabled(!loading);
}

void DashboardView::present(Result<Dashboard> result)
{
    setLoading(false);
    if (!result) {
        m_message->setText(tr("The figures could not be loaded: %1").arg(result.error().message));
        emit loaded();
        return;
    }
    const qint64 previousRound = currentRound();
    m_dashboard = std::move(result).value();
    const QString day = words::date(m_dashboard.today, m_session.language());
    m_title->setText(tr("Overview on %1").arg(day));
    fillRounds();
    fillDefects();
    fillTrend();
    fillActions();
    fillComplaintsAndPlan();
    int row = 0;
    for (int i = 0; i < m_dashboard.rounds.size(); ++i)
        if (m_dashboard.rounds.at(i).roundId == previousRound)
            row = i;
    m_round = -1;
    if (m_dashboard.rounds.isEmpty()) {
        selectRound(-1);
        m_message->setText(tr("There is no open round. Start one under Rounds; its figures appear here."));
    } else {
        m_rounds->setCurrentCell(row, 0);
        selectRound(row);
    }
    emit loaded();
}

const RoundReport *DashboardView::round() const
{
    return m_round >= 0 && m_round < m_dashboard.rounds.size() ? &m_dashboard.rounds.at(m_round) : nullptr;
}

QString DashboardView::percent(const std::optional<double> &value) const
{
    return value ? stats::percentText(stats::roundedPercent(*value), m_session.language()) : QStringLiteral("–");
}

void DashboardView::fillRounds()
{
    const QString &language = m_session.language();
    m_rounds->setRowCount(int(m_dashboard.rounds.size()));
    // As tall as its rows (up to five), so the chart gets the room.
    const int shown = std::clamp(int(m_dashboard.rounds.size()), 1, 5);
    m_rounds->setFixedHeight(m_rounds->horizontalHeader()->sizeHint().height() +
                             shown * m_rounds->verticalHeader()->defaultSectionSize() + 2 * m_rounds->frameWidth());
    for (int row = 0; row < m_dashboard.rounds.size(); ++row) {
        const RoundReport &r = m_dashboard.rounds.at(row);
        m_rounds->setItem(row, 0, cell(r.roundName));
        m_rounds->setItem(row, 1,
                          cell(tr("%1 of %2 reviewed, %3 left")
                                   .arg(stats::countText(r.reviewed, language), stats::countText(r.sample, language),
                                        stats::countText(r.remaining(), language))));
        QString errorFree = r.errorFree.n > 0 ? tr("%1 (%2 of %3)")
                                                    .arg(percent(r.errorFree.percent()),
                                                         stats::countText(r.errorFree.successes, language),
                                                         stats::countText(r.errorFree.n, language))
                                              : QStringLiteral("–");
        if (const auto lower = r.errorFree.lower95())
            errorFree += tr("; at least %1").arg(stats::percentText(stats::roundedLowerBound(*lower), language));
        auto *errorFreeCell = cell(errorFree);
        errorFreeCell->setToolTip(stats::shareText(r.errorFree, language, r.targetPercent));
        m_rounds->setItem(row, 2, errorFreeCell);
        m_rounds->setItem(row, 3, cell(stats::percentText(r.targetPercent, language)));
        m_rounds->setItem(row, 4, number(r.defects.open + r.defects.reopened, language));
        auto *grants = cell(r.grants && r.grants->months > 0 ? money::format(r.grants->differenceOre(), language)
                                                             : QStringLiteral("–"),
                            Qt::AlignRight | Qt::AlignVCenter);
        if (r.grants && r.grants->unpricedMonths > 0)
            grants->setToolTip(tr("Months without a rate, not priced: %1").arg(r.grants->unpricedMonths));
        m_rounds->setItem(row, 5, grants);
    }
}

void DashboardView::selectRound(int row)
{
    if (row == m_round && row >= 0)
        return;
    m_round = row >= 0 && row < m_dashboard.rounds.size() ? row : -1;
    m_item = -1;
    fillChart();
    fillItems();
    selectItem(-1);
}

void DashboardView::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_bars = nullptr;
    const RoundReport *report = round();
    if (!report) {
        m_chart->setTitle(QString());
        return;
    }
    const QString &language = m_session.language();
    m_chart->setTitle(report->roundName);

    auto *series = new QBarSeries;
    m_bars = new QBarSet(tr("Compliance"));
    m_bars->setColor(QColor(0x2E, 0x6D, 0xA4));
    auto *lower = new QScatterSeries;
    lower->setName(tr("Lower 95 % bound"));
    lower->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    lower->setMarkerSize(9);
    lower->setColor(QColor(0x1B, 0x1B, 0x1B));
    QStringList categories;
    for (int i = 0; i < report->items.size(); ++i) {
        const ItemFigure &item = report->items.at(i);
        categories << QString::number(i + 1);
        *m_bars << item.compliance.percent().value_or(0);
        if (const auto bound = item.compliance.lower95())
            lower->append(i, stats::roundedLowerBound(*bound));
    }
    series->append(m_bars);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);

    auto *target = new QLineSeries;
    target->setName(tr("Target %1").arg(stats::percentText(report->targetPercent, language)));
    target->setPen(QPen(QColor(0xB0, 0x3A, 0x2E), 2, Qt::DashLine));
    target->append(-0.5, report->targetPercent);
    target->append(report->items.size() - 0.5, report->targetPercent);
    m_chart->addSeries(target);
    if (lower->count() > 0)
        m_chart->addSeries(lower);
    else
        delete lower; // a census has no bound to show

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Check item (number as in the table)"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d %%"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(m_bars, &QBarSet::clicked, this, [this](int index) {
        m_items->setCurrentCell(index, 0);
        selectItem(index);
    });
    connect(m_bars, &QBarSet::hovered, this, [this](bool on, int index) {
        const RoundReport *r = round();
        if (!on || !r || index < 0 || index >= r->items.size()) {
            QToolTip::hideText();
            return;
        }
        const ItemFigure &item = r->items.at(index);
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1. %2\n%3")
                               .arg(index + 1)
                               .arg(item.question.isEmpty() ? item.key : item.question,
                                    stats::shareText(item.compliance, m_session.language(), r->targetPercent)),
                           m_chartView);
    });
}

void DashboardView::fillTrend()
{
    m_trendChart->removeAllSeries();
    for (QAbstractAxis *axis : m_trendChart->axes()) {
        m_trendChart->removeAxis(axis);
        delete axis;
    }
    const QList<TrendRound> &rounds = m_dashboard.trend.rounds;
    const QString &language = m_session.language();
    auto *share = new QLineSeries;
    share->setName(tr("Error-free cases"));
    share->setPen(QPen(QColor(0x2E, 0x6D, 0xA4), 2));
    share->setPointsVisible(true);
    share->setPointLabelsVisible(true);
    share->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    share->setPointLabelsClipping(false);
    auto *lower = new QScatterSeries;
    lower->setName(tr("Lower 95 % bound"));
    lower->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    lower->setMarkerSize(8);
    lower->setColor(QColor(0x1B, 0x1B, 0x1B));
    auto *target = new QLineSeries;
    target->setPen(QPen(QColor(0xB0, 0x3A, 0x2E), 2, Qt::DashLine));
    QStringList categories;
    for (int i = 0; i < rounds.size(); ++i) {
        const TrendRound &round = rounds.at(i);
        // Category labels must differ: two rounds of the same name get their number.
        QString label = round.name.size() > 28 ? round.name.left(27) + QChar(0x2026) : round.name;
        if (categories.contains(label))
            label += QStringLiteral(" (%1)").arg(i + 1);
        categories << label;
        if (const auto percent = round.errorFree.percent())
            share->append(i, stats::roundedPercent(*percent));
        if (const auto bound = round.errorFree.lower95())
            lower->append(i, stats::roundedLowerBound(*bound));
        target->append(i - 0.4, round.targetPercent);
        target->append(i + 0.4, round.targetPercent);
    }
    target->setName(rounds.isEmpty() ? tr("Target")
                                     : tr("Target %1").arg(stats::percentText(rounds.last().targetPercent, language)));
    m_trendChart->setTitle(rounds.isEmpty() ? tr("No round yet.") : QString());
    if (rounds.isEmpty()) {
        delete share;
        delete lower;
        delete target;
        return;
    }
    m_trendChart->addSeries(target);
    m_trendChart->addSeries(share);
    if (lower->count() > 0)
        m_trendChart->addSeries(lower);
    else
        delete lower;
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f %")); // localised numbers: "%.Nf", and the rest is literal text
    m_trendChart->addAxis(x, Qt::AlignBottom);
    m_trendChart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_trendChart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QStringList lines;
    for (const TrendRound &round : rounds)
        lines << QStringLiteral("%1: %2").arg(round.name,
                                              stats::shareText(round.errorFree, language, round.targetPercent));
    m_trendView->setToolTip(lines.join(QLatin1Char('\n')));
}

void DashboardView::fillItems()
{
    const RoundReport *report = round();
    const QString &language = m_session.language();
    const int count = report ? int(report->items.size()) : 0;
    m_items->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const ItemFigure &item = report->items.at(row);
        m_items->setItem(row, 0, number(row + 1, language));
        m_items->setItem(row, 1, number(item.met, language));
        m_items->setItem(row, 2, number(item.notMet, language));
        m_items->setItem(row, 3, number(item.notApplicable, language));
        m_items->setItem(row, 4, cell(percent(item.compliance.percent()), Qt::AlignRight | Qt::AlignVCenter));
        const auto bound = item.compliance.lower95();
        m_items->setItem(
            row, 5,
            cell(bound ? stats::percentText(stats::roundedLowerBound(*bound), language) : QStringLiteral("–"),
                 Qt::AlignRight | Qt::AlignVCenter));
        auto *question = cell(item.question.isEmpty() ? item.key : item.question);
        question->setToolTip(stats::shareText(item.compliance, language, report->targetPercent));
        m_items->setItem(row, 6, question);
    }
}

void DashboardView::selectItem(int index)
{
    const RoundReport *report = round();
    m_cases.clear();
    m_casesTable->setRowCount(0);
    if (!report || index < 0 || index >= report->items.size()) {
        m_item = -1;
        m_casesTitle->setText(report ? tr("Choose a bar or a check item to see the cases that did not meet it.")
                                     : QString());
        return;
    }
    m_item = index;
    const ItemFigure &item = report->items.at(index);
    auto cases = m_service.casesNotMeeting(*report, item.key);
    if (!cases) {
        m_casesTitle->setText(tr("The cases could not be listed: %1").arg(cases.error().message));
        return;
    }
    m_cases = cases.value();
    const QString &language = m_session.language();
    m_casesTitle->setText(
        tr("%1. %2: not met in %3 of %4 reviewed cases.")
            .arg(index + 1)
            .arg(item.question.isEmpty() ? item.key : item.question, stats::countText(item.notMet, language),
                 stats::countText(item.met + item.notMet + item.notApplicable, language)) +
        (m_cases.size() < item.notMet ? QLatin1Char(' ') + tr("You see your own cases only.") : QString()));
    m_casesTable->setRowCount(int(m_cases.size()));
    for (int row = 0; row < m_cases.size(); ++row) {
        const CaseBehind &c = m_cases.at(row);
        m_casesTable->setItem(row, 0, cell(c.caseNumber));
        m_casesTable->setItem(row, 1, cell(c.caseworker));
        m_casesTable->setItem(row, 2, cell(words::area(c.area, m_session.language())));
    }
}

void DashboardView::fillDefects()
{
    const QString &language = m_session.language();
    QList<OwnerDefectCounts> rows;
    for (const OwnerDefectCounts &owner : m_dashboard.defectsByOwner)
        if (owner.open > 0)
            rows << owner;
    std::sort(rows.begin(), rows.end(), [](const OwnerDefectCounts &a, const OwnerDefectCounts &b) {
        return a.overdue != b.overdue ? a.overdue > b.overdue : a.open > b.open;
    });
    m_defects->setRowCount(int(rows.size()) + 1);
    for (int row = 0; row < rows.size(); ++row) {
        m_defects->setItem(row, 0, cell(rows.at(row).owner));
        m_defects->setItem(row, 1, number(rows.at(row).open, language));
        auto *overdue = number(rows.at(row).overdue, language);
        if (rows.at(row).overdue > 0) {
            overdue->setForeground(QColor(0xB0, 0x3A, 0x2E));
            QFont bold = overdue->font();
            bold.setBold(true);
            overdue->setFont(bold);
        }
        m_defects->setItem(row, 2, overdue);
    }
    const int total = int(rows.size());
    m_defects->setItem(total, 0, cell(tr("In all")));
    m_defects->setItem(total, 1, number(m_dashboard.defectTotals.open, language));
    m_defects->setItem(total, 2, number(m_dashboard.defectTotals.overdue, language));
    QFont bold = m_defects->font();
    bold.setBold(true);
    for (int column = 0; column < 3; ++column)
        m_defects->item(total, column)->setFont(bold);
}

void DashboardView::fillActions()
{
    m_actions->setRowCount(int(m_dashboard.openActions.size()));
    for (int row = 0; row < m_dashboard.openActions.size(); ++row) {
        const TriggeredAction &a = m_dashboard.openActions.at(row);
        m_actions->setItem(row, 0, cell(a.ruleName));
        m_actions->setItem(row, 1, cell(a.subject.isEmpty() ? tr("The whole round") : a.subject));
        auto *action = cell(a.action);
        action->setToolTip(a.detail);
        m_actions->setItem(row, 2, action);
    }
}

void DashboardView::fillComplaintsAndPlan()
{
    const QString &language = m_session.language();
    const auto day = [&](const QDate &date) { return words::date(date, language); };
    const ComplaintFigures &c = m_dashboard.complaints;
    QString complaints = tr("From %1 to %2:").arg(day(m_dashboard.complaintsFrom), day(m_dashboard.today));
    complaints += QLatin1Char(' ') + (c.decided() > 0 ? stats::reversalText(c.reversal(), language)
                                                      : tr("no decision on the merits registered."));
    if (c.notConsidered() > 0)
        complaints += QLatin1Char(' ') +
                      tr("%1 rejected or referred, not counted.").arg(stats::countText(c.notConsidered(), language));
    m_complaints->setText(complaints);

    m_lateActions->setRowCount(int(m_dashboard.lateActions.size()));
    for (int row = 0; row < m_dashboard.lateActions.size(); ++row) {
        const LateAction &late = m_dashboard.lateActions.at(row);
        auto *deadline = cell(day(late.action.deadline));
        deadline->setForeground(QColor(0xB0, 0x3A, 0x2E));
        m_lateActions->setItem(row, 0, deadline);
        m_lateActions->setItem(row, 1, cell(late.action.owner));
        auto *what = cell(late.action.what);
        what->setToolTip(late.planName + QStringLiteral(" ▸ ") + late.themeTitle);
        m_lateActions->setItem(row, 2, what);
    }
}

} // namespace sagstjek
