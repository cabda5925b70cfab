#include "revieweditor.h"

#include "undocommands.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace sagstjek {

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

Result<ItemState> ReviewEditor::before(qint64 caseId, const QString &itemKey)
{
    auto state = m_service.itemState(caseId, itemKey);
    if (!state)
        emit errorOccurred(caseId, itemKey, state.error().message);
    return state;
}

bool ReviewEditor::answer(qint64 caseId, const QString &itemKey, std::optional<AnswerValue> value)
{
    auto old = before(caseId, itemKey);
    if (!old)
        return false;
    if (old->answer && old->answer->value == value)
        return true; // nothing to change, nothing to undo
    auto after = m_service.answer(caseId, itemKey, value);
    if (!after) {
        emit errorOccurred(caseId, itemKey, after.error().message);
        return false;
    }
    stackFor(caseId)->push(
        new AnswerItemCommand(*this, caseId, itemKey, old.value(), after.value(), tr("Answer an item")));
    return true;
}

bool ReviewEditor::setNote(qint64 caseId, const QString &itemKey, const QString &note)
{
    auto old = before(caseId, itemKey);
    if (!old)
        return false;
    if ((old->answer ? old->answer->note : QString()) == note)
        return true;
    auto after = m_service.setNote(caseId, itemKey, note);
    if (!after) {
        emit errorOccurred(caseId, itemKey, after.error().message);
        return false;
    }
    stackFor(caseId)->push(new EditNoteCommand(*this, caseId, itemKey, old.value(), after.value(), tr("Edit a note")));
    return true;
}

bool ReviewEditor::saveDefect(qint64 caseId, const Defect &defect)
{
    auto old = before(caseId, defect.itemKey);
    if (!old)
        return false;
    if (old->defect) {
        Defect merged = defect;
        merged.id = old->defect->id;
        merged.reviewId = old->defect->reviewId;
        merged.caseId = old->defect->caseId;
        merged.caseNumber = old->defect->caseNumber;
        merged.createdBy = old->defect->createdBy;
        merged.createdAt = old->defect->createdAt;
        if (merged == *old->defect)
            return true;
    }
    auto after = m_service.saveDefect(caseId, defect);
    if (!after) {
        emit errorOccurred(caseId, defect.itemKey, after.error().message);
        return false;
    }
    stackFor(caseId)->push(
        new EditDefectCommand(*this, caseId, defect.itemKey, old.value(), after.value(), tr("Edit a defect")));
    return true;
}

bool ReviewEditor::setOverrideReason(qint64 caseId, const QString &itemKey, const QString &reason)
{
    auto old = before(caseId, itemKey);
    if (!old)
        return false;
    if ((old->answer ? old->answer->overrideReason : QString()) == reason.trimmed())
        return true;
    auto after = m_service.setOverrideReason(caseId, itemKey, reason);
    if (!after) {
        emit errorOccurred(caseId, itemKey, after.error().message);
        return false;
    }
    stackFor(caseId)->push(new EditOverrideReasonCommand(*this, caseId, itemKey, old.value(), after.value(),
                                                         tr("Give a reason for differing")));
    return true;
}

void ReviewEditor::restore(qint64 caseId, const QString &itemKey, const ItemState &state)
{
    if (auto written = m_service.setItemState(caseId, itemKey, state); !written)
        emit errorOccurred(caseId, itemKey, written.error().message);
}

} // namespace sagstjek
