// Crash safety (PERF_RELIABILITY.md §D, §G.1): a writer is killed with SIGKILL at random moments, again and
// again. Afterwards the database passes integrity_check, has no foreign-key violations, and every answer the
// writer acknowledged (printed after its COMMIT returned) is on file. Issue 14: the same for kills while the
// lock is made, during a backup, a restore and a migration: the database always opens afterwards.
#include "storage/sql/sql.h"
#include "storage/sqlite/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace sagstjek;

namespace {

// "selftest SEED I" as a comparable pair: later runs have larger seeds.
std::pair<qint64, qint64> sequenceOf(const QString &note)
{
    const QStringList parts = note.split(u' ');
    if (parts.size() != 3 || parts.first() != u"selftest")
        return {-1, -1};
    return {parts.at(1).toLongLong(), parts.at(2).toLongLong()};
}

// Starts sagstjek-cli with `arguments` and kills it (SIGKILL) after a random 0…`maxDelay` ms. True when it was
// still running then.
bool killDuring(const QStringList &arguments, int maxDelay)
{
    QProcess process;
    process.start(testsupport::cliPath(), arguments);
    if (!process.waitForStarted(5000))
        return false;
    QTest::qWait(QRandomGenerator::global()->bounded(maxDelay + 1));
    const bool running = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished(5000);
    return running;
}

// Runs one statement on a file through a plain connection and returns the first value.
qint64 valueIn(const QString &path, const QString &statement)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("value"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("value"));
    return value;
}

} // namespace

class TestKillWriter : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedAnswersSurviveKillNine()
    {
        // The writer is a test-only command, in the CLI only when built with SAGSTJEK_TEST_HOOKS.
        if (testsupport::runCli({QStringLiteral("selftest-writer"), QStringLiteral("--help")}).exitCode != 0)
            QSKIP("sagstjek-cli was built without the test-only selftest-writer command; configure with "
                  "-DSAGSTJEK_TEST_HOOKS=ON (scripts/test.sh does) to run this test.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);

        constexpr int Runs = 32;
        QHash<QString, std::pair<qint64, qint64>> acknowledged; // "case item" → newest acknowledged sequence
        QHash<QString, QString> acknowledgedAnswer;
        int lines = 0;
        int killedMidway = 0;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < Runs; ++run) {
            QProcess writer;
            writer.start(testsupport::cliPath(), {QStringLiteral("--db"), path, QStringLiteral("selftest-writer"),
                                                  QStringLiteral("--count"), QStringLiteral("100000")});
            QVERIFY(writer.waitForStarted(5000));
            // Kill it at a random moment once it writes: its start-up (slow under sanitizers and a busy machine)
            // does not count.
            QVERIFY(writer.waitForReadyRead(30000));
            QTest::qWait(QRandomGenerator::global()->bounded(600));
            if (writer.state() == QProcess::Running)
                ++killedMidway;
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            const QList<QByteArray> output = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : output) {
                // Only whole lines count: a line cut by the kill was never acknowledged.
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() != 6)
                    continue;
                const QString key = QString::fromUtf8(fields.at(0) + ' ' + fields.at(1));
                const auto sequence =
                    sequenceOf(QString::fromUtf8(fields.at(3) + ' ' + fields.at(4) + ' ' + fields.at(5)));
                if (sequence > acknowledged.value(key, {-1, -1})) {
                    acknowledged.insert(key, sequence);
                    acknowledgedAnswer.insert(key, QString::fromUtf8(fields.at(2)));
                }
                ++lines;
            }
            // The lock file of the killed writer is stale; the next open must recover by itself.
        }
        qInfo("%d runs (%d killed while writing), %d acknowledged answers, %lld ms", Runs, killedMidway, lines,
              total.elapsed());
        QVERIFY(killedMidway >= Runs * 3 / 4);
        QVERIFY(lines > 0);

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "foreign_key_check found violations");
            int missing = 0;
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const QStringList key = it.key().split(u' ');
                QVERIFY(q.prepare(QStringLiteral("SELECT a.answer, a.note FROM answers a JOIN reviews r ON r.id = "
                                                 "a.review_id JOIN cases c ON c.id = r.case_id "
                                                 "JOIN items i ON i.id = a.item_id "
                                                 "WHERE c.case_number = ? AND i.key = ? AND r.round_id IS NULL")));
                q.addBindValue(key.at(0));
                q.addBindValue(key.at(1));
                QVERIFY(q.exec());
                if (!q.next()) {
                    ++missing;
                    continue;
                }
                // The stored answer is the acknowledged one or a newer one (committed, killed before
                // printing).
                const auto stored = sequenceOf(q.value(1).toString());
                if (stored < it.value())
                    ++missing;
                else if (stored == it.value())
                    QCOMPARE(q.value(0).toString(), acknowledgedAnswer.value(it.key()));
            }
            QCOMPARE(missing, 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // The audit chain survived every kill too.
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")})
                     .exitCode,
                 0);
    }

    void theDatabaseOpensAfterKillsDuringLockBackupRestoreAndMigration()
    {
        if (testsupport::runCli({QStringLiteral("selftest-writer"), QStringLiteral("--help")}).exitCode != 0)
            QSKIP("sagstjek-cli was built without the test-only selftest-writer command.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}).exitCode, 0);
        // Acknowledged answers: the writer ran to its end, so every line it printed is committed.
        const auto written = testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("selftest-writer"),
                                                  QStringLiteral("--count"), QStringLiteral("40")});
        QCOMPARE(written.exitCode, 0);
        QStringList notes;
        for (const QByteArray &line : written.out.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 6)
                notes << QString::fromUtf8(fields.mid(3).join(' '));
        }
        QCOMPARE(notes.size(), 40);
        const QString backup = dir.filePath(QStringLiteral("kill-backup.sqlite"));
        QCOMPARE(
            testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), backup})
                .exitCode,
            0);
        // The last note of each (case, item): later answers overwrite earlier ones.
        const QString lastNote = notes.last();

        const auto opensWithEveryAnswer = [&](const QString &what) -> bool {
            const auto opened = testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
            if (opened.exitCode != 0) {
                qWarning("after a kill during %s: %s", qPrintable(what), opened.err.constData());
                return false;
            }
            const qint64 found =
                valueIn(path, QStringLiteral("SELECT count(*) FROM answers WHERE note = '%1'").arg(lastNote));
            if (found != 1)
                qWarning("after a kill during %s: the last acknowledged answer is missing", qPrintable(what));
            return found == 1;
        };

        QElapsedTimer total;
        total.start();
        constexpr int Kills = 8;
        int killedRunning = 0;
        const QString target = dir.filePath(QStringLiteral("manual.sqlite"));
        for (int i = 0; i < Kills; ++i) {
            // While the lock is made: the first milliseconds of a command.
            killedRunning += killDuring({QStringLiteral("--db"), path, QStringLiteral("cases")}, 15) ? 1 : 0;
            QVERIFY(opensWithEveryAnswer(QStringLiteral("lock creation")));
            // During a backup.
            killedRunning +=
                killDuring({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), target}, 120)
                    ? 1
                    : 0;
            QVERIFY(opensWithEveryAnswer(QStringLiteral("a backup")));
            QVERIFY(!QFileInfo::exists(target) ||
                    testsupport::runCli({QStringLiteral("--db"), target, QStringLiteral("check")}).exitCode == 0);
            QFile::remove(target);
            QDir(target + QStringLiteral(".backups")).removeRecursively();
            // During a restore (of a backup that holds every acknowledged answer).
            killedRunning += killDuring({QStringLiteral("--db"), path, QStringLiteral("restore"), backup}, 150) ? 1 : 0;
            QVERIFY(opensWithEveryAnswer(QStringLiteral("a restore")));
        }
        // No temporary copy outlives the next start or backup to the same place.
        QCOMPARE(
            testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), target})
                .exitCode,
            0);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files), QStringList());
        QCOMPARE(QDir(path + QStringLiteral(".backups")).entryList({QStringLiteral("*.tmp-*")}, QDir::Files),
                 QStringList());

        // During a migration: a file one schema behind, with enough cases that its pre-migration backup and the
        // migration take a while.
        const QString old = dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1397183571"))); // "SGTS"
            QVERIFY(migrations::migrate(db, migrations::latestVersion() - 1));
            QVERIFY(q.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                "INSERT INTO cases (case_number, name, area, created_at, updated_at) SELECT printf('OLD-%05d', i), "
                "'Person ' || i, 'integration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        int migrated = 0;
        for (int i = 0; i < Kills && migrated == 0; ++i) {
            killedRunning += killDuring({QStringLiteral("--db"), old, QStringLiteral("cases")}, 400) ? 1 : 0;
            const qint64 version = valueIn(old, QStringLiteral("PRAGMA user_version"));
            QVERIFY(version == migrations::latestVersion() - 1 || version == migrations::latestVersion());
            if (version == migrations::latestVersion())
                ++migrated;
            QCOMPARE(valueIn(old, QStringLiteral("SELECT count(*) FROM cases")), 60000);
        }
        const auto opened = testsupport::runCli({QStringLiteral("--db"), old, QStringLiteral("check")});
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QCOMPARE(valueIn(old, QStringLiteral("PRAGMA user_version")), qint64(migrations::latestVersion()));
        QCOMPARE(valueIn(old, QStringLiteral("SELECT count(*) FROM cases")), 60000);
        qInfo("%d kills while running (lock, backup, restore, migration), %lld ms", killedRunning, total.elapsed());
        QVERIFY(killedRunning >= Kills);
    }
};

QTEST_GUILESS_MAIN(TestKillWriter)
#include "tst_killwriter.moc"
