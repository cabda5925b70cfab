#include "roundsview.h"

#include "newrounddialog.h"

#include "itemmodels/roundmodels.h"
#include "services/accesspolicy.h"
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/roundservice.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

RoundsView::RoundsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
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
    , m_showArchived(new QCheckBox(tr("Show arc&hived"), this))
    , m_reviewerFilter(new QComboBox(this))
    , m_reviewers(new QListWidget(this))
    , m_assignTo(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_actionList(new QListWidget(this))
    , m_assignPanel(new QWidget(this))
    , m_approvalPanel(new QWidget(this))
{
    const AccessPolicy &policy = session.policy();
    m_manage = policy.may(Permission::ManageRounds);
    m_approve = policy.may(Permission::Approve);
    // A caseworker starts self-checks of their own cases; everything else is for those who run rounds.
    const bool mayStart = m_manage || (!policy.isBootstrap() && policy.user().role == Role::Caseworker);

    m_roundTable->setObjectName(QStringLiteral("rounds"));
    m_caseTable->setObjectName(QStringLiteral("roundCases"));
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_assignTo->setObjectName(QStringLiteral("assignTo"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_message->setObjectName(QStringLiteral("message"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_remainingOnly->setObjectName(QStringLiteral("remainingOnly"));
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_actionList->setObjectName(QStringLiteral("actions"));
    m_assignPanel->setObjectName(QStringLiteral("assignPanel"));
    m_approvalPanel->setObjectName(QStringLiteral("approvalPanel"));

    for (QTableView *table : {m_roundTable, m_caseTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setWordWrap(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_roundTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // Several cases can be (re)assigned at once: Ctrl/Shift+click.
    m_caseTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roundTable->setModel(m_roundModel);
    m_caseTable->setModel(m_caseModel);
    // Names are long ("Kvalitetsopfølgning 2. halvår 2026"): they get the room (elided in the middle, the whole
    // name in the tooltip), the short columns fit their text.
    m_roundTable->horizontalHeader()->setSectionResizeMode(RoundListModel::Name, QHeaderView::Stretch);
    m_roundTable->setTextElideMode(Qt::ElideMiddle);
    m_roundTable->horizontalHeader()->setSectionHidden(RoundListModel::Seed, true); // in the summary
    m_caseTable->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_comment->setPlaceholderText(tr("Comment (needed to send back) or reason (needed to reopen)"));
    m_reviewerFilter->addItem(tr("All reviewers"), QString());
    // The reviewers picker: every active user who may review, ticked to share cases among them. Nothing is
    // typed, so a mistyped name cannot receive cases.
    m_reviewers->setFlow(QListView::LeftToRight);
    m_reviewers->setWrapping(true);
    m_reviewers->setResizeMode(QListView::Adjust);
    m_reviewers->setSpacing(2);
    m_reviewers->setFixedHeight(3 * fontMetrics().height() + 8);

    auto button = [this](const QString &text, const char *name, void (RoundsView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_newRound = button(tr("&New round…"), "newRound", &RoundsView::newRound);
    m_close = button(tr("C&lose round"), "closeRound", &RoundsView::closeRound);
    m_reopen = button(tr("Reopen ro&und"), "reopenRound", &RoundsView::reopenRound);
    m_archive = button(tr("Arc&hive"), "archiveRound", &RoundsView::toggleArchived);
    m_evaluate = button(tr("E&valuate action rules"), "evaluate", &RoundsView::evaluateActions);
    auto *top = new QHBoxLayout;
    top->addWidget(m_newRound);
    top->addWidget(m_close);
    top->addWidget(m_reopen);
    top->addWidget(m_archive);
    top->addStretch();
    top->addWidget(m_showArchived);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_remainingOnly);
    filters->addWidget(m_reviewerFilter);
    filters->addStretch();

    auto *assignLayout = new QGridLayout(m_assignPanel);
    assignLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickLabel = new QLabel(tr("Re&viewers:"), m_assignPanel);
    pickLabel->setBuddy(m_reviewers);
    assignLayout->addWidget(pickLabel, 0, 0, Qt::AlignTop);
    assignLayout->addWidget(m_reviewers, 0, 1);
    assignLayout->addWidget(button(tr("Assign &evenly"), "assignEvenly", &RoundsView::assignEvenly), 0, 2,
                            Qt::AlignTop);
    auto *toLabel = new QLabel(tr("Assign the selected cases &to:"), m_assignPanel);
    toLabel->setBuddy(m_assignTo);
    assignLayout->addWidget(toLabel, 1, 0);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_assignTo, 1);
    toRow->addWidget(button(tr("Assi&gn"), "assignSelected", &RoundsView::assignSelected));
    assignLayout->addLayout(toRow, 1, 1, 1, 2);
    assignLayout->setColumnStretch(1, 1);

    auto *approval = new QHBoxLayout(m_approvalPanel);
    approval->setContentsMargins(0, 0, 0, 0);
    approval->addWidget(m_comment, 1);
    approval->addWidget(button(tr("&Approve"), "approve", &RoundsView::approveSelected));
    approval->addWidget(button(tr("Send &back"), "sendBack", &RoundsView::sendBackSelected));
    approval->addWidget(button(tr("Re&open"), "reopen", &RoundsView::reopenSelected));
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Management actions:"), this));
    actions->addStretch();
    actions->addWidget(m_evaluate);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addLayout(filters);
    detailLayout->addWidget(m_caseTable, 3);
    detailLayout->addWidget(m_assignPanel);
    detailLayout->addWidget(m_approvalPanel);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_actionList, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_roundTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    // Each role sees only what it may use.
    m_newRound->setVisible(mayStart);
    for (QWidget *w : std::initializer_list<QWidget *>{m_close, m_reopen, m_archive, m_assignPanel, m_evaluate})
        w->setVisible(m_manage);
    m_approvalPanel->setVisible(m_approve);

    connect(m_roundTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoundsView::showRound);
    connect(m_remainingOnly, &QCheckBox::toggled, m_caseModel, &RoundCaseModel::setRemainingOnly);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool on) {
        const qint64 round = currentRound();
        m_roundModel->setShowArchived(on);
        selectRound(round);
        showRound();
    });
    connect(m_reviewerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_caseModel->setReviewer(m_reviewerFilter->currentData().toString()); });
    connect(m_caseTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCaseRequested(m_caseModel->round(), m_caseModel->data(index, RoundCaseModel::CaseIdRole).toLongLong());
    });
    connect(m_roundModel, &RoundListModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_caseModel, &RoundCaseModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    loadReviewers();
    updateButtons();
}

RoundsView::~RoundsView() = default;

void RoundsView::loadReviewers()
{
    m_reviewers->clear();
    m_assignTo->clear();
    auto candidates = m_rounds->reviewerCandidates();
    if (!candidates)
        return showMessage(candidates.error().message, true);
    for (const User &user : candidates.value()) {
        auto *item = new QListWidgetItem(user.caseworkerName(), m_reviewers);
        item->setData(Qt::UserRole, user.name);
        item->setToolTip(user.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked); // never carried over from the previous round
        m_assignTo->addItem(user.caseworkerName(), user.name);
    }
    if (candidates->isEmpty())
        m_reviewers->addItem(tr("No users yet: an administrator adds them with sagstjek-cli users add."));
}

QStringList RoundsView::checkedReviewers() const
{
    QStringList names;
    for (int row = 0; row < m_reviewers->count(); ++row)
        if (m_reviewers->item(row)->checkState() == Qt::Checked)
            names << m_reviewers->item(row)->data(Qt::UserRole).toString();
    return names;
}

qint64 RoundsView::currentRound() const
{
    const QModelIndex index = m_roundTable->currentIndex();
    return index.isValid() ? m_roundModel->data(index, RoundListModel::RoundIdRole).toLongLong() : 0;
}

void RoundsView::selectRound(qint64 roundId)
{
    ensureRead();
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

QList<qint64> RoundsView::selectedCases() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_caseTable->selectionModel()->selectedRows())
        ids << m_caseModel->data(index, RoundCaseModel::CaseIdRole).toLongLong();
    if (ids.isEmpty() && selectedCase() != 0)
        ids << selectedCase();
    return ids;
}

void RoundsView::selectCases(const QList<qint64> &caseIds)
{
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_caseModel->rowCount(); ++row)
        if (caseIds.contains(m_caseModel->caseAt(row).caseId)) {
            selection.select(m_caseModel->index(row, 0), m_caseModel->index(row, RoundCaseModel::ColumnCount - 1));
            if (!current.isValid())
                current = m_caseModel->index(row, RoundCaseModel::CaseNumber);
        }
    if (current.isValid())
        m_caseTable->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_caseTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RoundsView::ensureRead()
{
    if (!m_read)
        refresh();
}

void RoundsView::refresh()
{
    const bool first = !m_read;
    m_read = true;
    m_stale = false;
    const qint64 round = currentRound();
    const QList<qint64> cases = selectedCases();
    {
        const QSignalBlocker blocker(m_roundTable->selectionModel());
        m_roundModel->refresh();
        int row = m_roundModel->rowOf(round);
        if (first && m_roundModel->rowCount() > 0)
            row = 0; // the first time: the list's first round
        if (row >= 0)
            m_roundTable->setCurrentIndex(m_roundModel->index(row, RoundListModel::Name));
    }
    showRound();
    selectCases(cases);
}

void RoundsView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void RoundsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || !m_read)
        refresh();
}

void RoundsView::updateButtons()
{
    const int row = m_roundModel->rowOf(currentRound());
    const bool has = row >= 0;
    const bool active = has && m_roundModel->roundAt(row).status == RoundStatus::Active;
    const bool archived = has && m_roundModel->roundAt(row).archived();
    m_close->setEnabled(active);
    m_reopen->setEnabled(has && !active);
    m_archive->setEnabled(has);
    m_archive->setText(archived ? tr("Bring back from the arc&hive") : tr("Arc&hive"));
    m_assignPanel->setEnabled(active);
}

void RoundsView::showRound()
{
    const qint64 roundId = currentRound();
    if (roundId != m_caseModel->round()) {
        // Another round: its own reviewers are chosen afresh.
        for (int row = 0; row < m_reviewers->count(); ++row)
            if (m_reviewers->item(row)->flags() & Qt::ItemIsUserCheckable)
                m_reviewers->item(row)->setCheckState(Qt::Unchecked);
    }
    m_caseModel->setRound(roundId);
    m_actionList->clear();
    updateButtons();
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
    QStringList perPerson;
    for (const ReviewerProgress &reviewer : progress->reviewers) {
        const QString name =
            reviewer.reviewer.isEmpty() ? tr("Unassigned") : m_caseModel->personName(reviewer.reviewer);
        perPerson << tr("%1: %2 assigned, %3 reviewed by them, %4 left")
                         .arg(name)
                         .arg(reviewer.inScope)
                         .arg(reviewer.reviewed)
                         .arg(reviewer.remaining());
        if (!reviewer.reviewer.isEmpty() && reviewer.inScope > 0)
            m_reviewerFilter->addItem(m_caseModel->personName(reviewer.reviewer), reviewer.reviewer);
    }
    if (!perPerson.isEmpty())
        lines << perPerson.join(QStringLiteral("; ")) + u'.';
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
    auto *dialog = new NewRoundDialog(*m_rounds, m_session.database(), this);
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
    const QStringList reviewers = checkedReviewers();
    if (reviewers.isEmpty())
        return showMessage(tr("Tick the reviewers to share the cases among."), true);
    auto outcome = m_rounds->assignEvenly(roundId, reviewers);
    if (!outcome)
        return showMessage(outcome.error().message, true);
    QStringList lines{tr("%n case(s) assigned.", nullptr, int(outcome->assigned.size()))};
    for (const AssignmentRefusal &r : outcome->refused)
        lines << r.reason;
    refresh();
    showMessage(lines.join(u'\n'), !outcome->refused.isEmpty());
}

void RoundsView::assignSelected()
{
    const qint64 roundId = currentRound();
    if (roundId == 0)
        return showMessage(tr("Choose a round first."), true);
    const QList<qint64> ids = selectedCases();
    if (ids.isEmpty())
        return showMessage(tr("Select the cases to assign in the table first."), true);
    const QString reviewer = m_assignTo->currentData().toString();
    if (reviewer.isEmpty())
        return showMessage(tr("Choose the reviewer to assign the cases to."), true);
    QStringList numbers;
    for (int row = 0; row < m_caseModel->rowCount(); ++row)
        if (ids.contains(m_caseModel->caseAt(row).caseId))
            numbers << m_caseModel->caseAt(row).caseNumber;
    auto outcome = m_rounds->assign(roundId, reviewer, numbers);
    if (!outcome)
        return showMessage(outcome.error().message, true);
    refresh();
    showMessage(tr("%n case(s) assigned to %1.", nullptr, int(numbers.size())).arg(m_assignTo->currentText()));
}

void RoundsView::closeRound()
{
    const qint64 roundId = currentRound();
    if (roundId == 0)
        return showMessage(tr("Choose a round first."), true);
    if (auto done = m_rounds->close(roundId); !done)
        return showMessage(done.error().message, true);
    refresh();
    showMessage(tr("The round is closed; no new review starts in it."));
}

void RoundsView::reopenRound()
{
    const qint64 roundId = currentRound();
    if (roundId == 0)
        return showMessage(tr("Choose a round first."), true);
    if (auto done = m_rounds->reopen(roundId); !done)
        return showMessage(done.error().message, true);
    refresh();
    showMessage(tr("The round is open again."));
}

void RoundsView::toggleArchived()
{
    const int row = m_roundModel->rowOf(currentRound());
    if (row < 0)
        return showMessage(tr("Choose a round first."), true);
    const Round round = m_roundModel->roundAt(row);
    if (auto done = m_rounds->setArchived(round.id, !round.archived()); !done)
        return showMessage(done.error().message, true);
    refresh();
    if (m_roundModel->rowOf(round.id) < 0 && m_roundModel->rowCount() > 0)
        m_roundTable->selectRow(0);
    showMessage(round.archived() ? tr("\"%1\" is back in the list of rounds.").arg(round.name)
                                 : tr("\"%1\" is archived: it is shown with \"Show archived\".").arg(round.name));
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
