// Tests of sagstjek::io::CsvWriter: formula injection, quoting, BOM, dialects, round trip.

#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::io;

Q_DECLARE_METATYPE(sagstjek::io::Cell)

class TestIoCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void bomSeparatorAndLineEndings();
    void roundTripThroughTheReader();
    void saveFileKeepsTheOldFileOnError();
};

void TestIoCsvWriter::fields_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("a formula =1+1 is neutralised") << Cell(u"=1+1"_s) << QByteArray("'=1+1");
    QTest::newRow("@SUM(A1) is neutralised") << Cell(u"@SUM(A1)"_s) << QByteArray("'@SUM(A1)");
    QTest::newRow("+cmd is neutralised") << Cell(u"+cmd"_s) << QByteArray("'+cmd");
    QTest::newRow("-2+3 as text is neutralised") << Cell(u"-2+3"_s) << QByteArray("'-2+3");
    QTest::newRow("a leading tab is neutralised and quoting is not needed") << Cell(u"\t=x"_s) << QByteArray("'\t=x");
    QTest::newRow("a leading CR is neutralised and quoted") << Cell(u"\r=x"_s) << QByteArray("\"'\r=x\"");
    QTest::newRow("a HYPERLINK formula with separators is neutralised and quoted")
        << Cell(u"=HYPERLINK(\"http://x\";\"y\")"_s) << QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    QTest::newRow("an equals sign later in the text is harmless") << Cell(u"a=1"_s) << QByteArray("a=1");
    QTest::newRow("a negative number cell stays a number") << Cell::fromNumber(-2) << QByteArray("-2");
    QTest::newRow("a decimal number uses the Danish comma and is not quoted with ;")
        << Cell::fromNumber(12.5) << QByteArray("12,5");
    QTest::newRow("a large integer is written in full")
        << Cell::fromNumber(1234567890123.0) << QByteArray("1234567890123");
    QTest::newRow("a date is ISO") << Cell::fromDate(QDate(2019, 3, 5)) << QByteArray("2019-03-05");
    QTest::newRow("an empty cell is empty") << Cell() << QByteArray();
    QTest::newRow("the separator forces quotes") << Cell(u"a;b"_s) << QByteArray("\"a;b\"");
    QTest::newRow("a quote is doubled inside quotes") << Cell(u"say \"hi\""_s) << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("a line break forces quotes") << Cell(u"l1\r\nl2"_s) << QByteArray("\"l1\r\nl2\"");
    QTest::newRow("a comma needs no quotes with ;") << Cell(u"a,b"_s) << QByteArray("a,b");
    QTest::newRow("æøå are UTF-8") << Cell(u"æøå"_s) << QByteArray("\xc3\xa6\xc3\xb8\xc3\xa5");
}

void TestIoCsvWriter::fields()
{
    QFETCH(Cell, cell);
    QFETCH(QByteArray, expected);
    CsvWriter writer(nullptr);
    QCOMPARE(writer.encodeField(cell), expected);
}

void TestIoCsvWriter::bomSeparatorAndLineEndings()
{
    QCOMPARE(writeCsv({u"a"_s, u"b"_s}, {{Cell(u"1"_s), Cell::fromNumber(2.5)}}), QByteArray("\xEF\xBB\xBF"
                                                                                             "a;b\r\n1;2,5\r\n"));
    QCOMPARE(writeCsv({u"a"_s, u"b"_s}, {{Cell(u"x,y"_s), Cell::fromNumber(2.5)}}, CsvDialect::rfc4180()),
             QByteArray("a,b\r\n\"x,y\",2.5\r\n"));
    CsvDialect tabs;
    tabs.separator = '\t';
    tabs.lineEnding = "\n";
    tabs.writeBom = false;
    tabs.quoteAllText = true;
    QCOMPARE(writeCsv({u"a"_s}, {{Cell(u"x"_s)}, {Cell::fromNumber(3)}}, tabs), QByteArray("\"a\"\n\"x\"\n3\n"));
    // A one-column row with an empty value is "" rather than an empty line, which readers skip.
    CsvDialect plain = CsvDialect::rfc4180();
    QCOMPARE(writeCsv({u"a"_s}, {{Cell()}, {Cell(u""_s)}, {Cell(u"x"_s)}}, plain),
             QByteArray("a\r\n\"\"\r\n\"\"\r\nx\r\n"));
    const TableResult back = readCsvData(writeCsv({u"a"_s}, {{Cell()}, {Cell(u"x"_s)}}, plain));
    QCOMPARE(back.table.rows, QList<QStringList>({{u""_s}, {u"x"_s}}));
    // An empty table still gets its BOM so the file is recognisably UTF-8.
    QCOMPARE(writeCsv({}, {}), QByteArray("\xEF\xBB\xBF\r\n"));
}

void TestIoCsvWriter::roundTripThroughTheReader()
{
    const QStringList headers{u"Sagsnr"_s, u"Note"_s, u"Beløb"_s, u"Dato"_s};
    QList<QList<Cell>> rows;
    QList<QStringList> expected;
    const QStringList notes{u"Søren; \"Ærø\"\r\nlinje 2"_s, u"=1+1"_s, u"-2+3"_s, u""_s, u"tab\there"_s, u"\r=x"_s};
    for (int i = 0; i < notes.size(); ++i) {
        rows.append({Cell(u"S-%1"_s.arg(i)), Cell(notes[i]), Cell::fromNumber(-1.5 * i),
                     Cell::fromDate(QDate(2019, 3, i + 1))});
        expected.append({u"S-%1"_s.arg(i), CsvWriter::neutraliseFormula(notes[i]),
                         QString::number(-1.5 * i).replace(u'.', u','), QDate(2019, 3, i + 1).toString(Qt::ISODate)});
    }
    const QByteArray bytes = writeCsv(headers, rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const TableResult result = readCsvData(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table.headers, headers);
    QCOMPARE(result.table.rows, expected);
}

void TestIoCsvWriter::saveFileKeepsTheOldFileOnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        QVERIFY(writer.writeTextRow({u"old"_s}));
        QVERIFY(writer.finish());
        QVERIFY(file.commit());
    }
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        QVERIFY(writer.writeTextRow({u"new"_s}));
        file.cancelWriting(); // e.g. the export was cancelled or a later row failed
        writer.finish();
        QVERIFY(!file.commit());
    }
    const TableResult result = readCsvFile(path);
    QCOMPARE(result.table.headers, QStringList{u"old"_s});
}

QTEST_GUILESS_MAIN(TestIoCsvWriter)
#include "tst_io_csvwriter.moc"
