#pragma once

#include "services/reviewservice.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QUndoGroup;
class QUndoStack;

namespace sagstjek {

// The one way the views change a review: each call asks the service (which commits before it returns) and,
// when that changed something, pushes an undo command holding the review, the item and the before and after
// states the service returned. Stacks are per case: Ctrl+Z in a case undoes the case's last change in whichever
// of its reviews that change was made. Widgets never push commands themselves. Errors are reported through
// errorOccurred, never as dialogs.
class ReviewEditor : public QObject {
    Q_OBJECT
public:
    explicit ReviewEditor(ReviewService &service, QObject *parent = nullptr);
    ~ReviewEditor() override;

    ReviewService &service() { return m_service; }
    // Undo/redo follow the case shown; the group's actions (Edit menu) act on it.
    QUndoGroup *undoGroup() const { return m_group; }
    QUndoStack *stackFor(qint64 caseId);
    void setCurrentCase(qint64 caseId);
    qint64 currentCase() const { return m_currentCase; }
    // Forgets every stack (another database was opened).
    void clear();

    // An answer on a completed review reopens it (the service does that). With `reopensCompleted` the undo step
    // completes the review again, so Ctrl+Z restores the answer and the completion. `seen` is the item as the
    // card shows it: a change made on a stale view is refused (conflictOccurred) instead of overwriting a
    // colleague's.
    bool answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                bool reopensCompleted = false, const ItemState *seen = nullptr);
    bool setNote(const ReviewRef &ref, const QString &itemKey, const QString &note, const ItemState *seen = nullptr);
    bool saveDefect(const ReviewRef &ref, const Defect &defect, const ItemState *seen = nullptr);
    bool setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason,
                           const ItemState *seen = nullptr);
    // Makes the change last refused by conflictOccurred again, on the item as the user now sees it (`seen`):
    // "replace the colleague's with mine". False when there is none or it failed again.
    bool replaceConflicting(const ItemState &seen);

    // Where the editor asks whether the database can be reached (the team server's connection). A change that
    // failed because it could not is kept as unsaved (savePending) instead of being reported as refused, and
    // saveUnsaved() makes it once the connection is back. Without a check every failure is an error.
    void setConnectionCheck(std::function<bool()> connected) { m_connected = std::move(connected); }
    // Makes the changes kept as unsaved, in the order they were made, each judged against what the user saw when
    // making it (a colleague's change meanwhile is a conflict, offered as usual). Returns how many were saved.
    int saveUnsaved();
    int unsavedCount() const { return int(m_unsaved.size()); }
    bool isUnsaved(const ReviewRef &ref, const QString &itemKey) const;

    // Used by the undo commands: writes `state` back into the review the command was made in, if the item is
    // still as this editor last wrote it. False (and errorOccurred) when that failed, e.g. because the review is
    // gone or approved, or someone changed the item since (their change is never undone).
    bool restore(const ReviewRef &ref, const QString &itemKey, const ItemState &state);

signals:
    // `itemKey` is empty when the error is not about one item.
    void errorOccurred(const sagstjek::ReviewRef &ref, const QString &itemKey, const QString &message);
    // A change was refused because the item changed after the user read it; replaceConflicting() makes it anyway.
    void conflictOccurred(const sagstjek::ReviewRef &ref, const QString &itemKey, const QString &message);
    // A change could not be saved because the server cannot be reached: it is kept (isUnsaved) for saveUnsaved().
    void savePending(const sagstjek::ReviewRef &ref, const QString &itemKey);
    // The changes kept as unsaved changed (one was added, or saveUnsaved() ran).
    void unsavedChanged();

private:
    template <typename Command>
    bool record(const ReviewRef &ref, const QString &itemKey, const Result<ItemChange> &change, const QString &text);
    using Edit = std::function<bool(const ItemState *)>;
    // Runs `edit` with the item as the user saw it; remembers it when it was refused as stale, keeps it when the
    // server could not be reached.
    bool attempt(const ReviewRef &ref, const QString &itemKey, const ItemState *seen, const Edit &edit);
    // A change not saved because the server could not be reached.
    struct Unsaved {
        ReviewRef ref;
        QString itemKey;
        std::optional<ItemState> seen; // the item as the user saw it before the item's first unsaved change
        bool afterEarlier = false;     // made after an earlier unsaved change to the same item
        Edit edit;
    };

    ReviewService &m_service;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    qint64 m_currentCase = 0;
    Edit m_conflicting; // the change last refused as stale, to the item below
    ReviewRef m_conflictingRef;
    QString m_conflictingItem;
    bool m_lastWasConflict = false;
    bool m_lastWasUnreachable = false;
    std::function<bool()> m_connected;
    QList<Unsaved> m_unsaved;
    // Each item as this editor's last write left it (by itemKeyOf): undo and redo write only over that.
    QHash<QString, ItemState> m_written;
};

} // namespace sagstjek
