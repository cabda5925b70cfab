#include "domain/actionplan.h"

namespace sagstjek {

QString planStatusKey(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QStringLiteral("planned");
    case PlanStatus::InProgress:
        return QStringLiteral("in-progress");
    case PlanStatus::Done:
        return QStringLiteral("done");
    case PlanStatus::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

QString planStatusDanish(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QStringLiteral("planlagt");
    case PlanStatus::InProgress:
        return QStringLiteral("i gang");
    case PlanStatus::Done:
        return QStringLiteral("udført");
    case PlanStatus::Abandoned:
        return QStringLiteral("opgivet");
    }
    return {};
}

QString planStatusEnglish(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QStringLiteral("planned");
    case PlanStatus::InProgress:
        return QStringLiteral("in progress");
    case PlanStatus::Done:
        return QStringLiteral("done");
    case PlanStatus::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

QString planStatusText(PlanStatus status, const QString &language)
{
    return language == u"da" ? planStatusDanish(status) : planStatusEnglish(status);
}

std::optional<PlanStatus> planStatusFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (PlanStatus status : allPlanStatuses())
        if (t == planStatusKey(status) || t == planStatusDanish(status) || t == planStatusEnglish(status))
            return status;
    // The Danish words as typed on a keyboard without æøå, and with a hyphen.
    if (t == u"i-gang" || t == u"igang")
        return PlanStatus::InProgress;
    if (t == u"udfoert" || t == u"udfort")
        return PlanStatus::Done;
    return std::nullopt;
}

QList<PlanStatus> allPlanStatuses()
{
    return {PlanStatus::Planned, PlanStatus::InProgress, PlanStatus::Done, PlanStatus::Abandoned};
}

bool isClosed(PlanStatus status)
{
    return status == PlanStatus::Done || status == PlanStatus::Abandoned;
}

QString planLinkKindKey(PlanLinkKind kind)
{
    switch (kind) {
    case PlanLinkKind::Item:
        return QStringLiteral("item");
    case PlanLinkKind::ActionRule:
        return QStringLiteral("action-rule");
    case PlanLinkKind::Round:
        return QStringLiteral("round");
    }
    return {};
}

std::optional<PlanLinkKind> planLinkKindFromKey(const QString &key)
{
    if (key == u"item")
        return PlanLinkKind::Item;
    if (key == u"action-rule")
        return PlanLinkKind::ActionRule;
    if (key == u"round")
        return PlanLinkKind::Round;
    return std::nullopt;
}

bool PlanAction::isLate(const QDate &today) const
{
    return deadline.isValid() && deadline < today && !isClosed(status);
}

bool ActionPlan::evaluationDue(const QDate &today) const
{
    return evaluationDate.isValid() && evaluationDate <= today;
}

} // namespace sagstjek
