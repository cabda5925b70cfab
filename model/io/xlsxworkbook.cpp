// The parts of a workbook read whole when it is opened: the package and workbook relationships and the sheet
// list (xl/workbook.xml), the styles (which cell formats are dates or times) and the shared strings.
#include "xlsxreader_p.h"

#include <QDir>
#include <QHash>

namespace sagstjek::io {

using xlsx::attr;
using xlsx::decodeOoxmlEscapes;

namespace {

CellKind classifyNumFmt(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return CellKind::Date;
    if (id == 22)
        return CellKind::DateTime;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47)
        return CellKind::Time;
    if (id == 46)
        return CellKind::Number; // [h]:mm:ss, a duration like a custom [h]:mm below
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

} // namespace

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
    hasSharedStrings = zip->setCurrentFile(sharedStringsPath, QuaZip::csInsensitive);
    if (!hasSharedStrings)
        return true;
    // Streamed: the part is inflated a chunk at a time and parsed as it comes, so its XML is never held whole;
    // what stays is the strings themselves, counted against maxSharedStringBytes.
    if (!openEntry(sharedStringsPath))
        return false;
    QXmlStreamReader r;
    QByteArray chunk;
    qint64 held = 0;
    constexpr qint64 PerStringOverhead = 40;
    QString current;
    int depthT = 0, depthPh = 0;
    bool inSi = false;
    bool ended = false; // </sst> seen
    while (!ended) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::Invalid) {
            if (r.error() != QXmlStreamReader::PrematureEndOfDocumentError || entryDone)
                break;
            if (!readEntryChunk(chunk))
                return false;
            if (chunk.isEmpty())
                break; // the part ends before </sst>
            r.addData(chunk);
            continue;
        }
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t == QXmlStreamReader::EndElement && r.name() == u"sst") {
            ended = true;
            continue;
        }
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
                held += 2 * current.size() + PerStringOverhead;
                if (held > options.limits.maxSharedStringBytes)
                    return fail(u"The workbook's shared strings take more than %1 MB, the limit"_s.arg(
                        options.limits.maxSharedStringBytes / (1024 * 1024)));
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
    if (!ended)
        return r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError
                   ? xmlFailed(r, sharedStringsPath)
                   : fail(u"The workbook part %1 ends in the middle (truncated XML)"_s.arg(sharedStringsPath));
    // Read to the end of the zip entry, so its CRC is checked.
    while (!entryDone)
        if (!readEntryChunk(chunk))
            return false;
    return true;
}

} // namespace sagstjek::io
