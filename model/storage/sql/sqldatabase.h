#pragma once

#include "storage/database.h"

#include <QSqlDatabase>

#include <memory>

namespace sagstjek {

class SqlAccessLog;
class SqlActionPlanRepository;
class SqlActionRuleRepository;
class SqlAuditTrail;
class SqlCaseRepository;
class SqlComplaintRepository;
class SqlDefectTracker;
class SqlExportRows;
class SqlGrantRepository;
class SqlReviewRepository;
class SqlRoundRepository;
class SqlRoundStatistics;
class SqlSettingsStore;
class SqlTemplateRepository;
class SqlUserRepository;

// What both backends share: one Qt SQL connection, units of work on it (nested ones as savepoints) and the
// repositories, whose statements work on SQLite and PostgreSQL alike (sql::dialect where they differ). The
// subclasses own opening, checking, migrating and backing up, which differ.
class SqlDatabase : public Database {
public:
    ~SqlDatabase() override;

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
    Status rebuildTallies() override;

    // For storage code and tests that look at the database itself.
    QSqlDatabase &connection() { return m_db; }
    QString connectionName() const { return m_db.connectionName(); }

protected:
    SqlDatabase();
    // Once the connection is open and migrated; `location` is what the audit trail names in its checkpoints.
    void createRepositories(const QString &location);
    bool hasRepositories() const;
    // Fills the report's tally mismatches: the tallies the triggers keep against a recount of the answers.
    Status countTallyMismatches(IntegrityReport &report);

    QSqlDatabase m_db;

private:
    std::unique_ptr<SqlCaseRepository> m_cases;
    std::unique_ptr<SqlReviewRepository> m_reviews;
    std::unique_ptr<SqlTemplateRepository> m_templates;
    std::unique_ptr<SqlRoundRepository> m_rounds;
    std::unique_ptr<SqlUserRepository> m_users;
    std::unique_ptr<SqlActionRuleRepository> m_actionRules;
    std::unique_ptr<SqlActionPlanRepository> m_actionPlans;
    std::unique_ptr<SqlDefectTracker> m_defectTracker;
    std::unique_ptr<SqlAuditTrail> m_audit;
    std::unique_ptr<SqlAccessLog> m_accessLog;
    std::unique_ptr<SqlSettingsStore> m_settings;
    std::unique_ptr<SqlExportRows> m_exportRows;
    std::unique_ptr<SqlRoundStatistics> m_roundStatistics;
    std::unique_ptr<SqlGrantRepository> m_grants;
    std::unique_ptr<SqlComplaintRepository> m_complaints;
};

} // namespace sagstjek
