#pragma once

// Results out: cases, answers (long: one row per answer; wide: one row per case, one column per item, like
// the old review sheets) and defects, filtered, as CSV (UTF-8 with BOM and ';' by default) or XLSX (real
// dates, numbers, header row, frozen pane, autofilter, widths). CPR numbers and names only with
// includePersonalData. Files are written atomically (QSaveFile / temporary file + rename): a failed export
// leaves the previous file intact. Text cells are protected against formula injection by the io writers.
//
// By default an export is in words, in the options' language: headers like "Sagsnummer" and "Område", values like
// "Afsluttet" and "Væsentlig", items by their question, dates dd-mm-åååå in a Danish CSV (domain/words.h). With
// `keys` it is for machines, exactly as before words existed: the field keys as headers, the stored keys as values,
// ISO dates; such a file imports again unchanged.

#include "core/result.h"
#include "domain/cuecard.h"
#include "io/csvwriter.h"

#include <QCoreApplication>

#include <functional>

namespace sagstjek {

class Session;

struct ExportFilter {
    QString round; // round name; empty = all
    QString area;
    QString caseworker;
    QString status; // cases/answers: review status (not-started, in-progress, completed); defects: defect status
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::Exporter)
public:
    enum class What { Cases, AnswersLong, AnswersWide, Defects };
    enum class Format { Csv, Xlsx };
    struct Options {
        What what = What::Cases;
        Format format = Format::Csv;
        bool includePersonalData = false;
        ExportFilter filter;
        io::CsvDialect dialect = io::CsvDialect::danishExcel();
        QString language = QStringLiteral("en");
        bool keys = false; // machine keys instead of words (headers, areas, statuses, severities, items)
    };

    // Exports as the session's user: a caseworker only their own cases (asking for another caseworker's is
    // refused), and every export is written to the access log (what, filters, personal data or not).
    explicit Exporter(Session &session);

    // Returns the number of data rows written. writeFile() and then recordExport(); an export that cannot be
    // logged is removed again.
    Result<qint64> exportTo(const QString &path, const Options &options);

    // Called with the rows written so far, once before the first row, after every row and before the file is
    // completed; returning false cancels the export: the temporary file is removed and `path` is left as it was.
    using KeepGoing = std::function<bool(qint64 rows)>;
    // Writes the file only (the permission and scope checks included, the access log not): for a worker thread
    // on a read-only connection of its own (ExportDialog), which then calls recordExport() on the writer.
    Result<qint64> writeFile(const QString &path, const Options &options, const KeepGoing &keepGoing = {});
    // Writes the access-log entry of an export of `options` to `path` (what, filters, personal data or not).
    Status recordExport(const QString &path, const Options &options);

    static std::optional<What> whatFromKey(const QString &key); // cases, answers, answers-wide, defects
    static QString whatKey(What what);

private:
    Session &m_session;
};

} // namespace sagstjek
