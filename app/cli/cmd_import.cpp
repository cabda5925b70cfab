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

// Opens FILE with --sheet/--encoding/--header-row and the mapping from --mapping (its sheet/encoding unless
// overridden).
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
    if (c.args.has(QStringLiteral("--header-row")))
        input.mapping.headerRow = int(c.args.integer(QStringLiteral("--header-row")));
    auto file = TableFile::open(c.args.positional.first(), sheet, encoding, input.mapping.headerRow);
    if (!file)
        return c.fail(file.error());
    input.file = std::move(file.value());
    return Success;
}

// A value from the file as a message quotes it: on one line, and not a page of it.
QString quoted(const QString &value)
{
    constexpr int Longest = 200;
    return field(value.size() > Longest ? value.left(Longest) + QChar(0x2026) : value);
}

int report(Context &c, const QString &path, const ImportSummary &s, bool dryRun)
{
    // Refused as a whole: nothing was created, so no "Created N" line says otherwise (issue 14).
    const bool refusedWhole = !s.errors.isEmpty() && !s.applied && !dryRun;
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
    } else if (!refusedWhole) {
        c.out << "Created " << s.created << ", updated " << s.updated << ", unchanged " << s.unchanged << ", skipped "
              << s.skipped << (dryRun ? " (dry run: nothing was written)" : "") << Qt::endl;
        for (const VerdictChange &v : s.verdictChanges)
            c.out << "  " << v.caseNumber << " " << v.itemKey << ": " << v.before << " -> " << v.after << " ("
                  << v.explanation << ")\n";
        c.out.flush();
    }
    for (const ImportProblem &p : s.warnings)
        c.err << path << ": warning: row " << p.row << ", column " << quoted(p.column) << ", value \""
              << quoted(p.value) << "\": " << p.message << '\n';
    for (const ImportProblem &p : s.errors)
        c.err << path << ": row " << p.row << ", column " << quoted(p.column) << ", value \"" << quoted(p.value)
              << "\": " << p.message << '\n';
    if (s.errorsNotListed > 0)
        c.err << path << ": " << s.errorsNotListed << " more errors not listed\n";
    c.err.flush();
    if (refusedWhole) {
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
    Input input;
    if (int opened = openInput(c, ImportKind::Cases, input); opened != Success)
        return opened;
    Database *db = c.database();
    auto cards = importmapping::currentCards(*db);
    if (!cards)
        return c.fail(cards.error());
    CaseImporter importer(c.session(), cards.value());
    CaseImporter::Options options;
    options.skipInvalid = c.args.has(QStringLiteral("--skip-invalid"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    options.skippedRowsPath = c.args.value(QStringLiteral("--skipped-rows"));
    options.language = c.language;
    if (c.args.has(QStringLiteral("--as-of")))
        options.today = c.args.date(QStringLiteral("--as-of"));
    const QString path = c.args.positional.first();
    auto summary = importer.importFile(std::move(input.file), input.mapping, options);
    if (!summary)
        return c.fail(summary.error());
    return report(c, path, summary.value(), options.dryRun);
}

int runImportEvents(Context &c)
{
    Input input;
    if (int opened = openInput(c, ImportKind::Events, input); opened != Success)
        return opened;
    Database *db = c.database();
    auto cards = importmapping::currentCards(*db);
    if (!cards)
        return c.fail(cards.error());
    EventImporter importer(c.session(), cards.value());
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
    Input input;
    if (int opened = openInput(c, ImportKind::Answers, input); opened != Success)
        return opened;
    ReviewSheetImporter importer(c.session());
    ReviewSheetImporter::Options options;
    options.templateKey = c.args.value(QStringLiteral("--template"));
    options.roundName = c.args.value(QStringLiteral("--round"));
    options.dryRun = c.args.has(QStringLiteral("--dry-run"));
    if (c.args.has(QStringLiteral("--date")))
        options.reviewDate = c.args.date(QStringLiteral("--date"));
    const QString path = c.args.positional.first();
    auto summary = importer.importFile(*input.file, input.mapping, options);
    if (!summary)
        return c.fail(summary.error());
    return report(c, path, summary.value(), options.dryRun);
}

const Positional InputFile = positional(u"FILE", u"The CSV or XLSX file to import.");
const QList<Option> InputOptions = {
    option(u"--mapping", u"FILE",
           u"A saved column mapping (from the import dialog); without it, headers map "
           u"automatically by key, Danish or English name."),
    option(u"--sheet", u"NAME", u"The XLSX sheet to read; the first (or the mapping's) without it."),
    option(u"--header-row", u"N",
           u"The row (1-based) that holds the column headers; the rows above it, such as a title, are ignored. "
           u"Row 1 (or the mapping's) without it.")
        .integer(1, 1'048'576),
};
const Option Encoding =
    option(u"--encoding", u"NAME",
           u"The CSV file's text encoding: utf-8, utf-16le, utf-16be or windows-1252; detected without it.");
const Option DryRun = flag(u"--dry-run", u"Check and report, but write nothing.");
const Option SkipInvalid = flag(u"--skip-invalid", u"Import the valid rows and skip the others (otherwise all or "
                                                   u"nothing).");

const Registration importCases{{
    .name = u"import-cases"_s,
    .summary = u"Import or update cases from CSV or XLSX. Headers map automatically by key, Danish or English name; "
               u"all or nothing unless --skip-invalid."_s,
    .positionals = {InputFile},
    .options = InputOptions + QList<Option>{Encoding, SkipInvalid,
                                            option(u"--skipped-rows", u"FILE", u"Write the skipped rows to this file."),
                                            DryRun,
                                            dateOption(u"--as-of", u"Compute verdicts as of this day instead of today "
                                                                   u"(for the verdict changes reported).")},
    .permission = AccessPolicy::Permission::ImportCases,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runImportCases,
}};

const Registration importEvents{{
    .name = u"import-events"_s,
    .summary = u"Import case events (conversations, activities, offers): case number, kind, date, form, reason, note "
               u"written, description."_s,
    .positionals = {InputFile},
    .options = InputOptions + QList<Option>{Encoding, SkipInvalid, DryRun},
    .permission = AccessPolicy::Permission::ImportCases,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runImportEvents,
}};

const Registration importAnswers{{
    .name = u"import-answers"_s,
    .summary = u"Import an old review sheet (one row per case, one column per item) as completed reviews with answers "
               u"and defects. All or nothing."_s,
    .positionals = {InputFile},
    .options = QList<Option>{option(u"--template", u"KEY",
                                    u"The cue card the sheet's columns are items of (templates "
                                    u"lists them).")
                                 .required(),
                             option(u"--round", u"NAME", u"Record the reviews in this review round."),
                             dateOption(u"--date", u"The day the reviews were made.")} +
               InputOptions + QList<Option>{Encoding, DryRun},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runImportAnswers,
}};

} // namespace

} // namespace sagstjek::cli
