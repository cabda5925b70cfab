// Defects followed to closure from the command line: list, remediate, verify, reopen, reassign, due.
#include "cli.h"

#include "services/accesspolicy.h"
#include "services/defectservice.h"
#include "services/rolelookup.h"
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

int runDefect(Context &c)
{
    const QString sub = c.args.positional.value(0);
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    UserListRoles roles(*db);
    DefectService service(*db, c.user, roles);

    if (sub == u"list") {
        TrackerFilter filter;
        filter.status = c.args.value(QStringLiteral("--status"));
        filter.owner = c.args.value(QStringLiteral("--owner"));
        filter.area = c.args.value(QStringLiteral("--area"));
        filter.overdueOnly = c.args.has(QStringLiteral("--overdue"));
        if (c.args.has(QStringLiteral("--mine")))
            filter.owner = c.user;
        if (AccessPolicy *policy = c.policy())
            if (const QString own = policy->ownCasesScope(); !own.isEmpty())
                filter.owner = own; // a caseworker sees their own defects
        if (c.args.has(QStringLiteral("--round"))) {
            RoundService rounds(*db, c.user, roles);
            auto round = rounds.find(c.args.value(QStringLiteral("--round")));
            if (!round)
                return c.fail(round.error());
            filter.roundId = round->id;
        }
        auto defects = service.list(filter);
        if (!defects)
            return c.fail(defects.error());
        QJsonArray array;
        for (const TrackedDefect &t : defects.value()) {
            if (c.json)
                array.append(toJson(t));
            else
                c.out << t.defect.id << '\t' << t.defect.caseNumber << '\t' << t.defect.itemKey << '\t'
                      << t.defect.owner << '\t' << t.defect.due.toString(Qt::ISODate) << '\t'
                      << defectStatusKey(t.defect.status) << (t.overdue ? QStringLiteral("\tOVERDUE") : QString())
                      << '\n';
        }
        if (c.json)
            c.printJson(array);
        c.out.flush();
        return Success;
    }

    bool ok = false;
    const QList<qint64> defectIds = ids(c, 1, ok);
    if (!ok)
        return c.fail(UsageError, QStringLiteral("Give the defect id(s) (defect list shows them)."));
    Status done = Ok{};
    if (sub == u"remediate") {
        QDate on;
        if (c.args.has(QStringLiteral("--on"))) {
            on = QDate::fromString(c.args.value(QStringLiteral("--on")), Qt::ISODate);
            if (!on.isValid())
                return c.fail(UsageError, QStringLiteral("--on needs a date written YYYY-MM-DD."));
        }
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
        const QDate due = QDate::fromString(c.args.value(QStringLiteral("--date")), Qt::ISODate);
        if (!due.isValid())
            return c.fail(UsageError, QStringLiteral("--date needs a date written YYYY-MM-DD."));
        done = service.setDue(defectIds, due);
    } else {
        return c.fail(UsageError, QStringLiteral("Unknown defect command \"%1\": list, remediate, verify, reopen, "
                                                 "reassign or due.")
                                      .arg(sub));
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

const Registration defect{
    {QStringLiteral("defect"),
     QStringLiteral("defect list [--json] [--round NAME] [--status S] [--owner U] [--area KEY] [--overdue] [--mine] | "
                    "defect remediate ID --note TEXT [--on DATE] | defect verify ID [--note TEXT] | "
                    "defect reopen ID --note TEXT | defect reassign ID,… --owner U | defect due ID,… --date DATE"),
     QStringLiteral("Follow defects to closure: remediated by the owner, verified by someone else, or reopened."),
     {QStringLiteral("--round"), QStringLiteral("--status"), QStringLiteral("--owner"), QStringLiteral("--area"),
      QStringLiteral("--note"), QStringLiteral("--on"), QStringLiteral("--date")},
     {QStringLiteral("--overdue"), QStringLiteral("--mine")},
     runDefect}};

} // namespace

} // namespace sagstjek::cli
