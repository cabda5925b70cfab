#include "domain/casefile.h"

namespace sagstjek {

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::NotStarted:
        return QStringLiteral("not-started");
    case ReviewStatus::InProgress:
        return QStringLiteral("in-progress");
    case ReviewStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

ReviewStatus reviewStatusFromKey(const QString &key)
{
    if (key == u"in-progress")
        return ReviewStatus::InProgress;
    if (key == u"completed")
        return ReviewStatus::Completed;
    return ReviewStatus::NotStarted;
}

} // namespace sagstjek
