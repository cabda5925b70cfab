#pragma once

#include "storage/userrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// The SQLite implementation of UserRepository: bound statements on the database's one writer connection.
class SqliteUserRepository final : public UserRepository {
public:
    explicit SqliteUserRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<int> count() override;
    Result<int> activeAdministrators() override;
    Result<QList<User>> list() override;
    Result<std::optional<User>> find(const QString &name) override;
    Result<qint64> insert(const User &user, const QString &by) override;
    Status update(const User &user) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
