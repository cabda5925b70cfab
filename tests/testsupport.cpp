#include "testsupport.h"

#include "services/demodata.h"
#include "services/policysetup.h"
#include "services/templatecatalog.h"
#include "services/workspace.h"
#include "storage/bulkcasewriter.h"
#include "storage/sql/sql.h"
#include "storage/userrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace testsupport {

Actor actor(sagstjek::Database &db, const QString &user, const QString &language, const sagstjek::rules::Clock *clock)
{
    auto policy = sagstjek::policyFor(db, user);
    if (!policy)
        qFatal("cannot act as %s: %s", qPrintable(user), qPrintable(policy.error().message));
    Actor a;
    a.policy = std::move(policy).value();
    a.session = std::make_unique<sagstjek::Session>(db, *a.policy, language, clock);
    a.cases = std::make_unique<sagstjek::CaseService>(*a.session);
    return a;
}

void addUser(sagstjek::Database &db, const QString &name, sagstjek::Role role, const QString &displayName)
{
    sagstjek::User user;
    user.name = name;
    user.displayName = displayName;
    user.role = role;
    if (auto added = db.users().insert(user, QStringLiteral("tester")); !added)
        qFatal("cannot add the user %s: %s", qPrintable(name), qPrintable(added.error().message));
}

namespace {

// DIR/env as tests/pg/cluster.sh wrote it (SAGSTJEK_TEST_PG_ENV): KEY=VALUE lines.
QHash<QString, QString> clusterEnvironment()
{
    QHash<QString, QString> values;
    QFile file(qEnvironmentVariable("SAGSTJEK_TEST_PG_ENV"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no test cluster: run the team-server tests through ctest (fixture pg, tests/pg/cluster.sh)");
    for (const QByteArray &line : file.readAll().split('\n'))
        if (const qsizetype equals = line.indexOf('='); equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    return values;
}

} // namespace

QString serverLog()
{
    return clusterEnvironment().value(QStringLiteral("PGLOG"));
}

bool onServer()
{
    return qEnvironmentVariable("SAGSTJEK_TEST_BACKEND") == u"postgres";
}

QString serverLocation(const QString &database)
{
    const QHash<QString, QString> env = clusterEnvironment();
    return QStringLiteral("postgresql://%1@localhost/%2?host=%3")
        .arg(env.value(QStringLiteral("PGUSER")), database,
             QString::fromLatin1(QUrl::toPercentEncoding(env.value(QStringLiteral("PGHOST")), "/")));
}

QString cliPath()
{
    return QStringLiteral(SAGSTJEK_CLI_PATH);
}

QString fixturesPath()
{
    return QStringLiteral(SAGSTJEK_FIXTURES);
}

QString resourcesPath()
{
    return QStringLiteral(SAGSTJEK_RESOURCES);
}

void onCluster(const QString &statement, const QString &database)
{
    const QHash<QString, QString> env = clusterEnvironment();
    const QString name = QStringLiteral("testsupport-cluster");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(env.value(QStringLiteral("PGHOST")));
        db.setPort(env.value(QStringLiteral("PGPORT")).toInt());
        db.setUserName(env.value(QStringLiteral("PGUSER")));
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("the test cluster refused %s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QString newServerDatabase()
{
    // Set up once per test process, then copied (CREATE DATABASE … TEMPLATE: a file copy, ~0.1 s).
    static int made = 0;
    static const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString templateName = QStringLiteral("tpl_") + pid;
    if (made == 0) {
        onCluster(QStringLiteral("DROP DATABASE IF EXISTS ") + templateName);
        onCluster(QStringLiteral("CREATE DATABASE ") + templateName);
        if (auto setup = sagstjek::Database::setUpServer(serverLocation(templateName)); !setup)
            qFatal("server init failed: %s", qPrintable(setup.error().message));
        onCluster(QStringLiteral("DELETE FROM users"), templateName);
    }
    const QString name = QStringLiteral("t_%1_%2").arg(pid).arg(++made);
    onCluster(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName));
    return serverLocation(name);
}

std::unique_ptr<sagstjek::Database> memoryDatabase(bool withDemoData)
{
    auto db = onServer() ? sagstjek::Database::open(newServerDatabase(), sagstjek::Database::OpenMode::OpenExisting)
                         : sagstjek::Database::openInMemory();
    if (!db)
        qFatal("cannot open a test database: %s", qPrintable(db.error().message));
    if (auto installed = sagstjek::templatecatalog::installBuiltIn(*db.value(), QStringLiteral("tester")); !installed)
        qFatal("cannot install templates: %s", qPrintable(installed.error().message));
    if (withDemoData)
        if (auto filled = sagstjek::demodata::fill(*db.value(), QStringLiteral("tester")); !filled)
            qFatal("cannot fill demo data: %s", qPrintable(filled.error().message));
    return std::move(db).value();
}

std::unique_ptr<sagstjek::Database> fileDatabase(const QTemporaryDir &dir, const QString &name, bool withDemoData)
{
    auto db = sagstjek::workspace::open(dir.filePath(name), QStringLiteral("tester"),
                                        {sagstjek::Database::OpenMode::CreateIfMissing, withDemoData});
    if (!db)
        qFatal("cannot open a database file: %s", qPrintable(db.error().message));
    return std::move(db).value();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

qint64 lastAccessId(sagstjek::Database &db)
{
    return sagstjek::sql::scalar(sqlOf(db), QStringLiteral("SELECT coalesce(max(id), 0) FROM access_log"))
        ->toLongLong();
}

QStringList accessLogAfter(sagstjek::Database &db, qint64 afterId, const QString &user)
{
    QStringList lines;
    auto q = sagstjek::sql::run(sqlOf(db),
                                QStringLiteral("SELECT action, coalesce(case_number, ''), coalesce(criterion, '') "
                                               "FROM access_log WHERE id > ? AND user_name = ? ORDER BY id"),
                                {afterId, user});
    while (q && q->next())
        lines << QStringLiteral("%1|%2|%3").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    return lines;
}

namespace {

CliRun runCliOnce(const QStringList &arguments, const QByteArray &input, bool leakCheck)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!leakCheck) {
        // Leak detection off, everything else of ASAN_OPTIONS kept (a later option wins).
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("detect_leaks=0"));
    }
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start sagstjek-cli");
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

CliRun runCli(const QStringList &arguments, const QByteArray &input)
{
    CliRun run = runCliOnce(arguments, input, true);
    // Under an ASan build LeakSanitizer's own stop-the-world tracer now and then crashes at exit ("Tracer caught
    // signal 11"), after the command has done its work: a known sanitizer fault (google/sanitizers#1353) that says
    // nothing about the command. CI saw it twice in a row on the same command, so the command runs once more with
    // leak detection off: its behaviour is still checked, and the same code is leak-checked by the other runs. A
    // leak that was found ("detected memory leaks") is never retried.
    if (run.err.contains("LeakSanitizer has encountered a fatal error") && !run.err.contains("detected memory leaks")) {
        qWarning("sagstjek-cli: LeakSanitizer's tracer failed at exit; running the command once more without it");
        run = runCliOnce(arguments, input, false);
    }
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void addReviewedCases(sagstjek::Database &db, int count, int defectsPerCase)
{
    QList<sagstjek::CaseFile> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        sagstjek::CaseFile c;
        c.caseNumber = QStringLiteral("B-%1").arg(i, 6, 10, QLatin1Char('0'));
        c.cpr = QStringLiteral("0101%1%2").arg(50 + i % 40).arg(1000 + i % 9000);
        c.name = QStringLiteral("Borger %1").arg(i);
        c.area = i % 2 ? QStringLiteral("integration") : QStringLiteral("sickness-benefit");
        c.caseworker = i % 3 ? QStringLiteral("Mette") : QStringLiteral("Jens");
        c.team = QStringLiteral("Team %1").arg(i % 4);
        cases << c;
    }
    const auto ids = sagstjek::addCases(db, cases);
    if (!ids)
        qFatal("cannot add cases: %s", qPrintable(ids.error().message));
    const auto done = db.transaction([&]() -> sagstjek::Status {
        QSqlQuery review(sqlOf(db));
        review.prepare(
            QStringLiteral("INSERT INTO reviews (case_id, template_id, round_id, reviewer, status, "
                           "started_at, updated_at) VALUES (?, (SELECT max(id) FROM templates), NULL, 'kons', "
                           "'completed', '2026-01-05', '2026-01-05') RETURNING id"));
        QSqlQuery defect(sqlOf(db));
        defect.prepare(QStringLiteral("INSERT INTO defects (review_id, case_id, item_key, description, owner, due, "
                                      "created_by, created_at, updated_at) VALUES (?, ?, ?, 'Mangler', ?, ?, 'kons', "
                                      "'2026-01-05', '2026-01-05')"));
        int n = 0;
        for (int i = 0; i < ids->size(); ++i) {
            review.addBindValue(ids->at(i));
            if (!review.exec())
                return sagstjek::databaseError(review.lastError().text());
            if (!review.next())
                return sagstjek::databaseError(review.lastError().text());
            const qint64 reviewId = review.value(0).toLongLong();
            review.finish(); // SQLite keeps an INSERT … RETURNING running until it is reset
            for (int d = 0; d < defectsPerCase; ++d, ++n) {
                defect.addBindValue(reviewId);
                defect.addBindValue(ids->at(i));
                defect.addBindValue(QStringLiteral("item.%1").arg(d));
                defect.addBindValue(i % 3 ? QStringLiteral("Mette") : QStringLiteral("Jens"));
                defect.addBindValue(n % 5 == 0 ? QVariant()
                                               : QVariant(QDate(2026, 2, 1).addDays(n % 31).toString(Qt::ISODate)));
                if (!defect.exec())
                    return sagstjek::databaseError(defect.lastError().text());
            }
        }
        return sagstjek::Ok{};
    });
    if (!done)
        qFatal("cannot add reviews: %s", qPrintable(done.error().message));
}

} // namespace testsupport
