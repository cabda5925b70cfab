#include "storage/sqlite/databaselock.h"

#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sagstjek::databaselock {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// A lock file whose content names no owner (empty, cut short or not QLockFile's format) can only be told from
// a live lock by the flock every QLockFile owner holds on it. QLockFile itself never calls such a file stale
// while the stale-lock time is 0 (it has no process id to ask about), so a crash between creating the lock and
// writing the id into it would lock everyone out until the file was deleted by hand.
//
// Returns true when the file was removed: nobody holds an flock on it, it still names no owner after a grace
// period (a live owner writes its id microseconds after creating the file and before anything else), and it
// is still the same file (inode) when it is unlinked.
bool removeOwnerlessLock(const QString &lockPath)
{
#if defined(Q_OS_UNIX)
    QLockFile guard(lockPath + QStringLiteral(".rmlock")); // the same guard QLockFile uses for stale locks
    guard.setStaleLockTime(0);
    if (!guard.tryLock(0))
        return false;
    const QByteArray name = QFile::encodeName(lockPath);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno == ENOENT; // gone already: try again
    bool removed = false;
    // An owner takes its flock right after creating the file; give a process that is at that very moment
    // between open(2) and flock(2) time to take it.
    for (int attempt = 0; attempt < 2 && !removed; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
            break; // a live process holds it
        qint64 pid = 0;
        QString host, app;
        QLockFile probe(lockPath);
        const bool named = probe.getLockInfo(&pid, &host, &app) && pid > 0;
        struct stat open {
        }, onDisk{};
        const bool same = ::fstat(fd, &open) == 0 && ::lstat(name.constData(), &onDisk) == 0 &&
                          open.st_dev == onDisk.st_dev && open.st_ino == onDisk.st_ino;
        if (named || !same) {
            ::flock(fd, LOCK_UN);
            break; // it names an owner after all (QLockFile judges that one), or it was replaced
        }
        if (attempt == 0) {
            ::flock(fd, LOCK_UN); // let a live owner that is just starting take it during the grace period
            continue;
        }
        removed = ::unlink(name.constData()) == 0;
    }
    ::close(fd);
    return removed;
#else
    Q_UNUSED(lockPath);
    return false;
#endif
}

} // namespace

Result<std::unique_ptr<QLockFile>> acquire(const QString &databasePath)
{
    const QString lockPath = databasePath + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock->tryLock(0))
            return lock;
        if (lock->error() != QLockFile::LockFailedError) {
            // A full disk cannot take the few bytes of the lock either: say so, in the one full-disk message.
            if (QStorageInfo(QFileInfo(databasePath).absolutePath()).bytesAvailable() < 64 * 1024)
                return databaseError(sql::diskFullMessage());
            return databaseError(
                tr("Cannot create the lock file beside %1: is the folder read-only?").arg(databasePath));
        }
        qint64 pid = 0;
        QString host, app;
        if (lock->getLockInfo(&pid, &host, &app) && pid > 0)
            return databaseError(tr("%1 is already open in another Sagstjek window or program (process %2 on %3). "
                                    "Close it there first: two programs writing the same database can damage it.")
                                     .arg(databasePath)
                                     .arg(pid)
                                     .arg(host));
        removeOwnerlessLock(lockPath);
    }
    return databaseError(tr("%1 is already open in another Sagstjek window or program (its lock file %2 names no "
                            "process, and a running process holds it). Close it there first: two programs writing "
                            "the same database can damage it.")
                             .arg(databasePath, lockPath));
}

} // namespace sagstjek::databaselock
