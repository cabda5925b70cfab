#pragma once

// CSV writer for files that Danish Excel opens with a double click: UTF-8 with BOM, ';', CRLF,
// decimal comma. Quoting per RFC 4180 (fields holding the separator, a quote, CR or LF are quoted,
// quotes doubled). Formula injection (OWASP "CSV injection") is neutralised: a text cell starting
// with '=', '+', '-', '@', TAB or CR gets a leading apostrophe. Number cells are written as numbers
// and never touched, so -2 stays a number while the text "-2+3" becomes '-2+3. Text that has
// apostrophes before such a character gets one more ("'=x" → "''=x"), so CsvReader's
// removeFormulaGuard reads every text back as it was.
//
// The writer writes to a QIODevice it does not own; give it a QSaveFile and commit() after
// finish() succeeded, so a failed export leaves the previous file intact.

#include "cell.h"
#include "iotypes.h"

#include <QList>

class QIODevice;

namespace sagstjek::io {

struct CsvDialect {
    char separator = ';';
    bool writeBom = true; // UTF-8 BOM: Excel then reads æøå correctly
    QByteArray lineEnding = QByteArrayLiteral("\r\n");
    QChar decimalSeparator = u',';                     // Danish Excel; use '.' for machine-readable files
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // QDate::toString format
    bool quoteAllText = false;                         // quote every text cell, not only those that need it

    static CsvDialect danishExcel() { return {}; }
    // ',' separator, '.' decimals, no BOM, CRLF: RFC 4180 for other programs.
    static CsvDialect rfc4180();
};

class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device, const CsvDialect &dialect = CsvDialect::danishExcel());
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    bool writeRow(const QList<Cell> &cells);
    bool writeTextRow(const QStringList &cells); // every cell as text (headers, mostly)
    // Writes what is buffered; call before committing the QSaveFile. Returns false on a write error.
    bool finish();
    const IoError &error() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

    // The single-field helpers, public for the XLSX writer and tests.
    static bool needsFormulaNeutralisation(QStringView text);
    static QString neutraliseFormula(const QString &text); // prefixes "'" when needed
    QByteArray encodeField(const Cell &cell) const;

private:
    bool flushIfLarge(bool force);

    QIODevice *m_device;
    CsvDialect m_dialect;
    QByteArray m_buffer;
    IoError m_error;
    qint64 m_rows = 0;
    bool m_bomWritten = false;
};

// The whole table as bytes, headers first.
QByteArray writeCsv(const QStringList &headers, const QList<QList<Cell>> &rows,
                    const CsvDialect &dialect = CsvDialect::danishExcel());

} // namespace sagstjek::io
