#include "services/tablefile.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

namespace sagstjek {

namespace {

// A table held in memory, read like a file (the old API, tests, the dialog's preview).
class MemoryReader final : public io::TableReader {
public:
    MemoryReader(QStringList headers, QList<QStringList> rows)
        : m_headers(std::move(headers))
        , m_rows(std::move(rows))
    {
    }
    QStringList headers() const override { return m_headers; }
    bool readRow(QStringList &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        while (row.size() < m_headers.size())
            row << QString();
        return true;
    }
    qint64 rowNumber() const override { return m_next + 1; }
    const io::IoError &error() const override { return m_error; }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    qsizetype m_next = 0;
    io::IoError m_error;
};

std::optional<io::TextEncoding> encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n.isEmpty() || n == u"auto")
        return io::TextEncoding::Auto;
    if (n == u"utf8")
        return io::TextEncoding::Utf8;
    if (n == u"utf16le" || n == u"utf16")
        return io::TextEncoding::Utf16LE;
    if (n == u"utf16be")
        return io::TextEncoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591" || n == u"ansi")
        return io::TextEncoding::Windows1252;
    return std::nullopt;
}

} // namespace

TableFile::~TableFile() = default;

Result<std::unique_ptr<TableFile>> TableFile::open(const QString &path, const QString &sheet, const QString &encoding,
                                                   int headerRow)
{
    if (headerRow < 1)
        return invalidInput(tr("The header row must be 1 or more, not %1.").arg(headerRow));
    std::unique_ptr<TableFile> table(new TableFile);
    table->m_path = path;
    table->m_headerRow = headerRow;
    table->m_file = std::make_unique<QFile>(path);
    if (!table->m_file->open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot open %1: %2").arg(path, table->m_file->errorString()));
    table->m_size = table->m_file->size();
    const QByteArray magic = table->m_file->peek(4);
    if (magic.startsWith("PK\x03\x04")) {
        table->m_xlsx = true;
        io::XlsxOptions options;
        options.headerRow = headerRow;
        auto reader = std::make_unique<io::XlsxReader>(options);
        if (!reader->open(table->m_file.get()))
            return invalidInput(tr("%1: %2").arg(path, reader->error().toString()));
        for (const io::XlsxSheetInfo &info : reader->sheets())
            table->m_sheets << info.name;
        const bool selected = sheet.isEmpty() ? reader->selectSheet(0) : reader->selectSheet(sheet);
        if (!selected) {
            if (!sheet.isEmpty() && !table->m_sheets.contains(sheet, Qt::CaseInsensitive))
                return invalidInput(tr("%1 has no sheet \"%2\". Its sheets are: %3.")
                                        .arg(path, sheet, table->m_sheets.join(QStringLiteral(", "))));
            return invalidInput(tr("%1: %2").arg(path, reader->error().toString()));
        }
        table->m_reader = std::move(reader);
        return table;
    }
    const auto codec = encodingFromName(encoding);
    if (!codec)
        return invalidInput(
            tr("Unknown encoding \"%1\". Use utf-8, utf-16le, utf-16be or windows-1252.").arg(encoding));
    io::CsvOptions options;
    options.encoding = *codec;
    options.headerRow = headerRow;
    options.removeFormulaGuard = true;
    auto reader = std::make_unique<io::CsvReader>(options);
    if (!reader->open(table->m_file.get()))
        return invalidInput(tr("%1: %2").arg(path, reader->error().toString()));
    table->m_reader = std::move(reader);
    return table;
}

std::unique_ptr<TableFile> TableFile::fromTable(const QStringList &headers, const QList<QStringList> &rows)
{
    std::unique_ptr<TableFile> table(new TableFile);
    table->m_reader = std::make_unique<MemoryReader>(headers, rows);
    return table;
}

double TableFile::progress() const
{
    if (!m_file || m_xlsx || m_size <= 0)
        return -1;
    return std::min(1.0, double(m_file->pos()) / double(m_size));
}

} // namespace sagstjek
