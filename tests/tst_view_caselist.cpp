// The case list: search as you type and filters run in SQL; Enter opens the case.
#include "appcontroller.h"
#include "caselistwidget.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "itemmodels/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "services/reviewservice.h"
#include "settings.h"
#include "storage/caserepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "viewfixture.h"

using namespace sagstjek;

using viewfixture::Fixture;
using viewfixture::press;

class TestViewCaseList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(QStringLiteral("en"));
    }
    void searchFiltersAndEnterOpens();
};

void TestViewCaseList::searchFiltersAndEnterOpens()
{
    Fixture f;
    QVERIFY(f.start());
    CaseListWidget *list = f.window->caseList();
    CaseListModel &model = f.controller.caseModel();
    CaseRepository &cases = f.controller.database().cases();
    const int all = model.rowCount();
    QVERIFY(all >= 30);

    // Ctrl+F focuses the search; typing a case-number prefix filters once the pause is over.
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), list->searchField());
    QTest::keyClicks(list->searchField(), QStringLiteral("INT-2018"));
    QTRY_COMPARE(model.filter().search, QStringLiteral("INT-2018")); // the query got the search
    CaseFilter byPrefix;
    byPrefix.search = QStringLiteral("INT-2018");
    QCOMPARE(model.rowCount(), cases.count(byPrefix).value());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, CaseListModel::CaseNumber).data().toString().startsWith(u"INT-2018"));

    // Part of a name.
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), QStringLiteral("jensen"));
    QTRY_COMPARE(model.filter().search, QStringLiteral("jensen"));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, CaseListModel::Name).data().toString().contains(u"Jensen", Qt::CaseInsensitive));

    // A whole CPR number finds its case; the list still shows it masked.
    const qint64 someCase = model.caseIdAt(0);
    const QString cprDigits = cases.load(someCase)->cpr;
    QVERIFY(!cprDigits.isEmpty());
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), cprDigits);
    QTRY_COMPARE(model.filter().search, cprDigits);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, CaseListModel::Cpr).data().toString().endsWith(u"XXXX"));

    // Enter in the search field opens the case.
    QTest::keyClick(list->searchField(), Qt::Key_Return);
    QCOMPARE(f.window->cueCard()->caseId(), someCase);

    // Filters: area and review status go into the query.
    list->searchField()->clear();
    auto *area = list->findChild<QComboBox *>(QStringLiteral("areaFilter"));
    auto *status = list->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(area && status);
    area->setCurrentIndex(area->findData(QStringLiteral("cash-benefit")));
    QTRY_COMPARE(model.filter().area, QStringLiteral("cash-benefit"));
    CaseFilter byArea;
    byArea.area = QStringLiteral("cash-benefit");
    QCOMPARE(model.rowCount(), cases.count(byArea).value());
    status->setCurrentIndex(status->findData(QStringLiteral("not-started")));
    QCOMPARE(model.filter().status, QStringLiteral("not-started"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(CaseListModel::StatusKeyRole).toString(), QStringLiteral("not-started"));
    QVERIFY(list->findChild<QLabel *>(QStringLiteral("caseCount"))->text().contains(QString::number(model.rowCount())));

    // Down from the table, Enter opens the row.
    QVERIFY(model.rowCount() >= 2);
    list->table()->setFocus();
    list->table()->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(list->table(), Qt::Key_Down);
    const qint64 second = model.caseIdAt(1);
    QTest::keyClick(list->table(), Qt::Key_Return);
    QCOMPARE(f.window->cueCard()->caseId(), second);
}

QTEST_MAIN(TestViewCaseList)
#include "tst_view_caselist.moc"
