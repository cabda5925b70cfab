#include "services/workspace.h"

#include "services/demodata.h"
#include "services/templatecatalog.h"
#include "storage/backup.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sagstjek::workspace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sagstjek"));
    QCoreApplication::setApplicationName(QStringLiteral("sagstjek"));
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sagstjek.sqlite"));
}

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}

Result<std::unique_ptr<Database>> open(const QString &path, const QString &user, OpenOptions options)
{
    auto database = Database::open(path, options.mode);
    if (!database)
        return database.error();
    Database &db = *database.value();
    if (auto installed = templatecatalog::installBuiltIn(db.connection(), user); !installed)
        return installed.error();
    // The daily automatic backup (issue #5). A failed backup must not lock the user out of their work.
    if (auto daily = backup::dailyIfDue(db.connection(), db.path()); !daily)
        qWarning("The daily backup failed: %s", qPrintable(daily.error().message));
    if (options.demoDataWhenNew) {
        auto cases = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM cases"));
        auto audit = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> "
                                                                 "'template.store'"));
        if (!cases || !audit)
            return (cases ? audit.error() : cases.error());
        // Only a database nobody has worked in gets demo data: never mix demo cases into real ones.
        if (cases->toInt() == 0 && audit->toInt() == 0)
            if (auto filled = demodata::fill(db, user); !filled)
                return filled.error();
    }
    return std::move(database).value();
}

} // namespace sagstjek::workspace
