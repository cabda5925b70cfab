#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace sagstjek {

// Runs `work` inside one transaction on `db`; commits when it returns ok, rolls back otherwise. Nested calls
// become savepoints.
Status inTransaction(QSqlDatabase &db, const std::function<Status()> &work);
// How many units of work are open on `db` (0: none; nested ones count).
int unitOfWorkDepth(const QSqlDatabase &db);

} // namespace sagstjek

namespace sagstjek::sql {

// Which SQL a connection speaks. The statements are written once for both; the few places where SQLite and
// PostgreSQL differ (case-insensitive LIKE, the name search's index) ask this.
enum class Dialect { Sqlite, Postgres };
Dialect dialect(const QSqlDatabase &db);

// Runs an INSERT (without RETURNING) and returns the id the database gave the new row (`INSERT … RETURNING id`:
// QPSQL has no lastInsertId for tables without OIDs).
Result<qint64> insertReturningId(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// `column LIKE ?` (binds one escaped pattern, see escapeLike) matching letters whatever their case: SQLite's LIKE
// ignores ASCII case; on PostgreSQL both sides are lower-cased in ICU's root collation (also Æ, Ø, Å, whatever the
// server's locale), the form its trigram indexes on names and case numbers are built on (schema-10.sql).
QString likeIgnoringCase(const QSqlDatabase &db, const QString &column);

// A join that keeps the written order of its tables: SQLite's CROSS JOIN (its planner's only order hint, used where
// tst_queryplans showed it picking a worse order); PostgreSQL takes no hint and plans a plain JOIN itself.
QString orderedJoin(const QSqlDatabase &db);

// Prepares `statement`, binds `values` positionally (never by concatenation) and executes it.
// Queries that only step forward get setForwardOnly(true), so QSQLITE does not cache every row.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// A statement of a hot write path (an answer, a review, a defect), prepared on its first run and reused: preparing
// an upsert cost more than running it, which showed when a million cases were generated (issue 13). Binds as
// run() does. The query is valid until the next run.
class Prepared {
public:
    explicit Prepared(QString statement)
        : m_statement(std::move(statement))
    {
    }
    ~Prepared();
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;
    Result<QSqlQuery *> run(QSqlDatabase &db, const QVariantList &values);
    // Drops the statement prepared on the server (see forgetPrepared).
    void forget();

private:
    QString m_statement;
    std::unique_ptr<QSqlQuery> m_query;
    const QSqlDriver *m_driver = nullptr; // which connection's (a key only)
};

// Before `db` is opened again (a team server's reconnect): every statement prepared on it is dropped while the old
// session is still there to drop it from, and prepared anew on its next run. (Dropped later, QPSQL's DEALLOCATE of
// a name the new session never had would fail, and abort the transaction it ran in.)
void forgetPrepared(QSqlDatabase &db);

// Runs a statement that returns one value (or none: an invalid QVariant).
Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// After the last row of a loop over `query`: an error when stepping stopped on a failure (a damaged page, an
// I/O error) instead of at the end of the rows. QSqlQuery::next() returns false for both, so every loop over a
// query checks this after it; a damaged file must never look like fewer rows. (A query read for one row needs no
// check: QSQLITE steps the first row inside exec(), so sql::run() already fails when that row cannot be read.)
Status finished(const QSqlQuery &query);

// Steps `query` to its next row: true on a row, false after the last one, an error when stepping failed. For a
// query read for one row, where "no row" means "not found".
Result<bool> next(QSqlQuery &query);

// Registers the open database behind `driver` (its file and backup folder), so that a damaged page met in any
// query names the newest backup to restore. unregisterDatabase() when the connection closes.
void registerDatabase(const QSqlDriver *driver, const QString &databasePath, const QString &backupFolder);
void unregisterDatabase(const QSqlDriver *driver);

// The writers this process lends to a background thread (Database::lendWriter), by database path: at most one
// loan per file, and at most one borrowed connection per loan.
namespace loans {
bool begin(const QString &path); // false: already lent
void end(const QString &path);
bool borrow(const QString &path); // false: not lent, or already borrowed
void giveBack(const QString &path);
bool isLent(const QString &path);
} // namespace loans

// The newest backup of the database `databasePath` in `backupFolder` (automatic ones are named
// "BASE-TIME-REASON.sqlite"), or empty when there is none.
QString newestBackup(const QString &databasePath, const QString &backupFolder);

// "The database is damaged … restore the latest backup …", naming the newest backup when there is one.
QString damagedMessage(const QString &detail, const QString &newestBackupPath);

// The one message for a full disk, the same wherever it happens (SECURITY.md quotes it).
QString diskFullMessage();

// A message for the user about a failed statement: disk full, read-only, locked and damaged files say what to do.
// With the driver of the query, a damaged file names the newest backup of that database.
QString describe(const QSqlError &error, const QSqlDriver *driver = nullptr);

// SQL NULL for empty optional text (an invalid QVariant binds as NULL; an empty QString binds as '').
QVariant nullable(const QString &text);

// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(const QString &text);

// Conditions on a defect aliased `d`, shared by every defect query so that they agree.
// isOverdue() (domain/review.h) in SQL; binds one value: today as an ISO date.
QString overdueDefect();
// The defect's owner is the bound user, compared case-insensitively (user names are; see roles::samePerson).
QString ownerIs();

} // namespace sagstjek::sql
