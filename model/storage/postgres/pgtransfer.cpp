#include "storage/postgres/pgtransfer.h"

#include "storage/filesystem.h"
#include "storage/postgres/postgresdatabase.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/auditseal.h"
#include "storage/sql/sql.h"
#include "storage/sql/tablecopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

namespace sagstjek::pgtransfer {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sagstjek::Database", text, disambiguation, n);
}

// Tables a server set up with `server init` (or opened once) may hold before a file is imported: its set-up. Rows
// anywhere else are work, which an import would overwrite.
const QSet<QString> &setUpTables()
{
    static const QSet<QString> tables{QStringLiteral("users"),      QStringLiteral("settings"),
                                      QStringLiteral("templates"),  QStringLiteral("items"),
                                      QStringLiteral("audit_log"),  QStringLiteral("audit_head"),
                                      QStringLiteral("grant_rates")};
    return tables;
}

QString describeBroken(const AuditVerification &audit)
{
    // Ends a sentence ("… is broken at record 5: …" or "… is broken: …"); the problem ends with its full stop.
    return audit.brokenId > 0 ? tr("at record %1: %2").arg(audit.brokenId).arg(audit.problem)
                              : QStringLiteral(": ") + audit.problem;
}

Result<QString> databaseIdOf(QSqlDatabase &db)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'audit.database_id'"));
    if (!id)
        return id.error();
    return id->toString();
}

// The server's own records before an import (its set-up: the scheme, `server init`, users added), carried whole
// into the import's record, since the file's chain takes their place.
Result<QJsonArray> setUpRecords(QSqlDatabase &pg)
{
    auto q = sql::run(pg, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, after_json, hash "
                                         "FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    QJsonArray records;
    while (q->next()) {
        records.append(QJsonObject{{QStringLiteral("id"), q->value(0).toLongLong()},
                                   {QStringLiteral("at"), q->value(1).toString()},
                                   {QStringLiteral("user"), q->value(2).toString()},
                                   {QStringLiteral("action"), q->value(3).toString()},
                                   {QStringLiteral("entity"), q->value(4).toString()},
                                   {QStringLiteral("entity_id"), q->value(5).toString()},
                                   {QStringLiteral("after"), q->value(6).toString()},
                                   {QStringLiteral("hash"), q->value(7).toString()}});
    }
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return records;
}

// What on the server is more than its set-up, as "N rows in TABLE"; empty when nothing is.
Result<QStringList> workOn(QSqlDatabase &pg, const QList<tablecopy::Table> &tables)
{
    QStringList work;
    for (const tablecopy::Table &table : tables) {
        if (setUpTables().contains(table.name))
            continue;
        auto rows = tablecopy::count(pg, table.name);
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            work << tr("%n row(s) in %1", nullptr, int(rows.value())).arg(table.name);
    }
    auto records = sql::scalar(pg, QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'user.%' AND "
                                                  "action NOT IN ('audit.scheme', 'server.init', 'template.store', "
                                                  "'setting.change')"));
    if (!records)
        return records.error();
    if (records->toLongLong() > 0)
        work << tr("%n audit record(s) of work", nullptr, records->toInt());
    // The first few say enough.
    constexpr int Named = 3;
    if (work.size() > Named + 1) {
        const int more = int(work.size()) - Named;
        work = work.mid(0, Named) << tr("%n more", nullptr, more);
    }
    return work;
}

Status setTriggers(QSqlDatabase &pg, const QList<tablecopy::Table> &tables, bool enabled)
{
    for (const tablecopy::Table &table : tables) {
        const QString statement =
            QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER")
                .arg(tablecopy::quoted(pg, table.name), enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"));
        if (auto done = sql::run(pg, statement); !done)
            return done.error();
    }
    return Ok{};
}

struct ServerUser {
    QString name;
    QString displayName;
    QString role;
    int active = 1;
};

Result<QList<ServerUser>> serverUsers(QSqlDatabase &pg)
{
    auto q = sql::run(pg, QStringLiteral("SELECT name, display_name, role, active FROM users ORDER BY id"));
    if (!q)
        return q.error();
    QList<ServerUser> users;
    while (q->next())
        users << ServerUser{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toInt()};
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return users;
}

// The server's users after the file's were copied: one the file also has keeps the file's row (its id is in the
// history) with the server's role and whether it may work; one the file lacks is added. Returns the names kept.
Result<QStringList> keepServerUsers(QSqlDatabase &pg, const QList<ServerUser> &users)
{
    QStringList kept;
    const QString now = utcNow();
    for (const ServerUser &user : users) {
        auto updated = sql::run(pg,
                                QStringLiteral("UPDATE users SET role = ?, active = ?, updated_at = ?, display_name = "
                                               "CASE WHEN display_name = '' THEN ? ELSE display_name END "
                                               "WHERE name = ?"),
                                {user.role, user.active, now, user.displayName, user.name});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0) {
            auto added = sql::run(pg,
                                  QStringLiteral("INSERT INTO users (name, display_name, role, active, created_at, "
                                                 "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {user.name, user.displayName, user.role, user.active, now, user.name, now});
            if (!added)
                return added.error();
        }
        kept << user.name;
    }
    return kept;
}

Result<QStringList> settingKeys(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT key FROM settings ORDER BY key"));
    if (!q)
        return q.error();
    QStringList keys;
    while (q->next())
        keys << q->value(0).toString();
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return keys;
}

// Every table: as many rows where they went as where they came from (users and settings: plus those the target
// kept).
Status checkCounts(const TransferReport &report, qint64 usersKeptOnly, qint64 settingsKeptOnly)
{
    for (const TransferReport::Table &table : report.tables) {
        const qint64 expected = table.source + (table.name == u"users"      ? usersKeptOnly
                                                : table.name == u"settings" ? settingsKeptOnly
                                                                            : 0);
        if (table.target != expected)
            return databaseError(tr("The copy of %1 has %2 rows where %3 were expected; nothing was moved.")
                                     .arg(table.name)
                                     .arg(table.target)
                                     .arg(expected));
    }
    return Ok{};
}

SqlDatabase *sqlDatabase(Database &db)
{
    return dynamic_cast<SqlDatabase *>(&db);
}

} // namespace

Result<TransferReport> importFile(const QString &file, const DatabaseLocation &where)
{
    QElapsedTimer timer;
    timer.start();
    TransferReport report;
    report.target = where.text();
    auto fileLocation = DatabaseLocation::parse(file);
    if (!fileLocation)
        return fileLocation.error();
    if (fileLocation->isServer() || file == u":memory:")
        return invalidInput(
            tr("%1 is not a database file: `server import-file` moves a file onto the server.").arg(file));
    report.source = QFileInfo(file).absoluteFilePath();

    // The file is opened as the app opens it (brought up to this version's schema, a backup kept first) and held
    // for the whole move, so nobody writes to it meanwhile.
    auto openedFile = Database::open(report.source, Database::OpenMode::OpenExisting);
    if (!openedFile)
        return openedFile.error();
    SqlDatabase *source = sqlDatabase(*openedFile.value());
    if (!source)
        return invalidInput(tr("%1 is not a database file.").arg(file));
    QSqlDatabase &lite = source->connection();
    auto sourceAudit = auditlog::verify(lite, QString());
    if (!sourceAudit)
        return sourceAudit.error();
    if (!sourceAudit->intact)
        return invalidInput(tr("Nothing was moved: a team server must not start from an audit trail that cannot be "
                               "trusted, and the trail of %1 is broken %2")
                                .arg(report.source, describeBroken(sourceAudit.value())));
    report.sourceAudit = sourceAudit.value();
    auto fileDatabaseId = databaseIdOf(lite);
    if (!fileDatabaseId)
        return fileDatabaseId.error();

    auto openedServer = PostgresDatabase::open(where, PostgresDatabase::Connection::Writer);
    if (!openedServer)
        return openedServer.error();
    PostgresDatabase &server = *openedServer.value();
    QSqlDatabase &pg = server.connection();
    auto owner = sql::scalar(pg, QStringLiteral("SELECT tableowner = current_user FROM pg_tables "
                                                "WHERE schemaname = current_schema() AND tablename = 'audit_log'"));
    if (!owner)
        return owner.error();
    if (!owner->toBool())
        return refused(tr("Only the owner of the server's database (the login that ran `server init`) can import a "
                          "file: the import writes the file's audit trail as it is, which no other login may. "
                          "%1 is not the owner.")
                           .arg(server.serverLogin()));
    auto tables = tablecopy::serverTables(pg);
    if (!tables)
        return tables.error();
    for (const tablecopy::Table &table : tables.value())
        if (auto fits = tablecopy::checkFileColumns(lite, table); !fits)
            return fits.error();
    auto work = workOn(pg, tables.value());
    if (!work)
        return work.error();
    if (!work->isEmpty())
        return invalidInput(tr("The team server %1 already holds work (%2). `server import-file` only fills a new "
                               "server, set up with `server init`; nothing was moved.")
                                .arg(where.text(), work->join(u", ")));

    qint64 usersKeptOnly = 0;
    qint64 settingsKeptOnly = 0;
    auto moved = server.transaction([&]() -> Status {
        auto replaced = setUpRecords(pg);
        if (!replaced)
            return replaced.error();
        auto users = serverUsers(pg);
        if (!users)
            return users.error();
        auto fileKeys = settingKeys(lite);
        if (!fileKeys)
            return fileKeys.error();
        // Copied as they are: the server's triggers would stamp versions, tallies, audit states and a new chain
        // on every row. The table owner may switch them off; inside this transaction only.
        if (auto off = setTriggers(pg, tables.value(), false); !off)
            return off.error();
        for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
            if (it->name == u"settings") {
                for (const QString &key : fileKeys.value())
                    if (auto gone = sql::run(pg, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !gone)
                        return gone.error();
            } else if (auto gone = sql::run(pg, QStringLiteral("DELETE FROM %1").arg(tablecopy::quoted(pg, it->name)));
                       !gone) {
                return gone.error();
            }
        }
        for (const tablecopy::Table &table : tables.value()) {
            auto rows = tablecopy::copy(lite, pg, table);
            if (!rows)
                return rows.error();
            auto inFile = tablecopy::count(lite, table.name);
            if (!inFile)
                return inFile.error();
            report.tables << TransferReport::Table{table.name, inFile.value(), 0};
        }
        // The sequences first: a server user the file lacks is numbered after the file's.
        for (const tablecopy::Table &table : tables.value())
            if (auto followed = tablecopy::followIdentity(pg, table); !followed)
                return followed.error();
        auto kept = keepServerUsers(pg, users.value());
        if (!kept)
            return kept.error();
        report.usersKept = kept.value();
        if (auto on = setTriggers(pg, tables.value(), true); !on)
            return on.error();

        for (TransferReport::Table &table : report.tables) {
            auto rows = tablecopy::count(pg, table.name);
            if (!rows)
                return rows.error();
            table.target = rows.value();
            if (table.name == u"users")
                usersKeptOnly = table.target - table.source;
            if (table.name == u"settings")
                settingsKeptOnly = table.target - table.source;
        }
        // Only the users the file lacked may add to its rows, only the settings it lacked to its settings.
        if (usersKeptOnly < 0 || usersKeptOnly > users->size() || settingsKeptOnly < 0)
            return databaseError(tr("The users or settings on the server do not add up after the copy; nothing was "
                                    "moved."));
        if (auto counted = checkCounts(report, usersKeptOnly, settingsKeptOnly); !counted)
            return counted.error();

        QJsonObject counts;
        for (const TransferReport::Table &table : std::as_const(report.tables))
            counts.insert(table.name, table.source);
        AuditEntry entry{server.serverLogin(),
                         QStringLiteral("server.import"),
                         QStringLiteral("database"),
                         fileDatabaseId.value(),
                         0,
                         {{QStringLiteral("server_set_up_records"), replaced.value()}},
                         {{QStringLiteral("file"), report.source},
                          {QStringLiteral("file_records"), report.sourceAudit.records},
                          {QStringLiteral("file_chain_head"), report.sourceAudit.headHash},
                          {QStringLiteral("rows"), counts},
                          {QStringLiteral("users_kept"), QJsonArray::fromStringList(report.usersKept)}},
                         {}};
        if (auto recorded = server.audit().record(entry); !recorded)
            return recorded.error();
        auto targetAudit = auditlog::verify(pg, QString());
        if (!targetAudit)
            return targetAudit.error();
        if (!targetAudit->intact)
            return databaseError(
                tr("Nothing was moved: the audit trail on the server does not verify after the copy. It is "
                   "broken %1")
                    .arg(describeBroken(targetAudit.value())));
        report.targetAudit = targetAudit.value();
        return Ok{};
    });
    if (!moved)
        return moved.error();
    // The server's chain is the file's from now on: the checkpoint this computer kept of the new server (its set-up
    // records) gives way, or `audit verify` here would take the import for a replaced database.
    if (auto anchored = server.audit().checkpoint(QStringLiteral("import"), AuditTrail::CheckpointMode::Replace);
        !anchored)
        return anchored.error();
    report.milliseconds = timer.elapsed();
    return report;
}

Result<TransferReport> exportFile(PostgresDatabase &server, const QString &target)
{
    QElapsedTimer timer;
    timer.start();
    TransferReport report;
    report.source = server.path();
    auto targetLocation = DatabaseLocation::parse(target);
    if (!targetLocation)
        return targetLocation.error();
    if (targetLocation->isServer() || target == u":memory:")
        return invalidInput(tr("%1 is not a file: `server export-file` writes a local database file.").arg(target));
    const QString absolute = QFileInfo(target).absoluteFilePath();
    report.target = absolute;
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QFileInfo(folder).isDir())
        return invalidInput(tr("The folder %1 does not exist; nothing was written. Create the folder first, or choose "
                               "another file.")
                                .arg(folder));
    filesystem::removeOrphanedTemporaries(folder, QFileInfo(absolute).fileName());
    const QString temporary = filesystem::temporaryNameFor(absolute);
    const auto removeTemporary = [&]() {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal"), QStringLiteral(".lock"), QStringLiteral(".wal-id")})
            QFile::remove(temporary + suffix);
    };
    const auto fail = [&](const Error &error) -> Error {
        removeTemporary();
        return error;
    };

    QSqlDatabase &pg = server.connection();
    auto tables = tablecopy::serverTables(pg);
    if (!tables)
        return tables.error();
    auto serverDatabaseId = databaseIdOf(pg);
    if (!serverDatabaseId)
        return serverDatabaseId.error();
    {
        auto created = Database::open(temporary, Database::OpenMode::CreateIfMissing);
        if (!created)
            return fail(created.error());
        QSqlDatabase &lite = sqlDatabase(*created.value())->connection();
        for (const tablecopy::Table &table : tables.value())
            if (auto fits = tablecopy::checkFileColumns(lite, table); !fits)
                return fail(fits.error());

        // One snapshot of the server for every table: colleagues go on working meanwhile.
        if (!pg.transaction())
            return fail(databaseError(sql::describe(pg.lastError(), pg.driver())));
        const auto endSnapshot = qScopeGuard([&]() { pg.rollback(); });
        if (auto snapshot = sql::run(pg, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
            !snapshot)
            return fail(snapshot.error());
        // The trail as of the snapshot, proven before it is copied: a broken one is not carried into a file.
        auto serverAudit = auditlog::verify(pg, QString());
        if (!serverAudit)
            return fail(serverAudit.error());
        if (!serverAudit->intact)
            return fail(databaseError(tr("No copy was written: the audit trail on the server is broken %1")
                                          .arg(describeBroken(serverAudit.value()))));
        report.sourceAudit = serverAudit.value();
        auto copied = inTransaction(lite, [&]() -> Status {
            // The file's triggers would stamp versions, tallies, audit states and its own chain on every row: the
            // server's rows come as they are. The schema's triggers are made again from their own text after the
            // copy; the connection's TEMP ones (the audit capture) go with it when it closes.
            auto schemaTriggers = sql::run(
                lite, QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY rowid"));
            if (!schemaTriggers)
                return schemaTriggers.error();
            QStringList recreate;
            QStringList drop;
            while (schemaTriggers->next()) {
                drop << QStringLiteral("DROP TRIGGER main.%1")
                            .arg(tablecopy::quoted(lite, schemaTriggers->value(0).toString()));
                recreate << schemaTriggers->value(1).toString();
            }
            if (auto done = sql::finished(schemaTriggers.value()); !done)
                return done.error();
            auto temporaryTriggers =
                sql::run(lite, QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"));
            if (!temporaryTriggers)
                return temporaryTriggers.error();
            while (temporaryTriggers->next())
                drop << QStringLiteral("DROP TRIGGER temp.%1")
                            .arg(tablecopy::quoted(lite, temporaryTriggers->value(0).toString()));
            if (auto done = sql::finished(temporaryTriggers.value()); !done)
                return done.error();
            for (const QString &statement : std::as_const(drop))
                if (auto dropped = sql::run(lite, statement); !dropped)
                    return dropped.error();

            for (auto it = tables->crbegin(); it != tables->crend(); ++it)
                if (auto gone = sql::run(lite, QStringLiteral("DELETE FROM %1").arg(tablecopy::quoted(lite, it->name)));
                    !gone)
                    return gone.error();
            for (const tablecopy::Table &table : tables.value()) {
                auto rows = tablecopy::copy(pg, lite, table);
                if (!rows)
                    return rows.error();
                auto onServer = tablecopy::count(pg, table.name);
                if (!onServer)
                    return onServer.error();
                auto inFile = tablecopy::count(lite, table.name);
                if (!inFile)
                    return inFile.error();
                report.tables << TransferReport::Table{table.name, onServer.value(), inFile.value()};
            }
            if (auto counted = checkCounts(report, 0, 0); !counted)
                return counted.error();
            for (const QString &statement : std::as_const(recreate))
                if (auto made = sql::run(lite, statement); !made)
                    return made.error();
            // The name search's index is built from the cases (an external-content FTS5 table).
            if (auto rebuilt = sql::run(lite, QStringLiteral("INSERT INTO cases_name_search (cases_name_search) "
                                                             "VALUES ('rebuild')"));
                !rebuilt)
                return rebuilt.error();
            return Ok{};
        });
        if (!copied)
            return fail(copied.error());
    }

    // The copy says where it came from in a record of its own, and then proves itself as a file opened anew: its
    // audit trail (every record's hash and link, every row against the trail).
    {
        auto reopened = Database::open(temporary, Database::OpenMode::OpenExisting);
        if (!reopened)
            return fail(reopened.error());
        Database &copy = *reopened.value();
        QJsonObject counts;
        for (const TransferReport::Table &table : std::as_const(report.tables))
            counts.insert(table.name, table.target);
        AuditEntry entry{server.serverLogin(),
                         QStringLiteral("server.export"),
                         QStringLiteral("database"),
                         serverDatabaseId.value(),
                         0,
                         {},
                         {{QStringLiteral("server"), server.path()},
                          {QStringLiteral("server_records"), report.sourceAudit.records},
                          {QStringLiteral("server_chain_head"), report.sourceAudit.headHash},
                          {QStringLiteral("rows"), counts}},
                         {}};
        if (auto recorded = copy.transaction([&]() -> Status { return copy.audit().record(entry); }); !recorded)
            return fail(recorded.error());
        auto targetAudit = auditlog::verify(sqlDatabase(copy)->connection(), QString());
        if (!targetAudit)
            return fail(targetAudit.error());
        if (!targetAudit->intact)
            return fail(databaseError(tr("The file was not written: the audit trail of the copy is broken %1")
                                          .arg(describeBroken(targetAudit.value()))));
        report.targetAudit = targetAudit.value();
    }
    if (!filesystem::restrictToOwner(temporary) || !filesystem::syncPath(temporary))
        return fail(databaseError(tr("Cannot flush the copy %1 to the disk.").arg(temporary)));
    if (!filesystem::atomicRename(temporary, absolute))
        return fail(databaseError(tr("Cannot put the copy in place at %1.").arg(absolute)));
    filesystem::syncPath(folder);
    removeTemporary();
    // The chain head this computer anchored when the copy was closed under its temporary name is the file's now
    // (over any checkpoint of a file it replaced).
    if (auto anchored = auditseal::move(temporary, absolute, QStringLiteral("export")); !anchored)
        return anchored.error();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace sagstjek::pgtransfer
