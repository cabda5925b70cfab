#include "grantsview.h"

#include "domain/money.h"
#include "services/grantservice.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, Qt::Alignment numbersFrom = {}, int firstNumber = -1)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto *item = new QTableWidgetItem(cells.at(col));
        if (firstNumber >= 0 && col >= firstNumber)
            item->setTextAlignment(numbersFrom | Qt::AlignVCenter);
        t->setItem(row, col, item);
    }
}

} // namespace

GrantsView::GrantsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(std::make_unique<GrantService>(session))
    , m_case(new QLineEdit)
    , m_lines(table(QStringLiteral("grantLines"),
                    {tr("Month"), tr("Received"), tr("Entitled"), tr("Target group"), tr("Difference"), tr("Reason")}))
    , m_month(new QLineEdit)
    , m_received(new QCheckBox(tr("Received")))
    , m_entitled(new QCheckBox(tr("Entitled")))
    , m_group(new QComboBox)
    , m_reason(new QLineEdit)
    , m_save(new QPushButton(tr("Save month")))
    , m_remove(new QPushButton(tr("Remove month")))
    , m_rates(table(QStringLiteral("grantRates"), {tr("Target group"), tr("Year"), tr("Rate per month"), tr("Source")}))
    , m_rateYear(new QSpinBox)
    , m_rateAmount(new QLineEdit)
    , m_rateGroup(new QComboBox)
    , m_setRate(new QPushButton(tr("Set rate")))
    , m_years(table(QStringLiteral("grantYears"), {tr("Year"), tr("Months"), tr("To repay"), tr("To claim"),
                                                   tr("Difference"), tr("Months without a rate")}))
    , m_total(new QLabel)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("grantsView"));
    const QString language = m_session.language();
    m_case->setObjectName(QStringLiteral("grantCase"));
    m_case->setPlaceholderText(tr("Case number"));
    m_month->setObjectName(QStringLiteral("grantMonth"));
    m_month->setPlaceholderText(tr("YYYY-MM"));
    m_received->setObjectName(QStringLiteral("grantReceived"));
    m_entitled->setObjectName(QStringLiteral("grantEntitled"));
    m_group->setObjectName(QStringLiteral("grantGroup"));
    m_rateGroup->setObjectName(QStringLiteral("rateGroup"));
    for (const QString &key : {grants::Basic, grants::UnaccompaniedMinor}) {
        m_group->addItem(grants::targetGroupLabel(key, language), key);
        m_rateGroup->addItem(grants::targetGroupLabel(key, language), key);
    }
    m_reason->setObjectName(QStringLiteral("grantReason"));
    m_reason->setPlaceholderText(tr("Before the takeover, after the integration period, self-supporting, …"));
    m_save->setObjectName(QStringLiteral("grantSave"));
    m_remove->setObjectName(QStringLiteral("grantRemove"));
    m_rateYear->setObjectName(QStringLiteral("rateYear"));
    m_rateYear->setRange(1999, 2100);
    m_rateYear->setValue(m_session.today().year());
    m_rateAmount->setObjectName(QStringLiteral("rateAmount"));
    m_rateAmount->setPlaceholderText(tr("Kroner per month, e.g. 3.127,50"));
    m_setRate->setObjectName(QStringLiteral("rateSet"));
    m_total->setObjectName(QStringLiteral("grantTotal"));
    m_message->setObjectName(QStringLiteral("grantMessage"));
    m_message->setWordWrap(true);

    auto *show = new QPushButton(tr("Show"));
    show->setObjectName(QStringLiteral("grantShow"));
    auto *caseRow = new QHBoxLayout;
    caseRow->addWidget(new QLabel(tr("Case:")));
    caseRow->addWidget(m_case, 1);
    caseRow->addWidget(show);

    auto *form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_received);
    flags->addWidget(m_entitled);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    form->addRow(tr("Target group:"), m_group);
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

    auto *linesBox = new QGroupBox(tr("Grant lines of the case"));
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addLayout(caseRow);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addLayout(form);

    auto *rateForm = new QHBoxLayout;
    rateForm->addWidget(m_rateGroup);
    rateForm->addWidget(m_rateYear);
    rateForm->addWidget(m_rateAmount, 1);
    rateForm->addWidget(m_setRate);
    auto *ratesBox = new QGroupBox(tr("Rates per month"));
    auto *ratesLayout = new QVBoxLayout(ratesBox);
    ratesLayout->addWidget(m_rates, 1);
    ratesLayout->addLayout(rateForm);

    auto *totalsBox = new QGroupBox(tr("Differences to correct at the year's accounts"));
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_years, 1);
    totalsLayout->addWidget(m_total);

    auto *right = new QVBoxLayout;
    right->addWidget(ratesBox, 1);
    right->addWidget(totalsBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(linesBox, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);

    const bool mayEdit = m_session.policy().may(Permission::ManageGrants);
    for (QWidget *w : std::initializer_list<QWidget *>{m_month, m_received, m_entitled, m_group, m_reason, m_save,
                                                       m_remove, m_rateYear, m_rateAmount, m_rateGroup, m_setRate})
        w->setEnabled(mayEdit);
    if (!mayEdit)
        showMessage(tr("You may read the grants; entering lines and rates is for consultants, coordinators and "
                       "leaders."));

    connect(show, &QPushButton::clicked, this, [this] { showCase(m_case->text()); });
    connect(m_case, &QLineEdit::returnPressed, this, [this] { showCase(m_case->text()); });
    connect(m_save, &QPushButton::clicked, this, &GrantsView::saveLine);
    connect(m_remove, &QPushButton::clicked, this, &GrantsView::removeLine);
    connect(m_setRate, &QPushButton::clicked, this, &GrantsView::setRate);
    connect(m_rateAmount, &QLineEdit::returnPressed, this, &GrantsView::setRate);
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &GrantsView::lineSelected);
    refresh();
}

GrantsView::~GrantsView() = default;

QString GrantsView::message() const
{
    return m_message->text();
}

QString GrantsView::amount(qint64 ore) const
{
    return money::format(ore, m_session.language());
}

void GrantsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void GrantsView::showCase(const QString &caseNumber)
{
    m_caseNumber = caseNumber.trimmed();
    if (m_case->text() != m_caseNumber)
        m_case->setText(m_caseNumber);
    fillLines();
}

void GrantsView::showCaseId(qint64 caseId)
{
    // The cue card opened the case and logged it.
    auto number = m_service->caseNumber(caseId);
    if (!number)
        return;
    m_openedCase = number.value();
    showCase(number.value());
}

void GrantsView::refresh()
{
    fillLines();
    fillRates();
    fillTotals();
}

void GrantsView::fillLines()
{
    m_lines->setRowCount(0);
    if (m_caseNumber.isEmpty())
        return;
    auto lines = m_service->lines(m_caseNumber, m_openedCase.compare(m_caseNumber, Qt::CaseInsensitive) == 0);
    if (!lines) {
        showMessage(lines.error().message, true);
        return;
    }
    m_openedCase = m_caseNumber;
    auto rates = m_service->rates();
    const QList<GrantRate> rateList = rates ? rates.value() : QList<GrantRate>();
    const QString language = m_session.language();
    m_lines->setRowCount(int(lines->size()));
    int row = 0;
    for (const GrantLine &line : lines.value()) {
        QString difference;
        if (line.sign() != 0) {
            difference = tr("no rate for %1").arg(grants::yearOf(line.month));
            for (const GrantRate &rate : rateList)
                if (rate.targetGroup == line.targetGroup && rate.year == grants::yearOf(line.month))
                    difference = amount(line.sign() * rate.rateOre);
        }
        setRow(m_lines, row,
               {line.month, line.received ? tr("yes") : tr("no"), line.entitled ? tr("yes") : tr("no"),
                grants::targetGroupLabel(line.targetGroup, language), difference, line.reason});
        m_lines->item(row, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ++row;
    }
    showMessage(tr("Case %1: months entered: %2.").arg(m_caseNumber).arg(lines->size()));
}

void GrantsView::fillRates()
{
    auto rates = m_service->rates();
    if (!rates) {
        showMessage(rates.error().message, true);
        return;
    }
    m_rates->setRowCount(int(rates->size()));
    int row = 0;
    for (const GrantRate &rate : rates.value())
        setRow(m_rates, row++,
               {grants::targetGroupLabel(rate.targetGroup, m_session.language()), QString::number(rate.year),
                amount(rate.rateOre), rate.source},
               Qt::AlignRight, 1);
}

void GrantsView::fillTotals()
{
    GrantReportFilter totalsOnly;
    totalsOnly.perCase = false;
    auto report = m_service->report(totalsOnly);
    if (!report) {
        showMessage(report.error().message, true);
        return;
    }
    m_years->setRowCount(int(report->years.size()));
    int row = 0;
    for (const GrantYearSum &y : report->years)
        setRow(m_years, row++,
               {QString::number(y.year), QString::number(y.sum.months), amount(y.sum.repayOre), amount(-y.sum.claimOre),
                amount(y.sum.differenceOre()), QString::number(y.sum.unpricedMonths)},
               Qt::AlignRight, 1);
    QString total = tr("Total: %1 to repay, %2 to claim, net %3.")
                        .arg(amount(report->total.repayOre), amount(-report->total.claimOre),
                             amount(report->total.differenceOre()));
    if (report->total.unpricedMonths > 0)
        total +=
            u' ' +
            tr("Months without a rate, not counted: %1; set the rate of their year.").arg(report->total.unpricedMonths);
    m_total->setText(total);
}

void GrantsView::lineSelected()
{
    const auto selected = m_lines->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    auto lines = m_service->lines(m_caseNumber, true);
    if (!lines || row >= lines->size())
        return;
    const GrantLine &line = lines->at(row);
    m_month->setText(line.month);
    m_received->setChecked(line.received);
    m_entitled->setChecked(line.entitled);
    m_group->setCurrentIndex(m_group->findData(line.targetGroup));
    m_reason->setText(line.reason);
}

void GrantsView::saveLine()
{
    if (m_caseNumber.isEmpty())
        showCase(m_case->text());
    GrantLine line;
    line.month = m_month->text();
    line.received = m_received->isChecked();
    line.entitled = m_entitled->isChecked();
    line.targetGroup = m_group->currentData().toString();
    line.reason = m_reason->text();
    auto stored = m_service->setLine(m_caseNumber, line);
    if (!stored) {
        showMessage(stored.error().message, true);
        return;
    }
    fillLines();
    fillTotals();
    showMessage(tr("Saved %1 of case %2.").arg(stored->month, m_caseNumber));
}

void GrantsView::removeLine()
{
    const QString month = m_month->text();
    if (auto removed = m_service->removeLine(m_caseNumber, month); !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    fillLines();
    fillTotals();
    showMessage(tr("Removed %1 of case %2.").arg(month, m_caseNumber));
}

void GrantsView::setRate()
{
    auto ore = money::parseKroner(m_rateAmount->text());
    if (!ore) {
        showMessage(ore.error().message, true);
        return;
    }
    const QString group = m_rateGroup->currentData().toString();
    if (auto set = m_service->setRate(m_rateYear->value(), ore.value(), group); !set) {
        showMessage(set.error().message, true);
        return;
    }
    fillRates();
    fillLines();
    fillTotals();
    showMessage(tr("The rate for %1 %2 is now %3 a month.")
                    .arg(grants::targetGroupLabel(group, m_session.language()))
                    .arg(m_rateYear->value())
                    .arg(amount(ore.value())));
}

} // namespace sagstjek
