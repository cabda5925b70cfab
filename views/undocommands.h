#pragma once

#include "services/reviewservice.h"

#include <QUndoCommand>

namespace sagstjek {

class ReviewEditor;

// One QUndoCommand per user action on a cue card. The action has already been carried out by the service
// when the command is pushed (the first redo() does nothing); undo and redo write the item's whole state before
// or after back into the review the action was made in, through ReviewEditor::restore. A step that cannot be
// written back (the review is gone or frozen) is made obsolete, so the stack drops it instead of offering it
// again.
enum class CommandId { AnswerItem = 1, EditNote, EditDefect, EditOverrideReason };

class ItemStateCommand : public QUndoCommand {
public:
    ItemStateCommand(ReviewEditor &editor, ItemChange change, const QString &text);
    void undo() override;
    void redo() override;

    const ReviewRef &review() const { return m_change.ref; }
    const QString &itemKey() const { return m_change.itemKey; }

protected:
    bool mergeSameItem(const QUndoCommand *other);

private:
    ReviewEditor &m_editor;
    ItemChange m_change;
    bool m_done = true; // pushed after the service already wrote `after`
};

class AnswerItemCommand : public ItemStateCommand {
public:
    using ItemStateCommand::ItemStateCommand;
    int id() const override { return int(CommandId::AnswerItem); }
};

// Consecutive edits of the same item's note are one step.
class EditNoteCommand : public ItemStateCommand {
public:
    using ItemStateCommand::ItemStateCommand;
    int id() const override { return int(CommandId::EditNote); }
    bool mergeWith(const QUndoCommand *other) override { return mergeSameItem(other); }
};

// Consecutive edits of the same item's defect are one step.
class EditDefectCommand : public ItemStateCommand {
public:
    using ItemStateCommand::ItemStateCommand;
    int id() const override { return int(CommandId::EditDefect); }
    bool mergeWith(const QUndoCommand *other) override { return mergeSameItem(other); }
};

// Consecutive edits of the same item's reason for differing from the computed verdict are one step.
class EditOverrideReasonCommand : public ItemStateCommand {
public:
    using ItemStateCommand::ItemStateCommand;
    int id() const override { return int(CommandId::EditOverrideReason); }
    bool mergeWith(const QUndoCommand *other) override { return mergeSameItem(other); }
};

} // namespace sagstjek
