// libFuzzer target: XlsxReader.
// Input starting with "PK" is taken as a whole .xlsx file. Otherwise the first byte picks one part
// of a small valid workbook (sheet, shared strings, styles, workbook) and the rest replaces that
// part; the zip is built here (stored, so CRCs are right), which lets the fuzzer reach the XML
// handling instead of failing on zip checksums.

#include "io/xlsxreader.h"

#include <QBuffer>
#include <QByteArray>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdint>
#include <cstdlib>

using namespace sagstjek::io;

namespace {

const char kContentTypes[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const char kRootRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const char kWorkbook[] =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr/><sheets>"
    "<sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" "
    "r:id=\"rId2\"/></sheets></workbook>";
const char kWorkbookRels[] =
    "<?xml version=\"1.0\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"/xl/worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId4\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";
const char kStyles[] =
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf "
    "numFmtId=\"20\"/></cellXfs></styleSheet>";
const char kShared[] =
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Navn</t></si><si><r><t>S</t></r><r><t>øren</t></r></si></sst>";
const char kSheet[] =
    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
    "t=\"inlineStr\"><is><t>Dato</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" "
    "s=\"1\"><v>43529</v></c></row></sheetData></worksheet>";

void add(QuaZip &zip, const char *name, const QByteArray &content)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(QString::fromLatin1(name));
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, 0 /* stored */))
        std::abort();
    file.write(content);
    file.close();
}

QByteArray buildWorkbook(int part, const QByteArray &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        std::abort();
    add(zip, "[Content_Types].xml", kContentTypes);
    add(zip, "_rels/.rels", kRootRels);
    add(zip, "xl/workbook.xml", part == 3 ? content : QByteArray(kWorkbook));
    add(zip, "xl/_rels/workbook.xml.rels", kWorkbookRels);
    add(zip, "xl/styles.xml", part == 2 ? content : QByteArray(kStyles));
    add(zip, "xl/sharedStrings.xml", part == 1 ? content : QByteArray(kShared));
    add(zip, "xl/worksheets/sheet1.xml", part == 0 ? content : QByteArray(kSheet));
    add(zip, "xl/worksheets/sheet2.xml", part == 4 ? content : QByteArray(kSheet));
    zip.close();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    QByteArray file;
    if (data[0] == 'P' && data[1] == 'K')
        file = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    else
        file = buildWorkbook(data[0] % 5,
                             QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)));

    XlsxOptions options;
    options.limits.maxTotalUncompressedBytes = 16 * 1024 * 1024;
    options.limits.maxEntryUncompressedBytes = 8 * 1024 * 1024;
    options.limits.ratioGraceBytes = 256 * 1024;
    options.limits.maxColumns = 256;
    options.limits.maxRows = 100000;
    options.allowCellsBeyondHeader = (data[0] & 0x80) != 0;
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    XlsxReader reader(options);
    if (!reader.open(&buffer)) {
        if (!reader.hasError())
            std::abort();
        return 0;
    }
    const qsizetype sheets = std::min<qsizetype>(reader.sheets().size(), 3);
    for (qsizetype i = 0; i < sheets; ++i) {
        if (!reader.selectSheet(int(i)))
            continue;
        const qsizetype width = reader.headers().size();
        if (width == 0)
            std::abort(); // a header row has at least one non-empty cell
        QStringList row;
        while (reader.readRow(row)) {
            if (row.size() != width || reader.rowKinds().size() != width)
                std::abort();
        }
    }
    return 0;
}
