#include "storage/database.h"

#include "storage/accesslog.h"
#include "storage/actionplanrepository.h"
#include "storage/actionrulerepository.h"
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/complaintrepository.h"
#include "storage/defecttracker.h"
#include "storage/exportrows.h"
#include "storage/grantrepository.h"
#include "storage/reviewrepository.h"
#include "storage/roundrepository.h"
#include "storage/roundstatistics.h"
#include "storage/settingsstore.h"
#include "storage/templaterepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sagstjek {

// The interfaces' destructors, defined once here so their vtables live in one object file.
UnitOfWork::~UnitOfWork() = default;
Database::~Database() = default;
AuditTrail::~AuditTrail() = default;
AccessLog::~AccessLog() = default;
SettingsStore::~SettingsStore() = default;
BulkCaseWriter::~BulkCaseWriter() = default;

Result<bool> Database::addServerLogin(const QString &, const QString &)
{
    return false;
}

Result<bool> Database::serverLoginExists(const QString &)
{
    return false;
}

Status Database::syncServerLogin(const QString &)
{
    return Ok{};
}

Result<bool> Database::listenForChanges(QObject *, ChangeListener, std::function<void()>)
{
    return false;
}

Result<TransferReport> Database::exportToFile(const QString &)
{
    return invalidInput(QCoreApplication::translate("sagstjek::Database",
                                                    "%1 is a file, not a team server: its copy is a backup "
                                                    "(\"sagstjek-cli backup -o FILE\").")
                            .arg(path()));
}
CaseRepository::~CaseRepository() = default;

CaseListKey caseListKeyOf(const CaseFilter &filter, const CaseRow &row)
{
    switch (filter.sortColumn) {
    case CaseFilter::SortColumn::CaseNumber:
        return {QString(), row.caseNumber};
    case CaseFilter::SortColumn::Name:
        return {row.name, row.caseNumber};
    case CaseFilter::SortColumn::Area:
        return {row.area, row.caseNumber};
    case CaseFilter::SortColumn::Caseworker:
        return {row.caseworker, row.caseNumber};
    case CaseFilter::SortColumn::Team:
        return {row.team, row.caseNumber};
    case CaseFilter::SortColumn::Progress:
        return {reviewStatusKey(row.reviewStatus), row.caseNumber};
    }
    return {QString(), row.caseNumber};
}
ReviewRepository::~ReviewRepository() = default;
RoundRepository::~RoundRepository() = default;
TemplateRepository::~TemplateRepository() = default;
UserRepository::~UserRepository() = default;
ActionRuleRepository::~ActionRuleRepository() = default;
ActionPlanRepository::~ActionPlanRepository() = default;
DefectTracker::~DefectTracker() = default;
ExportRows::~ExportRows() = default;
GrantRepository::~GrantRepository() = default;
RoundStatistics::~RoundStatistics() = default;
ComplaintRepository::~ComplaintRepository() = default;

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QList<qint64>> addCases(Database &db, const QList<CaseFile> &cases)
{
    QList<qint64> ids;
    ids.reserve(cases.size());
    auto added = db.transaction([&]() -> Status {
        std::unique_ptr<BulkCaseWriter> writer = db.caseWriter();
        if (auto begun = writer->begin(false); !begun)
            return begun;
        // One by one: an existing case number is an error here (insertMany would skip the case).
        for (const CaseFile &c : cases) {
            auto id = writer->insert(c);
            if (!id)
                return id.error();
            ids << id.value();
        }
        return writer->finish();
    });
    if (!added)
        return added.error();
    return ids;
}

namespace backup {

QString keepKey()
{
    return QStringLiteral("backup.keep");
}

QString folderKey()
{
    return QStringLiteral("backup.folder");
}

QString dailyKey()
{
    return QStringLiteral("backup.daily");
}

} // namespace backup

} // namespace sagstjek
