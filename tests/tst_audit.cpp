// The hash-chained audit trail: intact after real work; edits and deletions made with the sqlite3 tool are
// caught by `audit verify`, which names the first broken record; the triggers refuse UPDATE and DELETE.
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sagstjek;

namespace {

struct Sqlite3Run {
    int exitCode = -1;
    QByteArray err;
};

// The sqlite3 command-line tool, as someone tampering with the file would use it.
Sqlite3Run sqlite3(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path});
    if (!process.waitForStarted(5000))
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardError()};
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    int verify(QJsonObject *json = nullptr)
    {
        const auto run = testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("audit"),
                                              QStringLiteral("verify"), QStringLiteral("--json")});
        if (json)
            *json = QJsonDocument::fromJson(run.out).object();
        return run.exitCode;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QProcess::execute(QStringLiteral("sqlite3"), {QStringLiteral("-version")}) == 0);
        testsupport::fileDatabase(m_dir, QStringLiteral("demo.db"), true); // demo data: ~250 real records
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("audit-%1.db").arg(++n));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.db")), m_path));
    }

    void aDatabaseWorkedInIsIntact()
    {
        QJsonObject json;
        QCOMPARE(verify(&json), 0);
        QVERIFY(json.value(QStringLiteral("intact")).toBool());
        QVERIFY(json.value(QStringLiteral("records")).toInt() > 100);
        QCOMPARE(json.value(QStringLiteral("head")).toObject().value(QStringLiteral("records")).toInt(),
                 json.value(QStringLiteral("records")).toInt());
    }

    void theTriggersRefuseUpdateAndDelete()
    {
        const QByteArray before = testsupport::fileHash(m_path);
        auto update = sqlite3(m_path, QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 3;"));
        QVERIFY(update.err.contains("append-only"));
        auto remove = sqlite3(m_path, QStringLiteral("DELETE FROM audit_log WHERE id = 3;"));
        QVERIFY(remove.err.contains("append-only"));
        auto head = sqlite3(m_path, QStringLiteral("UPDATE audit_head SET records = records - 1;"));
        QVERIFY(head.err.contains("audit chain head"));
        auto forged = sqlite3(m_path, QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, "
                                                     "prev_hash, hash) VALUES ('x', 'm', 'a', 'e', '1', 'bad', 'h');"));
        QVERIFY(forged.err.contains("must follow"));
        QCOMPARE(verify(), 0);
    }

    void editingARecordIsCaught()
    {
        auto edit = sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                                   "UPDATE audit_log SET user_name = 'mallory' WHERE id = 40;"));
        QCOMPARE(edit.exitCode, 0);
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QCOMPARE(json.value(QStringLiteral("first_broken_record")).toInt(), 40);
        QVERIFY(json.value(QStringLiteral("problem")).toString().contains(QStringLiteral("changed")));
        // The human-readable form names the record on stderr.
        const auto run =
            testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("record 40"), run.err.constData());
    }

    void editingARecordAndItsHashIsCaughtAtTheNextRecord()
    {
        auto edit =
            sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                           "UPDATE audit_log SET after_json = '{}', hash = 'ffff' WHERE id = 41;"));
        QCOMPARE(edit.exitCode, 0);
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QCOMPARE(json.value(QStringLiteral("first_broken_record")).toInt(), 41);
    }

    void deletingARecordInTheMiddleIsCaught()
    {
        auto remove = sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete;"
                                                     "DELETE FROM audit_log WHERE id = 50;"));
        QCOMPARE(remove.exitCode, 0);
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QCOMPARE(json.value(QStringLiteral("first_broken_record")).toInt(), 51);
        QVERIFY(json.value(QStringLiteral("problem")).toString().contains(QStringLiteral("deleted")));
    }

    void deletingTheFirstRecordIsCaught()
    {
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 1;"));
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QCOMPARE(json.value(QStringLiteral("first_broken_record")).toInt(), 2);
    }

    void deletingTheNewestRecordsIsCaught()
    {
        auto remove =
            sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete;"
                                           "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log);"));
        QCOMPARE(remove.exitCode, 0);
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QVERIFY(json.value(QStringLiteral("problem")).toString().contains(QStringLiteral("newest")));
    }

    void deletingEverythingIsCaught()
    {
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;"));
        QCOMPARE(verify(), 2);
    }

    void droppingTheHeadIsCaught()
    {
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_head_no_delete; DELETE FROM audit_head;"));
        QCOMPARE(verify(), 2);
    }

    void aForgedRedactionIsCaught()
    {
        // Someone erases a record's content and marks it "redacted", as if its case had been deleted.
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                       "UPDATE audit_log SET after_json = NULL, redacted = 1 "
                                       "WHERE id = (SELECT min(id) FROM audit_log WHERE case_id IS NOT NULL);"));
        QJsonObject json;
        QCOMPARE(verify(&json), 2);
        QVERIFY(json.value(QStringLiteral("problem")).toString().contains(QStringLiteral("redacted")));
    }

    void aRealCaseDeletionKeepsTheChainIntact()
    {
        const auto cases = testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("cases")});
        const QString caseNumber = QString::fromUtf8(cases.out.split('\t').first());
        const auto deleted = testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("delete-case"),
                                                  caseNumber, QStringLiteral("--reason"), QStringLiteral("test")});
        QCOMPARE(deleted.exitCode, 0);
        QJsonObject json;
        QCOMPARE(verify(&json), 0);
        QVERIFY(json.value(QStringLiteral("redacted")).toInt() > 0);
    }

    void historyShowsWhoWhenBeforeAndAfter()
    {
        auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        auto id = sql::scalar(sqlOf(*db.value()),
                              QStringLiteral("SELECT case_id FROM audit_log WHERE action = 'item.change' LIMIT 1"));
        const QString number = db.value()->cases().load(id->toLongLong())->caseNumber;
        auto records = db.value()->audit().history(id->toLongLong());
        QVERIFY(records.ok());
        QVERIFY(!records->isEmpty());
        QVERIFY(!records->first().user.isEmpty());
        QVERIFY(!records->first().at.isEmpty());
        db.value().reset();
        const auto run = testsupport::runCli(
            {QStringLiteral("--db"), m_path, QStringLiteral("history"), number, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), records->size());
        QVERIFY(array.first().toObject().contains(QStringLiteral("after")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
