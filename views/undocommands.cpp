#include "undocommands.h"

#include "revieweditor.h"

namespace sagstjek {

ItemStateCommand::ItemStateCommand(ReviewEditor &editor, qint64 caseId, QString itemKey, ItemState before,
                                   ItemState after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_caseId(caseId)
    , m_itemKey(std::move(itemKey))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ItemStateCommand::undo()
{
    m_editor.restore(m_caseId, m_itemKey, m_before);
}

void ItemStateCommand::redo()
{
    if (m_done) {
        m_done = false; // the service already did it when the user acted
        return;
    }
    m_editor.restore(m_caseId, m_itemKey, m_after);
}

bool ItemStateCommand::mergeSameItem(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ItemStateCommand *>(other);
    if (!next || next->id() != id() || next->m_caseId != m_caseId || next->m_itemKey != m_itemKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace sagstjek
