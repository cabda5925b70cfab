#include "storage/filesystem.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif
#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sagstjek::filesystem {

QString networkFileSystem(const QString &path)
{
#if defined(Q_OS_LINUX)
    QFileInfo info(path);
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    struct statfs fs {};
    if (statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return {};
    // Magic numbers from linux/magic.h and the file systems' own headers.
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("SMB/CIFS");
    case 0x564CUL:
        return QStringLiteral("NCP");
    case 0x5346414FUL:
        return QStringLiteral("AFS");
    case 0x73757245UL:
        return QStringLiteral("Coda");
    case 0x01021997UL:
        return QStringLiteral("9P");
    case 0x00C36400UL:
        return QStringLiteral("Ceph");
    case 0x47504653UL:
        return QStringLiteral("GPFS");
    default:
        return {};
    }
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString networkShareWarning(const QString &path)
{
    const QString kind = networkFileSystem(path);
    if (kind.isEmpty())
        return {};
    return QCoreApplication::translate("sagstjek::Database",
                                       "Warning: %1 is on a network share (%2). SQLite's write-ahead log "
                                       "does not work over a network file "
                                       "system, and two computers using the file at once can damage it. Copy "
                                       "the database to a local disk "
                                       "and work there, or use the team server.")
        .arg(path, kind);
}

bool syncPath(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool makePrivateFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    QString folder = absolute;
    while (!QFileInfo::exists(folder) && folder != QDir::rootPath()) {
        missing.prepend(folder);
        folder = QFileInfo(folder).absolutePath();
    }
    for (const QString &each : missing) {
#if defined(Q_OS_UNIX)
        if (::mkdir(QFile::encodeName(each).constData(), 0700) != 0 && errno != EEXIST)
            return false;
#else
        if (!QDir().mkdir(each) && !QFileInfo(each).isDir())
            return false;
#endif
    }
    return QFileInfo(absolute).isDir();
}

bool restrictToOwner(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(QFile::permissions(path) & others))
        return true;
    return QFile::setPermissions(path, OwnerOnlyFile);
}

bool createPrivateFile(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool restricted = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return restricted;
#else
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.setPermissions(OwnerOnlyFile);
#endif
}

bool processIsRunning(qint64 pid)
{
#if defined(Q_OS_UNIX)
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

bool isOrphanedTemporary(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("\\.tmp-(\\d+)-\\d+(-journal|-wal|-shm)?$"));
    const auto match = pattern.match(fileName);
    return match.hasMatch() && !processIsRunning(match.captured(1).toLongLong());
}

int removeOrphanedTemporaries(const QString &folder, const QString &prefix)
{
    int removed = 0;
    const QStringList names =
        QDir(folder).entryList({prefix + QStringLiteral("*.tmp-*-*")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (isOrphanedTemporary(name) && QFile::remove(QDir(folder).filePath(name)))
            ++removed;
    }
    return removed;
}

QString temporaryNameFor(const QString &target)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1.tmp-%2-%3")
        .arg(target)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

bool atomicRename(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace sagstjek::filesystem
