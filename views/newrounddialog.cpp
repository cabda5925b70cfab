#include "newrounddialog.h"

#include "domain/areas.h"
#include "itemmodels/filteroptions.h"
#include "services/roundservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// How long the scope may rest before it is counted: short enough to feel live, long enough not to count on
// every click of a quick series.
constexpr int CountDelayMs = 200;

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setMinimumHeight(90);
    list->setMaximumHeight(120);
    list->setUniformItemSizes(true);
    return list;
}

void addChoice(QListWidget *list, const QString &text, const QString &value)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
}

QStringList checked(const QListWidget *list)
{
    QStringList values;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(Qt::UserRole).toString();
    return values;
}

} // namespace

NewRoundDialog::NewRoundDialog(RoundService &rounds, Database &db, QWidget *parent)
    : QDialog(parent)
    , m_rounds(rounds)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_areas(checkList(this, "areas"))
    , m_teams(checkList(this, "teams"))
    , m_caseworkers(checkList(this, "caseworkers"))
    , m_period(new QDateEdit(this))
    , m_size(new QSpinBox(this))
    , m_stratify(new QComboBox(this))
    , m_perStratum(new QSpinBox(this))
    , m_seed(new QLineEdit(this))
    , m_excludeMonths(new QSpinBox(this))
    , m_includeRemediated(new QCheckBox(tr("Include every case with a defect remediated since the last round"), this))
    , m_target(new QSpinBox(this))
    , m_scopeCount(new QLabel(this))
    , m_ok(nullptr)
    , m_countTimer(new QTimer(this))
{
    setWindowTitle(tr("New review round"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_size->setObjectName(QStringLiteral("size"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_stratify->setObjectName(QStringLiteral("stratify"));
    m_perStratum->setObjectName(QStringLiteral("perStratum"));
    m_period->setObjectName(QStringLiteral("period"));
    m_target->setObjectName(QStringLiteral("target"));
    m_scopeCount->setObjectName(QStringLiteral("scopeCount"));
    m_kind->addItem(tr("Walkthrough (every case in scope)"), roundKindKey(RoundKind::Walkthrough));
    m_kind->addItem(tr("Sample"), roundKindKey(RoundKind::Sample));
    m_kind->addItem(tr("Supervision (one case per caseworker per month)"), roundKindKey(RoundKind::Supervision));
    m_kind->addItem(tr("Self-check"), roundKindKey(RoundKind::SelfCheck));

    // The scope: picked from the data, by name. Nothing checked in a list means "all".
    for (const QString &key : Areas::keys())
        addChoice(m_areas, Areas::label(key), key);
    if (auto teams = filteroptions::teams(db))
        for (const QString &team : teams.value())
            addChoice(m_teams, team, team);
    if (auto caseworkers = filteroptions::caseworkers(db))
        for (const QString &caseworker : caseworkers.value())
            addChoice(m_caseworkers, caseworker, caseworker);
    auto *scopeGrid = new QGridLayout;
    const QList<std::pair<QString, QListWidget *>> lists = {
        {tr("&Areas"), m_areas}, {tr("T&eams"), m_teams}, {tr("&Caseworkers"), m_caseworkers}};
    for (int column = 0; column < lists.size(); ++column) {
        auto *label = new QLabel(lists.at(column).first, this);
        label->setBuddy(lists.at(column).second);
        scopeGrid->addWidget(label, 0, column);
        scopeGrid->addWidget(lists.at(column).second, 1, column);
    }
    auto *scopeHint = new QLabel(tr("Nothing ticked in a list means all of them."), this);
    scopeHint->setEnabled(false);
    scopeGrid->addWidget(scopeHint, 2, 0, 1, 3);

    // Ledelsestilsyn supervises one month: one case per caseworker.
    m_period->setDisplayFormat(QStringLiteral("MM-yyyy"));
    m_period->setCalendarPopup(true);
    const QDate today = QDate::currentDate();
    m_period->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_size->setRange(0, 100000);
    m_stratify->addItem(tr("Not stratified"), QString());
    m_stratify->addItem(tr("Per area"), stratumKey(Stratum::Area));
    m_stratify->addItem(tr("Per caseworker"), stratumKey(Stratum::Caseworker));
    m_stratify->addItem(tr("Per team"), stratumKey(Stratum::Team));
    m_perStratum->setRange(0, 10000);
    m_seed->setPlaceholderText(tr("Drawn at random and shown"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_seed));
    auto *seedHelp = new QLabel(tr("Starting value for the draw — the same number gives the same sample."), this);
    seedHelp->setObjectName(QStringLiteral("seedHelp"));
    seedHelp->setWordWrap(true);
    m_excludeMonths->setRange(0, 120);
    m_excludeMonths->setSpecialValueText(tr("Keep them"));
    m_target->setRange(0, 100);
    m_target->setValue(90);
    m_target->setSuffix(tr(" % error-free"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period (month):"), m_period);
    form->addRow(tr("Sample si&ze:"), m_size);
    form->addRow(tr("S&tratify:"), m_stratify);
    form->addRow(tr("Cases &per stratum:"), m_perStratum);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(QString(), seedHelp);
    form->addRow(tr("E&xclude cases reviewed in the last (months):"), m_excludeMonths);
    form->addRow(QString(), m_includeRemediated);
    form->addRow(tr("&Target:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start round"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled()) // never accept what cannot start a round (Enter in a field presses OK)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QFont bold = m_scopeCount->font();
    bold.setBold(true);
    m_scopeCount->setFont(bold);
    m_scopeCount->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scopeGrid);
    layout->addWidget(m_scopeCount);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &NewRoundDialog::countScope);
    for (QListWidget *list : {m_areas, m_teams, m_caseworkers})
        connect(list, &QListWidget::itemChanged, this, &NewRoundDialog::scheduleCount);
    connect(m_name, &QLineEdit::textChanged, this, &NewRoundDialog::updateEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateEnabled);
    connect(m_stratify, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateEnabled);
    countScope();
}

RoundScope NewRoundDialog::scope() const
{
    RoundScope chosen;
    chosen.areas = checked(m_areas);
    chosen.teams = checked(m_teams);
    chosen.caseworkers = checked(m_caseworkers);
    return chosen;
}

void NewRoundDialog::scheduleCount()
{
    m_scopeCount->setText(tr("Counting…"));
    m_ok->setEnabled(false);
    m_countTimer->start();
}

void NewRoundDialog::countScope()
{
    m_countTimer->stop();
    auto count = m_rounds.countInScope(scope());
    if (!count) {
        m_count = -1;
        m_scopeCount->setText(count.error().message);
    } else {
        m_count = count.value();
        m_scopeCount->setText(m_count == 0 ? tr("No cases in scope: tick other areas, teams or caseworkers.")
                                           : tr("%n case(s) in scope.", nullptr, m_count));
    }
    m_scopeCount->setStyleSheet(m_count > 0 ? QString() : QStringLiteral("color: #b03a2e;"));
    updateEnabled();
}

void NewRoundDialog::updateEnabled()
{
    const QString kind = m_kind->currentData().toString();
    const bool sample = kind == roundKindKey(RoundKind::Sample);
    const bool supervision = kind == roundKindKey(RoundKind::Supervision);
    const bool stratified = !m_stratify->currentData().toString().isEmpty();
    m_size->setEnabled(sample && !stratified);
    m_stratify->setEnabled(sample);
    m_perStratum->setEnabled(sample && stratified);
    m_seed->setEnabled(sample || supervision);
    m_period->setEnabled(supervision);
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && m_count > 0 && !m_countTimer->isActive());
}

RoundSpec NewRoundDialog::spec() const
{
    RoundSpec spec;
    spec.name = m_name->text().trimmed();
    spec.kind = roundKindFromKey(m_kind->currentData().toString()).value_or(RoundKind::Walkthrough);
    spec.scope = scope();
    const bool sample = spec.kind == RoundKind::Sample;
    spec.stratify =
        sample ? stratumFromKey(m_stratify->currentData().toString()).value_or(Stratum::None) : Stratum::None;
    spec.sampleSize = sample && spec.stratify == Stratum::None ? m_size->value() : 0;
    spec.perStratum = spec.stratify != Stratum::None ? m_perStratum->value() : 0;
    if (spec.kind == RoundKind::Supervision) {
        const QDate month = m_period->date();
        spec.periodStart = QDate(month.year(), month.month(), 1);
        spec.periodEnd = spec.periodStart.addMonths(1).addDays(-1);
    }
    bool ok = false;
    const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
    if (ok)
        spec.seed = seed;
    spec.excludeReviewedMonths = m_excludeMonths->value();
    spec.includeRemediated = m_includeRemediated->isChecked();
    spec.targetPercent = m_target->value();
    return spec;
}

} // namespace sagstjek
