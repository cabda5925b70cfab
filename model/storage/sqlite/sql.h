#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace sagstjek {

// Runs `work` inside one transaction on `db`; commits when it returns ok, rolls back otherwise. Nested calls
// become savepoints.
Status inTransaction(QSqlDatabase &db, const std::function<Status()> &work);

} // namespace sagstjek

namespace sagstjek::sql {

// Prepares `statement`, binds `values` positionally (never by concatenation) and executes it.
// Queries that only step forward get setForwardOnly(true), so QSQLITE does not cache every row.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Runs a statement that returns one value (or none: an invalid QVariant).
Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// A message for the user about a failed statement: disk full, read-only, locked and damaged files say what to do.
QString describe(const QSqlError &error);

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
