#include "services/userservice.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QJsonObject>

namespace sagstjek {

namespace {

QJsonObject toJson(const User &user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), roleKey(user.role)},
            {QStringLiteral("active"), user.active}};
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::ReplacementCharacter)
            return true;
    return false;
}

} // namespace

UserService::UserService(Session &session)
    : m_session(session)
    , m_db(session.database())
{
}

QString UserService::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A user name cannot be empty.");
    if (name.size() > 64)
        return tr("A user name can be at most 64 characters long.");
    if (hasControlCharacters(name))
        return tr("A user name cannot contain control characters or invalid text.");
    if (cpr::containsCpr(name))
        return tr("A user name cannot contain a CPR number.");
    return {};
}

Result<User> UserService::add(const QString &name, const QString &key, const QString &displayName,
                              const QString &password)
{
    if (auto allowed = m_session.policy().require(AccessPolicy::Permission::ManageUsers); !allowed)
        return allowed.error();
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return invalidInput(problem);
    if (displayName.size() > 200 || hasControlCharacters(displayName))
        return invalidInput(tr("A display name can be at most 200 characters long, without control characters."));
    const auto role = roleFromKey(key);
    if (!role)
        return invalidInput(tr("Unknown role \"%1\". Use one of: %2.").arg(key, roleKeys().join(QStringLiteral(", "))));
    UserRepository &users = m_db.users();
    User user;
    user.name = name.trimmed();
    user.displayName = displayName.trimmed();
    user.role = *role;
    auto done = m_db.transaction([&]() -> Status {
        auto existing = users.find(user.name);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            // On a team server a user may be a name only (from a file moved onto it with `server import-file`, or
            // `users add`): adding them with a password makes their login.
            if (m_db.serverLogin().isEmpty() || password.isEmpty())
                return invalidInput(tr("There is already a user called %1.").arg(existing.value()->name));
            auto hasLogin = m_db.serverLoginExists(existing.value()->name);
            if (!hasLogin)
                return hasLogin.error();
            if (hasLogin.value())
                return invalidInput(tr("There is already a user called %1.").arg(existing.value()->name));
            return giveLogin(*existing.value(), user, password);
        }
        auto count = users.count();
        if (!count)
            return count.error();
        if (count.value() == 0 && user.role != Role::Administrator)
            return invalidInput(tr("The first user must be an administrator, so that someone can manage users: "
                                   "sagstjek-cli users add NAME --role administrator"));
        auto id = users.insert(user, m_session.userName());
        if (!id)
            return id.error();
        user.id = id.value();
        auto loginCreated = m_db.addServerLogin(user.name, password);
        if (!loginCreated)
            return loginCreated.error();
        QJsonObject after = toJson(user);
        if (!m_db.serverLogin().isEmpty()) {
            auto hasLogin = m_db.serverLoginExists(user.name);
            if (!hasLogin)
                return hasLogin.error();
            after.insert(QStringLiteral("server_login"), loginCreated.value() ? QStringLiteral("created")
                                                         : hasLogin.value()   ? QStringLiteral("existing")
                                                                              : QStringLiteral("none"));
        }
        AuditEntry entry{m_session.userName(),
                         QStringLiteral("user.add"),
                         QStringLiteral("user"),
                         QString::number(user.id),
                         0,
                         {},
                         after,
                         {}};
        return m_db.audit().record(entry);
    });
    if (!done)
        return done.error();
    return user;
}

Status UserService::giveLogin(const User &before, User &user, const QString &password)
{
    const QString displayName = user.displayName;
    const Role role = user.role;
    user = before;
    user.role = role;
    if (!displayName.isEmpty())
        user.displayName = displayName;
    user.active = true;
    if (auto updated = m_db.users().update(user); !updated)
        return updated;
    if (auto created = m_db.addServerLogin(user.name, password); !created)
        return created.error();
    if (auto synced = m_db.syncServerLogin(user.name); !synced)
        return synced;
    QJsonObject after = toJson(user);
    after.insert(QStringLiteral("server_login"), QStringLiteral("created"));
    AuditEntry entry{m_session.userName(),
                     QStringLiteral("user.login"),
                     QStringLiteral("user"),
                     QString::number(before.id),
                     0,
                     toJson(before),
                     after,
                     {}};
    return m_db.audit().record(entry);
}

Result<User> UserService::change(const QString &name, const std::function<Status(User &)> &edit)
{
    if (auto allowed = m_session.policy().require(AccessPolicy::Permission::ManageUsers); !allowed)
        return allowed.error();
    UserRepository &users = m_db.users();
    User changed;
    auto done = m_db.transaction([&]() -> Status {
        auto existing = users.find(name);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return notFound(tr("There is no user called %1.").arg(name));
        const User before = *existing.value();
        changed = before;
        if (auto edited = edit(changed); !edited)
            return edited;
        if (auto updated = users.update(changed); !updated)
            return updated;
        if (auto synced = m_db.syncServerLogin(changed.name); !synced)
            return synced;
        auto admins = users.activeAdministrators();
        if (!admins)
            return admins.error();
        if (admins.value() == 0)
            return invalidInput(
                tr("%1 is the last active administrator; add another administrator first.").arg(before.name));
        AuditEntry entry{m_session.userName(),
                         QStringLiteral("user.change"),
                         QStringLiteral("user"),
                         QString::number(before.id),
                         0,
                         toJson(before),
                         toJson(changed),
                         {}};
        return m_db.audit().record(entry);
    });
    if (!done)
        return done.error();
    return changed;
}

Result<User> UserService::setRole(const QString &name, const QString &key)
{
    const auto role = roleFromKey(key);
    if (!role)
        return invalidInput(tr("Unknown role \"%1\". Use one of: %2.").arg(key, roleKeys().join(QStringLiteral(", "))));
    return change(name, [&](User &user) -> Status {
        user.role = *role;
        return Ok{};
    });
}

Result<User> UserService::setActive(const QString &name, bool active)
{
    return change(name, [&](User &user) -> Status {
        user.active = active;
        return Ok{};
    });
}

Result<QList<User>> UserService::list()
{
    return m_db.users().list();
}

} // namespace sagstjek
