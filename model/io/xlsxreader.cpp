// XlsxReader itself (open, choose a sheet, rows fitted to the header), the cell-reference helpers of xlsxreader.h
// and the OOXML helpers of xlsxreader_p.h. The rest of the reader: xlsxzip.cpp, xlsxworkbook.cpp, xlsxsheet.cpp.
#include "xlsxreader.h"
#include "xlsxreader_p.h"

#include <QFile>

#include <algorithm>

namespace sagstjek::io {

namespace xlsx {

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

QString attr(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return QString();
}

} // namespace xlsx

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
