// Working together on a team server (issue 11): the window shows a colleague's change within about a second — the
// answer on the open card, the case's status in the list — and keeps what the user is typing meanwhile, whose save
// still goes through. A file has no colleagues: no "Live" in the status bar there.
#include "caselistwidget.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "messagebar.h"
#include "revieweditor.h"
#include "services/reviewservice.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

using namespace sagstjek;

namespace {

QLabel *liveLabel(MainWindow *window)
{
    return window->statusBar()->findChild<QLabel *>(QStringLiteral("liveLabel"));
}

// An integration case nobody has reviewed yet.
qint64 unreviewedCase(Database &db)
{
    return sql::scalar(sqlOf(db), QStringLiteral("SELECT min(id) FROM cases c WHERE area = 'integration' AND NOT "
                                                 "EXISTS (SELECT 1 FROM reviews r WHERE r.case_id = c.id)"))
        ->toLongLong();
}

// The window on the team server database at `location`, shown and active.
void openWindow(viewfixture::Fixture &f, const QString &location)
{
    QVERIFY(f.controller.openDatabase(location, Database::OpenMode::OpenExisting));
    f.window = std::make_unique<MainWindow>(f.controller, f.settings);
    f.window->show();
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
}

} // namespace

class TestViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(language::resolve({}, QStringLiteral("en")));
    }

    void aFileIsNotLive()
    {
        if (testsupport::onServer())
            QSKIP("The _pg run works on a team server: see below.");
        viewfixture::Fixture f;
        QVERIFY(f.start());
        QVERIFY(!f.controller.changeFeed().isLive());
        QVERIFY(liveLabel(f.window.get())->isHidden());
    }

    void aColleaguesChangesAppearWhileTypingIsKept()
    {
        if (!testsupport::onServer())
            QSKIP("Colleagues work on a team server: the _pg run.");
        // The colleague's connection, which also made the database (demo cases, nobody in the user list yet).
        std::unique_ptr<Database> colleague = testsupport::memoryDatabase(true);
        const qint64 caseId = unreviewedCase(*colleague);
        QVERIFY(caseId > 0);

        viewfixture::Fixture f;
        openWindow(f, colleague->path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.controller.changeFeed().isLive());
        QVERIFY(liveLabel(f.window.get())->isVisible());

        QVERIFY(f.window->openReview(ReviewRef{caseId}));
        CueCardWidget *card = f.window->cueCard();
        CaseListModel &list = f.controller.caseModel();
        const int row = list.rowOfCase(caseId);
        QVERIFY(row >= 0);
        QCOMPARE(list.index(row, 0).data(CaseListModel::StatusKeyRole).toString(), QStringLiteral("not-started"));

        // The user types a note on the first item and has not paused yet: it is not saved.
        CueItemWidget *typing = card->itemWidgets().at(0);
        typing->focusNote();
        QTest::keyClicks(typing->noteField(), QStringLiteral("Ringet til borgeren"));
        QVERIFY(typing->hasUnsavedEdit());

        // Meanwhile a colleague answers the second item (starting the review).
        const QString answered = card->itemWidgets().at(1)->itemKey();
        auto kirsten = testsupport::actor(*colleague, QStringLiteral("kirsten"));
        ReviewService byKirsten(*kirsten.session);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(byKirsten.answer(ReviewRef{caseId}, answered, AnswerValue::NotApplicable));
        QTRY_VERIFY_WITH_TIMEOUT(card->itemWidget(answered)->answerButton(AnswerValue::NotApplicable)->isChecked(),
                                 2000);
        qInfo("the colleague's answer was on the card after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(list.index(list.rowOfCase(caseId), 0).data(CaseListModel::StatusKeyRole).toString(),
                                  QStringLiteral("in-progress"), 2000);
        // The list kept its place: the case is still the current row, and the card the open review.
        QCOMPARE(list.caseIdAt(f.window->caseList()->table()->currentIndex().row()), caseId);
        QCOMPARE(card->caseId(), caseId);

        // The typing was kept, and saving it (the pause) stores it beside the colleague's answer.
        QCOMPARE(typing->noteField()->text(), QStringLiteral("Ringet til borgeren"));
        QCOMPARE(QApplication::focusWidget(), typing->noteField());
        card->flush();
        auto reader = testsupport::actor(*colleague, QStringLiteral("reader"));
        ReviewService service(*reader.session);
        QCOMPARE(service.itemState(ReviewRef{caseId}, typing->itemKey())->answer->note,
                 QStringLiteral("Ringet til borgeren"));
        QCOMPARE(service.itemState(ReviewRef{caseId}, answered)->answer->value, AnswerValue::NotApplicable);

        // A colleague's change to the item being typed in is not shown over the typing: the pause's save meets it as
        // a conflict, the card then shows the colleague's note and offers to replace it with the user's.
        QTest::keyClicks(typing->noteField(), QStringLiteral(", ingen svar"));
        const ItemState seen = service.itemState(ReviewRef{caseId}, typing->itemKey()).value();
        QVERIFY(byKirsten.setNote(ReviewRef{caseId}, typing->itemKey(), QStringLiteral("Kirstens note"), &seen));
        auto *messages = card->findChild<MessageBar *>();
        QVERIFY(messages);
        QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), 2000);
        QCOMPARE(typing->noteField()->text(), QStringLiteral("Kirstens note"));
        QCOMPARE(service.itemState(ReviewRef{caseId}, typing->itemKey())->answer->note,
                 QStringLiteral("Kirstens note"));
        QPushButton *replace = nullptr;
        for (QPushButton *button : messages->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("place with mine")))
                replace = button;
        QVERIFY2(replace, qPrintable(messages->text()));
        replace->click();
        QCOMPARE(service.itemState(ReviewRef{caseId}, typing->itemKey())->answer->note,
                 QStringLiteral("Ringet til borgeren, ingen svar"));
    }

    // The server goes away mid-session (here: the window's connection is ended and the database refuses new ones
    // for a while, as during a restart). A banner says so at once; what the user does meanwhile stays on the card,
    // marked unsaved; closing asks first; the window tries again by itself and, once the server answers, saves it
    // all, each change judged against what the user saw (a colleague's change meanwhile is a conflict, offered).
    void theServerGoingAwayLosesNothing()
    {
        if (!testsupport::onServer())
            QSKIP("A file has no connection to lose.");
        std::unique_ptr<Database> colleague = testsupport::memoryDatabase(true);
        const qint64 caseId = unreviewedCase(*colleague);
        const QString database = QUrl(colleague->path()).path().mid(1);
        viewfixture::Fixture f;
        openWindow(f, colleague->path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.window->openReview(ReviewRef{caseId}));
        CueCardWidget *card = f.window->cueCard();
        auto *bar = f.window->findChild<MessageBar *>(QStringLiteral("serverBar"));
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        const QList<CueItemWidget *> items = card->itemWidgets();
        QVERIFY(items.size() >= 3);
        // A save before the loss: the statements it prepared on the old connection must not be used on the new one.
        card->focusItem(items.at(0)->itemKey());
        viewfixture::press(Qt::Key_3);
        QVERIFY(items.at(0)->answerButton(AnswerValue::NotApplicable)->isChecked());
        QVERIFY(!items.at(0)->isMarkedUnsaved());

        const QVariant pid =
            sql::scalar(sqlOf(f.controller.database()), QStringLiteral("SELECT pg_backend_pid()")).value();
        testsupport::onCluster(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database));
        QVERIFY(sql::run(sqlOf(*colleague), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 3000);
        QVERIFY2(bar->text().contains(QStringLiteral("cannot be reached")), qPrintable(bar->text()));
        QVERIFY(liveLabel(f.window.get())->isHidden());

        // Meanwhile: an answer by key, a note, and an answer to an item a colleague answers too.
        card->focusItem(items.at(0)->itemKey());
        viewfixture::press(Qt::Key_1);
        QVERIFY(items.at(0)->answerButton(AnswerValue::Met)->isChecked());
        QVERIFY(items.at(0)->isMarkedUnsaved());
        auto *messages = card->findChild<MessageBar *>();
        QVERIFY2(messages->isVisible() && messages->text().contains(QStringLiteral("Not saved yet")),
                 qPrintable(messages->text()));
        items.at(1)->focusNote();
        QTest::keyClicks(items.at(1)->noteField(), QStringLiteral("Ringet op, lægen svarer fredag"));
        card->flush();
        QVERIFY(items.at(1)->isMarkedUnsaved());
        QCOMPARE(items.at(1)->noteField()->text(), QStringLiteral("Ringet op, lægen svarer fredag"));
        const QString contested = items.at(2)->itemKey();
        auto kirsten = testsupport::actor(*colleague, QStringLiteral("kirsten"));
        ReviewService byKirsten(*kirsten.session);
        QVERIFY(byKirsten.answer(ReviewRef{caseId}, contested, AnswerValue::NotApplicable));
        card->focusItem(contested);
        viewfixture::press(Qt::Key_2);
        QVERIFY(items.at(2)->isMarkedUnsaved());
        QVERIFY(f.controller.editor().unsavedCount() >= 3); // "not met" also opens the item's defect

        // Closing now would lose them: the window asks, and Cancel keeps it open.
        QVERIFY(viewfixture::whenModal<QMessageBox>([&] { f.window->close(); },
                                                    [](QMessageBox *box) {
                                                        QVERIFY(
                                                            box->text().contains(QStringLiteral("could not be saved")));
                                                        box->button(QMessageBox::Cancel)->click();
                                                    }));
        QVERIFY(f.window->isVisible());

        // Reconnect now (Alt+N) meets a database that refuses connections: the banner says why, and it tries again.
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(QStringLiteral("not currently accepting connections")),
                                  qPrintable(bar->text()), 2000); // a mnemonic clicks after a moment
        QVERIFY(bar->isVisible());
        testsupport::onCluster(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 8000);
        QVERIFY(liveLabel(f.window.get())->isVisible());
        QVERIFY(f.controller.changeFeed().isLive());
        QCOMPARE(f.window->cueCard()->caseId(), caseId);
        QVERIFY(sql::scalar(sqlOf(f.controller.database()), QStringLiteral("SELECT pg_backend_pid()")).value() != pid);

        // Saved: the answer and the note; the contested item is the colleague's, with the choice offered.
        auto reader = testsupport::actor(*colleague, QStringLiteral("reader"));
        ReviewService service(*reader.session);
        QCOMPARE(service.itemState(ReviewRef{caseId}, items.at(0)->itemKey())->answer->value, AnswerValue::Met);
        QCOMPARE(service.itemState(ReviewRef{caseId}, items.at(1)->itemKey())->answer->note,
                 QStringLiteral("Ringet op, lægen svarer fredag"));
        QCOMPARE(service.itemState(ReviewRef{caseId}, contested)->answer->value, AnswerValue::NotApplicable);
        QCOMPARE(f.controller.editor().unsavedCount(), 0);
        for (CueItemWidget *item : items)
            QVERIFY2(!item->isMarkedUnsaved(), qPrintable(item->itemKey()));
        QVERIFY2(messages->isVisible() && messages->text().contains(QStringLiteral("changed")),
                 qPrintable(messages->text()));
        QVERIFY(items.at(2)->answerButton(AnswerValue::NotApplicable)->isChecked());
        // The saved changes can be undone as any other.
        QVERIFY(f.controller.editor().stackFor(caseId)->count() >= 2);
    }
};

QTEST_MAIN(TestViewLive)
#include "tst_view_live.moc"
