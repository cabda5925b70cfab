#include "csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace sagstjek::io {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;
constexpr qsizetype kSeparatorScanBytes = 64 * 1024;

enum class RecordStatus { Record, End, Failed };

// QString::fromUtf8() drops a leading U+FEFF; inside a file it is content (a stray BOM), so keep it.
QString fromUtf8KeepingBom(const char *data, qsizetype n)
{
    qsizetype boms = 0;
    while (n >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        ++boms;
        data += 3;
        n -= 3;
    }
    if (boms == 0)
        return QString::fromUtf8(data, n);
    return QString(boms, QChar(QChar::ByteOrderMark)) + QString::fromUtf8(data, n);
}

// Counts the candidates on the header's line: the first line after `skipLines` records (outside quotes).
char detectSeparator(const QByteArray &buf, qint64 skipLines)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    qint64 line = 0;
    bool content = false; // the header's line so far has something (empty lines before it are skipped)
    const qsizetype n = std::min(buf.size(), kSeparatorScanBytes);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = buf[i];
        if (line >= skipLines && c != '\n' && c != '\r')
            content = true;
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n' || c == '\r') {
                if (line >= skipLines && content)
                    break;
                if (c == '\r' && i + 1 < n && buf[i + 1] == '\n')
                    ++i;
                ++line;
                continue;
            }
            if (line < skipLines)
                continue;
            if (c == ';')
                ++semicolons;
            else if (c == ',')
                ++commas;
            else if (c == '\t')
                ++tabs;
        }
    }
    // Ties go to ';' (Danish Excel), then TAB (Excel's "Unicode text"), then ','.
    if (semicolons >= tabs && semicolons >= commas && semicolons > 0)
        return ';';
    if (tabs >= commas && tabs > 0)
        return '\t';
    if (commas > 0)
        return ',';
    return ';';
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void removeGuards(QStringList &fields)
{
    for (QString &field : fields)
        if (field.startsWith(u'\''))
            field = removeFormulaGuard(field);
}

} // namespace

QString removeFormulaGuard(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i == 0 || i == text.size() || !isFormulaStart(text.at(i)))
        return text;
    return text.mid(1);
}

struct CsvReader::Private {
    CsvOptions options;
    QFile file;
    QIODevice *device = nullptr;
    IoError error;

    TextEncoding encoding = TextEncoding::Utf8;
    bool hadBom = false;
    bool sawNonAscii = false;
    bool trustedUtf8 = false; // produced by us from UTF-16
    std::optional<QStringDecoder> utf16;
    char sep = ';';

    QByteArray buf;
    qsizetype pos = 0;
    qint64 bufBase = 0; // file offset of buf[0]; meaningless for UTF-16
    bool deviceEof = false;
    bool skipLf = false;

    // Current record: field bytes back to back, with end offsets, start offsets and quote flags.
    QByteArray rec;
    QList<qsizetype> ends;
    QList<qint64> fieldOffsets;
    bool anyQuoted = false;

    qint64 row = 0;  // record counter (incl. empty lines and a sep= line)
    qint64 line = 1; // current physical line
    qint64 recordRow = 0;
    qint64 recordLine = 0;
    qint64 dataRows = 0;
    QStringList headers;
    bool opened = false;

    qint64 offset() const { return utf16 ? -1 : bufBase + pos; }

    bool fail(const QString &message, qint64 r = 0, int column = 0, qint64 ln = 0, qint64 byte = -1)
    {
        error = IoError{message, r, column, ln, byte};
        return false;
    }

    bool refill()
    {
        if (deviceEof)
            return false;
        if (!utf16)
            bufBase += pos;
        buf.remove(0, pos);
        pos = 0;
        // Small inputs (and fuzzing) should not pay for a 1 MiB buffer per read.
        const qint64 want = std::clamp<qint64>(device->bytesAvailable(), 4096, kChunkBytes);
        QByteArray chunk(want, Qt::Uninitialized);
        const qint64 got = device->read(chunk.data(), want);
        if (got < 0)
            return fail(u"Could not read the file: %1"_s.arg(device->errorString()));
        if (got == 0) {
            deviceEof = true;
            return false;
        }
        chunk.resize(got);
        if (utf16)
            buf.append(QString((*utf16)(chunk)).toUtf8());
        else
            buf.append(chunk);
        return true;
    }

    bool setup(); // encoding, BOM, separator, header
    RecordStatus readRecord();
    bool decodeRecord(QStringList &out);
};

bool CsvReader::Private::setup()
{
    QByteArray first = device->read(std::clamp<qint64>(device->bytesAvailable(), 4096, kChunkBytes));
    if (first.isEmpty() && !device->atEnd())
        return fail(u"Could not read the file: %1"_s.arg(device->errorString()));
    // A chunk may end inside a BOM only if the file is shorter than 4 bytes; fine.
    TextEncoding enc = options.encoding;
    const auto startsWith = [&](const char *bom, qsizetype n) {
        return first.size() >= n && std::memcmp(first.constData(), bom, static_cast<size_t>(n)) == 0;
    };
    qsizetype bomSize = 0;
    if (startsWith("\xEF\xBB\xBF", 3) && (enc == TextEncoding::Auto || enc == TextEncoding::Utf8)) {
        enc = TextEncoding::Utf8;
        bomSize = 3;
    } else if (startsWith("\xFF\xFE", 2) && (enc == TextEncoding::Auto || enc == TextEncoding::Utf16LE)) {
        enc = TextEncoding::Utf16LE;
        bomSize = 2;
    } else if (startsWith("\xFE\xFF", 2) && (enc == TextEncoding::Auto || enc == TextEncoding::Utf16BE)) {
        enc = TextEncoding::Utf16BE;
        bomSize = 2;
    }
    hadBom = bomSize > 0;
    first.remove(0, bomSize);
    bufBase = bomSize;

    if (enc == TextEncoding::Auto) {
        // UTF-16 without BOM: ASCII text has a NUL in every other byte.
        const qsizetype n = std::min<qsizetype>(first.size(), 4096) & ~qsizetype(1);
        qsizetype nulEven = 0, nulOdd = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (first[i] == '\0')
                ++(i % 2 ? nulOdd : nulEven);
        }
        if (n >= 4 && nulOdd * 3 > n && nulEven * 10 < n) {
            enc = TextEncoding::Utf16LE;
        } else if (n >= 4 && nulEven * 3 > n && nulOdd * 10 < n) {
            enc = TextEncoding::Utf16BE;
        } else {
            const bool truncatedTail = !device->atEnd();
            // Decided by evidence, not by the first bad byte: a file that is almost all valid UTF-8 is UTF-8,
            // and its bad byte is reported with its row and column when that row is read.
            enc = utf8Evidence(first.constData(), first.size(), truncatedTail).isUtf8() ? TextEncoding::Utf8
                                                                                        : TextEncoding::Windows1252;
        }
    }
    encoding = enc;
    if (enc == TextEncoding::Utf16LE || enc == TextEncoding::Utf16BE) {
        // A stateful decoder: chunks may split a code unit or a surrogate pair.
        utf16.emplace(enc == TextEncoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                      QStringConverter::Flag::ConvertInitialBom); // the file's BOM is already gone
        trustedUtf8 = true;
        buf = QString((*utf16)(first)).toUtf8();
    } else {
        buf = first;
        if (enc == TextEncoding::Utf8) {
            sawNonAscii = std::any_of(buf.cbegin(), buf.cend(), [](char c) { return c & 0x80; });
        }
    }
    pos = 0;

    // Excel's "sep=X" hint line.
    if (options.separator == 0 && buf.size() >= 5 && buf.startsWith("sep=") &&
        (buf.size() == 5 || buf[5] == '\n' || buf[5] == '\r')) {
        sep = buf[4];
        pos = 5;
        if (pos < buf.size() && buf[pos] == '\r')
            ++pos;
        if (pos < buf.size() && buf[pos] == '\n')
            ++pos;
        ++row;
        ++line;
    } else {
        sep = options.separator != 0 ? options.separator
                                     : detectSeparator(buf, std::max<qint64>(0, options.headerRow - 1));
    }
    if (sep == '"' || sep == '\r' || sep == '\n' || (sep & 0x80))
        return fail(u"The separator must be an ASCII character other than a quote or a line break"_s);

    for (;;) {
        switch (readRecord()) {
        case RecordStatus::Failed:
            return false;
        case RecordStatus::End:
            if (options.headerRow > 1)
                return fail(
                    u"The file has no row %1 to use as the header (it has %2)"_s.arg(options.headerRow).arg(row), row);
            return fail(u"The file is empty: there is no header row"_s);
        case RecordStatus::Record:
            break;
        }
        if (recordRow < options.headerRow)
            continue; // a title row above the header
        if (ends.size() == 1 && rec.isEmpty() && !anyQuoted)
            continue; // empty line before the header
        if (!decodeRecord(headers))
            return false;
        if (options.removeFormulaGuard)
            removeGuards(headers);
        return true;
    }
}

RecordStatus CsvReader::Private::readRecord()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    rec.clear();
    ends.clear();
    fieldOffsets.clear();
    anyQuoted = false;
    if (skipLf) {
        if (pos >= buf.size())
            refill();
        if (error.isError())
            return RecordStatus::Failed;
        if (pos < buf.size() && buf[pos] == '\n')
            ++pos;
        skipLf = false;
    }
    ++row;
    recordRow = row;
    recordLine = line;
    State state = State::FieldStart;
    bool any = false;
    qsizetype fieldStart = 0;
    qint64 quoteLine = 0;
    const char sepChar = sep;
    const qint64 maxField = options.limits.maxFieldBytes;
    const int maxColumns = options.limits.maxColumns;

    const auto endField = [&]() -> bool {
        ends.append(rec.size());
        if (ends.size() > maxColumns) {
            fail(u"The row has more than %1 fields, the limit"_s.arg(maxColumns), recordRow, int(ends.size()),
                 recordLine, offset());
            return false;
        }
        fieldStart = rec.size();
        return true;
    };
    const auto checkLength = [&]() -> bool {
        if (rec.size() - fieldStart > maxField) {
            fail(u"The field is longer than %1 bytes, the limit (is a quote or line break missing?)"_s.arg(maxField),
                 recordRow, int(ends.size() + 1), recordLine, fieldOffsets.isEmpty() ? -1 : fieldOffsets.last());
            return false;
        }
        return true;
    };

    for (;;) {
        if (pos >= buf.size()) {
            if (!refill()) {
                if (error.isError())
                    return RecordStatus::Failed;
                switch (state) {
                case State::FieldStart:
                    if (!any) {
                        --row;
                        return RecordStatus::End;
                    }
                    return endField() ? RecordStatus::Record : RecordStatus::Failed;
                case State::Unquoted:
                case State::QuoteInQuoted:
                    return endField() ? RecordStatus::Record : RecordStatus::Failed;
                case State::Quoted:
                    fail(u"A quoted field that opens in row %1, column %2 (line %3) is never closed"_s.arg(recordRow)
                             .arg(ends.size() + 1)
                             .arg(quoteLine),
                         recordRow, int(ends.size() + 1), quoteLine, fieldOffsets.last());
                    return RecordStatus::Failed;
                }
            }
        }
        const char *p = buf.constData();
        const qsizetype len = buf.size();
        switch (state) {
        case State::FieldStart:
            any = true;
            fieldOffsets.append(offset());
            if (p[pos] == '"') {
                state = State::Quoted;
                anyQuoted = true;
                quoteLine = line;
                ++pos;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype j = pos;
            while (j < len) {
                const char c = p[j];
                if (c == sepChar || c == '\n' || c == '\r')
                    break;
                ++j;
            }
            rec.append(p + pos, j - pos);
            pos = j;
            if (!checkLength())
                return RecordStatus::Failed;
            if (j == len)
                continue;
            const char c = p[j];
            ++pos;
            if (!endField())
                return RecordStatus::Failed;
            if (c == sepChar) {
                state = State::FieldStart;
                continue;
            }
            if (c == '\r')
                skipLf = true;
            ++line;
            return RecordStatus::Record;
        }
        case State::Quoted: {
            const void *hit = std::memchr(p + pos, '"', static_cast<size_t>(len - pos));
            const qsizetype j = hit ? static_cast<const char *>(hit) - p : len;
            line += std::count(p + pos, p + j, '\n');
            rec.append(p + pos, j - pos);
            pos = j;
            if (!checkLength())
                return RecordStatus::Failed;
            if (j == len)
                continue;
            ++pos;
            state = State::QuoteInQuoted;
            continue;
        }
        case State::QuoteInQuoted:
            if (p[pos] == '"') {
                rec.append('"');
                ++pos;
                state = State::Quoted;
            } else {
                state = State::Unquoted; // separator, line break, or stray text kept as Excel does
            }
            continue;
        }
    }
}

bool CsvReader::Private::decodeRecord(QStringList &out)
{
    out.clear();
    out.reserve(ends.size());
    const char *base = rec.constData();
    qsizetype start = 0;
    for (qsizetype i = 0; i < ends.size(); ++i) {
        const qsizetype end = ends[i];
        const char *data = base + start;
        const qsizetype n = end - start;
        if (encoding == TextEncoding::Windows1252) {
            out.append(decodeWindows1252(data, n));
        } else if (trustedUtf8) {
            out.append(fromUtf8KeepingBom(data, n));
        } else {
            const qsizetype bad = findInvalidUtf8(data, n);
            if (bad >= 0 && options.encoding == TextEncoding::Auto && !sawNonAscii) {
                // Looked like ASCII-only UTF-8 so far: it is Windows-1252 after all.
                encoding = TextEncoding::Windows1252;
                out.clear();
                return decodeRecord(out);
            }
            if (bad >= 0) {
                const QString hex =
                    QString::number(static_cast<unsigned char>(data[bad]), 16).toUpper().rightJustified(2, u'0');
                return fail(u"Invalid UTF-8: byte 0x%1 at byte %2 of the field. The file is read as UTF-8: fix the "
                            u"byte, or give "
                            u"the encoding windows-1252 if the whole file is Windows-1252"_s.arg(hex)
                                .arg(bad + 1),
                            recordRow, int(i + 1), recordLine, fieldOffsets.value(i, -1));
            }
            if (!sawNonAscii && std::any_of(data, data + n, [](char c) { return c & 0x80; }))
                sawNonAscii = true;
            out.append(fromUtf8KeepingBom(data, n));
        }
        start = end;
    }
    return true;
}

CsvReader::CsvReader(const CsvOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path)
{
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly)) {
        d->error = IoError{u"Could not open %1: %2"_s.arg(path, d->file.errorString())};
        return false;
    }
    return open(&d->file);
}

bool CsvReader::open(QIODevice *device)
{
    d->device = device;
    if (!device || !device->isReadable()) {
        d->error = IoError{u"The input is not open for reading"_s};
        return false;
    }
    d->opened = d->setup();
    return d->opened;
}

QStringList CsvReader::headers() const
{
    return d->headers;
}

bool CsvReader::readRow(QStringList &row)
{
    if (!d->opened || d->error.isError())
        return false;
    for (;;) {
        switch (d->readRecord()) {
        case RecordStatus::Failed:
        case RecordStatus::End:
            return false;
        case RecordStatus::Record:
            break;
        }
        if (d->ends.size() == 1 && d->rec.isEmpty() && !d->anyQuoted)
            continue; // empty line
        if (++d->dataRows > d->options.limits.maxRows) {
            return d->fail(u"The file has more than %1 rows, the limit"_s.arg(d->options.limits.maxRows), d->recordRow,
                           0, d->recordLine);
        }
        const qsizetype want = d->headers.size();
        const qsizetype got = d->ends.size();
        if (got != want) {
            if (!d->options.allowRaggedRows || got > want) {
                bool extraEmpty = got > want;
                for (qsizetype i = want; i < got && extraEmpty; ++i)
                    extraEmpty = d->ends[i] == d->ends[i - 1];
                if (!d->options.allowRaggedRows || !extraEmpty) {
                    return d->fail(u"The row has %1 fields, but the header has %2"_s.arg(got).arg(want), d->recordRow,
                                   0, d->recordLine, d->fieldOffsets.value(0, -1));
                }
            }
        }
        if (!d->decodeRecord(row))
            return false;
        if (d->options.removeFormulaGuard)
            removeGuards(row);
        if (row.size() > want)
            row.resize(want);
        while (row.size() < want)
            row.append(QString());
        return true;
    }
}

qint64 CsvReader::rowNumber() const
{
    return d->recordRow;
}

qint64 CsvReader::lineNumber() const
{
    return d->recordLine;
}

const IoError &CsvReader::error() const
{
    return d->error;
}

TextEncoding CsvReader::encoding() const
{
    return d->encoding;
}

bool CsvReader::hadByteOrderMark() const
{
    return d->hadBom;
}

char CsvReader::separator() const
{
    return d->sep;
}

TableResult readCsvFile(const QString &path, const CsvOptions &options)
{
    TableResult result;
    CsvReader reader(options);
    if (reader.open(path))
        reader.readAll(result.table);
    result.error = reader.error();
    return result;
}

TableResult readCsvData(const QByteArray &data, const CsvOptions &options)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TableResult result;
    CsvReader reader(options);
    if (reader.open(&buffer))
        reader.readAll(result.table);
    result.error = reader.error();
    return result;
}

} // namespace sagstjek::io
