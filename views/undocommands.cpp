#include "undocommands.h"

#include "revieweditor.h"

namespace sagstjek {

ItemStateCommand::ItemStateCommand(ReviewEditor &editor, ItemChange change, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_change(std::move(change))
{
}

void ItemStateCommand::undo()
{
    if (!m_editor.restore(m_change.ref, m_change.itemKey, m_change.before))
        setObsolete(true);
}

void ItemStateCommand::redo()
{
    if (m_done) {
        m_done = false; // the service already did it when the user acted
        return;
    }
    if (!m_editor.restore(m_change.ref, m_change.itemKey, m_change.after))
        setObsolete(true);
}

bool ItemStateCommand::mergeSameItem(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ItemStateCommand *>(other);
    if (!next || next->id() != id() || next->m_change.ref != m_change.ref || next->m_change.itemKey != m_change.itemKey)
        return false;
    m_change.after = next->m_change.after;
    return true;
}

} // namespace sagstjek
