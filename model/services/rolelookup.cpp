#include "services/rolelookup.h"

namespace sagstjek {

RoleLookup::~RoleLookup() = default;

namespace roles {

bool mayApprove(const RoleLookup &lookup, const QString &user) {
    const auto role = lookup.roleOf(user);
    return !role || *role == Coordinator || *role == Leader;
}

bool mayVerify(const RoleLookup &lookup, const QString &user) {
    const auto role = lookup.roleOf(user);
    return !role || (!role->isEmpty() && *role != Caseworker);
}

bool mayManageRounds(const RoleLookup &lookup, const QString &user) {
    const auto role = lookup.roleOf(user);
    return !role || *role == Consultant || *role == Coordinator || *role == Leader || *role == Administrator;
}

bool samePerson(const QString &a, const QString &b) {
    return QString::compare(a.trimmed(), b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace roles

} // namespace sagstjek
