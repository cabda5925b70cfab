#include "storage/sqlite/sqlitedatabase.h"

#include "storage/databaselocation.h"
#include "storage/filesystem.h"
#include "storage/postgres/postgresdatabase.h"
#include "storage/sql/auditlog.h"
#include "storage/sqlite/sqlitebulkcasewriter.h"

#include "storage/sql/sql.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/databaselock.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/walguard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sagstjek {

namespace {

// Lets `stop` end the statements run on `db` while this lives. A long check or copy is one step of SQLite's program,
// which sqlite3_interrupt ends (SQLite does not ask a progress handler during it); the handler ends a statement
// that stop() reached before that step began.
class StopOnSignal {
public:
    StopOnSignal(QSqlDatabase &db, StopSignal *stop)
    {
        const QVariant handle = db.driver()->handle();
        if (!stop || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
        m_stop = stop;
        sqlite3_progress_handler(
            raw, 1, [](void *signal) { return static_cast<StopSignal *>(signal)->stopped() ? 1 : 0; }, stop);
        stop->attach([raw] { sqlite3_interrupt(raw); });
    }
    ~StopOnSignal()
    {
        if (m_stop)
            m_stop->detach();
    }
    StopOnSignal(const StopOnSignal &) = delete;
    StopOnSignal &operator=(const StopOnSignal &) = delete;

private:
    StopSignal *m_stop = nullptr;
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sagstjek-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the first bytes ourselves, so a file that is not SQLite at all is refused before SQLite (or a pragma
// that writes) ever touches it.
enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Unreadable };

FileKind inspectFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.size() == 0)
        return FileKind::Empty;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::NotSqlite;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// Found damaged while opening: the settings may be unreadable, so the newest backup is looked for in the
// default folder (and the configured one when it can be read).
QString damagedAtOpen(const QString &path, const QString &detail)
{
    QString newest = sql::newestBackup(path, path + QStringLiteral(".backups"));
    return sql::damagedMessage(detail, newest) + u' ' + tr("The file was not changed.");
}

QString quickCheckKey()
{
    return QStringLiteral("storage.quick_check_date");
}

Result<int> readIntPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !q.next())
        return databaseError(q.lastError().text());
    return q.value(0).toInt();
}

} // namespace

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    sql::unregisterDatabase(m_db.driver());
    if (m_db.isOpen()) {
        // Anchor the chain head outside the file (only when the chain extends the checkpoint kept here: a cut
        // made while the app was closed is never anchored over). Failing to write it loses no data.
        if (!m_readOnly && !m_borrowedWriter && hasRepositories() && !inUnitOfWork())
            audit().checkpoint(QStringLiteral("close"), AuditTrail::CheckpointMode::Extend);
        if (!m_readOnly) {
            // Statistics for the planner, gathered from a sample: a plain PRAGMA optimize re-ran a full ANALYZE of
            // reviews on every close (an empty partial index never gets a sqlite_stat1 row, so SQLite always finds
            // the table due), 94 % of a one-answer CLI call at a million reviews. With the limit each index is
            // sampled over about AnalysisLimit rows: a close costs the same at 1k and at 1M rows (issue 13).
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA analysis_limit = %1").arg(AnalysisLimit));
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    if (m_borrowedWriter)
        sql::loans::giveBack(m_path);
    else if (!m_readOnly && m_path != u":memory:")
        walguard::recordClosed(m_path);
    m_lock.reset();
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openFile(const QString &path, OpenMode mode, FileCheck check)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const FileKind kind = inspectFile(absolute);
    switch (kind) {
    case FileKind::Missing:
        if (mode == OpenMode::OpenExisting)
            return Error{Error::Kind::Database, tr("The database %1 does not exist.").arg(absolute)};
        // Personal data: a folder the app makes is 0700 and the file is 0600 from its first byte (SQLite gives
        // the -wal and -shm files the mode of the database file).
        if (!filesystem::makePrivateFolder(QFileInfo(absolute).absolutePath()))
            return databaseError(tr("Cannot create the folder for %1.").arg(absolute));
        break;
    case FileKind::Empty:
        break; // an empty file is a new database
    case FileKind::NotSqlite:
        return databaseError(
            tr("%1 is not a Sagstjek database (it is not an SQLite file). The file was not changed.").arg(absolute));
    case FileKind::Unreadable:
        return databaseError(tr("Cannot read %1: check that the file exists and that you may read it.").arg(absolute));
    case FileKind::Sqlite:
        break;
    }

    if (kind != FileKind::Missing) {
        const QFileInfo info(absolute);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return databaseError(tr("%1 is read-only: Sagstjek must be able to write the file and, for its journal, "
                                    "the folder it is in. Copy it to a folder you may write to, or ask for write "
                                    "access. The file was not changed.")
                                     .arg(absolute));
    }

    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase);
    database->m_path = absolute;

    auto lock = databaselock::acquire(absolute);
    if (!lock)
        return lock.error();
    database->m_lock = std::move(lock).value();
    if (kind == FileKind::Missing && !filesystem::createPrivateFile(absolute))
        return databaseError(tr("Cannot create %1: is the folder read-only?").arg(absolute));
    // A file made by an older version or copied in with a lax umask is tightened to 0600, with its -wal/-shm.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        filesystem::restrictToOwner(absolute + suffix);
    // Temporary copies (backup, restore, migration) left by a crash hold the whole database: remove them.
    filesystem::removeOrphanedTemporaries(QFileInfo(absolute).absolutePath(), QFileInfo(absolute).fileName());

    // Before SQLite replays a WAL into the file: one that does not belong to it is refused (issue 14).
    if (auto walChecked = walguard::checkBeforeOpen(absolute); !walChecked)
        return walChecked.error();

    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    database->m_db.setDatabaseName(absolute);
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database->m_db.open())
        return databaseError(tr("Cannot open %1: %2").arg(absolute, database->m_db.lastError().text()));

    if (kind == FileKind::Sqlite) {
        // Read-only checks first: a foreign or corrupt file must be left exactly as it was.
        const auto appId = readIntPragma(database->m_db, QStringLiteral("application_id"));
        if (!appId)
            return databaseError(damagedAtOpen(absolute, appId.error().message));
        QSqlQuery q(database->m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return databaseError(damagedAtOpen(absolute, q.lastError().text()));
        const int objects = q.value(0).toInt();
        q.finish();
        if (appId.value() != ApplicationId && objects > 0)
            return databaseError(
                tr("%1 is an SQLite database, but not a Sagstjek database. The file was not changed.").arg(absolute));
        const auto version = readIntPragma(database->m_db, QStringLiteral("user_version"));
        if (!version)
            return databaseError(version.error().message);
        if (version.value() < 0)
            return databaseError(tr("%1 has an unknown schema version (%2): it was not made by Sagstjek, or it is "
                                    "damaged. The file was not changed. Restore it from a backup.")
                                     .arg(absolute)
                                     .arg(version.value()));
        if (version.value() > migrations::latestVersion())
            return databaseError(tr("%1 was made by a newer version of Sagstjek (schema %2; this version reads up to "
                                    "%3). Update Sagstjek to open it. The file was not changed.")
                                     .arg(absolute)
                                     .arg(version.value())
                                     .arg(migrations::latestVersion()));
        // Damage must never be silent (issue #14): quick_check before anything is written, on every open of a
        // file up to QuickCheckOnOpenBytes, else once a day (the date of the last one is kept in the file). The GUI
        // defers it to a background thread (issue 13) unless the file is about to be migrated.
        const bool migrating = version.value() > 0 && version.value() < migrations::latestVersion();
        if (check == FileCheck::BeforeOpen || migrating)
            if (auto checked = database->quickCheckOnOpen(); !checked)
                return checked.error();
        // A backup before every migration of an existing database (issue #5): an upgrade must be undoable.
        if (version.value() > 0 && version.value() < migrations::latestVersion()) {
            auto saved =
                backup::automatic(database->m_db, absolute, QStringLiteral("before-migration-%1").arg(version.value()));
            if (!saved)
                return databaseError(tr("%1 must be backed up before it is upgraded to schema %2, but the backup "
                                        "failed: %3 The file was not changed.")
                                         .arg(absolute)
                                         .arg(migrations::latestVersion())
                                         .arg(saved.error().message));
        }
    }

    walguard::recordOpened(absolute); // from here on the app writes the WAL beside the file
    if (auto configured = database->configure(); !configured)
        return configured.error();
    const QString backups = backup::folderFor(database->m_db, absolute);
    sql::registerDatabase(database->m_db.driver(), absolute, backups);
    filesystem::removeOrphanedTemporaries(backups);
    if (database->m_quickCheckDue)
        database->settings().set(quickCheckKey(), QDate::currentDate().toString(Qt::ISODate));
    walguard::recordCommit(absolute);
    return database;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openMemory()
{
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase);
    database->m_path = QStringLiteral(":memory:");
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    database->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!database->m_db.open())
        return databaseError(database->m_db.lastError().text());
    if (auto configured = database->configure(); !configured)
        return configured.error();
    return database;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openReaderFile(const QString &path)
{
    return openSecond(path, Second::Reader);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openBorrowedWriterFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!sql::loans::borrow(absolute))
        return databaseError(tr("No connection may write to %1 now: the writer is not lent, or lent to another "
                                "task.")
                                 .arg(absolute));
    auto opened = openSecond(absolute, Second::BorrowedWriter);
    if (!opened)
        sql::loans::giveBack(absolute);
    return opened;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openSecond(const QString &path, Second kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (inspectFile(absolute) != FileKind::Sqlite)
        return databaseError(tr("Cannot read %1: check that the file exists and that you may read it.").arg(absolute));
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase);
    database->m_path = absolute;
    database->m_readOnly = kind == Second::Reader;
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    database->m_db.setDatabaseName(absolute);
    database->m_db.setConnectOptions(kind == Second::Reader
                                         ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                         : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database->m_db.open())
        return databaseError(tr("Cannot open %1: %2").arg(absolute, database->m_db.lastError().text()));
    // The writer owns the schema: a second connection of another version would read columns that are not there.
    const auto version = readIntPragma(database->m_db, QStringLiteral("user_version"));
    if (!version)
        return databaseError(version.error().message);
    if (version.value() != migrations::latestVersion())
        return databaseError(tr("%1 has schema %2; this version reads %3. Open it in Sagstjek first.")
                                 .arg(absolute)
                                 .arg(version.value())
                                 .arg(migrations::latestVersion()));
    if (kind == Second::BorrowedWriter) {
        // From here on it is marked as the borrowed writer, so that closing it returns the loan.
        database->m_borrowedWriter = true;
        if (auto configured = database->configure(); !configured)
            return configured.error();
        sql::registerDatabase(database->m_db.driver(), absolute, backup::folderFor(database->m_db, absolute));
        return database;
    }
    QSqlQuery q(database->m_db);
    if (!q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return databaseError(tr("Cannot configure %1 (%2): %3")
                                 .arg(absolute, QStringLiteral("PRAGMA query_only"), q.lastError().text()));
    database->createRepositories(database->m_path);
    return database;
}

// The loan of the writer (lendWriter): while it lives the lender's connection is query-only, and one borrowed
// writer connection may be open.
class SqliteDatabase::Loan final : public Database::WriterLoan {
public:
    explicit Loan(SqliteDatabase &lender)
        : m_lender(lender)
    {
    }
    ~Loan() override
    {
        sql::loans::end(m_lender.m_path);
        QSqlQuery(m_lender.m_db).exec(QStringLiteral("PRAGMA query_only = OFF"));
    }

private:
    SqliteDatabase &m_lender;
};

Result<std::unique_ptr<Database::WriterLoan>> SqliteDatabase::lendWriter()
{
    if (m_readOnly || m_borrowedWriter || m_path == u":memory:")
        return databaseError(tr("%1 cannot lend its writer to another connection.").arg(m_path));
    if (inUnitOfWork())
        return databaseError(tr("Finish the change being saved in %1 first.").arg(m_path));
    if (!sql::loans::begin(m_path))
        return databaseError(tr("%1 is already being written by another task.").arg(m_path));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA query_only = ON"))) {
        sql::loans::end(m_path);
        return databaseError(
            tr("Cannot configure %1 (%2): %3").arg(m_path, QStringLiteral("PRAGMA query_only"), q.lastError().text()));
    }
    return std::unique_ptr<WriterLoan>(new Loan(*this));
}

Status SqliteDatabase::configure()
{
    // Durability first: an acknowledged answer must survive a power cut (synchronous=FULL in WAL mode).
    // secure_delete overwrites deleted CPR and health data; temp_store stays on file for large sorts.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA journal_size_limit = 67108864"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return databaseError(tr("Cannot configure %1 (%2): %3").arg(m_path, pragma, q.lastError().text()));
    }
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return databaseError(tr("Cannot write to %1: %2").arg(m_path, q.lastError().text()));
    }
    if (auto migrated = migrations::migrate(m_db); !migrated)
        return migrated;
    if (auto captured = auditlog::installStateCapture(m_db); !captured)
        return captured;
    createRepositories(m_path);
    return Ok{};
}

Result<QString> SqliteDatabase::quickCheck()
{
    auto q = sql::run(m_db, QStringLiteral("PRAGMA quick_check"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next() && problems.size() < 10) {
        const QString line = q->value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return problems.join(QStringLiteral("; "));
}

bool SqliteDatabase::quickCheckDue()
{
    if (QFileInfo(m_path).size() <= QuickCheckOnOpenBytes)
        return true;
    // A large file is checked once a day; the settings table may not exist yet in an old file.
    auto last = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {quickCheckKey()});
    return !(last && last->toString() == QDate::currentDate().toString(Qt::ISODate));
}

Status SqliteDatabase::recordFileChecked()
{
    if (QFileInfo(m_path).size() <= QuickCheckOnOpenBytes)
        return Ok{}; // checked at every open anyway
    return settings().set(quickCheckKey(), QDate::currentDate().toString(Qt::ISODate));
}

Status SqliteDatabase::quickCheckOnOpen()
{
    if (!quickCheckDue())
        return Ok{};
    m_quickCheckDue = QFileInfo(m_path).size() > QuickCheckOnOpenBytes;
    auto problems = quickCheck();
    if (!problems)
        return databaseError(damagedAtOpen(m_path, problems.error().message));
    if (!problems->isEmpty())
        return databaseError(damagedAtOpen(m_path, problems.value()));
    return Ok{};
}

int SqliteDatabase::schemaVersion()
{
    const auto version = readIntPragma(m_db, QStringLiteral("user_version"));
    return version ? version.value() : -1;
}

std::unique_ptr<BulkCaseWriter> SqliteDatabase::caseWriter()
{
    return std::make_unique<SqliteBulkCaseWriter>(m_db);
}

Status SqliteDatabase::writeBackup(const QString &target)
{
    return backup::writeCopy(m_db, target);
}

Result<QString> SqliteDatabase::automaticBackup(const QString &reason)
{
    return backup::automatic(m_db, m_path, reason);
}

Result<QString> SqliteDatabase::dailyBackupIfDue()
{
    return backup::dailyIfDue(m_db, m_path);
}

QString SqliteDatabase::backupFolder()
{
    return backup::folderFor(m_db, m_path);
}

Result<bool> SqliteDatabase::eraseDeletedData()
{
    // Move committed changes out of the WAL into the (secure_delete-zeroed) main file and cut the WAL to
    // nothing, so old page images with deleted data do not linger there.
    auto checkpoint = sql::run(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return checkpoint.error();
    return checkpoint->next() && checkpoint->value(0).toInt() == 0;
}

Result<Database::IntegrityReport> SqliteDatabase::checkIntegrity(bool full)
{
    QElapsedTimer timer;
    timer.start();
    IntegrityReport report;
    report.full = full;
    auto q = sql::run(m_db, full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != u"ok")
            report.problems << line;
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    q->finish();
    if (!report.problems.isEmpty()) {
        // The tallies are not recounted from a damaged file.
        report.damage =
            sql::damagedMessage(report.problems.join(QStringLiteral("; ")), sql::newestBackup(m_path, backupFolder()));
        report.milliseconds = timer.elapsed();
        return report;
    }
    if (auto counted = countTallyMismatches(report); !counted)
        return counted.error();
    report.milliseconds = timer.elapsed();
    return report;
}

// The storage seam's factory: a file path opens the embedded SQLite database.
Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode, FileCheck check)
{
    auto where = DatabaseLocation::parse(location);
    if (!where)
        return where.error();
    if (where->isServer()) {
        auto server = PostgresDatabase::open(where.value(), PostgresDatabase::Connection::Writer);
        if (!server)
            return server.error();
        return std::unique_ptr<Database>(std::move(server).value());
    }
    auto opened = SqliteDatabase::openFile(location, mode, check);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Database>(std::move(opened).value());
}

Status Database::checkBackup(const QString &path)
{
    return backup::checkBackupFile(path);
}

Result<QString> Database::restoreBackup(const QString &source, const QString &location)
{
    return backup::restore(source, location);
}

Result<std::unique_ptr<Database>> Database::openBorrowedWriter(const QString &location)
{
    if (auto where = DatabaseLocation::parse(location); where && where->isServer()) {
        auto server = PostgresDatabase::open(where.value(), PostgresDatabase::Connection::Writer);
        if (!server)
            return server.error();
        return std::unique_ptr<Database>(std::move(server).value());
    }
    auto opened = SqliteDatabase::openBorrowedWriterFile(location);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Database>(std::move(opened).value());
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &location)
{
    if (auto where = DatabaseLocation::parse(location); where && where->isServer()) {
        auto server = PostgresDatabase::open(where.value(), PostgresDatabase::Connection::Reader);
        if (!server)
            return server.error();
        return std::unique_ptr<Database>(std::move(server).value());
    }
    auto opened = SqliteDatabase::openReaderFile(location);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Database>(std::move(opened).value());
}

Result<Database::FileCheckOutcome> Database::checkFileInBackground(const QString &location, StopSignal *stop)
{
    if (auto where = DatabaseLocation::parse(location); where && where->isServer())
        return FileCheckOutcome{}; // the server checks its own pages
    auto reader = SqliteDatabase::openReaderFile(location);
    if (!reader)
        return reader.error();
    SqliteDatabase &db = *reader.value();
    FileCheckOutcome outcome;
    if (!db.quickCheckDue())
        return outcome;
    const StopOnSignal stoppable(db.connection(), stop);
    outcome.ran = true;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA quick_check")))
        while (q.next())
            if (const QString line = q.value(0).toString(); line != u"ok" && problems.size() < 10)
                problems << line;
    // SQLite may stop at damage it cannot read past: that is what the check is for. Any other error is the check
    // not running.
    if (Status done = sql::finished(q); !done) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_INTERRUPT && stop && stop->stopped())
            return FileCheckOutcome{};
        if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
            return done.error();
        problems << q.lastError().text();
    }
    if (!problems.isEmpty())
        outcome.damage =
            sql::damagedMessage(problems.join(QStringLiteral("; ")), sql::newestBackup(db.path(), db.backupFolder()));
    return outcome;
}

Result<QString> Database::dailyBackupInBackground(const QString &location, StopSignal *stop)
{
    if (auto where = DatabaseLocation::parse(location); where && where->isServer())
        return QString(); // a server is backed up by its administrator (pg_dump: README)
    const QString absolute = QFileInfo(location).absoluteFilePath();
    if (inspectFile(absolute) != FileKind::Sqlite)
        return databaseError(tr("Cannot read %1: check that the file exists and that you may read it.").arg(absolute));
    const QString name = nextConnectionName();
    Result<QString> made = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        // Read-only, but without query_only: VACUUM INTO writes only the copy, which query_only would refuse.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            made = databaseError(tr("Cannot open %1: %2").arg(absolute, db.lastError().text()));
        } else {
            const StopOnSignal stoppable(db, stop);
            made = backup::dailyIfDue(db, absolute);
            if (!made && stop && stop->stopped())
                made = QString(); // stopped: no backup (its temporary file is removed), made at the next open
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return made;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    auto opened = SqliteDatabase::openMemory();
    if (!opened)
        return opened.error();
    return std::unique_ptr<Database>(std::move(opened).value());
}

} // namespace sagstjek
