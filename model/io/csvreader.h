#pragma once

// Streaming CSV reader for exports from municipal case systems and Excel.
//
// - Separator ';', ',' or TAB, detected from the header line (outside quotes) or forced.
//   An Excel "sep=X" first line is honoured and skipped.
// - Encoding UTF-8 (BOM or not), UTF-16LE/BE (BOM, or a NUL-byte pattern), Windows-1252 (detected
//   when the start of the file is not valid UTF-8), or forced. In Auto mode a file that looked like
//   ASCII-only UTF-8 and later shows an invalid byte is read as Windows-1252 from then on (both
//   agree on ASCII, so nothing read earlier changes); if it had already shown real UTF-8, the
//   invalid byte is an error, as it is whenever UTF-8 is forced.
// - RFC 4180 quoting: separators, doubled quotes and CR/LF/CRLF line breaks inside quotes.
//   Text after a closing quote is kept as Excel does ("ab"c → abc).
// - Empty lines are skipped everywhere (they still count as rows for numbering).
// - A row whose field count differs from the header's is an error, unless allowRaggedRows.
// - Limits on field length, columns and rows give clear errors early; memory use is bounded by
//   one read chunk (1 MiB) plus the current record.
// - headerRow: the header may be further down (title rows above it in many municipal exports); the
//   rows above it are skipped, and the separator is detected from the header's line.
// - removeFormulaGuard: the apostrophe CsvWriter puts before formula-like text is taken off again
//   (only before one of = + - @ TAB CR, possibly after more apostrophes), so an export reads back as
//   it was.

#include "iotypes.h"
#include "textcodec.h"

#include <memory>

class QIODevice;

namespace sagstjek::io {

struct CsvLimits {
    qint64 maxFieldBytes = 1024 * 1024; // per field, in encoded bytes (UTF-16 counts as UTF-8)
    int maxColumns = 1000;
    qint64 maxRows = 10'000'000; // data rows, header excluded
};

struct CsvOptions {
    TextEncoding encoding = TextEncoding::Auto;
    char separator = 0; // 0 = detect; otherwise any ASCII character but '"', CR and LF
    // false: a row with another number of fields than the header is an error.
    // true: short rows are padded with empty fields; surplus fields are dropped when empty,
    // and an error when they hold something.
    bool allowRaggedRows = false;
    // The file row (1-based, counted like rowNumber()) of the header: the first non-empty row from
    // there on is the header; the rows above it are ignored.
    qint64 headerRow = 1;
    bool removeFormulaGuard = false;
    CsvLimits limits;
};

// The value CsvWriter::neutraliseFormula() was given: "'=1+1" → "=1+1", "''=x" → "'=x"; any other
// text ("'Hansen", "=1+1") is returned as it is.
QString removeFormulaGuard(const QString &text);

class CsvReader final : public TableReader {
public:
    explicit CsvReader(const CsvOptions &options = {});
    ~CsvReader() override;

    // Opens the file, detects encoding and separator and reads the header row.
    // Returns false with error() set when any of that fails.
    bool open(const QString &path);
    // Same, reading from device's current position. The device is not owned and must stay open.
    bool open(QIODevice *device);

    QStringList headers() const override;
    bool readRow(QStringList &row) override;
    qint64 rowNumber() const override;
    // Physical line on which the row last returned started.
    qint64 lineNumber() const;
    const IoError &error() const override;

    // The encoding in use: the forced one, or the detected one (may switch from UTF-8 to
    // Windows-1252 while reading in Auto mode, see above).
    TextEncoding encoding() const;
    bool hadByteOrderMark() const;
    char separator() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

TableResult readCsvFile(const QString &path, const CsvOptions &options = {});
TableResult readCsvData(const QByteArray &data, const CsvOptions &options = {});

} // namespace sagstjek::io
