// Issue 14, the storage defects: no lockout after a crash (an empty or unreadable lock whose owner cannot be
// alive is recovered), damage is never silent (every query loop checks for an error after its last row, a
// damaged file names the newest backup, quick_check on open, `check`), an unknown schema version is refused,
// file modes (0600 files in 0700 folders, crash leftovers removed), `backup -o` does not create folders.
#include "storage/database.h"
#include "storage/exportrows.h"
#include "storage/filesystem.h"
#include "storage/settingsstore.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/databaselock.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/file.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

using namespace sagstjek;

namespace {

// The mode bits of a file or folder (0600, 0700, …).
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Runs a statement on a file with a plain connection (no app, no checks).
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(qHash(path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 intOn(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("rawint-%1").arg(qHash(path));
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

// Overwrites page `page` (1-based) of `path` with zeros.
bool zeroPage(const QString &path, qint64 page, qint64 pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    return file.write(QByteArray(int(pageSize), '\0')) == pageSize;
}

// The id of a process that has ended (so a name with it is a crash's leftover).
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : 999999;
}

} // namespace

class TestStorageHardening : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString freshCopy()
    {
        const QString folder = m_dir.filePath(QStringLiteral("copy%1").arg(++m_copies));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/db.sqlite");
        QFile::copy(m_demo, path);
        QFile::setPermissions(path, filesystem::OwnerOnlyFile);
        return path;
    }

    testsupport::CliRun cli(const QString &db, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli(m_demo, {QStringLiteral("demo")}).exitCode, 0);
        QDir(m_demo + QStringLiteral(".backups")).removeRecursively();
    }

    // Defect 1 ------------------------------------------------------------------------------------------------

    void anEmptyOrUnreadableLockWithoutALiveOwnerIsRecovered_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty (kill -9 between creating and writing it, or : > FILE.lock)") << QByteArray();
        QTest::newRow("cut short in its first line") << QByteArray("12");
        QTest::newRow("not a lock file at all") << QByteArray("\xff\xfe garbage\n\n\n");
    }
    void anEmptyOrUnreadableLockWithoutALiveOwnerIsRecovered()
    {
        QFETCH(QByteArray, content);
        const QString path = freshCopy();
        for (const QStringList &command :
             {QStringList{QStringLiteral("cases")},
              QStringList{QStringLiteral("backup"), QStringLiteral("-o"), path + QStringLiteral(".copy")}}) {
            QFile lock(path + QStringLiteral(".lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.write(content);
            lock.close();
            const auto run = cli(path, command);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        }
        // Restore takes the same lock.
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.close();
        const auto restored = cli(path, {QStringLiteral("restore"), path + QStringLiteral(".copy")});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
    }

    void anOwnerlessLockHeldByALiveProcessIsNotTaken()
    {
        // A live QLockFile owner holds an flock on its lock file from the moment it made it; an empty file
        // with an flock on it is a live owner that has not written its id yet (or another program's lock).
        const QString path = freshCopy();
        const QByteArray lockName = QFile::encodeName(path + QStringLiteral(".lock"));
        const int fd = ::open(lockName.constData(), O_RDWR | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const auto run = cli(path, {QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("already open"), run.err.constData());
        QVERIFY(!run.err.contains("process 0"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        ::close(fd);
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
    }

    void aLockOfALiveOwnerIsNeverTaken()
    {
        const QString path = freshCopy();
        auto first = databaselock::acquire(path);
        QVERIFY(first);
        auto second = databaselock::acquire(path);
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
        first.value().reset();
        QVERIFY(databaselock::acquire(path));
    }

    // Defect 5 ------------------------------------------------------------------------------------------------

    void aNegativeOrUnknownSchemaVersionIsRefusedCleanly_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("-5") << -5;
        QTest::newRow("-1") << -1;
        QTest::newRow("newer than this build") << 9999;
    }
    void aNegativeOrUnknownSchemaVersionIsRefusedCleanly()
    {
        QFETCH(int, version);
        const QString path = freshCopy();
        QVERIFY(execOn(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)}));
        const QByteArray before = testsupport::fileHash(path);
        for (const QString &command : {QStringLiteral("cases"), QStringLiteral("check")}) {
            const auto run = cli(path, {command});
            QCOMPARE(run.exitCode, 3); // refused, not a crash (a signal would not give 3)
            QVERIFY2(run.err.contains("schema"), run.err.constData());
        }
        QCOMPARE(testsupport::fileHash(path), before);
        // A backup with such a version is not restored either.
        const QString target = freshCopy();
        const auto restored = cli(target, {QStringLiteral("restore"), path});
        QCOMPARE(restored.exitCode, 2);
        QVERIFY2(restored.err.contains("schema"), restored.err.constData());
    }

    // Defect 6 ------------------------------------------------------------------------------------------------

    void aWalThatDoesNotBelongIsRefusedWithoutTouchingTheFile_data()
    {
        QTest::addColumn<bool>("sameDatabase");
        QTest::newRow("from another copy of the same database") << true;
        QTest::newRow("from another database") << false;
    }
    void aWalThatDoesNotBelongIsRefusedWithoutTouchingTheFile()
    {
        QFETCH(bool, sameDatabase);
        const QString path = freshCopy();
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0); // opened (and closed) by this version
        const QString other = QFileInfo(path).absolutePath() + QStringLiteral("/other.sqlite");
        if (sameDatabase)
            QVERIFY(QFile::copy(path, other));
        else
            QVERIFY(execOn(other, {QStringLiteral("CREATE TABLE t (x)")}));
        // The other file's WAL, copied while its writer still has it open (as a crash leaves it).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(sameDatabase ? QStringLiteral("UPDATE answers SET note = 'merged unseen'")
                                        : QStringLiteral("INSERT INTO t VALUES (randomblob(20000))")));
            QVERIFY(QFileInfo(other + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = testsupport::fileHash(path);
        const QByteArray walBefore = testsupport::fileHash(path + QStringLiteral("-wal"));
        const auto run = cli(path, {QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("does not belong"), run.err.constData());
        QCOMPARE(testsupport::fileHash(path), before);
        QCOMPARE(testsupport::fileHash(path + QStringLiteral("-wal")), walBefore);
        // Moved away, the database opens as it was.
        QVERIFY(QFile::rename(path + QStringLiteral("-wal"), path + QStringLiteral("-wal.foreign")));
        QFile::remove(path + QStringLiteral("-shm"));
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        QCOMPARE(intOn(path, QStringLiteral("SELECT count(*) FROM answers WHERE note = 'merged unseen'")), 0);
    }

    void theWalOfACrashedWriterIsReplayed()
    {
        if (testsupport::runCli({QStringLiteral("selftest-writer"), QStringLiteral("--help")}).exitCode != 0)
            QSKIP("sagstjek-cli was built without the test-only selftest-writer command.");
        const QString path = freshCopy();
        QProcess writer;
        writer.start(testsupport::cliPath(), {QStringLiteral("--db"), path, QStringLiteral("selftest-writer"),
                                              QStringLiteral("--count"), QStringLiteral("100000")});
        QVERIFY(writer.waitForStarted(5000));
        QVERIFY(writer.waitForReadyRead(30000));
        QTest::qWait(100);
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        QVERIFY(lines.size() > 1);
        const auto run = cli(path, {QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The last acknowledged answer is there.
        const QByteArray last = lines.at(lines.size() - 2);
        const QString note = QString::fromUtf8(last.split(' ').mid(3).join(' '));
        QCOMPARE(intOn(path, QStringLiteral("SELECT count(*) FROM answers WHERE note = '%1'").arg(note)), 1);
    }

    // Defect 7 ------------------------------------------------------------------------------------------------

    void aNewDatabaseIsOwnerOnlyInOwnerOnlyFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("made/by/app"));
        const QString path = folder + QStringLiteral("/new.sqlite");
        QCOMPARE(cli(path, {QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("made"))), 0700);
        // The folder the test made itself keeps its mode.
        QVERIFY(modeOf(m_dir.path()) != -1);
        // While open: the -wal and -shm too.
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        QVERIFY(db.value()->settings().set(QStringLiteral("probe"), QStringLiteral("1")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        // Automatic backups: the folder 0700, the files 0600.
        auto automatic = db.value()->automaticBackup(QStringLiteral("probe"));
        QVERIFY(automatic);
        QCOMPARE(modeOf(automatic.value()), 0600);
        QCOMPARE(modeOf(QFileInfo(automatic.value()).absolutePath()), 0700);
    }

    void anExistingLaxDatabaseIsTightenedOnOpen()
    {
        const QString path = freshCopy();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        QCOMPARE(modeOf(path), 0600);
    }

    void filesWithPersonalDataAreOwnerOnly()
    {
        const QString path = freshCopy();
        const QString folder = QFileInfo(path).absolutePath();
        const QString backup = folder + QStringLiteral("/manual.sqlite");
        QCOMPARE(cli(path, {QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
        QCOMPARE(modeOf(backup), 0600);
        const QString csv = folder + QStringLiteral("/cases.csv");
        const auto exported = cli(path, {QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("-o"), csv,
                                         QStringLiteral("--include-personal-data")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(modeOf(csv), 0600);
        const QString answers = folder + QStringLiteral("/answers.csv");
        QCOMPARE(
            cli(path, {QStringLiteral("export"), QStringLiteral("answers"), QStringLiteral("-o"), answers}).exitCode,
            0);
        QCOMPARE(modeOf(answers), 0600);
        // The skipped rows of an import are rows of the import file.
        const QString input = testsupport::writeFile(m_dir, QStringLiteral("import.csv"),
                                                     "case_number;name;area\nS-1;God;integration\n"
                                                     "S-2;Dårlig;nowhere\n");
        const QString skipped = folder + QStringLiteral("/skipped.csv");
        const auto imported = cli(path, {QStringLiteral("import-cases"), input, QStringLiteral("--skip-invalid"),
                                         QStringLiteral("--skipped-rows"), skipped});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(modeOf(skipped), 0600);
    }

    void temporariesLeftByACrashAreRemovedOnTheNextStart()
    {
        const QString path = freshCopy();
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0); // makes the daily backup and its folder
        const QString backups = path + QStringLiteral(".backups");
        QVERIFY(QFileInfo(backups).isDir());
        const qint64 dead = deadPid();
        const QStringList orphans = {
            path + QStringLiteral(".tmp-%1-0").arg(dead),                                        // a restore's copy
            backups + QStringLiteral("/db-20260101T000000000Z-daily.sqlite.tmp-%1-3").arg(dead), // a backup's
            path + QStringLiteral(".tmp-%1-0-journal").arg(dead), // SQLite's journal of a copy being checked
        };
        const QString live = path + QStringLiteral(".tmp-%1-7").arg(QCoreApplication::applicationPid());
        for (const QString &file : orphans + QStringList{live})
            QVERIFY(QFile::copy(m_demo, file));
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        for (const QString &file : orphans)
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
        QVERIFY(QFileInfo::exists(live)); // its writer is alive: not a leftover
        QFile::remove(live);
        // A `backup -o` leftover beside its target goes with the next backup to that target.
        const QString target = folder + QStringLiteral("/b.sqlite");
        const QString leftover = target + QStringLiteral(".tmp-%1-0").arg(dead);
        QVERIFY(QFile::copy(m_demo, leftover));
        QCOMPARE(cli(path, {QStringLiteral("backup"), QStringLiteral("-o"), target}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(leftover));
    }

    // Defect 13 (the storage part) ----------------------------------------------------------------------------

    void backupDoesNotCreateAMissingFolder()
    {
        const QString path = freshCopy();
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
        const auto run =
            cli(path, {QStringLiteral("backup"), QStringLiteral("-o"), missing + QStringLiteral("/b.sqlite")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    }

    // Defect 4 ------------------------------------------------------------------------------------------------

    void everyQueryLoopChecksForAnErrorAfterItsLastRow()
    {
        // QSqlQuery::next() returns false at the end and on an error alike; a loop that does not ask
        // sql::finished() afterwards turns a damaged page into fewer rows.
        static const QRegularExpression loop(QStringLiteral(R"(while \((\w+)(->|\.)next\(\)\))"));
        int loops = 0;
        QStringList unchecked;
        QStringList files;
        for (const char *folder : {"sql", "sqlite", "postgres"}) {
            const QDir sources(testsupport::resourcesPath() + QStringLiteral("/../model/storage/") +
                               QLatin1String(folder));
            QVERIFY(sources.exists());
            for (const QString &name : sources.entryList({QStringLiteral("*.cpp")}))
                files << sources.filePath(name);
        }
        for (const QString &path : std::as_const(files)) {
            const QString name = QFileInfo(path).fileName();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = loop.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                ++loops;
                const QString cursor =
                    match.captured(2) == u"->" ? match.captured(1) + QStringLiteral(".value()") : match.captured(1);
                // The check follows the loop's end (a braced body or one statement) within a few lines.
                qsizetype end = match.capturedEnd();
                while (end < text.size() && text.at(end).isSpace())
                    ++end;
                if (end < text.size() && text.at(end) == u'{') {
                    for (int depth = 0; end < text.size(); ++end) {
                        depth += text.at(end) == u'{' ? 1 : text.at(end) == u'}' ? -1 : 0;
                        if (depth == 0)
                            break;
                    }
                } else {
                    end = text.indexOf(u';', end);
                }
                const QString after = text.mid(end).section(u'\n', 0, 6);
                if (!after.contains(QStringLiteral("sql::finished(%1)").arg(cursor)))
                    unchecked << QStringLiteral("%1: while (%2)").arg(name, match.captured(0));
            }
        }
        QVERIFY(loops > 40);
        QVERIFY2(unchecked.isEmpty(), qPrintable(unchecked.join(u'\n')));
    }

    void aPageDamagedWhileOpenSurfacesInsteadOfFewerRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("open.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        QFile::setPermissions(path, filesystem::OwnerOnlyFile);
        const qint64 answers = intOn(path, QStringLiteral("SELECT count(*) FROM answers"));
        QVERIFY(answers > 100);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(opened);
        Database &db = *opened.value();
        QSqlDatabase &connection = sqlOf(db);
        // A page of the answers table, not its root, read from the disk on the next query (a tiny cache).
        QSqlQuery q(connection);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        const qint64 pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'answers' AND pagetype = 'leaf' "
                                      "ORDER BY pageno")));
        QList<qint64> leaves;
        while (q.next())
            leaves << q.value(0).toLongLong();
        q.finish();
        QVERIFY2(leaves.size() >= 3, "the demo's answers fill too few pages for this test");
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA mmap_size = 0")));
        QVERIFY(zeroPage(path, leaves.at(leaves.size() / 2), pageSize));
        int rows = 0;
        const auto exported = db.exportRows().answers(ExportScope{}, [&](const ExportAnswerRow &) {
            ++rows;
            return true;
        });
        QVERIFY2(!exported, qPrintable(QStringLiteral("%1 of %2 rows, no error").arg(rows).arg(answers)));
        QVERIFY2(exported.error().message.contains(QStringLiteral("damaged")), qPrintable(exported.error().message));
        QVERIFY(exported.error().message.contains(QStringLiteral("restore the latest backup")));
    }

    void aDamagedFileIsRefusedOnOpenNamingTheNewestBackup()
    {
        const QString path = freshCopy();
        // The daily backup on the first open is the newest backup.
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        const QStringList backups =
            QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(backups.size(), 1);
        const qint64 pageSize = intOn(path, QStringLiteral("PRAGMA page_size"));
        const qint64 leaf = intOn(path, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'answers' AND "
                                                       "pagetype = 'leaf'"));
        QVERIFY(leaf > 1);
        QVERIFY(zeroPage(path, leaf, pageSize));
        const QByteArray before = testsupport::fileHash(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("cases")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("export"), QStringLiteral("answers"), QStringLiteral("-o"),
                          path + QStringLiteral(".csv")},
              QStringList{QStringLiteral("check")}}) {
            const auto run = cli(path, command);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains("The database is damaged"), run.err.constData());
            QVERIFY2(run.err.contains("restore the latest backup"), run.err.constData());
            QVERIFY2(run.err.contains(backups.first().toUtf8()), run.err.constData());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".csv")));
        QCOMPARE(testsupport::fileHash(path), before);
        // A file cut short by 1,000 bytes too.
        const QString cut = freshCopy();
        QVERIFY(QFile::resize(cut, QFileInfo(cut).size() - 1000));
        const auto run = cli(cut, {QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
        // The way out works: restore the named backup.
        const auto restored =
            cli(path, {QStringLiteral("restore"), path + QStringLiteral(".backups/") + backups.first()});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        // The damaged file is kept, as raw bytes, for its owner only.
        const QStringList kept =
            QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*before-restore*")}, QDir::Files);
        QVERIFY(!kept.isEmpty());
        for (const QString &name : kept)
            QCOMPARE(modeOf(path + QStringLiteral(".backups/") + name), 0600);
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
    }

    void checkRecountsTheAnswerTalliesAndRepairsThem()
    {
        const QString path = freshCopy();
        auto sound = cli(path, {QStringLiteral("check"), QStringLiteral("--json")});
        QVERIFY2(sound.exitCode == 0, sound.err.constData());
        QVERIFY(sound.out.contains("\"sound\": true"));
        QVERIFY(sound.out.contains("\"item_tallies_differing\": 0"));
        // Tallies changed behind the triggers' back.
        QVERIFY(execOn(path, {QStringLiteral("UPDATE item_tallies SET met = met + 3 WHERE item_key = (SELECT "
                                             "min(item_key) FROM item_tallies)"),
                              QStringLiteral("UPDATE review_tallies SET na = na + 1 WHERE review_id = (SELECT "
                                             "min(review_id) FROM review_tallies)")}));
        auto found = cli(path, {QStringLiteral("check")});
        QCOMPARE(found.exitCode, 2);
        QVERIFY2(found.out.contains("review rows differ"), found.out.constData());
        QVERIFY(found.err.contains("check --repair"));
        auto repaired = cli(path, {QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--full")});
        QVERIFY2(repaired.exitCode == 0, repaired.err.constData());
        QVERIFY2(repaired.out.contains("integrity_check: ok"), repaired.out.constData());
        QVERIFY(repaired.out.contains("rebuilt"));
        QCOMPARE(cli(path, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(
            intOn(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.tallies.rebuild'")), 1);
        QCOMPARE(cli(path, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageHardening)
#include "tst_storagehardening.moc"
