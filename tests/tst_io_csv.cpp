// Tests of sagstjek::io::CsvReader: separators, encodings, quoting, errors, limits, overrides.

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/textcodec.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::io;

Q_DECLARE_METATYPE(sagstjek::io::TextEncoding)
Q_DECLARE_METATYPE(sagstjek::io::CsvOptions)

namespace {

QByteArray encode(const QString &text, TextEncoding encoding, bool bom)
{
    QByteArray out;
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Auto:
        out = text.toUtf8();
        if (bom)
            out.prepend("\xEF\xBB\xBF");
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringEncoder enc(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        out = enc(text);
        break;
    }
    case TextEncoding::Windows1252:
        out = encodeWindows1252(text);
        break;
    }
    return out;
}

QList<QStringList> rowsOf(const QString &spec)
{
    // "a|b/c|d" → [[a,b],[c,d]] : a compact way to write expected tables in _data().
    QList<QStringList> rows;
    if (spec.isEmpty())
        return rows;
    for (const QString &r : spec.split(u'/'))
        rows.append(r.split(u'|'));
    return rows;
}

} // namespace

class TestIoCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void separators_data();
    void separators();
    void encodings_data();
    void encodings();
    void quoting_data();
    void quoting();
    void errors_data();
    void errors();
    void raggedRowsCanBeAllowed();
    void overrides();
    void windows1252DiscoveredLateInTheFile();
    void oneBadByteInUtf8IsReportedNotWindows1252();
    void windows1252WithOneAccidentalUtf8PairStaysWindows1252();
    void rowNumbersCountMultiLineFieldsAndEmptyLines();
    void tenMegabyteLineFailsFast();
    void chunkBoundariesDoNotChangeTheResult_data();
    void chunkBoundariesDoNotChangeTheResult();
    void fixtureFiles_data();
    void fixtureFiles();
    void limits();
    void errorTextNamesThePosition();
    void headerRowSkipsTitleRows();
    void formulaGuardIsRemovedOnlyWhereTheWriterPutIt_data();
    void formulaGuardIsRemovedOnlyWhereTheWriterPutIt();
};

void TestIoCsv::separators_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a semicolon header is detected") << QByteArray("a;b;c\n1;2;3\n") << ';' << u"1|2|3"_s;
    QTest::newRow("a comma header is detected") << QByteArray("a,b,c\n1,2,3\n") << ',' << u"1|2|3"_s;
    QTest::newRow("a tab header is detected") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t' << u"1|2|3"_s;
    QTest::newRow("separators inside quotes in the header are not counted")
        << QByteArray("\"a,x,y\";b\n1;2\n") << ';' << u"1|2"_s;
    QTest::newRow("a tie between semicolon and comma goes to semicolon")
        << QByteArray("a;b,c\n1;2,3\n") << ';' << u"1|2,3"_s;
    QTest::newRow("a single-column file defaults to semicolon") << QByteArray("a\n1,5\n") << ';' << u"1,5"_s;
    QTest::newRow("an Excel sep= line chooses the separator and is skipped")
        << QByteArray("sep=,\r\na,b\r\n1;x,2\r\n") << ',' << u"1;x|2"_s;
}

void TestIoCsv::separators()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QFETCH(QString, expected);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY2(reader.open(&buffer), qPrintable(reader.error().toString()));
    QCOMPARE(reader.separator(), separator);
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    QCOMPARE(table.rows, rowsOf(expected));
}

void TestIoCsv::encodings_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("separator");

    const QList<std::pair<QString, QString>> seps = {{u";"_s, u"semicolons"_s}, {u"\t"_s, u"tabs"_s}};
    for (const auto &[sep, sepName] : seps) {
        QTest::addRow("UTF-8 without BOM with %s", qPrintable(sepName)) << TextEncoding::Utf8 << false << sep;
        QTest::addRow("UTF-8 with BOM with %s", qPrintable(sepName)) << TextEncoding::Utf8 << true << sep;
        QTest::addRow("UTF-16LE with BOM with %s", qPrintable(sepName)) << TextEncoding::Utf16LE << true << sep;
        QTest::addRow("UTF-16BE with BOM with %s", qPrintable(sepName)) << TextEncoding::Utf16BE << true << sep;
        QTest::addRow("UTF-16LE without BOM with %s", qPrintable(sepName)) << TextEncoding::Utf16LE << false << sep;
        QTest::addRow("Windows-1252 with %s", qPrintable(sepName)) << TextEncoding::Windows1252 << false << sep;
    }
}

void TestIoCsv::encodings()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, separator);
    const QString text = u"Sagsnr;Navn;By\r\n"_s
                         u"S-1;Søren Ærø;Århus\r\n"_s
                         u"S-2;\"Ødegård; Åse\";Næstved\r\n"_s
                         u"S-3;ÆØÅ æøå é € ‘x’;Tønder\r\n"_s;
    QString withSep = text;
    if (separator != u";"_s) {
        withSep.replace(u"; "_s, u"\x01"_s).replace(u";"_s, separator).replace(u"\x01"_s, u"; "_s);
    }
    QByteArray bytes = encode(withSep, encoding, bom);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY2(reader.open(&buffer), qPrintable(reader.error().toString()));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.hadByteOrderMark(), bom);
    QCOMPARE(QString(QChar::fromLatin1(reader.separator())), separator);
    QCOMPARE(reader.headers(), QStringList({u"Sagsnr"_s, u"Navn"_s, u"By"_s}));
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows[0], QStringList({u"S-1"_s, u"Søren Ærø"_s, u"Århus"_s}));
    QCOMPARE(table.rows[1], QStringList({u"S-2"_s, u"Ødegård; Åse"_s, u"Næstved"_s}));
    QCOMPARE(table.rows[2], QStringList({u"S-3"_s, u"ÆØÅ æøå é € ‘x’"_s, u"Tønder"_s}));
}

void TestIoCsv::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a quoted field holds the separator") << QByteArray("a;b\n\"x;y\";z\n") << u"x;y|z"_s;
    QTest::newRow("doubled quotes are one quote") << QByteArray("a;b\n\"say \"\"hi\"\"\";z\n") << u"say \"hi\"|z"_s;
    QTest::newRow("a quoted field holds LF") << QByteArray("a;b\n\"line1\nline2\";z\n") << u"line1\nline2|z"_s;
    QTest::newRow("a quoted field holds CRLF as is") << QByteArray("a;b\r\n\"l1\r\nl2\";z\r\n") << u"l1\r\nl2|z"_s;
    QTest::newRow("CRLF line ends") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << u"1|2/3|4"_s;
    QTest::newRow("bare CR line ends") << QByteArray("a;b\r1;2\r3;4\r") << u"1|2/3|4"_s;
    QTest::newRow("no line end after the last row") << QByteArray("a;b\n1;2") << u"1|2"_s;
    QTest::newRow("trailing empty lines are ignored") << QByteArray("a;b\n1;2\n\n\r\n\n") << u"1|2"_s;
    QTest::newRow("empty lines between rows are ignored") << QByteArray("a;b\n\n1;2\n\n3;4\n") << u"1|2/3|4"_s;
    QTest::newRow("empty lines before the header are ignored") << QByteArray("\n\na;b\n1;2\n") << u"1|2"_s;
    QTest::newRow("empty fields are kept") << QByteArray("a;b;c\n;;\n") << u"||"_s;
    QTest::newRow("an empty quoted single field is a row, not an empty line") << QByteArray("a\n\"\"\nx\n") << u"/x"_s;
    QTest::newRow("text after a closing quote is kept as Excel does") << QByteArray("a;b\n\"ab\"c;d\n") << u"abc|d"_s;
    QTest::newRow("a quote inside an unquoted field is literal") << QByteArray("a;b\n5\" disk;d\n") << u"5\" disk|d"_s;
    QTest::newRow("a stray BOM inside the file is content, not dropped")
        << QByteArray("a;b\n\xEF\xBB\xBFx;\xEF\xBB\xBF\xEF\xBB\xBF\n") << u"\uFEFFx|\uFEFF\uFEFF"_s;
    QTest::newRow("spaces around fields are kept") << QByteArray("a;b\n x ; y \n") << u" x | y "_s;
    QTest::newRow("a trailing separator on every line is an empty last column")
        << QByteArray("a;b;\n1;2;\n") << u"1|2|"_s;
}

void TestIoCsv::quoting()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const TableResult result = readCsvData(input);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QList<QList<QString>> want = rowsOf(expected);
    if (expected == u"/x"_s)
        want = {{QString()}, {u"x"_s}};
    QCOMPARE(result.table.rows, want);
}

void TestIoCsv::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("an empty file has no header")
        << QByteArray() << CsvOptions() << qint64(0) << 0 << qint64(0) << u"empty"_s;
    QTest::newRow("a file of empty lines has no header")
        << QByteArray("\n\r\n\n") << CsvOptions() << qint64(0) << 0 << qint64(0) << u"empty"_s;
    QTest::newRow("an unterminated quote names the row where it opened")
        << QByteArray("a;b\n1;2\n3;\"never closed\n4;5\n6;7\n") << CsvOptions() << qint64(3) << 2 << qint64(3)
        << u"never closed"_s;
    QTest::newRow("an unterminated quote in the header")
        << QByteArray("a;\"b\n1;2\n") << CsvOptions() << qint64(1) << 2 << qint64(1) << u"never closed"_s;
    QTest::newRow("a short row is reported with its row number")
        << QByteArray("a;b;c\n1;2;3\n4;5\n") << CsvOptions() << qint64(3) << 0 << qint64(3)
        << u"has 2 fields, but the header has 3"_s;
    QTest::newRow("a long row is reported with its row number")
        << QByteArray("a;b\n1;2\n\n3;4;5\n") << CsvOptions() << qint64(4) << 0 << qint64(4)
        << u"has 3 fields, but the header has 2"_s;
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    QTest::newRow("invalid UTF-8 when UTF-8 is forced names row and column")
        << QByteArray("a;b\n1;2\n3;K\xf8ge\n") << utf8 << qint64(3) << 2 << qint64(3) << u"Invalid UTF-8: byte 0xF8"_s;
    QTest::newRow("invalid UTF-8 after real UTF-8 in auto mode is an error")
        << (QByteArray("a;b\n1;K\xc3\xb8ge\n") + QByteArray("x;y\n").repeated(300000) + QByteArray("3;K\xf8ge\n"))
        << CsvOptions() << qint64(300003) << 2 << qint64(300003) << u"Invalid UTF-8"_s;
    CsvOptions badSep;
    badSep.separator = '"';
    QTest::newRow("a quote cannot be the separator")
        << QByteArray("a;b\n") << badSep << qint64(0) << 0 << qint64(0) << u"separator"_s;
}

void TestIoCsv::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvOptions, options);
    QFETCH(qint64, row);
    QFETCH(int, column);
    QFETCH(qint64, line);
    QFETCH(QString, messagePart);
    const TableResult result = readCsvData(input, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.toString()));
    QCOMPARE(result.error.row, row);
    QCOMPARE(result.error.column, column);
    QCOMPARE(result.error.line, line);
}

void TestIoCsv::raggedRowsCanBeAllowed()
{
    CsvOptions options;
    options.allowRaggedRows = true;
    TableResult result = readCsvData("a;b;c\n1\n1;2;3;;\n", options);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.rows, rowsOf(u"1||/1|2|3"_s));

    result = readCsvData("a;b\n1;2;surplus\n", options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.row, 2);
}

void TestIoCsv::overrides()
{
    // Forced separator: a comma file read with ';' is one column.
    CsvOptions options;
    options.separator = ';';
    TableResult result = readCsvData("a,b\n1,2\n", options);
    QVERIFY(result.ok());
    QCOMPARE(result.table.headers, QStringList{u"a,b"_s});

    // Forced Windows-1252 on bytes that happen to be valid UTF-8.
    options = {};
    options.encoding = TextEncoding::Windows1252;
    result = readCsvData("a\n\xc3\xa6\n", options);
    QVERIFY(result.ok());
    QCOMPARE(result.table.rows.first().first(), u"Ã¦"_s);

    // Forced UTF-8 does not strip a UTF-16 BOM and forced UTF-16LE reads BOM-less data.
    options = {};
    options.encoding = TextEncoding::Utf16LE;
    result = readCsvData(encode(u"x;y\næ;ø\n"_s, TextEncoding::Utf16LE, false), options);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.rows, rowsOf(u"æ|ø"_s));

    // Forced tab in a semicolon file.
    options = {};
    options.separator = '\t';
    result = readCsvData("a;b\tc\n1;2\t3\n", options);
    QVERIFY(result.ok());
    QCOMPARE(result.table.headers, QStringList({u"a;b"_s, u"c"_s}));
}

void TestIoCsv::windows1252DiscoveredLateInTheFile()
{
    // 2 MiB of ASCII, then a CP1252 'ø': the first chunk looks like UTF-8.
    QByteArray data("id;navn\n");
    for (int i = 0; data.size() < 2 * 1024 * 1024; ++i)
        data += QByteArray::number(i) + ";Jensen\n";
    data += "last;K\xf8ge\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer));
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
    QCOMPARE(table.rows.last(), QStringList({u"last"_s, u"Køge"_s}));
}

// Issue 14, defect 11: one stray byte in a UTF-8 file used to switch the whole file to Windows-1252 and garble every
// Danish letter. The encoding is decided by evidence: the file is UTF-8, and the bad byte is an error at its row and
// column.
void TestIoCsv::oneBadByteInUtf8IsReportedNotWindows1252()
{
    QByteArray data("id;navn;by\n");
    for (int i = 1; i <= 20; ++i)
        data += QByteArray::number(i) + ";S\xc3\xb8ren \xc3\x86"
                                        "bel\xc3\xb8;\xc3\x85rhus\n";
    data.replace(data.indexOf("\n5;S") + 3, 1, "\xe6"); // the S of row 5 (line 6), column 2
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer));
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
    Table table;
    QVERIFY(!reader.readAll(table));
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
    QCOMPARE(reader.error().column, 2);
    QVERIFY2(reader.error().toString().contains(u"column 2"_s), qPrintable(reader.error().toString()));
    QVERIFY2(reader.error().toString().contains(u"0xE6"_s), qPrintable(reader.error().toString()));
    QCOMPARE(reader.error().line, 6);
    // The rows before it were read as UTF-8.
    QCOMPARE(table.rows.value(0).value(1), u"Søren Æbelø"_s);

    QCOMPARE(utf8Evidence(data.constData(), data.size()).invalid, 1);
    QVERIFY(utf8Evidence(data.constData(), data.size()).isUtf8());
}

void TestIoCsv::windows1252WithOneAccidentalUtf8PairStaysWindows1252()
{
    // "Ã¦" (0xC3 0xA6) is a valid UTF-8 pair; the other letters are Windows-1252 bytes.
    QByteArray data("id;navn\n1;K\xf8ge\n2;\xc6r\xf8\n3;\xc5rhus\n4;\xc3\xa6\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer));
    QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    QCOMPARE(table.rows.value(1).value(1), u"Ærø"_s);
}

void TestIoCsv::rowNumbersCountMultiLineFieldsAndEmptyLines()
{
    QByteArray data("a;b\n1;\"x\ny\nz\"\n\n2;w\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowNumber(), 2);
    QCOMPARE(reader.lineNumber(), 2);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, QStringList({u"2"_s, u"w"_s}));
    QCOMPARE(reader.rowNumber(), 4);
    QCOMPARE(reader.lineNumber(), 6);
    QVERIFY(!reader.readRow(row));
    QVERIFY(!reader.hasError());
}

void TestIoCsv::tenMegabyteLineFailsFast()
{
    // The cap is what makes it fast; seconds are not checked (a timed check fails on a loaded machine).
    const QByteArray data = "a;b\n" + QByteArray(10 * 1024 * 1024, 'x');
    const TableResult result = readCsvData(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(u"longer than 1048576 bytes"_s), qPrintable(result.error.toString()));
    QCOMPARE(result.error.row, 2);
    QCOMPARE(result.error.column, 1);
    QCOMPARE(result.error.byteOffset, 4);

    // The same inside an unterminated quote.
    const TableResult quoted = readCsvData("a;b\n1;\"" + QByteArray(10 * 1024 * 1024, 'y'));
    QVERIFY(!quoted.ok());
    QCOMPARE(quoted.error.column, 2);
    QVERIFY(quoted.error.message.contains(u"longer than"_s));
}

void TestIoCsv::chunkBoundariesDoNotChangeTheResult_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("UTF-8 with multi-byte characters across 1 MiB chunks") << TextEncoding::Utf8;
    QTest::newRow("UTF-16LE with surrogate pairs across chunks") << TextEncoding::Utf16LE;
    QTest::newRow("Windows-1252 across chunks") << TextEncoding::Windows1252;
}

void TestIoCsv::chunkBoundariesDoNotChangeTheResult()
{
    QFETCH(TextEncoding, encoding);
    QString text = u"nr;tekst;note\r\n"_s;
    QList<QStringList> expected;
    const bool astral = encoding != TextEncoding::Windows1252;
    for (int i = 0; text.size() < 1500 * 1024; ++i) {
        const QString note = (i % 3 == 0) ? u"linje 1\r\nlinje \"2\"; slut"_s : u"æøå"_s;
        const QString tekst = astral && i % 5 == 0 ? u"emoji 😀 ÆØÅ"_s : u"Ærø"_s;
        text +=
            QString::number(i) + u";"_s + tekst + u";\""_s + QString(note).replace(u"\""_s, u"\"\""_s) + u"\"\r\n"_s;
        expected.append({QString::number(i), tekst, note});
    }
    const TableResult result = readCsvData(encode(text, encoding, true));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.rows.size(), expected.size());
    QCOMPARE(result.table.rows, expected);
}

void TestIoCsv::fixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<char>("separator");
    QTest::newRow("Excel Unicode text: UTF-16LE, tabs")
        << u"excel_unicode_text_utf16le.txt"_s << TextEncoding::Utf16LE << '\t';
    QTest::newRow("Danish Excel CSV: Windows-1252, semicolons")
        << u"excel_csv_cp1252.csv"_s << TextEncoding::Windows1252 << ';';
    QTest::newRow("Excel CSV UTF-8: BOM, semicolons, CRLF") << u"excel_csv_utf8_bom.csv"_s << TextEncoding::Utf8 << ';';
    QTest::newRow("a Momentum-like export: UTF-8, commas, LF")
        << u"momentum_export_utf8.csv"_s << TextEncoding::Utf8 << ',';
}

void TestIoCsv::fixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(char, separator);
    CsvReader reader;
    QVERIFY2(reader.open(QStringLiteral(SAGSTJEK_FIXTURES) + u"/io/"_s + file), qPrintable(reader.error().toString()));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.separator(), separator);
    QCOMPARE(reader.headers(), QStringList({u"Sagsnummer"_s, u"Borger"_s, u"Afgørelsesdato"_s, u"Bemærkning"_s}));
    Table table;
    QVERIFY2(reader.readAll(table), qPrintable(reader.error().toString()));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows[0], QStringList({u"27.12.08-G01-1-19"_s, u"Søren Ærø"_s, u"05-03-2019"_s, u""_s}));
    QCOMPARE(table.rows[1],
             QStringList({u"27.12.08-G01-2-19"_s, u"Åse Øster"_s, u"31-12-2019"_s, u"Sagt \"nej\"; partshøring"_s}));
    QCOMPARE(table.rows[2], QStringList({u"27.12.08-G01-3-19"_s, u"Æbelø"_s, u"01-01-2020"_s, u"Linje 1\nLinje 2"_s}));
}

void TestIoCsv::errorTextNamesThePosition()
{
    QCOMPARE((IoError{u"Bad"_s, 12, 3, 14, 5120}).toString(), u"Row 12, column 3 (line 14, byte 5120): Bad"_s);
    QCOMPARE((IoError{u"Bad"_s, 2, 0, 2, -1}).toString(), u"Row 2: Bad"_s);
    QCOMPARE((IoError{u"Bad"_s}).toString(), u"Bad"_s);
    QVERIFY(!IoError().isError());
}

void TestIoCsv::limits()
{
    CsvOptions options;
    options.limits.maxColumns = 3;
    TableResult result = readCsvData("a;b;c;d\n", options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.row, 1);
    QCOMPARE(result.error.column, 4);

    options = {};
    options.limits.maxRows = 2;
    result = readCsvData("a\n1\n2\n3\n", options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.row, 4);
    QCOMPARE(result.table.rows.size(), 2);
}

void TestIoCsv::headerRowSkipsTitleRows()
{
    // A municipal export: a title, a date line and an empty line above the header, with other field counts.
    const QByteArray data = "Sagsliste Jobcenter Nord\n"
                            "Udtrukket 01-12-2026,kl. 08:00\n"
                            "\n"
                            "Sagsnummer,Navn,Område\n"
                            "S-1,Åse,integration\n";
    // Read from row 1, the title is the only column.
    QCOMPARE(readCsvData(data).table.headers, QStringList({u"Sagsliste Jobcenter Nord"_s}));
    CsvOptions options;
    options.headerRow = 4;
    TableResult result = readCsvData(data, options);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.headers, QStringList({u"Sagsnummer"_s, u"Navn"_s, u"Område"_s})); // ',' from row 4
    QCOMPARE(result.table.rows, rowsOf(u"S-1|Åse|integration"_s));
    // An empty header row: the first non-empty row after it.
    options.headerRow = 3;
    result = readCsvData(data, options);
    QVERIFY(result.ok());
    QCOMPARE(result.table.headers.value(0), u"Sagsnummer"_s);
    // Row numbers stay the file's.
    CsvReader reader(options);
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(reader.open(&buffer));
    QStringList row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(reader.rowNumber(), 5);
    // A header row beyond the end.
    options.headerRow = 9;
    result = readCsvData(data, options);
    QVERIFY(!result.ok());
    QVERIFY(result.error.message.contains(u"no row 9"_s));
}

void TestIoCsv::formulaGuardIsRemovedOnlyWhereTheWriterPutIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("formula") << u"=1+1"_s;
    QTest::newRow("plus") << u"+45 12 34 56 78"_s;
    QTest::newRow("minus") << u"-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tindrykket"_s;
    QTest::newRow("apostrophe and a letter") << u"'Hansen"_s;
    QTest::newRow("apostrophe and equals") << u"'=x"_s;
    QTest::newRow("two apostrophes and plus") << u"''+x"_s;
    QTest::newRow("only an apostrophe") << u"'"_s;
    QTest::newRow("plain") << u"Åse"_s;
}

void TestIoCsv::formulaGuardIsRemovedOnlyWhereTheWriterPutIt()
{
    QFETCH(QString, value);
    const QByteArray written = writeCsv({u"Navn"_s}, {{Cell::fromText(value)}});
    // Without the option the file is read as it is: the guard is there when one was needed.
    TableResult raw = readCsvData(written);
    QVERIFY(raw.ok());
    QCOMPARE(raw.table.rows.value(0).value(0), CsvWriter::neutraliseFormula(value));
    CsvOptions options;
    options.removeFormulaGuard = true;
    const TableResult back = readCsvData(written, options);
    QVERIFY(back.ok());
    QCOMPARE(back.table.rows.value(0).value(0), value);
    // A value that really starts with an apostrophe before a letter keeps it on reading.
    QCOMPARE(removeFormulaGuard(u"'Hansen"_s), u"'Hansen"_s);
    QCOMPARE(removeFormulaGuard(u"'=1+1"_s), u"=1+1"_s);
}

QTEST_GUILESS_MAIN(TestIoCsv)
#include "tst_io_csv.moc"
