// Tests of sagstjek::io::XlsxReader and XlsxTableWriter: cell types, dates, gaps, sheets, damaged
// files, zip bombs, and a write-then-read round trip.

#include "io/xlsxreader.h"
#include "io/xlsxtablewriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;
using namespace sagstjek::io;

Q_DECLARE_METATYPE(sagstjek::io::XlsxLimits)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SAGSTJEK_FIXTURES) + u"/io/"_s + name;
}

QByteArray zipEntry(const QString &zipPath, const QString &entry)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestIoXlsx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sheetList();
    void cellTypesGapsAndDates();
    void kindsOfTheRow();
    void datesCanStaySerials();
    void aBuiltInDurationStaysANumber();
    void choosingASheet_data();
    void choosingASheet();
    void date1904System();
    void largeSheetStreamsAcrossChunks();
    void workbookWithoutRelationships();
    void cellsBeyondTheHeader();
    void errors_data();
    void errors();
    void selectingASheetKeepsTheOpenError();
    void zipBombFailsFast_data();
    void zipBombFailsFast();
    void columnNames_data();
    void columnNames();
    void roundTripThroughWriterAndReader();
    void headerRowSkipsTitleRows();
    void writerLeavesTheTargetAloneOnError();
    void writerKeepsFormulasAsText();
    void safeSheetNames_data();
    void safeSheetNames();
};

void TestIoXlsx::sheetList()
{
    XlsxReader reader;
    QVERIFY2(reader.open(fixture(u"cells.xlsx"_s)), qPrintable(reader.error().toString()));
    const QList<XlsxSheetInfo> sheets = reader.sheets();
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets[0].name, u"Sager"_s);
    QCOMPARE(sheets[0].partName, u"xl/worksheets/sheet1.xml"_s);
    QCOMPARE(sheets[1].name, u"Noter"_s);
    QCOMPARE(sheets[2].name, u"Skjult"_s);
    QVERIFY(!sheets[0].hidden);
    QVERIFY(sheets[2].hidden);
    QVERIFY(!reader.date1904());
}

void TestIoXlsx::cellTypesGapsAndDates()
{
    const TableResult result = readXlsxFile(fixture(u"cells.xlsx"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.headers,
             QStringList({u"Sagsnummer"_s, u""_s, u"Borger"_s, u"Dato"_s, u"Tal"_s, u"Sand"_s, u"Formel"_s}));
    QCOMPARE(result.table.rows.size(), 3); // row 5 is empty and skipped
    // Shared string, a gap, rich text without the phonetic run, date, number, boolean, formula result.
    QCOMPARE(result.table.rows[0], QStringList({u"Sagsnummer"_s, u""_s, u"Søren Ærø"_s, u"2019-03-05"_s, u"12.5"_s,
                                                u"TRUE"_s, u"Sagsnummerx"_s}));
    // Cells without r="…", an _x000D_ escape, a custom dd-mm-yyyy date, a "0.00" number, FALSE, an error.
    QCOMPARE(result.table.rows[1], QStringList({u"S-6"_s, u""_s, u"Linje 1\r\nLinje 2"_s, u"2019-12-31"_s, u"-3"_s,
                                                u"FALSE"_s, u"#DIV/0!"_s}));
    // Date-time, time, a [h]:mm duration (a number), a long Danish date format, serial 60 (kept as
    // the number: 29 February 1900 never existed) and serial 61.
    QCOMPARE(result.table.rows[2], QStringList({u"2019-03-05T18:00:00"_s, u"12:00:00"_s, u"1.5"_s, u"2019-03-05"_s,
                                                u"60"_s, u"1900-03-01"_s, u""_s}));
}

void TestIoXlsx::kindsOfTheRow()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"cells.xlsx"_s)));
    QVERIFY(reader.selectSheet(0));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowNumber(), 2);
    QCOMPARE(reader.rowKinds(), QList<CellKind>({CellKind::Text, CellKind::Empty, CellKind::Text, CellKind::Date,
                                                 CellKind::Number, CellKind::Boolean, CellKind::Text}));
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowNumber(), 6);
    QCOMPARE(reader.rowKinds().last(), CellKind::Error);
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowNumber(), 7);
    QCOMPARE(reader.rowKinds().mid(0, 6), QList<CellKind>({CellKind::DateTime, CellKind::Time, CellKind::Number,
                                                           CellKind::Date, CellKind::Number, CellKind::Date}));
    QVERIFY(!reader.readRow(row));
    QVERIFY(!reader.hasError());
}

void TestIoXlsx::datesCanStaySerials()
{
    XlsxOptions options;
    options.convertDates = false;
    XlsxReader reader(options);
    QVERIFY(reader.open(fixture(u"cells.xlsx"_s)));
    QVERIFY(reader.selectSheet(u"Sager"_s));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row[3], u"43529"_s);
    QCOMPARE(reader.rowKinds()[3], CellKind::Date);
}

void TestIoXlsx::aBuiltInDurationStaysANumber()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"durations.xlsx"_s)));
    QVERIFY(reader.selectSheet(0));
    QStringList row;
    QVERIFY(reader.readRow(row));
    // 1.5 in built-in 46, [h]:mm:ss, is 36 hours, not noon: like a custom [h]:mm it stays the number. 0.5 in
    // built-in 21, h:mm:ss, is a time of day.
    QCOMPARE(row, QStringList({u"1.5"_s, u"12:00:00"_s}));
    QCOMPARE(reader.rowKinds(), QList<CellKind>({CellKind::Number, CellKind::Time}));
}

void TestIoXlsx::choosingASheet_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("firstValue");
    QTest::addColumn<qint64>("firstRow");

    QTest::newRow("the second sheet by name, header in row 2 and column B")
        << u"Noter"_s << -1 << QStringList({u""_s, u"Note"_s}) << u"Første note"_s << qint64(3);
    QTest::newRow("a sheet by name ignoring case")
        << u"noter"_s << -1 << QStringList({u""_s, u"Note"_s}) << u"Første note"_s << qint64(3);
    QTest::newRow("a hidden sheet by index")
        << QString() << 2 << QStringList({u"Hemmelig"_s}) << QString() << qint64(0);
}

void TestIoXlsx::choosingASheet()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(QStringList, headers);
    QFETCH(QString, firstValue);
    QFETCH(qint64, firstRow);
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"cells.xlsx"_s)));
    // Read the first sheet partly, then switch: sheets can be read one after the other.
    QVERIFY(reader.selectSheet(0));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QVERIFY2(index >= 0 ? reader.selectSheet(index) : reader.selectSheet(name), qPrintable(reader.error().toString()));
    QCOMPARE(reader.headers(), headers);
    if (firstValue.isEmpty()) {
        QVERIFY(!reader.readRow(row));
        QVERIFY(!reader.hasError());
        return;
    }
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.last(), firstValue);
    QCOMPARE(reader.rowNumber(), firstRow);
}

void TestIoXlsx::date1904System()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"date1904.xlsx"_s)));
    QVERIFY(reader.date1904());
    Table table;
    QVERIFY(reader.selectSheet(0));
    QVERIFY(reader.readAll(table));
    QCOMPARE(table.rows, QList<QStringList>({{u"2019-03-05"_s}}));
}

void TestIoXlsx::largeSheetStreamsAcrossChunks()
{
    XlsxReader reader;
    QVERIFY(reader.open(fixture(u"large_shared_strings.xlsx"_s)));
    QVERIFY(reader.selectSheet(u"Stor"_s));
    QCOMPARE(reader.headers(), QStringList({u"Borger"_s, u"Dato"_s}));
    const QStringList shared{u"Sagsnummer"_s, u"Borger"_s, u"Søren Ærø"_s, u"Linje 1\r\nLinje 2"_s, u"Dato"_s};
    QStringList row;
    qint64 n = 0;
    while (reader.readRow(row)) {
        const qint64 r = reader.rowNumber();
        QCOMPARE(r, n + 2);
        QCOMPARE(row.at(0), shared.at(r % 5));
        QCOMPARE(row.at(1), QDate(1899, 12, 30).addDays(43466 + r).toString(Qt::ISODate));
        ++n;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(n, 6000);
    QVERIFY(reader.uncompressedBytesRead() > 256 * 1024);
}

void TestIoXlsx::workbookWithoutRelationships()
{
    const TableResult result = readXlsxFile(fixture(u"no_rels.xlsx"_s), u"Noter"_s);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.rows, QList<QStringList>({{u""_s, u"Første note"_s}}));
}

void TestIoXlsx::cellsBeyondTheHeader()
{
    TableResult result = readXlsxFile(fixture(u"beyond_header.xlsx"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.row, 3);
    QCOMPARE(result.error.column, 2);
    QVERIFY2(result.error.message.contains(u"B3 has a value, but the header ends at column A"_s),
             qPrintable(result.error.toString()));
    QCOMPARE(result.table.rows, QList<QStringList>({{u"a"_s}})); // an empty cell beyond is fine

    XlsxOptions options;
    options.allowCellsBeyondHeader = true;
    result = readXlsxFile(fixture(u"beyond_header.xlsx"_s), {}, options);
    QVERIFY(result.ok());
    QCOMPARE(result.table.rows, QList<QStringList>({{u"a"_s}, {u"b"_s}}));
}

void TestIoXlsx::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("a file that does not exist")
        << u"no_such_file.xlsx"_s << QString() << u"Could not open"_s << qint64(0) << 0;
    QTest::newRow("a CSV file named .xlsx is not a zip")
        << u"not_a_zip.xlsx"_s << QString() << u"not a zip archive"_s << qint64(0) << 0;
    QTest::newRow("a truncated file") << u"truncated.xlsx"_s << QString() << u"damaged or truncated"_s << qint64(0)
                                      << 0;
    QTest::newRow("a zip that is not a workbook")
        << u"not_a_workbook.xlsx"_s << QString() << u"not an XLSX workbook (it has no xl/workbook.xml)"_s << qint64(0)
        << 0;
    QTest::newRow("a sheet name that does not exist lists the names")
        << u"cells.xlsx"_s << u"Afgørelser"_s << u"no sheet \"Afgørelser\" (it has \"Sager\", \"Noter\", \"Skjult\")"_s
        << qint64(0) << 0;
    QTest::newRow("a sheet listed in the workbook without its part")
        << u"missing_sheet_part.xlsx"_s << u"Væk"_s << u"its part xl/worksheets/sheet2.xml is missing"_s << qint64(0)
        << 0;
    QTest::newRow("shared strings used but missing") << u"no_shared_strings.xlsx"_s << QString()
                                                     << u"Cell A1: refers to shared string 0, but the workbook has no "
                                                        "shared strings"_s
                                                     << qint64(1) << 1;
    QTest::newRow("a shared string index out of range")
        << u"shared_string_out_of_range.xlsx"_s << QString()
        << u"Cell B4: refers to shared string 99, but there are only 6"_s << qint64(4) << 2;
    QTest::newRow("malformed sheet XML") << u"bad_xml.xlsx"_s << QString() << u"not well-formed XML"_s << qint64(2)
                                         << 0;
}

void TestIoXlsx::selectingASheetKeepsTheOpenError()
{
    XlsxReader reader;
    QVERIFY(!reader.open(fixture(u"truncated.xlsx"_s)));
    QVERIFY(!reader.selectSheet(0));
    QVERIFY(reader.error().message.contains(u"damaged or truncated"_s));
    QVERIFY(!reader.selectSheet(u"Sager"_s));
    QVERIFY(reader.error().message.contains(u"damaged or truncated"_s));
    QStringList row;
    QVERIFY(!reader.readRow(row));
}

void TestIoXlsx::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, messagePart);
    QFETCH(qint64, row);
    QFETCH(int, column);
    const TableResult result = readXlsxFile(fixture(file), sheet);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.toString()));
    QCOMPARE(result.error.row, row);
    QCOMPARE(result.error.column, column);
}

void TestIoXlsx::zipBombFailsFast_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<XlsxLimits>("limits");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<qint64>("maxInflated");

    // 200 MB of spaces in 200 KB: the ratio check, on the compressed bytes consumed so far, stops it
    // soon after the 4 MiB grace.
    QTest::newRow("the compression ratio stops a 200 MB entry early")
        << u"zip_bomb.xlsx"_s << XlsxLimits() << u"expands more than 250 times"_s << qint64(8 * 1024 * 1024);
    XlsxLimits entryCap;
    entryCap.maxEntryUncompressedBytes = 100 * 1024 * 1024;
    QTest::newRow("a declared size over the per-entry cap stops it before inflating")
        << u"zip_bomb.xlsx"_s << entryCap << u"would expand to 209715453 bytes, more than the limit"_s
        << qint64(64 * 1024);
    XlsxLimits totalCap;
    totalCap.maxTotalUncompressedBytes = 150 * 1024 * 1024;
    totalCap.maxCompressionRatio = 1'000'000;
    QTest::newRow("a declared size over the total cap stops it before inflating")
        << u"zip_bomb.xlsx"_s << totalCap << u"would expand to more than 157286400 bytes"_s << qint64(64 * 1024);
    QTest::newRow("a declared size that lies small yields no more than declared, then a CRC error")
        << u"zip_bomb_lying_size.xlsx"_s << XlsxLimits() << u"damaged"_s << qint64(64 * 1024);
}

void TestIoXlsx::zipBombFailsFast()
{
    QFETCH(QString, file);
    QFETCH(XlsxLimits, limits);
    QFETCH(QString, messagePart);
    QFETCH(qint64, maxInflated);
    // "Fast" is counted in bytes inflated, not in seconds: a timed check failed on a loaded machine (5.5 s).
    XlsxOptions options;
    options.limits = limits;
    XlsxReader reader(options);
    QVERIFY(reader.open(fixture(file)));
    QVERIFY(!reader.selectSheet(0));
    QVERIFY2(reader.error().message.contains(messagePart), qPrintable(reader.error().toString()));
    QVERIFY2(reader.uncompressedBytesRead() < maxInflated, qPrintable(QString::number(reader.uncompressedBytesRead())));
}

void TestIoXlsx::columnNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::newRow("A is the first column") << u"A"_s << 0;
    QTest::newRow("Z") << u"Z"_s << 25;
    QTest::newRow("AA follows Z") << u"AA"_s << 26;
    QTest::newRow("AZ") << u"AZ"_s << 51;
    QTest::newRow("XFD is Excel's last column") << u"XFD"_s << 16383;
}

void TestIoXlsx::columnNames()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QCOMPARE(xlsxColumnIndex(name), index);
    QCOMPARE(xlsxColumnName(index), name);
    int col = -1;
    qint64 row = -1;
    QVERIFY(parseCellReference(QString(name + u"17"_s), &col, &row));
    QCOMPARE(col, index);
    QCOMPARE(row, 17);
    QCOMPARE(xlsxColumnIndex(u"A1"_s), -1);
}

void TestIoXlsx::headerRowSkipsTitleRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"titel.xlsx"_s);
    // Row 1 a title, row 2 empty, row 3 the headers, row 4 a case.
    const QList<XlsxSheetData> sheets = {
        {u"Sager"_s,
         {u"Sagsliste Jobcenter Nord"_s},
         {{},
          {Cell(u"Sagsnummer"_s), Cell(u"Navn"_s), Cell(u"Område"_s)},
          {Cell(u"S-1"_s), Cell(u"Åse"_s), Cell(u"integration"_s)}}},
    };
    const IoError error = writeXlsxFile(path, sheets);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!readXlsxFile(path).ok()); // row 1 as the header: the cases reach beyond it
    XlsxOptions options;
    options.headerRow = 2; // empty: the first non-empty row from there on
    XlsxReader reader(options);
    QVERIFY(reader.open(path));
    QVERIFY2(reader.selectSheet(0), qPrintable(reader.error().toString()));
    QCOMPARE(reader.headers(), QStringList({u"Sagsnummer"_s, u"Navn"_s, u"Område"_s}));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, QStringList({u"S-1"_s, u"Åse"_s, u"integration"_s}));
    QCOMPARE(reader.rowNumber(), 4);
    QVERIFY(!reader.readRow(row));
    QVERIFY(!reader.hasError());
    options.headerRow = 5;
    XlsxReader beyond(options);
    QVERIFY(beyond.open(path));
    QVERIFY(!beyond.selectSheet(0));
    QVERIFY(beyond.error().message.contains(u"row 5"_s));
}

void TestIoXlsx::roundTripThroughWriterAndReader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"styringsark.xlsx"_s);
    const QString longNote = QString(500, u'x');
    const QList<XlsxSheetData> sheets = {
        {u"Sager"_s,
         {u"Sagsnr"_s, u"Note"_s, u"Beløb"_s, u"Dato"_s, u"Tom"_s},
         {{Cell(u"S-1"_s), Cell(u"=1+1"_s), Cell::fromNumber(-2), Cell::fromDate(QDate(2019, 3, 5)), Cell()},
          {Cell(u"S-2"_s), Cell(u"Søren \"Ærø\"\r\nlinje 2"_s), Cell::fromNumber(12.5),
           Cell::fromDate(QDate(2020, 2, 29)), Cell()},
          {Cell(u"S-3"_s), Cell(u"@SUM(A1)"_s), Cell::fromNumber(1234567890123.0), Cell::fromDate(QDate()), Cell()},
          {Cell(u"S-4"_s), Cell(longNote), Cell(u"-2+3"_s), Cell(u"\t=x"_s), Cell(u"ctrl\x01"_s)}}},
        {u"Æøå ark"_s, {u"Kun"_s}, {{Cell(u"én"_s)}}},
    };
    const IoError error = writeXlsxFile(path, sheets);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"styringsark.xlsx"_s}); // no temp files left

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.error().toString()));
    QCOMPARE(reader.sheets().size(), 2);
    QCOMPARE(reader.sheets()[1].name, u"Æøå ark"_s);
    QVERIFY(reader.selectSheet(0));
    QCOMPARE(reader.headers(), sheets[0].headers);
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    const QList<QStringList> expected = {
        {u"S-1"_s, u"=1+1"_s, u"-2"_s, u"2019-03-05"_s, u""_s},
        {u"S-2"_s, u"Søren \"Ærø\"\r\nlinje 2"_s, u"12.5"_s, u"2020-02-29"_s, u""_s},
        {u"S-3"_s, u"@SUM(A1)"_s, u"1234567890123"_s, u""_s, u""_s},
        {u"S-4"_s, longNote, u"-2+3"_s, u"\t=x"_s, u"ctrl\x01"_s},
    };
    QCOMPARE(table.rows, expected);
    QVERIFY(reader.selectSheet(u"Æøå ark"_s));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, QStringList{u"én"_s});

    // Layout: frozen header, autofilter over the data, capped column widths, bold header style.
    const QByteArray xml = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    QVERIFY(xml.contains("<autoFilter ref=\"A1:E5\"/>"));
    QVERIFY2(xml.contains("<col min=\"2\" max=\"2\" width=\"60"), xml.left(600).constData());
    QVERIFY(xml.contains("<col min=\"1\" max=\"1\" width=\"8"));
    QVERIFY(!xml.contains("<f>"));
    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("formatCode=\"dd-mm-yyyy\""));
    QVERIFY(styles.contains("<b/>"));
}

void TestIoXlsx::writerLeavesTheTargetAloneOnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"eksport.xlsx"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    IoError error = writeXlsxFile(path, {{u"Bad[name]"_s, {u"a"_s}, {}}});
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(u"Bad[name]"_s), qPrintable(error.toString()));
    error = writeXlsxFile(path, {{u"Ark"_s, {u"a"_s}, {{Cell(QString(40000, u'x'))}}}});
    QVERIFY(error.isError());
    QCOMPARE(error.row, 2);
    QCOMPARE(error.column, 1);
    QVERIFY(error.message.contains(u"32767"_s));
    {
        XlsxTableWriter abandoned(path);
        QVERIFY(abandoned.addSheet(u"Ark"_s, {u"a"_s}));
        QVERIFY(abandoned.writeRow({Cell(u"x"_s)}));
        // destroyed without finish()
    }
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"eksport.xlsx"_s});

    error = writeXlsxFile(dir.filePath(u"missing-folder/x.xlsx"_s), {{u"Ark"_s, {u"a"_s}, {}}});
    QVERIFY(error.message.contains(u"does not exist"_s));

    XlsxWriteOptions truncate;
    truncate.truncateLongText = true;
    error = writeXlsxFile(path, {{u"Ark"_s, {u"a"_s}, {{Cell(QString(40000, u'x'))}}}}, truncate);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    const TableResult back = readXlsxFile(path);
    QCOMPARE(back.table.rows.first().first().size(), 32767);
    QVERIFY(back.table.rows.first().first().endsWith(u'…'));
}

void TestIoXlsx::writerKeepsFormulasAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.xlsx"_s);
    const IoError error = writeXlsxFile(
        path, {{u"Ark"_s, {u"=cmd|' /C calc'!A0"_s}, {{Cell(u"=HYPERLINK(\"http://evil\")"_s)}, {Cell(u"+1"_s)}}}});
    QVERIFY(!error.isError());
    const QByteArray xml = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!xml.contains("<f>"));
    QVERIFY(xml.contains("t=\"inlineStr\"") || xml.contains("t=\"s\""));
    // Issue 14: each formula-like text carries the quote-prefix style, so editing it in Excel keeps it text.
    QCOMPARE(xml.count("s=\"3\" t=\"inlineStr\""), 2);
    QCOMPARE(xml.count("s=\"4\" t=\"inlineStr\""), 1);
    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<cellXfs count=\"5\">"));
    QCOMPARE(styles.count("quotePrefix=\"1\""), 2);
    const TableResult back = readXlsxFile(path);
    QCOMPARE(back.table.headers, QStringList{u"=cmd|' /C calc'!A0"_s});
    QCOMPARE(back.table.rows, QList<QStringList>({{u"=HYPERLINK(\"http://evil\")"_s}, {u"+1"_s}}));
}

void TestIoXlsx::safeSheetNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("forbidden characters become underscores") << u"a/b\\c[d]:e*f?"_s << u"a_b_c_d__e_f_"_s;
    QTest::newRow("long names are cut at 31") << QString(40, u'x') << QString(31, u'x');
    QTest::newRow("an empty name gets a default") << u""_s << u"Ark"_s;
    QTest::newRow("leading and trailing apostrophes go") << u"'Sager'"_s << u"Sager"_s;
    QTest::newRow("Danish letters stay") << u"Afgørelser æøå"_s << u"Afgørelser æøå"_s;
}

void TestIoXlsx::safeSheetNames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(XlsxTableWriter::safeSheetName(input), expected);
}

QTEST_GUILESS_MAIN(TestIoXlsx)
#include "tst_io_xlsx.moc"
