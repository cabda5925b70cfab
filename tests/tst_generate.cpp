// sagstjek-cli generate end to end (issue 13): a realistic database from a seed, the same content from the same
// seed, every area, reviews with answers and defects, a round, one audit record, and a trail that verifies.
#include "domain/areas.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using testsupport::runCli;

class TestGenerate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_summary;

    static QStringList on(const QString &db, QStringList arguments)
    {
        return QStringList{QStringLiteral("--db"), db} + arguments;
    }

    static QStringList generateArgs(const QString &seed, const QString &cases = QStringLiteral("2000"))
    {
        return {QStringLiteral("generate"),
                QStringLiteral("--cases"),
                cases,
                QStringLiteral("--seed"),
                seed,
                QStringLiteral("--reviewed-share"),
                QStringLiteral("0.3"),
                QStringLiteral("--as-of"),
                QStringLiteral("2026-06-30"),
                QStringLiteral("--json")};
    }

    // Rows of `statement` on the file, one line each (a separate connection: the CLI has closed it).
    static QStringList rows(const QString &path, const QString &statement)
    {
        QStringList lines;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (!db.open())
                lines << QStringLiteral("cannot open");
            else if (!q.exec(statement))
                lines << QStringLiteral("error: ") + q.lastError().text();
            const int columns = q.record().count();
            while (q.isActive() && q.next()) {
                QStringList values;
                for (int i = 0; i < columns; ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                lines << values.join(u'|');
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return lines;
    }

    static qint64 count(const QString &path, const QString &statement)
    {
        const QStringList result = rows(path, statement);
        return result.size() == 1 ? result.first().toLongLong() : -1;
    }

    // What the seed decides, without the times the rows were written at.
    static QByteArray content(const QString &path)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &statement :
             {QStringLiteral(
                  "SELECT case_number, cpr, name, area, subgroup, caseworker, team, review_status FROM cases "
                  "ORDER BY id"),
              QStringLiteral("SELECT c.case_number, d.field, d.value FROM case_dates d JOIN cases c ON c.id = "
                             "d.case_id ORDER BY c.id, d.field"),
              QStringLiteral("SELECT c.case_number, e.kind, e.event_date, e.form, e.reason, e.note_written, "
                             "e.description FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY e.id"),
              QStringLiteral("SELECT c.case_number, r.round_id IS NULL, r.status, r.started_at, r.completed_at FROM "
                             "reviews r JOIN cases c ON c.id = r.case_id ORDER BY r.id"),
              QStringLiteral("SELECT r.case_id, i.key, a.answer, a.answered_by, a.answered_at FROM answers a JOIN "
                             "reviews r ON r.id = a.review_id JOIN items i ON i.id = a.item_id ORDER BY r.id, i.key"),
              QStringLiteral("SELECT case_id, item_key, description, severity, owner, due, status, created_at FROM "
                             "defects ORDER BY id")})
            hash.addData(rows(path, statement).join(u'\n').toUtf8());
        return hash.result().toHex();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("generated.db"));
        const auto run = runCli(on(m_db, generateArgs(QStringLiteral("7"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_summary = QJsonDocument::fromJson(run.out).object();
    }

    void theSummaryCountsWhatWasWritten()
    {
        QCOMPARE(m_summary.value(u"cases").toInteger(), 2000);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM cases")), 2000);
        const qint64 reviews = m_summary.value(u"reviews").toInteger();
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM reviews")), reviews);
        // About 30 % of 2,000 reviewed outside the round, plus some of the round's sample.
        QVERIFY2(reviews >= 520 && reviews <= 700, qPrintable(QString::number(reviews)));
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM answers")), m_summary.value(u"answers").toInteger());
        QVERIFY(m_summary.value(u"answers").toInteger() >= 5 * reviews);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM defects")), m_summary.value(u"defects").toInteger());
        QVERIFY(m_summary.value(u"defects").toInteger() > 0);
        // Every defect belongs to a not-met answer.
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM defects d LEFT JOIN answers a ON a.review_id = "
                                            "d.review_id AND a.item_id = (SELECT id FROM items WHERE key = "
                                            "d.item_key) WHERE a.answer IS NOT 'not-met'")),
                 0);
    }

    void everyAreaDatesEventsAndARoundArePresent()
    {
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(DISTINCT area) FROM cases")), sagstjek::Areas::keys().size());
        QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM case_dates")) > 2000);
        QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM case_events")) > 1000);
        // Some deadlines late: a date more than 40 days after the case's first date.
        QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM case_dates a JOIN case_dates b ON a.case_id = "
                                           "b.case_id WHERE julianday(a.value) - julianday(b.value) > 40")) > 0);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM rounds")), 1);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM round_sample")),
                 m_summary.value(u"round_cases").toInteger());
        QVERIFY(count(m_db, QStringLiteral("SELECT count(*) FROM reviews WHERE round_id IS NOT NULL")) > 0);
        // The case list's status follows the review outside any round.
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM cases c JOIN reviews r ON r.case_id = c.id AND "
                                            "r.round_id IS NULL WHERE c.review_status <> CASE r.status WHEN "
                                            "'completed' THEN 'completed' ELSE 'in-progress' END")),
                 0);
    }

    void oneAuditRecordAndTheTrailVerifies()
    {
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'generate'")), 1);
        QCOMPARE(m_summary.value(u"audit_records").toInt(), 1);
        const auto verify = runCli(on(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY2(verify.exitCode == 0, (verify.out + verify.err).constData());
    }

    void aGeneratedCaseOpensOnItsCard()
    {
        const QStringList reviewed =
            rows(m_db, QStringLiteral("SELECT c.case_number FROM cases c JOIN reviews r ON r.case_id = c.id WHERE "
                                      "r.round_id IS NULL AND r.status = 'completed' ORDER BY c.id LIMIT 1"));
        QCOMPARE(reviewed.size(), 1);
        const auto card = runCli(on(m_db, {QStringLiteral("card"), reviewed.first(), QStringLiteral("--json")}));
        QVERIFY2(card.exitCode == 0, card.err.constData());
        QVERIFY(card.out.contains("\"met\"") || card.out.contains("\"not-met\""));
    }

    void theSameSeedGivesTheSameContent()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.db"));
        const auto run = runCli(on(again, generateArgs(QStringLiteral("7"))));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(content(again), content(m_db));

        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        const auto otherRun = runCli(on(other, generateArgs(QStringLiteral("8"))));
        QVERIFY2(otherRun.exitCode == 0, otherRun.err.constData());
        QVERIFY(content(other) != content(m_db));
    }

    void aDatabaseWithCasesIsRefused()
    {
        const auto run = runCli(on(m_db, generateArgs(QStringLiteral("9"), QStringLiteral("10"))));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("already has 2000 cases"));
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM cases")), 2000);
    }

    void aShareOutsideZeroToOneIsAUsageError()
    {
        const auto run = runCli(
            on(m_dir.filePath(QStringLiteral("x.db")),
               {QStringLiteral("generate"), QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--seed"),
                QStringLiteral("1"), QStringLiteral("--reviewed-share"), QStringLiteral("1.5")}));
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
