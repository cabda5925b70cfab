#include "roundsview.h"

#include "itemmodels/roundmodels.h"
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/roundservice.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    return list;
}

} // namespace

NewRoundDialog::NewRoundDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_areas(new QLineEdit(this))
    , m_caseworkers(new QLineEdit(this))
    , m_size(new QSpinBox(this))
    , m_stratify(new QComboBox(this))
    , m_perStratum(new QSpinBox(this))
    , m_seed(new QLineEdit(this))
    , m_excludeMonths(new QSpinBox(this))
    , m_includeRemediated(new QCheckBox(tr("Include every case with a defect remediated since the last round"), this))
    , m_target(new QSpinBox(this))
{
    setWindowTitle(tr("New review round"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_size->setObjectName(QStringLiteral("size"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_stratify->setObjectName(QStringLiteral("stratify"));
    m_perStratum->setObjectName(QStringLiteral("perStratum"));
    m_kind->addItem(tr("Walkthrough (every case in scope)"), roundKindKey(RoundKind::Walkthrough));
    m_kind->addItem(tr("Sample"), roundKindKey(RoundKind::Sample));
    m_kind->addItem(tr("Supervision (one case per caseworker per month)"), roundKindKey(RoundKind::Supervision));
    m_kind->addItem(tr("Self-check"), roundKindKey(RoundKind::SelfCheck));
    m_areas->setPlaceholderText(tr("All areas (or keys separated by commas)"));
    m_caseworkers->setPlaceholderText(tr("All caseworkers (or names separated by commas)"));
    m_size->setRange(0, 100000);
    m_stratify->addItem(tr("Not stratified"), QString());
    m_stratify->addItem(tr("Per area"), stratumKey(Stratum::Area));
    m_stratify->addItem(tr("Per caseworker"), stratumKey(Stratum::Caseworker));
    m_stratify->addItem(tr("Per team"), stratumKey(Stratum::Team));
    m_perStratum->setRange(0, 10000);
    m_seed->setPlaceholderText(tr("Drawn at random and shown"));
    m_excludeMonths->setRange(0, 120);
    m_excludeMonths->setSpecialValueText(tr("Keep them"));
    m_target->setRange(0, 100);
    m_target->setValue(90);
    m_target->setSuffix(tr(" % error-free"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Areas:"), m_areas);
    form->addRow(tr("&Caseworkers:"), m_caseworkers);
    form->addRow(tr("Sample si&ze:"), m_size);
    form->addRow(tr("S&tratify:"), m_stratify);
    form->addRow(tr("Cases &per stratum:"), m_perStratum);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("E&xclude cases reviewed in the last (months):"), m_excludeMonths);
    form->addRow(QString(), m_includeRemediated);
    form->addRow(tr("&Target:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start round"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateEnabled);
    connect(m_stratify, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateEnabled);
    updateEnabled();
}

void NewRoundDialog::updateEnabled()
{
    const QString kind = m_kind->currentData().toString();
    const bool sample = kind == roundKindKey(RoundKind::Sample);
    const bool stratified = !m_stratify->currentData().toString().isEmpty();
    m_size->setEnabled(sample && !stratified);
    m_stratify->setEnabled(sample);
    m_perStratum->setEnabled(sample && stratified);
    m_seed->setEnabled(sample || kind == roundKindKey(RoundKind::Supervision));
}

RoundSpec NewRoundDialog::spec() const
{
    RoundSpec spec;
    spec.name = m_name->text().trimmed();
    spec.kind = roundKindFromKey(m_kind->currentData().toString()).value_or(RoundKind::Walkthrough);
    spec.scope.areas = splitList(m_areas->text());
    spec.scope.caseworkers = splitList(m_caseworkers->text());
    const bool sample = spec.kind == RoundKind::Sample;
    spec.stratify =
        sample ? stratumFromKey(m_stratify->currentData().toString()).value_or(Stratum::None) : Stratum::None;
    spec.sampleSize = sample && spec.stratify == Stratum::None ? m_size->value() : 0;
    spec.perStratum = spec.stratify != Stratum::None ? m_perStratum->value() : 0;
    bool ok = false;
    const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
    if (ok)
        spec.seed = seed;
    spec.excludeReviewedMonths = m_excludeMonths->value();
    spec.includeRemediated = m_includeRemediated->isChecked();
    spec.targetPercent = m_target->value();
    return spec;
}

RoundsView::RoundsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_rounds(std::make_unique<RoundService>(session))
    , m_approvals(std::make_unique<ApprovalService>(session))
    , m_actions(std::make_unique<ActionRuleService>(session))
    , m_roundModel(new RoundListModel(*m_rounds, this))
    , m_caseModel(new RoundCaseModel(*m_rounds, this))
    , m_roundTable(new QTableView(this))
    , m_caseTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remainingOnly(new QCheckBox(tr("&Remaining only"), this))
    , m_reviewerFilter(new QComboBox(this))
    , m_reviewers(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_actionList(new QListWidget(this))
{
    m_roundTable->setObjectName(QStringLiteral("rounds"));
    m_caseTable->setObjectName(QStringLiteral("roundCases"));
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_message->setObjectName(QStringLiteral("message"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_remainingOnly->setObjectName(QStringLiteral("remainingOnly"));
    m_actionList->setObjectName(QStringLiteral("actions"));

    for (QTableView *table : {m_roundTable, m_caseTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->hide();
        table->setWordWrap(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_roundTable->setModel(m_roundModel);
    m_caseTable->setModel(m_caseModel);
    // Names are long ("Kvalitetsopfølgning 2. halvår 2026"): they get the room, the short columns fit their text.
    m_roundTable->horizontalHeader()->setSectionResizeMode(RoundListModel::Name, QHeaderView::Stretch);
    m_caseTable->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_reviewers->setPlaceholderText(tr("Reviewers, separated by commas"));
    m_comment->setPlaceholderText(tr("Comment (needed to send back) or reason (needed to reopen)"));
    m_reviewerFilter->addItem(tr("All reviewers"), QString());

    auto button = [this](const QString &text, const char *name, void (RoundsView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(button(tr("&New round…"), "newRound", &RoundsView::newRound));
    top->addStretch();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_remainingOnly);
    filters->addWidget(m_reviewerFilter);
    filters->addStretch();
    auto *assign = new QHBoxLayout;
    assign->addWidget(m_reviewers, 1);
    assign->addWidget(button(tr("Assign &evenly"), "assignEvenly", &RoundsView::assignEvenly));
    auto *approval = new QHBoxLayout;
    approval->addWidget(m_comment, 1);
    approval->addWidget(button(tr("&Approve"), "approve", &RoundsView::approveSelected));
    approval->addWidget(button(tr("Send &back"), "sendBack", &RoundsView::sendBackSelected));
    approval->addWidget(button(tr("Re&open"), "reopen", &RoundsView::reopenSelected));
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Management actions:"), this));
    actions->addStretch();
    actions->addWidget(button(tr("E&valuate action rules"), "evaluate", &RoundsView::evaluateActions));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addLayout(filters);
    detailLayout->addWidget(m_caseTable, 3);
    detailLayout->addLayout(assign);
    detailLayout->addLayout(approval);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_actionList, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_roundTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 920});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_roundTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoundsView::showRound);
    connect(m_remainingOnly, &QCheckBox::toggled, m_caseModel, &RoundCaseModel::setRemainingOnly);
    connect(m_reviewerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_caseModel->setReviewer(m_reviewerFilter->currentData().toString()); });
    connect(m_caseTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCaseRequested(m_caseModel->round(), m_caseModel->data(index, RoundCaseModel::CaseIdRole).toLongLong());
    });
    connect(m_roundModel, &RoundListModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_caseModel, &RoundCaseModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    if (m_roundModel->rowCount() > 0)
        m_roundTable->selectRow(0);
}

RoundsView::~RoundsView() = default;

qint64 RoundsView::currentRound() const
{
    const QModelIndex index = m_roundTable->currentIndex();
    return index.isValid() ? m_roundModel->data(index, RoundListModel::RoundIdRole).toLongLong() : 0;
}

void RoundsView::selectRound(qint64 roundId)
{
    const int row = m_roundModel->rowOf(roundId);
    if (row >= 0)
        m_roundTable->selectRow(row);
}

QString RoundsView::message() const
{
    return m_message->text();
}

void RoundsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

qint64 RoundsView::selectedCase() const
{
    const QModelIndex index = m_caseTable->currentIndex();
    return index.isValid() ? m_caseModel->data(index, RoundCaseModel::CaseIdRole).toLongLong() : 0;
}

void RoundsView::refresh()
{
    const qint64 round = currentRound();
    m_roundModel->refresh();
    selectRound(round);
    showRound();
}

void RoundsView::showRound()
{
    const qint64 roundId = currentRound();
    m_caseModel->setRound(roundId);
    m_actionList->clear();
    if (roundId == 0) {
        m_summary->clear();
        return;
    }
    auto round = m_rounds->load(roundId);
    auto progress = m_rounds->progress(roundId);
    auto skipped = m_rounds->skipped(roundId);
    if (!round || !progress || !skipped)
        return showMessage((!round ? round.error() : !progress ? progress.error() : skipped.error()).message, true);
    QStringList lines;
    lines << tr("%1: %2 cases in the population, %3 in scope, %4 reviewed, %5 approved, %6 remaining. Seed %7.")
                 .arg(round->name)
                 .arg(progress->population)
                 .arg(progress->inScope)
                 .arg(progress->reviewed)
                 .arg(progress->approved)
                 .arg(progress->remaining())
                 .arg(round->seed);
    if (progress->reviewed > 0)
        lines << tr("Error-free: %1 % (target %2 %).")
                     .arg(100.0 * progress->errorFree / progress->reviewed, 0, 'f', 0)
                     .arg(round->targetPercent);
    const QString current = m_reviewerFilter->currentData().toString();
    const QSignalBlocker blocker(m_reviewerFilter);
    m_reviewerFilter->clear();
    m_reviewerFilter->addItem(tr("All reviewers"), QString());
    for (const ReviewerProgress &reviewer : progress->reviewers) {
        const QString name = reviewer.reviewer.isEmpty() ? tr("Unassigned") : reviewer.reviewer;
        lines << tr("%1: %2 of %3 reviewed, %4 remaining.")
                     .arg(name)
                     .arg(reviewer.reviewed)
                     .arg(reviewer.inScope)
                     .arg(reviewer.remaining());
        if (!reviewer.reviewer.isEmpty())
            m_reviewerFilter->addItem(reviewer.reviewer, reviewer.reviewer);
    }
    m_reviewerFilter->setCurrentIndex(std::max(0, m_reviewerFilter->findData(current)));
    for (const SkippedStratum &s : skipped.value())
        lines << RoundService::skippedText(s);
    m_summary->setText(lines.join(u'\n'));
    auto actions = m_actions->actions(roundId);
    if (actions)
        for (const TriggeredAction &a : actions.value())
            m_actionList->addItem(
                (a.status == ActionStatus::Done ? tr("Done: %1 — %2 (%3)") : tr("%1 — %2 (%3)"))
                    .arg(a.action, a.subject.isEmpty() ? tr("the whole round") : a.subject, a.detail));
}

void RoundsView::newRound()
{
    auto *dialog = new NewRoundDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createRound(dialog->spec()); });
    dialog->open();
}

void RoundsView::createRound(const RoundSpec &spec)
{
    auto round = m_rounds->create(spec);
    if (!round)
        return showMessage(round.error().message, true);
    m_roundModel->refresh();
    selectRound(round->id);
    showRound();
    showMessage(tr("Round \"%1\" started with seed %2.").arg(round->name).arg(round->seed));
}

void RoundsView::assignEvenly()
{
    const qint64 roundId = currentRound();
    if (roundId == 0)
        return showMessage(tr("Choose a round first."), true);
    auto outcome = m_rounds->assignEvenly(roundId, splitList(m_reviewers->text()));
    if (!outcome)
        return showMessage(outcome.error().message, true);
    QStringList lines{tr("%n case(s) assigned.", nullptr, int(outcome->assigned.size()))};
    for (const AssignmentRefusal &r : outcome->refused)
        lines << r.reason;
    refresh();
    showMessage(lines.join(u'\n'), !outcome->refused.isEmpty());
}

void RoundsView::approveSelected()
{
    const qint64 caseId = selectedCase();
    if (caseId == 0)
        return showMessage(tr("Choose a case first."), true);
    if (auto done = m_approvals->approve(currentRound(), caseId, m_comment->text()); !done)
        return showMessage(done.error().message, true);
    m_comment->clear();
    refresh();
    showMessage(tr("Approved."));
}

void RoundsView::sendBackSelected()
{
    const qint64 caseId = selectedCase();
    if (caseId == 0)
        return showMessage(tr("Choose a case first."), true);
    if (auto done = m_approvals->sendBack(currentRound(), caseId, m_comment->text()); !done)
        return showMessage(done.error().message, true);
    m_comment->clear();
    refresh();
    showMessage(tr("Sent back to the reviewer."));
}

void RoundsView::reopenSelected()
{
    const qint64 caseId = selectedCase();
    if (caseId == 0)
        return showMessage(tr("Choose a case first."), true);
    if (auto done = m_approvals->reopen(currentRound(), caseId, m_comment->text()); !done)
        return showMessage(done.error().message, true);
    m_comment->clear();
    refresh();
    showMessage(tr("Reopened; it needs a new approval when it is completed again."));
}

void RoundsView::evaluateActions()
{
    const qint64 roundId = currentRound();
    if (roundId == 0)
        return showMessage(tr("Choose a round first."), true);
    auto actions = m_actions->evaluate(roundId);
    if (!actions)
        return showMessage(actions.error().message, true);
    showRound();
    showMessage(tr("%n action(s) called for.", nullptr, int(actions->size())));
}

} // namespace sagstjek
