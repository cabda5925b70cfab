#include "testsupport.h"

#include "services/demodata.h"
#include "services/policysetup.h"
#include "services/templatecatalog.h"
#include "services/workspace.h"
#include "storage/sqlite/sql.h"
#include "storage/userrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

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

std::unique_ptr<sagstjek::Database> memoryDatabase(bool withDemoData)
{
    auto db = sagstjek::Database::openInMemory();
    if (!db)
        qFatal("cannot open an in-memory database: %s", qPrintable(db.error().message));
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

CliRun runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAGSTJEK_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start sagstjek-cli");
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace testsupport
