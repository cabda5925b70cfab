#pragma once

#include "storage/result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sagstjek {

// One open Sagstjek database file: the single writer connection, its pragmas and migrations, and the lock
// that keeps a second copy of the app off the same file (SQLite's WAL-reset bug in Debian 12's 3.40 makes
// two concurrent writers unsafe).
class Database {
public:
    enum class OpenMode {
        OpenExisting,   // refuse a missing file
        CreateIfMissing // create and migrate a new, empty database
    };

    // Identifies a Sagstjek database in the SQLite header ("SGTS").
    static constexpr int ApplicationId = 0x53475453;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and, when asked, creates) the file, checks that it is a Sagstjek database of a version this
    // app understands, takes the single-instance lock, applies the pragmas and runs pending migrations.
    // A file that is not a Sagstjek database, is corrupt, newer or locked is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    // A private in-memory database (tests, dry runs).
    static Result<std::unique_ptr<Database>> openInMemory();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion();

    // The connection name, for code that must open a second (read-only, worker-thread) connection.
    QString connectionName() const { return m_db.connectionName(); }

private:
    Database() = default;
    Status configure();
    void close();

    QSqlDatabase m_db;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

// Runs `work` inside one transaction on `db`; commits when it returns ok, rolls back otherwise.
Status inTransaction(QSqlDatabase &db, const std::function<Status()> &work);

// The current time as the UTC ISO 8601 text stored in every timestamp column.
QString utcNow();

} // namespace sagstjek
