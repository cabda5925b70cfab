// Issue 14, defect 3: tampering with the audit trail by someone who has the database file (and the sqlite3 tool)
// but not this computer's audit key. Each test anchors the database first (a checkpoint kept outside the file,
// as every close, backup and verify does), tampers as an attacker would — triggers dropped and put back exactly
// as they were, hashes and the chain head recomputed where that is possible without the key — and asks
// `audit verify` for the first wrong record.
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sagstjek;

namespace {

struct Sqlite3Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Sqlite3Run sqlite3(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path});
    if (!process.waitForStarted(5000))
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString value(const QString &path, const QString &query)
{
    return QString::fromUtf8(sqlite3(path, query + u';').out).trimmed();
}

// `script` run with every trigger dropped first and put back afterwards exactly as it was: the schema looks
// untouched, only what the script did remains.
QString behindTheTriggers(const QString &path, const QString &script)
{
    const QStringList creates =
        value(path, QStringLiteral("SELECT group_concat(sql || ';', char(10)) FROM sqlite_master WHERE type = "
                                   "'trigger'"))
            .split(u'\n');
    const QStringList names =
        value(path, QStringLiteral("SELECT group_concat(name, char(10)) FROM sqlite_master WHERE type = 'trigger'"))
            .split(u'\n');
    QString all;
    for (const QString &name : names)
        all += QStringLiteral("DROP TRIGGER %1;\n").arg(name);
    all += script + u'\n';
    all += creates.join(u'\n');
    return all;
}

} // namespace

class TestAuditTamper : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_config;

    QJsonObject verify(int *exitCode = nullptr, QByteArray *text = nullptr)
    {
        const auto run = testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("audit"),
                                              QStringLiteral("verify"), QStringLiteral("--json")});
        if (exitCode)
            *exitCode = run.exitCode;
        if (text) {
            const auto human = testsupport::runCli(
                {QStringLiteral("--db"), m_path, QStringLiteral("audit"), QStringLiteral("verify")});
            *text = human.out + human.err;
        }
        return QJsonDocument::fromJson(run.out).object();
    }

    void expectBroken(qint64 record, const QString &words)
    {
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        const QString problem = json.value(QStringLiteral("problem")).toString();
        QVERIFY2(exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(exitCode).arg(problem)));
        QVERIFY(!json.value(QStringLiteral("intact")).toBool());
        QVERIFY2(problem.contains(words, Qt::CaseInsensitive), qPrintable(problem));
        QCOMPARE(json.value(QStringLiteral("first_broken_record")).toInteger(), record);
    }

    qint64 lastId() { return value(m_path, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong(); }

    // Re-links every record from `from` on and rewinds the head, as an attacker without the key would after
    // changing record `from`: every hash and link is right again (scheme 2 is plain SHA-256), only the seals
    // cannot be.
    void rechainFrom(qint64 from)
    {
        const QStringList rows =
            value(m_path, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, coalesce(case_id, ''), "
                                         "key_id, content_hash FROM audit_log WHERE id >= %1 ORDER BY id")
                              .arg(from))
                .split(u'\n');
        QString prev = value(
            m_path, QStringLiteral("SELECT hash FROM audit_log WHERE id < %1 ORDER BY id DESC LIMIT 1").arg(from));
        QString script;
        for (const QString &row : rows) {
            const QStringList f = row.split(u'|');
            const qint64 id = f.value(0).toLongLong();
            const QString hash = auditlog::hashOf2(
                prev, id, f.value(1), f.value(2), f.value(3), f.value(4), f.value(5),
                f.value(6).isEmpty() ? QVariant() : QVariant(f.value(6).toLongLong()), f.value(7), f.value(8));
            script += QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3;\n")
                          .arg(prev, hash)
                          .arg(id);
            prev = hash;
        }
        script += QStringLiteral("UPDATE audit_head SET last_hash = '%1';").arg(prev);
        const auto run = sqlite3(m_path, behindTheTriggers(m_path, script));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void deleteACase()
    {
        const auto cases = testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("cases")});
        const QString caseNumber = QString::fromUtf8(cases.out.split('\t').first());
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("delete-case"), caseNumber,
                                      QStringLiteral("--reason"), QStringLiteral("test")})
                     .exitCode,
                 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QProcess::execute(QStringLiteral("sqlite3"), {QStringLiteral("-version")}) == 0);
        // This computer's key and checkpoints live here for the whole test (the CLI inherits it).
        m_config = m_dir.filePath(QStringLiteral("config"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config));
        testsupport::fileDatabase(m_dir, QStringLiteral("demo.db"), true);
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("tamper-%1.db").arg(++n));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.db")), m_path));
        // Anchored on this computer, as any close, backup or verify of the file does.
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("not-anchored"));
        QVERIFY(json.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("anchored")).toBool());
    }

    void anAnchoredDatabaseIsIntactAndSaysSo()
    {
        int exitCode = -1;
        QByteArray text;
        const QJsonObject json = verify(&exitCode, &text);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("anchored"));
        QCOMPARE(json.value(QStringLiteral("foreign_records")).toInt(), 0);
        QVERIFY(json.value(QStringLiteral("rows_checked")).toInt() > 100);
        QVERIFY2(text.contains("Audit checkpoint: records"), text.constData());
        // The key file is the user's alone.
        const QFileInfo key(m_config + QStringLiteral("/sagstjek/audit.key"));
        QVERIFY(key.exists());
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    }

    // Each close extends the checkpoint and counts only the records sealed since it (not the whole trail again): the
    // count must still be exactly this computer's records, with another computer's work in between.
    void workOnTwoComputersKeepsTheAnchorCountingOnlyItsOwnSeals()
    {
        deleteACase();
        const QByteArray mine = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("colleague"))));
        deleteACase();
        qputenv("XDG_CONFIG_HOME", mine);
        deleteACase();
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(json.value(QStringLiteral("intact")).toBool());
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("anchored"));
        QVERIFY(json.value(QStringLiteral("foreign_records")).toInt() > 0);
    }

    void aWipeWithTheHeadRewoundIsCaught()
    {
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("DELETE FROM audit_log; UPDATE audit_head SET "
                                                                 "records = 0, last_id = 0, last_hash = "
                                                                 "'%1';")
                                                      .arg(QString(64, u'0'))));
        QCOMPARE(value(m_path, QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("0"));
        expectBroken(1, QStringLiteral("cut short"));
    }

    void aTailCutWithTheHeadRewoundIsCaughtAndNotBlamedOnRedaction()
    {
        deleteACase(); // redacts that case's records; the case.delete record accounts for them
        const qint64 deletion =
            value(m_path, QStringLiteral("SELECT max(id) FROM audit_log WHERE action = 'case.delete'")).toLongLong();
        QVERIFY(deletion > 0);
        QCOMPARE(verify().value(QStringLiteral("intact")).toBool(), true); // anchored after the deletion
        // The cut takes the deletion with it: the redacted records are left unexplained.
        const qint64 keep = deletion - 1;
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("DELETE FROM audit_log WHERE id > %1; UPDATE "
                                                                 "audit_head SET records = (SELECT count(*) FROM "
                                                                 "audit_log), last_id = %1, last_hash = (SELECT hash "
                                                                 "FROM audit_log WHERE id = %1);")
                                                      .arg(keep)));
        expectBroken(deletion, QStringLiteral("cut short"));
    }

    void renumberedRecordsAreCaught()
    {
        // Records 100 on move up by one, in order: every link still holds.
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("UPDATE audit_log SET id = id + 100000 WHERE id >= "
                                                                 "100; UPDATE audit_log SET id = id - 99999 WHERE id "
                                                                 ">= 100000; UPDATE audit_head SET last_id = last_id "
                                                                 "+ 1;")));
        expectBroken(101, QStringLiteral("renumbered"));
    }

    void aRenumberedRecordWithItsHashRecomputedIsCaught()
    {
        const qint64 last = lastId();
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("UPDATE audit_log SET id = id + 1 WHERE id = %1; "
                                                                 "UPDATE audit_head SET last_id = %2;")
                                                      .arg(last)
                                                      .arg(last + 1)));
        rechainFrom(last + 1);
        // Hash, links and head agree again; the id no longer follows its predecessor's.
        expectBroken(last + 1, QStringLiteral("renumbered"));
    }

    void aRedactedRecordsWhoWhenWhatChangedIsCaught_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("newValue");
        QTest::addRow("who") << QStringLiteral("user_name") << QStringLiteral("'mallory'");
        QTest::addRow("when") << QStringLiteral("at") << QStringLiteral("'2020-01-01T00:00:00.000Z'");
        QTest::addRow("what") << QStringLiteral("action") << QStringLiteral("'review.approve'");
    }

    void aRedactedRecordsWhoWhenWhatChangedIsCaught()
    {
        QFETCH(QString, column);
        QFETCH(QString, newValue);
        deleteACase();
        const qint64 redacted =
            value(m_path, QStringLiteral("SELECT min(id) FROM audit_log WHERE redacted = 1")).toLongLong();
        QVERIFY(redacted > 0);
        QCOMPARE(verify().value(QStringLiteral("intact")).toBool(), true);
        sqlite3(m_path,
                behindTheTriggers(
                    m_path,
                    QStringLiteral("UPDATE audit_log SET %1 = %2 WHERE id = %3;").arg(column, newValue).arg(redacted)));
        expectBroken(redacted, QStringLiteral("changed after it was written"));
        // Recomputing its hash and every later link does not help without the key.
        rechainFrom(redacted);
        expectBroken(redacted, QStringLiteral("not sealed by this computer"));
    }

    void aForgedAppendClaimingThisComputersKeyIsCaught()
    {
        const qint64 id = lastId() + 1;
        const QStringList head =
            value(m_path, QStringLiteral("SELECT last_hash, (SELECT key_id FROM audit_log WHERE id = last_id) FROM "
                                         "audit_head"))
                .split(u'|');
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QString content = auditlog::contentHashOf({}, QStringLiteral("{\"status\":\"approved\"}"), {}, {});
        const QString hash =
            auditlog::hashOf2(head.value(0), id, at, QStringLiteral("leader"), QStringLiteral("review.approve"),
                              QStringLiteral("review"), QStringLiteral("1"), QVariant(), head.value(1), content);
        // The triggers let it in: it follows the head and carries a seal, only a false one.
        const auto forged = sqlite3(
            m_path, QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, after_json, "
                                   "prev_hash, hash, scheme, content_hash, key_id, mac) VALUES (%1, '%2', 'leader', "
                                   "'review.approve', 'review', '1', '{\"status\":\"approved\"}', '%3', '%4', 2, "
                                   "'%5', '%6', '%7');")
                        .arg(id)
                        .arg(at, head.value(0), hash, content, head.value(1), QString(64, u'a')));
        QVERIFY2(forged.exitCode == 0, forged.err.constData());
        expectBroken(id, QStringLiteral("forged"));
    }

    void aForgedAppendUnderAnotherKeyIsReportedNotSilent()
    {
        const qint64 id = lastId() + 1;
        const QString prev = value(m_path, QStringLiteral("SELECT last_hash FROM audit_head"));
        const QString keyId = QString(32, u'e');
        const QString content = auditlog::contentHashOf({}, QStringLiteral("{}"), {}, {});
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QString hash =
            auditlog::hashOf2(prev, id, at, QStringLiteral("leader"), QStringLiteral("x"), QStringLiteral("review"),
                              QStringLiteral("1"), QVariant(), keyId, content);
        QCOMPARE(sqlite3(m_path, QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, "
                                                "entity_id, after_json, prev_hash, hash, scheme, content_hash, "
                                                "key_id, mac) VALUES (%1, '%2', 'leader', 'x', 'review', '1', '{}', "
                                                "'%3', '%4', 2, '%5', '%6', 'ff');")
                                     .arg(id)
                                     .arg(at, prev, hash, content, keyId))
                     .exitCode,
                 0);
        int exitCode = -1;
        QByteArray text;
        const QJsonObject json = verify(&exitCode, &text);
        // This computer cannot tell another computer's records from forged ones; it says so and names the first.
        QCOMPARE(json.value(QStringLiteral("foreign_records")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("first_foreign_record")).toInteger(), id);
        QVERIFY2(text.contains(QStringLiteral("(the first: record %1) are sealed with a key this computer does not "
                                              "have")
                                   .arg(id)
                                   .toUtf8()),
                 text.constData());
    }

    void relabellingThisComputersRecordsAsForeignIsCaught()
    {
        // Change record 40, recompute everything after it, and claim another computer sealed all of it.
        const qint64 anchored = lastId();
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id "
                                                                 "= 40; UPDATE audit_log SET key_id = '%1' WHERE id "
                                                                 ">= 40;")
                                                      .arg(QString(32, u'e'))));
        rechainFrom(40);
        QVERIFY(anchored > 40);
        expectBroken(40, QStringLiteral("fewer audit records"));
    }

    void droppedTriggersAreCaught()
    {
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update; DROP "
                                       "TRIGGER audit_head_guard; DROP TRIGGER access_log_no_delete;"));
        expectBroken(0, QStringLiteral("audit_head_guard, audit_log_no_delete, audit_log_no_update are missing"));
    }

    void anAlteredTriggerIsCaught()
    {
        sqlite3(m_path, QStringLiteral("DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE "
                                       "DELETE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END;"));
        expectBroken(0, QStringLiteral("audit_log_no_delete differ"));
    }

    void dataEditedWithoutAnAuditRecordIsCaught_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("words");
        QTest::addRow("an answer changed")
            << QStringLiteral("UPDATE answers SET answer = CASE answer WHEN 'met' THEN 'not-met' ELSE 'met' END "
                              "WHERE (review_id, item_id) = (SELECT review_id, item_id FROM answers ORDER BY "
                              "review_id DESC, item_id DESC LIMIT 1);")
            << QStringLiteral("changed without an audit record");
        QTest::addRow("an answer deleted") << QStringLiteral("DELETE FROM answers WHERE (review_id, item_id) = (SELECT "
                                                             "review_id, item_id FROM answers ORDER BY review_id "
                                                             "DESC, item_id DESC LIMIT 1);")
                                           << QStringLiteral("deleted without an audit record");
        QTest::addRow("a defect closed") << QStringLiteral("UPDATE defects SET status = 'verified' WHERE id = (SELECT "
                                                           "max(id) FROM defects);")
                                         << QStringLiteral("changed without an audit record");
        QTest::addRow("a review approved") << QStringLiteral("UPDATE reviews SET status = 'approved' WHERE id = "
                                                             "(SELECT max(id) FROM reviews);")
                                           << QStringLiteral("changed without an audit record");
        QTest::addRow("a case deleted") << QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM cases WHERE id = "
                                                          "(SELECT max(id) FROM cases);")
                                        << QStringLiteral("without an audit record");
        QTest::addRow("an answer added")
            << QStringLiteral("INSERT INTO items (key) VALUES ('forged.item'); INSERT INTO answers (review_id, "
                              "item_id, answer, answered_by, answered_at) VALUES ((SELECT max(id) FROM reviews), "
                              "(SELECT id FROM items WHERE key = 'forged.item'), 'met', 'mallory', 'x');")
            << QStringLiteral("added outside Sagstjek");
        // An answer's item is its key: another item id under the same review is another answer (schema 10).
        QTest::addRow("an answer moved to another item")
            << QStringLiteral("INSERT INTO items (key) VALUES ('forged.item'); UPDATE answers SET item_id = (SELECT "
                              "id FROM items WHERE key = 'forged.item') WHERE (review_id, item_id) = (SELECT "
                              "review_id, item_id FROM answers ORDER BY review_id DESC, item_id DESC LIMIT 1);")
            << QStringLiteral("deleted without an audit record");
    }

    void dataEditedWithoutAnAuditRecordIsCaught()
    {
        QFETCH(QString, script);
        QFETCH(QString, words);
        // Through the triggers, which let these tables be written: only the trail knows better.
        const auto run = sqlite3(m_path, script);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(json.value(QStringLiteral("problem")).toString().contains(words),
                 qPrintable(json.value(QStringLiteral("problem")).toString()));
    }

    // Schema 10: an item's key cannot be edited under its answers, and no answer can be added to those the audit
    // trail takes as older than itself; dropping the triggers that say so is caught as any dropped trigger.
    void itemsAndTheAnswersBeforeTheTrailAreFixed()
    {
        QVERIFY(sqlite3(m_path, QStringLiteral("UPDATE items SET key = 'forged.item' WHERE id = (SELECT max(id) FROM "
                                               "items);"))
                    .exitCode != 0);
        QVERIFY(sqlite3(m_path, QStringLiteral("DELETE FROM items WHERE id = (SELECT max(id) FROM items);")).exitCode !=
                0);
        QVERIFY(sqlite3(m_path, QStringLiteral("INSERT INTO answers_before_audit SELECT review_id, item_id FROM "
                                               "answers LIMIT 1;"))
                    .exitCode != 0);
        QCOMPARE(value(m_path, QStringLiteral("SELECT count(*) FROM answers_before_audit")).toInt(), 0);
        sqlite3(m_path, QStringLiteral("DROP TRIGGER answers_before_audit_fixed; INSERT INTO answers_before_audit "
                                       "SELECT review_id, item_id FROM answers;"));
        expectBroken(0, QStringLiteral("answers_before_audit_fixed are missing"));
    }

    void anAnswerAddedAsOlderThanTheTrailIsCaught()
    {
        // Behind the triggers, so the schema looks untouched: an answer added and listed among those older than the
        // trail's row states (none in a database made at schema 6 or later), where no record would name it.
        const auto run = sqlite3(
            m_path, behindTheTriggers(m_path, QStringLiteral("INSERT INTO items (key) VALUES ('forged.item'); INSERT "
                                                             "INTO answers (review_id, item_id, answer, answered_by, "
                                                             "answered_at) SELECT max(id), (SELECT id FROM items WHERE "
                                                             "key = 'forged.item'), 'met', 'mallory', 'x' FROM "
                                                             "reviews; INSERT INTO answers_before_audit SELECT "
                                                             "review_id, item_id FROM answers WHERE answered_by = "
                                                             "'mallory';")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        expectBroken(0, QStringLiteral("1 answers are listed as older than the audit trail"));
    }

    void aRowChangedWithoutARecordNamesTheRecordThatLastSetIt()
    {
        const QString key = value(m_path, QStringLiteral("SELECT a.review_id || '|' || i.key FROM answers a JOIN "
                                                         "items i ON i.id = a.item_id ORDER BY a.review_id, "
                                                         "a.item_id LIMIT 1"));
        const QStringList parts = key.split(u'|');
        const qint64 setter =
            value(m_path, QStringLiteral("SELECT max(id) FROM audit_log WHERE state LIKE '%\"answers/%1/%2\"%'")
                              .arg(parts.value(0), parts.value(1)))
                .toLongLong();
        QVERIFY(setter > 0);
        sqlite3(m_path, QStringLiteral("UPDATE answers SET note = 'changed' WHERE (review_id, item_id) = (SELECT "
                                       "review_id, item_id FROM answers ORDER BY review_id, item_id LIMIT 1);"));
        expectBroken(setter, QStringLiteral("The answer to item %1 of review %2").arg(parts.value(1), parts.value(0)));
    }

    void anotherComputerReportsNotAnchoredNotTampered()
    {
        const QByteArray mine = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("elsewhere-1"))));
        const auto human =
            testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("audit"), QStringLiteral("verify")});
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("elsewhere-2"))));
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        qputenv("XDG_CONFIG_HOME", mine);
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("Not anchored on this machine"), human.out.constData());
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("not-anchored"));
        QCOMPARE(json.value(QStringLiteral("foreign_records")).toInt(), json.value(QStringLiteral("records")).toInt());
    }

    void aLostKeyFileLeavesTheDatabaseNotAnchoredNotBroken()
    {
        const QString key = m_config + QStringLiteral("/sagstjek/audit.key");
        const QString kept = key + QStringLiteral(".kept");
        QVERIFY(QFile::rename(key, kept));
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        QVERIFY(QFile::remove(key)); // the new key the verification made
        QVERIFY(QFile::rename(kept, key));
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("not-anchored"));
        QCOMPARE(json.value(QStringLiteral("foreign_records")).toInt(), json.value(QStringLiteral("records")).toInt());
    }

    void aCopyAtAnotherPathIsNotAnchoredThere()
    {
        const QString copy = m_path + QStringLiteral("-copy.db");
        QVERIFY(QFile::copy(m_path, copy));
        const auto run = testsupport::runCli({QStringLiteral("--db"), copy, QStringLiteral("audit"),
                                              QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("anchor")).toString(),
                 QStringLiteral("not-anchored"));
    }

    void anotherDatabaseInTheAnchoredFilesPlaceIsCaught()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QFile::remove(other);
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode, 0);
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::copy(other, m_path));
        expectBroken(0, QStringLiteral("anchored on this computer as another database"));
    }

    void anEditedCheckpointIsCaught()
    {
        const QDir checkpoints(m_config + QStringLiteral("/sagstjek/checkpoints"));
        bool edited = false;
        for (const QString &name : checkpoints.entryList({QStringLiteral("*.json")})) {
            QFile file(checkpoints.filePath(name));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            if (o.value(QStringLiteral("path")).toString() != QFileInfo(m_path).absoluteFilePath())
                continue;
            o.insert(QStringLiteral("records"), 3);
            file.resize(0);
            file.write(QJsonDocument(o).toJson());
            edited = true;
        }
        QVERIFY(edited);
        expectBroken(0, QStringLiteral("checkpoint"));
    }

    void closingNeverAnchorsOverACut()
    {
        const qint64 last = lastId();
        sqlite3(m_path, behindTheTriggers(m_path, QStringLiteral("DELETE FROM audit_log WHERE id > %1; UPDATE "
                                                                 "audit_head SET records = records - 3, last_id = %1, "
                                                                 "last_hash = (SELECT hash FROM audit_log WHERE id = "
                                                                 "%1);")
                                                      .arg(last - 3)));
        // Ordinary work on the cut database, then a close: the checkpoint keeps the longer chain.
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("cases")}).exitCode, 0);
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("backup"), QStringLiteral("-o"),
                                      m_path + QStringLiteral(".bak")})
                     .exitCode,
                 0);
        // The first wrong record is the backup's, written after the checkpoint under an id it covers.
        expectBroken(last - 2, QStringLiteral("cut short"));
    }

    // A database from before the scheme change (schema 5) with scheme-1 records: it migrates, verifies, and its
    // old records are fixed by the fingerprint in the scheme change's own record.
    void aDatabaseFromBeforeTheSchemeChangeMigratesAndStaysVerifiable()
    {
        m_path = legacyDatabase(QStringLiteral("legacy-intact.db"));
        int exitCode = -1;
        const QJsonObject json = verify(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("legacy_records")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("redacted")).toInt(), 1);
        QCOMPARE(value(m_path, QStringLiteral("SELECT action || '|' || scheme FROM audit_log WHERE id = 6")),
                 QStringLiteral("audit.scheme|2"));
    }

    void aLegacyRecordsIdOrRedactedWhoWhenWhatChangedIsCaught_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addRow("renumbered") << QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id <= 5;");
        QTest::addRow("a redacted record's user") << QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE "
                                                                    "id = 3;");
        QTest::addRow("a redacted record's time")
            << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 3;");
    }

    void aLegacyRecordsIdOrRedactedWhoWhenWhatChangedIsCaught()
    {
        // Scheme 1 hashed neither the id nor, once redacted, a record's who/when/what: only the fingerprint in the
        // scheme change's record (sealed, scheme 2) holds them.
        QFETCH(QString, script);
        static int n = 0;
        m_path = legacyDatabase(QStringLiteral("legacy-tampered-%1.db").arg(++n));
        QCOMPARE(verify().value(QStringLiteral("intact")).toBool(), true);
        sqlite3(m_path, behindTheTriggers(m_path, script));
        expectBroken(1, QStringLiteral("fingerprint"));
    }

private:
    // A schema-5 database with five scheme-1 records, then opened (and so migrated) by this build.
    QString legacyDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("cannot create %s", qPrintable(path));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDatabase::ApplicationId));
            if (!migrations::migrate(db, 5))
                qFatal("cannot make a schema-5 database");
            QString prev(64, u'0');
            auto write = [&](int i, const QVariant &caseId, const QString &action, const QString &after) {
                const QString at = QStringLiteral("2025-01-0%1T10:00:00.000Z").arg(i);
                const QString hash =
                    auditlog::hashOf(prev, at, QStringLiteral("old"), action, QStringLiteral("setting"),
                                     QString::number(i), caseId, {}, after, {});
                if (!sql::run(db,
                              QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, "
                                             "case_id, after_json, prev_hash, hash) VALUES (?, 'old', ?, "
                                             "'setting', ?, ?, ?, ?, ?)"),
                              {at, action, QString::number(i), caseId, after, prev, hash}))
                    qFatal("cannot write a scheme-1 record");
                prev = hash;
            };
            for (int i = 1; i <= 4; ++i)
                write(i, i == 3 ? QVariant(7) : QVariant(), QStringLiteral("setting.change"),
                      QStringLiteral("{\"n\":%1}").arg(i));
            // Record 3's case was deleted the old way: its content erased, the deletion chained after it.
            for (const QString &statement :
                 {QStringLiteral("INSERT INTO settings (key, value) VALUES ('trust.redacting_case', '7')"),
                  QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = NULL, reason = NULL, "
                                 "redacted = 1 WHERE case_id = 7"),
                  QStringLiteral("DELETE FROM settings WHERE key = 'trust.redacting_case'")})
                if (!sql::run(db, statement))
                    qFatal("cannot redact the scheme-1 record");
            write(5, QVariant(7), QStringLiteral("case.delete"),
                  QStringLiteral("{\"case_number\":\"X-7\",\"redacted_records\":[3]}"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        if (!opened)
            qFatal("cannot migrate %s: %s", qPrintable(path), qPrintable(opened.error().message));
        return path;
    }
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audit_tamper.moc"
