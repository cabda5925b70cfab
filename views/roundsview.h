#pragma once

#include "domain/round.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace sagstjek {

class ActionRuleService;
class ApprovalService;
class RoundCaseModel;
class RoundListModel;
class RoundService;
class Session;

// Asks for what a new round covers and how its sample is drawn.
class NewRoundDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRoundDialog(QWidget *parent = nullptr);
    RoundSpec spec() const;

private:
    void updateEnabled();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_areas;
    QLineEdit *m_caseworkers;
    QSpinBox *m_size;
    QComboBox *m_stratify;
    QSpinBox *m_perStratum;
    QLineEdit *m_seed;
    QSpinBox *m_excludeMonths;
    QCheckBox *m_includeRemediated;
    QSpinBox *m_target;
};

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
    RoundListModel &roundModel() { return *m_roundModel; }
    RoundCaseModel &caseModel() { return *m_caseModel; }
    qint64 currentRound() const;
    void selectRound(qint64 roundId);
    QString message() const;

public slots:
    void refresh();
    // Opens the new-round dialog (non-modal: open(), so a test can fill it in).
    void newRound();
    void createRound(const RoundSpec &spec);
    void assignEvenly();
    void approveSelected();
    void sendBackSelected();
    void reopenSelected();
    void evaluateActions();

signals:
    // The user wants to review a case of the round (the main window opens its cue card in that round).
    void openCaseRequested(qint64 roundId, qint64 caseId);

private:
    void showRound();
    void showMessage(const QString &text, bool error = false);
    qint64 selectedCase() const;

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
    QComboBox *m_reviewerFilter;
    QLineEdit *m_reviewers;
    QLineEdit *m_comment;
    QListWidget *m_actionList;
};

} // namespace sagstjek
