#include "services/maintenanceservice.h"

#include "services/trustsettings.h"
#include "storage/audittrail.h"
#include "storage/settingsstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace sagstjek {

MaintenanceService::MaintenanceService(Session &session)
    : m_session(session)
{
}

Result<BackupWritten> MaintenanceService::backup(const QString &target)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::Backup); !allowed)
        return allowed.error();
    Database &db = m_session.database();
    const QString file = QFileInfo(target).absoluteFilePath();
    if (file == db.path())
        return invalidInput(tr("The backup cannot replace the database itself."));
    QElapsedTimer timer;
    timer.start();
    if (auto written = db.writeBackup(target); !written)
        return written.error();
    BackupWritten result{file, QFileInfo(file).size(), timer.elapsed(), {}};
    AuditEntry entry{policy.user().name,
                     QStringLiteral("database.backup"),
                     QStringLiteral("database"),
                     QStringLiteral("*"),
                     0,
                     {},
                     {{QStringLiteral("file"), file}},
                     {}};
    // The backup is written and checked whether or not its record can be (a read-only database).
    db.transaction([&]() -> Status { return db.audit().record(entry); });
    if (auto anchored = db.audit().checkpoint(QStringLiteral("backup")))
        result.checkpoint = anchored.value();
    return result;
}

Result<TransferReport> MaintenanceService::exportToFile(const QString &target)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::Backup); !allowed)
        return allowed.error();
    Database &db = m_session.database();
    auto exported = db.exportToFile(target);
    if (!exported)
        return exported.error();
    const QString file = exported->target;
    AuditEntry entry{policy.user().name,
                     QStringLiteral("database.export"),
                     QStringLiteral("database"),
                     QStringLiteral("*"),
                     0,
                     {},
                     {{QStringLiteral("file"), file}},
                     {}};
    // Every case left the server in that file: the access log says so, as it does for any export.
    auto recorded = db.transaction([&]() -> Status {
        if (auto logged =
                policy.recordAccess(QStringLiteral("export"), 0, {}, tr("every case (server export-file)"), file);
            !logged)
            return logged;
        return db.audit().record(entry);
    });
    // No export without its record: a copy whose taking was not logged is taken back.
    if (!recorded) {
        QFile::remove(file);
        return recorded.error();
    }
    return exported;
}

Result<MaintenanceService::IntegrityChecked> MaintenanceService::check(bool full, bool repair)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::VerifyAudit); !allowed)
        return allowed.error();
    if (repair) {
        if (auto allowed = policy.require(AccessPolicy::Permission::Restore); !allowed)
            return allowed.error();
    }
    Database &db = m_session.database();
    auto found = db.checkIntegrity(full);
    if (!found)
        return found.error();
    IntegrityChecked result{found.value(), false};
    const Database::IntegrityReport &report = result.report;
    if (!repair || !report.problems.isEmpty() || (report.itemTallyMismatches == 0 && report.reviewTallyMismatches == 0))
        return result;
    AuditEntry entry{policy.user().name,
                     QStringLiteral("database.tallies.rebuild"),
                     QStringLiteral("database"),
                     QStringLiteral("*"),
                     0,
                     {{QStringLiteral("item_tallies_differing"), report.itemTallyMismatches},
                      {QStringLiteral("review_tallies_differing"), report.reviewTallyMismatches}},
                     {},
                     {}};
    auto rebuilt = db.transaction([&]() -> Status {
        if (auto done = db.rebuildTallies(); !done)
            return done;
        return db.audit().record(entry);
    });
    if (!rebuilt)
        return rebuilt.error();
    result.repaired = true;
    return result;
}

Status MaintenanceService::recordRestore(Database &restored, const QString &user, const QString &source,
                                         const QString &replacedCopy)
{
    QJsonObject after{{QStringLiteral("from"), QFileInfo(source).absoluteFilePath()},
                      {QStringLiteral("database"), restored.path()}};
    if (!replacedCopy.isEmpty())
        after.insert(QStringLiteral("replaced_copy"), replacedCopy);
    const AuditEntry entry{
        user, QStringLiteral("database.restore"), QStringLiteral("database"), QStringLiteral("*"), 0, {}, after, {}};
    if (auto recorded = restored.transaction([&]() -> Status { return restored.audit().record(entry); }); !recorded)
        return Error{recorded.error().kind,
                     tr("The database was restored, but the restore could not be recorded in it: %1")
                         .arg(recorded.error().message)};
    // The restored chain is shorter than the one anchored here: it replaces the checkpoint, on purpose.
    restored.audit().checkpoint(QStringLiteral("restore"), AuditTrail::CheckpointMode::Replace);
    return Ok{};
}

Result<TrustSettings> MaintenanceService::settings()
{
    Database &db = m_session.database();
    auto stored = [&](const QString &key) -> Result<std::optional<QString>> {
        auto value = trustsettings::value(db, key);
        if (!value)
            return value.error();
        return value->isNull() ? std::nullopt : std::optional<QString>(value->toString());
    };
    TrustSettings settings;
    const std::pair<QString, std::optional<QString> *> fields[] = {
        {backup::keepKey(), &settings.backupKeep},
        {backup::folderKey(), &settings.backupFolder},
        {backup::dailyKey(), &settings.dailyBackup},
        {trustsettings::accessLogRetentionKey(), &settings.accessLogRetentionMonths}};
    for (const auto &[key, field] : fields) {
        auto value = stored(key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    settings.effectiveBackupFolder = settings.backupFolder.value_or(db.backupFolder());
    return settings;
}

Status MaintenanceService::changeSettings(const TrustSettingsChange &change)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::ManageUsers); !allowed)
        return allowed.error();
    QList<std::pair<QString, QString>> changes;
    if (change.backupKeep) {
        if (*change.backupKeep < MinimumBackupKeep || *change.backupKeep > MaximumBackupKeep)
            return invalidInput(tr("The number of automatic backups to keep must be from %1 to %2 (asked: %3).")
                                    .arg(MinimumBackupKeep)
                                    .arg(MaximumBackupKeep)
                                    .arg(*change.backupKeep));
        changes.append({backup::keepKey(), QString::number(*change.backupKeep)});
    }
    if (change.accessLogRetentionMonths) {
        const int months = *change.accessLogRetentionMonths;
        if (months < trustsettings::MinimumRetentionMonths || months > MaximumRetentionMonths)
            return invalidInput(tr("The access log must be kept for %1 to %2 months (asked: %3).")
                                    .arg(trustsettings::MinimumRetentionMonths)
                                    .arg(MaximumRetentionMonths)
                                    .arg(months));
        changes.append({trustsettings::accessLogRetentionKey(), QString::number(months)});
    }
    if (change.dailyBackup)
        changes.append({backup::dailyKey(), *change.dailyBackup ? QStringLiteral("1") : QStringLiteral("0")});
    if (change.backupFolder)
        changes.append({backup::folderKey(), QFileInfo(*change.backupFolder).absoluteFilePath()});
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        for (const auto &[key, value] : changes)
            if (auto set = trustsettings::set(db, policy.user().name, key, value); !set)
                return set;
        return Ok{};
    });
}

Status MaintenanceService::authorizeRestore(const QString &source)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::Restore); !allowed)
        return allowed.error();
    AuditEntry entry{policy.user().name,
                     QStringLiteral("database.restore"),
                     QStringLiteral("database"),
                     QStringLiteral("*"),
                     0,
                     {},
                     {{QStringLiteral("from"), QFileInfo(source).absoluteFilePath()}},
                     {}};
    Database &db = m_session.database();
    // A database that cannot take the record any more must still be replaceable: restoring is the way out.
    db.transaction([&]() -> Status { return db.audit().record(entry); });
    return Ok{};
}

} // namespace sagstjek
