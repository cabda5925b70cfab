// libFuzzer target: CsvReader on arbitrary bytes, plus a write-then-read round-trip property.
// The first byte picks the options (encoding, separator, ragged rows); the rest is the file.

#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace sagstjek::io;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    CsvOptions options;
    constexpr TextEncoding encodings[] = {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16LE,
                                          TextEncoding::Utf16BE, TextEncoding::Windows1252};
    options.encoding = encodings[(mode & 0x07) % 5];
    constexpr char separators[] = {0, ';', ',', '\t'};
    options.separator = separators[(mode >> 3) & 0x03];
    options.allowRaggedRows = (mode & 0x20) != 0;
    options.limits.maxFieldBytes = 4096; // keep each run fast; the limit logic is what matters
    options.limits.maxColumns = 64;
    options.limits.maxRows = 10000;

    const TableResult first = readCsvData(input, options);
    if (!first.ok()) {
        if (first.error.message.isEmpty())
            std::abort();
        return 0;
    }
    for (const QStringList &row : first.table.rows) {
        if (row.size() != first.table.headers.size())
            std::abort(); // every row is as wide as the header
    }

    // Round trip: what we read, written by CsvWriter and read again, is the same table (text cells
    // that could start a formula come back with the apostrophe the writer added).
    QList<QList<Cell>> rows;
    for (const QStringList &row : first.table.rows) {
        QList<Cell> cells;
        for (const QString &s : row)
            cells.append(Cell(s));
        rows.append(cells);
    }
    CsvDialect dialect;
    dialect.separator = (mode & 0x40) ? ',' : ';';
    const QByteArray written = writeCsv(first.table.headers, rows, dialect);
    CsvOptions back;
    back.separator = dialect.separator;
    back.encoding = TextEncoding::Utf8;
    back.limits.maxFieldBytes = 64 * 1024;
    back.limits.maxColumns = 64;
    const TableResult second = readCsvData(written, back);
    if (!second.ok())
        std::abort();
    auto neutralised = [](const QStringList &row) {
        QStringList out;
        for (const QString &s : row)
            out.append(CsvWriter::neutraliseFormula(s));
        return out;
    };
    if (second.table.headers != neutralised(first.table.headers))
        std::abort();
    // Rows whose every field is empty in a one-column table are written as "" and read back.
    if (second.table.rows.size() != first.table.rows.size())
        std::abort();
    for (qsizetype i = 0; i < first.table.rows.size(); ++i) {
        if (second.table.rows[i] != neutralised(first.table.rows[i]))
            std::abort();
    }
    return 0;
}
