// The "Grants" tab (issue 10, berigtigelse af grundtilskud): a user types a case number and a month's line, sets a
// rate the Danish way, and the database holds exactly that; the year totals follow; without ManageGrants the tab
// is read-only; the main window carries the tab and follows the case opened for review.
#include "grantsview.h"
#include "services/grantservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace sagstjek;

namespace {

QVariant scalar(Database &db, const QString &statement)
{
    return sql::scalar(sqlOf(db), statement).value();
}

std::unique_ptr<Database> preparedDatabase()
{
    auto db = testsupport::memoryDatabase();
    testsupport::addUser(*db, QStringLiteral("kon"), Role::Consultant);
    testsupport::addUser(*db, QStringLiteral("mette"), Role::Caseworker, QStringLiteral("Mette Sørensen"));
    CaseFile c;
    c.caseNumber = QStringLiteral("G-1");
    c.name = QStringLiteral("Borger G-1");
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = QStringLiteral("Mette Sørensen");
    c.dates.insert(QStringLiteral("takeover"), QDate(2017, 1, 1));
    if (!addCases(*db, {c}))
        qFatal("cannot add the case");
    return db;
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

} // namespace

class TestViewGrants : public QObject {
    Q_OBJECT

private slots:
    void typeALineAndARate()
    {
        auto db = preparedDatabase();
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantsView view(*kon.session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTest::keyClicks(child<QLineEdit>(view, "grantCase"), QStringLiteral("G-1"));
        QTest::mouseClick(child<QPushButton>(view, "grantShow"), Qt::LeftButton);
        QCOMPARE(view.caseNumber(), QStringLiteral("G-1"));
        auto *lines = child<QTableWidget>(view, "grantLines");
        QCOMPARE(lines->rowCount(), 0);

        QTest::keyClicks(child<QLineEdit>(view, "grantMonth"), QStringLiteral("03-2017"));
        QTest::mouseClick(child<QCheckBox>(view, "grantReceived"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(view, "grantReason"), QStringLiteral("Før overtagelsen"));
        QTest::mouseClick(child<QPushButton>(view, "grantSave"), Qt::LeftButton);

        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT month || '|' || received || '|' || entitled || '|' || reason || "
                                            "'|' || target_group || '|' || updated_by FROM grant_lines"))
                     .toString(),
                 QStringLiteral("2017-03|1|0|Før overtagelsen|grundtilskud|kon"));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("2017-03"));
        QCOMPARE(lines->item(0, 4)->text(), QStringLiteral("3,960 DKK"));
        auto *years = child<QTableWidget>(view, "grantYears");
        QCOMPARE(years->rowCount(), 1);
        QCOMPARE(years->item(0, 0)->text(), QStringLiteral("2017"));
        QCOMPARE(years->item(0, 4)->text(), QStringLiteral("3,960 DKK"));
        QVERIFY2(child<QLabel>(view, "grantTotal")->text().contains(QStringLiteral("net 3,960 DKK")),
                 qPrintable(child<QLabel>(view, "grantTotal")->text()));

        // Entitled after all: the same month is changed, not doubled.
        QTest::mouseClick(child<QCheckBox>(view, "grantEntitled"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(view, "grantSave"), Qt::LeftButton);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT entitled FROM grant_lines")).toInt(), 1);
        QCOMPARE(years->rowCount(), 0);

        // A month that is not one is refused with a message; nothing is written.
        auto *month = child<QLineEdit>(view, "grantMonth");
        month->clear();
        QTest::keyClicks(month, QStringLiteral("2017-13"));
        QTest::mouseClick(child<QPushButton>(view, "grantSave"), Qt::LeftButton);
        QVERIFY2(view.message().contains(QStringLiteral("2017-13")), qPrintable(view.message()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")).toInt(), 1);

        // A rate typed the Danish way is stored in øre.
        auto *year = child<QSpinBox>(view, "rateYear");
        year->setValue(2025);
        QTest::keyClicks(child<QLineEdit>(view, "rateAmount"), QStringLiteral("3.127,50"));
        QTest::mouseClick(child<QPushButton>(view, "rateSet"), Qt::LeftButton);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT rate_ore FROM grant_rates WHERE year = 2025 AND target_group = "
                                            "'grundtilskud'"))
                     .toLongLong(),
                 qint64(312'750));
        auto *rates = child<QTableWidget>(view, "grantRates");
        bool shown = false;
        for (int row = 0; row < rates->rowCount(); ++row)
            shown = shown || (rates->item(row, 1)->text() == u"2025" && rates->item(row, 2)->text() == u"3,127.50 DKK");
        QVERIFY(shown);
        // An English amount is refused, not guessed.
        auto *amount = child<QLineEdit>(view, "rateAmount");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("3,960.50"));
        QTest::mouseClick(child<QPushButton>(view, "rateSet"), Qt::LeftButton);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT rate_ore FROM grant_rates WHERE year = 2025")).toLongLong(),
                 qint64(312'750));

        // Removing the month.
        month->clear();
        QTest::keyClicks(month, QStringLiteral("2017-03"));
        QTest::mouseClick(child<QPushButton>(view, "grantRemove"), Qt::LeftButton);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")).toInt(), 0);
        QCOMPARE(lines->rowCount(), 0);
    }

    void readOnlyWithoutManageGrants()
    {
        auto db = preparedDatabase();
        {
            auto kon = testsupport::actor(*db, QStringLiteral("kon"));
            GrantLine line;
            line.month = QStringLiteral("2018-01");
            line.received = true;
            QVERIFY(GrantService(*kon.session).setLine(QStringLiteral("G-1"), line).ok());
        }
        auto mette = testsupport::actor(*db, QStringLiteral("mette"));
        GrantsView view(*mette.session);
        view.showCase(QStringLiteral("G-1"));
        QCOMPARE(child<QTableWidget>(view, "grantLines")->rowCount(), 1);
        for (const char *name : {"grantSave", "grantRemove", "rateSet"})
            QVERIFY2(!child<QPushButton>(view, name)->isEnabled(), name);
        QVERIFY(!child<QLineEdit>(view, "grantMonth")->isEnabled());
        QVERIFY(!child<QLineEdit>(view, "rateAmount")->isEnabled());
    }

    // The main window has the tab, and it follows the case opened for review.
    void mainWindowTab()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        int grantsTab = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("Grants"))
                grantsTab = i;
        QVERIFY(grantsTab > 0);
        QVERIFY(f.window->grants());
        const qint64 id = f.freshCase(QStringLiteral("integration"));
        QVERIFY(id > 0);
        QVERIFY(f.window->openReview(ReviewRef{id}));
        QVERIFY(!f.window->grants()->caseNumber().isEmpty());
        f.window->showTab(QStringLiteral("grants"));
        QCOMPARE(tabs->currentIndex(), grantsTab);
    }
};

QTEST_MAIN(TestViewGrants)
#include "tst_view_grants.moc"
