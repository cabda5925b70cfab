// What `--db` names (issue 11): a SQLite file, or a team server as postgresql://USER@HOST[:PORT]/DATABASE. A
// password is refused in any form and never repeated in the message; anything else is told what is wrong.
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

class TestDatabaseLocation : public QObject {
    Q_OBJECT

private slots:
    void filesAreFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << QStringLiteral("sager.db");
        QTest::newRow("absolute with spaces") << QStringLiteral("/home/ann/Mine sager/Hjørring 2026.sqlite");
        QTest::newRow("memory") << QStringLiteral(":memory:");
        QTest::newRow("a colon in a name") << QStringLiteral("backup 12:30.db");
        QTest::newRow("windows drive") << QStringLiteral("C:\\Sager\\sager.db");
    }
    void filesAreFiles()
    {
        QFETCH(QString, text);
        auto location = DatabaseLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().message));
        QCOMPARE(location->kind, DatabaseLocation::Kind::File);
        QCOMPARE(location->file, text);
        QCOMPARE(location->text(), text);
    }

    void serversAreServers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("written"); // text() again
        QTest::newRow("plain") << QStringLiteral("postgresql://ann@db.hjoerring.dk/sagstjek") << QStringLiteral("ann")
                               << QStringLiteral("db.hjoerring.dk") << 5432 << QStringLiteral("sagstjek") << QString()
                               << QStringLiteral("postgresql://ann@db.hjoerring.dk/sagstjek");
        QTest::newRow("port and sslmode")
            << QStringLiteral("postgresql://kim@10.0.0.5:5433/review?sslmode=verify-full") << QStringLiteral("kim")
            << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("review") << QStringLiteral("verify-full")
            << QStringLiteral("postgresql://kim@10.0.0.5:5433/review?sslmode=verify-full");
        QTest::newRow("postgres:// and upper-case scheme")
            << QStringLiteral("POSTGRES://ann@localhost/sagstjek") << QStringLiteral("ann")
            << QStringLiteral("localhost") << 5432 << QStringLiteral("sagstjek") << QString()
            << QStringLiteral("postgresql://ann@localhost/sagstjek");
        QTest::newRow("a socket folder")
            << QStringLiteral("postgresql://ann@localhost/sagstjek?host=/tmp/sagstjek-pg.x/socket")
            << QStringLiteral("ann") << QStringLiteral("/tmp/sagstjek-pg.x/socket") << 5432
            << QStringLiteral("sagstjek") << QString()
            << QStringLiteral("postgresql://ann@localhost/sagstjek?host=/tmp/sagstjek-pg.x/socket");
        // libpq's own form for a socket: no host name at all.
        QTest::newRow("a socket folder without a host name")
            << QStringLiteral("postgresql://ann@/sagstjek?host=/tmp/sagstjek-pg.x/socket") << QStringLiteral("ann")
            << QStringLiteral("/tmp/sagstjek-pg.x/socket") << 5432 << QStringLiteral("sagstjek") << QString()
            << QStringLiteral("postgresql://ann@localhost/sagstjek?host=/tmp/sagstjek-pg.x/socket");
        QTest::newRow("ipv6") << QStringLiteral("postgresql://ann@[::1]:6543/sagstjek") << QStringLiteral("ann")
                              << QStringLiteral("::1") << 6543 << QStringLiteral("sagstjek") << QString()
                              << QStringLiteral("postgresql://ann@[::1]:6543/sagstjek");
        QTest::newRow("Danish letters, percent-encoded")
            << QStringLiteral("postgresql://s%C3%B8ren@localhost/s%C3%A6rlig") << QStringLiteral("søren")
            << QStringLiteral("localhost") << 5432 << QStringLiteral("særlig") << QString()
            << QStringLiteral("postgresql://søren@localhost/særlig");
    }
    void serversAreServers()
    {
        QFETCH(QString, text);
        auto location = DatabaseLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().message));
        QVERIFY(location->isServer());
        QTEST(location->user, "user");
        QTEST(location->host, "host");
        QTEST(location->port, "port");
        QTEST(location->database, "database");
        QTEST(location->sslMode, "sslMode");
        QTEST(location->text(), "written");
    }

    void aPasswordIsRefusedAndNeverRepeated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("user:password@") << QStringLiteral("postgresql://ann:Hemmelig42@db/sagstjek");
        QTest::newRow("with a port") << QStringLiteral("postgresql://ann:Hemmelig42@db:5432/sagstjek");
        QTest::newRow("not a valid URL otherwise") << QStringLiteral("postgresql://ann:Hemmelig42 x@db b/sagstjek");
        QTest::newRow("an @ in the password") << QStringLiteral("postgres://ann:Hemme@lig42@db/sagstjek");
        QTest::newRow("in the query") << QStringLiteral("postgresql://ann@db/sagstjek?password=Hemmelig42");
        QTest::newRow("in the query of an invalid URL")
            << QStringLiteral("postgresql://ann@db b/sagstjek?password=Hemmelig42");
    }
    void aPasswordIsRefusedAndNeverRepeated()
    {
        QFETCH(QString, text);
        auto location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QCOMPARE(location.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(location.error().message.contains(QStringLiteral("pgpass")), qPrintable(location.error().message));
        QVERIFY2(!location.error().message.contains(QStringLiteral("lig42")), qPrintable(location.error().message));
    }

    void whatIsWrongIsSaid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("No database was given");
        QTest::newRow("another scheme") << QStringLiteral("mysql://ann@db/sagstjek") << QStringLiteral("\"mysql://\"");
        QTest::newRow("no user") << QStringLiteral("postgresql://db/sagstjek") << QStringLiteral("USER@HOST");
        QTest::newRow("no host and no socket folder")
            << QStringLiteral("postgresql://ann@/sagstjek") << QStringLiteral("USER@HOST");
        QTest::newRow("no database") << QStringLiteral("postgresql://ann@db") << QStringLiteral("USER@HOST");
        QTest::newRow("no database after the slash")
            << QStringLiteral("postgresql://ann@db/") << QStringLiteral("USER@HOST");
        QTest::newRow("a path, not a database")
            << QStringLiteral("postgresql://ann@db/a/b") << QStringLiteral("USER@HOST");
        QTest::newRow("port out of range")
            << QStringLiteral("postgresql://ann@db:70000/sagstjek") << QStringLiteral("USER@HOST");
        QTest::newRow("unknown setting") << QStringLiteral("postgresql://ann@db/sagstjek?connect_timeout=5")
                                         << QStringLiteral("only sslmode, and host");
        QTest::newRow("a host setting that is not a folder")
            << QStringLiteral("postgresql://ann@db/sagstjek?host=otherdb") << QStringLiteral("absolute path");
        QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://ann@db/sagstjek?sslmode=always")
                                         << QStringLiteral("verify-full");
        QTest::newRow("a fragment") << QStringLiteral("postgresql://ann@db/sagstjek#x") << QStringLiteral("\"#\"");
    }
    void whatIsWrongIsSaid()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        auto location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QCOMPARE(location.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(location.error().message.contains(words), qPrintable(location.error().message));
    }

    // A server location goes to the server (here none answers: said so), and no file named after the URL appears
    // (it used to be taken for a relative path).
    void aServerLocationIsNotOpenedAsAFile()
    {
        QTemporaryDir dir;
        const QString here = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto run = testsupport::runCli(
            {QStringLiteral("--db"), QStringLiteral("postgresql://ann@localhost/sagstjek"), QStringLiteral("cases")});
        const auto withPassword = testsupport::runCli({QStringLiteral("--db"),
                                                       QStringLiteral("postgresql://ann:Hemmelig42@localhost/sagstjek"),
                                                       QStringLiteral("cases")});
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY(QDir::setCurrent(here));
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains("team server"), run.err.constData());
        QVERIFY(withPassword.exitCode != 0);
        QVERIFY2(!withPassword.err.contains("Hemmelig42") && !withPassword.out.contains("Hemmelig42"),
                 withPassword.err.constData());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
