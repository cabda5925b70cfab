// The administration dialog (issue 12): an administrator adds a user, changes a role and deactivates, all by
// clicking and typing; the last active administrator cannot be deactivated or demoted (the refusal is shown in the
// user's language and the database is unchanged); a koordinator adds and switches off a management action rule;
// and each role sees exactly the Edit menu entries it may use. Every step is checked in the database through the
// services.
#include "administrationdialog.h"
#include "appcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "services/actionrules.h"
#include "services/userservice.h"
#include "settings.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace sagstjek;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Clicks the row whose first column reads `text`; false when there is none.
bool clickRow(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != text)
            continue;
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        return table->selectionModel()->isRowSelected(row, {});
    }
    return false;
}

// Picks `data` in a combo box with the keyboard, as a user would: focus it and step with the arrow keys.
void choose(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

std::optional<User> userIn(Session &session, const QString &name)
{
    auto users = UserService(session).list();
    if (!users)
        return std::nullopt;
    for (const User &user : users.value())
        if (user.name == name)
            return user;
    return std::nullopt;
}

QString cellText(QTableWidget *table, const QString &firstColumn, int column)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == firstColumn)
            return table->item(row, column)->text();
    return {};
}

} // namespace

class TestViewAdministration : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        language::install(QStringLiteral("en")); // also after a Danish test that failed half-way
        m_db = testsupport::memoryDatabase();
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator, QStringLiteral("Anne Admin"));
        testsupport::addUser(*m_db, QStringLiteral("koord"), Role::Coordinator, QStringLiteral("Kirsten Koordinator"));
        testsupport::addUser(*m_db, QStringLiteral("karin"), Role::Consultant, QStringLiteral("Karin Konsulent"));
        testsupport::addUser(*m_db, QStringLiteral("leder"), Role::Leader, QStringLiteral("Lene Leder"));
        testsupport::addUser(*m_db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
    }

    // Add "msn" as a consultant (role picked from the combo, never typed), make her a koordinator, deactivate
    // her and activate her again: each step is in the database and in the table.
    void administratorAddsChangesAndDeactivatesAUser()
    {
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"));
        AdministrationDialog dialog(*admin.session, AdministrationDialog::Page::Users);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = child<QTabWidget>(dialog, "adminTabs");
        QCOMPARE(tabs->count(), 2); // an administrator manages users and action rules
        auto *table = child<QTableWidget>(dialog, "users");
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(cellText(table, QStringLiteral("koord"), 2), QStringLiteral("Coordinator"));

        type(child<QLineEdit>(dialog, "newUserName"), QStringLiteral("msn"));
        type(child<QLineEdit>(dialog, "newDisplayName"), QStringLiteral("Mette Sørensen"));
        choose(child<QComboBox>(dialog, "newUserRole"), QStringLiteral("consultant"));
        QTest::mouseClick(child<QPushButton>(dialog, "addUser"), Qt::LeftButton);
        auto added = userIn(*admin.session, QStringLiteral("msn"));
        QVERIFY(added);
        QCOMPARE(added->displayName, QStringLiteral("Mette Sørensen"));
        QCOMPARE(added->role, Role::Consultant);
        QVERIFY(added->active);
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(cellText(table, QStringLiteral("msn"), 2), QStringLiteral("Consultant"));
        QVERIFY(child<QLineEdit>(dialog, "newUserName")->text().isEmpty()); // ready for the next one

        // The same name again is refused, and says so.
        type(child<QLineEdit>(dialog, "newUserName"), QStringLiteral("MSN"));
        QTest::keyClick(child<QLineEdit>(dialog, "newUserName"), Qt::Key_Return);
        auto *message = child<MessageBar>(dialog, "adminMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("already a user")), qPrintable(message->text()));
        QCOMPARE(UserService(*admin.session).list()->size(), 6);
        // Enter in the name field added nothing twice: one refusal for one Enter, the users unchanged.
        QCOMPARE(child<QLineEdit>(dialog, "newUserName")->text(), QStringLiteral("MSN"));

        // A new role.
        QVERIFY(clickRow(table, QStringLiteral("msn")));
        auto *role = child<QComboBox>(dialog, "userRole");
        auto *changeRole = child<QPushButton>(dialog, "changeRole");
        QCOMPARE(role->currentData().toString(), QStringLiteral("consultant"));
        QVERIFY(!changeRole->isEnabled()); // nothing to change yet
        choose(role, QStringLiteral("coordinator"));
        QVERIFY(changeRole->isEnabled());
        QTest::mouseClick(changeRole, Qt::LeftButton);
        QCOMPARE(userIn(*admin.session, QStringLiteral("msn")).value().role, Role::Coordinator);
        QCOMPARE(cellText(table, QStringLiteral("msn"), 2), QStringLiteral("Coordinator"));

        // Deactivate, then activate again.
        auto *toggle = child<QPushButton>(dialog, "toggleUser");
        QCOMPARE(toggle->text(), QStringLiteral("&Deactivate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!userIn(*admin.session, QStringLiteral("msn")).value().active);
        QCOMPARE(cellText(table, QStringLiteral("msn"), 3), QStringLiteral("No"));
        QCOMPARE(toggle->text(), QStringLiteral("&Activate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(userIn(*admin.session, QStringLiteral("msn")).value().active);
        QCOMPARE(cellText(table, QStringLiteral("msn"), 3), QStringLiteral("Yes"));
    }

    // The only administrator cannot switch herself off or become something else: the service refuses, the dialog
    // says why in the user's language (Danish here), and nothing changes.
    void theLastAdministratorStays()
    {
        language::install(QStringLiteral("da"));
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"), QStringLiteral("da"));
        {
            AdministrationDialog dialog(*admin.session, AdministrationDialog::Page::Users);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *table = child<QTableWidget>(dialog, "users");
            auto *message = child<MessageBar>(dialog, "adminMessage");
            QVERIFY(!message->isVisible());
            QCOMPARE(cellText(table, QStringLiteral("admin"), 2), QStringLiteral("Administrator"));
            QCOMPARE(cellText(table, QStringLiteral("koord"), 2), QStringLiteral("Faglig koordinator"));
            QCOMPARE(cellText(table, QStringLiteral("admin"), 3), QStringLiteral("Ja"));

            QVERIFY(clickRow(table, QStringLiteral("admin")));
            auto *toggle = child<QPushButton>(dialog, "toggleUser");
            QCOMPARE(toggle->text(), QStringLiteral("&Deaktivér"));
            QTest::mouseClick(toggle, Qt::LeftButton);
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("sidste aktive administrator")),
                     qPrintable(message->text()));
            QVERIFY(userIn(*admin.session, QStringLiteral("admin")).value().active);
            QCOMPARE(cellText(table, QStringLiteral("admin"), 3), QStringLiteral("Ja"));

            choose(child<QComboBox>(dialog, "userRole"), QStringLiteral("leader"));
            QTest::mouseClick(child<QPushButton>(dialog, "changeRole"), Qt::LeftButton);
            QVERIFY2(message->text().contains(QStringLiteral("sidste aktive administrator")),
                     qPrintable(message->text()));
            QCOMPARE(userIn(*admin.session, QStringLiteral("admin")).value().role, Role::Administrator);
            // The combo is back on the role she still has.
            QCOMPARE(child<QComboBox>(dialog, "userRole")->currentData().toString(), QStringLiteral("administrator"));
        }
        language::install(QStringLiteral("en"));
    }

    // A database without users: whoever opens it acts as administrator, and the first user offered is an
    // administrator (the service refuses any other first user).
    void theFirstUserIsAnAdministrator()
    {
        auto db = testsupport::memoryDatabase();
        auto bootstrap = testsupport::actor(*db, QStringLiteral("tester"));
        AdministrationDialog dialog(*bootstrap.session, AdministrationDialog::Page::Users);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QTableWidget>(dialog, "users")->rowCount(), 0);
        QCOMPARE(child<QComboBox>(dialog, "newUserRole")->currentData().toString(), QStringLiteral("administrator"));
        QVERIFY(!child<QPushButton>(dialog, "toggleUser")->isEnabled());
        type(child<QLineEdit>(dialog, "newUserName"), QStringLiteral("tester"));
        QTest::mouseClick(child<QPushButton>(dialog, "addUser"), Qt::LeftButton);
        QCOMPARE(userIn(*bootstrap.session, QStringLiteral("tester")).value().role, Role::Administrator);
    }

    // An administrator who makes herself a caseworker (another administrator exists) can no longer use either
    // page: the dialog switches them off at once and says so; the database has the new role.
    void demotingOneselfSwitchesThePagesOff()
    {
        testsupport::addUser(*m_db, QStringLiteral("admin2"), Role::Administrator);
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"));
        AdministrationDialog dialog(*admin.session, AdministrationDialog::Page::Users);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "users");
        QVERIFY(clickRow(table, QStringLiteral("admin")));
        choose(child<QComboBox>(dialog, "userRole"), QStringLiteral("caseworker"));
        QTest::mouseClick(child<QPushButton>(dialog, "changeRole"), Qt::LeftButton);
        QCOMPARE(userIn(*admin.session, QStringLiteral("admin")).value().role, Role::Caseworker);
        QVERIFY(!table->isEnabled());
        QVERIFY(!child<QTableWidget>(dialog, "actionRules")->isEnabled());
        QVERIFY2(child<MessageBar>(dialog, "adminMessage")->text().contains(QStringLiteral("your own access")),
                 qPrintable(child<MessageBar>(dialog, "adminMessage")->text()));
    }

    // A koordinator manages action rules but not users: one tab. A rule is made from fields (kind and items
    // from combos, the threshold a number), shown in words, and switched off and on again.
    void coordinatorAddsAndDeactivatesARule()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        AdministrationDialog dialog(*koord.session, AdministrationDialog::Page::Users);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = child<QTabWidget>(dialog, "adminTabs");
        QCOMPARE(tabs->count(), 1);
        QVERIFY(!dialog.findChild<QTableWidget *>(QStringLiteral("users")));
        auto *table = child<QTableWidget>(dialog, "actionRules");
        QCOMPARE(table->rowCount(), 0);

        // Without an action the rule is refused and none is stored.
        type(child<QLineEdit>(dialog, "ruleName"), QStringLiteral("Goals"));
        QTest::mouseClick(child<QPushButton>(dialog, "addRule"), Qt::LeftButton);
        auto *message = child<MessageBar>(dialog, "adminMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("needs a name")), qPrintable(message->text()));
        ActionRuleService rules(*koord.session);
        QCOMPARE(rules.rules()->size(), 0);

        choose(child<QComboBox>(dialog, "ruleKind"), QStringLiteral("item-share"));
        auto *pattern = child<QComboBox>(dialog, "rulePattern");
        QVERIFY(!child<QLineEdit>(dialog, "ownPattern")->isEnabled());
        const int integration = pattern->findData(QStringLiteral("integration.*"));
        QVERIFY2(integration > 0, "the integration area's items are offered as one choice");
        choose(pattern, QStringLiteral("integration.*"));
        QVERIFY(child<QLabel>(dialog, "patternWords")->text().contains(QStringLiteral("item")));
        auto *threshold = child<QDoubleSpinBox>(dialog, "ruleThreshold");
        QCOMPARE(threshold->maximum(), 100.0);
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("25"));
        type(child<QLineEdit>(dialog, "ruleAction"), QStringLiteral("Sparring with the faglig koordinator"));
        QTest::mouseClick(child<QPushButton>(dialog, "addRule"), Qt::LeftButton);

        auto stored = rules.rules();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const ActionRule rule = stored->first();
        QCOMPARE(rule.name, QStringLiteral("Goals"));
        QCOMPARE(rule.kind, QStringLiteral("item-share"));
        QCOMPARE(rule.itemPattern, QStringLiteral("integration.*"));
        QCOMPARE(rule.threshold, 25.0);
        QCOMPARE(rule.action, QStringLiteral("Sparring with the faglig koordinator"));
        QVERIFY(rule.active);
        QCOMPARE(table->rowCount(), 1);
        const QString when = table->item(0, 1)->text();
        QVERIFY2(when.startsWith(QStringLiteral("More than 25 % of the answers on every item of ")), qPrintable(when));
        QVERIFY2(!when.contains(QStringLiteral("integration.*")), qPrintable(when)); // words, not the pattern

        // Another pattern, typed: a caseworker-count rule on one section's items.
        type(child<QLineEdit>(dialog, "ruleName"), QStringLiteral("Follow-up"));
        choose(child<QComboBox>(dialog, "ruleKind"), QStringLiteral("caseworker-count"));
        choose(pattern, QString());
        QVERIFY(child<QLineEdit>(dialog, "ownPattern")->isEnabled());
        type(child<QLineEdit>(dialog, "ownPattern"), QStringLiteral("nothing.like.this.*"));
        QVERIFY(child<QLabel>(dialog, "patternWords")->text().contains(QStringLiteral("0 items")));
        type(child<QLineEdit>(dialog, "ruleAction"), QStringLiteral("Talk it through"));
        QTest::keyClick(child<QLineEdit>(dialog, "ruleAction"), Qt::Key_Return); // Enter adds the rule, once
        QCOMPARE(rules.rules()->size(), 2);
        QCOMPARE(rules.rules()->at(1).itemPattern, QStringLiteral("nothing.like.this.*"));
        QCOMPARE(rules.rules()->at(1).threshold, 3.0);

        // Switch the first off and on.
        QVERIFY(clickRow(table, QStringLiteral("Goals")));
        auto *toggle = child<QPushButton>(dialog, "toggleRule");
        QCOMPARE(toggle->text(), QStringLiteral("&Deactivate rule"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!rules.rules()->first().active);
        QVERIFY(rules.rules()->at(1).active);
        QCOMPARE(cellText(table, QStringLiteral("Goals"), 3), QStringLiteral("No"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(rules.rules()->first().active);
    }

    // Keyboard only: Tab goes from the list through the selected user's controls to the new-user form, and the
    // mnemonics reach the fields.
    void keyboardOnly()
    {
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"));
        AdministrationDialog dialog(*admin.session, AdministrationDialog::Page::Users);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *table = child<QTableWidget>(dialog, "users");
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        // The first user is selected; "Change role" waits for another role to be picked, so Tab passes it.
        QVERIFY(!child<QPushButton>(dialog, "changeRole")->isEnabled());
        QStringList order;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, QStringList({QStringLiteral("userRole"), QStringLiteral("toggleUser"),
                                     QStringLiteral("newUserName"), QStringLiteral("newDisplayName"),
                                     QStringLiteral("newUserRole"), QStringLiteral("addUser")}));
        QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier); // Displa&y name
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "newDisplayName"));
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier); // &Management action rules
        QCOMPARE(child<QTabWidget>(dialog, "adminTabs")->currentIndex(), 1);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // &Threshold
        QCOMPARE(QApplication::focusWidget(), child<QDoubleSpinBox>(dialog, "ruleThreshold"));
    }

    // The Edit menu shows each entry only to the roles that may use it.
    void eachRoleSeesItsEntries_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("users");
        QTest::addColumn<bool>("rules");
        QTest::newRow("a caseworker sees neither") << QStringLiteral("ali") << false << false;
        QTest::newRow("a consultant sees neither") << QStringLiteral("karin") << false << false;
        QTest::newRow("a koordinator sets action rules") << QStringLiteral("koord") << false << true;
        QTest::newRow("a leader sets action rules") << QStringLiteral("leder") << false << true;
        QTest::newRow("an administrator sees both") << QStringLiteral("admin") << true << true;
    }

    void eachRoleSeesItsEntries()
    {
        QFETCH(QString, user);
        QFETCH(bool, users);
        QFETCH(bool, rules);
        QTemporaryDir dir;
        {
            auto db = testsupport::fileDatabase(dir, QStringLiteral("roles.sqlite"));
            testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
            testsupport::addUser(*db, QStringLiteral("koord"), Role::Coordinator);
            testsupport::addUser(*db, QStringLiteral("karin"), Role::Consultant);
            testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader);
            testsupport::addUser(*db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        }
        AppController controller(user, QStringLiteral("en"));
        QVERIFY(
            controller.openDatabase(dir.filePath(QStringLiteral("roles.sqlite")), Database::OpenMode::OpenExisting));
        AppSettings settings;
        MainWindow window(controller, settings);
        auto *manageUsers = window.findChild<QAction *>(QStringLiteral("manageUsers"));
        auto *manageRules = window.findChild<QAction *>(QStringLiteral("manageActionRules"));
        QVERIFY(manageUsers && manageRules);
        QCOMPARE(manageUsers->isVisible(), users);
        QCOMPARE(manageRules->isVisible(), rules);
        controller.waitForBackup();
    }

    // Writes the dialog in Danish at its own size to SAGSTJEK_SCREENSHOT_DIR, on the demo data with a user list
    // and a rule, for a person to look at (docs/screenshots/administration-da.png).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"), QStringLiteral("da"));
        ActionRule rule;
        rule.name = QStringLiteral("Opfølgning for sent");
        rule.kind = QStringLiteral("caseworker-count");
        rule.itemPattern = QStringLiteral("integration.*");
        rule.threshold = 3;
        rule.action = QStringLiteral("Sparring med den faglige koordinator");
        QVERIFY(ActionRuleService(*admin.session).addRule(rule));
        {
            AdministrationDialog dialog(*admin.session, AdministrationDialog::Page::Users);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *table = child<QTableWidget>(dialog, "users");
            QVERIFY(clickRow(table, QStringLiteral("admin")));
            QTest::mouseClick(child<QPushButton>(dialog, "toggleUser"), Qt::LeftButton); // shows the refusal
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/administration-da.png")));
            child<QTabWidget>(dialog, "adminTabs")->setCurrentIndex(1);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/administration-rules-da.png")));
        }
        language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestViewAdministration)
#include "tst_view_administration.moc"
