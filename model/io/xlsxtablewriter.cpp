#include "xlsxtablewriter.h"

#include "csvwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>
#include <cstdio>

#include "dateparser.h"
#include "xlsxreader.h"

using namespace Qt::StringLiterals;

namespace sagstjek::io {

namespace {

constexpr qsizetype kMaxCellChars = 32767;
constexpr qint64 kMaxRows = 1'048'576;
constexpr int kMaxColumns = 16384;
constexpr qsizetype kFlushBytes = 256 * 1024;

// Escapes text for SpreadsheetML element content or attributes. Characters XML 1.0 cannot hold
// (controls other than TAB/LF/CR, U+FFFE/U+FFFF) become _xHHHH_, and a literal "_x" that would read
// as such an escape gets its underscore escaped (_x005F_), as Excel does.
void appendEscaped(QByteArray &out, QStringView text)
{
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'&' || u == u'<' || u == u'>' || u == u'"' || u == u'_' || u >= 0xD800) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += text.toUtf8();
        return;
    }
    QString s;
    s.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u == u'&')
            s += u"&amp;"_s;
        else if (u == u'<')
            s += u"&lt;"_s;
        else if (u == u'>')
            s += u"&gt;"_s;
        else if (u == u'"')
            s += u"&quot;"_s;
        else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            s += u"_x%1_"_s.arg(uint(u), 4, 16, QChar(u'0')).toUpper().replace(u"_X"_s, u"_x"_s);
        else if (u == u'\r')
            s += u"&#13;"_s; // a bare CR would be normalised away by XML parsers
        else if (u == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool hex = true;
            for (int k = 2; k < 6; ++k)
                hex = hex && isxdigit(text[i + k].toLatin1());
            s += hex ? u"_x005F_"_s : u"_"_s;
        } else if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                s += c;
                s += text[++i];
            } else {
                s += QChar(QChar::ReplacementCharacter);
            }
        } else {
            s += c;
        }
    }
    out += s.toUtf8();
}

QByteArray escaped(QStringView text)
{
    QByteArray out;
    appendEscaped(out, text);
    return out;
}

QString sheetNameProblem(const QString &name)
{
    if (name.isEmpty())
        return u"a sheet name cannot be empty"_s;
    if (name.size() > 31)
        return u"a sheet name has at most 31 characters"_s;
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            return u"a sheet name cannot contain [ ] : * ? / \\"_s;
        if (c.unicode() < 0x20)
            return u"a sheet name cannot contain control characters"_s;
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return u"a sheet name cannot start or end with an apostrophe"_s;
    if (name.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        return u"\"History\" is reserved by Excel"_s;
    return {};
}

struct SheetState {
    QString name;
    int columns = 0;
    qint64 rows = 0;
    QList<int> widths;
};

} // namespace

struct XlsxTableWriter::Private {
    XlsxWriteOptions options;
    QString target;
    std::unique_ptr<QTemporaryFile> zipFile;
    std::unique_ptr<QuaZip> zip;
    QList<SheetState> sheets;
    QSet<QString> sheetNamesLower;
    std::unique_ptr<QTemporaryFile> rowsFile; // sheetData of the open sheet
    QByteArray buffer;
    QList<QByteArray> columnNames; // "A", "B", … cached
    IoError error;
    bool finished = false;

    SheetState *current() { return sheets.isEmpty() || !rowsFile ? nullptr : &sheets.last(); }
    bool fail(const QString &message, qint64 row = 0, int column = 0)
    {
        if (!error.isError())
            error = IoError{message, row, column, 0, -1};
        return false;
    }
    bool begin();
    bool flush(bool force);
    bool writeEntry(const QString &name, const QByteArray &data);
    bool closeSheet();
    bool writePackageParts();
    void discard()
    {
        rowsFile.reset();
        if (zip && zip->isOpen())
            zip->close();
        zip.reset();
        if (zipFile)
            zipFile->remove();
        zipFile.reset();
    }
};

bool XlsxTableWriter::Private::begin()
{
    if (zip)
        return true;
    if (error.isError() || finished)
        return false;
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return fail(u"The folder %1 does not exist"_s.arg(QDir::toNativeSeparators(dir.path())));
    zipFile = std::make_unique<QTemporaryFile>(dir.filePath(info.fileName() + u".XXXXXX.tmp"_s));
    if (!zipFile->open())
        return fail(u"Cannot create a temporary file in %1: %2"_s.arg(QDir::toNativeSeparators(dir.path()),
                                                                      zipFile->errorString()));
    zip = std::make_unique<QuaZip>(zipFile.get());
    if (!zip->open(QuaZip::mdCreate))
        return fail(u"Cannot start the zip archive (zip error %1)"_s.arg(zip->getZipError()));
    return true;
}

bool XlsxTableWriter::Private::flush(bool force)
{
    if (!rowsFile || buffer.isEmpty() || (!force && buffer.size() < kFlushBytes))
        return true;
    if (rowsFile->write(buffer) != buffer.size())
        return fail(u"Cannot write the temporary file: %1"_s.arg(rowsFile->errorString()));
    buffer.clear();
    return true;
}

bool XlsxTableWriter::Private::writeEntry(const QString &name, const QByteArray &data)
{
    QuaZipFile file(zip.get());
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
    if (!file.open(QIODevice::WriteOnly, info))
        return fail(u"Cannot add %1 to the zip (zip error %2)"_s.arg(name).arg(file.getZipError()));
    if (file.write(data) != data.size())
        return fail(u"Cannot write %1 to the zip: %2"_s.arg(name, file.errorString()));
    file.close();
    if (file.getZipError() != 0)
        return fail(u"Cannot finish %1 in the zip (zip error %2)"_s.arg(name).arg(file.getZipError()));
    return true;
}

bool XlsxTableWriter::Private::closeSheet()
{
    SheetState *sheet = current();
    if (!sheet)
        return true;
    if (!flush(true))
        return false;
    const qsizetype index = sheets.size();
    QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    const QString lastCell =
        xlsxColumnName(std::max(sheet->columns, 1) - 1) + QString::number(std::max<qint64>(sheet->rows, 1));
    head += "<dimension ref=\"A1:" + lastCell.toUtf8() + "\"/>";
    head += "<sheetViews><sheetView workbookViewId=\"0\"" + QByteArray(index == 1 ? " tabSelected=\"1\"" : "") +
            "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
            "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (sheet->columns > 0) {
        head += "<cols>";
        for (int c = 0; c < sheet->columns; ++c) {
            const int w = std::clamp(sheet->widths.value(c) + 2, options.minColumnWidth, options.maxColumnWidth);
            head += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1) +
                    "\" width=\"" + QByteArray::number(w) + "\" customWidth=\"1\"/>";
        }
        head += "</cols>";
    }
    head += "<sheetData>";
    QByteArray tail = "</sheetData>";
    if (sheet->columns > 0)
        tail += "<autoFilter ref=\"A1:" + lastCell.toUtf8() + "\"/>";
    tail += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            "</worksheet>";

    const QString name = u"xl/worksheets/sheet%1.xml"_s.arg(index);
    QuaZipFile file(zip.get());
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
    if (!file.open(QIODevice::WriteOnly, info))
        return fail(u"Cannot add %1 to the zip (zip error %2)"_s.arg(name).arg(file.getZipError()));
    bool ok = file.write(head) == head.size();
    rowsFile->seek(0);
    QByteArray chunk;
    while (ok && !(chunk = rowsFile->read(kFlushBytes)).isEmpty())
        ok = file.write(chunk) == chunk.size();
    ok = ok && file.write(tail) == tail.size();
    file.close();
    rowsFile.reset();
    if (!ok || file.getZipError() != 0)
        return fail(u"Cannot write %1 to the zip (zip error %2)"_s.arg(name).arg(file.getZipError()));
    return true;
}

bool XlsxTableWriter::Private::writePackageParts()
{
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray sheetList, rels, defined;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" "
                 "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        sheetList += "<sheet name=\"" + escaped(sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        if (sheets[i].columns > 0) {
            QString quoted = sheets[i].name;
            quoted.replace(u"'"_s, u"''"_s);
            const QString range = u"'%1'!$A$1:$%2$%3"_s.arg(quoted, xlsxColumnName(sheets[i].columns - 1))
                                      .arg(std::max<qint64>(sheets[i].rows, 1));
            defined += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + QByteArray::number(i) +
                       "\" hidden=\"1\">" + escaped(range) + "</definedName>";
        }
    }
    types += "</Types>";
    rels += "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>";
    const QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<workbookPr/><bookViews><workbookView/></bookViews><sheets>" +
                                sheetList + "</sheets>" +
                                (defined.isEmpty() ? QByteArray() : "<definedNames>" + defined + "</definedNames>") +
                                "</workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        rels + "</Relationships>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";
    // Styles: xf 0 default, 1 bold header, 2 date (numFmt 164), 3 text with the quote prefix, 4 a bold header with
    // it. The quote prefix is Excel's own "this is text" mark (what typing an apostrophe first sets): a text cell that
    // begins like a formula keeps it when someone edits the cell, instead of turning into a live formula.
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" +
        escaped(options.dateFormat) +
        "\"/></numFmts>"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
        "quotePrefix=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>";
    return writeEntry(u"[Content_Types].xml"_s, types) && writeEntry(u"_rels/.rels"_s, rootRels) &&
           writeEntry(u"xl/workbook.xml"_s, workbook) && writeEntry(u"xl/_rels/workbook.xml.rels"_s, workbookRels) &&
           writeEntry(u"xl/styles.xml"_s, styles);
}

XlsxTableWriter::XlsxTableWriter(const QString &targetPath, const XlsxWriteOptions &options)
    : d(std::make_unique<Private>())
{
    d->target = targetPath;
    d->options = options;
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (!d->finished)
        d->discard();
}

QString XlsxTableWriter::safeSheetName(const QString &name)
{
    QString s = name;
    for (QChar &c : s) {
        if (c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' || c == u'\\' ||
            c.unicode() < 0x20)
            c = u'_';
    }
    s = s.trimmed();
    while (s.startsWith(u'\''))
        s.remove(0, 1);
    s.truncate(31);
    while (s.endsWith(u'\''))
        s.chop(1);
    if (s.isEmpty() || s.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        s = u"Ark"_s;
    return s;
}

bool XlsxTableWriter::addSheet(const QString &name, const QStringList &headers)
{
    if (const QString problem = sheetNameProblem(name); !problem.isEmpty())
        return d->fail(u"The sheet name \"%1\" cannot be used: %2"_s.arg(name, problem));
    if (d->sheetNamesLower.contains(name.toLower()))
        return d->fail(u"The sheet name \"%1\" is used twice"_s.arg(name));
    if (headers.size() > kMaxColumns)
        return d->fail(u"A sheet holds at most %1 columns"_s.arg(kMaxColumns));
    if (!d->begin() || !d->closeSheet())
        return false;
    d->rowsFile = std::make_unique<QTemporaryFile>(QFileInfo(d->target).absoluteDir().filePath(u".sheet.XXXXXX.tmp"_s));
    if (!d->rowsFile->open())
        return d->fail(u"Cannot create a temporary file: %1"_s.arg(d->rowsFile->errorString()));
    d->sheetNamesLower.insert(name.toLower());
    d->sheets.append({name, int(headers.size()), 0, QList<int>(headers.size(), 0)});
    QList<Cell> cells;
    cells.reserve(headers.size());
    for (const QString &h : headers)
        cells.append(Cell(h));
    return writeRow(cells);
}

bool XlsxTableWriter::writeRow(const QList<Cell> &cells)
{
    if (d->error.isError())
        return false;
    SheetState *sheet = d->current();
    if (!sheet)
        return d->fail(u"writeRow() before addSheet()"_s);
    const qint64 rowNo = sheet->rows + 1;
    if (rowNo > kMaxRows)
        return d->fail(u"A sheet holds at most %1 rows"_s.arg(kMaxRows), rowNo);
    if (cells.size() > std::max(sheet->columns, 1) && cells.size() > kMaxColumns)
        return d->fail(u"A sheet holds at most %1 columns"_s.arg(kMaxColumns), rowNo);
    const bool header = rowNo == 1;
    QByteArray &out = d->buffer;
    const QByteArray rowText = QByteArray::number(rowNo);
    out += "<row r=\"" + rowText + "\">";
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells[i];
        const int column = int(i + 1);
        int width = 0;
        while (d->columnNames.size() <= i)
            d->columnNames.append(xlsxColumnName(int(d->columnNames.size())).toLatin1());
        const QByteArray ref = d->columnNames.at(i) + rowText;
        switch (cell.kind) {
        case Cell::Kind::Empty:
            break;
        case Cell::Kind::Text: {
            if (cell.text.isEmpty())
                break;
            QString text = cell.text;
            if (text.size() > kMaxCellChars) {
                if (!d->options.truncateLongText)
                    return d->fail(
                        u"The text is %1 characters long; Excel holds at most %2 in a cell"_s.arg(text.size())
                            .arg(kMaxCellChars),
                        rowNo, column);
                text.truncate(kMaxCellChars - 1);
                text += u'…';
            }
            for (const QStringView line : QStringView(text).split(u'\n'))
                width = std::max(width, int(line.size()));
            const bool formulaLike = CsvWriter::needsFormulaNeutralisation(text);
            const char *style = formulaLike ? (header ? "\" s=\"4\"" : "\" s=\"3\"") : (header ? "\" s=\"1\"" : "\"");
            out += "<c r=\"" + ref + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">";
            appendEscaped(out, text);
            out += "</t></is></c>";
            break;
        }
        case Cell::Kind::Number: {
            if (!std::isfinite(cell.number))
                return d->fail(u"The number is not finite (NaN or infinity)"_s, rowNo, column);
            // The shortest form that reads back exactly.
            const QByteArray text = QByteArray::number(cell.number, 'g', QLocale::FloatingPointShortest);
            out += "<c r=\"" + ref + "\"><v>" + text + "</v></c>";
            width = int(text.size());
            break;
        }
        case Cell::Kind::Date: {
            if (cell.date < QDate(1900, 3, 1) || cell.date.year() > 9999)
                return d->fail(u"Excel cannot hold the date %1"_s.arg(cell.date.toString(Qt::ISODate)), rowNo, column);
            out += "<c r=\"" + ref + "\" s=\"2\"><v>" + QByteArray::number(dateToExcelSerial(cell.date), 'f', 0) +
                   "</v></c>";
            width = int(d->options.dateFormat.size());
            break;
        }
        }
        if (i < sheet->widths.size())
            sheet->widths[i] = std::max(sheet->widths[i], width);
    }
    out += "</row>";
    sheet->rows = rowNo;
    return d->flush(false);
}

bool XlsxTableWriter::finish()
{
    if (d->error.isError() || d->finished)
        return false;
    if (d->sheets.isEmpty())
        return d->fail(u"The workbook has no sheets"_s);
    if (!d->closeSheet() || !d->writePackageParts())
        return false;
    d->zip->close();
    if (d->zip->getZipError() != 0)
        return d->fail(u"Cannot finish the zip archive (zip error %1)"_s.arg(d->zip->getZipError()));
    d->zip.reset();
    if (!d->zipFile->flush())
        return d->fail(u"Cannot write the workbook: %1"_s.arg(d->zipFile->errorString()));
    const QString temp = d->zipFile->fileName();
    d->zipFile->close();
    // POSIX rename() replaces the target atomically.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(d->target).constData()) != 0) {
        // Windows does not replace an existing file with rename(); fall back (not atomic there).
        QFile::remove(d->target);
        if (!QFile::rename(temp, d->target))
            return d->fail(u"Cannot move the finished workbook to %1"_s.arg(QDir::toNativeSeparators(d->target)));
    }
    d->zipFile->setAutoRemove(false);
    d->zipFile.reset();
    d->finished = true;
    return true;
}

const IoError &XlsxTableWriter::error() const
{
    return d->error;
}

IoError writeXlsxFile(const QString &targetPath, const QList<XlsxSheetData> &sheets, const XlsxWriteOptions &options)
{
    XlsxTableWriter writer(targetPath, options);
    for (const XlsxSheetData &s : sheets) {
        if (!writer.addSheet(s.name, s.headers))
            return writer.error();
        for (const auto &row : s.rows) {
            if (!writer.writeRow(row))
                return writer.error();
        }
    }
    writer.finish();
    return writer.error();
}

} // namespace sagstjek::io
