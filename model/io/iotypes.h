#pragma once

// Common value types of the file readers and writers in sagstjek::io.
// Errors are values: nothing in this library throws across its API.

#include <QList>
#include <QString>
#include <QStringList>

namespace sagstjek::io {

// An error with its position in the file. All numbers are 1-based; 0 (or -1 for the byte offset)
// means "not known / not applicable". The message is plain English, meant for a log or a dialog
// (the UI layer may wrap it in a translated sentence).
struct IoError {
    QString message;
    qint64 row = 0;         // spreadsheet row: CSV record number counting the header as row 1; XLSX r="…"
    int column = 0;         // 1-based column (field) number
    qint64 line = 0;        // CSV only: physical line number (differs from row when fields hold line breaks)
    qint64 byteOffset = -1; // offset in the file (CSV: in the original bytes, when known)

    bool isError() const { return !message.isEmpty(); }
    explicit operator bool() const { return isError(); }
    // "Row 12, column 3 (line 14, byte 5120): <message>"
    QString toString() const;
};

struct Table {
    QStringList headers;
    QList<QStringList> rows;
};

// A table read in one go, or the first error. On error, table holds what was read before it.
struct TableResult {
    Table table;
    IoError error;
    bool ok() const { return !error.isError(); }
};

// Streaming access to a table file. Typical use:
//     CsvReader reader; if (!reader.open(path)) { report(reader.error()); }
//     QStringList row; while (reader.readRow(row)) { … } if (reader.hasError()) { report(reader.error()); }
class TableReader {
public:
    virtual ~TableReader();
    TableReader() = default;
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    virtual QStringList headers() const = 0;
    // Reads the next data row into row (always headers().size() fields when it returns true).
    // Returns false at the end of the data or on error; tell them apart with hasError().
    virtual bool readRow(QStringList &row) = 0;
    // The 1-based file row of the row last returned by readRow() (the header row is row 1 in
    // a CSV file, or its r="…" number in a sheet).
    virtual qint64 rowNumber() const = 0;
    virtual const IoError &error() const = 0;
    bool hasError() const { return error().isError(); }

    // Reads all remaining rows. Returns false on error (see error()); rows read so far stay in out.
    bool readAll(Table &out);
};

} // namespace sagstjek::io
