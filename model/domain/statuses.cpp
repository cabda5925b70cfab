#include "domain/statuses.h"

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
    case ReviewStatus::SentBack:
        return QStringLiteral("sent-back");
    case ReviewStatus::Reopened:
        return QStringLiteral("reopened");
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

ReviewStatus reviewStatusFromKey(const QString &key)
{
    if (key == u"in-progress")
        return ReviewStatus::InProgress;
    if (key == u"completed")
        return ReviewStatus::Completed;
    if (key == u"sent-back")
        return ReviewStatus::SentBack;
    if (key == u"reopened")
        return ReviewStatus::Reopened;
    if (key == u"approved")
        return ReviewStatus::Approved;
    return ReviewStatus::NotStarted;
}

bool isReviewed(ReviewStatus status)
{
    return status == ReviewStatus::Completed || status == ReviewStatus::Approved;
}

bool isOpenForAnswers(ReviewStatus status)
{
    return status == ReviewStatus::InProgress || status == ReviewStatus::SentBack || status == ReviewStatus::Reopened;
}

ReviewStatus caseListStatus(ReviewStatus status)
{
    if (status == ReviewStatus::NotStarted)
        return ReviewStatus::NotStarted;
    return isReviewed(status) ? ReviewStatus::Completed : ReviewStatus::InProgress;
}

QString roundStatusKey(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Active:
        return QStringLiteral("active");
    case RoundStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<RoundStatus> roundStatusFromKey(const QString &key)
{
    if (key == u"active")
        return RoundStatus::Active;
    if (key == u"closed")
        return RoundStatus::Closed;
    return std::nullopt;
}

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    if (key == u"open")
        return ActionStatus::Open;
    if (key == u"done")
        return ActionStatus::Done;
    return std::nullopt;
}

} // namespace sagstjek
