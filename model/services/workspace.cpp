#include "services/workspace.h"

#include "services/demodata.h"
#include "services/templatecatalog.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"

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

QString newDatabasePath(const QString &folder)
{
    const QDir dir(folder);
    // A database comes with a -wal, a -shm and a lock file beside it: none of them may be left from another.
    const auto taken = [&dir](const QString &name) {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            if (QFileInfo::exists(dir.filePath(name + QLatin1String(suffix))))
                return true;
        return false;
    };
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("sagstjek-%1.sqlite").arg(n);
        if (!taken(name))
            return dir.filePath(name);
    }
}

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}

Status prepare(Database &db, const QString &user, bool demoDataWhenNew, bool dailyBackup)
{
    if (auto installed = templatecatalog::installBuiltIn(db, user); !installed)
        return installed.error();
    // The daily automatic backup (issue #5). A failed backup must not lock the user out of their work.
    if (dailyBackup)
        if (auto daily = db.dailyBackupIfDue(); !daily)
            qWarning("The daily backup failed: %s", qPrintable(daily.error().message));
    if (demoDataWhenNew) {
        // One row, not a count: this runs at every open, and counting a million cases takes 0.1 s.
        auto cases = db.cases().page(CaseFilter{}, 0, 1);
        auto audit = db.audit().workRecordCount();
        if (!cases || !audit)
            return (cases ? audit.error() : cases.error());
        // Only a database nobody has worked in gets demo data: never mix demo cases into real ones.
        if (cases->isEmpty() && audit.value() == 0)
            if (auto filled = demodata::fill(db, user); !filled)
                return filled.error();
    }
    return Ok{};
}

} // namespace sagstjek::workspace
