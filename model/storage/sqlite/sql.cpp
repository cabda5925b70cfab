#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sagstjek::sql {

QString describe(const QSqlError &error)
{
    // SQLite's primary result code (an extended code's low byte), so the user learns what to do about it.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("sagstjek::Database",
                                           "The disk is full: nothing was saved. Free some space on the disk that "
                                           "holds the database, then try again.");
    case 8: // SQLITE_READONLY
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
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("sagstjek::Database",
                                           "The database is damaged (%1). Restore it from a backup "
                                           "(sagstjek-cli restore FILE).")
            .arg(error.text());
    default:
        return QCoreApplication::translate("sagstjek::Database", "Database error: %1").arg(error.text());
    }
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(
            QCoreApplication::translate("sagstjek::Database", "Database error: %1").arg(query.lastError().text()));
    for (const QVariant &value : values) {
        // A null QString is text that happens to be empty; only an invalid QVariant means SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return databaseError(describe(query.lastError()));
    return query;
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
