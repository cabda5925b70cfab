#include "cuecardwidget.h"

#include "cueitemwidget.h"
#include "defecteditor.h"
#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"
#include "messagebar.h"
#include "revieweditor.h"

#include <QApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// A refused completion lists this many problems; the rest are counted (the card must stay in view).
constexpr int MaxProblemLines = 8;

// The badge shows the case list's three statuses, and says when the review was sent back or is approved.
QString statusLabel(ReviewStatus status)
{
    // Sent back and approved are said on the badge; the rest read as the case list's three statuses.
    if (status == ReviewStatus::SentBack || status == ReviewStatus::Approved)
        return words::reviewStatus(status);
    return words::caseStatus(status);
}

QString statusStyle(ReviewStatus status)
{
    QString colours = QStringLiteral("background: #eceff1; color: #37474f;");
    if (status == ReviewStatus::SentBack)
        colours = QStringLiteral("background: #fdecea; color: #8a1c12;");
    else if (caseListStatus(status) == ReviewStatus::InProgress)
        colours = QStringLiteral("background: #fff4e5; color: #7a4a00;");
    else if (caseListStatus(status) == ReviewStatus::Completed)
        colours = QStringLiteral("background: #e7f4e8; color: #1b5e20;");
    return QStringLiteral("QLabel { %1 border-radius: 9px; padding: 2px 10px; font-weight: bold; }").arg(colours);
}

} // namespace

CueCardWidget::CueCardWidget(ReviewEditor &editor, QString language, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_language(std::move(language))
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_card(new QWidget)
    , m_title(new QLabel)
    , m_details(new QLabel)
    , m_template(new QLabel)
    , m_scope(new QLabel)
    , m_status(new QLabel)
    , m_sentBack(new QLabel)
    , m_progress(new QProgressBar)
    , m_complete(new QPushButton)
    , m_messages(new MessageBar)
    , m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("cueCard"));
    m_empty->setText(tr("Choose a case in the list and press Enter to open its cue card."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setWordWrap(true);
    m_template->setObjectName(QStringLiteral("caseTemplate"));
    m_template->setWordWrap(true);
    m_template->setStyleSheet(QStringLiteral("color: #4a5a6a;"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    // A review sent back says what to fix, on the card itself.
    m_sentBack->setObjectName(QStringLiteral("sentBackBanner"));
    m_sentBack->setWordWrap(true);
    m_sentBack->setTextFormat(Qt::PlainText);
    m_sentBack->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1610; border: 1px solid #f1aea6; "
                                             "border-radius: 4px; padding: 6px; }"));
    m_sentBack->hide();
    // A case has a review outside any round and one per round: which one this is must always be in view.
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->setStyleSheet(QStringLiteral("QLabel { color: #1f4e79; font-weight: bold; }"));

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(300);
    m_progress->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid #b8c2cc; border-radius: 4px; background: #f3f5f7; "
                       "text-align: center;"
                       " color: #1b2a38; min-height: 18px; }"
                       "QProgressBar::chunk { background: #a5d6a7; border-radius: 3px; }"));

    m_complete->setObjectName(QStringLiteral("completeReview"));
    m_complete->setText(tr("Complete review"));
    m_complete->setToolTip(tr("Mark the review complete (Ctrl+Enter)"));
    m_complete->setFocusPolicy(Qt::TabFocus);
    connect(m_complete, &QPushButton::clicked, this, &CueCardWidget::completeReview);

    auto *header = new QGridLayout;
    header->setContentsMargins(12, 8, 12, 6);
    header->setHorizontalSpacing(12);
    header->setVerticalSpacing(3);
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_status, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_complete, 0, 2, Qt::AlignRight);
    header->addWidget(m_details, 1, 0, 1, 3);
    header->addWidget(m_scope, 2, 0);
    header->addWidget(m_progress, 2, 1, 1, 2, Qt::AlignRight);
    header->addWidget(m_template, 3, 0, 1, 3);
    header->addWidget(m_sentBack, 4, 0, 1, 3);
    header->setColumnStretch(0, 1);

    m_scroll->setObjectName(QStringLiteral("cueCardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(0);
    cardLayout->addLayout(header);
    auto *messageMargin = new QVBoxLayout;
    messageMargin->setContentsMargins(12, 0, 12, 6);
    messageMargin->addWidget(m_messages);
    cardLayout->addLayout(messageMargin);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    cardLayout->addWidget(line);
    cardLayout->addWidget(m_scroll, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_card);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    ReviewService &service = m_editor.service();
    connect(&service, &ReviewService::itemChanged, this, &CueCardWidget::reloadItem);
    connect(&service, &ReviewService::reviewStatusChanged, this,
            qOverload<const ReviewRef &>(&CueCardWidget::reloadStatus));
    connect(&m_editor, &ReviewEditor::errorOccurred, this, &CueCardWidget::showError);
    connect(&m_editor, &ReviewEditor::conflictOccurred, this, &CueCardWidget::showConflict);
    connect(&m_editor, &ReviewEditor::savePending, this, &CueCardWidget::showSavePending);
    connect(&m_editor, &ReviewEditor::unsavedChanged, this, &CueCardWidget::markUnsaved);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    connect(m_messages, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"item:"))
            focusItem(link.mid(5));
    });
}

bool CueCardWidget::openReview(const ReviewRef &ref, bool takeFocus)
{
    flush();
    auto state = m_editor.service().open(ref);
    if (!state) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The case could not be opened: %1").arg(state.error().message.toHtmlEscaped()));
        return false;
    }
    m_ref = ref;
    m_state = std::move(state).value();
    m_problems.clear();
    m_messages->hide();
    m_editor.setCurrentCase(ref.caseId);

    const CaseFile &c = m_state->caseFile;
    m_title->setText(QStringLiteral("%1 · %2").arg(c.caseNumber, c.name));
    QString subgroup = c.subgroup;
    for (const NamedField &field : m_state->card.subgroups)
        if (field.key == c.subgroup)
            subgroup = field.label.in(m_language);
    QStringList details;
    details << tr("CPR %1").arg(c.cpr.isEmpty() ? tr("unknown") : cpr::mask(c.cpr)) << Areas::label(c.area);
    if (!subgroup.isEmpty() && subgroup != Areas::label(c.area))
        details << subgroup;
    details << tr("Caseworker: %1").arg(c.caseworker);
    if (!c.team.isEmpty())
        details << tr("Team: %1").arg(c.team);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_template->setText(
        tr("Cue card: %1, version %2").arg(m_state->card.title.in(m_language)).arg(m_state->card.version));
    m_scope->setText(ref.roundId != 0 ? tr("Round: %1").arg(m_state->roundName) : tr("Outside any round"));

    buildItems();
    updateProgress();
    reloadStatus(ref);
    m_stack->setCurrentWidget(m_card);
    focusFirstUnanswered(takeFocus);
    emit caseOpened(ref.caseId);
    return true;
}

void CueCardWidget::closeCase()
{
    flush();
    m_ref = {};
    m_state.reset();
    m_items.clear();
    delete m_scroll->takeWidget();
    m_itemsHost = nullptr;
    m_editor.setCurrentCase(0);
    m_stack->setCurrentWidget(m_empty);
}

void CueCardWidget::buildItems()
{
    m_items.clear();
    delete m_scroll->takeWidget();
    m_itemsHost = new QWidget;
    m_itemsHost->setObjectName(QStringLiteral("cueCardItems"));
    auto *layout = new QVBoxLayout(m_itemsHost);
    layout->setContentsMargins(12, 8, 12, 16);
    layout->setSpacing(6);

    const QList<const CueCardItem *> applicable = m_state->applicableItems();
    int number = 0;
    for (const CueCardSection &section : m_state->card.sections) {
        QList<const CueCardItem *> inSection;
        for (const CueCardItem *item : applicable)
            if (item->sectionKey == section.key)
                inSection << item;
        if (inSection.isEmpty())
            continue;
        auto *title = new QLabel(section.title.in(m_language));
        title->setObjectName(QStringLiteral("section"));
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        title->setFont(font);
        title->setStyleSheet(QStringLiteral("color: #1f4e79; padding-top: 8px;"));
        layout->addWidget(title);
        for (const CueCardItem *item : inSection) {
            const auto verdict = m_state->verdicts.constFind(item->key);
            auto *widget =
                new CueItemWidget(*item, ++number, m_language,
                                  verdict != m_state->verdicts.cend() ? std::optional(*verdict) : std::nullopt);
            ItemState itemState;
            if (m_state->review) {
                if (m_state->review->answers.contains(item->key))
                    itemState.answer = m_state->review->answers.value(item->key);
                if (m_state->review->defects.contains(item->key))
                    itemState.defect = m_state->review->defects.value(item->key);
            }
            widget->setState(itemState);
            widget->setGuidanceVisible(m_guidanceVisible);
            connect(widget, &CueItemWidget::answerRequested, this, &CueCardWidget::onAnswer);
            // Every change is made on the item as the card shows it: a colleague's change since is not overwritten.
            connect(widget, &CueItemWidget::noteEdited, this, [this, widget](const QString &key, const QString &note) {
                m_editor.setNote(m_ref, key, note, &widget->state());
            });
            connect(widget, &CueItemWidget::defectEdited, this,
                    [this, widget](const Defect &defect) { m_editor.saveDefect(m_ref, defect, &widget->state()); });
            connect(widget, &CueItemWidget::moveRequested, this, &CueCardWidget::move);
            connect(widget, &CueItemWidget::reasonEdited, this,
                    [this, widget](const QString &key, const QString &reason) {
                        m_editor.setOverrideReason(m_ref, key, reason, &widget->state());
                    });
            connect(widget, &CueItemWidget::reasonDone, this, [this, widget](const QString &key) {
                // After the reason, a "not met" goes on to its defect's description; any other answer onwards.
                if (widget->isAnswered() && widget->state().answer->value == AnswerValue::NotMet)
                    widget->focusDefectDescription();
                else
                    focusNextUnanswered(key);
            });
            layout->addWidget(widget);
            m_items << widget;
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_itemsHost);
    markUnsaved();
}

CueItemWidget *CueCardWidget::itemWidget(const QString &itemKey) const
{
    const int index = indexOf(itemKey);
    return index >= 0 ? m_items.at(index) : nullptr;
}

int CueCardWidget::indexOf(const QString &itemKey) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i)->itemKey() == itemKey)
            return i;
    return -1;
}

CueItemWidget *CueCardWidget::currentItem() const
{
    for (CueItemWidget *item : m_items)
        if (item->isCurrent())
            return item;
    return nullptr;
}

void CueCardWidget::focusItem(const QString &itemKey, bool takeFocus)
{
    CueItemWidget *item = itemWidget(itemKey);
    if (!item)
        return;
    for (CueItemWidget *other : std::as_const(m_items))
        other->setCurrent(other == item);
    if (takeFocus)
        item->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(item, 0, 24);
    // A freshly built card has no geometry yet: follow again once the layout has run.
    QTimer::singleShot(0, item, [this, item] {
        if (item->isCurrent())
            m_scroll->ensureWidgetVisible(item, 0, 24);
    });
}

void CueCardWidget::focusFirstUnanswered(bool takeFocus)
{
    for (CueItemWidget *item : std::as_const(m_items))
        if (!item->isAnswered()) {
            focusItem(item->itemKey(), takeFocus);
            return;
        }
    if (!m_items.isEmpty())
        focusItem(m_items.constFirst()->itemKey(), takeFocus);
}

void CueCardWidget::setGuidanceVisible(bool visible)
{
    m_guidanceVisible = visible;
    for (CueItemWidget *item : std::as_const(m_items))
        item->setGuidanceVisible(visible);
}

void CueCardWidget::move(const QString &itemKey, int step)
{
    const int index = indexOf(itemKey);
    if (index < 0)
        return;
    focusItem(m_items.at(qBound(0, index + step, int(m_items.size()) - 1))->itemKey());
}

bool CueCardWidget::confirmReopen()
{
    QMessageBox box(QMessageBox::Question, tr("Reopen the completed review?"),
                    tr("This review is completed. Changing an answer reopens it, and it must be completed again.\n\n"
                       "Reopen the review and change the answer?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("reopenQuestion"));
    QPushButton *reopen = box.addButton(tr("Reopen and change"), QMessageBox::YesRole);
    QPushButton *keep = box.addButton(tr("Keep it completed"), QMessageBox::NoRole);
    box.setDefaultButton(keep); // a stray Enter keeps the completion
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == reopen;
}

bool CueCardWidget::reopenApprovedWithReason()
{
    if (!m_reopenApproved) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("This review is approved and cannot be changed. A coordinator or leader can "
                                   "reopen it with a reason (Rounds ▸ Reopen)."));
        return false;
    }
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("reopenReason"));
    ask.setWindowTitle(tr("Reopen the approved review?"));
    ask.setLabelText(tr("This review is approved. To change it, it is reopened and must be approved again.\n"
                        "Why is it reopened?"));
    ask.setOkButtonText(tr("Reopen"));
    if (ask.exec() != QDialog::Accepted)
        return false;
    const Status reopened = m_reopenApproved(m_ref, ask.textValue());
    if (!reopened) {
        m_messages->showMessage(MessageBar::Kind::Error, reopened.error().message.toHtmlEscaped());
        return false;
    }
    reloadStatus(m_ref);
    return true;
}

void CueCardWidget::onAnswer(const QString &itemKey, std::optional<AnswerValue> value)
{
    // A completed or approved review is never changed by a stray key.
    if (m_reviewStatus == ReviewStatus::Approved && !reopenApprovedWithReason()) {
        reloadItem(m_ref, itemKey);
        if (CueItemWidget *item = itemWidget(itemKey))
            item->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool reopens = m_reviewStatus == ReviewStatus::Completed;
    if (reopens && !confirmReopen()) {
        reloadItem(m_ref, itemKey);
        if (CueItemWidget *item = itemWidget(itemKey))
            item->setFocus(Qt::OtherFocusReason);
        return;
    }
    const CueItemWidget *shown = itemWidget(itemKey);
    if (!m_editor.answer(m_ref, itemKey, value, reopens, shown ? &shown->state() : nullptr)) {
        showUnsavedAnswer(itemKey, value);
        return;
    }
    if (!value)
        return; // a cleared answer: stay on the item
    if (CueItemWidget *item = itemWidget(itemKey); item && item->needsReason()) {
        // Differing from the computed verdict needs a reason: ask for it at once, Enter goes on.
        item->focusReason();
        return;
    }
    if (CueItemWidget *item = itemWidget(itemKey); item && value == AnswerValue::NotMet) {
        // A defect was opened from the item's standard text: the caret goes to it, to make it case-specific.
        item->focusDefectDescription();
        return;
    }
    focusNextUnanswered(itemKey);
}

void CueCardWidget::focusNextUnanswered(const QString &itemKey)
{
    // On to the next unanswered item after this one (wrapping round); stay when every item is answered.
    const int index = indexOf(itemKey);
    for (int step = 1; step < m_items.size(); ++step) {
        CueItemWidget *candidate = m_items.at((index + step) % m_items.size());
        if (!candidate->isAnswered()) {
            focusItem(candidate->itemKey());
            return;
        }
    }
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Every item is answered. Press Ctrl+Enter to complete the review."));
}

void CueCardWidget::showUnsavedAnswer(const QString &itemKey, std::optional<AnswerValue> value)
{
    // The card goes on showing the answer given (and the note typed) while it waits to be saved.
    CueItemWidget *item = itemWidget(itemKey);
    if (!item || !m_editor.isUnsaved(m_ref, itemKey))
        return;
    ItemState given = item->state();
    if (!given.answer)
        given.answer = Answer{itemKey, {}, {}, {}, {}, {}, {}, {}};
    given.answer->value = value;
    given.answer->note = item->noteField()->text();
    item->setState(given);
    updateProgress();
}

void CueCardWidget::showSavePending(const ReviewRef &ref, const QString &)
{
    if (ref.caseId != m_ref.caseId || !m_ref.caseId)
        return;
    m_pendingMessage = tr("<b>Not saved yet:</b> the team server cannot be reached. Your changes stay on the card, "
                          "marked \"Not saved yet\", and are saved when the connection is back.");
    m_messages->showMessage(MessageBar::Kind::Warning, m_pendingMessage);
}

void CueCardWidget::markUnsaved()
{
    for (CueItemWidget *item : std::as_const(m_items))
        item->setUnsaved(m_editor.isUnsaved(m_ref, item->itemKey()));
    if (m_editor.unsavedCount() == 0 && m_messages->isVisible() && m_messages->text() == m_pendingMessage)
        m_messages->hide(); // everything waiting was saved
}

void CueCardWidget::reloadItem(const ReviewRef &ref, const QString &itemKey)
{
    if (ref != m_ref || !m_ref.caseId)
        return; // another review, even of the same case, is not on this card
    CueItemWidget *item = itemWidget(itemKey);
    if (!item)
        return;
    auto state = m_editor.service().itemState(ref, itemKey);
    if (!state) {
        m_messages->showMessage(MessageBar::Kind::Error, state.error().message.toHtmlEscaped());
        return;
    }
    item->setState(state.value());
    updateProgress();
}

void CueCardWidget::reloadStatus(const ReviewRef &ref)
{
    if (ref != m_ref || !m_ref.caseId)
        return;
    auto state = m_editor.service().load(ref);
    const ReviewStatus status = state && state->review ? state->review->status : ReviewStatus::NotStarted;
    m_reviewStatus = status;
    const QString comment =
        status == ReviewStatus::SentBack && m_sentBackLookup ? m_sentBackLookup(ref).trimmed() : QString();
    m_sentBack->setText(comment.isEmpty() ? QString() : tr("Sent back by the approver: %1").arg(comment));
    m_sentBack->setVisible(!comment.isEmpty());
    m_status->setText(statusLabel(status));
    m_status->setStyleSheet(statusStyle(status));
    m_status->setProperty("statusKey", reviewStatusKey(status));
}

QString CueCardWidget::reviewStatusText() const
{
    return m_status->text();
}

QString CueCardWidget::sentBackText() const
{
    return m_sentBack->isHidden() ? QString() : m_sentBack->text();
}

QString CueCardWidget::reviewScopeText() const
{
    return m_scope->text();
}

void CueCardWidget::updateProgress()
{
    int answered = 0;
    for (const CueItemWidget *item : std::as_const(m_items))
        if (item->isAnswered())
            ++answered;
    m_progress->setMaximum(qMax(1, int(m_items.size())));
    m_progress->setValue(answered);
    m_progress->setFormat(tr("%1 / %2 answered").arg(answered).arg(m_items.size()));
}

void CueCardWidget::onFocusChanged(QWidget *now)
{
    if (!now || !m_itemsHost || !m_itemsHost->isAncestorOf(now))
        return;
    QWidget *w = now;
    while (w && !qobject_cast<CueItemWidget *>(w))
        w = w->parentWidget();
    auto *item = qobject_cast<CueItemWidget *>(w);
    if (!item)
        return;
    for (CueItemWidget *other : std::as_const(m_items))
        other->setCurrent(other == item);
    m_scroll->ensureWidgetVisible(now, 0, now == item ? 24 : 48);
}

void CueCardWidget::showError(const ReviewRef &ref, const QString &itemKey, const QString &message)
{
    // Shown for any review of the case on view: undo and redo act on the case's last change, in whichever of
    // its reviews that was made.
    if (ref.caseId != m_ref.caseId || !m_ref.caseId)
        return;
    m_messages->showMessage(MessageBar::Kind::Error,
                            tr("Not saved: %1").arg(message.toHtmlEscaped()).replace(u'\n', QStringLiteral("<br>")));
    // Show what the database holds, never what failed to save.
    if (itemKey.isEmpty()) {
        for (CueItemWidget *item : std::as_const(m_items))
            reloadItem(m_ref, item->itemKey());
    } else {
        reloadItem(m_ref, itemKey);
    }
}

void CueCardWidget::showConflict(const ReviewRef &ref, const QString &itemKey, const QString &message)
{
    showError(ref, itemKey, message); // the card now shows what the colleague left
    if (ref != m_ref || !m_ref.caseId)
        return;
    QPushButton *replace = m_messages->addButton(tr("Re&place with mine"));
    replace->setToolTip(tr("Save your change over your colleague's. Close this message to keep theirs."));
    connect(replace, &QPushButton::clicked, this, [this, ref, itemKey] {
        CueItemWidget *item = itemWidget(itemKey);
        if (ref != m_ref || !item)
            return;
        if (m_editor.replaceConflicting(item->state())) {
            m_messages->hide();
            item->setFocus(Qt::OtherFocusReason);
        }
    });
    replace->setFocus(Qt::OtherFocusReason);
}

void CueCardWidget::reloadItems()
{
    if (!m_ref.caseId)
        return;
    auto state = m_editor.service().itemStates(m_ref);
    if (!state) {
        m_messages->showMessage(MessageBar::Kind::Error, state.error().message.toHtmlEscaped());
        return;
    }
    for (CueItemWidget *item : std::as_const(m_items)) {
        const ItemState stored = state->value(item->itemKey());
        if (stored != item->state() && !item->hasUnsavedEdit() && !m_editor.isUnsaved(m_ref, item->itemKey()))
            item->setState(stored);
    }
    updateProgress();
}

void CueCardWidget::flush()
{
    for (CueItemWidget *item : std::as_const(m_items))
        item->flush();
}

bool CueCardWidget::completeReview()
{
    if (!m_ref.caseId)
        return false;
    flush();
    const Status completed = m_editor.service().complete(m_ref);
    if (completed) {
        m_problems.clear();
        m_messages->showMessage(MessageBar::Kind::Information, tr("The review is complete."));
        return true;
    }
    auto problems = m_editor.service().completionProblems(m_ref);
    if (!problems || problems->isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, completed.error().message.toHtmlEscaped());
        return false;
    }
    m_problems = problems.value();
    QString firstKey;
    QStringList lines;
    for (const QString &problem : std::as_const(m_problems)) {
        QString key;
        for (const CueItemWidget *item : std::as_const(m_items))
            if (!item->question().isEmpty() && problem.contains(item->question())) {
                key = item->itemKey();
                break;
            }
        if (firstKey.isEmpty())
            firstKey = key;
        if (lines.size() == MaxProblemLines) {
            lines << tr("… and %n more", nullptr, int(m_problems.size()) - MaxProblemLines);
            break;
        }
        lines << (key.isEmpty() ? problem.toHtmlEscaped()
                                : QStringLiteral("<a href=\"item:%1\">%2</a>").arg(key, problem.toHtmlEscaped()));
    }
    m_messages->showMessage(
        MessageBar::Kind::Warning,
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("The review cannot be completed yet (%n problem(s)):", nullptr, int(m_problems.size())),
                 lines.join(QStringLiteral("<br>"))));
    if (!firstKey.isEmpty())
        focusItem(firstKey);
    return false;
}

} // namespace sagstjek
