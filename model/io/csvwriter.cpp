#include "csvwriter.h"

#include <QBuffer>
#include <QIODevice>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sagstjek::io {

namespace {
constexpr qsizetype kFlushBytes = 256 * 1024;
}

CsvDialect CsvDialect::rfc4180()
{
    CsvDialect d;
    d.separator = ',';
    d.writeBom = false;
    d.decimalSeparator = u'.';
    return d;
}

CsvWriter::CsvWriter(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::needsFormulaNeutralisation(QStringView text)
{
    // Apostrophes before a formula character get one more, so that a reader taking one off
    // (removeFormulaGuard) gives back the text as it was: "'=x" is written "''=x".
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i == text.size())
        return false;
    const QChar c = text.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::neutraliseFormula(const QString &text)
{
    return needsFormulaNeutralisation(text) ? u"'"_s + text : text;
}

QByteArray CsvWriter::encodeField(const Cell &cell) const
{
    QString text;
    bool isText = false;
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return QByteArray();
    case Cell::Kind::Text:
        text = neutraliseFormula(cell.text);
        isText = true;
        break;
    case Cell::Kind::Number:
        if (!std::isfinite(cell.number))
            return QByteArray();
        text = QString::number(cell.number, 'g', 15);
        if (m_dialect.decimalSeparator != u'.')
            text.replace(u'.', m_dialect.decimalSeparator);
        break;
    case Cell::Kind::Date:
        text = cell.date.toString(m_dialect.dateFormat);
        break;
    }
    QByteArray bytes = text.toUtf8();
    const bool mustQuote = bytes.contains(m_dialect.separator) || bytes.contains('"') || bytes.contains('\n') ||
                           bytes.contains('\r') || (isText && m_dialect.quoteAllText);
    if (!mustQuote)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

bool CsvWriter::writeRow(const QList<Cell> &cells)
{
    if (m_error.isError())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_error = IoError{u"The output is not open for writing"_s};
        return false;
    }
    if (!m_bomWritten) {
        if (m_dialect.writeBom)
            m_buffer.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    const qsizetype before = m_buffer.size();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_dialect.separator);
        m_buffer.append(encodeField(cells[i]));
    }
    // A row that would be an empty line (one empty field) is written as "" so readers keep it.
    if (m_buffer.size() == before && !cells.isEmpty())
        m_buffer.append("\"\"");
    m_buffer.append(m_dialect.lineEnding);
    ++m_rows;
    return flushIfLarge(false);
}

bool CsvWriter::writeTextRow(const QStringList &cells)
{
    QList<Cell> row;
    row.reserve(cells.size());
    for (const QString &s : cells)
        row.append(Cell(s));
    return writeRow(row);
}

bool CsvWriter::flushIfLarge(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kFlushBytes))
        return true;
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = IoError{u"Could not write the file: %1"_s.arg(m_device->errorString())};
        m_error.row = m_rows;
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvWriter::finish()
{
    if (m_error.isError())
        return false;
    if (!m_bomWritten && m_dialect.writeBom && m_device) {
        m_buffer.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    return flushIfLarge(true);
}

QByteArray writeCsv(const QStringList &headers, const QList<QList<Cell>> &rows, const CsvDialect &dialect)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, dialect);
    writer.writeTextRow(headers);
    for (const auto &row : rows)
        writer.writeRow(row);
    writer.finish();
    return out;
}

} // namespace sagstjek::io
