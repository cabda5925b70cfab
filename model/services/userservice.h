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
    // login's; an existing login keeps its own. A file ignores it.
    Result<User> add(const QString &name, const QString &roleKey, const QString &displayName = {},
                     const QString &password = {});
    Result<User> setRole(const QString &name, const QString &roleKey);
    Result<User> setActive(const QString &name, bool active);
    Result<QList<User>> list();

    // Whether a user name is acceptable: 1–64 printable characters, no control characters.
    static QString nameProblem(const QString &name);

private:
    Result<User> change(const QString &name, const std::function<Status(User &)> &edit);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
