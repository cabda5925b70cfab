#include "storage/postgres/pgbackup.h"

#include "storage/filesystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace sagstjek::pgbackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// A value of a libpq keyword/value connection string, quoted: whatever a name holds stays one value.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// The last lines a tool wrote to its error output, for a message.
QString lastWords(QProcess &process)
{
    const QStringList lines =
        QString::fromLocal8Bit(process.readAllStandardError()).trimmed().split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(qMax(0, lines.size() - 3)).join(u' ');
}

} // namespace

Status writeDump(const DatabaseLocation &where, const QString &password, const QString &target, bool withAuditKey)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    const QString pgRestore = QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
    if (pgDump.isEmpty() || pgRestore.isEmpty())
        return databaseError(tr("Backing up a team server needs PostgreSQL's pg_dump and pg_restore on this computer "
                                "(Debian package postgresql-client); the backup was not written."));
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QFileInfo(folder).isDir())
        return invalidInput(tr("The folder %1 does not exist; the backup was not written. Create the folder "
                               "first, or choose another file.")
                                .arg(folder));
    filesystem::removeOrphanedTemporaries(folder, QFileInfo(absolute).fileName());
    const QString temporary = filesystem::temporaryNameFor(absolute);
    auto cleanUp = [&](const QString &message) -> Status {
        QFile::remove(temporary);
        return databaseError(message);
    };
    // pg_dump opens the file it is given for writing and keeps its mode: 0600 from the start.
    if (!filesystem::createPrivateFile(temporary))
        return cleanUp(tr("Cannot write the backup %1.").arg(absolute));

    QString connection = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 application_name=sagstjek-backup")
                             .arg(quoted(where.host))
                             .arg(where.port)
                             .arg(quoted(where.database), quoted(where.user));
    if (!where.sslMode.isEmpty())
        connection += QStringLiteral(" sslmode=") + quoted(where.sslMode);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    // The password goes to the child through its environment, never its command line (which `ps` shows).
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    QProcess dump;
    dump.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                          QStringLiteral("--file"),          temporary,
                          QStringLiteral("--dbname"),        connection};
    if (!withAuditKey)
        arguments << QStringLiteral("--exclude-schema=sagstjek_seal");
    dump.start(pgDump, arguments);
    if (!dump.waitForFinished(-1) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        return cleanUp(tr("pg_dump could not back up the team server %1: %2").arg(where.text(), lastWords(dump)));

    QProcess list;
    list.start(pgRestore, {QStringLiteral("--list"), temporary});
    const bool listed = list.waitForFinished(-1) && list.exitStatus() == QProcess::NormalExit && list.exitCode() == 0;
    const QByteArray contents = listed ? list.readAllStandardOutput() : QByteArray();
    if (!listed || !contents.contains("TABLE DATA public audit_log") || !contents.contains("TABLE DATA public cases"))
        return cleanUp(tr("The backup %1 failed its check (pg_restore --list: %2); the backup was not written.")
                           .arg(absolute, listed ? tr("tables are missing") : lastWords(list)));
    if (!filesystem::syncPath(temporary))
        return cleanUp(tr("Cannot flush the backup %1 to the disk.").arg(temporary));
    if (!filesystem::atomicRename(temporary, absolute))
        return cleanUp(tr("Cannot put the backup in place at %1.").arg(absolute));
    filesystem::syncPath(folder);
    return Ok{};
}

} // namespace sagstjek::pgbackup
