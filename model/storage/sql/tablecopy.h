#pragma once

#include "core/result.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sagstjek::tablecopy {

// Copying a whole Sagstjek database between the two backends, table by table, row for row (`server import-file`
// and `server export-file`, issue 11). Both sides have the same schema version, so the same tables and columns;
// the copy checks that instead of trusting it. Identifiers come from the server's catalog and are quoted by the
// driver; every value is bound.

struct Table {
    QString name;
    QStringList columns;      // in the server's order
    bool hasIdentity = false; // an `id` the server numbers itself (its sequence must follow the copied ids)
};

// The tables of the Sagstjek database on `server`, parents before children (by its foreign keys), without
// schema_version, which each side keeps for itself.
Result<QList<Table>> serverTables(QSqlDatabase &server);

// Refuses when `table` in the file `file` has other columns than on the server: a row would not fit, or part of it
// would be lost.
Status checkFileColumns(QSqlDatabase &file, const Table &table);

// The rows of `table`.
Result<qint64> count(QSqlDatabase &db, const QString &table);

// Copies the rows of `table` from `from` into `to` (ordered by id where there is one), many rows per INSERT.
// Returns how many were written. Runs inside the caller's transactions on both sides.
Result<qint64> copy(QSqlDatabase &from, QSqlDatabase &to, const Table &table);

// The server's identity sequence of `table` set past its largest id, so that the next row the server numbers
// does not collide with a copied one.
Status followIdentity(QSqlDatabase &server, const Table &table);

// `name` quoted as an identifier of `db`'s dialect.
QString quoted(const QSqlDatabase &db, const QString &name);

// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)" for `rows` rows.
QString insertStatement(const QSqlDatabase &db, const Table &table, int rows);
// How many rows of `table` one INSERT takes: enough to save the round trips, well under both drivers' limits on
// bound values.
int rowsPerInsert(const Table &table);

// Rows given one by one and written rowsPerInsert at a time (a round trip a row costs more than the row); flush()
// writes the rest. The full-size INSERT is prepared once.
class BatchInsert {
public:
    BatchInsert(QSqlDatabase &db, Table table);
    Status add(const QVariantList &row);
    Status flush();

private:
    QSqlDatabase &m_db;
    Table m_table;
    int m_rowsPerInsert;
    sql::Prepared m_full;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace sagstjek::tablecopy
