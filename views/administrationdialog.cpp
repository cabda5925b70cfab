#include "administrationdialog.h"

#include "domain/cuecard.h"
#include "domain/permission.h"
#include "domain/user.h"
#include "domain/words.h"
#include "messagebar.h"
#include "services/accesspolicy.h"
#include "services/actionrules.h"
#include "services/importmapping.h"
#include "services/session.h"
#include "services/userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

constexpr const char *CaseworkerCount = "caseworker-count";
constexpr const char *ItemShare = "item-share";

// The pattern that covers every key in `keys`: their common prefix up to a '.', then '*'; empty when they share
// none.
QString commonPattern(const QStringList &keys)
{
    if (keys.isEmpty())
        return {};
    QString prefix = keys.first();
    for (const QString &key : keys) {
        qsizetype n = 0;
        while (n < prefix.size() && n < key.size() && prefix.at(n) == key.at(n))
            ++n;
        prefix.truncate(n);
    }
    const qsizetype dot = prefix.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    return prefix.left(dot + 1) + QLatin1Char('*');
}

QStringList itemKeys(const QList<CueCardItem> &items)
{
    QStringList keys;
    for (const CueCardItem &item : items)
        keys << item.key;
    return keys;
}

QStringList itemKeys(const CueCard &card)
{
    QStringList keys;
    for (const CueCardItem *item : card.items())
        keys << item->key;
    return keys;
}

QString elided(const QString &text, int length = 70)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QStringLiteral("…");
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// `widget` at its own width at the left of a form row (a button or a number needs no full row).
QHBoxLayout *leftAligned(QWidget *widget)
{
    auto *row = new QHBoxLayout;
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == qRound(value) ? 0 : 1);
}

} // namespace

AdministrationDialog::AdministrationDialog(Session &session, Page first, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_users(std::make_unique<UserService>(session))
    , m_rules(std::make_unique<ActionRuleService>(session))
    , m_message(new MessageBar)
    , m_tabs(new QTabWidget)
{
    setWindowTitle(tr("Administration"));
    if (auto cards = importmapping::currentCards(session.database()); cards)
        m_cards = cards.value();
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->hide();
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    const AccessPolicy &policy = session.policy();
    if (mayUse(policy, Page::Users))
        m_tabs->addTab(createUsersPage(), tr("&Users"));
    if (mayUse(policy, Page::ActionRules)) {
        QWidget *rules = createRulesPage();
        m_tabs->addTab(rules, tr("&Management action rules"));
        if (first == Page::ActionRules)
            m_tabs->setCurrentWidget(rules);
    }
    connect(m_tabs, &QTabWidget::currentChanged, m_message, &QWidget::hide);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    // The keyboard goes down each page in reading order: the list, what to do with the selected row, the form.
    const auto chain = [](const QList<QWidget *> &widgets) {
        for (qsizetype i = 1; i < widgets.size(); ++i)
            setTabOrder(widgets.at(i - 1), widgets.at(i));
    };
    if (m_userTable)
        chain({m_userTable, m_userRole, m_changeRole, m_toggleUser, m_newName, m_newDisplayName, m_newRole, m_addUser});
    if (m_ruleTable)
        chain({m_ruleTable, m_toggleRule, m_ruleName, m_ruleKind, m_rulePattern, m_ownPattern, m_threshold,
               m_ruleAction, m_addRule});

    // Enter in a field of a form adds what the form describes (returnPressed below), never clicks another button.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    if (m_userTable)
        loadUsers();
    if (m_ruleTable)
        loadRules();
}

AdministrationDialog::~AdministrationDialog() = default;

bool AdministrationDialog::mayUse(const AccessPolicy &policy, Page page)
{
    return policy.may(page == Page::Users ? Permission::ManageUsers : Permission::ManageActionRules);
}

QWidget *AdministrationDialog::createUsersPage()
{
    auto *page = new QWidget;
    m_userTable = new QTableWidget(0, 4);
    m_userTable->setObjectName(QStringLiteral("users"));
    m_userTable->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Role"), tr("Active")});
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userTable->verticalHeader()->hide();
    m_userTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_userTable->setTabKeyNavigation(false);

    // The selected user: role and active.
    auto *selected = new QGroupBox(tr("Selected user"));
    m_userRole = new QComboBox;
    m_userRole->setObjectName(QStringLiteral("userRole"));
    m_changeRole = new QPushButton(tr("&Change role"));
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_toggleUser = new QPushButton(tr("&Deactivate"));
    m_toggleUser->setObjectName(QStringLiteral("toggleUser"));
    auto *roleLabel = new QLabel(tr("&Role:"));
    roleLabel->setBuddy(m_userRole);
    auto *selectedRow = new QHBoxLayout(selected);
    selectedRow->addWidget(roleLabel);
    selectedRow->addWidget(m_userRole);
    selectedRow->addWidget(m_changeRole);
    selectedRow->addSpacing(24);
    selectedRow->addWidget(m_toggleUser);
    selectedRow->addStretch(1);

    // A new user.
    auto *add = new QGroupBox(tr("New user"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newUserName"));
    m_newName->setMaxLength(64);
    m_newName->setPlaceholderText(tr("The login name, e.g. msn"));
    m_newDisplayName = new QLineEdit;
    m_newDisplayName->setObjectName(QStringLiteral("newDisplayName"));
    m_newDisplayName->setMaxLength(200);
    m_newDisplayName->setPlaceholderText(tr("As the case system writes the caseworker, e.g. Mette Sørensen"));
    m_newRole = new QComboBox;
    m_newRole->setObjectName(QStringLiteral("newUserRole"));
    m_addUser = new QPushButton(tr("Add us&er"));
    m_addUser->setObjectName(QStringLiteral("addUser"));
    for (Role role : {Role::Caseworker, Role::Consultant, Role::Coordinator, Role::Leader, Role::Administrator}) {
        m_userRole->addItem(words::role(role), roleKey(role));
        m_newRole->addItem(words::role(role), roleKey(role));
    }
    auto *form = new QFormLayout(add);
    form->addRow(tr("User &name:"), m_newName);
    form->addRow(tr("Displa&y name:"), m_newDisplayName);
    form->addRow(tr("R&ole:"), m_newRole);
    form->addRow(QString(), leftAligned(m_addUser));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_userTable, 1);
    layout->addWidget(selected);
    layout->addWidget(add);

    connect(m_userTable, &QTableWidget::itemSelectionChanged, this, &AdministrationDialog::userSelected);
    connect(m_userRole, &QComboBox::currentIndexChanged, this, &AdministrationDialog::userSelected);
    connect(m_changeRole, &QPushButton::clicked, this, &AdministrationDialog::changeRole);
    connect(m_toggleUser, &QPushButton::clicked, this, &AdministrationDialog::toggleUser);
    connect(m_addUser, &QPushButton::clicked, this, &AdministrationDialog::addUser);
    connect(m_newName, &QLineEdit::returnPressed, this, &AdministrationDialog::addUser);
    connect(m_newDisplayName, &QLineEdit::returnPressed, this, &AdministrationDialog::addUser);
    return page;
}

QWidget *AdministrationDialog::createRulesPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("rulesPage"));
    m_ruleTable = new QTableWidget(0, 4);
    m_ruleTable->setObjectName(QStringLiteral("actionRules"));
    m_ruleTable->setHorizontalHeaderLabels({tr("Name"), tr("When"), tr("Action"), tr("Active")});
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleTable->setWordWrap(true);
    m_ruleTable->verticalHeader()->hide();
    m_ruleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ruleTable->setTabKeyNavigation(false);

    m_toggleRule = new QPushButton(tr("&Deactivate rule"));
    m_toggleRule->setObjectName(QStringLiteral("toggleRule"));
    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_toggleRule);
    toggleRow->addStretch(1);

    auto *add = new QGroupBox(tr("New rule"));
    m_ruleName = new QLineEdit;
    m_ruleName->setObjectName(QStringLiteral("ruleName"));
    m_ruleName->setPlaceholderText(tr("A short name, e.g. Late follow-up"));
    m_ruleKind = new QComboBox;
    m_ruleKind->setObjectName(QStringLiteral("ruleKind"));
    m_ruleKind->addItem(tr("Per caseworker: at least this many “not met” answers"),
                        QString::fromLatin1(CaseworkerCount));
    m_ruleKind->addItem(tr("For the round: more than this share of the answers “not met”"),
                        QString::fromLatin1(ItemShare));
    m_rulePattern = new QComboBox;
    m_rulePattern->setObjectName(QStringLiteral("rulePattern"));
    m_rulePattern->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rulePattern->setMinimumContentsLength(50);
    const QString language = words::uiLanguage();
    m_rulePattern->addItem(tr("All items"), QStringLiteral("*"));
    for (const CueCard &card : std::as_const(m_cards)) {
        const QString area = words::area(card.area, language);
        if (const QString all = commonPattern(itemKeys(card)); !all.isEmpty())
            m_rulePattern->addItem(tr("Every item of %1").arg(area), all);
        for (const CueCardSection &section : card.sections)
            if (const QString pattern = commonPattern(itemKeys(section.items)); !pattern.isEmpty())
                m_rulePattern->addItem(QStringLiteral("%1 ▸ %2").arg(area, elided(section.title.in(language), 60)),
                                       pattern);
        for (const CueCardItem *item : card.items())
            m_rulePattern->addItem(QStringLiteral("%1 ▸ %2").arg(area, elided(item->text.in(language))), item->key);
    }
    m_rulePattern->addItem(tr("Another pattern…"), QString());
    for (int i = 0; i < m_rulePattern->count(); ++i)
        if (const QString pattern = m_rulePattern->itemData(i).toString(); !pattern.isEmpty())
            m_rulePattern->setItemData(i, pattern, Qt::ToolTipRole);
    m_ownPattern = new QLineEdit;
    m_ownPattern->setObjectName(QStringLiteral("ownPattern"));
    m_ownPattern->setPlaceholderText(tr("Item keys, * for any text, e.g. integration.followup.*"));
    m_patternWords = new QLabel;
    m_patternWords->setObjectName(QStringLiteral("patternWords"));
    m_patternWords->setWordWrap(true);
    m_patternWords->setForegroundRole(QPalette::PlaceholderText);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_ruleAction = new QLineEdit;
    m_ruleAction->setObjectName(QStringLiteral("ruleAction"));
    m_ruleAction->setPlaceholderText(tr("What is to be done, e.g. Sparring with the faglig koordinator"));
    m_addRule = new QPushButton(tr("Add &rule"));
    m_addRule->setObjectName(QStringLiteral("addRule"));

    auto *form = new QFormLayout(add);
    form->addRow(tr("&Name:"), m_ruleName);
    form->addRow(tr("&Kind:"), m_ruleKind);
    form->addRow(tr("&Items:"), m_rulePattern);
    form->addRow(tr("&Pattern:"), m_ownPattern);
    form->addRow(QString(), m_patternWords);
    auto *thresholdLabel = new QLabel(tr("&Threshold:"));
    thresholdLabel->setBuddy(m_threshold);
    form->addRow(thresholdLabel, leftAligned(m_threshold));
    form->addRow(tr("A&ction:"), m_ruleAction);
    form->addRow(QString(), leftAligned(m_addRule));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_ruleTable, 1);
    layout->addLayout(toggleRow);
    layout->addWidget(add);

    connect(m_ruleTable, &QTableWidget::itemSelectionChanged, this, &AdministrationDialog::ruleSelected);
    connect(m_toggleRule, &QPushButton::clicked, this, &AdministrationDialog::toggleRule);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this, &AdministrationDialog::kindChanged);
    connect(m_rulePattern, &QComboBox::currentIndexChanged, this, &AdministrationDialog::patternChosen);
    connect(m_ownPattern, &QLineEdit::textChanged, this, &AdministrationDialog::patternChosen);
    connect(m_addRule, &QPushButton::clicked, this, &AdministrationDialog::addRule);
    connect(m_ruleName, &QLineEdit::returnPressed, this, &AdministrationDialog::addRule);
    connect(m_ruleAction, &QLineEdit::returnPressed, this, &AdministrationDialog::addRule);
    kindChanged();
    patternChosen();
    return page;
}

QString AdministrationDialog::patternInWords(const QString &pattern, const QList<CueCard> &cards)
{
    const QString language = words::uiLanguage();
    if (pattern == u"*")
        return tr("all items");
    for (const CueCard &card : cards) {
        const QString area = words::area(card.area, language);
        if (const CueCardItem *item = card.item(pattern))
            return tr("“%1” (%2)").arg(item->text.in(language), area);
        if (pattern == commonPattern(itemKeys(card)))
            return tr("every item of %1").arg(area);
        for (const CueCardSection &section : card.sections)
            if (pattern == commonPattern(itemKeys(section.items)))
                return tr("the items under “%1” (%2)").arg(section.title.in(language), area);
    }
    return tr("the items matching %1").arg(pattern);
}

QString AdministrationDialog::ruleInWords(const ActionRule &rule, const QList<CueCard> &cards)
{
    const QString items = patternInWords(rule.itemPattern, cards);
    if (rule.kind == QLatin1String(CaseworkerCount))
        return tr("A caseworker has at least %1 “not met” answers on %2").arg(number(rule.threshold), items);
    return tr("More than %1 % of the answers on %2 are “not met”").arg(number(rule.threshold), items);
}

void AdministrationDialog::showError(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message.toHtmlEscaped());
    m_message->show();
}

void AdministrationDialog::showDone(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Information, message.toHtmlEscaped());
    m_message->show();
}

// Users

void AdministrationDialog::loadUsers(const QString &select)
{
    auto users = m_users->list();
    if (!users) {
        showError(users.error().message);
        return;
    }
    m_userList = users.value();
    const QString keep = select.isEmpty() ? selectedUser() : select;
    const QSignalBlocker blocker(m_userTable);
    m_userTable->clearContents();
    m_userTable->setRowCount(int(m_userList.size()));
    int selectRow = m_userList.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_userList.size(); ++row) {
        const User &user = m_userList.at(row);
        m_userTable->setItem(row, 0, cell(user.name));
        m_userTable->setItem(row, 1, cell(user.displayName));
        m_userTable->setItem(row, 2, cell(words::role(user.role)));
        m_userTable->setItem(row, 3, cell(user.active ? tr("Yes") : tr("No")));
        if (user.name.compare(keep, Qt::CaseInsensitive) == 0)
            selectRow = row;
    }
    m_userTable->resizeColumnsToContents();
    if (m_userList.isEmpty()) // the first user must be an administrator (UserService refuses anything else)
        m_newRole->setCurrentIndex(m_newRole->findData(roleKey(Role::Administrator)));
    if (selectRow >= 0)
        m_userTable->selectRow(selectRow);
    userSelected();
}

QString AdministrationDialog::selectedUser() const
{
    const auto rows = m_userTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_userList.size())
        return {};
    return m_userList.at(rows.first().row()).name;
}

void AdministrationDialog::userSelected()
{
    const QString name = selectedUser();
    const User *user = nullptr;
    for (const User &u : std::as_const(m_userList))
        if (u.name == name)
            user = &u;
    m_userRole->setEnabled(user != nullptr);
    m_toggleUser->setEnabled(user != nullptr);
    if (!user) {
        m_changeRole->setEnabled(false);
        return;
    }
    if (sender() != m_userRole) {
        const QSignalBlocker blocker(m_userRole);
        m_userRole->setCurrentIndex(m_userRole->findData(roleKey(user->role)));
    }
    m_changeRole->setEnabled(m_userRole->currentData().toString() != roleKey(user->role));
    m_toggleUser->setText(user->active ? tr("&Deactivate") : tr("&Activate"));
}

void AdministrationDialog::addUser()
{
    const QString name = m_newName->text().trimmed();
    auto added = m_users->add(name, m_newRole->currentData().toString(), m_newDisplayName->text());
    if (!added) {
        showError(added.error().message);
        return;
    }
    showDone(tr("%1 was added as %2.").arg(added->name, words::role(added->role).toLower()));
    m_newName->clear();
    m_newDisplayName->clear();
    loadUsers(added->name);
    m_newName->setFocus();
}

void AdministrationDialog::changeRole()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto changed = m_users->setRole(name, m_userRole->currentData().toString());
    if (!changed) {
        showError(changed.error().message);
        loadUsers(name); // the combo shows the role the user still has
        return;
    }
    showDone(tr("%1 is now %2.").arg(changed->name, words::role(changed->role).toLower()));
    loadUsers(name);
    changedSelf(changed.value());
}

void AdministrationDialog::changedSelf(const User &changed)
{
    if (changed.name.compare(m_session.userName(), Qt::CaseInsensitive) != 0)
        return;
    // The session keeps the rights it opened with until the database is opened again; the dialog stops offering
    // at once what the new role or the deactivation no longer allows.
    const bool mayUsers = changed.active && roleMay(changed.role, Permission::ManageUsers);
    const bool mayRules = changed.active && roleMay(changed.role, Permission::ManageActionRules);
    if (mayUsers && mayRules)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        const bool isUsers = m_userTable && page->isAncestorOf(m_userTable);
        page->setEnabled(isUsers ? mayUsers : mayRules);
    }
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("You changed your own access: what you may no longer do is switched off here, and "
                              "Sagstjek applies it in full when the database is opened again.")
                               .toHtmlEscaped());
    m_message->show();
}

void AdministrationDialog::toggleUser()
{
    const QString name = selectedUser();
    for (const User &user : std::as_const(m_userList)) {
        if (user.name != name)
            continue;
        auto changed = m_users->setActive(name, !user.active);
        if (!changed) {
            showError(changed.error().message);
            return;
        }
        showDone(changed->active ? tr("%1 can use Sagstjek again.").arg(name)
                                 : tr("%1 can no longer use Sagstjek.").arg(name));
        loadUsers(name);
        changedSelf(changed.value());
        return;
    }
}

// Management action rules

void AdministrationDialog::loadRules(qint64 select)
{
    auto rules = m_rules->rules();
    if (!rules) {
        showError(rules.error().message);
        return;
    }
    m_ruleList = rules.value();
    const qint64 keep = select ? select : selectedRule();
    const QSignalBlocker blocker(m_ruleTable);
    m_ruleTable->clearContents();
    m_ruleTable->setRowCount(int(m_ruleList.size()));
    int selectRow = m_ruleList.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_ruleList.size(); ++row) {
        const ActionRule &rule = m_ruleList.at(row);
        m_ruleTable->setItem(row, 0, cell(rule.name));
        QTableWidgetItem *when = cell(ruleInWords(rule, m_cards));
        when->setToolTip(rule.itemPattern);
        m_ruleTable->setItem(row, 1, when);
        m_ruleTable->setItem(row, 2, cell(rule.action));
        m_ruleTable->setItem(row, 3, cell(rule.active ? tr("Yes") : tr("No")));
        if (rule.id == keep)
            selectRow = row;
    }
    m_ruleTable->resizeColumnToContents(0);
    m_ruleTable->resizeColumnToContents(3);
    m_ruleTable->resizeRowsToContents();
    if (selectRow >= 0)
        m_ruleTable->selectRow(selectRow);
    ruleSelected();
}

qint64 AdministrationDialog::selectedRule() const
{
    const auto rows = m_ruleTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_ruleList.size())
        return 0;
    return m_ruleList.at(rows.first().row()).id;
}

void AdministrationDialog::ruleSelected()
{
    const qint64 id = selectedRule();
    m_toggleRule->setEnabled(id != 0);
    for (const ActionRule &rule : std::as_const(m_ruleList))
        if (rule.id == id)
            m_toggleRule->setText(rule.active ? tr("&Deactivate rule") : tr("&Activate rule"));
}

void AdministrationDialog::kindChanged()
{
    const bool share = m_ruleKind->currentData().toString() == QLatin1String(ItemShare);
    m_threshold->setDecimals(share ? 1 : 0);
    m_threshold->setRange(share ? 0 : 1, share ? 100 : 999);
    m_threshold->setSuffix(share ? QStringLiteral(" %") : tr(" “not met”"));
    m_threshold->setValue(share ? 20 : 3);
}

void AdministrationDialog::patternChosen()
{
    const QString chosen = m_rulePattern->currentData().toString();
    m_ownPattern->setEnabled(chosen.isEmpty());
    const QString pattern = chosen.isEmpty() ? m_ownPattern->text().trimmed() : chosen;
    if (pattern.isEmpty()) {
        m_patternWords->clear();
        return;
    }
    int count = 0;
    for (const CueCard &card : std::as_const(m_cards))
        for (const CueCardItem *item : card.items())
            count += actionrules::matches(pattern, item->key);
    m_patternWords->setText(tr("Covers %n item(s) on the current cue cards.", nullptr, count));
}

void AdministrationDialog::addRule()
{
    ActionRule rule;
    rule.name = m_ruleName->text();
    rule.kind = m_ruleKind->currentData().toString();
    const QString chosen = m_rulePattern->currentData().toString();
    rule.itemPattern = chosen.isEmpty() ? m_ownPattern->text() : chosen;
    rule.threshold = m_threshold->value();
    rule.action = m_ruleAction->text();
    auto id = m_rules->addRule(rule);
    if (!id) {
        showError(id.error().message);
        return;
    }
    showDone(tr("The rule “%1” was added.").arg(rule.name.trimmed()));
    m_ruleName->clear();
    m_ruleAction->clear();
    loadRules(id.value());
    m_ruleName->setFocus();
}

void AdministrationDialog::toggleRule()
{
    const qint64 id = selectedRule();
    for (const ActionRule &rule : std::as_const(m_ruleList)) {
        if (rule.id != id)
            continue;
        if (auto set = m_rules->setActive(id, !rule.active); !set) {
            showError(set.error().message);
            return;
        }
        showDone(rule.active ? tr("The rule “%1” no longer applies.").arg(rule.name)
                             : tr("The rule “%1” applies again.").arg(rule.name));
        loadRules(id);
        return;
    }
}

} // namespace sagstjek
