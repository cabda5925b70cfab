#include "storage/sqlite/backup.h"

#include "storage/filesystem.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/databaselock.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>

namespace sagstjek::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Backup", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sagstjek-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A short-lived read-only connection to another database file (a backup or a copy being checked).
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// quick_check, application id and schema version of an open database; empty when it is a good Sagstjek
// database.
QString problemsOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return tr("it cannot be read as a database (%1)").arg(q.lastError().text());
    if (q.value(0).toString() != u"ok")
        return tr("it is damaged (quick_check: %1)").arg(q.value(0).toString());
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return tr("it cannot be read as a database (%1)").arg(q.lastError().text());
    if (q.value(0).toInt() != SqliteDatabase::ApplicationId)
        return tr("it is not a Sagstjek database");
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return tr("it cannot be read as a database (%1)").arg(q.lastError().text());
    const int version = q.value(0).toInt();
    if (version < 0)
        return tr("it has an unknown schema version (%1)").arg(version);
    if (version < 1)
        return tr("it is an empty Sagstjek database without a schema");
    if (version > migrations::latestVersion())
        return tr("it was made by a newer version of Sagstjek (schema %1)").arg(version);
    return {};
}

// The full-disk message when the disk is full, else `otherwise`.
QString diskFullOr(const QString &otherwise)
{
    return errno == ENOSPC ? sql::diskFullMessage() : otherwise;
}

QString settingValue(QSqlDatabase &db, const QString &key)
{
    auto value = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return value ? value->toString() : QString();
}

enum class Folder { Create, MustExist };

// VACUUM INTO `target` through a temporary file, checked and synced before the atomic rename. The temporary
// file is made 0600 before SQLite writes a byte into it; a folder the backup makes is 0700. Temporaries left
// beside `target` by a crashed backup are removed first.
Status copyChecked(QSqlDatabase &source, const QString &target, Folder folderPolicy = Folder::Create)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString folder = QFileInfo(absolute).absolutePath();
    if (folderPolicy == Folder::MustExist && !QFileInfo(folder).isDir())
        return invalidInput(tr("The folder %1 does not exist; the backup was not written. Create the folder "
                               "first, or choose another file.")
                                .arg(folder));
    if (!filesystem::makePrivateFolder(folder))
        return databaseError(tr("Cannot create the folder %1 for the backup.").arg(folder));
    filesystem::removeOrphanedTemporaries(folder, QFileInfo(absolute).fileName());
    const QString temporary = filesystem::temporaryNameFor(absolute);
    auto cleanUp = [&](const QString &message) -> Status {
        QFile::remove(temporary);
        return databaseError(message);
    };
    // VACUUM INTO writes into an existing empty file and keeps its mode.
    if (!filesystem::createPrivateFile(temporary))
        return cleanUp(diskFullOr(tr("Cannot write the backup %1.").arg(absolute)));
    {
        QSqlQuery vacuum(source);
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?")))
            return cleanUp(tr("Cannot back up to %1: %2").arg(absolute, vacuum.lastError().text()));
        vacuum.addBindValue(temporary);
        if (!vacuum.exec()) {
            const QString why = vacuum.lastError().text();
            return cleanUp(why.contains(QStringLiteral("full"), Qt::CaseInsensitive)
                               ? sql::diskFullMessage()
                               : tr("Cannot back up to %1: %2").arg(absolute, sql::describe(vacuum.lastError())));
        }
    }
    filesystem::restrictToOwner(temporary);
    {
        ReadOnlyConnection copy(temporary);
        if (!copy.isOpen())
            return cleanUp(tr("The backup copy %1 cannot be opened: %2").arg(temporary, copy.error()));
        if (const QString problem = problemsOf(copy.db()); !problem.isEmpty())
            return cleanUp(tr("The backup copy failed its check (%1); the backup was not written.").arg(problem));
    }
    if (!filesystem::syncPath(temporary))
        return cleanUp(tr("Cannot flush the backup %1 to the disk.").arg(temporary));
    if (!filesystem::atomicRename(temporary, absolute))
        return cleanUp(tr("Cannot put the backup in place at %1.").arg(absolute));
    filesystem::syncPath(folder);
    return Ok{};
}

} // namespace

Status writeCopy(QSqlDatabase &db, const QString &target)
{
    return copyChecked(db, target, Folder::MustExist);
}

QString folderFor(QSqlDatabase &db, const QString &databasePath)
{
    const QString configured = settingValue(db, folderKey());
    if (!configured.isEmpty())
        return QFileInfo(configured).absoluteFilePath();
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

Result<QString> automatic(QSqlDatabase &db, const QString &databasePath, const QString &reason)
{
    const QString folder = folderFor(db, databasePath);
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.sqlite").arg(base, stamp, reason));
    if (auto copied = copyChecked(db, path); !copied)
        return copied.error();
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    bool okNumber = false;
    int keep = settingValue(db, keepKey()).toInt(&okNumber);
    if (!okNumber || keep < 1 || keep > 1000)
        keep = DefaultKeep;
    QStringList existing = QDir(folder).entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    while (existing.size() > keep)
        QFile::remove(QDir(folder).filePath(existing.takeFirst()));
    return path;
}

Result<QString> dailyIfDue(QSqlDatabase &db, const QString &databasePath)
{
    if (settingValue(db, dailyKey()) == u"0")
        return QString();
    auto cases = sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases)
        return cases.error();
    if (cases->toInt() == 0)
        return QString();
    const QString folder = folderFor(db, databasePath);
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
    if (!QDir(folder).entryList({QStringLiteral("%1-%2T*.sqlite").arg(base, today)}, QDir::Files).isEmpty())
        return QString();
    return automatic(db, databasePath, QStringLiteral("daily"));
}

Status checkBackupFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot read %1: check that the file exists and that you may read it.").arg(path));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return invalidInput(
            tr("%1 is not a Sagstjek database (it is not an SQLite file). Nothing was changed.").arg(path));
    file.close();
    ReadOnlyConnection source(path);
    if (!source.isOpen())
        return invalidInput(tr("%1 cannot be opened: %2. Nothing was changed.").arg(path, source.error()));
    if (const QString problem = problemsOf(source.db()); !problem.isEmpty())
        return invalidInput(tr("%1 cannot be restored: %2. Nothing was changed.").arg(path, problem));
    return Ok{};
}

Result<QString> restore(const QString &source, const QString &target)
{
    const QString from = QFileInfo(source).absoluteFilePath();
    const QString to = QFileInfo(target).absoluteFilePath();
    if (from == to)
        return invalidInput(tr("A database cannot be restored onto itself."));
    if (auto checked = checkBackupFile(from); !checked)
        return checked.error();

    // Hold the app's own lock on the target, so an open Sagstjek cannot be overwritten under its feet.
    auto lock = databaselock::acquire(to);
    if (!lock)
        return databaseError(tr("%1 is open in Sagstjek or another program. Close it there, then restore.").arg(to));

    QString safetyCopy;
    if (QFileInfo::exists(to) && QFileInfo(to).size() > 0) {
        // Keep what is being replaced: a restore is a big step and must itself be undoable. A damaged file
        // that cannot be copied through SQLite is kept as raw bytes (with its -wal) instead.
        QString folder = QFileInfo(to).absoluteFilePath() + QStringLiteral(".backups");
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
        const QString base = QFileInfo(to).completeBaseName();
        {
            ReadOnlyConnection current(to);
            if (current.isOpen()) {
                QSqlDatabase db = current.db();
                folder = folderFor(db, to);
                safetyCopy = QDir(folder).filePath(QStringLiteral("%1-%2-before-restore.sqlite").arg(base, stamp));
                if (!copyChecked(db, safetyCopy))
                    safetyCopy.clear();
            }
        }
        if (safetyCopy.isEmpty()) {
            safetyCopy = QDir(folder).filePath(QStringLiteral("%1-%2-before-restore.damaged").arg(base, stamp));
            filesystem::makePrivateFolder(folder);
            if (!QFile::copy(to, safetyCopy) || !filesystem::restrictToOwner(safetyCopy) ||
                (QFileInfo::exists(to + QStringLiteral("-wal")) &&
                 (!QFile::copy(to + QStringLiteral("-wal"), safetyCopy + QStringLiteral("-wal")) ||
                  !filesystem::restrictToOwner(safetyCopy + QStringLiteral("-wal")))))
                return databaseError(
                    tr("Cannot keep a copy of the current %1 before restoring; nothing was restored.").arg(to));
        }
    }

    const QString temporary = filesystem::temporaryNameFor(to);
    {
        ReadOnlyConnection backupFile(from);
        if (!backupFile.isOpen())
            return invalidInput(tr("%1 cannot be opened: %2. Nothing was changed.").arg(from, backupFile.error()));
        QSqlDatabase db = backupFile.db();
        if (auto copied = copyChecked(db, temporary); !copied)
            return copied.error();
    }
    // A -wal left from the old file would be replayed into the restored one: remove it (and -shm) first. The
    // old file's content is safe in the safety copy.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(to + suffix) && !QFile::remove(to + suffix)) {
            QFile::remove(temporary);
            return databaseError(tr("Cannot remove %1; nothing was restored.").arg(to + suffix));
        }
    }
    if (!filesystem::atomicRename(temporary, to)) {
        QFile::remove(temporary);
        return databaseError(tr("Cannot put the restored database in place at %1.").arg(to));
    }
    filesystem::syncPath(QFileInfo(to).absolutePath());
    return safetyCopy;
}

} // namespace sagstjek::backup
