// The file's own check (quick_check, when due) runs in the background (issue 13): the window is ready while the
// check is still running, the status bar says so, and damage it finds reaches the user in a message bar on top of
// the window, naming the backup to restore. The CLI still refuses a damaged file before it does anything.
#include "viewfixture.h"

#include "messagebar.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>

using namespace sagstjek;

namespace {

// A value read from the file with a connection of its own (the app's is closed).
qint64 intOn(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("raw-check");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A demo database at `path`, opened once by the app (migrated, with its daily backup) and closed again.
bool makeDemoFile(const QString &path)
{
    AppController controller(QStringLiteral("tester"), language::current());
    return controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok();
}

// Zeroes a leaf page of the answers: the open still reads what it needs, quick_check finds the damage.
bool damageAnswers(const QString &path)
{
    const qint64 pageSize = intOn(path, QStringLiteral("PRAGMA page_size"));
    const qint64 leaf =
        intOn(path, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'answers' AND pagetype = 'leaf'"));
    if (pageSize <= 0 || leaf <= 1)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek((leaf - 1) * pageSize) &&
           file.write(QByteArray(int(pageSize), '\0')) == pageSize;
}

} // namespace

class TestViewBackgroundCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowIsReadyBeforeTheFileCheckFinishes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(makeDemoFile(path));
        AppSettings settings;
        QSemaphore release; // outlives the controller, whose check thread may wait on it
        AppController controller(QStringLiteral("tester"), language::current());
        controller.setBeforeBackgroundFileCheck([&release] { release.acquire(); }); // holds the check back
        const auto neverHang = qScopeGuard([&] { release.release(); });             // should a check fail
        QSignalSpy finished(&controller, &AppController::fileCheckFinished);

        QVERIFY(controller.openDatabase(path, Database::OpenMode::OpenExisting).ok());
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window is up and shows the cases while the file has not been checked.
        QVERIFY(controller.isCheckingFile());
        QVERIFY(finished.isEmpty());
        auto *label = window.findChild<QLabel *>(QStringLiteral("fileCheckLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(controller.caseModel().rowCount() > 0);
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("fileCheckBar"));
        QVERIFY(bar && !bar->isVisible());

        release.release();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true); // a small file is checked at every open
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(2).toString(), QString());
        QVERIFY(!controller.isCheckingFile());
        QVERIFY(!label->isVisible());
        QVERIFY(!bar->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("no damage")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // Closing the app stops a running check (AppController::close sets the flag) instead of waiting seconds for it:
    // the check then counts as not run, so it is not recorded and runs again at the next open.
    void aStoppedCheckEndsAsNotRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(makeDemoFile(path));
        StopSignal stop;
        stop.stop();
        auto stopped = Database::checkFileInBackground(path, &stop);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().message));
        QVERIFY(!stopped->ran);
        QVERIFY(stopped->damage.isEmpty());
        StopSignal notStopped;
        auto checked = Database::checkFileInBackground(path, &notStopped);
        QVERIFY(checked.ok());
        QVERIFY(checked->ran);
        QVERIFY(checked->damage.isEmpty());
    }

    void damageTheCheckFindsReachesTheUser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(makeDemoFile(path));
        const QStringList backups =
            QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(backups.size(), 1); // the daily backup of the first open
        QVERIFY(damageAnswers(path));

        AppSettings settings;
        AppController controller(QStringLiteral("tester"), language::current());
        QSignalSpy finished(&controller, &AppController::fileCheckFinished);
        QVERIFY(controller.openDatabase(path, Database::OpenMode::OpenExisting).ok());
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(finished.size(), 1);
        const QString damage = finished.first().at(1).toString();
        QVERIFY2(damage.contains(QStringLiteral("The database is damaged")), qPrintable(damage));
        QVERIFY2(damage.contains(backups.first()), qPrintable(damage));       // names the backup to restore
        QCOMPARE(damage.count(QStringLiteral("The database is damaged")), 1); // one message, not one in another
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("fileCheckBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("restore the latest backup")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(backups.first()));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("fileCheckLabel"))->isVisible());

        // Opening another file clears the message; the CLI refuses the damaged one before any output.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QSignalSpy again(&controller, &AppController::fileCheckFinished);
        QVERIFY(controller.openDatabase(other, Database::OpenMode::CreateIfMissing, true).ok());
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE(again.size(), 1);
        QCOMPARE(again.first().at(1).toString(), QString());
        QVERIFY(!bar->isVisible());
        controller.waitForBackup();
        const auto run = testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("The database is damaged"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // Writes the window with the damage message, in Danish, to SAGSTJEK_SCREENSHOT_DIR/filecheck-damaged-da.png.
    void screenshot()
    {
        const QString shots = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(makeDemoFile(path));
        QVERIFY(damageAnswers(path));
        AppSettings settings;
        AppController controller(QStringLiteral("tester"), language::current());
        QSignalSpy finished(&controller, &AppController::fileCheckFinished);
        QVERIFY(controller.openDatabase(path, Database::OpenMode::OpenExisting).ok());
        MainWindow window(controller, settings);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(window.grab().save(shots + QStringLiteral("/filecheck-damaged-da.png")));
    }
};

QTEST_MAIN(TestViewBackgroundCheck)
#include "tst_view_backgroundcheck.moc"
