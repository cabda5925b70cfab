// The action plan tab driven like a user (issue 10): select a theme, type an action and add it; select the action,
// choose a status, write a note and press Enter; then check the database. Late actions are marked with an icon
// and a word, not colour alone; a caseworker reads the plan but cannot edit it. A screenshot at 1366×768 when
// SAGSTJEK_SCREENSHOT_DIR is set.
#include "actionplanview.h"
#include "rules/clock.h"
#include "services/actionplanservice.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace sagstjek;

namespace {

const QString Leder = QStringLiteral("leder");

QVariant scalar(Database &db, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(sqlOf(db), statement, values).value();
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestViewActionPlan : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    rules::FixedClock m_clock{QDate(2019, 12, 5)};
    qint64 m_planId = 0;
    qint64 m_themeId = 0;

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        testsupport::addUser(*m_db, Leder, Role::Leader);
        testsupport::addUser(*m_db, QStringLiteral("mette"), Role::Caseworker);
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanService service(*leder.session);
        m_planId = service.createPlan(QStringLiteral("Handleplan integration"), QDate(2020, 6, 1)).value();
        m_themeId = service.addTheme(m_planId, QStringLiteral("Genopretning af sager")).value();
    }

    void addAnActionAndChangeItsStatusWithANote()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanView view(*leder.session);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Select the theme, type the action and add it with the keyboard shortcut's button.
        QVERIFY(view.select(ActionPlanView::Kind::Theme, m_themeId));
        auto *what = child<QLineEdit>(view, "what");
        auto *owner = child<QLineEdit>(view, "owner");
        QTest::keyClicks(what, QStringLiteral("Erklæringer med underskrift, hvor de mangler"));
        QTest::keyClicks(owner, QStringLiteral("Faglig koordinator"));
        child<QDateEdit>(view, "deadline")->setDate(QDate(2020, 1, 31));
        QTest::mouseClick(child<QPushButton>(view, "addAction"), Qt::LeftButton);
        QVERIFY2(!view.message().isEmpty(), "no message after adding");
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_actions")).toInt(), 1);
        const qint64 actionId = scalar(*m_db, QStringLiteral("SELECT id FROM plan_actions")).toLongLong();
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT what FROM plan_actions")).toString(),
                 QStringLiteral("Erklæringer med underskrift, hvor de mangler"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT owner FROM plan_actions")).toString(),
                 QStringLiteral("Faglig koordinator"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT deadline FROM plan_actions")).toString(),
                 QStringLiteral("2020-01-31"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT theme_id FROM plan_actions")).toLongLong(), m_themeId);
        // The new action is selected, its form cleared.
        QCOMPARE(view.tree()->currentItem()->data(0, ActionPlanView::IdRole).toLongLong(), actionId);
        QVERIFY(what->text().isEmpty());

        // Choose "in progress" with the keyboard, write a note and press Enter.
        auto *status = child<QComboBox>(view, "status");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentData().toString(), QStringLiteral("in-progress"));
        auto *note = child<QLineEdit>(view, "note");
        QTest::keyClicks(note, QStringLiteral("150 sager løst, 8 udestår"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT status FROM plan_actions WHERE id = ?"), {actionId}).toString(),
                 QStringLiteral("in-progress"));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT note FROM plan_action_notes WHERE action_id = ? ORDER BY id DESC"),
                        {actionId})
                     .toString(),
                 QStringLiteral("150 sager løst, 8 udestår"));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT written_by FROM plan_action_notes WHERE action_id = ? "
                                       "ORDER BY id DESC"),
                        {actionId})
                     .toString(),
                 Leder);
        QVERIFY(note->text().isEmpty());
        // The history shows both notes, newest first.
        auto *history = child<QTreeWidget>(view, "history");
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("150 sager løst, 8 udestår"));
        QCOMPARE(history->topLevelItem(0)->text(1), Leder);

        // Done, with the button.
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        QTest::keyClicks(note, QStringLiteral("Alle 158 sager"));
        QTest::mouseClick(child<QPushButton>(view, "setStatus"), Qt::LeftButton);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT status FROM plan_actions WHERE id = ?"), {actionId}).toString(),
                 QStringLiteral("done"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_action_notes WHERE action_id = ?"), {actionId})
                     .toInt(),
                 3);
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'plan.action.%'")).toInt(),
            3);
    }

    void anActionWithoutAnOwnerIsRefusedWithTheReason()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanView view(*leder.session);
        view.show();
        QVERIFY(view.select(ActionPlanView::Kind::Theme, m_themeId));
        QTest::keyClicks(child<QLineEdit>(view, "what"), QStringLiteral("Ny forretningsgang"));
        QTest::mouseClick(child<QPushButton>(view, "addAction"), Qt::LeftButton);
        QVERIFY2(view.message().contains(QStringLiteral("owner")), qPrintable(view.message()));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_actions")).toInt(), 0);
    }

    void lateActionsAreMarkedWithIconAndWord()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        PlanActionInput late;
        late.what = QStringLiteral("Danskuddannelsesaktiviteter rettes");
        late.owner = QStringLiteral("Faglig koordinator");
        late.deadline = m_clock.today().addDays(-1);
        const qint64 lateId = service.addAction(m_themeId, late).value();
        PlanActionInput onTime = late;
        onTime.what = QStringLiteral("Opfølgning på selvforsørgere");
        onTime.deadline = m_clock.today();
        const qint64 onTimeId = service.addAction(m_themeId, onTime).value();

        ActionPlanView view(*leder.session);
        QVERIFY(view.select(ActionPlanView::Kind::Action, lateId));
        QTreeWidgetItem *item = view.tree()->currentItem();
        QVERIFY(item->data(0, ActionPlanView::LateRole).toBool());
        QVERIFY2(item->text(ActionPlanView::Status).contains(QStringLiteral("late")),
                 qPrintable(item->text(ActionPlanView::Status)));
        QVERIFY(!item->icon(ActionPlanView::Status).isNull());
        QVERIFY(view.select(ActionPlanView::Kind::Action, onTimeId));
        item = view.tree()->currentItem();
        QVERIFY(!item->data(0, ActionPlanView::LateRole).toBool());
        QCOMPARE(item->text(ActionPlanView::Status), QStringLiteral("Planned"));
        QVERIFY(item->icon(ActionPlanView::Status).isNull());
        QVERIFY2(child<QLabel>(view, "summary")->text().contains(QStringLiteral("Late: 1.")),
                 qPrintable(child<QLabel>(view, "summary")->text()));
    }

    void aCaseworkerReadsButCannotEdit()
    {
        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"), QStringLiteral("en"), &m_clock);
        ActionPlanView view(*mette.session);
        view.show();
        QCOMPARE(view.tree()->topLevelItemCount(), 1);
        for (const char *name : {"addAction", "addTheme", "createPlan", "setStatus"})
            QVERIFY2(!child<QPushButton>(view, name)->isEnabled(), name);
        for (const char *name : {"what", "owner", "note", "themeTitle", "planName"})
            QVERIFY2(!child<QLineEdit>(view, name)->isEnabled(), name);
        QVERIFY(view.select(ActionPlanView::Kind::Theme, m_themeId));
        QVERIFY(!child<QPushButton>(view, "setStatus")->isEnabled());
        QVERIFY(view.message().contains(QStringLiteral("read")));
    }

    void createAPlanAndATheme()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanView view(*leder.session);
        view.show();
        QTest::keyClicks(child<QLineEdit>(view, "planName"), QStringLiteral("Handleplan 2020"));
        QTest::mouseClick(child<QPushButton>(view, "createPlan"), Qt::LeftButton);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plans")).toInt(), 2);
        const qint64 planId =
            scalar(*m_db, QStringLiteral("SELECT id FROM plans WHERE name = 'Handleplan 2020'")).toLongLong();
        QCOMPARE(view.tree()->currentItem()->data(0, ActionPlanView::IdRole).toLongLong(), planId);
        QTest::keyClicks(child<QLineEdit>(view, "themeTitle"), QStringLiteral("Ledelsestilsyn"));
        QTest::mouseClick(child<QPushButton>(view, "addTheme"), Qt::LeftButton);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT plan_id FROM plan_themes WHERE title = 'Ledelsestilsyn'"))
                     .toLongLong(),
                 planId);
    }

    // Writes the tab at 1366×768 to SAGSTJEK_SCREENSHOT_DIR/actionplan.png for a person to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanService service(*leder.session);
        PlanActionInput a;
        a.what = QStringLiteral("Kontrakter med underskrift, hvor de mangler");
        a.owner = QStringLiteral("Faglig koordinator");
        a.deadline = QDate(2019, 11, 30);
        service.addAction(m_themeId, a).value();
        ActionPlanView view(*leder.session);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + QStringLiteral("/actionplan.png")));
    }
};

QTEST_MAIN(TestViewActionPlan)
#include "tst_view_actionplan.moc"
