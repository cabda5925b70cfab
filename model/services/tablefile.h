#pragma once

// An import file opened for streaming: CSV (any dialect the io reader detects) or XLSX (a chosen sheet), or a
// table already in memory. Gives the reader and how far through the file it is.

#include "core/result.h"
#include "io/iotypes.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace sagstjek {

class TableFile {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::TableFile)
public:
    ~TableFile();
    TableFile(const TableFile &) = delete;
    TableFile &operator=(const TableFile &) = delete;

    // `sheet`: XLSX sheet name (empty = the first); `encoding`: "utf-8", "utf-16le", "utf-16be",
    // "windows-1252" (also "cp1252", "latin1"), empty or "auto" to detect. The format comes from the content
    // (a zip is XLSX). `headerRow`: the 1-based row of the header; the rows above it (title rows) are ignored.
    // A CSV file's formula guard (the apostrophe an export puts before "=", "+", "-", "@") is taken off, so
    // Sagstjek's own exports read back as they were.
    static Result<std::unique_ptr<TableFile>> open(const QString &path, const QString &sheet = {},
                                                   const QString &encoding = {}, int headerRow = 1);
    static std::unique_ptr<TableFile> fromTable(const QStringList &headers, const QList<QStringList> &rows);

    io::TableReader &reader() { return *m_reader; }
    QStringList headers() const { return m_reader->headers(); }
    bool isXlsx() const { return m_xlsx; }
    QStringList sheetNames() const { return m_sheets; }
    // 0…1 through the file (CSV: bytes read; XLSX: -1, unknown).
    double progress() const;
    qint64 sizeBytes() const { return m_size; }
    QString path() const { return m_path; }
    int headerRow() const { return m_headerRow; }

private:
    TableFile() = default;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<io::TableReader> m_reader;
    QStringList m_sheets;
    QString m_path;
    qint64 m_size = 0;
    int m_headerRow = 1;
    bool m_xlsx = false;
};

} // namespace sagstjek
