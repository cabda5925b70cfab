#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace sagstjek {

class DefectService;
class DefectTrackerModel;
class RoundService;
class Session;

// The remediation tracker ("genopretning"): every defect with its owner, due date and follow-up, filtered by
// round, owner, status and overdue; "my defects" for a caseworker; remediate, verify (someone else) and
// reopen, and bulk reassign or change due dates on the selected rows. Overdue defects stand out.
class RemediationView : public QWidget {
    Q_OBJECT
public:
    // The session's user acts in the view: their role decides what the services allow.
    explicit RemediationView(Session &session, QWidget *parent = nullptr);
    ~RemediationView() override;

    DefectTrackerModel &model() { return *m_model; }
    DefectService &service() { return *m_service; }
    QString message() const;

public slots:
    void refresh();
    void showMine();
    void remediateSelected();
    void verifySelected();
    void reopenSelected();
    void reassignSelected();
    void setDueOfSelected();

private:
    void applyFilter();
    QList<qint64> selectedIds() const;
    void showMessage(const QString &text, bool error = false);

    QString m_ownName; // the name the user's defects are owned under ("my defects")
    std::unique_ptr<DefectService> m_service;
    std::unique_ptr<RoundService> m_rounds;
    DefectTrackerModel *m_model;
    QTableView *m_table;
    QComboBox *m_round;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QCheckBox *m_overdue;
    QLineEdit *m_note;
    QLineEdit *m_newOwner;
    QDateEdit *m_due;
    QLabel *m_message;
};

} // namespace sagstjek
