#include "storage/serverpassword.h"

#include <QHash>
#include <QMutex>

namespace sagstjek::serverpassword {

namespace {

// Connections are made from worker threads too (the case list's count, exports).
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLocation;
    return byLocation;
}

} // namespace

void remember(const QString &location, const QString &password)
{
    QMutexLocker locked(&lock());
    if (password.isEmpty())
        passwords().remove(location);
    else
        passwords().insert(location, password);
}

QString of(const QString &location)
{
    QMutexLocker locked(&lock());
    return passwords().value(location);
}

void forget(const QString &location)
{
    remember(location, {});
}

} // namespace sagstjek::serverpassword
