// A team server chains and seals the audit trail itself (schema 14, pgschema.cpp): a record is one INSERT of what the
// app says, and the server's trigger adds the row states, the hashes and a seal of a key that no login can read. The
// hashes are scheme 2's, so `audit verify` recomputes them on the client; the seal only the server can check.
#include "testsupport.h"

#include "services/reviewservice.h"
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sagstjek;

namespace {

CaseFile integrationCase()
{
    CaseFile c;
    c.caseNumber = QStringLiteral("SEAL-1");
    c.cpr = QStringLiteral("0101901234");
    c.name = QStringLiteral("Åse Ørsted");
    c.area = QStringLiteral("integration");
    c.caseworker = QStringLiteral("Mette Sørensen");
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
    c.dates.insert(QStringLiteral("contract_signed"), QDate(2019, 3, 5));
    return c;
}

const QString GoalItem = QStringLiteral("integration.contract.goal");

} // namespace

class TestServerAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_caseId = 0;

    QSqlDatabase &db() { return sqlOf(*m_db); }
    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        auto value = sql::scalar(db(), statement, values);
        return value ? value.value() : QVariant();
    }
    Result<ItemChange> answer(AnswerValue value)
    {
        auto person = testsupport::actor(*m_db, QStringLiteral("rev"));
        return ReviewService(*person.session).answer(ReviewRef{m_caseId}, GoalItem, value);
    }
    // Runs `statement` as the database's owner with the audit trail's triggers off, as someone who can write the
    // table (but cannot read the server's key) would; the triggers are on again afterwards.
    void asOwnerWithoutTriggers(const QString &statement, const QVariantList &values)
    {
        const auto triggers = [&](const QString &how) {
            for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("audit_head")})
                QVERIFY(sql::run(db(), QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER").arg(table, how)));
        };
        triggers(QStringLiteral("DISABLE"));
        auto ran = sql::run(db(), statement, values);
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
        triggers(QStringLiteral("ENABLE"));
    }

private slots:
    void initTestCase()
    {
        if (!testsupport::onServer())
            QSKIP("The team server's own audit seal (run by the pg fixture).");
    }

    void init()
    {
        m_db = testsupport::memoryDatabase();
        auto ids = addCases(*m_db, {integrationCase()});
        QVERIFY(ids.ok());
        m_caseId = ids->first();
    }

    // The record written for an answer follows the chain's head, holds the answer's state as the client digests the
    // row, and carries the server's seal; verify checks all of it.
    void anAnswerIsChainedAndSealedByTheServer()
    {
        const QString headBefore = scalar(QStringLiteral("SELECT last_hash FROM audit_head")).toString();
        auto change = answer(AnswerValue::Met);
        QVERIFY2(change, qPrintable(change ? QString() : change.error().message));

        auto last = sql::run(db(), QStringLiteral("SELECT id, prev_hash, hash, key_id, mac, state, action, at "
                                                  "FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(last && last->next());
        QCOMPARE(last->value(6).toString(), QStringLiteral("item.change"));
        const QString keyId = last->value(3).toString();
        QVERIFY2(keyId.startsWith(u"server:"), qPrintable(keyId));
        QCOMPARE(keyId, scalar(QStringLiteral("SELECT sagstjek_audit_key_id()")).toString());
        QCOMPARE(last->value(4).toString().size(), 64); // HMAC-SHA-256, hex
        QVERIFY(QDateTime::fromString(last->value(7).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject state = QJsonDocument::fromJson(last->value(5).toString().toUtf8()).object();
        const qint64 reviewId =
            scalar(QStringLiteral("SELECT id FROM reviews WHERE case_id = ?"), {m_caseId}).toLongLong();
        const QString answerKey = auditlog::stateKey(QStringLiteral("answers"), reviewId, GoalItem);
        QVERIFY2(state.contains(answerKey), qPrintable(last->value(5).toString()));
        last->finish();

        // The server's digest of the answer row is the one the client makes of it (bigint and text, read as text).
        auto row = sql::run(db(), auditlog::stateRowQuery(QStringLiteral("answers")), {reviewId, GoalItem});
        QVERIFY(row && row->next());
        QVariantList values;
        for (int i = 0; i < auditlog::stateColumns(QStringLiteral("answers")).size(); ++i)
            values << row->value(i);
        row->finish();
        QCOMPARE(state.value(answerKey).toString(), auditlog::rowDigest(values));

        // Its first record (the review's start, written in the same unit of work) follows the head as it was.
        QCOMPARE(scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE action = 'review.start'")).toString(),
                 headBefore);
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QVERIFY(verified->serverSealedRecords >= 2);
        QCOMPARE(verified->foreignRecords, 0);
        QVERIFY(verified->rowsChecked >= 2);
    }

    // A unit of work's records go to the server in one call at its commit (sagstjek_write_records, as JSON): they
    // arrive in order, one after the other in the chain, each text exactly as written, the last with the states.
    void aUnitOfWorksRecordsArriveInOrderAndExactly()
    {
        const QString reason = QStringLiteral("Åse's \"note\" \\ with\na new line, {\"json\": 1} and 'later'");
        auto person = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService reviews(*person.session);
        const qint64 headBefore = scalar(QStringLiteral("SELECT last_id FROM audit_head")).toLongLong();
        auto done = m_db->transaction([&]() -> Status {
            if (auto answered = reviews.answer(ReviewRef{m_caseId}, GoalItem, AnswerValue::Met); !answered)
                return answered.error();
            for (int i = 1; i <= 3; ++i) {
                AuditEntry entry{QStringLiteral("rev"),
                                 QStringLiteral("test.step"),
                                 QStringLiteral("case"),
                                 QString::number(i),
                                 i == 2 ? 0 : m_caseId,
                                 i == 1 ? QJsonObject() : QJsonObject{{QStringLiteral("n"), i}},
                                 {{QStringLiteral("tekst"), QStringLiteral("æøå \"%1\"").arg(i)}},
                                 i == 3 ? reason : QString()};
                if (auto recorded = m_db->audit().record(entry); !recorded)
                    return recorded;
            }
            return Ok{};
        });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto steps = sql::run(db(), QStringLiteral("SELECT id, entity_id, case_id, before_json, after_json, reason, "
                                                   "state FROM audit_log WHERE action = 'test.step' ORDER BY id"));
        QVERIFY(steps);
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(steps->next());
            ids << steps->value(0).toLongLong();
            QCOMPARE(steps->value(1).toString(), QString::number(i));
            QCOMPARE(steps->value(2).isNull(), i == 2);
            QCOMPARE(steps->value(3).isNull(), i == 1);
            QCOMPARE(QJsonDocument::fromJson(steps->value(4).toByteArray()).object().value(u"tekst").toString(),
                     QStringLiteral("æøå \"%1\"").arg(i));
            QCOMPARE(steps->value(5).toString(), i == 3 ? reason : QString());
            // The answer's state is the unit of work's last record's.
            QCOMPARE(steps->value(6).toString().contains(GoalItem), i == 3);
        }
        QVERIFY(!steps->next());
        // The unit of work's records: the review's start and the answer's change, then ours; one after the other,
        // after the head as it was.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ?"), {headBefore}).toLongLong(), 5);
        QCOMPARE(ids, (QList<qint64>{headBefore + 3, headBefore + 4, headBefore + 5}));
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    // A record and the rows it names rewritten with every hash made anew, by someone who can write the tables but
    // has not the server's key: verify names the record by its seal.
    void aRecordRewrittenWithoutTheServersKeyIsNamedByItsSeal()
    {
        QVERIFY(answer(AnswerValue::Met));
        auto last = sql::run(db(), QStringLiteral("SELECT id, prev_hash, at, user_name, action, entity, entity_id, "
                                                  "case_id, key_id, before_json, after_json, state "
                                                  "FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(last && last->next());
        const qint64 id = last->value(0).toLongLong();
        const QString reason = QStringLiteral("Rettet bagefter");
        const QString contentHash = auditlog::contentHashOf(last->value(9), last->value(10), reason, last->value(11));
        const QString hash =
            auditlog::hashOf2(last->value(1).toString(), id, last->value(2).toString(), last->value(3).toString(),
                              last->value(4).toString(), last->value(5).toString(), last->value(6).toString(),
                              last->value(7), last->value(8).toString(), contentHash);
        last->finish();
        asOwnerWithoutTriggers(
            QStringLiteral("UPDATE audit_log SET reason = ?, content_hash = ?, hash = ? WHERE id = ?"),
            {reason, contentHash, hash, id});
        asOwnerWithoutTriggers(QStringLiteral("UPDATE audit_head SET last_hash = ?"), {hash});

        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY(!verified->intact);
        QCOMPARE(verified->brokenId, id);
        QVERIFY2(verified->problem.contains(u"team server's audit key"), qPrintable(verified->problem));
    }

    // The states the server writes are compared with the rows: an answer changed without a record is found.
    void anAnswerChangedWithoutARecordIsFound()
    {
        QVERIFY(answer(AnswerValue::Met));
        QVERIFY(sql::run(db(), QStringLiteral("ALTER TABLE answers DISABLE TRIGGER USER")));
        QVERIFY(sql::run(db(), QStringLiteral("UPDATE answers SET note = 'skrevet bagom'")));
        QVERIFY(sql::run(db(), QStringLiteral("ALTER TABLE answers ENABLE TRIGGER USER")));
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY(!verified->intact);
        QVERIFY2(verified->problem.contains(u"without an audit record"), qPrintable(verified->problem));
    }

    // What a login of the users' role may do: write a record (the server chains it whatever the client sends), but
    // not read the key, not have something sealed outside a write, and not bend the chain.
    void aLoginCannotReadTheKeyNorBendTheChain()
    {
        QVERIFY(answer(AnswerValue::Met)); // (its record also counts the case added by init)
        // The users' role of the database this one was copied from (testsupport::newServerDatabase): the one its
        // tables are granted to (a copy's own CONNECT grants are not copied).
        const QString users =
            scalar(
                QStringLiteral("SELECT DISTINCT grantee FROM information_schema.role_table_grants "
                               "WHERE table_name = 'cases' AND privilege_type = 'SELECT' AND grantee LIKE '%\\_users'"))
                .toString();
        QVERIFY(!users.isEmpty());
        testsupport::onCluster(QStringLiteral("DROP ROLE IF EXISTS hedvig"));
        testsupport::onCluster(QStringLiteral("CREATE ROLE hedvig LOGIN IN ROLE ") + users);
        {
            QSqlDatabase login = QSqlDatabase::cloneDatabase(db(), QStringLiteral("hedvig"));
            login.setUserName(QStringLiteral("hedvig"));
            QVERIFY2(login.open(), qPrintable(login.lastError().text()));
            QSqlQuery q(login);
            QVERIFY(!q.exec(QStringLiteral("SELECT key FROM sagstjek_seal.audit_key")));
            QVERIFY2(q.lastError().text().contains(u"permission denied"), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("SELECT (sagstjek_audit_seal(NULL::audit_log)).mac")));
            QVERIFY2(q.lastError().text().contains(u"sealed only as it is written"), qPrintable(q.lastError().text()));
            // Another client's record with a chain of its own choosing: the server puts it where the chain is.
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, prev_hash, hash, "
                         "key_id, mac) VALUES (1, '2000-01-01', 'hedvig', 'psql.note', 'note', '1', 'forged', "
                         "'forged', 'mine', 'forged') RETURNING id, prev_hash, key_id")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toLongLong() > 1);
            QVERIFY(q.value(1).toString() != u"forged");
            QVERIFY(q.value(2).toString().startsWith(u"server:"));
            q.finish();
            login.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hedvig"));
        testsupport::onCluster(QStringLiteral("DROP ROLE hedvig"));
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_serveraudit.moc"
