#pragma once

#include "services/accesspolicy.h"
#include "services/caseservice.h"
#include "services/session.h"
#include "storage/database.h"
#include "storage/sql/sqldatabase.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The connection behind a database the tests opened (SQLite or PostgreSQL), for looking at the database itself.
inline QSqlDatabase &sqlOf(sagstjek::Database &db)
{
    return static_cast<sagstjek::SqlDatabase &>(db).connection();
}

namespace testsupport {

// A migrated in-memory database with the built-in cue cards (and the demo cases when asked).
// A person at work in a database, as the GUI and the CLI set one up: their access policy, session and case
// service (the bootstrap administrator while the database has no users).
struct Actor {
    std::unique_ptr<sagstjek::AccessPolicy> policy;
    std::unique_ptr<sagstjek::Session> session;
    std::unique_ptr<sagstjek::CaseService> cases;
};
Actor actor(sagstjek::Database &db, const QString &user = QStringLiteral("tester"),
            const QString &language = QStringLiteral("en"), const sagstjek::rules::Clock *clock = nullptr);

// Adds a user to the database's user list, as an administrator would (after the first user, only listed users
// can act in the database).
void addUser(sagstjek::Database &db, const QString &name, sagstjek::Role role, const QString &displayName = {});

// The backend the storage and service suites run on: SQLite in memory, or, in a suite's `_pg` run
// (SAGSTJEK_TEST_BACKEND=postgres, tests/CMakeLists.txt), a new database on the throwaway PostgreSQL cluster.
bool onServer();
// The URL of `database` on the test cluster (its socket; the cluster's owner as the login).
QString serverLocation(const QString &database);
// The test cluster's server log: its lines start with the time and the backend's process id in brackets.
QString serverLog();
// Runs `statement` on the test cluster's `postgres` database as its owner (creating and dropping databases and
// roles); the test fails with the server's message when it is refused.
void onCluster(const QString &statement, const QString &database = QStringLiteral("postgres"));
// A new Sagstjek database on the test cluster, set up as `server init` does; its users table emptied, so that it
// starts as a new file does (the login that ran `server init` is a real server's first administrator:
// tst_pgserver checks that). Returns its location.
QString newServerDatabase();

// A migrated database with the built-in cue cards (and the demo cases when asked): in memory, or on the test
// cluster in a `_pg` run.
std::unique_ptr<sagstjek::Database> memoryDatabase(bool withDemoData = false);

// A database file in `dir` opened the way the app opens it.
std::unique_ptr<sagstjek::Database> fileDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.db"),
                                                 bool withDemoData = false);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs sagstjek-cli with `arguments` (and `input` on stdin) and waits for it.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {});

// Where the tests find what the build made and what the source tree holds: the sagstjek-cli they start, the test
// fixtures (tests/fixtures) and the resources (resources/). Compiled into testsupport.cpp alone: an absolute path in
// every test's compile definitions made each test object miss ccache in a clone at another path (CI's clean clone).
QString cliPath();
QString fixturesPath();
QString resourcesPath();

// Writes `content` to `name` in `dir` and returns the file's path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

// The id of the newest access-log entry (0 when there is none).
qint64 lastAccessId(sagstjek::Database &db);
// The access log's entries for `user` after entry `afterId`, oldest first, as "action|case number|criterion".
QStringList accessLogAfter(sagstjek::Database &db, qint64 afterId, const QString &user);

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// Adds `count` cases ("B-000001"…, areas and caseworkers alternating), each with a review outside any round and
// `defectsPerCase` open defects whose due dates repeat over a month, one in five undated: a database with lists
// long enough to page through (written in SQL, in one transaction, for speed).
void addReviewedCases(sagstjek::Database &db, int count, int defectsPerCase);

} // namespace testsupport
