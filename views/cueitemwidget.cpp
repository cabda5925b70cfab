#include "cueitemwidget.h"

#include "defecteditor.h"
#include "services/verdicts.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// A note is saved on every short pause in typing (and when the field loses focus): a crash right after typing
// loses at most this much.
constexpr int NotePauseMs = 300;

QPushButton *makeAnswerButton(const QString &text, const QString &keys, const QString &objectName,
                              const QString &checkedColour)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::NoFocus); // the item holds the focus; keys answer it
    button->setToolTip(CueItemWidget::tr("%1 (key %2)").arg(text, keys));
    QFont bold = button->font(); // a chosen answer is bold: leave room for it
    bold.setBold(true);
    button->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 30);
    button->setStyleSheet(QStringLiteral("QPushButton { padding: 3px 10px; }"
                                         "QPushButton:checked { background: %1; color: white; border: 1px solid %1;"
                                         " border-radius: 3px; font-weight: bold; }")
                              .arg(checkedColour));
    return button;
}

} // namespace

CueItemWidget::CueItemWidget(const CueCardItem &item, int number, const QString &language,
                             const std::optional<rules::Verdict> &verdict, QWidget *parent)
    : QFrame(parent)
    , m_key(item.key)
    , m_question(item.question(verdict ? verdict->ruleVersion : QString()).in(language))
    , m_met(makeAnswerButton(tr("Met"), QStringLiteral("1 / J / Y"), QStringLiteral("answerMet"),
                             QStringLiteral("#2e7d32")))
    , m_notMet(makeAnswerButton(tr("Not met"), QStringLiteral("2 / N"), QStringLiteral("answerNotMet"),
                                QStringLiteral("#c62828")))
    , m_na(makeAnswerButton(tr("Not applicable"), QStringLiteral("3 / I / A"), QStringLiteral("answerNotApplicable"),
                            QStringLiteral("#5f6b7a")))
    , m_note(new QLineEdit)
    , m_unsaved(new QLabel(tr("Not saved yet")))
    , m_notePause(new QTimer(this))
{
    setObjectName(QStringLiteral("item:%1").arg(item.key));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(m_question);

    auto *numberLabel = new QLabel(QStringLiteral("%1.").arg(number));
    numberLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    numberLabel->setFixedWidth(numberLabel->fontMetrics().horizontalAdvance(QStringLiteral("00.")) + 4);

    auto *question = new QLabel(m_question);
    question->setObjectName(QStringLiteral("question"));
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    numberLabel->setFont(bold);

    auto *body = new QVBoxLayout;
    body->setSpacing(3);
    body->addWidget(question);

    const QString law = item.law.in(language);
    if (!law.isEmpty()) {
        auto *lawLabel = new QLabel(law);
        lawLabel->setObjectName(QStringLiteral("law"));
        lawLabel->setWordWrap(true);
        lawLabel->setStyleSheet(QStringLiteral("color: #4a5a6a;"));
        body->addWidget(lawLabel);
    }

    const QString guidance = item.guidance.in(language);
    if (!guidance.isEmpty()) {
        m_guidanceToggle = new QToolButton;
        m_guidanceToggle->setObjectName(QStringLiteral("guidanceToggle"));
        m_guidanceToggle->setText(tr("What to look for"));
        m_guidanceToggle->setToolTip(tr("Show or hide the guidance (key G)"));
        m_guidanceToggle->setCheckable(true);
        m_guidanceToggle->setChecked(true);
        m_guidanceToggle->setAutoRaise(true);
        m_guidanceToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_guidanceToggle->setArrowType(Qt::DownArrow);
        m_guidanceToggle->setFocusPolicy(Qt::NoFocus);
        m_guidanceToggle->setStyleSheet(QStringLiteral("QToolButton { color: #1f4e79; border: none; padding: 0; }"));
        m_guidance = new QLabel(guidance);
        m_guidance->setObjectName(QStringLiteral("guidance"));
        m_guidance->setWordWrap(true);
        m_guidance->setStyleSheet(QStringLiteral("color: #333; padding-left: 14px;"));
        connect(m_guidanceToggle, &QToolButton::toggled, this, &CueItemWidget::setGuidanceVisible);
        body->addWidget(m_guidanceToggle, 0, Qt::AlignLeft);
        body->addWidget(m_guidance);
    }

    if (verdict && !verdict->explanation.isEmpty()) {
        m_suggested = verdicts::suggestedAnswer(*verdict);
        m_verdict = verdict;
        QString colour = QStringLiteral("#5f6b7a");
        if (verdict->kind == rules::Verdict::Met)
            colour = QStringLiteral("#2e7d32");
        else if (verdict->kind == rules::Verdict::Missed)
            colour = QStringLiteral("#c62828");
        auto *computed = new QLabel(m_suggested ? tr("Computed: %1 (Space confirms)").arg(verdict->explanation)
                                                : tr("Computed: %1").arg(verdict->explanation));
        computed->setObjectName(QStringLiteral("verdict"));
        computed->setWordWrap(true);
        computed->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        body->addWidget(computed);
    }

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note (Enter)"));
    m_note->setClearButtonEnabled(true);
    m_note->installEventFilter(this);

    auto *answers = new QHBoxLayout;
    answers->setSpacing(6);
    answers->addWidget(m_met);
    answers->addWidget(m_notMet);
    answers->addWidget(m_na);
    answers->addSpacing(10);
    answers->addWidget(m_note, 1);
    m_unsaved->setObjectName(QStringLiteral("unsaved"));
    m_unsaved->setToolTip(tr("The team server cannot be reached. This change is kept here and saved when the "
                             "connection is back."));
    m_unsaved->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_unsaved->hide();
    answers->addWidget(m_unsaved);
    body->addLayout(answers);

    if (m_suggested) {
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("overrideReason"));
        m_reason->setAccessibleName(tr("Reason for differing from the computed verdict"));
        m_reason->setPlaceholderText(tr("Your answer differs from the computed verdict: why? (required)"));
        m_reason->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #e8a33d; border-radius: 3px;"
                                               " padding: 2px 4px; background: #fffaf2; }"));
        m_reason->installEventFilter(this);
        m_reason->hide();
        body->addWidget(m_reason);
    }

    m_body = body; // the defect editor goes last, made when the item first has a defect

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(numberLabel, 0, Qt::AlignTop);
    layout->addLayout(body, 1);

    const std::pair<QPushButton *, AnswerValue> buttons[] = {
        {m_met, AnswerValue::Met}, {m_notMet, AnswerValue::NotMet}, {m_na, AnswerValue::NotApplicable}};
    for (const auto &[button, value] : buttons) {
        connect(button, &QPushButton::clicked, this, [this, value = value](bool) {
            setFocus(Qt::MouseFocusReason);
            // Clicking the chosen answer again leaves it as it is; Delete clears an answer.
            emit answerRequested(m_key, value);
        });
    }

    m_notePause->setSingleShot(true);
    m_notePause->setInterval(NotePauseMs);
    connect(m_notePause, &QTimer::timeout, this, [this] {
        saveNote();
        saveReason();
    });
    connect(m_note, &QLineEdit::textEdited, m_notePause, qOverload<>(&QTimer::start));
    if (m_reason)
        connect(m_reason, &QLineEdit::textEdited, m_notePause, qOverload<>(&QTimer::start));
}

DefectEditor *CueItemWidget::defectEditor()
{
    // Made on first use: most items never get a defect, and a card of thirty items opened with thirty editors
    // took most of the time the window stood still when moving through the case list (bench_stalls, issue 13).
    if (!m_defect) {
        m_defect = new DefectEditor;
        m_defect->hide();
        m_body->addWidget(m_defect);
        connect(m_defect, &DefectEditor::edited, this, &CueItemWidget::defectEdited);
        connect(m_defect, &DefectEditor::leaveRequested, this, [this] { setFocus(Qt::OtherFocusReason); });
        // Tab goes note → reason → the defect's fields, as if the editor had been there from the start
        // (setTabOrder moves one widget: move the editor's fields one by one, in their own order).
        QList<QWidget *> fields;
        for (QWidget *w = m_defect->nextInFocusChain(); m_defect->isAncestorOf(w); w = w->nextInFocusChain())
            if (w->focusPolicy() != Qt::NoFocus) // setTabOrder leaves those alone
                fields << w;
        QWidget *previous = m_reason ? static_cast<QWidget *>(m_reason) : m_note;
        for (QWidget *field : std::as_const(fields)) {
            setTabOrder(previous, field);
            previous = field;
        }
    }
    return m_defect;
}

QPushButton *CueItemWidget::answerButton(AnswerValue value) const
{
    switch (value) {
    case AnswerValue::Met:
        return m_met;
    case AnswerValue::NotMet:
        return m_notMet;
    case AnswerValue::NotApplicable:
        return m_na;
    }
    return nullptr;
}

std::optional<AnswerValue> CueItemWidget::answerForKey(int key)
{
    switch (key) {
    case Qt::Key_1:
    case Qt::Key_J: // ja
    case Qt::Key_Y: // yes
        return AnswerValue::Met;
    case Qt::Key_2:
    case Qt::Key_N: // nej / no
        return AnswerValue::NotMet;
    case Qt::Key_3:
    case Qt::Key_I: // ikke relevant
    case Qt::Key_A: // not applicable
        return AnswerValue::NotApplicable;
    default:
        return std::nullopt;
    }
}

void CueItemWidget::setState(const ItemState &state)
{
    m_state = state;
    const std::optional<AnswerValue> value = state.answer ? state.answer->value : std::nullopt;
    m_met->setChecked(value == AnswerValue::Met);
    m_notMet->setChecked(value == AnswerValue::NotMet);
    m_na->setChecked(value == AnswerValue::NotApplicable);
    const QString note = state.answer ? state.answer->note : QString();
    if (m_note->text() != note) {
        m_notePause->stop();
        m_note->setText(note);
    }
    if (m_reason) {
        const QString reason = state.answer ? state.answer->overrideReason : QString();
        if (m_reason->text() != reason)
            m_reason->setText(reason);
        m_reason->setVisible(differsFromVerdict());
    }
    if (state.defect) {
        defectEditor()->setDefect(*state.defect);
        m_defect->show();
    } else if (m_defect) {
        m_defect->hide();
    }
    update();
}

void CueItemWidget::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void CueItemWidget::setGuidanceVisible(bool visible)
{
    if (!m_guidance)
        return;
    m_guidance->setVisible(visible);
    const QSignalBlocker blocker(m_guidanceToggle);
    m_guidanceToggle->setChecked(visible);
    m_guidanceToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

bool CueItemWidget::isGuidanceVisible() const
{
    return m_guidance && !m_guidance->isHidden();
}

void CueItemWidget::focusNote()
{
    m_note->setFocus(Qt::OtherFocusReason);
    m_note->end(false);
}

void CueItemWidget::focusDefectDescription()
{
    auto *description = m_defect ? m_defect->descriptionField() : nullptr;
    if (!description || !description->isVisibleTo(this))
        return;
    description->setFocus(Qt::OtherFocusReason);
    description->moveCursor(QTextCursor::End);
    description->ensureCursorVisible();
}

bool CueItemWidget::differsFromVerdict() const
{
    return m_verdict && isAnswered() && needsOverrideReason(m_state.answer->value, *m_verdict);
}

bool CueItemWidget::needsReason() const
{
    return differsFromVerdict() && m_state.answer->overrideReason.trimmed().isEmpty();
}

void CueItemWidget::focusReason()
{
    if (m_reason && m_reason->isVisibleTo(this))
        m_reason->setFocus(Qt::OtherFocusReason);
}

void CueItemWidget::saveReason()
{
    if (!m_reason || !differsFromVerdict())
        return;
    if (m_reason->text().trimmed() != m_state.answer->overrideReason)
        emit reasonEdited(m_key, m_reason->text());
}

void CueItemWidget::flush()
{
    if (m_notePause->isActive()) {
        saveNote();
        saveReason();
    }
    if (m_defect)
        m_defect->flush();
}

void CueItemWidget::setUnsaved(bool unsaved)
{
    m_unsaved->setVisible(unsaved);
}

bool CueItemWidget::isMarkedUnsaved() const
{
    return !m_unsaved->isHidden();
}

bool CueItemWidget::hasUnsavedEdit() const
{
    return m_notePause->isActive() || (m_defect && m_defect->hasUnsavedEdit());
}

void CueItemWidget::saveNote()
{
    m_notePause->stop();
    const QString saved = m_state.answer ? m_state.answer->note : QString();
    if (m_note->text() != saved)
        emit noteEdited(m_key, m_note->text());
}

bool CueItemWidget::event(QEvent *event)
{
    // Tab and Shift+Tab move between items, not through the item's own buttons.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier)) {
                emit moveRequested(m_key, -1);
                return true;
            }
            if (key->key() == Qt::Key_Tab) {
                emit moveRequested(m_key, +1);
                return true;
            }
        }
    }
    return QFrame::event(event);
}

void CueItemWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
        if (const auto value = answerForKey(event->key())) {
            emit answerRequested(m_key, value);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            emit answerRequested(m_key, std::nullopt);
            return;
        case Qt::Key_Up:
            emit moveRequested(m_key, -1);
            return;
        case Qt::Key_Down:
            emit moveRequested(m_key, +1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            focusNote();
            return;
        case Qt::Key_G:
            setGuidanceVisible(!isGuidanceVisible());
            return;
        case Qt::Key_Space:
            // One key confirms what the rules computed; the confirmation is stored with the answer.
            if (m_suggested) {
                emit answerRequested(m_key, m_suggested);
                return;
            }
            break;
        default:
            break;
        }
    }
    QFrame::keyPressEvent(event);
}

void CueItemWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

bool CueItemWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z and Ctrl+Shift+Z in the note or the reason are the review's undo and redo (Edit menu), as on the
    // item itself: what was typed is saved first, so the step undone is the one the user sees.
    if ((watched == m_note || (m_reason && watched == m_reason)) && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            saveNote();
            saveReason();
            key->ignore(); // not the line edit's own undo: the shortcut goes to the window's action
            return true;
        }
    }
    if (m_reason && watched == m_reason) {
        if (event->type() == QEvent::FocusOut) {
            saveReason();
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape) {
                saveReason();
                setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                saveReason();
                emit reasonDone(m_key);
                return true;
            }
        }
    }
    if (watched == m_note) {
        if (event->type() == QEvent::FocusOut) {
            saveNote();
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
                saveNote();
                setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CueItemWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = palette().color(QPalette::Base);
    QColor border(0xd5, 0xdb, 0xe1);
    if (m_current) {
        fill = QColor(0xea, 0xf2, 0xfb);
        border = QColor(0x1f, 0x6f, 0xc5);
    }
    p.setPen(QPen(border, m_current ? 1.5 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(box, 5, 5);
    if (m_current) {
        p.setPen(Qt::NoPen);
        p.setBrush(border);
        p.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2);
    }
    // The answer state in the margin: a coloured dot for answered items.
    if (isAnswered()) {
        QColor dot(0x2e, 0x7d, 0x32);
        if (m_state.answer->value == AnswerValue::NotMet)
            dot = QColor(0xc6, 0x28, 0x28);
        else if (m_state.answer->value == AnswerValue::NotApplicable)
            dot = QColor(0x8a, 0x94, 0xa0);
        p.setPen(Qt::NoPen);
        p.setBrush(dot);
        p.drawEllipse(QPointF(box.right() - 8, box.top() + 9), 3.5, 3.5);
    }
    Q_UNUSED(event)
}

} // namespace sagstjek
