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
    bool ok = false;
    const int year = c.args.positional.size() == 1 ? c.args.positional.first().toInt(&ok) : 0;
    if (!ok || year < 1900 || year > 2200)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli calendar YEAR [--json] (YEAR 1900-2200)"));
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
    const QDate from = QDate::fromString(c.args.value(QStringLiteral("--from")), Qt::ISODate);
    if (!from.isValid())
        return c.fail(UsageError, QStringLiteral("--from needs a date written YYYY-MM-DD."));
    const auto period = rules::Period::parse(c.args.value(QStringLiteral("--period")));
    if (!period)
        return c.fail(UsageError, QStringLiteral("--period must be like P1M, P3M, P8W, P14D, 10WD or EOW8, not \"%1\".")
                                      .arg(c.args.value(QStringLiteral("--period"))));
    const auto roll = rules::parseRoll(c.args.value(QStringLiteral("--roll"), QStringLiteral("none")));
    if (!roll)
        return c.fail(UsageError, QStringLiteral("--roll takes none or next-working-day."));
    const QDate due = rules::deadline(from, *period, *roll);
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("due"), due.toString(Qt::ISODate)}});
    else
        c.out << due.toString(Qt::ISODate) << Qt::endl;
    return Success;
}

int runTemplates(Context &c)
{
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    auto list = db->templates().list();
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

int runTemplate(Context &c)
{
    const QString usage = QStringLiteral("Usage: sagstjek-cli template export KEY [--version N] -o FILE | "
                                         "template import FILE");
    if (c.args.positional.size() != 2)
        return c.fail(UsageError, usage);
    const QString action = c.args.positional.first();
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    TemplateService service(*db, c.user);
    if (action == u"export") {
        const QString output = c.args.value(QStringLiteral("-o"));
        if (output.isEmpty())
            return c.fail(UsageError, usage);
        const int version = c.args.value(QStringLiteral("--version"), QStringLiteral("0")).toInt();
        auto bytes = service.exportTemplate(c.args.positional.at(1), version);
        if (!bytes)
            return c.fail(bytes.error());
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
            return c.fail(DatabaseError, QStringLiteral("Cannot write %1: %2").arg(output, file.errorString()));
        if (c.json)
            c.printJson(QJsonObject{{QStringLiteral("file"), output}});
        return Success;
    }
    if (action == u"import") {
        if (auto allowed = c.policy()->require(AccessPolicy::Permission::EditTemplates); !allowed)
            return c.fail(allowed.error());
        QFile file(c.args.positional.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(InvalidInput, QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > TemplateService::MaxTemplateBytes)
            return c.fail(InvalidInput,
                          QStringLiteral("%1 is too large for a cue-card template.").arg(file.fileName()));
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
    return c.fail(UsageError, usage);
}

const Registration calendar{
    {QStringLiteral("calendar"),
     QStringLiteral("calendar YEAR [--json]"),
     QStringLiteral("Every non-working day of the year: weekends, public holidays, closing days."),
     {},
     {},
     runCalendar}};
const Registration deadline{{QStringLiteral("deadline"),
                             QStringLiteral("deadline --from YYYY-MM-DD --period P1M|P3M|P8W|P14D|10WD|EOW8 "
                                            "[--roll none|next-working-day] [--json]"),
                             QStringLiteral("The due date of a deadline."),
                             {QStringLiteral("--from"), QStringLiteral("--period"), QStringLiteral("--roll")},
                             {},
                             runDeadline}};
const Registration templates{{QStringLiteral("templates"),
                              QStringLiteral("templates [--json]"),
                              QStringLiteral("The cue-card templates and their versions."),
                              {},
                              {},
                              runTemplates}};
const Registration templateCommand{{QStringLiteral("template"),
                                    QStringLiteral("template export KEY [--version N] -o FILE | template import FILE"),
                                    QStringLiteral("Share cue cards between municipalities as files."),
                                    {QStringLiteral("-o"), QStringLiteral("--version")},
                                    {},
                                    runTemplate}};

} // namespace

} // namespace sagstjek::cli
