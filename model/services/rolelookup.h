#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sagstjek {

class Database;

// Who holds which role, as far as rounds, approval and defect follow-up need to know. The trust layer's user
// list plugs in here; until a database has users, nobody's role is known and only the person-based four-eyes
// rules apply (nobody approves their own review, nobody verifies their own remediation).
class RoleLookup {
public:
    virtual ~RoleLookup();
    // The user's role key (caseworker, consultant, coordinator, leader, administrator); an empty string for a
    // user the list does not know; std::nullopt when there is no user list yet (a new database).
    virtual std::optional<QString> roleOf(const QString &user) const = 0;
    // The names the user goes by (login name, and the name in the case system's caseworker column).
    virtual QStringList namesOf(const QString &user) const { return {user}; }
};

// The trust layer's user list (storage/userrepository): roles and display names of the database's users.
class UserListRoles : public RoleLookup {
public:
    explicit UserListRoles(Database &db)
        : m_db(db)
    {
    }
    std::optional<QString> roleOf(const QString &user) const override;
    QStringList namesOf(const QString &user) const override;

private:
    Database &m_db;
};

// No user list: every role check is left to the person-based rules.
class NoUserList : public RoleLookup {
public:
    std::optional<QString> roleOf(const QString &) const override { return std::nullopt; }
};

// A fixed table of users and roles (tests, and the CLI until the trust layer's list lands).
class FixedRoles : public RoleLookup {
public:
    explicit FixedRoles(QHash<QString, QString> roles = {})
        : m_roles(std::move(roles))
    {
    }
    void set(const QString &user, const QString &role) { m_roles.insert(user.toCaseFolded(), role); }
    std::optional<QString> roleOf(const QString &user) const override { return m_roles.value(user.toCaseFolded()); }

private:
    QHash<QString, QString> m_roles; // case-folded user name → role
};

namespace roles {
inline const QString Caseworker = QStringLiteral("caseworker");
inline const QString Consultant = QStringLiteral("consultant");
inline const QString Coordinator = QStringLiteral("coordinator");
inline const QString Leader = QStringLiteral("leader");
inline const QString Administrator = QStringLiteral("administrator");

// Whether `user` may approve or send back reviews: a coordinator or leader (anyone while there is no user
// list).
bool mayApprove(const RoleLookup &lookup, const QString &user);
// Whether `user` may verify a remediation: a coordinator or leader (anyone while there is no user list).
bool mayVerify(const RoleLookup &lookup, const QString &user);
// Whether `user` may start rounds, assign cases and manage action rules: consultant, coordinator, leader or
// administrator (anyone while there is no user list).
bool mayManageRounds(const RoleLookup &lookup, const QString &user);
// Two user names are the same person (names are compared case-insensitively, as the user list does).
bool samePerson(const QString &a, const QString &b);
// Whether `user` is the caseworker named `caseworker` under any of their names.
bool isCaseworker(const RoleLookup &lookup, const QString &user, const QString &caseworker);
} // namespace roles

} // namespace sagstjek
