#include "storage/postgres/postgresdatabase.h"

#include "storage/audittrail.h"
#include "storage/postgres/pgbackup.h"
#include "storage/postgres/pgcasewriter.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgtransfer.h"
#include "storage/serverpassword.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"
#include "storage/userrepository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <libpq-fe.h>

namespace sagstjek {

namespace {

// How often a listening connection asks libpq whether it is still connected.
constexpr int HealthCheckMs = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sagstjek-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The role every Sagstjek login of the database is a member of: named after the database, so that two Sagstjek
// databases on one server keep their users apart.
QString usersRoleOf(QSqlDatabase &db)
{
    auto name = sql::scalar(db, QStringLiteral("SELECT current_database() || '_users'"));
    return name ? name->toString() : QString();
}

} // namespace

PostgresDatabase::~PostgresDatabase()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    if (m_db.isOpen()) {
        // Anchor the server's chain head on this computer, as a file's is (a later cut is then seen here).
        if (!m_reader && hasRepositories() && !inUnitOfWork())
            audit().checkpoint(QStringLiteral("close"), AuditTrail::CheckpointMode::Extend);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

namespace {

// QPSQL's handle is its libpq connection, named after the struct behind libpq's typedef.
PGconn *libpqConnection(const QSqlDriver *driver)
{
    const QVariant handle = driver->handle();
    const bool isConnection =
        handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    return isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

// Opens `db` (set up for the server) and returns the login it is connected as.
Result<QString> openConnection(QSqlDatabase &db, const QString &location)
{
    if (!db.open())
        return databaseError(
            tr("Cannot reach the team server %1: %2").arg(location, db.lastError().databaseText().trimmed()));
    // Notices (an object that already exists) are not for the user.
    if (auto quiet = sql::run(db, QStringLiteral("SET client_min_messages = warning")); !quiet)
        return quiet.error();
    auto login = sql::scalar(db, QStringLiteral("SELECT current_user"));
    if (!login)
        return login.error();
    return login->toString();
}

} // namespace

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::connect(const DatabaseLocation &where)
{
    const QString location = where.text();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return databaseError(tr("Cannot reach the team server %1: Qt's PostgreSQL driver is not installed (Debian "
                                "package libqt6sql6-psql).")
                                 .arg(location));
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase);
    database->m_location = location;
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName());
    QSqlDatabase &db = database->m_db;
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setUserName(where.user);
    db.setDatabaseName(where.database);
    // A password typed in the app for this location, if any; otherwise libpq reads ~/.pgpass or PGPASSWORD.
    if (const QString password = serverpassword::of(location); !password.isEmpty())
        db.setPassword(password);
    // TCP keepalives find a server gone without a word (a pulled cable, a sleeping laptop) within about a minute.
    QString options = QStringLiteral(
        "connect_timeout=10;application_name=sagstjek;keepalives_idle=30;keepalives_interval=10;keepalives_count=3");
    if (!where.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + where.sslMode;
    db.setConnectOptions(options);
    auto login = openConnection(db, location);
    if (!login)
        return login.error();
    database->m_login = login.value();
    return database;
}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const DatabaseLocation &where, Connection kind)
{
    auto connected = connect(where);
    if (!connected)
        return connected.error();
    std::unique_ptr<PostgresDatabase> database = std::move(connected).value();
    QSqlDatabase &db = database->m_db;
    auto version = pgschema::installedVersion(db);
    if (!version)
        return version.error();
    const QString location = database->m_location;
    if (version.value() == 0)
        return databaseError(tr("%1 has no Sagstjek database yet: the database's owner sets it up with "
                                "\"sagstjek-cli --db %1 server init\".")
                                 .arg(location));
    if (version.value() > pgschema::latestVersion())
        return databaseError(tr("The team server %1 has a newer Sagstjek schema (%2) than this version knows (%3): "
                                "update Sagstjek.")
                                 .arg(location)
                                 .arg(version.value())
                                 .arg(pgschema::latestVersion()));
    if (version.value() < pgschema::latestVersion())
        return databaseError(tr("The team server %1 has an older Sagstjek schema (%2): the database's owner brings "
                                "it up to date with \"sagstjek-cli --db %1 server upgrade\".")
                                 .arg(location)
                                 .arg(version.value()));
    database->m_reader = kind == Connection::Reader;
    if (auto started = database->startSession(); !started)
        return started.error();
    database->createRepositories(location);
    return database;
}

Status PostgresDatabase::startSession()
{
    if (!m_reader)
        return auditlog::installStateCapture(m_db);
    if (auto readOnly = sql::run(m_db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        !readOnly)
        return readOnly.error();
    return Ok{};
}

bool PostgresDatabase::isConnected()
{
    PGconn *connection = libpqConnection(m_db.driver());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

Status PostgresDatabase::reconnect()
{
    // The same connection object opened again: the repositories keep using it. Their prepared statements are made
    // again on the new session (sql::forgetPrepared); a transaction the loss broke was rolled back by the server.
    sql::forgetPrepared(m_db);
    m_db.close();
    auto login = openConnection(m_db, m_location);
    if (!login)
        return login.error();
    if (login.value() != m_login)
        return databaseError(
            tr("The team server %1 answered as %2, not as %3.").arg(m_location, login.value(), m_login));
    return startSession();
}

Result<bool> PostgresDatabase::listenForChanges(QObject *context, ChangeListener changed, std::function<void()> lost)
{
    QSqlDriver *driver = m_db.driver();
    const QString channel = QString::fromLatin1(pgschema::ChangeChannel);
    // QPSQL sends LISTEN and watches the connection's socket from this thread's event loop.
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return databaseError(
            tr("Cannot follow the team server's changes: %1").arg(sql::describe(driver->lastError(), driver)));
    QObject::disconnect(driver, &QSqlDriver::notification, context, nullptr); // listening again, after a reconnect
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource source,
                                                             const QVariant &table) {
                         if (name == channel && source != QSqlDriver::SelfSource)
                             changed(table.toString());
                     });
    // The driver reads the connection's socket whenever it is readable, and does not look at what the read found;
    // libpq then knows when the server ended the connection (or keepalives gave up on it) and closes the socket,
    // which Qt stops watching. Asking libpq once a second costs no I/O and finds that, and a failed statement.
    auto *health = new QTimer(context);
    health->setInterval(HealthCheckMs);
    QObject::connect(health, &QTimer::timeout, context,
                     [health, driver = QPointer<QSqlDriver>(driver), lost = std::move(lost)]() {
                         PGconn *connection = driver ? libpqConnection(driver) : nullptr;
                         if (connection && PQstatus(connection) == CONNECTION_OK)
                             return;
                         health->stop();
                         health->deleteLater();
                         lost();
                     });
    health->start();
    return true;
}

Result<Database::ServerSetup> PostgresDatabase::setUp(const DatabaseLocation &where, bool upgradeOnly)
{
    auto connected = connect(where);
    if (!connected)
        return connected.error();
    std::unique_ptr<PostgresDatabase> database = std::move(connected).value();
    QSqlDatabase &db = database->m_db;
    ServerSetup setup;
    setup.administrator = database->m_login;
    auto before = pgschema::migrate(db, !upgradeOnly);
    if (!before)
        return before.error();
    setup.versionBefore = before.value();
    setup.version = pgschema::latestVersion();
    if (auto captured = auditlog::installStateCapture(db); !captured)
        return captured.error();
    database->createRepositories(database->m_location);
    auto done = database->transaction([&]() -> Status {
        for (const QString &statement : pgschema::serverStatements())
            if (auto ran = sql::run(db, statement); !ran)
                return databaseError(tr("Cannot set up the team server's roles and grants (the database's owner, "
                                        "a login that may create roles, sets it up): %1")
                                         .arg(ran.error().message));
        setup.usersRole = usersRoleOf(db);
        if (setup.versionBefore == 0)
            if (auto bridged = auditlog::writeSchemeRecord(db); !bridged)
                return bridged;
        auto existing = database->users().find(setup.administrator);
        if (!existing)
            return existing.error();
        User administrator;
        administrator.name = setup.administrator;
        administrator.role = Role::Administrator;
        if (existing->has_value()) {
            administrator = *existing.value();
            if (administrator.role == Role::Administrator && administrator.active)
                return Ok{};
            administrator.role = Role::Administrator;
            administrator.active = true;
            if (auto updated = database->users().update(administrator); !updated)
                return updated;
        } else if (auto added = database->users().insert(administrator, setup.administrator); !added) {
            return added.error();
        }
        return auditlog::record(db, AuditEntry{setup.administrator,
                                               QStringLiteral("server.init"),
                                               QStringLiteral("user"),
                                               setup.administrator,
                                               0,
                                               {},
                                               QJsonObject{{QStringLiteral("role"), QStringLiteral("administrator")},
                                                           {QStringLiteral("schema"), setup.version}},
                                               QString()});
    });
    if (!done)
        return done.error();
    return setup;
}

namespace {

// The SCRAM-SHA-256 verifier of `password` for `login`, made by libpq on this computer (as psql's \password does):
// the server stores it as it is and never sees the password, which a bound value would carry into its statement log.
Result<QString> scramVerifier(QSqlDatabase &db, const QString &login, const QString &password)
{
    PGconn *connection = libpqConnection(db.driver());
    if (!connection)
        return databaseError(tr("Cannot reach the team server's connection to protect the password."));
    char *verifier =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return databaseError(
            tr("Cannot protect the password: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

// The server's refusal in words a Sagstjek administrator can act on.
Error loginError(const Error &error, const QString &login)
{
    if (error.message.contains(QStringLiteral("permission denied")) ||
        error.message.contains(QStringLiteral("must have admin option")) ||
        error.message.contains(QStringLiteral("must have CREATEROLE")))
        return refused(tr("Your login %1 may not add or change logins on this server: the database's owner (a login "
                          "that may create roles) adds users and lets them in or out.")
                           .arg(login));
    return error;
}

} // namespace

Result<bool> PostgresDatabase::addServerLogin(const QString &name, const QString &password)
{
    // Role names are at most 63 bytes; longer ones would be cut short by the server, silently.
    if (name.toUtf8().size() > 63)
        return invalidInput(tr("A user name on a team server can be at most 63 bytes long (UTF-8)."));
    auto exists = serverLoginExists(name);
    if (!exists)
        return exists.error();
    QString verifier;
    if (!exists.value()) {
        if (password.isEmpty())
            return false; // a user without a login (yet): a name in the history, or a login made later
        auto made = scramVerifier(m_db, name, password);
        if (!made)
            return made.error();
        verifier = made.value();
    }
    auto created =
        sql::scalar(m_db, QStringLiteral("SELECT sagstjek_login_add(?, ?)"), {name, sql::nullable(verifier)});
    if (!created)
        return loginError(created.error(), m_login);
    return created->toBool();
}

Result<bool> PostgresDatabase::serverLoginExists(const QString &name)
{
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!exists)
        return exists.error();
    return exists->toInt() > 0;
}

Status PostgresDatabase::syncServerLogin(const QString &name)
{
    if (auto set = sql::run(m_db, QStringLiteral("SELECT sagstjek_login_sync(?)"), {name}); !set)
        return loginError(set.error(), m_login);
    return Ok{};
}

int PostgresDatabase::schemaVersion()
{
    auto version = pgschema::installedVersion(m_db);
    return version ? version.value() : -1;
}

std::unique_ptr<BulkCaseWriter> PostgresDatabase::caseWriter()
{
    return std::make_unique<PgCaseWriter>(m_db);
}

Status PostgresDatabase::writeBackup(const QString &target)
{
    auto where = DatabaseLocation::parse(m_location);
    if (!where)
        return where.error();
    // The server's audit key goes along when this login may read it (the owner's backup restores a server whose
    // seals still check); a login that may not leaves it out, and the restored server gets a new key.
    auto withKey = sql::scalar(m_db, QStringLiteral("SELECT has_schema_privilege('sagstjek_seal', 'USAGE') AND "
                                                    "has_table_privilege('sagstjek_seal.audit_key', 'SELECT')"));
    if (!withKey)
        return withKey.error();
    return pgbackup::writeDump(where.value(), serverpassword::of(m_location), target, withKey->toBool());
}

Result<TransferReport> PostgresDatabase::exportToFile(const QString &target)
{
    return pgtransfer::exportFile(*this, target);
}

Result<QString> PostgresDatabase::automaticBackup(const QString &)
{
    return QString(); // the server's administrator keeps its backups
}

Result<QString> PostgresDatabase::dailyBackupIfDue()
{
    return QString();
}

Status PostgresDatabase::recordFileChecked()
{
    return Ok{};
}

QString PostgresDatabase::backupFolder()
{
    return {};
}

Result<bool> PostgresDatabase::eraseDeletedData()
{
    // Deleted rows stay in the server's files until its autovacuum reuses the space; only the server's owner can
    // force that (VACUUM FULL).
    return false;
}

Result<Database::IntegrityReport> PostgresDatabase::checkIntegrity(bool full)
{
    QElapsedTimer timer;
    timer.start();
    IntegrityReport report;
    report.full = full;
    if (auto counted = countTallyMismatches(report); !counted)
        return counted.error();
    report.milliseconds = timer.elapsed();
    return report;
}

Result<std::unique_ptr<Database::WriterLoan>> PostgresDatabase::lendWriter()
{
    // A server takes many writers at once: the borrowing thread simply opens a connection of its own.
    if (inUnitOfWork())
        return databaseError(tr("Finish the change being saved in %1 first.").arg(m_location));
    return std::make_unique<WriterLoan>();
}

Result<Database::ServerSetup> Database::setUpServer(const QString &location, bool upgradeOnly)
{
    auto where = DatabaseLocation::parse(location);
    if (!where)
        return where.error();
    if (!where->isServer())
        return invalidInput(
            tr("%1 is a file: a team server is given as postgresql://USER@HOST/DATABASE.").arg(location));
    return PostgresDatabase::setUp(where.value(), upgradeOnly);
}

Result<TransferReport> Database::importFileToServer(const QString &file, const QString &serverLocation)
{
    auto where = DatabaseLocation::parse(serverLocation);
    if (!where)
        return where.error();
    if (!where->isServer())
        return invalidInput(tr("%1 is a file: `server import-file` moves a file onto a team server, given with --db "
                               "postgresql://USER@HOST/DATABASE.")
                                .arg(serverLocation));
    return pgtransfer::importFile(file, where.value());
}

} // namespace sagstjek
