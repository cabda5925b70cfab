#pragma once

#include "services/reviewservice.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace sagstjek {

class CueItemWidget;
class MessageBar;
class ReviewEditor;

// The cue card of one review of a case (in a round, or outside any round; the header says which): header,
// progress, and the items by section. Every change goes through the ReviewEditor (saved at once, undoable); the
// card re-reads an item from the database whenever the service says it changed, so it never shows something
// unsaved as saved.
class CueCardWidget : public QWidget {
    Q_OBJECT
public:
    CueCardWidget(ReviewEditor &editor, QString language, QWidget *parent = nullptr);

    // `takeFocus` false: the card shows the review but leaves the keyboard where it is (the case list's
    // selection follows the arrow keys).
    bool openReview(const ReviewRef &ref, bool takeFocus = true);
    void closeCase();
    qint64 caseId() const { return m_ref.caseId; }
    const ReviewRef &review() const { return m_ref; }
    const ReviewState *state() const { return m_state ? &*m_state : nullptr; }

    CueItemWidget *itemWidget(const QString &itemKey) const;
    QList<CueItemWidget *> itemWidgets() const { return m_items; }
    CueItemWidget *currentItem() const;
    void focusItem(const QString &itemKey, bool takeFocus = true);
    void focusFirstUnanswered(bool takeFocus = true);
    void setGuidanceVisible(bool visible);

    // Completes the review, or lists what stands in the way and focuses the first such item.
    bool completeReview();
    QStringList shownProblems() const { return m_problems; }
    QString reviewStatusText() const;
    // "Round: …" or "Outside any round".
    QString reviewScopeText() const;
    // Saves edits still waiting for their pause (before another case opens or the app quits).
    void flush();

    // Where the card reads a sent-back review's comment (the approval history); the main window sets it.
    using SentBackLookup = std::function<QString(const ReviewRef &ref)>;
    void setSentBackLookup(SentBackLookup lookup) { m_sentBackLookup = std::move(lookup); }
    // How the card reopens an approved review with a reason (ApprovalService::reopen); the main window sets it.
    // Without it an answer on an approved review is refused with an explanation.
    using ReopenApproved = std::function<Status(const ReviewRef &ref, const QString &reason)>;
    void setReopenApproved(ReopenApproved reopen) { m_reopenApproved = std::move(reopen); }
    // The comment shown while the review is sent back (empty otherwise).
    QString sentBackText() const;
    // Reads every item of the open review again, after a change made elsewhere (the defects pane, a colleague on
    // the team server): the card shows, and changes, what is stored. An item the user is typing in keeps the typing;
    // its save is then judged against what the user saw (a colleague's change meanwhile is a conflict).
    void reloadItems();
    // Reads the review's status again (a colleague completed, approved or sent it back).
    void reloadStatus() { reloadStatus(m_ref); }

signals:
    void caseOpened(qint64 caseId);

private:
    void buildItems();
    void reloadItem(const ReviewRef &ref, const QString &itemKey);
    void showUnsavedAnswer(const QString &itemKey, std::optional<AnswerValue> value);
    void showSavePending(const ReviewRef &ref, const QString &itemKey);
    void markUnsaved();
    void reloadStatus(const ReviewRef &ref);
    void updateProgress();
    void onAnswer(const QString &itemKey, std::optional<AnswerValue> value);
    void move(const QString &itemKey, int step);
    void focusNextUnanswered(const QString &itemKey);
    void onFocusChanged(QWidget *now);
    void showError(const ReviewRef &ref, const QString &itemKey, const QString &message);
    void showConflict(const ReviewRef &ref, const QString &itemKey, const QString &message);
    // An answer on a completed review asks first; false: leave it as it is.
    bool confirmReopen();
    // An answer on an approved review: asks for the reason and reopens it; false: leave it as it is.
    bool reopenApprovedWithReason();
    int indexOf(const QString &itemKey) const;

    ReviewEditor &m_editor;
    QString m_language;
    ReviewRef m_ref; // caseId 0 while no case is open
    std::optional<ReviewState> m_state;
    bool m_guidanceVisible = true;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_card;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_template;
    QLabel *m_scope;
    QLabel *m_status;
    QLabel *m_sentBack; // the approver's comment while the review is sent back
    ReviewStatus m_reviewStatus = ReviewStatus::NotStarted;
    QString m_pendingMessage; // the message shown while changes wait for the server
    SentBackLookup m_sentBackLookup;
    ReopenApproved m_reopenApproved;
    QProgressBar *m_progress;
    QPushButton *m_complete;
    MessageBar *m_messages;
    QScrollArea *m_scroll;
    QWidget *m_itemsHost = nullptr;
    QList<CueItemWidget *> m_items;
    QStringList m_problems;
};

} // namespace sagstjek
