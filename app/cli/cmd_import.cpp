// Getting cases in: the canonical CSV import, all or nothing.
#include "cli.h"

#include "services/accesspolicy.h"

#include "domain/cpr.h"
#include "io/csvreader.h"
#include "services/caseimporter.h"
#include "services/templatecatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &p : problems)
        array.append(QJsonObject{{QStringLiteral("row"), p.row},
                                 {QStringLiteral("column"), p.column},
                                 {QStringLiteral("value"), p.value},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

int runImportCases(Context &c)
{
    if (c.args.positional.size() != 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli import-cases FILE.csv [--skip-invalid] [--dry-run]"));
    const QString path = c.args.positional.first();
    io::CsvReader reader;
    if (!reader.open(path))
        return c.fail(InvalidInput, QStringLiteral("%1: %2").arg(path, reader.error().toString()));
    QList<QStringList> rows;
    QList<qint64> rowNumbers;
    QStringList row;
    while (reader.readRow(row)) {
        rows << row;
        rowNumbers << reader.rowNumber();
    }
    if (reader.hasError())
        return c.fail(InvalidInput, QStringLiteral("%1: %2. Nothing was imported.").arg(path, reader.error().toString()));

    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::ImportCases); !allowed)
        return c.fail(allowed.error());
    auto cards = templatecatalog::builtIn();
    if (!cards)
        return c.fail(cards.error());
    CaseImporter importer(*db, c.user, templatecatalog::allDateFields(cards.value()));
    importer.setRowNumbers(rowNumbers);
    CaseImporter::Options options;
    options.skipInvalid = c.args.has(QStringLiteral("--skip-invalid"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    auto summary = importer.import(reader.headers(), rows, options);
    if (!summary)
        return c.fail(summary.error());
    const ImportSummary &s = summary.value();
    if (c.json) {
        c.printJson(QJsonObject{{QStringLiteral("created"), s.created},
                                {QStringLiteral("updated"), s.updated},
                                {QStringLiteral("unchanged"), s.unchanged},
                                {QStringLiteral("skipped"), s.skipped},
                                {QStringLiteral("errors"), problemsJson(s.errors)},
                                {QStringLiteral("warnings"), problemsJson(s.warnings)}});
    } else {
        c.out << "Created " << s.created << ", updated " << s.updated << ", unchanged " << s.unchanged << ", skipped "
              << s.skipped << (options.dryRun ? " (dry run: nothing was written)" : "") << Qt::endl;
    }
    for (const ImportProblem &p : s.warnings)
        c.err << path << ": warning: row " << p.row << ", column " << p.column << ", value \"" << p.value
              << "\": " << p.message << '\n';
    for (const ImportProblem &p : s.errors)
        c.err << path << ": row " << p.row << ", column " << p.column << ", value \"" << p.value << "\": " << p.message
              << '\n';
    c.err.flush();
    if (!s.errors.isEmpty() && !s.applied) {
        c.err << "Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows." << Qt::endl;
        return InvalidInput;
    }
    return Success;
}

const Registration importCases{{QStringLiteral("import-cases"),
                                QStringLiteral("import-cases FILE.csv [--skip-invalid] [--dry-run] [--json]"),
                                QStringLiteral("Import cases (canonical headers: case_number, cpr, name, area, subgroup, "
                                               "caseworker, team, and named dates such as takeover). All or nothing."),
                                {},
                                {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")},
                                runImportCases}};

} // namespace

} // namespace sagstjek::cli
