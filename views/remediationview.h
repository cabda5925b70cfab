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

class Database;
class DefectService;
class DefectTrackerModel;
class RoleLookup;
class RoundService;

// The remediation tracker ("genopretning"): every defect with its owner, due date and follow-up, filtered by
// round, owner, status and overdue; "my defects" for a caseworker; remediate, verify (someone else) and
// reopen, and bulk reassign or change due dates on the selected rows. Overdue defects stand out.
class RemediationView : public QWidget {
    Q_OBJECT
public:
    RemediationView(Database &db, const QString &user, const RoleLookup &roles, QWidget *parent = nullptr);
    // Roles from the database's user list (the trust layer's users table).
    RemediationView(Database &db, const QString &user, QWidget *parent = nullptr);
    ~RemediationView() override;

    void setUser(const QString &user);
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
    RemediationView(Database &db, const QString &user, const RoleLookup *roles, QWidget *parent);
    void applyFilter();
    QList<qint64> selectedIds() const;
    void showMessage(const QString &text, bool error = false);

    std::unique_ptr<RoleLookup> m_ownedRoles;
    const RoleLookup &m_roleLookup;
    QString m_user;
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
