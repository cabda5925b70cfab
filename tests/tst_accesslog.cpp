// The access log (PERF_RELIABILITY.md §G.12): one row per open, search, export, reveal and refusal; UPDATE
// and DELETE refused; the purge removes only rows older than the retention period and is itself logged; a
// per-citizen extract, with and without staff names.
#include "services/accesspolicy.h"
#include "services/reviewservice.h"
#include "services/userservice.h"
#include "storage/accesslog.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

using namespace sagstjek;

class TestAccessLog : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    int count(const QString &where, const QVariantList &values = {})
    {
        return sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM access_log WHERE ") + where, values)
            ->toInt();
    }

private slots:
    void init() { m_db = testsupport::memoryDatabase(true); }

    void openingACaseIsLogged()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("kon"));
        ReviewService service(*serviceActor.session);
        auto id = sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT min(id) FROM cases"))->toLongLong();
        QVERIFY(service.open(ReviewRef{id}).ok());
        QVERIFY(service.open(ReviewRef{id}).ok());
        QCOMPARE(count(QStringLiteral("action = 'open' AND case_id = ? AND user_name = 'kon'"), {id}), 2);
        // Internal reads (load) are not look-ups by a person and are not logged.
        QVERIFY(service.load(ReviewRef{id}).ok());
        QCOMPARE(count(QStringLiteral("action = 'open'")), 2);
    }

    void searchesExportsAndRefusalsAreLogged()
    {
        auto policy = AccessPolicy::forUser(*m_db, QStringLiteral("kon")).value();
        QVERIFY(policy
                    ->recordSearch(QStringLiteral("cpr=010190-XXXX"),
                                   {{1, QStringLiteral("A-1")}, {2, QStringLiteral("A-2")}})
                    .ok());
        QCOMPARE(count(QStringLiteral("action = 'search'")), 3);
        QVERIFY(
            policy->recordAccess(QStringLiteral("export"), 1, QStringLiteral("A-1"), QStringLiteral("report")).ok());
        QCOMPARE(count(QStringLiteral("action = 'export' AND case_id = 1")), 1);
        QVERIFY(!policy->require(AccessPolicy::Permission::ManageUsers).ok() || policy->isBootstrap());
    }

    // A caseworker's CPR search finds, and logs per case, only the cases their list shows.
    void aCaseworkersCprSearchLogsOnlyTheCasesTheyMaySee()
    {
        const QList<CaseRow> rows = m_db->cases().page(CaseFilter{}, 0, 1000).value();
        const CaseRow &own = rows.first();
        const auto other = std::find_if(rows.cbegin(), rows.cend(),
                                        [&](const CaseRow &row) { return row.caseworker != own.caseworker; });
        QVERIFY(other != rows.cend());
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("sb"), Role::Caseworker, own.caseworker);
        auto caseworker = testsupport::actor(*m_db, QStringLiteral("sb"));
        for (const CaseRow &row : {own, *other}) {
            const QString cprNumber = m_db->cases().load(row.id)->cpr;
            CaseFilter filter;
            filter.search = cprNumber;
            QVERIFY(caseworker.cases->recordSearch(filter).ok());
            const int expected = row.id == own.id ? 1 : 0;
            QCOMPARE(count(QStringLiteral("action = 'search' AND user_name = 'sb' AND case_id = ?"), {row.id}),
                     expected);
            QCOMPARE(caseworker.cases->count(filter).value(), expected);
        }
        QCOMPARE(count(QStringLiteral("action = 'search' AND user_name = 'sb' AND case_id IS NULL")), 2);
    }

    void updateAndDeleteAreRefused()
    {
        AccessEntry entry;
        entry.user = QStringLiteral("kon");
        entry.action = QStringLiteral("open");
        entry.caseId = 1;
        QVERIFY(m_db->accessLog().record(entry).ok());
        QSqlQuery q(sqlOf(*m_db));
        QVERIFY(!q.exec(QStringLiteral("UPDATE access_log SET user_name = 'nobody'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM access_log")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO access_log (at, user_name, action) VALUES ('x', 'y', 'hack')")));
        QCOMPARE(count(QStringLiteral("user_name = 'kon'")), 1);
    }

    void thePurgeRemovesOnlyOlderRowsAndIsLogged()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int monthsAgo : {24, 12, 7, 5, 1, 0}) {
            AccessEntry entry;
            entry.at = now.addMonths(-monthsAgo).toString(Qt::ISODateWithMs);
            entry.user = QStringLiteral("kon");
            entry.action = QStringLiteral("open");
            entry.caseId = 1;
            entry.criterion = QString::number(monthsAgo);
            QVERIFY(m_db->accessLog().record(entry).ok());
        }
        auto removed = m_db->accessLog().purge(now.addMonths(-6), QStringLiteral("admin"));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 3);
        QCOMPARE(count(QStringLiteral("action = 'open'")), 3);
        QCOMPARE(count(QStringLiteral("action = 'open' AND criterion IN ('5', '1', '0')")), 3);
        QCOMPARE(count(QStringLiteral("action = 'purge' AND user_name = 'admin'")), 1);
        QCOMPARE(sql::scalar(sqlOf(*m_db),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access_log.purge'"))
                     ->toInt(),
                 1);
        // The purge's door is closed again afterwards.
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'trust.%'"))
                     ->toInt(),
                 0);
        QSqlQuery q(sqlOf(*m_db));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM access_log")));
    }

    void theCliExtractsEveryAccessToOneCitizen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("log.db"));
        auto cli = [&](const QStringList &args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
        };
        QCOMPARE(cli({QStringLiteral("demo")}).exitCode, 0);
        QString caseNumber, digits;
        {
            auto opened = Database::open(db, Database::OpenMode::OpenExisting);
            auto q = sql::run(sqlOf(*opened.value()),
                              QStringLiteral("SELECT case_number, cpr FROM cases WHERE cpr <> '' ORDER BY id LIMIT 1"));
            QVERIFY(q.ok() && q->next());
            caseNumber = q->value(0).toString();
            digits = q->value(1).toString();
        }
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("kon"), QStringLiteral("card"), caseNumber}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("kon"), QStringLiteral("cases"),
                      QStringLiteral("--search"), digits})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("kon"), QStringLiteral("history"), caseNumber}).exitCode,
                 0);
        const auto extract = cli({QStringLiteral("--user"), QStringLiteral("leder"), QStringLiteral("access-log"),
                                  QStringLiteral("--cpr"), digits, QStringLiteral("--json")});
        QCOMPARE(extract.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(extract.out).array();
        QStringList actions;
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QStringLiteral("case_number")].toString(), caseNumber);
            QCOMPARE(row[QStringLiteral("user")].toString(), QStringLiteral("kon"));
            actions << row[QStringLiteral("action")].toString();
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("open"), QStringLiteral("search"), QStringLiteral("history")}));
        // For the citizen: when and what, without the staff's names.
        const auto forCitizen = cli({QStringLiteral("access-log"), QStringLiteral("--case"), caseNumber,
                                     QStringLiteral("--citizen"), QStringLiteral("--json")});
        QCOMPARE(forCitizen.exitCode, 0);
        QVERIFY(!forCitizen.out.contains("\"user\""));
        QCOMPARE(QJsonDocument::fromJson(forCitizen.out).array().size(), 3);
        // --from in the future finds nothing; the extracts themselves were logged.
        const auto later = cli({QStringLiteral("access-log"), QStringLiteral("--from"), QStringLiteral("2999-01-01"),
                                QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(later.out).array().size(), 0);
        const auto all = cli({QStringLiteral("access-log"), QStringLiteral("--json")});
        int extracts = 0;
        for (const QJsonValue &row : QJsonDocument::fromJson(all.out).array())
            extracts += row[QStringLiteral("action")].toString() == u"extract";
        QCOMPARE(extracts, 3);
        // Once users exist, only a leader or an administrator reads the log.
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"), QStringLiteral("add"),
                      QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("administrator")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"), QStringLiteral("add"),
                      QStringLiteral("kon"), QStringLiteral("--role"), QStringLiteral("consultant")})
                     .exitCode,
                 0);
        const auto refused = cli({QStringLiteral("--user"), QStringLiteral("kon"), QStringLiteral("access-log")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("access log"));
        // The purge keeps at least 6 months.
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("access-log-purge"),
                      QStringLiteral("--older-than-months"), QStringLiteral("3")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("access-log-purge")}).exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
