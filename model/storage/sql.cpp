#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sagstjek::sql {

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(QCoreApplication::translate("sagstjek::Database", "Database error: %1")
                                 .arg(query.lastError().text()));
    for (const QVariant &value : values) {
        // A null QString is text that happens to be empty; only an invalid QVariant means SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return databaseError(QCoreApplication::translate("sagstjek::Database", "Database error: %1")
                                 .arg(query.lastError().text()));
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

} // namespace sagstjek::sql
