#include "revieweditor.h"

#include "undocommands.h"

#include <algorithm>

#include <QSet>
#include <QUndoGroup>
#include <QUndoStack>

namespace sagstjek {

namespace {

QString itemKeyOf(const ReviewRef &ref, const QString &itemKey)
{
    return QStringLiteral("%1/%2/%3").arg(ref.caseId).arg(ref.roundId).arg(itemKey);
}

// An answer that reopened a completed review: undo puts the answer back and completes the review again; redo
// writes the answer again (which reopens it again, as the first time).
class ReopeningAnswerCommand : public AnswerItemCommand {
public:
    ReopeningAnswerCommand(ReviewEditor &editor, const ItemChange &change, const QString &text)
        : AnswerItemCommand(editor, change, text)
        , m_editor(editor)
    {
    }
    void undo() override
    {
        AnswerItemCommand::undo();
        if (isObsolete())
            return;
        if (auto completed = m_editor.service().complete(review()); !completed)
            emit m_editor.errorOccurred(review(), itemKey(), completed.error().message);
    }

private:
    ReviewEditor &m_editor;
};

} // namespace

ReviewEditor::ReviewEditor(ReviewService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_group(new QUndoGroup(this))
{
}

ReviewEditor::~ReviewEditor() = default;

QUndoStack *ReviewEditor::stackFor(qint64 caseId)
{
    QUndoStack *&stack = m_stacks[caseId];
    if (!stack) {
        stack = new QUndoStack(this);
        m_group->addStack(stack);
    }
    return stack;
}

void ReviewEditor::setCurrentCase(qint64 caseId)
{
    m_currentCase = caseId;
    m_group->setActiveStack(caseId ? stackFor(caseId) : nullptr);
}

void ReviewEditor::clear()
{
    m_group->setActiveStack(nullptr);
    for (QUndoStack *stack : std::as_const(m_stacks)) {
        m_group->removeStack(stack);
        delete stack;
    }
    m_stacks.clear();
    m_currentCase = 0;
    m_written.clear();
    m_conflicting = {};
    m_unsaved.clear();
}

template <typename Command>
bool ReviewEditor::record(const ReviewRef &ref, const QString &itemKey, const Result<ItemChange> &change,
                          const QString &text)
{
    if (!change) {
        m_lastWasConflict = change.error().kind == Error::Kind::Conflict;
        m_lastWasUnreachable = !m_lastWasConflict && m_connected && !m_connected();
        if (m_lastWasConflict)
            emit conflictOccurred(ref, itemKey, change.error().message);
        else if (!m_lastWasUnreachable)
            emit errorOccurred(ref, itemKey, change.error().message);
        return false;
    }
    m_written.insert(itemKeyOf(ref, itemKey), change->after);
    if (change->changed()) // nothing changed, nothing to undo
        stackFor(ref.caseId)->push(new Command(*this, change.value(), text));
    return true;
}

bool ReviewEditor::attempt(const ReviewRef &ref, const QString &itemKey, const ItemState *seen, const Edit &edit)
{
    m_conflicting = {};
    m_lastWasConflict = false;
    m_lastWasUnreachable = false;
    if (edit(seen))
        return true;
    if (m_lastWasConflict) {
        m_conflicting = edit;
        m_conflictingRef = ref;
        m_conflictingItem = itemKey;
    }
    if (m_lastWasUnreachable) {
        Unsaved kept{ref, itemKey, seen ? std::optional<ItemState>(*seen) : std::nullopt, false, edit};
        for (const Unsaved &earlier : std::as_const(m_unsaved)) {
            if (earlier.ref == ref && earlier.itemKey == itemKey) {
                kept.seen = earlier.seen;
                kept.afterEarlier = true;
                break;
            }
        }
        m_unsaved.append(std::move(kept));
        emit savePending(ref, itemKey);
        emit unsavedChanged();
    }
    return false;
}

int ReviewEditor::saveUnsaved()
{
    const QList<Unsaved> waiting = std::exchange(m_unsaved, {});
    int saved = 0;
    QSet<QString> savedItems; // items whose earlier unsaved change was saved now: later ones build on it
    for (const Unsaved &change : waiting) {
        const QString key = itemKeyOf(change.ref, change.itemKey);
        const ItemState *base = change.seen ? &*change.seen : nullptr;
        if (const auto written = m_written.constFind(key);
            change.afterEarlier && savedItems.contains(key) && written != m_written.cend())
            base = &*written;
        if (attempt(change.ref, change.itemKey, base, change.edit)) {
            ++saved;
            savedItems.insert(key);
        }
    }
    emit unsavedChanged();
    return saved;
}

bool ReviewEditor::isUnsaved(const ReviewRef &ref, const QString &itemKey) const
{
    return std::any_of(m_unsaved.cbegin(), m_unsaved.cend(),
                       [&](const Unsaved &change) { return change.ref == ref && change.itemKey == itemKey; });
}

bool ReviewEditor::replaceConflicting(const ItemState &seen)
{
    if (!m_conflicting)
        return false;
    const auto edit = std::move(m_conflicting);
    return attempt(m_conflictingRef, m_conflictingItem, &seen, edit);
}

bool ReviewEditor::answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                          bool reopensCompleted, const ItemState *seen)
{
    return attempt(ref, itemKey, seen, [=, this](const ItemState *base) {
        if (reopensCompleted)
            return record<ReopeningAnswerCommand>(ref, itemKey, m_service.answer(ref, itemKey, value, {}, base),
                                                  tr("Reopen the review and answer an item"));
        return record<AnswerItemCommand>(ref, itemKey, m_service.answer(ref, itemKey, value, {}, base),
                                         tr("Answer an item"));
    });
}

bool ReviewEditor::setNote(const ReviewRef &ref, const QString &itemKey, const QString &note, const ItemState *seen)
{
    return attempt(ref, itemKey, seen, [=, this](const ItemState *base) {
        return record<EditNoteCommand>(ref, itemKey, m_service.setNote(ref, itemKey, note, base), tr("Edit a note"));
    });
}

bool ReviewEditor::saveDefect(const ReviewRef &ref, const Defect &defect, const ItemState *seen)
{
    return attempt(ref, defect.itemKey, seen, [=, this](const ItemState *base) {
        return record<EditDefectCommand>(ref, defect.itemKey, m_service.saveDefect(ref, defect, base),
                                         tr("Edit a defect"));
    });
}

bool ReviewEditor::setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason,
                                     const ItemState *seen)
{
    return attempt(ref, itemKey, seen, [=, this](const ItemState *base) {
        return record<EditOverrideReasonCommand>(ref, itemKey, m_service.setOverrideReason(ref, itemKey, reason, base),
                                                 tr("Give a reason for differing"));
    });
}

bool ReviewEditor::restore(const ReviewRef &ref, const QString &itemKey, const ItemState &state)
{
    const QString key = itemKeyOf(ref, itemKey);
    const auto seen = m_written.constFind(key);
    auto written = m_service.restoreItemState(ref, itemKey, state, seen != m_written.cend() ? &*seen : nullptr);
    if (!written) {
        emit errorOccurred(ref, itemKey, written.error().message);
        return false;
    }
    m_written.insert(key, written->after);
    return true;
}

} // namespace sagstjek
