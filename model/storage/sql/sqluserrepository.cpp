#include "storage/sql/sqluserrepository.h"

#include "storage/database.h"
#include "storage/sql/sql.h"

namespace sagstjek {

namespace {

const QString SelectUser =
    QStringLiteral("SELECT id, name, display_name, role, active, created_at, created_by FROM users");

User userFrom(const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.role = roleFromKey(q.value(3).toString()).value_or(Role::Caseworker);
    user.active = q.value(4).toInt() != 0;
    user.createdAt = q.value(5).toString();
    user.createdBy = q.value(6).toString();
    return user;
}

} // namespace

Result<int> SqlUserRepository::count()
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> SqlUserRepository::activeAdministrators()
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1"),
                         {roleKey(Role::Administrator)});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<User>> SqlUserRepository::list()
{
    auto q = sql::run(m_db, SelectUser + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users << userFrom(q.value());
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return users;
}

Result<std::optional<User>> SqlUserRepository::find(const QString &name)
{
    auto q = sql::run(m_db, SelectUser + QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q.value()));
}

Result<qint64> SqlUserRepository::insert(const User &user, const QString &by)
{
    const QString now = utcNow();
    return sql::insertReturningId(m_db,
                                  QStringLiteral("INSERT INTO users (name, display_name, role, active, created_at, "
                                                 "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {user.name, user.displayName, roleKey(user.role), user.active ? 1 : 0, now, by, now});
}

Status SqlUserRepository::update(const User &user)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? "
                                     "WHERE id = ?"),
                      {user.displayName, roleKey(user.role), user.active ? 1 : 0, utcNow(), user.id});
    if (!q)
        return q.error();
    return Ok{};
}

} // namespace sagstjek
