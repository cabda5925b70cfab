// The hostile-file corpus of issue 14. Each file is made here (the big ones would be megabytes in the repository)
// and given to sagstjek-cli as a user would; each case asserts the exit code, the message and that the database's
// content is unchanged. The XLSX files also bound the peak memory of the command (getrusage of the children; not
// under AddressSanitizer, whose shadow memory inflates every figure).
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sys/resource.h>

using namespace sagstjek;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool MeasureMemory = false;
#else
constexpr bool MeasureMemory = true;
#endif

const QByteArray Ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A workbook of one sheet ("Sager") whose sheet and shared-string parts are written by the callbacks a piece at a
// time, so a part of a hundred megabytes never exists whole in the test either.
bool writeWorkbook(const QString &path, const std::function<void(QIODevice &)> &sheet,
                   const std::function<void(QIODevice &)> &sharedStrings)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto entry = [&](const QString &name, const std::function<void(QIODevice &)> &write) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 1))
            return false;
        write(file);
        file.close();
        return file.getZipError() == ZIP_OK;
    };
    const auto text = [](const QByteArray &bytes) { return [bytes](QIODevice &d) { d.write(bytes); }; };
    const bool ok =
        entry(QStringLiteral("[Content_Types].xml"),
              text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                   "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                   "Extension=\"xml\" ContentType=\"application/xml\"/></Types>")) &&
        entry(QStringLiteral("_rels/.rels"),
              text("<?xml version=\"1.0\"?><Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                   "Target=\"xl/workbook.xml\"/></Relationships>")) &&
        entry(QStringLiteral("xl/workbook.xml"),
              text("<?xml version=\"1.0\"?><workbook " + Ns +
                   " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
                   "name=\"Sager\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")) &&
        entry(QStringLiteral("xl/_rels/workbook.xml.rels"),
              text("<?xml version=\"1.0\"?><Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                   "Target=\"sharedStrings.xml\"/></Relationships>")) &&
        entry(QStringLiteral("xl/worksheets/sheet1.xml"), sheet) &&
        entry(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    zip.close();
    return ok && zip.getZipError() == ZIP_OK;
}

QByteArray inlineCell(const QByteArray &ref, const QByteArray &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const QList<QByteArray> Header = {"case_number", "name", "area", "subgroup", "caseworker", "takeover"};

QByteArray caseRow(int row, const QByteArray &separator)
{
    const QByteArray n = QByteArray::number(row);
    return "H-" + n + separator +
           "S\xc3\xb8ren \xc3\x86"
           "blerød " +
           n + separator + "integration" + separator + "refugee" + separator + "Ali Hassan" + separator + "2026-01-05";
}

qint64 peakChildKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // What must not change: the rows of the tables a refused file could touch, and the newest audit record.
    QString fingerprint()
    {
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        if (!db)
            return db.error().message;
        QStringList parts;
        for (const char *table : {"cases", "case_dates", "reviews", "answers", "templates", "users", "audit_log"})
            parts << QString::fromLatin1(table) + u'=' +
                         sql::scalar(sqlOf(*db.value()),
                                     QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table))
                             ->toString();
        parts << QStringLiteral("last audit=") +
                     sql::scalar(sqlOf(*db.value()), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
                         ->toString();
        return parts.join(u' ');
    }

    testsupport::CliRun cli(const QString &user, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args);
    }

    // Runs the command, checks the exit code, that stderr says `message`, that nothing like a success is printed on
    // stdout, and that the database is as before.
    void refused(const QString &user, const QStringList &args, int exitCode, const QString &message)
    {
        const QString before = fingerprint();
        const auto run = cli(user, args);
        QVERIFY2(
            run.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err.left(2000)))));
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.left(2000).constData());
        QVERIFY2(!run.out.contains("Created"), run.out.left(2000).constData());
        QCOMPARE(fingerprint(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hostile.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo")}).exitCode, 0);
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        testsupport::addUser(*db.value(), QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*db.value(), QStringLiteral("kon"), Role::Consultant);
    }

    // Defect 11: one stray byte in a UTF-8 file is reported where it is, not read as Windows-1252.
    void utf8WithOneBadByte()
    {
        QByteArray csv = Header.join(';') + '\n';
        for (int row = 1; row <= 10; ++row)
            csv += caseRow(row, ";") + '\n';
        csv.replace(csv.indexOf("S\xc3\xb8ren \xc3\x86"
                                "blerød 4"),
                    1, "\xe6"); // row 4, column 2
        const QString path = testsupport::writeFile(m_dir, QStringLiteral("utf8-one-bad-byte.csv"), csv);
        // The file's fifth row (the header is the first).
        refused(QStringLiteral("kon"), {QStringLiteral("import-cases"), path}, 2, QStringLiteral("Row 5, column 2"));
        const auto run = cli(QStringLiteral("kon"), {QStringLiteral("import-cases"), path});
        QVERIFY2(run.err.contains("0xE6") && run.err.contains("Nothing was imported"), run.err.constData());
    }

    // Defect 13: a file refused as a whole prints no "Created N" (it created nothing).
    void refusedImportPrintsNoCreatedLine()
    {
        QByteArray csv = Header.join(';') + '\n';
        for (int row = 1; row <= 2000; ++row)
            csv += caseRow(row, ";") + '\n';
        csv += "H-bad;Uden Dato;integration;refugee;Ali Hassan;2026-02-31\n";
        const QString path = testsupport::writeFile(m_dir, QStringLiteral("one-invalid-row.csv"), csv);
        refused(QStringLiteral("kon"), {QStringLiteral("import-cases"), path}, 2,
                QStringLiteral("Nothing was imported"));
        const auto run = cli(QStringLiteral("kon"), {QStringLiteral("import-cases"), path});
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }

    // Defect 13: a mapping file over 1 MiB is "too large", not a JSON syntax error.
    void mappingFileOverOneMebibyte()
    {
        QJsonObject mapping{{QStringLiteral("columns"), QJsonObject{}},
                            {QStringLiteral("padding"), QString(1100 * 1024, u'x')}};
        const QString map =
            testsupport::writeFile(m_dir, QStringLiteral("big-mapping.json"), QJsonDocument(mapping).toJson());
        const QString csv = testsupport::writeFile(m_dir, QStringLiteral("cases.csv"),
                                                   Header.join(';') + '\n' + caseRow(1, ";") + '\n');
        refused(QStringLiteral("kon"), {QStringLiteral("import-cases"), csv, QStringLiteral("--mapping"), map}, 2,
                QStringLiteral("too large"));
    }

    void mappingFileWithADuplicateKey()
    {
        const QString map =
            testsupport::writeFile(m_dir, QStringLiteral("twice-mapping.json"),
                                   "{\"columns\": {\"Sagsnr\": \"case_number\", \"Sagsnr\": \"name\"}}");
        const QString csv = testsupport::writeFile(m_dir, QStringLiteral("cases2.csv"),
                                                   Header.join(';') + '\n' + caseRow(1, ";") + '\n');
        refused(QStringLiteral("kon"), {QStringLiteral("import-cases"), csv, QStringLiteral("--mapping"), map}, 2,
                QStringLiteral("\"Sagsnr\" twice"));
    }

    // Defect 13: a template cannot take over another area's card, and duplicate keys are not resolved silently.
    void templateWhoseKeyIsNotItsArea()
    {
        QFile builtIn(testsupport::resourcesPath() + QStringLiteral("/templates/cash-benefit.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject card = QJsonDocument::fromJson(builtIn.readAll()).object();
        card.insert(QStringLiteral("key"), QStringLiteral("integration"));
        card.insert(QStringLiteral("version"), 99);
        const QString path =
            testsupport::writeFile(m_dir, QStringLiteral("key-not-area.json"), QJsonDocument(card).toJson());
        refused(QStringLiteral("admin"), {QStringLiteral("template"), QStringLiteral("import"), path}, 2,
                QStringLiteral("the key must be the area"));
    }

    void templateWithADuplicateKey()
    {
        QFile builtIn(testsupport::resourcesPath() + QStringLiteral("/templates/integration.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QByteArray json = builtIn.readAll();
        // A second "version" in the same object: a reader of the file sees 1, the app would have taken 99.
        json.replace("\"key\": \"integration\",", "\"key\": \"integration\", \"version\": 99,");
        QVERIFY(json.contains("\"version\": 99"));
        const QString path = testsupport::writeFile(m_dir, QStringLiteral("duplicate-key.json"), json);
        refused(QStringLiteral("admin"), {QStringLiteral("template"), QStringLiteral("import"), path}, 2,
                QStringLiteral("\"version\" twice"));
    }

    // Defect 12: shared strings of ~110 MB (poorly compressible, well within the zip-bomb ratio) are refused at the
    // shared-string limit, streamed: the command's peak stays far below what holding the part would take.
    void hugeSharedStrings()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared-strings.xlsx"));
        QVERIFY(writeWorkbook(
            path,
            [](QIODevice &d) {
                d.write("<?xml version=\"1.0\"?><worksheet " + Ns +
                        "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            },
            [](QIODevice &d) {
                d.write("<?xml version=\"1.0\"?><sst " + Ns + ">");
                const QByteArray filler(1900, 'x');
                quint32 seed = 1;
                for (int i = 0; i < 57'000; ++i) { // 57,000 × ~1,930 bytes ≈ 110 MB
                    seed = seed * 1664525u + 1013904223u;
                    d.write("<si><t>" + QByteArray::number(seed, 16) + filler + QByteArray::number(i) + "</t></si>");
                }
                d.write("</sst>");
            }));
        QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);
        refused(QStringLiteral("kon"), {QStringLiteral("import-cases"), path}, 2,
                QStringLiteral("shared strings take more than 192 MB"));
        if (MeasureMemory)
            QVERIFY2(peakChildKilobytes() < 300 * 1024, qPrintable(QString::number(peakChildKilobytes())));
    }

    // Defect 12: a header with a cell in Excel's last column (XFD) pads every row to 16,384 fields; the rows read
    // ahead are bounded by memory, not only by count. A dry run: the file is accepted, the database untouched.
    void headerInTheLastColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("xfd-header.xlsx"));
        constexpr int Rows = 1500;
        QVERIFY(writeWorkbook(
            path,
            [](QIODevice &d) {
                d.write("<?xml version=\"1.0\"?><worksheet " + Ns + "><sheetData><row r=\"1\">");
                for (int c = 0; c < Header.size(); ++c)
                    d.write(inlineCell(QByteArray(1, char('A' + c)) + '1', Header.at(c)));
                d.write(inlineCell("XFD1", "x") + "</row>");
                for (int row = 2; row <= Rows + 1; ++row) {
                    const QList<QByteArray> values = caseRow(row, "|").split('|');
                    d.write("<row r=\"" + QByteArray::number(row) + "\">");
                    for (int c = 0; c < values.size(); ++c)
                        d.write(inlineCell(QByteArray(1, char('A' + c)) + QByteArray::number(row), values.at(c)));
                    d.write("</row>");
                }
                d.write("</sheetData></worksheet>");
            },
            [](QIODevice &d) { d.write("<?xml version=\"1.0\"?><sst " + Ns + "></sst>"); }));
        const QString before = fingerprint();
        const auto run =
            cli(QStringLiteral("kon"), {QStringLiteral("import-cases"), path, QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Created " + QByteArray::number(Rows)) && run.out.contains("dry run"),
                 run.out.constData());
        QCOMPARE(fingerprint(), before);
        if (MeasureMemory)
            QVERIFY2(peakChildKilobytes() < 300 * 1024, qPrintable(QString::number(peakChildKilobytes())));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
