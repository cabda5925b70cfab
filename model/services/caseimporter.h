#pragma once

// Getting cases in: a case list from the case system (CSV or XLSX), mapped column by column, validated, and
// written in one transaction (all or nothing, or "import the valid rows and skip N" when asked). A re-import
// updates cases by case number and never touches reviews, answers or defects.
//
// Long imports and the GUI: the database has one writer connection by design (Database, PERF_RELIABILITY §C),
// owned by the GUI thread and shared by every service, so a worker thread with its own connection cannot
// write, and moving the one connection to a worker would route every other service call through that thread.
// The import therefore runs on the writer connection in chunks: CaseImportJob::step(n) processes n rows
// inside the open transaction and returns, so the dialog drives it from the event loop with progress and
// Cancel (which rolls back). A chunk of 2,000 rows takes ~10–30 ms. The dialog is modal, so nothing else
// writes meanwhile.

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "services/importmapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace sagstjek {

class Database;
class Session;
class TableFile;
class BulkCaseWriter;

struct ImportProblem {
    int row = 0;    // 1-based row in the file; problems of the header are on the header's row (1 unless chosen)
    QString column; // the file's header
    QString value;
    QString message;
    bool warning = false; // warnings (e.g. a CPR number failing modulus 11) do not stop an import
};

// A computed verdict that a re-import changed (a date moved, so a deadline is now met or missed).
struct VerdictChange {
    QString caseNumber;
    QString itemKey;
    QString before; // verdict key: met, missed, pending, missing-data, not-applicable
    QString after;
    QString explanation; // the new verdict's explanation
};

struct ImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<ImportProblem> errors;
    QList<ImportProblem> warnings;
    QList<VerdictChange> verdictChanges;
    int errorsNotListed = 0; // beyond the first 10,000
    bool applied = false;    // false when nothing was written (errors, a dry run, Cancel)
    bool cancelled = false;
    bool indexesDeferred = false;
    qint64 rowsRead = 0;
    // Where the time went (milliseconds): reading the file, checking rows, writing rows, re-creating indexes.
    struct Timings {
        qint64 read = 0, convert = 0, write = 0, indexes = 0;
    } timings;
};

// Turns one file row into a case, with every problem by row, column, value and reason. Shared by the import
// and the dialog's live preview.
class CaseRowConverter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseImporter)
public:
    CaseRowConverter(const QStringList &headers, const QList<CueCard> &cards, const ImportMapping &mapping);

    // The target of each column ("" = ignored), and the problems of the header (missing required columns).
    const QStringList &targets() const { return m_targets; }
    const QList<ImportProblem> &headerProblems() const { return m_headerProblems; }
    // Decides day-month or month-day per date column from sample rows; warnings say what was assumed.
    QList<ImportProblem> detectDateOrders(const QList<QStringList> &sample);

    struct Outcome {
        CaseFile caseFile;
        QList<ImportProblem> errors;
        QList<ImportProblem> warnings;
        QList<int> errorColumns; // column index of each error (-1: the row)
    };
    Outcome convert(const QStringList &row, int rowNumber) const;

private:
    QStringList m_headers;
    QStringList m_targets;
    QList<ImportTarget> m_targetList;
    QList<ImportProblem> m_headerProblems;
    QHash<int, io::DateOrder> m_dateOrder; // column → order
    io::DateOrder m_forcedOrder = io::DateOrder::Ambiguous;
    int m_headerRow = 1;
    QSet<int> m_ambiguousColumns;
    void plan();
    struct Columns {
        int number = -1, name = -1, area = -1, subgroup = -1, caseworker = -1, team = -1, cpr = -1;
    } m_columns;
    QList<int> m_textColumns;                            // mapped columns that are not dates
    QList<int> m_dateColumns;                            // mapped date columns (ambiguous ones included)
    QHash<QString, QString> m_areas;                     // normalised key/title → area key
    QHash<QString, QHash<QString, QString>> m_subgroups; // area → normalised key/label → subgroup key
    QHash<QString, QString> m_subgroupNames;             // "area/key" → the subgroup's name, for messages
};

// One import, run in steps (see the note at the top).
class CaseImportJob {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseImporter)
public:
    enum class Indexes { Auto, Keep, Defer };
    struct Options {
        bool skipInvalid = false;
        bool dryRun = false;
        QString skippedRowsPath; // the invalid rows with their reasons, as a CSV to fix and import again
        QDate today;             // for computed verdicts; default: the system date
        QString language = QStringLiteral("en");
        Indexes indexes = Indexes::Auto; // Auto defers index upkeep for large imports (see BulkCaseWriter)
        int sampleRows = 2000;           // rows read ahead to detect date order
    };

    // Imports as the session's user, who needs the ImportCases permission (checked by start()).
    CaseImportJob(Session &session, QList<CueCard> cards, std::unique_ptr<TableFile> file, ImportMapping mapping,
                  Options options);
    ~CaseImportJob();

    // Reads the header and the sample and begins the transaction. An error here means nothing was written;
    // header problems (a required column missing) are in summary().errors and done() is true.
    Status start();
    // Processes up to `maxRows` rows. Returns ok when it may continue; done() tells when the file is read.
    Status step(int maxRows);
    bool done() const { return m_done; }
    // The file is read; the remaining steps re-create indexes (one statement each).
    bool buildingIndexes() const;
    // Commits (or rolls back on errors without skipInvalid, a dry run) and returns the summary.
    Result<ImportSummary> finish();
    void cancel();
    const ImportSummary &summary() const { return m_summary; }
    double progress() const;

private:
    Status processRow(const QStringList &row, int rowNumber);
    Status flushPending(); // writes the queued new cases (multi-row inserts)
    void recordInvalid(const QStringList &row, int rowNumber, const QList<ImportProblem> &errors);
    void rollback();
    Status verdictChanges(qint64 id, const CaseFile &before, const CaseFile &after);

    struct Private;
    std::unique_ptr<Private> d;
    ImportSummary m_summary;
    bool m_done = false;
};

// The whole import in one call (CLI, tests).
class CaseImporter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseImporter)
public:
    using Options = CaseImportJob::Options;

    CaseImporter(Session &session, QList<CueCard> cards);

    // Called after the start and after each step of `stepRows` rows with the job (its progress and summary so
    // far; done() before the commit); returning false cancels the import: nothing is written.
    using StepReport = std::function<bool(const CaseImportJob &)>;
    Result<ImportSummary> importFile(std::unique_ptr<TableFile> file, const ImportMapping &mapping, Options options,
                                     const StepReport &afterStep = {}, int stepRows = 50'000);
    Result<ImportSummary> import(const QStringList &headers, const QList<QStringList> &rows, Options options,
                                 const ImportMapping &mapping = {});

    // Canonical column names: case_number, cpr, name, area, subgroup, caseworker, team.
    static const QStringList &caseColumns();

private:
    Session &m_session;
    QList<CueCard> m_cards;
};

// The newest card of each area among `cards`.
const CueCard *newestCardFor(const QList<CueCard> &cards, const QString &area);

} // namespace sagstjek
