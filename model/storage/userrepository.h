#pragma once

#include "core/result.h"
#include "domain/user.h"

#include <QList>

#include <optional>

namespace sagstjek {

// The users table. Plain SQL, no policy: UserService decides who may change it and writes the audit record.
class UserRepository {
public:
    virtual ~UserRepository();

    virtual Result<int> count() = 0;
    virtual Result<int> activeAdministrators() = 0;
    virtual Result<QList<User>> list() = 0;
    // By login name (case-insensitive); empty when there is no such user.
    virtual Result<std::optional<User>> find(const QString &name) = 0;
    virtual Result<qint64> insert(const User &user, const QString &by) = 0;
    virtual Status update(const User &user) = 0;
};

} // namespace sagstjek
