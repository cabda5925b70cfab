#include "revieweditor.h"

#include "undocommands.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace sagstjek {

namespace {

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
}

template <typename Command>
bool ReviewEditor::record(const ReviewRef &ref, const QString &itemKey, const Result<ItemChange> &change,
                          const QString &text)
{
    if (!change) {
        emit errorOccurred(ref, itemKey, change.error().message);
        return false;
    }
    if (change->changed()) // nothing changed, nothing to undo
        stackFor(ref.caseId)->push(new Command(*this, change.value(), text));
    return true;
}

bool ReviewEditor::answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                          bool reopensCompleted)
{
    if (reopensCompleted)
        return record<ReopeningAnswerCommand>(ref, itemKey, m_service.answer(ref, itemKey, value),
                                              tr("Reopen the review and answer an item"));
    return record<AnswerItemCommand>(ref, itemKey, m_service.answer(ref, itemKey, value), tr("Answer an item"));
}

bool ReviewEditor::setNote(const ReviewRef &ref, const QString &itemKey, const QString &note)
{
    return record<EditNoteCommand>(ref, itemKey, m_service.setNote(ref, itemKey, note), tr("Edit a note"));
}

bool ReviewEditor::saveDefect(const ReviewRef &ref, const Defect &defect)
{
    return record<EditDefectCommand>(ref, defect.itemKey, m_service.saveDefect(ref, defect), tr("Edit a defect"));
}

bool ReviewEditor::setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason)
{
    return record<EditOverrideReasonCommand>(ref, itemKey, m_service.setOverrideReason(ref, itemKey, reason),
                                             tr("Give a reason for differing"));
}

bool ReviewEditor::restore(const ReviewRef &ref, const QString &itemKey, const ItemState &state)
{
    auto written = m_service.restoreItemState(ref, itemKey, state);
    if (!written) {
        emit errorOccurred(ref, itemKey, written.error().message);
        return false;
    }
    return true;
}

} // namespace sagstjek
