#pragma once

#include <QString>
#include <QStringList>

namespace sagstjek {

class Database;

// The names people go by, for the person-based rules of rounds, approval and remediation (nobody reviews
// their own case, approves their own review or verifies their own remediation). What a role may do is the
// access policy's business (services/accesspolicy.h).
namespace people {

// Two user names are the same person (names are compared case-insensitively, as the user list does).
bool samePerson(const QString &a, const QString &b);
// The names `user` goes by: the login name and, when the user list has one, the display name (the name the
// case system's caseworker column uses).
QStringList namesOf(Database &db, const QString &user);
// Whether `user` is the caseworker named `caseworker` under any of their names.
bool isCaseworker(Database &db, const QString &user, const QString &caseworker);

} // namespace people

} // namespace sagstjek
