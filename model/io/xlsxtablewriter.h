#pragma once

// XLSX writer (named xlsxtablewriter.h so it never shadows libxlsxwriter's <xlsxwriter.h>).
//
// Every sheet gets a bold header row, a frozen header pane, an autofilter over the data, and column
// widths from the content (capped). Text is always written as an inline string (never as a formula,
// so "=1+1" stays text), numbers as numbers, dates as real dates in a dd-mm-yyyy number format.
// Rows are streamed to a temporary file per sheet, so a million rows do not sit in memory.
//
// Why not libxlsxwriter: libxlsxwriter writes its zip through Debian's libminizip, and QuaZip (which
// the reader needs) exports the same minizip symbols (zipOpen3, unzOpen…) from its own patched copy.
// In one process the dynamic linker binds libminizip's internal calls to QuaZip's versions and
// workbook_close() crashes (SIGSEGV in QuaZip's qiodevice_open_file_func). So the SpreadsheetML is
// written here, about 300 lines, and zipped with QuaZip.
//
// Atomic output: the workbook is written to a temporary file in the target's directory
// ("<target>.XXXXXX.tmp") and renamed over the target by finish(); on any error, or when the writer
// is destroyed without finish(), the temporary file is removed and the target is untouched.

#include "cell.h"
#include "iotypes.h"

#include <memory>

namespace sagstjek::io {

struct XlsxWriteOptions {
    int minColumnWidth = 8;                            // in characters
    int maxColumnWidth = 60;                           // content wider than this is cut off visually (not in the data)
    QString dateFormat = QStringLiteral("dd-mm-yyyy"); // Excel number format for date cells
    // Excel holds at most 32,767 characters in a cell. false: a longer text is an error;
    // true: it is cut to 32,766 characters plus "…".
    bool truncateLongText = false;
};

class XlsxTableWriter {
public:
    explicit XlsxTableWriter(const QString &targetPath, const XlsxWriteOptions &options = {});
    ~XlsxTableWriter(); // removes the temporary file if finish() was not reached
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // Starts a new sheet (the previous one is closed). The name must be a valid Excel sheet name
    // (see safeSheetName()).
    bool addSheet(const QString &name, const QStringList &headers);
    bool writeRow(const QList<Cell> &cells);
    // Writes the workbook and renames it over the target path.
    bool finish();
    const IoError &error() const;

    // A valid, Excel-safe sheet name: []:*?/\ replaced by '_', at most 31 characters, not empty,
    // no leading or trailing apostrophe.
    static QString safeSheetName(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct XlsxSheetData {
    QString name;
    QStringList headers;
    QList<QList<Cell>> rows;
};

// Writes all sheets in one go; returns the error, empty on success.
IoError writeXlsxFile(const QString &targetPath, const QList<XlsxSheetData> &sheets,
                      const XlsxWriteOptions &options = {});

} // namespace sagstjek::io
