// Getting cases in: case lists, case events and old review sheets (CSV or XLSX), mapped automatically or with
// a mapping file, all or nothing unless --skip-invalid.
#include "cli.h"

#include "services/accesspolicy.h"
#include "services/caseimporter.h"
#include "services/eventimporter.h"
#include "services/importmapping.h"
#include "services/reviewsheetimporter.h"
#include "services/tablefile.h"

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

// Opens FILE with --sheet/--encoding and the mapping from --mapping (its sheet/encoding unless overridden).
struct Input {
    std::unique_ptr<TableFile> file;
    ImportMapping mapping;
};

int openInput(Context &c, ImportKind kind, Input &input)
{
    if (c.args.has(QStringLiteral("--mapping"))) {
        auto mapping = importmapping::loadFile(c.args.value(QStringLiteral("--mapping")));
        if (!mapping)
            return c.fail(mapping.error());
        if (mapping->kind != kind)
            return c.fail(InvalidInput, QStringLiteral("The mapping is for %1, not %2.")
                                            .arg(importmapping::kindKey(mapping->kind), importmapping::kindKey(kind)));
        input.mapping = mapping.value();
    }
    input.mapping.kind = kind;
    const QString sheet = c.args.value(QStringLiteral("--sheet"), input.mapping.sheet);
    const QString encoding = c.args.value(QStringLiteral("--encoding"), input.mapping.encoding);
    auto file = TableFile::open(c.args.positional.first(), sheet, encoding);
    if (!file)
        return c.fail(file.error());
    input.file = std::move(file.value());
    return Success;
}

int report(Context &c, const QString &path, const ImportSummary &s, bool dryRun)
{
    if (c.json) {
        QJsonArray changes;
        for (const VerdictChange &v : s.verdictChanges)
            changes.append(QJsonObject{{QStringLiteral("case_number"), v.caseNumber},
                                       {QStringLiteral("item"), v.itemKey},
                                       {QStringLiteral("before"), v.before},
                                       {QStringLiteral("after"), v.after},
                                       {QStringLiteral("explanation"), v.explanation}});
        c.printJson(QJsonObject{{QStringLiteral("created"), s.created},
                                {QStringLiteral("updated"), s.updated},
                                {QStringLiteral("unchanged"), s.unchanged},
                                {QStringLiteral("skipped"), s.skipped},
                                {QStringLiteral("applied"), s.applied},
                                {QStringLiteral("errors"), problemsJson(s.errors)},
                                {QStringLiteral("warnings"), problemsJson(s.warnings)},
                                {QStringLiteral("verdict_changes"), changes}});
    } else {
        c.out << "Created " << s.created << ", updated " << s.updated << ", unchanged " << s.unchanged << ", skipped "
              << s.skipped << (dryRun ? " (dry run: nothing was written)" : "") << Qt::endl;
        for (const VerdictChange &v : s.verdictChanges)
            c.out << "  " << v.caseNumber << " " << v.itemKey << ": " << v.before << " -> " << v.after << " ("
                  << v.explanation << ")\n";
        c.out.flush();
    }
    for (const ImportProblem &p : s.warnings)
        c.err << path << ": warning: row " << p.row << ", column " << p.column << ", value \"" << p.value
              << "\": " << p.message << '\n';
    for (const ImportProblem &p : s.errors)
        c.err << path << ": row " << p.row << ", column " << p.column << ", value \"" << p.value << "\": " << p.message
              << '\n';
    if (s.errorsNotListed > 0)
        c.err << path << ": " << s.errorsNotListed << " more errors not listed\n";
    c.err.flush();
    if (!s.errors.isEmpty() && !s.applied && !dryRun) {
        c.err << "Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows."
              << Qt::endl;
        return InvalidInput;
    }
    if (!s.errors.isEmpty() && dryRun && s.skipped > 0 && !c.args.has(QStringLiteral("--skip-invalid")))
        return InvalidInput;
    return Success;
}

int runImportCases(Context &c)
{
    if (c.args.positional.size() != 1)
        return c.fail(UsageError,
                      QStringLiteral("Usage: sagstjek-cli import-cases FILE [--mapping FILE] [--sheet NAME] "
                                     "[--encoding NAME] [--skip-invalid] [--skipped-rows FILE] [--dry-run]"));
    Input input;
    if (int opened = openInput(c, ImportKind::Cases, input); opened != Success)
        return opened;
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::ImportCases); !allowed)
        return c.fail(allowed.error());
    auto cards = importmapping::currentCards(*db);
    if (!cards)
        return c.fail(cards.error());
    CaseImporter importer(*db, c.user, cards.value());
    CaseImporter::Options options;
    options.skipInvalid = c.args.has(QStringLiteral("--skip-invalid"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    options.skippedRowsPath = c.args.value(QStringLiteral("--skipped-rows"));
    options.language = c.language;
    if (c.args.has(QStringLiteral("--as-of")))
        options.today = QDate::fromString(c.args.value(QStringLiteral("--as-of")), Qt::ISODate);
    const QString path = c.args.positional.first();
    auto summary = importer.importFile(std::move(input.file), input.mapping, options);
    if (!summary)
        return c.fail(summary.error());
    return report(c, path, summary.value(), options.dryRun);
}

int runImportEvents(Context &c)
{
    if (c.args.positional.size() != 1)
        return c.fail(UsageError,
                      QStringLiteral("Usage: sagstjek-cli import-events FILE [--mapping FILE] [--sheet NAME] "
                                     "[--encoding NAME] [--skip-invalid] [--dry-run]"));
    Input input;
    if (int opened = openInput(c, ImportKind::Events, input); opened != Success)
        return opened;
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::ImportCases); !allowed)
        return c.fail(allowed.error());
    auto cards = importmapping::currentCards(*db);
    if (!cards)
        return c.fail(cards.error());
    EventImporter importer(*db, c.user, cards.value());
    EventImporter::Options options;
    options.skipInvalid = c.args.has(QStringLiteral("--skip-invalid"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    const QString path = c.args.positional.first();
    auto summary = importer.importFile(*input.file, input.mapping, options);
    if (!summary)
        return c.fail(summary.error());
    return report(c, path, summary.value(), options.dryRun);
}

int runImportAnswers(Context &c)
{
    if (c.args.positional.size() != 1 || !c.args.has(QStringLiteral("--template")))
        return c.fail(UsageError,
                      QStringLiteral("Usage: sagstjek-cli import-answers FILE --template KEY [--round NAME] "
                                     "[--date YYYY-MM-DD] [--mapping FILE] [--sheet NAME] [--dry-run]"));
    Input input;
    if (int opened = openInput(c, ImportKind::Answers, input); opened != Success)
        return opened;
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    ReviewSheetImporter importer(*db, c.user);
    importer.setPolicy(c.policy());
    ReviewSheetImporter::Options options;
    options.templateKey = c.args.value(QStringLiteral("--template"));
    options.roundName = c.args.value(QStringLiteral("--round"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    options.language = c.language;
    if (c.args.has(QStringLiteral("--date"))) {
        options.reviewDate = QDate::fromString(c.args.value(QStringLiteral("--date")), Qt::ISODate);
        if (!options.reviewDate.isValid())
            return c.fail(UsageError, QStringLiteral("--date takes YYYY-MM-DD."));
    }
    const QString path = c.args.positional.first();
    auto summary = importer.importFile(*input.file, input.mapping, options);
    if (!summary)
        return c.fail(summary.error());
    return report(c, path, summary.value(), options.dryRun);
}

const QStringList CommonValueOptions = {QStringLiteral("--mapping"), QStringLiteral("--sheet"),
                                        QStringLiteral("--encoding")};

const Registration importCases{
    {QStringLiteral("import-cases"),
     QStringLiteral("import-cases FILE [--mapping FILE] [--sheet NAME] [--encoding NAME] [--skip-invalid] "
                    "[--skipped-rows FILE] [--dry-run] [--as-of DATE] [--json]"),
     QStringLiteral(
         "Import or update cases from CSV or XLSX. Headers map automatically by key, Danish or English name; "
         "all or nothing unless --skip-invalid."),
     CommonValueOptions + QStringList{QStringLiteral("--skipped-rows"), QStringLiteral("--as-of")},
     {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")},
     runImportCases}};

const Registration importEvents{
    {QStringLiteral("import-events"),
     QStringLiteral("import-events FILE [--mapping FILE] [--sheet NAME] [--encoding NAME] [--skip-invalid] [--dry-run] "
                    "[--json]"),
     QStringLiteral("Import case events (conversations, activities, offers): case number, kind, date, form, reason, "
                    "note written, description."),
     CommonValueOptions,
     {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")},
     runImportEvents}};

const Registration importAnswers{
    {QStringLiteral("import-answers"),
     QStringLiteral("import-answers FILE --template KEY [--round NAME] [--date DATE] [--mapping FILE] [--sheet NAME] "
                    "[--dry-run] [--json]"),
     QStringLiteral("Import an old review sheet (one row per case, one column per item) as completed reviews with "
                    "answers and defects. All or nothing."),
     CommonValueOptions +
         QStringList{QStringLiteral("--template"), QStringLiteral("--round"), QStringLiteral("--date")},
     {QStringLiteral("--dry-run")},
     runImportAnswers}};

} // namespace

} // namespace sagstjek::cli
