// Completing a review with unanswered items, or a "not met" without a description, is refused and says which.
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

#include "defecteditor.h"

#include <QPlainTextEdit>

class TestViewCompleteRefused : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(QStringLiteral("en"));
    }
    void refusesAndNamesTheItems();
};

void TestViewCompleteRefused::refusesAndNamesTheItems()
{
    Fixture f;
    QVERIFY(f.start());
    const qint64 caseId = f.freshCase(QStringLiteral("adult-disability"));
    QVERIFY(caseId > 0);
    QVERIFY(f.window->openReview(ReviewRef{caseId}));
    CueCardWidget *card = f.window->cueCard();
    const QList<CueItemWidget *> items = card->itemWidgets();
    QVERIFY(items.size() >= 3);

    // Item 1 "not met" with its description emptied; the rest unanswered.
    press(Qt::Key_2);
    if (QApplication::focusWidget() == items.at(0)->reasonField()) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Seen in the journal"));
        press(Qt::Key_Return);
    }
    QPlainTextEdit *description = items.at(0)->defectEditor()->descriptionField();
    description->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    press(Qt::Key_Escape);

    card->focusItem(items.at(0)->itemKey());
    press(Qt::Key_Return, Qt::ControlModifier);

    ReviewService reader(f.controller.session());
    auto state = reader.load(ReviewRef{caseId});
    QVERIFY(state && state->review);
    QCOMPARE(state->review->status, ReviewStatus::InProgress);
    QCOMPARE(state->review->defects.value(items.at(0)->itemKey()).description, QString());

    const QString problems = card->shownProblems().join(u'\n');
    QVERIFY2(
        problems.contains(QStringLiteral("\"Not met\" without a defect description: %1").arg(items.at(0)->question())),
        qPrintable(problems));
    for (int i = 1; i < items.size(); ++i)
        QVERIFY2(problems.contains(QStringLiteral("Not answered: %1").arg(items.at(i)->question())),
                 qPrintable(problems));
    // The first item in the way gets the focus.
    QCOMPARE(card->currentItem(), items.at(0));
    QCOMPARE(card->reviewStatusText(), QStringLiteral("In progress"));
}

QTEST_MAIN(TestViewCompleteRefused)
#include "tst_view_complete_refused.moc"
