// The Danish calendar, deadlines and cue-card templates from the command line.
#include "cli.h"

#include "services/accesspolicy.h"

#include "rules/danishcalendar.h"
#include "rules/period.h"
#include "services/templateservice.h"
#include "storage/templaterepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace sagstjek::cli {

namespace {

int runCalendar(Context &c)
{
    const int year = int(c.args.integer(QStringLiteral("YEAR")));
    QJsonArray days;
    for (const rules::NonWorkingDay &day : rules::nonWorkingDays(year)) {
        if (c.json)
            days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                    {QStringLiteral("kind"), day.kindKey()},
                                    {QStringLiteral("name_da"), day.nameDa},
                                    {QStringLiteral("name_en"), day.nameEn}});
        else
            c.out << day.date.toString(Qt::ISODate) << '\t' << day.kindKey() << '\t' << day.name(c.language) << '\n';
    }
    if (c.json)
        c.printJson(days);
    c.out.flush();
    return Success;
}

int runDeadline(Context &c)
{
    // All three are checked against the declaration.
    const QDate from = c.args.date(QStringLiteral("--from"));
    const auto period = rules::Period::parse(c.args.value(QStringLiteral("--period")));
    const auto roll = rules::parseRoll(c.args.value(QStringLiteral("--roll"), QStringLiteral("none")));
    const QDate due = rules::deadline(from, *period, *roll);
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("due"), due.toString(Qt::ISODate)}});
    else
        c.out << due.toString(Qt::ISODate) << Qt::endl;
    return Success;
}

int runTemplates(Context &c)
{
    auto list = TemplateService(c.session()).list();
    if (!list)
        return c.fail(list.error());
    QJsonArray array;
    for (const TemplateSummary &t : list.value()) {
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("key"), t.key},
                                     {QStringLiteral("version"), t.version},
                                     {QStringLiteral("area"), t.area},
                                     {QStringLiteral("title"), t.title.in(c.language)}});
        else
            c.out << t.key << '\t' << t.version << '\t' << t.area << '\t' << t.title.in(c.language) << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

// One handler for template export and import: they share the service.
int runTemplate(Context &c, const QString &action)
{
    TemplateService service(c.session());
    if (action == u"export") {
        const QString output = c.args.value(QStringLiteral("-o"));
        const int version = int(c.args.integer(QStringLiteral("--version")));
        auto bytes = service.exportTemplate(c.args.value(QStringLiteral("KEY")), version);
        if (!bytes)
            return c.fail(bytes.error());
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
            return c.fail(DatabaseError, QStringLiteral("Cannot write %1: %2").arg(output, file.errorString()));
        if (c.json)
            c.printJson(QJsonObject{{QStringLiteral("file"), output}});
        return Success;
    }
    // import (the framework checked the right to edit templates)
    QFile file(c.args.value(QStringLiteral("FILE")));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(InvalidInput, QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > TemplateService::MaxTemplateBytes)
        return c.fail(InvalidInput, QStringLiteral("%1 is too large for a cue-card template.").arg(file.fileName()));
    auto imported = service.importTemplate(file.readAll());
    if (!imported)
        return c.fail(imported.error());
    if (c.json)
        c.printJson(
            QJsonObject{{QStringLiteral("key"), imported->key}, {QStringLiteral("version"), imported->version}});
    else
        c.out << "Imported " << imported->key << " version " << imported->version << Qt::endl;
    return Success;
}

bool isPeriod(const QString &text)
{
    return rules::Period::parse(text).has_value();
}

const Registration calendar{{
    .name = u"calendar"_s,
    .summary = u"Every non-working day of the year: weekends, public holidays, closing days."_s,
    .positionals = {positional(u"YEAR", u"The year.").integer(1900, 2200)},
    .printsJson = true,
    .run = runCalendar,
}};
const Registration deadline{{
    .name = u"deadline"_s,
    .summary = u"The due date of a deadline."_s,
    .options = {dateOption(u"--from", u"The day the deadline runs from.").required(),
                option(u"--period", u"PERIOD", u"How long it runs.")
                    .accepting(isPeriod, u"a period like P1M, P3M, P8W, P14D, 10WD or EOW8"_s)
                    .required(),
                option(u"--roll", {},
                       u"Whether a due date on a non-working day moves to the next working day; none "
                       u"without it.")
                    .choice({u"none"_s, u"next-working-day"_s})},
    .printsJson = true,
    .run = runDeadline,
}};
const Registration templates{{
    .name = u"templates"_s,
    .summary = u"The cue-card templates and their versions."_s,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runTemplates,
}};
const Registration templateCommand{{
    .name = u"template"_s,
    .summary = u"Share cue cards between municipalities as files."_s,
    .subcommands =
        {
            {
                .name = u"export"_s,
                .summary = u"Write a cue-card template to a file."_s,
                .positionals = {positional(u"KEY", u"The template's key (templates lists them).")},
                .options =
                    {option(u"--version", u"N", u"The version to export; the newest without it.").integer(0, 1'000'000),
                     option(u"-o", u"FILE", u"The file to write.").required()},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = [](Context &c) { return runTemplate(c, u"export"_s); },
            },
            {
                .name = u"import"_s,
                .summary = u"Add a cue-card template (or a new version of one) from a file."_s,
                .positionals = {positional(u"FILE", u"The template file (from template export).")},
                .permission = AccessPolicy::Permission::EditTemplates,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = [](Context &c) { return runTemplate(c, u"import"_s); },
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
