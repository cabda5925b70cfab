// Results out: cases, answers and defects as CSV or XLSX, without CPR numbers and names unless asked.
#include "cli.h"

#include "services/accesspolicy.h"
#include "services/exporter.h"

#include <QJsonObject>

namespace sagstjek::cli {

namespace {

int runExport(Context &c)
{
    const QString usage =
        QStringLiteral("Usage: sagstjek-cli export cases|answers|answers-wide|defects --format csv|xlsx -o FILE "
                       "[--include-personal-data] [--round NAME] [--area KEY] [--caseworker NAME] [--status STATUS] "
                       "[--dialect excel|rfc4180]");
    if (c.args.positional.size() != 1 || !c.args.has(QStringLiteral("-o")))
        return c.fail(UsageError, usage);
    const auto what = Exporter::whatFromKey(c.args.positional.first());
    if (!what)
        return c.fail(UsageError, usage);
    const QString path = c.args.value(QStringLiteral("-o"));
    Exporter::Options options;
    options.what = *what;
    const QString format = c.args.value(
        QStringLiteral("--format"),
        path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    if (format == u"csv")
        options.format = Exporter::Format::Csv;
    else if (format == u"xlsx")
        options.format = Exporter::Format::Xlsx;
    else
        return c.fail(UsageError, usage);
    const QString dialect = c.args.value(QStringLiteral("--dialect"), QStringLiteral("excel"));
    if (dialect == u"rfc4180")
        options.dialect = io::CsvDialect::rfc4180();
    else if (dialect != u"excel")
        return c.fail(UsageError, usage);
    options.includePersonalData = c.args.has(QStringLiteral("--include-personal-data"));
    options.filter.round = c.args.value(QStringLiteral("--round"));
    options.filter.area = c.args.value(QStringLiteral("--area"));
    options.filter.caseworker = c.args.value(QStringLiteral("--caseworker"));
    options.filter.status = c.args.value(QStringLiteral("--status"));
    options.language = c.language;

    Database *db = c.database();
    if (!db)
        return DatabaseError;
    // A caseworker exports only their own cases.
    if (const QString own = c.policy()->ownCasesScope(); !own.isEmpty()) {
        if (!options.filter.caseworker.isEmpty() && options.filter.caseworker.compare(own, Qt::CaseInsensitive) != 0)
            return c.fail(refused(QStringLiteral("A caseworker can export only their own cases.")));
        options.filter.caseworker = own;
    }
    Exporter exporter(*db);
    exporter.setPolicy(c.policy()); // every export goes to the access log
    auto rows = exporter.exportTo(path, options);
    if (!rows)
        return c.fail(rows.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("rows"), rows.value()}, {QStringLiteral("file"), path}});
    else
        c.out << "Exported " << rows.value() << " rows to " << path << Qt::endl;
    return Success;
}

const Registration exportCommand{
    {QStringLiteral("export"),
     QStringLiteral("export cases|answers|answers-wide|defects --format csv|xlsx -o FILE [--include-personal-data] "
                    "[--round NAME] [--area KEY] [--caseworker NAME] [--status STATUS] [--dialect excel|rfc4180]"),
     QStringLiteral("Export cases, answers (one row per answer, or per case with one column per item) or defects. "
                    "CPR numbers and names only with --include-personal-data. Logged in the access log."),
     {QStringLiteral("-o"), QStringLiteral("--format"), QStringLiteral("--round"), QStringLiteral("--area"),
      QStringLiteral("--caseworker"), QStringLiteral("--status"), QStringLiteral("--dialect")},
     {QStringLiteral("--include-personal-data")},
     runExport}};

} // namespace

} // namespace sagstjek::cli
