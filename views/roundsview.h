#pragma once

#include "domain/round.h"
#include "newrounddialog.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace sagstjek {

class ActionRuleService;
class ApprovalService;
class RoundCaseModel;
class RoundListModel;
class RoundService;
class Session;

// Review rounds: the list, one round's progress per reviewer, its cases (the remaining ones one click away),
// even assignment, four-eyes approval of completed reviews and the management actions the round triggers.
// Every change goes through the round, approval and action-rule services; nothing here knows the schema.
class RoundsView : public QWidget {
    Q_OBJECT
public:
    // The session's user acts in the view: their role decides what the services allow.
    explicit RoundsView(Session &session, QWidget *parent = nullptr);
    ~RoundsView() override;

    RoundService &roundService() { return *m_rounds; }
    // The models are read when the view is first shown or asked for them (a walkthrough's figures count every case
    // of the round: at a million cases not something to read at start for a tab out of sight).
    RoundListModel &roundModel()
    {
        ensureRead();
        return *m_roundModel;
    }
    RoundCaseModel &caseModel()
    {
        ensureRead();
        return *m_caseModel;
    }
    qint64 currentRound() const;
    void selectRound(qint64 roundId);
    QString message() const;

public slots:
    // Reloads the list and the shown round, keeping the selected round and cases (called when a review is
    // completed or approved elsewhere in the app).
    void refresh();
    // The same now when the view is on screen, else when it is next shown: a review changed in the cue card
    // reads every round's figures again (at a million cases 80 ms an answer with the view out of sight).
    void refreshWhenShown();
    // Opens the new-round dialog (non-modal: open(), so a test can fill it in).
    void newRound();
    void createRound(const RoundSpec &spec);
    // Shares the round's unassigned cases evenly among the reviewers ticked in the picker.
    void assignEvenly();
    // Assigns (or reassigns) the selected cases to the reviewer chosen beside the button.
    void assignSelected();
    void closeRound();
    void reopenRound();
    // Archives the round, or brings an archived one back.
    void toggleArchived();
    void approveSelected();
    void sendBackSelected();
    void reopenSelected();
    void evaluateActions();

signals:
    // The user wants to review a case of the round (the main window opens its cue card in that round).
    void openCaseRequested(qint64 roundId, qint64 caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRound();
    void showMessage(const QString &text, bool error = false);
    qint64 selectedCase() const;
    QList<qint64> selectedCases() const;
    void selectCases(const QList<qint64> &caseIds);
    void loadReviewers();
    void updateButtons();
    QStringList checkedReviewers() const;

    Session &m_session;
    std::unique_ptr<RoundService> m_rounds;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<ActionRuleService> m_actions;
    RoundListModel *m_roundModel;
    RoundCaseModel *m_caseModel;
    QTableView *m_roundTable;
    QTableView *m_caseTable;
    QLabel *m_summary;
    QLabel *m_message;
    QCheckBox *m_remainingOnly;
    QCheckBox *m_showArchived;
    QComboBox *m_reviewerFilter;
    QListWidget *m_reviewers; // checkable: the active users who may review
    QComboBox *m_assignTo;
    QLineEdit *m_comment;
    QListWidget *m_actionList;
    QWidget *m_assignPanel;
    QWidget *m_approvalPanel;
    QPushButton *m_newRound;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_archive;
    QPushButton *m_evaluate;
    bool m_manage = false;
    bool m_approve = false;
    void ensureRead();
    bool m_read = false;  // the rounds were read at least once
    bool m_stale = false; // a review changed while the view was out of sight
};

} // namespace sagstjek
