#pragma once

#include "storage/databaselocation.h"
#include "storage/sql/sqldatabase.h"

namespace sagstjek {

// The team server (issue 11): one connection to a PostgreSQL database through Qt's QPSQL driver, as the login in
// the location (its password from libpq's own places: ~/.pgpass, PGPASSWORD). Many of these connect to one
// server at once; the server's locks, triggers and grants keep them apart. Backups are the server administrator's
// (pg_dump); the server checks its own pages.
class PostgresDatabase final : public SqlDatabase {
public:
    enum class Connection {
        Writer, // the app's connection
        Reader  // a connection that can only read (a background thread's)
    };
    // Connects and checks that the database has this build's schema (set up with `server init`, brought up to date
    // with `server upgrade`: an app's user never changes the schema).
    static Result<std::unique_ptr<PostgresDatabase>> open(const DatabaseLocation &where, Connection kind);
    static Result<ServerSetup> setUp(const DatabaseLocation &where, bool upgradeOnly);
    ~PostgresDatabase() override;

    QString path() const override { return m_location; }
    QString serverLogin() const override { return m_login; }
    Result<bool> addServerLogin(const QString &name, const QString &password) override;
    Result<bool> serverLoginExists(const QString &name) override;
    Status syncServerLogin(const QString &name) override;
    int schemaVersion() override;
    Result<bool> listenForChanges(QObject *context, ChangeListener changed, std::function<void()> lost) override;
    bool isConnected() override;
    Status reconnect() override;
    std::unique_ptr<BulkCaseWriter> caseWriter() override;

    Status writeBackup(const QString &target) override;
    Result<TransferReport> exportToFile(const QString &target) override;
    Result<QString> automaticBackup(const QString &reason) override;
    Result<QString> dailyBackupIfDue() override;
    Status recordFileChecked() override;
    QString backupFolder() override;
    Result<bool> eraseDeletedData() override;
    Result<IntegrityReport> checkIntegrity(bool full) override;
    Result<std::unique_ptr<WriterLoan>> lendWriter() override;

private:
    PostgresDatabase() = default;
    static Result<std::unique_ptr<PostgresDatabase>> connect(const DatabaseLocation &where);
    // What each new connection sets up for itself: read-only for a reader, the audit trail's capture for the writer.
    Status startSession();

    QString m_location;
    QString m_login;
    bool m_reader = false;
};

} // namespace sagstjek
