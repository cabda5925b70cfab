#pragma once

// Streaming reader of one worksheet of an .xlsx workbook (Office Open XML, transitional or strict),
// built on QuaZip and QXmlStreamReader.
//
// - Sheets are listed from xl/workbook.xml and found through xl/_rels/workbook.xml.rels.
// - Cell values: shared strings (rich-text runs joined, phonetic runs skipped), inline strings,
//   numbers (as written in the file, '.' decimals), booleans ("TRUE"/"FALSE"), formula results
//   (t="str"), errors ("#DIV/0!"), ISO dates (t="d"). _xHHHH_ escapes are decoded.
// - Numbers styled with a date format (built-in 14–17 and 22, or a custom format with d/m/y) become
//   ISO "yyyy-MM-dd" ("yyyy-MM-ddTHH:mm:ss" for date-time formats with a time; "HH:mm:ss" for time
//   formats), honouring the 1900 leap-year bug and the 1904 date system. rowKinds() tells which.
// - Gaps (r="C5") are filled with empty cells. The first non-empty row is the header (trailing empty
//   header cells dropped); empty rows are skipped; rowNumber() is the sheet's own row number.
// - Defences: limits on total and per-entry uncompressed bytes and on the compression ratio,
//   counted on the bytes actually inflated (declared sizes are checked too, never trusted alone);
//   limits on rows, columns, cell text and shared-string count. Each failure is a clear error.

#include "iotypes.h"

#include <memory>

class QIODevice;

namespace sagstjek::io {

struct XlsxLimits {
    qint64 maxTotalUncompressedBytes = 512LL * 1024 * 1024;
    qint64 maxEntryUncompressedBytes = 256LL * 1024 * 1024;
    // Inflated bytes : compressed bytes consumed so far, per entry (XML usually compresses 5–30×,
    // zip bombs about 1000×), checked once an entry has inflated beyond ratioGraceBytes.
    qint64 maxCompressionRatio = 250;
    qint64 ratioGraceBytes = 4 * 1024 * 1024;
    qint64 maxSharedStrings = 5'000'000;
    // The memory the shared strings take once read (two bytes a character plus about 40 bytes of bookkeeping a
    // string): read as a stream, they are the only part of a workbook held whole, so this bounds what a workbook
    // with a huge, poorly compressible string table costs (issue 14) while leaving room for a million cases.
    qint64 maxSharedStringBytes = 192LL * 1024 * 1024;
    qint64 maxCellChars = 1024 * 1024;
    int maxColumns = 16384;     // Excel's own limit (XFD)
    qint64 maxRows = 1'048'576; // Excel's own limit
};

struct XlsxOptions {
    XlsxLimits limits;
    bool convertDates = true; // false: date-styled numbers stay serial numbers (rowKinds() still says Date)
    // false: a value in a column to the right of the last header is an error; true: it is dropped.
    bool allowCellsBeyondHeader = false;
    // The sheet row (r="…") of the header: the first non-empty row from there on is the header; the rows
    // above it (title rows) are ignored.
    qint64 headerRow = 1;
};

struct XlsxSheetInfo {
    QString name;
    QString partName; // e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

enum class CellKind { Empty, Text, Number, Boolean, Date, DateTime, Time, Error };

class XlsxReader final : public TableReader {
public:
    explicit XlsxReader(const XlsxOptions &options = {});
    ~XlsxReader() override;

    // Opens the workbook: sheet list, styles, shared strings. Does not open a sheet yet.
    bool open(const QString &path);
    bool open(QIODevice *device); // not owned; must stay open while reading

    QList<XlsxSheetInfo> sheets() const;
    bool date1904() const;

    // Starts reading a sheet (0-based index, or by name: exact first, then ignoring case) and reads
    // its header row. A workbook can be read sheet after sheet by selecting again.
    bool selectSheet(int index);
    bool selectSheet(const QString &name);

    QStringList headers() const override;
    bool readRow(QStringList &row) override;
    // Kinds of the cells of the row last returned by readRow() (or of the header after selectSheet()).
    QList<CellKind> rowKinds() const;
    qint64 rowNumber() const override;
    const IoError &error() const override;

    qint64 uncompressedBytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Reads one sheet (the first when sheetName is empty) into memory.
TableResult readXlsxFile(const QString &path, const QString &sheetName = {}, const XlsxOptions &options = {});

// "A" → 0, "XFD" → 16383; -1 when not a column reference. Parses "C5" into column 2 / row 5.
int xlsxColumnIndex(QStringView letters);
bool parseCellReference(QStringView ref, int *column, qint64 *row);
QString xlsxColumnName(int index);

} // namespace sagstjek::io
