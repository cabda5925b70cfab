#pragma once

#include "domain/cuecard.h"
#include "domain/user.h"
#include "storage/actionrulerepository.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sagstjek {

class AccessPolicy;
class ActionRuleService;
class MessageBar;
class Session;
class UserService;

// Administration (issue 12): the users and their roles (ManageUsers: administrators) and the management action
// rules (ManageActionRules: coordinator, leader, administrator), each on a tab shown only to those who may use it.
// Every change goes through UserService / ActionRuleService, which check the permission, audit it and refuse what
// would break the rules (the last active administrator); a refusal is shown at the top and nothing changes.
class AdministrationDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Users, ActionRules };

    AdministrationDialog(Session &session, Page first, QWidget *parent = nullptr);
    ~AdministrationDialog() override;

    // Whether the user may use the page (so the menu shows its entry).
    static bool mayUse(const AccessPolicy &policy, Page page);

    // The text shown for a rule: what pattern of "not met" answers calls for it ("A caseworker has at least 3
    // “not met” answers on …"). `cards` name the items.
    static QString ruleInWords(const ActionRule &rule, const QList<CueCard> &cards);
    // The items a pattern covers, in words ("all items", "every item of Kontanthjælp", the item's question).
    static QString patternInWords(const QString &pattern, const QList<CueCard> &cards);

private:
    QWidget *createUsersPage();
    QWidget *createRulesPage();
    void loadUsers(const QString &select = {});
    void loadRules(qint64 select = 0);
    void userSelected();
    void ruleSelected();
    void addUser();
    void changeRole();
    void toggleUser();
    // After a change to the acting user's own role or activity: switches off the pages the user may no longer use.
    void changedSelf(const User &changed);
    void addRule();
    void toggleRule();
    void kindChanged();
    void patternChosen();
    void showError(const QString &message);
    void showDone(const QString &message);
    QString selectedUser() const;
    qint64 selectedRule() const;

    Session &m_session;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ActionRuleService> m_rules;
    QList<CueCard> m_cards;
    QList<User> m_userList;
    QList<ActionRule> m_ruleList;
    MessageBar *m_message;
    QTabWidget *m_tabs;

    QTableWidget *m_userTable = nullptr;
    QComboBox *m_userRole = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_toggleUser = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newDisplayName = nullptr;
    QComboBox *m_newRole = nullptr;
    QPushButton *m_addUser = nullptr;

    QTableWidget *m_ruleTable = nullptr;
    QPushButton *m_toggleRule = nullptr;
    QLineEdit *m_ruleName = nullptr;
    QComboBox *m_ruleKind = nullptr;
    QComboBox *m_rulePattern = nullptr;
    QLineEdit *m_ownPattern = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLineEdit *m_ruleAction = nullptr;
    QLabel *m_patternWords = nullptr;
    QPushButton *m_addRule = nullptr;
};

} // namespace sagstjek
