#include "storage/filesystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/vfs.h>
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

} // namespace sagstjek::filesystem
