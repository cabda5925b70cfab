// The throwaway PostgreSQL cluster the team-server suites run against (issue 11; tests/pg/cluster.sh, started by
// the CTest fixture `pg`): Qt's QPSQL driver reaches it through its private socket, binds values (Danish letters
// and all) without string building, and has what live refresh needs (LISTEN/NOTIFY); no TCP port is open.
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

// DIR/env as written by cluster.sh: KEY=VALUE lines.
QHash<QString, QString> clusterEnvironment()
{
    QHash<QString, QString> values;
    QFile file(qEnvironmentVariable("SAGSTJEK_TEST_PG_ENV"));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (const qsizetype equals = line.indexOf('='); equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    return values;
}

} // namespace

class TestPgServer : public QObject {
    Q_OBJECT

    QHash<QString, QString> m_env;

    QSqlDatabase connect(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_env.value(QStringLiteral("PGHOST")));
        db.setPort(m_env.value(QStringLiteral("PGPORT")).toInt());
        db.setUserName(m_env.value(QStringLiteral("PGUSER")));
        db.setDatabaseName(m_env.value(QStringLiteral("PGDATABASE")));
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing: run scripts/install-deps.sh (libqt6sql6-psql)");
        m_env = clusterEnvironment();
        QVERIFY2(!m_env.value(QStringLiteral("PGHOST")).isEmpty(),
                 "no test cluster: run through ctest (fixture pg, tests/pg/cluster.sh)");
    }

    void theDriverReachesTheClusterThroughItsSocketOnly()
    {
        {
            QSqlDatabase db = connect(QStringLiteral("socket"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int, "
                                          "current_setting('server_encoding'), current_setting('listen_addresses')")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 150000);
            QCOMPARE(q.value(1).toString(), QStringLiteral("UTF8"));
            QCOMPARE(q.value(2).toString(), QString()); // no TCP listener
            QVERIFY(db.driver()->hasFeature(QSqlDriver::EventNotifications));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("socket"));
    }

    void boundValuesRoundTrip()
    {
        {
            QSqlDatabase db = connect(QStringLiteral("bind"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t (name text, note text)")));
            const QString name = QStringLiteral("Søren Ærø Åberg");
            const QString hostile = QStringLiteral("'); DROP TABLE t; -- \\ \"x\"");
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name, note) VALUES (?, ?)")));
            q.addBindValue(name);
            q.addBindValue(hostile);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT name, note, length(name) FROM t")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), name);
            QCOMPARE(q.value(1).toString(), hostile);
            QCOMPARE(q.value(2).toInt(), name.size()); // characters, not bytes: the connection speaks UTF-8
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bind"));
    }

    // Live refresh (issue 11) rests on this: one connection's NOTIFY reaches another's subscription.
    void aNotificationReachesAnotherConnection()
    {
        {
            QSqlDatabase listener = connect(QStringLiteral("listener"));
            QSqlDatabase writer = connect(QStringLiteral("writer"));
            QVERIFY(listener.open() && writer.open());
            QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("sagstjek_test")));
            QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_notify('sagstjek_test', 'case 42')")));
            QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
            QCOMPARE(spy.first().at(0).toString(), QStringLiteral("sagstjek_test"));
            QCOMPARE(spy.first().at(2).toString(), QStringLiteral("case 42"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("listener"));
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
