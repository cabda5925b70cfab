#pragma once

#include "storage/database.h"

#include <QLockFile>
#include <QSqlDatabase>

namespace sagstjek {

class SqliteAccessLog;
class SqliteActionPlanRepository;
class SqliteActionRuleRepository;
class SqliteAuditTrail;
class SqliteCaseRepository;
class SqliteDefectTracker;
class SqliteExportRows;
class SqliteGrantRepository;
class SqliteReviewRepository;
class SqliteRoundRepository;
class SqliteRoundStatistics;
class SqliteComplaintRepository;
class SqliteSettingsStore;
class SqliteTemplateRepository;
class SqliteUserRepository;

// The embedded default: one Sagstjek SQLite file, its single writer connection, its pragmas and migrations,
// and the lock that keeps a second copy of the app off the file (SQLite's WAL-reset bug in Debian 12's 3.40
// makes two concurrent writers unsafe).
class SqliteDatabase final : public Database {
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
    Status transaction(const std::function<Status()> &work) override;
    Result<std::unique_ptr<UnitOfWork>> beginWork() override;
    bool inUnitOfWork() const override;

    CaseRepository &cases() override;
    ReviewRepository &reviews() override;
    TemplateRepository &templates() override;
    RoundRepository &rounds() override;
    UserRepository &users() override;
    ActionRuleRepository &actionRules() override;
    ActionPlanRepository &actionPlans() override;
    DefectTracker &defectTracker() override;
    AuditTrail &audit() override;
    AccessLog &accessLog() override;
    SettingsStore &settings() override;
    ExportRows &exportRows() override;
    RoundStatistics &roundStatistics() override;
    GrantRepository &grants() override;
    ComplaintRepository &complaints() override;
    std::unique_ptr<BulkCaseWriter> caseWriter() override;

    Status writeBackup(const QString &target) override;
    Result<QString> automaticBackup(const QString &reason) override;
    Result<QString> dailyBackupIfDue() override;
    Status recordFileChecked() override;
    QString backupFolder() override;
    Result<bool> eraseDeletedData() override;
    Result<IntegrityReport> checkIntegrity(bool full) override;
    Status rebuildTallies() override;
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

    // For storage code and tests that check the file itself.
    QSqlDatabase &connection() { return m_db; }
    QString connectionName() const { return m_db.connectionName(); }

private:
    SqliteDatabase();
    // A second connection to a file this process holds open: read-only, or the borrowed writer.
    enum class Second { Reader, BorrowedWriter };
    static Result<std::unique_ptr<SqliteDatabase>> openSecond(const QString &path, Second kind);
    class Loan;
    Status configure();
    Status quickCheckOnOpen();
    void createRepositories();
    void close();

    QSqlDatabase m_db;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    bool m_borrowedWriter = false; // the connection a background thread writes through (lendWriter)
    bool m_quickCheckDue = false;
    std::unique_ptr<SqliteCaseRepository> m_cases;
    std::unique_ptr<SqliteReviewRepository> m_reviews;
    std::unique_ptr<SqliteTemplateRepository> m_templates;
    std::unique_ptr<SqliteRoundRepository> m_rounds;
    std::unique_ptr<SqliteUserRepository> m_users;
    std::unique_ptr<SqliteActionRuleRepository> m_actionRules;
    std::unique_ptr<SqliteActionPlanRepository> m_actionPlans;
    std::unique_ptr<SqliteDefectTracker> m_defectTracker;
    std::unique_ptr<SqliteAuditTrail> m_audit;
    std::unique_ptr<SqliteAccessLog> m_accessLog;
    std::unique_ptr<SqliteSettingsStore> m_settings;
    std::unique_ptr<SqliteExportRows> m_exportRows;
    std::unique_ptr<SqliteRoundStatistics> m_roundStatistics;
    std::unique_ptr<SqliteGrantRepository> m_grants;
    std::unique_ptr<SqliteComplaintRepository> m_complaints;
};

} // namespace sagstjek
