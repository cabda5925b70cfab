#pragma once

#include "services/reviewservice.h"

#include <QHash>
#include <QObject>

class QUndoGroup;
class QUndoStack;

namespace sagstjek {

// The one way the views change a review: each call asks the service (which commits before it returns)
// and, when that worked, pushes the matching undo command on the case's own QUndoStack. Widgets never push
// commands themselves. Errors are reported through errorOccurred, never as dialogs.
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

    bool answer(qint64 caseId, const QString &itemKey, std::optional<AnswerValue> value);
    bool setNote(qint64 caseId, const QString &itemKey, const QString &note);
    bool saveDefect(qint64 caseId, const Defect &defect);
    bool setOverrideReason(qint64 caseId, const QString &itemKey, const QString &reason);

    // Used by the undo commands.
    void restore(qint64 caseId, const QString &itemKey, const ItemState &state);

signals:
    // `itemKey` is empty when the error is not about one item.
    void errorOccurred(qint64 caseId, const QString &itemKey, const QString &message);

private:
    Result<ItemState> before(qint64 caseId, const QString &itemKey);

    ReviewService &m_service;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    qint64 m_currentCase = 0;
};

} // namespace sagstjek
