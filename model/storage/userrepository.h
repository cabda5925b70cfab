#pragma once

#include "domain/user.h"
#include "storage/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sagstjek {

// The users table. Plain SQL, no policy: UserService decides who may change it and writes the audit record.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<int> count();
    Result<int> activeAdministrators();
    Result<QList<User>> list();
    // By login name (case-insensitive); empty when there is no such user.
    Result<std::optional<User>> find(const QString &name);
    Result<qint64> insert(const User &user, const QString &by);
    Status update(const User &user);

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
