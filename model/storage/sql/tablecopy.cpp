#include "storage/sql/tablecopy.h"

#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>
#include <utility>

namespace sagstjek::tablecopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// Bound values per INSERT: enough rows to save the round trips, well under both drivers' limits on parameters.
constexpr int ValuesPerInsert = 2000;

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

} // namespace

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString insertStatement(const QSqlDatabase &db, const Table &table, int rows)
{
    QStringList columns;
    for (const QString &column : table.columns)
        columns << quoted(db, column);
    const QString one =
        QLatin1Char('(') + QStringList(table.columns.size(), QStringLiteral("?")).join(u", ") + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(db, table.name), columns.join(u", "), QStringList(rows, one).join(u", "));
}

int rowsPerInsert(const Table &table)
{
    return std::max<int>(1, ValuesPerInsert / std::max<int>(1, int(table.columns.size())));
}

BatchInsert::BatchInsert(QSqlDatabase &db, Table table)
    : m_db(db)
    , m_table(std::move(table))
    , m_rowsPerInsert(rowsPerInsert(m_table))
    , m_full(insertStatement(db, m_table, m_rowsPerInsert))
{
}

Status BatchInsert::add(const QVariantList &row)
{
    m_values << row;
    if (++m_rows < m_rowsPerInsert)
        return Ok{};
    auto written = m_full.run(m_db, m_values);
    m_values.clear();
    m_rows = 0;
    if (!written)
        return written.error();
    return Ok{};
}

Status BatchInsert::flush()
{
    if (m_rows == 0)
        return Ok{};
    const QVariantList values = std::exchange(m_values, {});
    const int rows = std::exchange(m_rows, 0);
    auto written = sql::run(m_db, insertStatement(m_db, m_table, rows), values);
    if (!written)
        return written.error();
    return Ok{};
}

Result<QList<Table>> serverTables(QSqlDatabase &server)
{
    QMap<QString, Table> tables;
    auto columns =
        sql::run(server, QStringLiteral("SELECT c.table_name, c.column_name, c.is_identity "
                                        "FROM information_schema.columns c JOIN information_schema.tables t "
                                        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                                        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                                        "AND c.table_name <> 'schema_version' "
                                        "ORDER BY c.table_name, c.ordinal_position"));
    if (!columns)
        return columns.error();
    while (columns->next()) {
        const QString name = columns->value(0).toString();
        const QString column = columns->value(1).toString();
        if (!isPlainName(name) || !isPlainName(column))
            return invalidInput(tr("The server's table %1 (column %2) is not one of Sagstjek's.").arg(name, column));
        Table &table = tables[name];
        table.name = name;
        table.columns << column;
        if (column == u"id" && columns->value(2).toString() == u"YES")
            table.hasIdentity = true;
    }
    if (auto done = sql::finished(columns.value()); !done)
        return done.error();

    // Children point at their parents: a table comes after every table it refers to (Kahn's order, by name
    // among equals, so every copy goes the same way).
    QMap<QString, QSet<QString>> parents;
    auto keys = sql::run(server, QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text "
                                                "FROM pg_constraint WHERE contype = 'f' "
                                                "AND connamespace = current_schema()::regnamespace"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        const QString child = keys->value(0).toString();
        const QString parent = keys->value(1).toString();
        if (child != parent)
            parents[child].insert(parent);
    }
    if (auto done = sql::finished(keys.value()); !done)
        return done.error();
    QList<Table> ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const Table &table : std::as_const(tables)) {
            if (placed.contains(table.name))
                continue;
            const QSet<QString> &needs = parents.value(table.name);
            if (std::all_of(needs.begin(), needs.end(), [&](const QString &p) { return placed.contains(p); })) {
                ordered << table;
                placed.insert(table.name);
                progress = true;
            }
        }
        if (!progress)
            return invalidInput(tr("The server's tables refer to each other in a circle; they cannot be copied."));
    }
    return ordered;
}

Status checkFileColumns(QSqlDatabase &file, const Table &table)
{
    const QSqlRecord record = file.record(table.name);
    if (record.isEmpty())
        return invalidInput(tr("The file has no table %1, which the server has.").arg(table.name));
    QSet<QString> inFile;
    for (int i = 0; i < record.count(); ++i)
        inFile.insert(record.fieldName(i));
    const QSet<QString> onServer(table.columns.begin(), table.columns.end());
    const QStringList onlyOnServer = QStringList((onServer - inFile).values());
    const QStringList onlyInFile = QStringList((inFile - onServer).values());
    if (!onlyOnServer.isEmpty() || !onlyInFile.isEmpty())
        return invalidInput(tr("The table %1 differs between the file and the server (only in the file: %2; only on "
                               "the server: %3).")
                                .arg(table.name, onlyInFile.join(u", "), onlyOnServer.join(u", ")));
    return Ok{};
}

Result<qint64> count(QSqlDatabase &db, const QString &table)
{
    auto rows = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table)));
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

Result<qint64> copy(QSqlDatabase &from, QSqlDatabase &to, const Table &table)
{
    QStringList columns;
    for (const QString &column : table.columns)
        columns << quoted(from, column);
    QString statement = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), quoted(from, table.name));
    if (table.columns.contains(QStringLiteral("id")))
        statement += QStringLiteral(" ORDER BY id");
    auto rows = sql::run(from, statement);
    if (!rows)
        return rows.error();
    BatchInsert insert(to, table);
    qint64 written = 0;
    const int width = int(table.columns.size());
    QVariantList row;
    row.reserve(width);
    while (rows->next()) {
        row.clear();
        for (int i = 0; i < width; ++i) {
            // NULL as NULL: sql::run binds a typed null text as '' (for the app's optional fields).
            const QVariant value = rows->value(i);
            row << (value.isNull() ? QVariant() : value);
        }
        if (auto added = insert.add(row); !added)
            return added.error();
        ++written;
    }
    if (auto done = sql::finished(rows.value()); !done)
        return done.error();
    if (auto flushed = insert.flush(); !flushed)
        return flushed.error();
    return written;
}

Status followIdentity(QSqlDatabase &server, const Table &table)
{
    if (!table.hasIdentity)
        return Ok{};
    auto set = sql::run(server,
                        QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                       "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                            .arg(quoted(server, table.name)),
                        {table.name});
    if (!set)
        return set.error();
    return Ok{};
}

} // namespace sagstjek::tablecopy
