#pragma once

#include "core/result.h"
#include "services/accesspolicy.h"
#include "services/session.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace sagstjek {

// The database's trust settings as stored; std::nullopt where a setting was never set and its default applies.
struct TrustSettings {
    std::optional<QString> backupKeep;
    std::optional<QString> backupFolder;
    std::optional<QString> dailyBackup; // "1" or "0"
    std::optional<QString> accessLogRetentionMonths;
    QString effectiveBackupFolder; // where automatic backups go now (the default when none was set)
};

// The settings to change; the others are left as they are.
struct TrustSettingsChange {
    std::optional<int> backupKeep;               // 1–1000
    std::optional<QString> backupFolder;         // stored as an absolute path
    std::optional<bool> dailyBackup;             // stored as "1" or "0"
    std::optional<int> accessLogRetentionMonths; // 6–1200

    bool isEmpty() const { return !backupKeep && !backupFolder && !dailyBackup && !accessLogRetentionMonths; }
};

struct BackupWritten {
    QString file; // absolute path
    qint64 bytes = 0;
    qint64 milliseconds = 0;
    AuditCheckpoint checkpoint; // the audit chain head anchored on this computer after the backup, to print
};

// Backups, restore and the trust settings, for the GUI and the CLI alike: each call checks the acting user's
// permission itself and writes its own audit record, so no front end can skip either.
class MaintenanceService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::MaintenanceService)
public:
    static constexpr int MinimumBackupKeep = 1;
    static constexpr int MaximumBackupKeep = 1000;
    static constexpr int MaximumRetentionMonths = 1200;

    explicit MaintenanceService(Session &session);

    // A checked copy of the database at `target` (Backup permission), audited as "database.backup".
    Result<BackupWritten> backup(const QString &target);

    // The team server as a local database file at `target` (Backup permission: it holds every case), audited as
    // "database.export" and written to the access log as an export; a file is refused (its backup is its copy).
    Result<TransferReport> exportToFile(const QString &target);

    // Checks the database file (quick_check, or integrity_check when `full`) and recounts the answer tallies
    // (VerifyAudit permission). With `repair`, tallies that differ from the recount are rebuilt (Restore
    // permission), audited as "database.tallies.rebuild". Damage in the file itself is not repaired: restore a
    // backup.
    struct IntegrityChecked {
        Database::IntegrityReport report;
        bool repaired = false;
    };
    Result<IntegrityChecked> check(bool full, bool repair);

    // The trust settings; reading them needs no permission.
    Result<TrustSettings> settings();
    // Changes settings (the right to manage users), each audited as "setting.change", all or none.
    Status changeSettings(const TrustSettingsChange &change);

    // The part of a restore done on the open database: the Restore permission and the "database.restore"
    // audit record, which stays in the replaced copy. The caller then closes the database and replaces it
    // (restore() below does all of it).
    Status authorizeRestore(const QString &source);

    // Replaces the database at `location` with the backup `source` on behalf of `user`: checks the backup, opens
    // the current database to ask whether `user` may restore it (a refusal is written to its access log), closes
    // it to release its lock and replaces the file. A database that cannot be opened because it is damaged
    // cannot say who may restore it; restoring is then the way out. Returns where the replaced database was
    // kept (empty when there was nothing to keep). Inline, like workspace::open, because Database::open and
    // the backup functions belong to the storage library, which the services library does not link.
    // The restored database then records that it was restored (from which file, by whom, where the replaced one
    // was kept) and its chain head is anchored anew on this computer (restoring is the one legitimate rewind).
    static Result<QString> restore(const QString &location, const QString &user, const QString &source);

    // The restored database's own record of the restore, and its new checkpoint (restore() calls it).
    static Status recordRestore(Database &restored, const QString &user, const QString &source,
                                const QString &replacedCopy);

private:
    Session &m_session;
};

inline Result<QString> MaintenanceService::restore(const QString &location, const QString &user, const QString &source)
{
    if (auto checked = Database::checkBackup(source); !checked)
        return checked.error();
    const QFileInfo current(location);
    if (current.exists() && current.size() > 0) {
        auto opened = Database::open(location, Database::OpenMode::OpenExisting);
        if (opened) {
            // Everything here refers to the database and is gone, with it, before the file is replaced.
            std::unique_ptr<Database> db = std::move(opened).value();
            auto policy = AccessPolicy::forUser(*db, user);
            if (!policy)
                return policy.error();
            Session session(*db, *policy.value());
            if (auto authorized = MaintenanceService(session).authorizeRestore(source); !authorized)
                return authorized.error();
        } else if (opened.error().message.contains(QStringLiteral("already open"))) {
            return opened.error();
        }
    }
    auto replaced = Database::restoreBackup(source, location);
    if (!replaced)
        return replaced.error();
    auto restored = Database::open(location, Database::OpenMode::OpenExisting);
    if (!restored)
        return Error{restored.error().kind,
                     tr("The database was restored, but it cannot be opened to record the restore: %1")
                         .arg(restored.error().message)};
    if (auto recorded = recordRestore(*restored.value(), user, source, replaced.value()); !recorded)
        return recorded.error();
    return replaced;
}

} // namespace sagstjek
