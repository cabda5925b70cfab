#pragma once

#include "services/accesspolicy.h"

#include <memory>

namespace sagstjek {

// The access policy for `user` as every front end needs it: the user list's roles plus case assignments from
// the active review rounds (a caseworker may open the cases assigned to them).
Result<std::unique_ptr<AccessPolicy>> policyFor(Database &db, const QString &user);

// The names of the database's active users, for a front end that lets the user pick theirs.
Result<QStringList> activeUserNames(Database &db);

} // namespace sagstjek
