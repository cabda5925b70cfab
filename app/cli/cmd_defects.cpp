// Defects followed to closure from the command line: list, remediate, verify, reopen, reassign, due.
#include "cli.h"
#include "jsonstream.h"
#include "textwords.h"

#include "services/accesspolicy.h"
#include "services/defectservice.h"
#include "services/roundservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const TrackedDefect &t)
{
    const Defect &d = t.defect;
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("case_number"), d.caseNumber},
                       {QStringLiteral("round"), textOrNull(t.roundName)},
                       {QStringLiteral("area"), t.area},
                       {QStringLiteral("item_key"), d.itemKey},
                       {QStringLiteral("description"), d.description},
                       {QStringLiteral("severity"), severityKey(d.severity)},
                       {QStringLiteral("owner"), d.owner},
                       {QStringLiteral("due"), textOrNull(d.due.toString(Qt::ISODate))},
                       {QStringLiteral("status"), defectStatusKey(d.status)},
                       {QStringLiteral("overdue"), t.overdue},
                       {QStringLiteral("remediation_note"), textOrNull(t.remediationNote)},
                       {QStringLiteral("remediated_on"), textOrNull(t.remediatedOn.toString(Qt::ISODate))},
                       {QStringLiteral("remediated_by"), textOrNull(t.remediatedBy)},
                       {QStringLiteral("verified_by"), textOrNull(t.verifiedBy)}};
}

QList<qint64> ids(Context &c, int from, bool &ok)
{
    QList<qint64> list;
    ok = c.args.positional.size() > from;
    for (int i = from; i < c.args.positional.size(); ++i)
        for (const QString &part : c.args.positional.at(i).split(u',', Qt::SkipEmptyParts)) {
            bool valid = false;
            list << part.trimmed().toLongLong(&valid);
            ok = ok && valid;
        }
    return list;
}

// One handler for the defect subcommands: they share the service and the id list.
int runDefect(Context &c, const QString &sub)
{
    DefectService service(c.session());

    if (sub == u"list") {
        TrackerFilter filter;
        filter.status = c.args.value(QStringLiteral("--status"));
        filter.owner = c.args.value(QStringLiteral("--owner"));
        filter.area = c.args.value(QStringLiteral("--area"));
        filter.overdueOnly = c.args.has(QStringLiteral("--overdue"));
        if (c.args.has(QStringLiteral("--mine")))
            filter.owner = c.session().user().caseworkerName();
        if (c.args.has(QStringLiteral("--round"))) {
            RoundService rounds(c.session());
            auto round = rounds.find(c.args.value(QStringLiteral("--round")));
            if (!round)
                return c.fail(round.error());
            filter.roundId = round->id;
        }
        if (c.args.has(QStringLiteral("--after"))) {
            auto after = service.load(c.args.integer(QStringLiteral("--after")));
            if (!after)
                return c.fail(after.error());
            filter.after = DefectListKey{after->defect.due, after->defect.id};
        }
        // Written as read, a keyset page at a time: memory stays flat at any number of defects.
        std::optional<JsonArrayWriter> array;
        if (c.json)
            array.emplace(c.out);
        auto listed = service.forEach(filter, c.args.integer(QStringLiteral("--limit")), [&](const TrackedDefect &t) {
            if (array)
                array->append(toJson(t));
            else
                c.out << t.defect.id << '\t' << field(t.defect.caseNumber) << '\t' << t.defect.itemKey << '\t'
                      << field(t.defect.owner) << '\t' << shown::date(c, t.defect.due) << '\t'
                      << shown::defectStatus(c, t.defect.status)
                      << (t.overdue ? shown::say(c, u"\tOVERSKREDET"_s, u"\tOVERDUE"_s) : QString()) << '\n';
        });
        if (!listed)
            return c.fail(listed.error());
        if (array)
            array->finish();
        c.out.flush();
        return Success;
    }

    bool ok = false;
    const QList<qint64> defectIds = ids(c, 0, ok);
    if (!ok)
        return c.usageError(QStringLiteral("Give the defect id(s) as numbers (defect list shows them)."));
    Status done = Ok{};
    if (sub == u"remediate") {
        const QDate on = c.args.date(QStringLiteral("--on"));
        for (qint64 id : defectIds)
            if (done = service.remediate(id, c.args.value(QStringLiteral("--note")), on); !done)
                break;
    } else if (sub == u"verify") {
        for (qint64 id : defectIds)
            if (done = service.verify(id, c.args.value(QStringLiteral("--note"))); !done)
                break;
    } else if (sub == u"reopen") {
        for (qint64 id : defectIds)
            if (done = service.reopen(id, c.args.value(QStringLiteral("--note"))); !done)
                break;
    } else if (sub == u"reassign") {
        done = service.reassign(defectIds, c.args.value(QStringLiteral("--owner")));
    } else if (sub == u"due") {
        done = service.setDue(defectIds, c.args.date(QStringLiteral("--date")));
    }
    if (!done)
        return c.fail(done.error());
    if (c.json) {
        QJsonArray array;
        for (qint64 id : defectIds)
            if (auto t = service.load(id))
                array.append(toJson(t.value()));
        c.printJson(array);
    }
    return Success;
}

// "12", "12,13": defect ids.
bool isIdList(const QString &text)
{
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    bool ok = !parts.isEmpty();
    for (const QString &part : parts) {
        bool valid = false;
        part.trimmed().toLongLong(&valid);
        ok = ok && valid;
    }
    return ok;
}

// A defect subcommand that works on the ids given.
Command onDefects(const QString &name, const QString &summary, const QList<Option> &options)
{
    return {
        .name = name,
        .summary = summary,
        .positionals = {positional(u"ID",
                                   u"Defect ids (defect list shows them); several with spaces or commas between them.")
                            .oneOrMore()
                            .accepting(isIdList, u"numbers separated by commas"_s)},
        .options = options,
        .database = DatabaseUse::OpenExisting,
        .printsJson = true,
        .run = [name](Context &c) { return runDefect(c, name); },
    };
}

const Registration defect{{
    .name = u"defect"_s,
    .summary = u"Follow defects to closure: remediated by the owner, verified by someone else, or reopened."_s,
    .subcommands =
        {
            {
                .name = u"list"_s,
                .summary = u"List defects with their round, owner, due date and status."_s,
                .description = u"A caseworker sees only their own defects."_s,
                .options = {option(u"--round", u"NAME", u"Only defects found in this review round."),
                            option(u"--status", u"S",
                                   u"Only defects with this status (open, remediated, verified, "
                                   u"reopened)."),
                            option(u"--owner", u"U", u"Only defects this user owns."),
                            option(u"--area", u"KEY", u"Only defects in cases of this area."),
                            flag(u"--overdue", u"Only defects past their due date."),
                            flag(u"--mine", u"Only the defects you own."), limitOption(), afterDefectOption()},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = [](Context &c) { return runDefect(c, u"list"_s); },
            },
            onDefects(u"remediate"_s, u"Mark defects remediated (by their owner)."_s,
                      {option(u"--note", u"TEXT", u"What was done (needed)."),
                       dateOption(u"--on", u"The day it was remediated; today without it.")}),
            onDefects(u"verify"_s,
                      u"Verify remediated defects (a coordinator or leader, not the one who remediated)."_s,
                      {option(u"--note", u"TEXT", u"A comment on the verification.")}),
            onDefects(u"reopen"_s, u"Reopen remediated or verified defects."_s,
                      {option(u"--note", u"TEXT", u"Why (needed).")}),
            onDefects(u"reassign"_s, u"Give defects to another owner."_s,
                      {option(u"--owner", u"U", u"The new owner (needed).")}),
            onDefects(u"due"_s, u"Set the due date of defects."_s,
                      {dateOption(u"--date", u"The new due date.").required()}),
        },
}};

} // namespace

} // namespace sagstjek::cli
