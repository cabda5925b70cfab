#pragma once

#include "services/reviewservice.h"

#include <QHash>
#include <QObject>

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
    // completes the review again, so Ctrl+Z restores the answer and the completion.
    bool answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                bool reopensCompleted = false);
    bool setNote(const ReviewRef &ref, const QString &itemKey, const QString &note);
    bool saveDefect(const ReviewRef &ref, const Defect &defect);
    bool setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason);

    // Used by the undo commands: writes `state` back into the review the command was made in. False (and
    // errorOccurred) when that failed, e.g. because the review is gone or approved.
    bool restore(const ReviewRef &ref, const QString &itemKey, const ItemState &state);

signals:
    // `itemKey` is empty when the error is not about one item.
    void errorOccurred(const sagstjek::ReviewRef &ref, const QString &itemKey, const QString &message);

private:
    template <typename Command>
    bool record(const ReviewRef &ref, const QString &itemKey, const Result<ItemChange> &change, const QString &text);

    ReviewService &m_service;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    qint64 m_currentCase = 0;
};

} // namespace sagstjek
