#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sagstjek {

// The roles of issue #5. Keys are what the CLI and the database use.
enum class Role { Caseworker, Consultant, Coordinator, Leader, Administrator };
QString roleKey(Role role); // "caseworker", "consultant", "coordinator", "leader", "administrator"
std::optional<Role> roleFromKey(const QString &key);
QStringList roleKeys();

// A person who may use the database.
struct User {
    qint64 id = 0;
    QString name;        // the login name (the OS user name by default); unique, case-insensitive
    QString displayName; // as written in the case system's caseworker column, e.g. "Mette Sørensen"
    Role role = Role::Caseworker;
    bool active = true;
    QString createdAt;
    QString createdBy;

    // The name the user's cases and defects go under: the display name, else the login name.
    const QString &caseworkerName() const { return displayName.isEmpty() ? name : displayName; }
};

} // namespace sagstjek
