// Results out: cases, answers and defects as CSV or XLSX, without CPR numbers and names unless asked.
#include "cli.h"
#include "textwords.h"

#include "services/accesspolicy.h"
#include "services/exporter.h"
#include "services/session.h"

#include <QJsonObject>

namespace sagstjek::cli {

namespace {

int runExport(Context &c)
{
    const auto what = Exporter::whatFromKey(c.args.positional.first()); // one of the declared choices
    const QString path = c.args.value(QStringLiteral("-o"));
    Exporter::Options options;
    options.what = *what;
    const QString format = c.args.value(
        QStringLiteral("--format"),
        path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    options.format = format == u"xlsx" ? Exporter::Format::Xlsx : Exporter::Format::Csv;
    if (c.args.value(QStringLiteral("--dialect")) == u"rfc4180")
        options.dialect = io::CsvDialect::rfc4180();
    options.includePersonalData = c.args.has(QStringLiteral("--include-personal-data"));
    options.filter.round = c.args.value(QStringLiteral("--round"));
    options.filter.area = c.args.value(QStringLiteral("--area"));
    options.filter.caseworker = c.args.value(QStringLiteral("--caseworker"));
    options.filter.status = c.args.value(QStringLiteral("--status"));
    options.language = c.language;
    options.keys = c.args.has(QStringLiteral("--keys"));

    Session session(*c.database(), *c.policy(), c.language);
    Exporter exporter(session);
    auto rows = exporter.exportTo(path, options);
    if (!rows)
        return c.fail(rows.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("rows"), rows.value()}, {QStringLiteral("file"), path}});
    else
        c.out << shown::say(c, u"Eksporterede %1 rækker til %2"_s, u"Exported %1 rows to %2"_s)
                     .arg(rows.value())
                     .arg(path)
              << Qt::endl;
    return Success;
}

const Registration exportCommand{{
    .name = u"export"_s,
    .summary = u"Export cases, answers (one row per answer, or per case with one column per item) or defects. CPR "
               u"numbers and names only with --include-personal-data. Logged in the access log."_s,
    .description = u"A caseworker exports only their own cases."_s,
    .positionals =
        {positional(u"WHAT", u"What to export.").choice({u"cases"_s, u"answers"_s, u"answers-wide"_s, u"defects"_s})},
    .options = {option(u"--format", {},
                       u"The file format; without it, the file name's ending decides (xlsx, "
                       u"otherwise csv).")
                    .choice({u"csv"_s, u"xlsx"_s}),
                option(u"-o", u"FILE", u"The file to write.").required(),
                flag(u"--include-personal-data", u"Include CPR numbers and names."),
                flag(u"--keys", u"Machine keys instead of words: field keys as headers (case_number), stored keys as "
                                u"values (completed, major), ISO dates. Without it the file is in words in the --lang "
                                u"language (Sagsnummer, Afsluttet, Væsentlig)."),
                option(u"--round", u"NAME", u"Only the cases and answers of this review round."),
                option(u"--area", u"KEY", u"Only cases in this area."),
                option(u"--caseworker", u"NAME", u"Only this caseworker's cases."),
                option(u"--status", u"STATUS", u"Only cases with this review status."),
                option(u"--dialect", {}, u"CSV flavour: excel (the default, as Danish Excel reads it) or rfc4180.")
                    .choice({u"excel"_s, u"rfc4180"_s})},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runExport,
}};

} // namespace

} // namespace sagstjek::cli
