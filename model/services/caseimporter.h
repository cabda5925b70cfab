#pragma once

#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sagstjek {

class Database;

struct ImportProblem {
    int row = 0;      // 1-based row in the file, the header being row 1
    QString column;
    QString value;
    QString message;
    bool warning = false; // warnings (e.g. a CPR number failing modulus 11) do not stop an import
};

struct ImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<ImportProblem> errors;
    QList<ImportProblem> warnings;
    bool applied = false; // false when nothing was written (errors, or a dry run)
};

// Imports cases from a table with the canonical headers: case_number, cpr, name, area, subgroup, caseworker,
// team, and one column per named date (ISO dates). All or nothing: any invalid row means nothing is written,
// unless the caller explicitly asks to skip invalid rows. Existing case numbers are updated; reviews,
// answers and defects are never touched.
class CaseImporter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseImporter)
public:
    struct Options {
        bool skipInvalid = false;
        bool dryRun = false;
    };
    // The file row of each data row, when the reader skipped blank lines (default: row i is file row i + 2).
    void setRowNumbers(QList<qint64> rowNumbers) { m_rowNumbers = std::move(rowNumbers); }

    CaseImporter(Database &db, QString user, QList<NamedField> dateFields);

    // Checks every row; fills `cases` with the valid ones (row number → case).
    ImportSummary validate(const QStringList &headers, const QList<QStringList> &rows,
                           QList<QPair<int, CaseFile>> *cases) const;
    Result<ImportSummary> import(const QStringList &headers, const QList<QStringList> &rows, Options options);

    static const QStringList &caseColumns();

private:
    Database &m_db;
    QString m_user;
    QList<NamedField> m_dateFields;
    QList<qint64> m_rowNumbers;
};

} // namespace sagstjek
