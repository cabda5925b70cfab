#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include <optional>

namespace sagstjek::sql {

namespace {

struct Registered {
    QString databasePath;
    QString backupFolder;
};

QMutex registryMutex;
QHash<const QSqlDriver *, Registered> &registry()
{
    static QHash<const QSqlDriver *, Registered> byDriver;
    return byDriver;
}

std::optional<QString> registeredPath(const QSqlDriver *driver)
{
    QMutexLocker locker(&registryMutex);
    const auto found = registry().constFind(driver);
    if (!driver || found == registry().constEnd())
        return std::nullopt;
    return found->databasePath;
}

bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

} // namespace

void registerDatabase(const QSqlDriver *driver, const QString &databasePath, const QString &backupFolder)
{
    QMutexLocker locker(&registryMutex);
    registry().insert(driver, {databasePath, backupFolder});
}

void unregisterDatabase(const QSqlDriver *driver)
{
    QMutexLocker locker(&registryMutex);
    registry().remove(driver);
}

QString newestBackup(const QString &databasePath, const QString &backupFolder)
{
    // Automatic backups carry their UTC time in the name, so the last name is the newest.
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QStringList names =
        QDir(backupFolder).entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    return names.isEmpty() ? QString() : QDir(backupFolder).filePath(names.first());
}

QString damagedMessage(const QString &detail, const QString &newestBackupPath)
{
    if (newestBackupPath.isEmpty())
        return QCoreApplication::translate("sagstjek::Database",
                                           "The database is damaged (%1): restore the latest backup "
                                           "(sagstjek-cli restore FILE). No backup of it was found in its backup "
                                           "folder.")
            .arg(detail);
    return QCoreApplication::translate("sagstjek::Database",
                                       "The database is damaged (%1): restore the latest backup, %2 "
                                       "(sagstjek-cli restore \"%2\").")
        .arg(detail, newestBackupPath);
}

Status finished(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError)
        return Ok{};
    return databaseError(describe(error, query.driver()));
}

Result<bool> next(QSqlQuery &query)
{
    if (query.next())
        return true;
    if (auto done = finished(query); !done)
        return done.error();
    return false;
}

QString diskFullMessage()
{
    return QCoreApplication::translate("sagstjek::Database",
                                       "The disk is full: nothing was saved. Free some space on the disk that "
                                       "holds the database, then try again.");
}

namespace loans {

namespace {
QMutex mutex;
QHash<QString, bool> &borrowedByPath()
{
    static QHash<QString, bool> byPath;
    return byPath;
}
} // namespace

bool begin(const QString &path)
{
    QMutexLocker locker(&mutex);
    if (borrowedByPath().contains(path))
        return false;
    borrowedByPath().insert(path, false);
    return true;
}

void end(const QString &path)
{
    QMutexLocker locker(&mutex);
    if (borrowedByPath().value(path))
        qWarning("sagstjek: a writer loan ended while its connection was open");
    borrowedByPath().remove(path);
}

bool borrow(const QString &path)
{
    QMutexLocker locker(&mutex);
    auto loan = borrowedByPath().find(path);
    if (loan == borrowedByPath().end() || loan.value())
        return false;
    loan.value() = true;
    return true;
}

void giveBack(const QString &path)
{
    QMutexLocker locker(&mutex);
    if (auto loan = borrowedByPath().find(path); loan != borrowedByPath().end())
        loan.value() = false;
}

bool isLent(const QString &path)
{
    QMutexLocker locker(&mutex);
    return borrowedByPath().contains(path);
}

} // namespace loans

// A team server's refusal in words the user can act on (PostgreSQL's SQLSTATE, appendix A of its manual).
QString describeServerError(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text().trimmed();
    if (state.startsWith(QStringLiteral("08")) || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return QCoreApplication::translate("sagstjek::Database",
                                           "The team server cannot be reached: nothing was saved (%1). Check the "
                                           "network connection, then try again.")
            .arg(detail);
    if (state == u"42501")
        return QCoreApplication::translate("sagstjek::Database",
                                           "The team server refused this to your login: nothing was saved (%1).")
            .arg(detail);
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return QCoreApplication::translate("sagstjek::Database",
                                           "A colleague's change got in the way: nothing was saved. Try again.");
    if (state == u"53100")
        return diskFullMessage();
    return QCoreApplication::translate("sagstjek::Database", "Database error: %1").arg(error.text());
}

QString describe(const QSqlError &error, const QSqlDriver *driver)
{
    // SQLite's codes are numbers, the server's SQLSTATEs merely look like some ("42501" is not SQLITE_BUSY).
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return describeServerError(error);
    if (isDamage(error)) {
        QString backupPath;
        if (driver) {
            QMutexLocker locker(&registryMutex);
            const auto found = registry().constFind(driver);
            if (found != registry().constEnd())
                backupPath = newestBackup(found->databasePath, found->backupFolder);
        }
        return damagedMessage(error.text(), backupPath);
    }
    // SQLite's primary result code (an extended code's low byte), so the user learns what to do about it.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return diskFullMessage();
    case 8: // SQLITE_READONLY
        if (const auto path = registeredPath(driver); path && loans::isLent(*path))
            return QCoreApplication::translate("sagstjek::Database",
                                               "An import is being written to the database: nothing was saved. Try "
                                               "again when it has finished.");
        return QCoreApplication::translate("sagstjek::Database",
                                           "The database is read-only: nothing was saved. Check that you may write "
                                           "to the file and its folder.");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("sagstjek::Database",
                                           "The database is locked by another program: nothing was saved. Close "
                                           "the other program and try again.");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("sagstjek::Database",
                                           "The disk reported an error: nothing was saved (%1). Check the disk or "
                                           "the network connection, then try again.")
            .arg(error.text());
    default:
        return QCoreApplication::translate("sagstjek::Database", "Database error: %1").arg(error.text());
    }
}

// Forward-only keeps QSQLITE from caching every row it has stepped past. On QPSQL forward-only means libpq's
// single-row mode, where a second statement on the connection discards the rows the first has not read yet: the
// exports and reports read through two cursors at once (a merge join of cases and their dates), so a server's
// results arrive whole instead.
namespace {
void readForward(QSqlQuery &query, const QSqlDatabase &db)
{
    query.setForwardOnly(dialect(db) == Dialect::Sqlite);
}
} // namespace

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    readForward(query, db);
    // Without values, run as it is: QPSQL prepares through PREPARE, which takes no DDL, SET or DO (and costs the
    // server two more round trips).
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return databaseError(describe(query.lastError(), db.driver()));
        return query;
    }
    if (!query.prepare(statement))
        return databaseError(describe(query.lastError(), db.driver()));
    for (const QVariant &value : values) {
        // A null QString is text that happens to be empty; only an invalid QVariant means SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return databaseError(describe(query.lastError(), db.driver()));
    return query;
}

namespace {
// The statements prepared on each connection (by its driver, the same object after a reopen). A connection stays in
// the thread that opened it, but background work opens its own in other threads.
QMutex preparedMutex;
QHash<const QSqlDriver *, QSet<Prepared *>> &preparedOn()
{
    static QHash<const QSqlDriver *, QSet<Prepared *>> statements;
    return statements;
}
} // namespace

Prepared::~Prepared()
{
    forget();
}

void Prepared::forget()
{
    if (!m_query)
        return;
    {
        QMutexLocker lock(&preparedMutex);
        auto on = preparedOn().find(m_driver);
        if (on != preparedOn().end()) {
            on->remove(this);
            if (on->isEmpty())
                preparedOn().erase(on);
        }
    }
    m_query.reset();
}

void forgetPrepared(QSqlDatabase &db)
{
    QSet<Prepared *> statements;
    {
        QMutexLocker lock(&preparedMutex);
        statements = preparedOn().take(db.driver());
    }
    for (Prepared *statement : std::as_const(statements))
        statement->forget();
}

Result<QSqlQuery *> Prepared::run(QSqlDatabase &db, const QVariantList &values)
{
    if (!m_query) {
        auto query = std::make_unique<QSqlQuery>(db);
        readForward(*query, db);
        if (!query->prepare(m_statement))
            return databaseError(describe(query->lastError(), db.driver()));
        m_query = std::move(query);
        m_driver = db.driver();
        QMutexLocker lock(&preparedMutex);
        preparedOn()[m_driver].insert(this);
    }
    m_query->finish();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query->bindValue(i, QStringLiteral(""));
        else
            m_query->bindValue(i, value);
    }
    if (!m_query->exec())
        return databaseError(describe(m_query->lastError(), db.driver()));
    return m_query.get();
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Dialect dialect(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

Result<qint64> insertReturningId(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto inserted = run(db, statement + QStringLiteral(" RETURNING id"), values);
    if (!inserted)
        return inserted.error();
    auto row = next(inserted.value());
    if (!row)
        return row.error();
    if (!row.value())
        return databaseError(QCoreApplication::translate("sagstjek::Database", "The database gave the new row no id."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish(); // SQLite keeps an INSERT … RETURNING running until it is reset
    return id;
}

QString likeIgnoringCase(const QSqlDatabase &db, const QString &column)
{
    if (dialect(db) == Dialect::Postgres)
        return QStringLiteral(
                   "lower(%1 COLLATE \"und-x-icu\") LIKE lower(CAST(? AS text) COLLATE \"und-x-icu\") ESCAPE '\\'")
            .arg(column);
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString orderedJoin(const QSqlDatabase &db)
{
    return dialect(db) == Dialect::Postgres ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

QString overdueDefect()
{
    // Same as isOverdue(): a due date strictly before today, and neither remediated nor verified.
    return QStringLiteral("(d.due IS NOT NULL AND d.due < ? AND d.status IN ('open', 'reopened'))");
}

QString ownerIs()
{
    // NOCASE folds ASCII letters only: "Karin" is "karin", but "Ø" is not "ø".
    return QStringLiteral("d.owner = ? COLLATE NOCASE");
}

} // namespace sagstjek::sql
