#pragma once

#include "core/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// The team server's schema (issue 11): the baseline script (resources/postgres/schema-10.sql) brings an empty
// PostgreSQL database to the schema SQLite files reach through their migrations 1-10; later steps are added here
// beside SQLite's (storage/sqlite/migrations.cpp), so that both backends always have the same version.
namespace sagstjek::pgschema {

constexpr int BaselineVersion = 10;

// The channel on which the server announces a committed write with the name of the table written (schema 12).
inline constexpr char ChangeChannel[] = "sagstjek_changes";

// The first key of the advisory lock in which a case's review starts on a server (the second is the case's id, its low
// 31 bits): apart from the schema migration's single key. The app's full path and sagstjek_start_review both take it.
inline constexpr int ReviewStartLock = 0x53524556;

// The newest schema version this build writes on a server.
int latestVersion();

// The statements of a script: one ends at a line ending in ';' outside a $$ … $$ body; whole-line comments go.
QStringList statementsOf(const QString &script);

// The schema version installed in the connected database; 0 when it has none (an empty database).
Result<int> installedVersion(QSqlDatabase &db);

// Brings the database to latestVersion() in one transaction: from nothing through the baseline (when `create`),
// from an older version through the steps after it. A newer schema is refused, untouched. Returns the version
// found before.
Result<int> migrate(QSqlDatabase &db, bool create);

// What `server init` and `server upgrade` run after the migration, as the database's owner, every time (each
// statement can run again): the users' role and its grants, the login functions, and the rules the server keeps
// whatever client connects (who may write in whose name, four eyes, row-level security).
const QStringList &serverStatements();

// The triggers the schema defines, by name, each as its function's body (simplified), for the audit check that
// they are still as the schema made them.
QMap<QString, QString> expectedTriggers();

} // namespace sagstjek::pgschema
