#pragma once

#include "core/result.h"
#include "storage/stopsignal.h"
#include "storage/transferreport.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QObject;

namespace sagstjek {

class AccessLog;
class ActionPlanRepository;
class ActionRuleRepository;
class AuditTrail;
class BulkCaseWriter;
class CaseRepository;
class ComplaintRepository;
class DefectTracker;
class ExportRows;
class GrantRepository;
class ReviewRepository;
class RoundRepository;
class RoundStatistics;
class SettingsStore;
class TemplateRepository;
class UserRepository;

// A unit of work begun explicitly (an import that runs in steps between repaints). Destroying it without
// commit() rolls back everything written in it.
class UnitOfWork {
public:
    virtual ~UnitOfWork();
    virtual Status commit() = 0;
    virtual void rollback() = 0;
};

// One open Sagstjek database: the storage seam. Services, item models, views and the CLI see only this
// interface and the repository interfaces it hands out; which database sits behind it (the embedded SQLite
// file today, a team server next) is known only to the storage library. See ARCHITECTURE.md.
class Database {
public:
    enum class OpenMode {
        OpenExisting,   // refuse a missing database
        CreateIfMissing // create and migrate a new, empty database
    };

    virtual ~Database();

    // Opens (and, when asked, creates) the database at `location`, checks that it is a Sagstjek database of a
    // version this app understands, takes what keeps a second writer off it and runs pending migrations. A
    // database that is foreign, damaged, newer or locked is refused and left untouched. Implemented by the
    // storage library, which picks the backend from the location.
    // When the file's own check (PRAGMA quick_check) runs: on every open of a small file, on the first open of the
    // day of a large one.
    enum class FileCheck {
        BeforeOpen, // before the database is handed over: a damaged file is refused (the CLI)
        Deferred // the caller runs it after the open (checkFileInBackground); a file to migrate is still checked first
    };
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode,
                                                  FileCheck check = FileCheck::BeforeOpen);
    // The check open(…, Deferred) left to the caller, when it is due, on a read-only connection of its own to the
    // database at `location` (for a background thread; the window is not kept waiting: issue 13). Writes nothing:
    // a sound check is recorded with recordFileChecked() on the database's own connection.
    struct FileCheckOutcome {
        bool ran = false; // false: not due (a large file already checked today)
        QString damage;   // empty when sound; else what is wrong, naming the newest backup to restore
    };
    // `stop` (StopSignal::stop from another thread: the app closing) ends the check part-way: it then did not run,
    // and runs at the next open (a million cases take seconds to check).
    static Result<FileCheckOutcome> checkFileInBackground(const QString &location, StopSignal *stop = nullptr);
    // A second, read-only connection to the database at `location` that this process already has open, for
    // reading in a background thread (a connection belongs to the thread that opened it: open it there). It
    // takes no lock and runs no migration; a database of another schema version is refused. Writes fail.
    static Result<std::unique_ptr<Database>> openReader(const QString &location);
    // The one connection that may write while this process lends its writer to a background thread (see
    // lendWriter): opened, used and closed in that thread. Refused when no writer is lent for `location` or another
    // thread has already borrowed it; a database of another schema version is refused too.
    static Result<std::unique_ptr<Database>> openBorrowedWriter(const QString &location);
    // Sets up the team server at `location` (a postgresql:// URL; refused for a file), run by its database's owner,
    // a login that may create roles: creates the schema (or brings an older one up to date, `server upgrade`), the
    // role every Sagstjek login of that database is a member of with its grants, and makes the login that ran it
    // an administrator. Running it again changes nothing. A schema newer than this build is refused, untouched.
    struct ServerSetup {
        int versionBefore = 0; // 0: the database was empty
        int version = 0;
        QString administrator; // the login that ran it
        QString usersRole;     // the role a login is granted to use Sagstjek in this database
    };
    // `upgradeOnly` (`server upgrade`) refuses a database without a Sagstjek schema.
    static Result<ServerSetup> setUpServer(const QString &location, bool upgradeOnly = false);
    // `server import-file`: moves the local database `file` onto the team server at `serverLocation`, which must be
    // new (set up with `server init`, no work yet), run by the database's owner (it writes the file's audit trail as
    // it is, which only the owner may). Every row is copied as it is, ids, global ids and the audit chain included;
    // the server's own set-up records are carried into the import's record, and its users keep their roles. In one
    // transaction that commits only when every table has as many rows on the server as in the file and the audit
    // trail verifies on both sides. A file whose trail is broken is refused. The file is opened as the app opens it
    // (brought up to this version's schema first).
    static Result<TransferReport> importFileToServer(const QString &file, const QString &serverLocation);
    // A private in-memory database (tests, dry runs).
    static Result<std::unique_ptr<Database>> openInMemory();
    // The daily backup (see dailyBackupIfDue) made on a read-only connection of its own to the database at
    // `location`, which this process may hold open and go on writing to meanwhile (WAL: the copy is the state when
    // it started). For a background thread, so that the first open of the day does not wait for a copy of the file.
    // `stop` ends the copy part-way (the user closing without waiting for it): no backup is made, and the next open
    // makes it.
    static Result<QString> dailyBackupInBackground(const QString &location, StopSignal *stop = nullptr);
    // Checks that the backup at `path` is a complete Sagstjek database this build can open, without changing it.
    static Status checkBackup(const QString &path);
    // Replaces the database at `location` (open nowhere) with the checked backup `source`; the replaced database
    // is kept beside the automatic backups. Returns where (empty when there was nothing to keep).
    static Result<QString> restoreBackup(const QString &source, const QString &location);

    // Lends the right to write to one background thread, for a write that takes seconds (a large import) while
    // the window keeps repainting. While the loan lives this connection refuses every write (PRAGMA query_only)
    // and openBorrowedWriter() opens the one connection that may write: two connections writing or checkpointing
    // at once can corrupt the file with Debian 12's SQLite (the WAL-reset bug, PERF_RELIABILITY.md), so they
    // never both may. End the loan (destroy it) after the borrowing thread has closed its connection. Refused
    // inside a unit of work and for a database that cannot have a second connection (in memory).
    class WriterLoan {
    public:
        virtual ~WriterLoan() = default;
    };
    virtual Result<std::unique_ptr<WriterLoan>> lendWriter() = 0;

    // Where the database is, for the user (a file path, or a server's URL without any password).
    virtual QString path() const = 0;
    // On a team server, the login this connection acts as: the server knows who is working, and nobody can act
    // as someone else there. Empty for a file (whose users are whoever the app is told).
    virtual QString serverLogin() const { return {}; }
    // A team server's users work as its logins. addServerLogin lets the login `name` into this database, creating
    // it with `password` (hashed here, SCRAM-SHA-256, before it leaves the computer) when the server has none by that
    // name; true when it was created. Without a password and without a login nothing is made: the user is a name
    // only (in imported history, or until the server's administrators make the login and `users activate` lets it
    // in). syncServerLogin gives the login of the user `name` the rights the user has now: let in when active, to
    // every case when not a caseworker, kept out when deactivated (the database's role memberships). They join the
    // open unit of work. A file has no logins: nothing happens there.
    virtual Result<bool> addServerLogin(const QString &name, const QString &password);
    virtual Result<bool> serverLoginExists(const QString &name);
    virtual Status syncServerLogin(const QString &name);
    virtual int schemaVersion() = 0;

    // What other connections change in this database, reported as they commit: `changed` is called with the name
    // of each table a committed transaction wrote that the views show (cases, reviews, answers, defects, the
    // rounds' tables), on this connection's thread, which must run an event loop, for as long as `context` lives.
    // This connection's own writes are not reported. `lost` is called once when the connection is found broken (the
    // server stopped, the network went). Returns false when nobody else can write here (a file: this process holds
    // its only writer), true when listening.
    using ChangeListener = std::function<void(const QString &table)>;
    virtual Result<bool> listenForChanges(QObject *context, ChangeListener changed, std::function<void()> lost);
    // Whether the connection is there, as far as this side knows without asking the server (a file: always).
    virtual bool isConnected() { return true; }
    // Connects again after the connection was lost, as the same login: everything made on this database keeps
    // working. What was being listened for must be listened for again.
    virtual Status reconnect() { return Ok{}; }

    // Runs `work` as one unit of work: everything it writes is committed when it returns ok and rolled back
    // otherwise. Nested calls join the outer unit of work and can still roll back alone.
    virtual Status transaction(const std::function<Status()> &work) = 0;
    virtual Result<std::unique_ptr<UnitOfWork>> beginWork() = 0;
    // Whether a unit of work is open on this connection (what is written now may still be rolled back).
    virtual bool inUnitOfWork() const = 0;

    virtual CaseRepository &cases() = 0;
    virtual ReviewRepository &reviews() = 0;
    virtual TemplateRepository &templates() = 0;
    virtual RoundRepository &rounds() = 0;
    virtual UserRepository &users() = 0;
    virtual ActionRuleRepository &actionRules() = 0;
    // The action plan (handleplan): themes, actions, their status notes.
    virtual ActionPlanRepository &actionPlans() = 0;
    virtual DefectTracker &defectTracker() = 0;
    virtual AuditTrail &audit() = 0;
    virtual AccessLog &accessLog() = 0;
    virtual SettingsStore &settings() = 0;
    virtual ExportRows &exportRows() = 0;
    // A round's figures (compliance per item, error-free cases, breakdowns, defects), counted in the database.
    virtual RoundStatistics &roundStatistics() = 0;
    // Grant lines per case and month, the dated rates, and the differences to correct (grundtilskud).
    virtual GrantRepository &grants() = 0;
    // Ankestyrelsen's decisions on complaints, for the reversal rate (counted in the database).
    virtual ComplaintRepository &complaints() = 0;
    // The writer of cases; use it inside a unit of work.
    virtual std::unique_ptr<BulkCaseWriter> caseWriter() = 0;

    // Backups: a consistent, checked copy written atomically over `target`.
    virtual Status writeBackup(const QString &target) = 0;
    // `server export-file`: the team server as a local database file at `target` (one snapshot, every row as it is,
    // then checked as a file: its rows against the server's, its audit trail verified), written atomically and
    // readable by its owner only. A file has nothing to export (its backup is its copy).
    virtual Result<TransferReport> exportToFile(const QString &target);
    // An automatic backup into the backup folder (old ones beyond the configured number are removed).
    virtual Result<QString> automaticBackup(const QString &reason) = 0;
    // The daily backup when none was made today and the database has content; empty when none was due.
    virtual Result<QString> dailyBackupIfDue() = 0;
    // Records that the file's check found it sound today (a large file is then checked again tomorrow).
    virtual Status recordFileChecked() = 0;
    virtual QString backupFolder() = 0;
    // Makes data deleted so far unrecoverable from the database's own files (journals, free pages). Returns
    // whether that fully succeeded.
    virtual Result<bool> eraseDeletedData() = 0;

    // What `check` found: the file's own check (quick_check, or integrity_check when `full`) and the answer
    // tallies (item_tallies, review_tallies: counts kept by triggers) recounted from the answers.
    struct IntegrityReport {
        bool full = false;
        QStringList problems;          // empty when the file is sound
        QString damage;                // when not: "the database is damaged … restore the latest backup, FILE"
        int itemTallyMismatches = 0;   // item_tallies rows that differ from a recount
        int reviewTallyMismatches = 0; // review_tallies rows that differ from a recount
        qint64 milliseconds = 0;
        bool sound() const { return problems.isEmpty() && itemTallyMismatches == 0 && reviewTallyMismatches == 0; }
    };
    virtual Result<IntegrityReport> checkIntegrity(bool full) = 0;
    // Recounts item_tallies and review_tallies from the answers, in one transaction (join a unit of work to
    // audit it).
    virtual Status rebuildTallies() = 0;
};

// The current time as the UTC ISO 8601 text stored in every timestamp column.
QString utcNow();

} // namespace sagstjek
