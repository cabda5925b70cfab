#pragma once

// Private to the XLSX reader (xlsxreader.cpp, xlsxzip.cpp, xlsxworkbook.cpp, xlsxsheet.cpp): the reader's state
// and the small pieces of OOXML syntax its parts share. Not for use outside model/io/xlsx*.cpp.

#include "xlsxreader.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

namespace sagstjek::io {

using namespace Qt::StringLiterals;

namespace xlsx {

// Decodes the OOXML escape _xHHHH_ (ECMA-376 22.9.2.19), used for control characters.
QString decodeOoxmlEscapes(QString s);
// The value of the current element's attribute `name` (any namespace), empty when it has none.
QString attr(const QXmlStreamReader &xml, QStringView name);

} // namespace xlsx

// The state of one reader. Its members are defined by topic:
//   xlsxzip.cpp       the zip entries, read in chunks under the size and ratio limits;
//   xlsxworkbook.cpp  the parts read whole at open(): package and workbook relationships, styles, shared strings;
//   xlsxsheet.cpp     the sheet being streamed: rows, cells, their kinds and date conversion.
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

} // namespace sagstjek::io
