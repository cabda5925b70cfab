// The sheet being streamed: XML fed chunk by chunk from its zip entry, rows and cells with their kinds, gaps
// filled, shared strings looked up, date-styled numbers converted to ISO dates and times.
#include "xlsxreader_p.h"

#include "dateparser.h"

namespace sagstjek::io {

using xlsx::attr;
using xlsx::decodeOoxmlEscapes;

namespace {

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

} // namespace

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
            if (options.headerRow > 1)
                return fail(
                    u"The sheet \"%1\" has nothing in row %2 or below to use as the header"_s.arg(info.name).arg(
                        options.headerRow));
            return fail(u"The sheet \"%1\" is empty: there is no header row"_s.arg(info.name));
        case RowStatus::Row:
            break;
        }
        if (rowNo < options.headerRow)
            continue; // a title row above the header
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

} // namespace sagstjek::io
