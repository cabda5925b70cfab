#pragma once

#include "storage/sql/sqldatabase.h"

#include <QLockFile>
#include <QSqlDatabase>

namespace sagstjek {

// The embedded default: one Sagstjek SQLite file, its single writer connection, its pragmas and migrations,
// and the lock that keeps a second copy of the app off the file (SQLite's WAL-reset bug in Debian 12's 3.40
// makes two concurrent writers unsafe).
class SqliteDatabase final : public SqlDatabase {
public:
    // Identifies a Sagstjek database in the SQLite header ("SGTS").
    static constexpr int ApplicationId = 0x53475453;

    static Result<std::unique_ptr<SqliteDatabase>> openFile(const QString &path, OpenMode mode,
                                                            FileCheck check = FileCheck::BeforeOpen);
    static Result<std::unique_ptr<SqliteDatabase>> openMemory();
    static Result<std::unique_ptr<SqliteDatabase>> openReaderFile(const QString &path);
    static Result<std::unique_ptr<SqliteDatabase>> openBorrowedWriterFile(const QString &path);
    ~SqliteDatabase() override;

    QString path() const override { return m_path; }
    int schemaVersion() override;
    std::unique_ptr<BulkCaseWriter> caseWriter() override;

    Status writeBackup(const QString &target) override;
    Result<QString> automaticBackup(const QString &reason) override;
    Result<QString> dailyBackupIfDue() override;
    Status recordFileChecked() override;
    QString backupFolder() override;
    Result<bool> eraseDeletedData() override;
    Result<IntegrityReport> checkIntegrity(bool full) override;
    Result<std::unique_ptr<WriterLoan>> lendWriter() override;

    // Files up to this size get a quick_check on every open; larger ones on the first open of each day.
    // Measured on the development machine: 1M cases (441 MB) take 2.6 s, so 32 MiB take about 0.2 s.
    static constexpr qint64 QuickCheckOnOpenBytes = 32LL * 1024 * 1024;

    // Rows PRAGMA optimize samples per index when it analyses at close (PRAGMA analysis_limit; SQLite suggests a
    // few hundred to a thousand): the statistics stay good enough for the planner at any size.
    static constexpr int AnalysisLimit = 1000;

    // PRAGMA quick_check: empty when the file is sound, else what is wrong (the first ten problems).
    Result<QString> quickCheck();
    // Whether quick_check is due at an open: every open of a file up to QuickCheckOnOpenBytes, else the first of
    // the day.
    bool quickCheckDue();

private:
    SqliteDatabase();
    // A second connection to a file this process holds open: read-only, or the borrowed writer.
    enum class Second { Reader, BorrowedWriter };
    static Result<std::unique_ptr<SqliteDatabase>> openSecond(const QString &path, Second kind);
    class Loan;
    Status configure();
    Status quickCheckOnOpen();
    void close();

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    bool m_borrowedWriter = false; // the connection a background thread writes through (lendWriter)
    bool m_quickCheckDue = false;
};

} // namespace sagstjek
