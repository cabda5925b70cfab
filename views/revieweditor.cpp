#include "revieweditor.h"

#include "undocommands.h"

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
}

template <typename Command>
bool ReviewEditor::record(const ReviewRef &ref, const QString &itemKey, const Result<ItemChange> &change,
                          const QString &text)
{
    if (!change) {
        m_lastWasConflict = change.error().kind == Error::Kind::Conflict;
        if (m_lastWasConflict)
            emit conflictOccurred(ref, itemKey, change.error().message);
        else
            emit errorOccurred(ref, itemKey, change.error().message);
        return false;
    }
    m_written.insert(itemKeyOf(ref, itemKey), change->after);
    if (change->changed()) // nothing changed, nothing to undo
        stackFor(ref.caseId)->push(new Command(*this, change.value(), text));
    return true;
}

bool ReviewEditor::attempt(const ItemState *seen, const std::function<bool(const ItemState *)> &edit)
{
    m_conflicting = {};
    m_lastWasConflict = false;
    if (edit(seen))
        return true;
    if (m_lastWasConflict)
        m_conflicting = edit;
    return false;
}

bool ReviewEditor::replaceConflicting(const ItemState &seen)
{
    if (!m_conflicting)
        return false;
    const auto edit = std::move(m_conflicting);
    return attempt(&seen, edit);
}

bool ReviewEditor::answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                          bool reopensCompleted, const ItemState *seen)
{
    return attempt(seen, [=, this](const ItemState *base) {
        if (reopensCompleted)
            return record<ReopeningAnswerCommand>(ref, itemKey, m_service.answer(ref, itemKey, value, {}, base),
                                                  tr("Reopen the review and answer an item"));
        return record<AnswerItemCommand>(ref, itemKey, m_service.answer(ref, itemKey, value, {}, base),
                                         tr("Answer an item"));
    });
}

bool ReviewEditor::setNote(const ReviewRef &ref, const QString &itemKey, const QString &note, const ItemState *seen)
{
    return attempt(seen, [=, this](const ItemState *base) {
        return record<EditNoteCommand>(ref, itemKey, m_service.setNote(ref, itemKey, note, base), tr("Edit a note"));
    });
}

bool ReviewEditor::saveDefect(const ReviewRef &ref, const Defect &defect, const ItemState *seen)
{
    return attempt(seen, [=, this](const ItemState *base) {
        return record<EditDefectCommand>(ref, defect.itemKey, m_service.saveDefect(ref, defect, base),
                                         tr("Edit a defect"));
    });
}

bool ReviewEditor::setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason,
                                     const ItemState *seen)
{
    return attempt(seen, [=, this](const ItemState *base) {
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
