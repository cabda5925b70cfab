#pragma once

// The import dialog's preview of a whole case file: every row checked as the import will check it, before
// anything is written, so the dialog can say "5 of 300 rows have errors" and list them. No database: it runs in
// a worker thread on its own TableFile.

#include "services/caseimporter.h"

#include <functional>

namespace sagstjek {

struct CaseFileCheck {
    struct Row {
        int row = 0; // the file's row number
        QStringList values;
        QList<ImportProblem> errors;
        QList<int> errorColumns; // column index of each error (-1: the row)
    };
    static constexpr int MaxListedRows = 1000;

    qint64 rows = 0;        // data rows read
    qint64 invalidRows = 0; // rows with at least one error
    // Problems of the whole file (a required column missing, a column of mixed date orders): the import refuses
    // the file until they are fixed in the mapping.
    QList<ImportProblem> fileProblems;
    QList<Row> invalid; // the first MaxListedRows invalid rows, in file order
    QString readError;  // the file could not be read to the end (the figures cover the rows before it)
    bool cancelled = false;
};

// Reads `file` to the end and checks each row with the import's own checks: CaseRowConverter (the date order of
// each column detected from the same first rows as CaseImportJob::start) and a case number that is twice in the
// file. What only the database can tell (a case number already there is updated, not refused) is not checked.
// `keepGoing(progress)` is called every 256 rows with 0…1 (-1 when the position is unknown); returning false
// cancels the check.
CaseFileCheck checkCaseFile(TableFile &file, const QList<CueCard> &cards, const ImportMapping &mapping,
                            const std::function<bool(double)> &keepGoing = {}, int sampleRows = 2000);

} // namespace sagstjek
