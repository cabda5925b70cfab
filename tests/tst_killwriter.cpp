// Crash safety (PERF_RELIABILITY.md §D, §G.1): a writer is killed with SIGKILL at random moments, again and
// again. Afterwards the database passes integrity_check, has no foreign-key violations, and every answer the
// writer acknowledged (printed after its COMMIT returned) is on file.
#include "storage/sqlite/sql.h"
#include "testsupport.h"

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
            writer.start(QStringLiteral(SAGSTJEK_CLI_PATH),
                         {QStringLiteral("--db"), path, QStringLiteral("selftest-writer"), QStringLiteral("--count"),
                          QStringLiteral("100000")});
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
                                                 "WHERE c.case_number = ? AND a.item_key = ? AND r.round_id IS NULL")));
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
};

QTEST_GUILESS_MAIN(TestKillWriter)
#include "tst_killwriter.moc"
