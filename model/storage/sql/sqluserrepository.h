#pragma once

#include "storage/userrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// UserRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlUserRepository final : public UserRepository {
public:
    explicit SqlUserRepository(QSqlDatabase &db)
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
