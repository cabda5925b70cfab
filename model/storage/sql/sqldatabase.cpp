#include "storage/sql/sqldatabase.h"

#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"
#include "storage/sql/sqlaccesslog.h"
#include "storage/sql/sqlactionplanrepository.h"
#include "storage/sql/sqlactionrulerepository.h"
#include "storage/sql/sqlcaserepository.h"
#include "storage/sql/sqlcomplaintrepository.h"
#include "storage/sql/sqldefecttracker.h"
#include "storage/sql/sqlexportrows.h"
#include "storage/sql/sqlgrantrepository.h"
#include "storage/sql/sqlreviewrepository.h"
#include "storage/sql/sqlroundrepository.h"
#include "storage/sql/sqlroundstatistics.h"
#include "storage/sql/sqlsettingsstore.h"
#include "storage/sql/sqltemplaterepository.h"
#include "storage/sql/sqluserrepository.h"
#include "storage/sqlite/walguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// How deep the current thread is in units of work on a connection: nested ones become savepoints.
int &transactionDepth(const QSqlDatabase &db)
{
    thread_local QHash<QString, int> depthByConnection;
    return depthByConnection[db.connectionName()];
}

// The tallies the triggers keep, recounted from the answers (checkIntegrity, rebuildTallies).
const QString itemRecount = QStringLiteral(
    "SELECT coalesce(r.round_id, 0) AS round_key, i.key, count(*) FILTER (WHERE a.answer = 'met') AS met, "
    "count(*) FILTER (WHERE a.answer = 'not-met') AS not_met, count(*) FILTER (WHERE a.answer = 'na') AS na, count(*) "
    "FILTER (WHERE a.answer IS NULL) AS unanswered "
    "FROM answers a JOIN reviews r ON r.id = a.review_id JOIN items i ON i.id = a.item_id GROUP BY 1, 2");
const QString itemStored = QStringLiteral("SELECT round_key, item_key, met, not_met, na, unanswered FROM item_tallies "
                                          "WHERE NOT (met = 0 AND not_met = 0 AND na = 0 AND unanswered = 0)");
const QString reviewRecount =
    QStringLiteral("SELECT a.review_id, count(*) FILTER (WHERE a.answer = 'met'), count(*) FILTER (WHERE a.answer = "
                   "'not-met'), count(*) FILTER (WHERE a.answer = 'na'), "
                   "count(*) FILTER (WHERE a.answer IS NULL) FROM answers a GROUP BY a.review_id");
const QString reviewStored = QStringLiteral("SELECT review_id, met, not_met, na, unanswered FROM review_tallies "
                                            "WHERE NOT (met = 0 AND not_met = 0 AND na = 0 AND unanswered = 0)");

Result<int> countDifferences(QSqlDatabase &db, const QString &recount, const QString &stored)
{
    auto differences = sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) AS missing) + "
                                                      "(SELECT count(*) FROM (%2 EXCEPT %1) AS extra)")
                                           .arg(recount, stored));
    if (!differences)
        return differences.error();
    return differences->toInt();
}

// After a commit on an SQLite file: the WAL guard records what is now committed (storage/sqlite/walguard.h).
void committed(const QSqlDatabase &db)
{
    if (sql::dialect(db) == sql::Dialect::Sqlite)
        walguard::recordCommit(db.databaseName());
}

// A unit of work begun explicitly; it counts as the outermost level, so transaction() inside it nests.
class SqlUnitOfWork final : public UnitOfWork {
public:
    explicit SqlUnitOfWork(QSqlDatabase &db)
        : m_db(db)
    {
        ++transactionDepth(m_db);
    }
    ~SqlUnitOfWork() override { rollback(); }
    Status commit() override
    {
        if (!m_open)
            return databaseError(tr("The unit of work was already ended."));
        if (auto chained = auditlog::chainPending(m_db); !chained) {
            rollback();
            return chained;
        }
        m_open = false;
        --transactionDepth(m_db);
        if (!m_db.commit()) {
            const QString why = sql::describe(m_db.lastError(), m_db.driver());
            m_db.rollback();
            return databaseError(why);
        }
        committed(m_db);
        return Ok{};
    }
    void rollback() override
    {
        if (!m_open)
            return;
        m_open = false;
        --transactionDepth(m_db);
        auditlog::dropPending(m_db, 0);
        m_db.rollback();
    }

private:
    QSqlDatabase &m_db;
    bool m_open = true;
};

} // namespace

Status inTransaction(QSqlDatabase &db, const std::function<Status()> &work)
{
    // Nested calls become savepoints, so a service call can join a larger unit of work (a CLI command that
    // answers and writes a note, an import) and still roll back alone. Connections are per thread. (On
    // PostgreSQL a failed statement spoils its whole transaction; rolling back to the savepoint mends it.)
    int &depth = transactionDepth(db);
    if (depth > 0) {
        const QString savepoint = QStringLiteral("nested_%1").arg(depth);
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("SAVEPOINT ") + savepoint))
            return databaseError(
                tr("Cannot start a transaction: %1").arg(sql::describe(begin.lastError(), db.driver())));
        ++depth;
        const qsizetype recordsBefore = auditlog::pendingCount(db);
        Status result = work();
        --depth;
        QSqlQuery end(db);
        if (!result) {
            auditlog::dropPending(db, recordsBefore);
            end.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            end.exec(QStringLiteral("RELEASE ") + savepoint);
            return result;
        }
        if (!end.exec(QStringLiteral("RELEASE ") + savepoint))
            return databaseError(tr("Cannot save: %1").arg(sql::describe(end.lastError(), db.driver())));
        return result;
    }
    if (!db.transaction())
        return databaseError(tr("Cannot start a transaction: %1").arg(sql::describe(db.lastError(), db.driver())));
    ++depth;
    Status result = work();
    if (result)
        result = auditlog::chainPending(db);
    --depth;
    if (!result) {
        auditlog::dropPending(db, 0);
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = sql::describe(db.lastError(), db.driver());
        db.rollback();
        return databaseError(why);
    }
    committed(db);
    return result;
}

SqlDatabase::SqlDatabase() = default;
SqlDatabase::~SqlDatabase() = default;

Status SqlDatabase::transaction(const std::function<Status()> &work)
{
    return inTransaction(m_db, work);
}

int unitOfWorkDepth(const QSqlDatabase &db)
{
    return transactionDepth(db);
}

bool SqlDatabase::inUnitOfWork() const
{
    return transactionDepth(m_db) > 0;
}

Result<std::unique_ptr<UnitOfWork>> SqlDatabase::beginWork()
{
    if (transactionDepth(m_db) > 0)
        return databaseError(tr("A unit of work is already open on %1.").arg(path()));
    if (!m_db.transaction())
        return databaseError(tr("Cannot start a transaction: %1").arg(sql::describe(m_db.lastError(), m_db.driver())));
    return std::unique_ptr<UnitOfWork>(new SqlUnitOfWork(m_db));
}

void SqlDatabase::createRepositories(const QString &location)
{
    m_cases = std::make_unique<SqlCaseRepository>(m_db);
    m_reviews = std::make_unique<SqlReviewRepository>(m_db);
    m_templates = std::make_unique<SqlTemplateRepository>(m_db);
    m_rounds = std::make_unique<SqlRoundRepository>(m_db);
    m_users = std::make_unique<SqlUserRepository>(m_db);
    m_actionRules = std::make_unique<SqlActionRuleRepository>(m_db);
    m_actionPlans = std::make_unique<SqlActionPlanRepository>(m_db);
    m_defectTracker = std::make_unique<SqlDefectTracker>(m_db);
    m_audit = std::make_unique<SqlAuditTrail>(m_db, location);
    m_accessLog = std::make_unique<SqlAccessLog>(m_db);
    m_settings = std::make_unique<SqlSettingsStore>(m_db);
    m_exportRows = std::make_unique<SqlExportRows>(m_db);
    m_roundStatistics = std::make_unique<SqlRoundStatistics>(m_db);
    m_grants = std::make_unique<SqlGrantRepository>(m_db);
    m_complaints = std::make_unique<SqlComplaintRepository>(m_db);
}

Status SqlDatabase::countTallyMismatches(IntegrityReport &report)
{
    auto items = countDifferences(m_db, itemRecount, itemStored);
    if (!items)
        return items.error();
    report.itemTallyMismatches = items.value();
    auto reviews = countDifferences(m_db, reviewRecount, reviewStored);
    if (!reviews)
        return reviews.error();
    report.reviewTallyMismatches = reviews.value();
    return Ok{};
}

Status SqlDatabase::rebuildTallies()
{
    return transaction([&]() -> Status {
        for (const QString &statement :
             {QStringLiteral("DELETE FROM item_tallies"), QStringLiteral("INSERT INTO item_tallies ") + itemRecount,
              QStringLiteral("DELETE FROM review_tallies"),
              QStringLiteral("INSERT INTO review_tallies ") + reviewRecount}) {
            if (auto ran = sql::run(m_db, statement); !ran)
                return ran.error();
        }
        return Ok{};
    });
}

bool SqlDatabase::hasRepositories() const
{
    return m_audit != nullptr;
}

CaseRepository &SqlDatabase::cases()
{
    return *m_cases;
}
ReviewRepository &SqlDatabase::reviews()
{
    return *m_reviews;
}
TemplateRepository &SqlDatabase::templates()
{
    return *m_templates;
}
RoundRepository &SqlDatabase::rounds()
{
    return *m_rounds;
}
UserRepository &SqlDatabase::users()
{
    return *m_users;
}
ActionRuleRepository &SqlDatabase::actionRules()
{
    return *m_actionRules;
}
ActionPlanRepository &SqlDatabase::actionPlans()
{
    return *m_actionPlans;
}
DefectTracker &SqlDatabase::defectTracker()
{
    return *m_defectTracker;
}
AuditTrail &SqlDatabase::audit()
{
    return *m_audit;
}
AccessLog &SqlDatabase::accessLog()
{
    return *m_accessLog;
}
SettingsStore &SqlDatabase::settings()
{
    return *m_settings;
}
ExportRows &SqlDatabase::exportRows()
{
    return *m_exportRows;
}
RoundStatistics &SqlDatabase::roundStatistics()
{
    return *m_roundStatistics;
}
GrantRepository &SqlDatabase::grants()
{
    return *m_grants;
}
ComplaintRepository &SqlDatabase::complaints()
{
    return *m_complaints;
}

} // namespace sagstjek
