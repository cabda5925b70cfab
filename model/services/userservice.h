#pragma once

#include "core/result.h"
#include "domain/user.h"
#include "services/session.h"

#include <QCoreApplication>

namespace sagstjek {

// Adding and changing users: administrators only, each change audited, and never leaving the database without
// an active administrator once it has one. On a team server a deactivated user's login is kept out of the database.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::UserService)
public:
    explicit UserService(Session &session);

    // On a team server the user is also a login of the server (Database::addServerLogin): `password` is the new
    // login's; an existing login keeps its own. A user there who is a name only (moved onto the server with a file,
    // or added without a login) gets the login, the role and, when given, the display name, and is let in. A file
    // ignores the password.
    Result<User> add(const QString &name, const QString &roleKey, const QString &displayName = {},
                     const QString &password = {});
    Result<User> setRole(const QString &name, const QString &roleKey);
    Result<User> setActive(const QString &name, bool active);
    Result<QList<User>> list();

    // Whether a user name is acceptable: 1–64 printable characters, no control characters.
    static QString nameProblem(const QString &name);

private:
    Result<User> change(const QString &name, const std::function<Status(User &)> &edit);
    // Makes the login of `before`, a user without one, as `user` (whose role and display name were asked for).
    Status giveLogin(const User &before, User &user, const QString &password);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
