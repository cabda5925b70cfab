// Backups and restore (PERF_RELIABILITY.md §C, §G.3, §G.4, §G.7, §G.8, §G.14, §G.16): checked copies through
// a temporary file; a backup before every migration; keep the last N; restore refuses what is not a Sagstjek
// database and removes stale -wal/-shm; deleting a case removes its CPR from the database and the WAL; a full
// disk, a read-only file and a locked database give clear messages and leave nothing half-written.
#include "services/accesspolicy.h"
#include "services/personaldata.h"
#include "storage/filesystem.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/mount.h>

using namespace sagstjek;

namespace {

int countIn(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("count-%1").arg(qHash(path));
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                result = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool containsCpr(const QByteArray &bytes, const QString &digits)
{
    // As stored (ten digits) and as displayed (DDMMYY-SSSS).
    return bytes.contains(digits.toUtf8()) || bytes.contains((digits.left(6) + u'-' + digits.mid(6)).toUtf8());
}

// Mounts a tmpfs (or a read-only bind) for a test; unmounts it at the end.
class Mount {
public:
    explicit Mount(const QString &dir, const QByteArray &options)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_mounted = ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~Mount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }
    bool ok() const { return m_mounted; }
    bool remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_dir).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // a demo database made once; each test copies it

    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_demo, path);
        return path;
    }

    testsupport::CliRun cli(const QString &db, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli(m_demo, {QStringLiteral("demo")}).exitCode, 0);
        QDir(m_demo + QStringLiteral(".backups")).removeRecursively();
    }

    void aBackupIsACheckedCompleteCopy()
    {
        const QString db = freshCopy(QStringLiteral("b1.db"));
        const QString out = m_dir.filePath(QStringLiteral("copies/b1-copy.sqlite"));
        QDir().mkpath(QFileInfo(out).absolutePath()); // backup -o writes into an existing folder only
        QElapsedTimer timer;
        timer.start();
        const auto run = cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), out});
        qInfo("backup of the demo database (%lld bytes): %lld ms including CLI start", QFileInfo(db).size(),
              timer.elapsed());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(backup::checkBackupFile(out).ok());
        QCOMPARE(countIn(out, QStringLiteral("SELECT count(*) FROM cases")),
                 countIn(db, QStringLiteral("SELECT count(*) FROM cases")));
        QCOMPARE(countIn(out, QStringLiteral("SELECT count(*) FROM answers")),
                 countIn(db, QStringLiteral("SELECT count(*) FROM answers")));
        QVERIFY(QFileInfo(out).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(out).permissions().testFlag(QFileDevice::ReadOther));
        // No temporary file is left behind.
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files).size(), 1);
        // Backing up onto the database itself is refused.
        QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), db}).exitCode, 2);
    }

    void restoreRefusesWhatIsNotASagstjekDatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("a text file") << QByteArray("hello, this is not a database\n") << "not an SQLite file";
        QTest::newRow("an empty file") << QByteArray() << "not an SQLite file";
        QByteArray truncated = readAll(m_dir.filePath(QStringLiteral("demo.db"))).left(8192);
        QTest::newRow("a truncated database") << truncated << "";
    }

    void restoreRefusesWhatIsNotASagstjekDatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        const QString db = freshCopy(QStringLiteral("r1.db"));
        const QByteArray before = testsupport::fileHash(db);
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const auto run = cli(db, {QStringLiteral("restore"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(why.toUtf8()), run.err.constData());
        QCOMPARE(testsupport::fileHash(db), before);
    }

    void restoreRefusesAForeignSqliteDatabase()
    {
        const QString db = freshCopy(QStringLiteral("r2.db"));
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        QProcess::execute(QStringLiteral("sqlite3"),
                          {foreign, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")});
        const auto run = cli(db, {QStringLiteral("restore"), foreign});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not a Sagstjek database"), run.err.constData());
    }

    void restoreReplacesTheDatabaseAndRemovesStaleWalFiles()
    {
        const QString db = freshCopy(QStringLiteral("r3.db"));
        const QString saved = m_dir.filePath(QStringLiteral("r3-saved.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), saved}).exitCode, 0);
        const int cases = countIn(db, QStringLiteral("SELECT count(*) FROM cases"));
        const QString victim = QString::fromUtf8(cli(db, {QStringLiteral("cases")}).out.split('\t').first());
        QCOMPARE(cli(db, {QStringLiteral("delete-case"), victim, QStringLiteral("--reason"), QStringLiteral("test")})
                     .exitCode,
                 0);
        QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM cases")), cases - 1);
        // Stale journal files from another life of the file must not be replayed into the restored one.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile stale(db + suffix);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(QByteArray(4096, 'x'));
        }
        const auto run = cli(db, {QStringLiteral("restore"), saved});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM cases")), cases);
        QVERIFY(countIn(db, QStringLiteral("SELECT count(*) FROM cases")) > 0);
        QCOMPARE(cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        // The restored database records its own restore: from which file and by whom (issue 14, defect 8).
        QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.restore' AND "
                                            "after_json LIKE '%r3-saved.sqlite%' AND user_name <> ''")),
                 1);
        // The replaced database was kept.
        QVERIFY(!QDir(db + QStringLiteral(".backups")).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }

    void restoreRefusesWhileTheDatabaseIsOpen()
    {
        const QString db = freshCopy(QStringLiteral("r4.db"));
        const QString saved = m_dir.filePath(QStringLiteral("r4-saved.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), saved}).exitCode, 0);
        auto open = Database::open(db, Database::OpenMode::OpenExisting);
        QVERIFY(open.ok());
        const auto run = cli(db, {QStringLiteral("restore"), saved});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("already open") || run.err.contains("is open"), run.err.constData());
        // And a second writer is refused with a clear message, too.
        const auto second = cli(db, {QStringLiteral("cases")});
        QCOMPARE(second.exitCode, 3);
        QVERIFY(second.err.contains("already open"));
    }

    void aMigrationIsPrecededByABackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            // A database as the first release left it: schema 1 with a case in it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDatabase::ApplicationId)));
            QVERIFY(migrations::migrate(db, 1).ok());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (case_number, name, area, created_at, updated_at) "
                                          "VALUES ('OLD-1', 'Old', 'integration', 'x', 'x')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), migrations::latestVersion());
        const QStringList backups =
            QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*before-migration-1.sqlite")});
        QCOMPARE(backups.size(), 1);
        const QString copy = QDir(path + QStringLiteral(".backups")).filePath(backups.first());
        QCOMPARE(countIn(copy, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(countIn(copy, QStringLiteral("SELECT count(*) FROM cases WHERE case_number = 'OLD-1'")), 1);
    }

    void automaticBackupsKeepTheLastN()
    {
        const QString path = freshCopy(QStringLiteral("keep.db"));
        QCOMPARE(cli(path, {QStringLiteral("trust-settings"), QStringLiteral("--backup-keep"), QStringLiteral("3")})
                     .exitCode,
                 0);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            auto backedUp = backup::automatic(sqlOf(*db.value()), path, QStringLiteral("test"));
            QVERIFY(backedUp.ok());
            made << QFileInfo(backedUp.value()).fileName();
            QTest::qWait(2);
        }
        const QStringList kept = QDir(path + QStringLiteral(".backups")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.last(), made.last());
        QVERIFY(!kept.contains(made.first()));
    }

    void theDailyBackupIsMadeOncePerDay()
    {
        const QString path = freshCopy(QStringLiteral("daily.db"));
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        QCOMPARE(cli(path, {QStringLiteral("cases")}).exitCode, 0);
        QCOMPARE(QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*-daily.sqlite")}).size(), 1);
    }

    void deletingACaseRemovesItsCprFromTheDatabaseAndTheWal()
    {
        const QString path = freshCopy(QStringLiteral("gdpr.db"));
        QString caseNumber, digits;
        {
            auto db = Database::open(path, Database::OpenMode::OpenExisting);
            auto q = sql::run(sqlOf(*db.value()),
                              QStringLiteral("SELECT case_number, cpr FROM cases WHERE cpr <> '' AND review_status <> "
                                             "'not-started' ORDER BY id LIMIT 1"));
            QVERIFY(q.ok() && q->next());
            caseNumber = q->value(0).toString();
            digits = q->value(1).toString();
            q->finish();
            QCOMPARE(
                sql::scalar(sqlOf(*db.value()), QStringLiteral("SELECT count(*) FROM cases WHERE cpr = ?"), {digits})
                    ->toInt(),
                1);
        }
        QVERIFY(readAll(path).contains(digits.toUtf8()));
        // Keep a connection open during the deletion, as the app would, so the WAL is not simply removed on
        // close.
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        auto policy = AccessPolicy::forUser(*db.value(), QStringLiteral("tester"));
        auto deleted =
            personaldata::deleteCase(*db.value(), *policy.value(), caseNumber, QStringLiteral("GDPR art. 17"));
        QVERIFY2(deleted.ok(), deleted.ok() ? "" : qPrintable(deleted.error().message));
        QVERIFY(deleted->walTruncated);
        QVERIFY(deleted->redactedAuditRecords > 0);
        QVERIFY2(!containsCpr(readAll(path), digits), "the CPR number is still in the database file");
        QVERIFY2(!containsCpr(readAll(path + QStringLiteral("-wal")), digits), "the CPR number is still in the WAL");
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        // Who/when stay in the audit trail and the chain holds.
        policy.value().reset();
        db.value().reset();
        QCOMPARE(cli(path, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void aFullDiskGivesAClearMessageAndLeavesTheDatabaseIntact()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small"));
        Mount small(mountPoint, "size=2m");
        if (!small.ok())
            QSKIP("Cannot mount a 2 MB tmpfs here (needs root or CAP_SYS_ADMIN); the disk-full test was "
                  "skipped.");
        const QString path = mountPoint + QStringLiteral("/full.db");
        QVERIFY(QFile::copy(m_demo, path));
        QCOMPARE(cli(path, {QStringLiteral("trust-settings"), QStringLiteral("--daily-backup"), QStringLiteral("off")})
                     .exitCode,
                 0);
        const QString caseNumber = QString::fromUtf8(cli(path, {QStringLiteral("cases")}).out.split('\t').first());
        const int answersBefore = countIn(path, QStringLiteral("SELECT count(*) FROM answers"));
        // Fill the disk.
        {
            QFile filler(mountPoint + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QString longNote = QString(50000, u'x');
        const auto run = cli(path, {QStringLiteral("answer"), caseNumber, QStringLiteral("integration.contract.goal"),
                                    QStringLiteral("not-met"), QStringLiteral("--note"), longNote});
        QVERIFY(run.exitCode != 0);
        // The message SECURITY.md promises, word for word, wherever the disk fills up.
        const QByteArray promised = "The disk is full: nothing was saved. Free some space on the disk that holds "
                                    "the database, then try again.";
        QVERIFY2(run.err.contains(promised), run.err.constData());
        // A backup onto the full disk fails cleanly too, leaving no partial file.
        const auto backedUp =
            cli(path, {QStringLiteral("backup"), QStringLiteral("-o"), mountPoint + QStringLiteral("/b.sqlite")});
        QVERIFY(backedUp.exitCode != 0);
        QVERIFY2(backedUp.err.contains(promised), backedUp.err.constData());
        QVERIFY(!QFileInfo::exists(mountPoint + QStringLiteral("/b.sqlite")));
        QVERIFY(QDir(mountPoint).entryList({QStringLiteral("*.tmp-*")}).isEmpty());
        QFile::remove(mountPoint + QStringLiteral("/filler"));
        QCOMPARE(countIn(path, QStringLiteral("SELECT count(*) FROM answers")), answersBefore);
        QCOMPARE(
            countIn(path, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")),
            1);
        QCOMPARE(cli(path, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void aReadOnlyDatabaseGivesAClearMessageAndIsNotChanged()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("ro"));
        Mount ro(mountPoint, "size=4m");
        if (!ro.ok())
            QSKIP("Cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN); the read-only test was skipped.");
        const QString path = mountPoint + QStringLiteral("/ro.db");
        QVERIFY(QFile::copy(m_demo, path));
        const QByteArray before = testsupport::fileHash(path);
        QVERIFY(ro.remountReadOnly());
        const auto run = cli(path, {QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QCOMPARE(testsupport::fileHash(path), before);
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files).size(), 1); // no -wal, -shm, lock or 0-byte files
    }

    void aLocalDiskIsNotANetworkShare()
    {
        QVERIFY(filesystem::networkFileSystem(m_demo).isEmpty());
        QVERIFY(filesystem::networkShareWarning(m_demo).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
