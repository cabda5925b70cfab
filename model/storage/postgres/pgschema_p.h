#pragma once

#include <QString>

// Inside the team server's schema (pgschema.cpp, pgwrites.cpp): not for the rest of the app.
namespace sagstjek::pgschema {

// SELECT of the digest auditlog::rowDigest makes of the `table` row whose key is `first` (an answer's: its review) and
// `second` (its item's key): the state columns read as text (bigint and text only, so ::text is what the app reads).
// The chain trigger digests the rows a unit of work touched with it, sagstjek_write_item the answer it compares.
QString rowDigestSelect(const QString &table, const QString &first, const QString &second = {});

// The functions through which the app writes in one statement, each as the login (pgwrites.cpp): an item's change
// (sagstjek_write_item, schema 14), a unit of work's audit records (sagstjek_write_records) and a review's start
// (sagstjek_start_review, schema 16).
QString writeItemFunction();
QString writeRecordsFunction();
QString startReviewFunction();

} // namespace sagstjek::pgschema
