// The daily backup runs in the background (issue 13): the window is ready while the backup is still being made,
// the status bar says so, and the backup then completes and is a valid database. The CLI makes it after the
// command's output.
#include "viewfixture.h"

#include "services/workersession.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThreadPool>

using namespace sagstjek;

class TestViewBackgroundBackup : public QObject {
    Q_OBJECT

    static QStringList dailyBackups(const QString &databasePath)
    {
        return QDir(databasePath + QStringLiteral(".backups"))
            .entryList({QStringLiteral("*-daily.sqlite")}, QDir::Files, QDir::Name);
    }

private slots:
    void theWindowIsReadyBeforeTheDailyBackupFinishes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        AppSettings settings;
        QSemaphore release; // outlives the controller, whose backup thread may wait on it
        AppController controller(QStringLiteral("tester"), language::current());
        controller.setBeforeBackgroundBackup([&release] { release.acquire(); }); // holds the backup back
        const auto neverHang = qScopeGuard([&] { release.release(); });          // should a check fail
        QSignalSpy finished(&controller, &AppController::backupFinished);

        QVERIFY(controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok());
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window is up and usable while the backup has not been made.
        QVERIFY(controller.isBackingUp());
        auto *label = window.findChild<QLabel *>(QStringLiteral("backupLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(dailyBackups(path).isEmpty());
        QVERIFY(controller.caseModel().rowCount() > 0);

        release.release();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!controller.isBackingUp());
        QVERIFY(!label->isVisible());
        const QString made = finished.first().at(0).toString();
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(dailyBackups(path).size(), 1);
        QCOMPARE(QFileInfo(made).fileName(), dailyBackups(path).first());
        QVERIFY(Database::checkBackup(made).ok()); // a complete database of this schema
        QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(made)));
        // No temporary copy is left beside it.
        QCOMPARE(QDir(path + QStringLiteral(".backups")).entryList(QDir::Files).size(), 1);
    }

    // Closing while today's backup is still being made says so and offers to wait; "Close without it" stops the copy
    // (no backup, no temporary file left) and the next open makes it.
    void closingDuringTheBackupOffersToWaitOrToCloseWithoutIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        AppSettings settings;
        QSemaphore release;
        {
            AppController controller(QStringLiteral("tester"), language::current());
            controller.setBeforeBackgroundBackup([&release] { release.acquire(); });
            const auto neverHang = qScopeGuard([&] { release.release(); });
            QVERIFY(controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok());
            MainWindow window(controller, settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(controller.isBackingUp());
            QString said;
            QVERIFY(viewfixture::whenModal<QProgressDialog>([&] { window.close(); },
                                                            [&](QProgressDialog *waiting) {
                                                                said = waiting->labelText();
                                                                auto *button = waiting->findChild<QPushButton *>();
                                                                QVERIFY(button);
                                                                QTest::mouseClick(button, Qt::LeftButton);
                                                            }));
            QVERIFY2(said.contains(QStringLiteral("backup")), qPrintable(said));
            QVERIFY(!window.isVisible());
            release.release(); // the copy starts only now, already stopped
            controller.waitForBackup();
            QVERIFY(dailyBackups(path).isEmpty());
            QCOMPARE(QDir(path + QStringLiteral(".backups")).entryList(QDir::Files).size(), 0);
        }
        // The next open makes today's backup.
        AppController again(QStringLiteral("tester"), language::current());
        QSignalSpy finished(&again, &AppController::backupFinished);
        QVERIFY(again.openDatabase(path, Database::OpenMode::OpenExisting).ok());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(dailyBackups(path).size(), 1);
    }

    // Waiting for it closes the window once the backup is made.
    void closingDuringTheBackupCanWaitForIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        AppSettings settings;
        QSemaphore release;
        AppController controller(QStringLiteral("tester"), language::current());
        controller.setBeforeBackgroundBackup([&release] { release.acquire(); });
        const auto neverHang = qScopeGuard([&] { release.release(); });
        QVERIFY(controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok());
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(viewfixture::whenModal<QProgressDialog>([&] { window.close(); },
                                                        [&](QProgressDialog *) { release.release(); }));
        QVERIFY(!window.isVisible());
        QCOMPARE(dailyBackups(path).size(), 1);
    }

    void theWindowPaintsWhileTheBackupAndFileCheckHoldTheirThreads()
    {
        // Qt's raster painting hands pieces of a large paint to QThreadPool::globalInstance() and waits for them:
        // the backup and the file check held both of its threads on a two-core laptop and the window stood still
        // for seconds at a million cases. They run in Sagstjek's own pool, and the global one stays free.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        AppSettings settings;
        QSemaphore release;
        AppController controller(QStringLiteral("tester"), language::current());
        controller.setBeforeBackgroundBackup([&release] { release.acquire(); });
        controller.setBeforeBackgroundFileCheck([&release] { release.acquire(); });
        const auto neverHang = qScopeGuard([&] { release.release(2); });
        QVERIFY(controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok());
        MainWindow window(controller, settings);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(controller.isBackingUp() && controller.isCheckingFile());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000)); // nothing of ours there (Qt's own may come and go)
        QCOMPARE(workerPool()->activeThreadCount(), 2);
        QVERIFY(!window.grab().isNull()); // a whole paint, while both are held
        release.release(2);
        QTRY_VERIFY(!controller.isBackingUp() && !controller.isCheckingFile());
    }

    void everyBackgroundTaskNamesTheWorkerPool()
    {
        // The rule above, kept for code written later: QtConcurrent's calls name workerPool() as their pool.
        QStringList strays;
        const QDir root(testsupport::resourcesPath() + QStringLiteral("/.."));
        for (const char *folder : {"model", "views", "app"}) {
            QDirIterator files(root.filePath(QString::fromLatin1(folder)),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                static const QRegularExpression call(QStringLiteral(
                    R"(QtConcurrent::(run|map|mapped|mappedReduced|filter|filtered|filteredReduced)\s*\(\s*(\S+))"));
                for (auto match = call.globalMatch(text); match.hasNext();) {
                    const auto found = match.next();
                    if (!found.captured(2).startsWith(u"workerPool()"))
                        strays << root.relativeFilePath(file.fileName()) + QStringLiteral(": ") + found.captured(0);
                }
            }
        }
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u'\n')));
    }

    void aSecondOpenTheSameDayMakesNoSecondBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            AppController controller(QStringLiteral("tester"), language::current());
            QVERIFY(controller.openDatabase(path, Database::OpenMode::CreateIfMissing, true).ok());
            controller.waitForBackup();
        }
        AppController controller(QStringLiteral("tester"), language::current());
        QSignalSpy finished(&controller, &AppController::backupFinished);
        QVERIFY(controller.openDatabase(path, Database::OpenMode::OpenExisting).ok());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QString()); // none was due
        QCOMPARE(dailyBackups(path).size(), 1);
    }

    // The CLI answers first and makes the day's backup after its output.
    void theCliMakesTheDailyBackupAfterItsOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto db = testsupport::fileDatabase(dir, QStringLiteral("c.sqlite"), true);
            QDir(path + QStringLiteral(".backups")).removeRecursively(); // as if made yesterday: none today
        }
        QVERIFY(dailyBackups(path).isEmpty());
        const auto run = testsupport::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 2);
        QCOMPARE(dailyBackups(path).size(), 1);
        QVERIFY(
            Database::checkBackup(QDir(path + QStringLiteral(".backups")).filePath(dailyBackups(path).first())).ok());
    }
};

QTEST_MAIN(TestViewBackgroundBackup)
#include "tst_view_backgroundbackup.moc"
