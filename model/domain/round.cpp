#include "domain/round.h"

namespace sagstjek {

QString roundKindKey(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Walkthrough:
        return QStringLiteral("walkthrough");
    case RoundKind::Sample:
        return QStringLiteral("sample");
    case RoundKind::Supervision:
        return QStringLiteral("supervision");
    case RoundKind::SelfCheck:
        return QStringLiteral("self-check");
    }
    return {};
}

std::optional<RoundKind> roundKindFromKey(const QString &key)
{
    for (RoundKind kind : {RoundKind::Walkthrough, RoundKind::Sample, RoundKind::Supervision, RoundKind::SelfCheck})
        if (roundKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString stratumKey(Stratum stratum)
{
    switch (stratum) {
    case Stratum::None:
        return {};
    case Stratum::Area:
        return QStringLiteral("area");
    case Stratum::Caseworker:
        return QStringLiteral("caseworker");
    case Stratum::Team:
        return QStringLiteral("team");
    }
    return {};
}

std::optional<Stratum> stratumFromKey(const QString &key)
{
    for (Stratum stratum : {Stratum::None, Stratum::Area, Stratum::Caseworker, Stratum::Team})
        if (stratumKey(stratum) == key)
            return stratum;
    return std::nullopt;
}

} // namespace sagstjek
