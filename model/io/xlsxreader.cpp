#include "xlsxreader.h"

#include "dateparser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace sagstjek::io {

namespace {

constexpr qint64 kChunk = 64 * 1024;

// Decodes the OOXML escape _xHHHH_ (ECMA-376 22.9.2.19), used for control characters.
QString decodeOoxmlEscapes(QString s)
{
    qsizetype i = s.indexOf(u"_x"_s);
    if (i < 0)
        return s;
    QString out;
    out.reserve(s.size());
    qsizetype last = 0;
    while (i >= 0 && i + 7 <= s.size()) {
        bool ok = false;
        const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
        if (ok && s.at(i + 6) == u'_') {
            out += QStringView(s).mid(last, i - last);
            out += QChar(code);
            last = i + 7;
            i = s.indexOf(u"_x"_s, last);
        } else {
            i = s.indexOf(u"_x"_s, i + 1);
        }
    }
    out += QStringView(s).mid(last);
    return out;
}

CellKind classifyNumFmt(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return CellKind::Date;
    if (id == 22)
        return CellKind::DateTime;
    if ((id >= 18 && id <= 21) || id == 45 || id == 46 || id == 47)
        return CellKind::Time;
    if (code.isEmpty())
        return CellKind::Number;
    // First section only; drop quoted literals, escapes, fills/paddings and [..] parts.
    QString s;
    bool inQuote = false;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuote = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (inner == u"h"_s || inner == u"hh"_s || inner == u"m"_s || inner == u"mm"_s || inner == u"s"_s ||
                inner == u"ss"_s)
                elapsed = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == u';') {
            break;
        } else {
            s += c.toLower();
        }
    }
    if (elapsed)
        return CellKind::Number; // a duration such as [h]:mm, not a point in time
    s.remove(u"am/pm"_s).remove(u"a/p"_s);
    const bool date = s.contains(u'd') || s.contains(u'y');
    const bool time = s.contains(u'h') || s.contains(u's');
    if (date && time)
        return CellKind::DateTime;
    if (date)
        return CellKind::Date;
    if (time)
        return CellKind::Time;
    if (s.contains(u'm') && !s.contains(u'0') && !s.contains(u'#'))
        return CellKind::Date; // "mmm yyyy" without y is rare, "mmmm" alone is a month
    return CellKind::Number;
}

// A decimal number as OOXML writes it: [-+]digits[.digits][(e|E)[-+]digits]. Cheaper than toDouble().
bool looksNumeric(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    qsizetype digits = 0;
    while (i < n && s[i].isDigit() && s[i].unicode() < 0x80)
        ++i, ++digits;
    if (i < n && s[i] == u'.') {
        ++i;
        while (i < n && s[i].isDigit() && s[i].unicode() < 0x80)
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        qsizetype exp = 0;
        while (i < n && s[i].isDigit() && s[i].unicode() < 0x80)
            ++i, ++exp;
        if (exp == 0)
            return false;
    }
    return i == n;
}

QString attr(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return QString();
}

} // namespace

int xlsxColumnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (const QChar c : letters) {
        const char16_t u = c.unicode();
        int v;
        if (u >= u'A' && u <= u'Z')
            v = u - u'A' + 1;
        else if (u >= u'a' && u <= u'z')
            v = u - u'a' + 1;
        else
            return -1;
        index = index * 26 + v;
    }
    return index - 1;
}

bool parseCellReference(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    const int col = xlsxColumnIndex(ref.first(i));
    if (col < 0)
        return false;
    bool ok = true;
    qint64 r = 0;
    if (i < ref.size())
        r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 0)
        return false;
    *column = col;
    *row = r;
    return true;
}

QString xlsxColumnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return name;
}

struct XlsxReader::Private {
    XlsxOptions options;
    IoError error;
    std::unique_ptr<QuaZip> zip;
    QString workbookPath = u"xl/workbook.xml"_s;
    QList<XlsxSheetInfo> sheets;
    bool date1904 = false;
    bool opened = false;
    QString sharedStringsPath;
    QString stylesPath;
    bool sharedStringsLoaded = false;
    bool hasSharedStrings = false;
    QStringList sharedStrings;
    QList<CellKind> xfKinds; // cellXfs index → kind

    qint64 totalRead = 0;

    // The sheet being streamed.
    std::unique_ptr<QuaZipFile> entry;
    QString entryName;
    qint64 entryRead = 0;
    qint64 entryCompressed = 0;
    qint64 entryStreamStart = 0; // file offset where the entry's compressed data starts
    bool entryDone = false;
    QXmlStreamReader xml;
    QStringList headers;
    QList<CellKind> kinds;
    qint64 rowNo = 0;
    qint64 prevRowNo = 0;
    bool sheetActive = false;

    bool fail(const QString &message, qint64 row = 0, int column = 0)
    {
        error = IoError{message, row, column, 0, -1};
        return false;
    }

    bool openEntry(const QString &name);
    bool readEntryChunk(QByteArray &out); // out empty at the end
    bool closeEntry();
    bool readWholeEntry(const QString &name, QByteArray &out, bool *missing = nullptr);

    bool loadWorkbook();
    bool loadStyles();
    bool loadSharedStrings();
    bool xmlFailed(const QXmlStreamReader &r, const QString &part)
    {
        return fail(u"The workbook part %1 is not well-formed XML: %2 (line %3)"_s.arg(part, r.errorString())
                        .arg(r.lineNumber()));
    }

    // Sheet streaming.
    QXmlStreamReader::TokenType next();
    bool collectText(QString &out, bool rich, int column);
    enum class RowStatus { Row, End, Failed };
    RowStatus readSheetRow(QStringList &cells);
    bool startSheet(int index);
};

bool XlsxReader::Private::openEntry(const QString &name)
{
    entry.reset();
    if (!zip->setCurrentFile(name, QuaZip::csInsensitive))
        return fail(u"The workbook has no part %1"_s.arg(name));
    QuaZipFileInfo64 info;
    if (!zip->getCurrentFileInfo(&info))
        return fail(u"Cannot read the zip entry of %1 (error %2)"_s.arg(name).arg(zip->getZipError()));
    const XlsxLimits &lim = options.limits;
    const auto declared = static_cast<qint64>(info.uncompressedSize);
    if (declared > lim.maxEntryUncompressedBytes) {
        return fail(u"The part %1 would expand to %2 bytes, more than the limit of %3 (a zip bomb?)"_s.arg(name)
                        .arg(declared)
                        .arg(lim.maxEntryUncompressedBytes));
    }
    if (totalRead + declared > lim.maxTotalUncompressedBytes) {
        return fail(u"The workbook would expand to more than %1 bytes, the limit (a zip bomb?)"_s.arg(
            lim.maxTotalUncompressedBytes));
    }
    entry = std::make_unique<QuaZipFile>(zip.get());
    if (!entry->open(QIODevice::ReadOnly)) {
        const int code = entry->getZipError();
        entry.reset();
        return fail(u"Cannot open the part %1 in the zip (error %2; damaged or encrypted?)"_s.arg(name).arg(code));
    }
    entryName = name;
    entryRead = 0;
    entryStreamStart = static_cast<qint64>(unzGetCurrentFileZStreamPos64(zip->getUnzFile()));
    entryCompressed = std::max<qint64>(1, static_cast<qint64>(info.compressedSize));
    entryDone = false;
    return true;
}

bool XlsxReader::Private::readEntryChunk(QByteArray &out)
{
    out.resize(kChunk);
    const qint64 got = entry->read(out.data(), kChunk);
    if (got < 0) {
        out.clear();
        return fail(u"The part %1 is damaged or truncated (zip error %2)"_s.arg(entryName).arg(entry->getZipError()));
    }
    out.resize(got);
    if (got == 0) {
        entryDone = true;
        return closeEntry();
    }
    entryRead += got;
    totalRead += got;
    const XlsxLimits &lim = options.limits;
    if (entryRead > lim.maxEntryUncompressedBytes) {
        return fail(u"The part %1 expands to more than %2 bytes, the limit (a zip bomb?)"_s.arg(entryName).arg(
            lim.maxEntryUncompressedBytes));
    }
    if (totalRead > lim.maxTotalUncompressedBytes) {
        return fail(u"The workbook expands to more than %1 bytes, the limit (a zip bomb?)"_s.arg(
            lim.maxTotalUncompressedBytes));
    }
    if (entryRead > lim.ratioGraceBytes) {
        // Compressed bytes consumed so far (minizip reads ahead in 16 KiB blocks): a bomb shows its
        // ratio within the first few MiB, whatever the entry's total size.
        const qint64 consumed =
            static_cast<qint64>(unzGetCurrentFileZStreamPos64(zip->getUnzFile())) - entryStreamStart;
        const qint64 compressed = consumed > 0 ? std::min(consumed, entryCompressed) : entryCompressed;
        if (entryRead / compressed > lim.maxCompressionRatio) {
            return fail(u"The part %1 expands more than %2 times, the limit (a zip bomb?)"_s.arg(entryName).arg(
                lim.maxCompressionRatio));
        }
    }
    return true;
}

bool XlsxReader::Private::closeEntry()
{
    if (!entry)
        return true;
    entry->close();
    const int code = entry->getZipError();
    entry.reset();
    if (code != UNZ_OK)
        return fail(u"The part %1 is damaged (zip error %2, e.g. a CRC mismatch)"_s.arg(entryName).arg(code));
    return true;
}

bool XlsxReader::Private::readWholeEntry(const QString &name, QByteArray &out, bool *missing)
{
    out.clear();
    if (missing) {
        *missing = !zip->setCurrentFile(name, QuaZip::csInsensitive);
        if (*missing)
            return true;
    }
    if (!openEntry(name))
        return false;
    QByteArray chunk;
    for (;;) {
        if (!readEntryChunk(chunk))
            return false;
        if (chunk.isEmpty())
            return true;
        out.append(chunk);
    }
}

bool XlsxReader::Private::loadWorkbook()
{
    QByteArray bytes;
    bool missing = false;
    // The package root relationships name the workbook part.
    if (!readWholeEntry(u"_rels/.rels"_s, bytes, &missing))
        return false;
    if (!missing) {
        QXmlStreamReader r(bytes);
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship" &&
                attr(r, u"Type").endsWith(u"/officeDocument"_s)) {
                workbookPath = QDir::cleanPath(attr(r, u"Target"));
                if (workbookPath.startsWith(u'/'))
                    workbookPath.remove(0, 1);
            }
        }
        if (r.hasError())
            return xmlFailed(r, u"_rels/.rels"_s);
    }
    if (!readWholeEntry(workbookPath, bytes, &missing))
        return false;
    if (missing)
        return fail(u"The file is a zip archive but not an XLSX workbook (it has no %1)"_s.arg(workbookPath));

    struct Entry {
        QString name, rid;
        bool hidden;
    };
    QList<Entry> entries;
    {
        QXmlStreamReader r(bytes);
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == u"workbookPr") {
                const QString v = attr(r, u"date1904");
                date1904 = v == u"1"_s || v == u"true"_s;
            } else if (r.name() == u"sheet") {
                QString rid;
                for (const QXmlStreamAttribute &a : r.attributes()) {
                    if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                        rid = a.value().toString();
                }
                const QString state = attr(r, u"state");
                entries.append({attr(r, u"name"), rid, !state.isEmpty() && state != u"visible"_s});
            }
        }
        if (r.hasError())
            return xmlFailed(r, workbookPath);
    }

    const QString dir = workbookPath.contains(u'/') ? workbookPath.left(workbookPath.lastIndexOf(u'/') + 1) : QString();
    const QString relsPath = dir + u"_rels/"_s + workbookPath.mid(dir.size()) + u".rels"_s;
    if (!readWholeEntry(relsPath, bytes, &missing))
        return false;
    QHash<QString, QString> targets;
    if (!missing) {
        QXmlStreamReader r(bytes);
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement || r.name() != u"Relationship")
                continue;
            QString target = attr(r, u"Target");
            target = target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(dir + target);
            const QString type = attr(r, u"Type");
            targets.insert(attr(r, u"Id"), target);
            if (type.endsWith(u"/sharedStrings"_s))
                sharedStringsPath = target;
            else if (type.endsWith(u"/styles"_s))
                stylesPath = target;
        }
        if (r.hasError())
            return xmlFailed(r, relsPath);
    }
    if (sharedStringsPath.isEmpty())
        sharedStringsPath = dir + u"sharedStrings.xml"_s;
    if (stylesPath.isEmpty())
        stylesPath = dir + u"styles.xml"_s;

    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString part = targets.value(entries[i].rid);
        if (part.isEmpty())
            part = dir + u"worksheets/sheet%1.xml"_s.arg(i + 1); // no rels: the usual name
        sheets.append({entries[i].name, part, entries[i].hidden});
    }
    if (sheets.isEmpty())
        return fail(u"The workbook has no sheets"_s);
    return true;
}

bool XlsxReader::Private::loadStyles()
{
    QByteArray bytes;
    bool missing = false;
    if (!readWholeEntry(stylesPath, bytes, &missing))
        return false;
    if (missing)
        return true; // no styles: no dates can be recognised, numbers stay numbers
    QHash<int, QString> customFormats;
    QXmlStreamReader r(bytes);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (r.name() == u"numFmt") {
                customFormats.insert(attr(r, u"numFmtId").toInt(), attr(r, u"formatCode"));
            } else if (r.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && r.name() == u"xf") {
                const int id = attr(r, u"numFmtId").toInt();
                xfKinds.append(classifyNumFmt(id, customFormats.value(id)));
            }
        } else if (t == QXmlStreamReader::EndElement && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (r.hasError())
        return xmlFailed(r, stylesPath);
    return true;
}

bool XlsxReader::Private::loadSharedStrings()
{
    sharedStringsLoaded = true;
    QByteArray bytes;
    bool missing = false;
    if (!readWholeEntry(sharedStringsPath, bytes, &missing))
        return false;
    hasSharedStrings = !missing;
    if (missing)
        return true;
    QXmlStreamReader r(bytes);
    QString current;
    int depthT = 0, depthPh = 0;
    bool inSi = false;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView n = r.name();
            if (n == u"si") {
                inSi = true;
                current.clear();
            } else if (n == u"t") {
                ++depthT;
            } else if (n == u"rPh") {
                ++depthPh;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView n = r.name();
            if (n == u"si") {
                inSi = false;
                if (sharedStrings.size() >= options.limits.maxSharedStrings)
                    return fail(u"The workbook has more than %1 shared strings, the limit"_s.arg(
                        options.limits.maxSharedStrings));
                sharedStrings.append(decodeOoxmlEscapes(current));
            } else if (n == u"t") {
                --depthT;
            } else if (n == u"rPh") {
                --depthPh;
            }
        } else if ((t == QXmlStreamReader::Characters) && inSi && depthT > 0 && depthPh == 0) {
            current += r.text();
            if (current.size() > options.limits.maxCellChars)
                return fail(u"Shared string %1 is longer than %2 characters, the limit"_s.arg(sharedStrings.size())
                                .arg(options.limits.maxCellChars));
        }
    }
    if (r.hasError())
        return xmlFailed(r, sharedStringsPath);
    return true;
}

QXmlStreamReader::TokenType XlsxReader::Private::next()
{
    for (;;) {
        const auto t = xml.readNext();
        if (t != QXmlStreamReader::Invalid)
            return t;
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || entryDone)
            break;
        QByteArray chunk;
        if (!readEntryChunk(chunk))
            return QXmlStreamReader::Invalid;
        if (chunk.isEmpty())
            break;
        xml.addData(chunk);
    }
    if (!error.isError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            fail(u"The sheet %1 ends in the middle (truncated XML)"_s.arg(entryName), rowNo);
        else
            fail(u"The sheet %1 is not well-formed XML: %2 (line %3)"_s.arg(entryName, xml.errorString())
                     .arg(xml.lineNumber()),
                 rowNo);
    }
    return QXmlStreamReader::Invalid;
}

// Collects the text of the current element (<v>, <is>): with rich, only inside <t> and not inside
// <rPh>. Ends after the element's end tag.
bool XlsxReader::Private::collectText(QString &out, bool rich, int column)
{
    out.clear();
    int depth = 1, depthT = 0, depthPh = 0;
    while (depth > 0) {
        const auto t = next();
        switch (t) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"t")
                ++depthT;
            else if (xml.name() == u"rPh")
                ++depthPh;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (xml.name() == u"t")
                --depthT;
            else if (xml.name() == u"rPh")
                --depthPh;
            break;
        case QXmlStreamReader::Characters:
            if (!rich || (depthT > 0 && depthPh == 0)) {
                out += xml.text();
                if (out.size() > options.limits.maxCellChars)
                    return fail(u"The cell is longer than %1 characters, the limit"_s.arg(options.limits.maxCellChars),
                                rowNo, column + 1);
            }
            break;
        default:
            break;
        }
    }
    return true;
}

XlsxReader::Private::RowStatus XlsxReader::Private::readSheetRow(QStringList &cells)
{
    // Find the next <row>.
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::Invalid)
            return RowStatus::Failed;
        if (t == QXmlStreamReader::EndDocument)
            return RowStatus::End;
        if (t == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            return RowStatus::End;
        if (t == QXmlStreamReader::StartElement && xml.name() == u"row")
            break;
    }
    const QString r = attr(xml, u"r");
    qint64 number = prevRowNo + 1;
    if (!r.isEmpty()) {
        bool ok = false;
        number = r.toLongLong(&ok);
        if (!ok || number < 1) {
            fail(u"Invalid row number \"%1\""_s.arg(r), prevRowNo + 1);
            return RowStatus::Failed;
        }
    }
    if (number > options.limits.maxRows) {
        fail(u"The sheet has more than %1 rows, the limit"_s.arg(options.limits.maxRows), number);
        return RowStatus::Failed;
    }
    rowNo = prevRowNo = number;
    cells.clear();
    kinds.clear();
    int nextCol = 0;
    QString text;
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::Invalid)
            return RowStatus::Failed;
        if (t == QXmlStreamReader::EndElement && xml.name() == u"row")
            return RowStatus::Row;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != u"c") {
            // e.g. extLst; never holds cells. Skipped through next() so that a chunk boundary
            // inside it is handled like anywhere else.
            if (!collectText(text, false, nextCol))
                return RowStatus::Failed;
            continue;
        }
        int col = nextCol;
        QStringView ref;
        QString type;
        int styleIndex = 0;
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            if (a.name() == u"r")
                ref = a.value();
            else if (a.name() == u"t")
                type = a.value().toString();
            else if (a.name() == u"s")
                styleIndex = a.value().toInt();
        }
        if (!ref.isEmpty()) {
            qint64 refRow = 0;
            if (!parseCellReference(ref, &col, &refRow)) {
                fail(u"Invalid cell reference \"%1\""_s.arg(ref.toString()), rowNo, nextCol + 1);
                return RowStatus::Failed;
            }
        }
        if (col >= options.limits.maxColumns) {
            fail(u"The row has a cell beyond column %1, the limit"_s.arg(options.limits.maxColumns), rowNo, col + 1);
            return RowStatus::Failed;
        }
        nextCol = col + 1;
        QString value;
        bool hasValue = false;
        bool inlineValue = false;
        // Children: <f>, <v>, <is>, <extLst>.
        for (;;) {
            const auto ct = next();
            if (ct == QXmlStreamReader::Invalid)
                return RowStatus::Failed;
            if (ct == QXmlStreamReader::EndElement && xml.name() == u"c")
                break;
            if (ct != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"v") {
                if (!collectText(text, false, col))
                    return RowStatus::Failed;
                value = text;
                hasValue = true;
            } else if (xml.name() == u"is") {
                if (!collectText(text, true, col))
                    return RowStatus::Failed;
                value = text;
                hasValue = true;
                inlineValue = true;
            } else {
                if (!collectText(text, false, col)) // <f> and the rest: skip
                    return RowStatus::Failed;
            }
        }
        CellKind kind = CellKind::Empty;
        QString out;
        const auto cellError = [&](const QString &message) {
            fail(u"Cell %1%2: %3"_s.arg(xlsxColumnName(col)).arg(rowNo).arg(message), rowNo, col + 1);
            return RowStatus::Failed;
        };
        if (type == u"s") {
            if (hasValue) {
                bool ok = false;
                const qint64 idx = value.trimmed().toLongLong(&ok);
                if (!hasSharedStrings)
                    return cellError(
                        u"refers to shared string %1, but the workbook has no shared strings"_s.arg(value.trimmed()));
                if (!ok || idx < 0 || idx >= sharedStrings.size())
                    return cellError(u"refers to shared string %1, but there are only %2"_s.arg(value.trimmed())
                                         .arg(sharedStrings.size()));
                out = sharedStrings.at(idx);
                kind = CellKind::Text;
            }
        } else if (type == u"inlineStr" || inlineValue) {
            out = decodeOoxmlEscapes(value);
            kind = CellKind::Text;
        } else if (type == u"str") {
            out = decodeOoxmlEscapes(value);
            kind = CellKind::Text;
        } else if (type == u"b") {
            if (hasValue) {
                out = value.trimmed() == u"1"_s || value.trimmed() == u"true"_s ? u"TRUE"_s : u"FALSE"_s;
                kind = CellKind::Boolean;
            }
        } else if (type == u"e") {
            out = value;
            kind = CellKind::Error;
        } else if (type == u"d") {
            const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            const QDate date = dt.isValid() ? dt.date() : QDate::fromString(value.trimmed(), Qt::ISODate);
            if (!date.isValid())
                return cellError(u"holds \"%1\", which is not an ISO date"_s.arg(value));
            const bool withTime = dt.isValid() && dt.time() != QTime(0, 0);
            out = withTime ? dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s) : date.toString(Qt::ISODate);
            kind = withTime ? CellKind::DateTime : CellKind::Date;
        } else if (hasValue && !value.isEmpty()) { // "n" or absent: a number
            bool ok = false;
            const QStringView trimmed = QStringView(value).trimmed();
            ok = looksNumeric(trimmed);
            if (!ok)
                return cellError(u"holds \"%1\" where a number was expected"_s.arg(value));
            out = trimmed.size() == value.size() ? value : trimmed.toString();
            kind = CellKind::Number;
            const CellKind fmt = xfKinds.value(styleIndex, CellKind::Number);
            const double numeric = fmt == CellKind::Number ? 0.0 : trimmed.toDouble(&ok);
            if (!ok)
                return cellError(u"holds \"%1\" where a number was expected"_s.arg(value));
            if (fmt == CellKind::Date || fmt == CellKind::DateTime || fmt == CellKind::Time) {
                QString err;
                const QDateTime dt = excelSerialToDateTime(
                    fmt == CellKind::Time ? numeric + (date1904 ? 0 : 1) : numeric, date1904, &err);
                if (dt.isValid()) {
                    kind = fmt;
                    if (options.convertDates) {
                        if (fmt == CellKind::Date)
                            out = dt.date().toString(Qt::ISODate);
                        else if (fmt == CellKind::Time)
                            out = dt.time().toString(u"HH:mm:ss"_s);
                        else
                            out = dt.time() == QTime(0, 0) ? dt.date().toString(Qt::ISODate)
                                                           : dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
                    }
                }
                // An impossible serial (60, negative) stays a number; the importer's date check reports it.
            }
        }
        if (kind == CellKind::Empty)
            continue;
        while (cells.size() < col) {
            cells.append(QString());
            kinds.append(CellKind::Empty);
        }
        if (cells.size() == col) {
            cells.append(out);
            kinds.append(kind);
        } else {
            cells[col] = out; // a repeated reference: the later cell wins
            kinds[col] = kind;
        }
    }
}

bool XlsxReader::Private::startSheet(int index)
{
    if (!opened)
        return error.isError() ? false : fail(u"The workbook is not open"_s);
    error = {};
    if (index < 0 || index >= sheets.size())
        return fail(u"The workbook has no sheet number %1 (it has %2)"_s.arg(index + 1).arg(sheets.size()));
    entry.reset();
    sheetActive = false;
    headers.clear();
    kinds.clear();
    rowNo = prevRowNo = 0;
    xml.clear();
    const XlsxSheetInfo &info = sheets.at(index);
    if (!zip->setCurrentFile(info.partName, QuaZip::csInsensitive))
        return fail(
            u"The sheet \"%1\" is listed in the workbook, but its part %2 is missing"_s.arg(info.name, info.partName));
    if (!openEntry(info.partName))
        return false;
    sheetActive = true;
    QStringList cells;
    for (;;) {
        switch (readSheetRow(cells)) {
        case RowStatus::Failed:
            return false;
        case RowStatus::End:
            return fail(u"The sheet \"%1\" is empty: there is no header row"_s.arg(info.name));
        case RowStatus::Row:
            break;
        }
        while (!cells.isEmpty() && cells.last().isEmpty()) {
            cells.removeLast();
            kinds.removeLast();
        }
        if (!cells.isEmpty()) {
            headers = cells;
            return true;
        }
    }
}

XlsxReader::XlsxReader(const XlsxOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        d->error = IoError{u"Could not open %1: %2"_s.arg(path, probe.errorString())};
        return false;
    }
    const QByteArray magic = probe.read(8);
    probe.close();
    d->zip = std::make_unique<QuaZip>(path);
    if (!d->zip->open(QuaZip::mdUnzip)) {
        if (magic.startsWith("\xD0\xCF\x11\xE0"))
            d->error = IoError{u"The file is an old .xls workbook or an encrypted .xlsx; save it as .xlsx "
                               "without a password"_s};
        else if (magic.startsWith("PK"))
            d->error = IoError{u"The XLSX file is damaged or truncated: its zip directory cannot be read"_s};
        else
            d->error = IoError{u"The file is not an XLSX workbook (it is not a zip archive)"_s};
        return false;
    }
    d->opened = d->loadWorkbook() && d->loadStyles() && d->loadSharedStrings();
    return d->opened;
}

bool XlsxReader::open(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        d->error = IoError{u"The input is not open for reading"_s};
        return false;
    }
    const QByteArray magic = device->peek(8);
    d->zip = std::make_unique<QuaZip>(device);
    if (!d->zip->open(QuaZip::mdUnzip)) {
        d->error = IoError{magic.startsWith("PK")
                               ? u"The XLSX file is damaged or truncated: its zip directory cannot be read"_s
                               : u"The file is not an XLSX workbook (it is not a zip archive)"_s};
        return false;
    }
    d->opened = d->loadWorkbook() && d->loadStyles() && d->loadSharedStrings();
    return d->opened;
}

QList<XlsxSheetInfo> XlsxReader::sheets() const
{
    return d->sheets;
}

bool XlsxReader::date1904() const
{
    return d->date1904;
}

bool XlsxReader::selectSheet(int index)
{
    return d->startSheet(index);
}

bool XlsxReader::selectSheet(const QString &name)
{
    if (!d->opened)
        return d->startSheet(-1); // keeps the error from open()
    for (qsizetype i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name == name)
            return d->startSheet(int(i));
    }
    for (qsizetype i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return d->startSheet(int(i));
    }
    QStringList names;
    for (const auto &s : std::as_const(d->sheets))
        names << u"\""_s + s.name + u"\""_s;
    d->error = IoError{u"The workbook has no sheet \"%1\" (it has %2)"_s.arg(name, names.join(u", "_s))};
    return false;
}

QStringList XlsxReader::headers() const
{
    return d->headers;
}

bool XlsxReader::readRow(QStringList &row)
{
    if (!d->sheetActive || d->error.isError())
        return false;
    const qsizetype width = d->headers.size();
    for (;;) {
        switch (d->readSheetRow(row)) {
        case Private::RowStatus::Failed:
            return false;
        case Private::RowStatus::End:
            d->sheetActive = false;
            d->entry.reset();
            return false;
        case Private::RowStatus::Row:
            break;
        }
        const bool empty = std::all_of(row.cbegin(), row.cend(), [](const QString &s) { return s.isEmpty(); });
        if (empty)
            continue;
        for (qsizetype i = width; i < row.size(); ++i) {
            if (!row[i].isEmpty() && !d->options.allowCellsBeyondHeader) {
                return d->fail(u"Cell %1%2 has a value, but the header ends at column %3"_s.arg(xlsxColumnName(int(i)))
                                   .arg(d->rowNo)
                                   .arg(xlsxColumnName(int(width - 1))),
                               d->rowNo, int(i + 1));
            }
        }
        if (row.size() > width) {
            row.resize(width);
            d->kinds.resize(width);
        }
        while (row.size() < width) {
            row.append(QString());
            d->kinds.append(CellKind::Empty);
        }
        return true;
    }
}

QList<CellKind> XlsxReader::rowKinds() const
{
    return d->kinds;
}

qint64 XlsxReader::rowNumber() const
{
    return d->rowNo;
}

const IoError &XlsxReader::error() const
{
    return d->error;
}

qint64 XlsxReader::uncompressedBytesRead() const
{
    return d->totalRead;
}

TableResult readXlsxFile(const QString &path, const QString &sheetName, const XlsxOptions &options)
{
    TableResult result;
    XlsxReader reader(options);
    if (reader.open(path) && (sheetName.isEmpty() ? reader.selectSheet(0) : reader.selectSheet(sheetName)))
        reader.readAll(result.table);
    result.error = reader.error();
    return result;
}

} // namespace sagstjek::io
