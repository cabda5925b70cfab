// Users and roles, the audit trail, the access log, backups, deleting a case.
#include "cli.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "services/personaldata.h"
#include "services/trustsettings.h"
#include "services/userservice.h"
#include "storage/accesslog.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/settingsstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), roleKey(user.role)},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("created_at"), user.createdAt},
            {QStringLiteral("created_by"), user.createdBy}};
}

// One handler for the users subcommands: they share the service and the output.
int runUsers(Context &c, const QString &action)
{
    Database *db = c.database();
    UserService service(*db, *c.policy());
    Result<User> changed = Error{};
    if (action == u"list") {
        auto users = service.list();
        if (!users)
            return c.fail(users.error());
        QJsonArray array;
        for (const User &user : users.value()) {
            array.append(userJson(user));
            if (!c.json)
                c.out << user.name << '\t' << roleKey(user.role) << '\t' << (user.active ? "active" : "deactivated")
                      << '\t' << user.displayName << '\n';
        }
        if (c.json)
            c.printJson(array);
        c.out.flush();
        return Success;
    } else if (action == u"add") {
        changed = service.add(c.args.value(QStringLiteral("NAME")), c.args.value(QStringLiteral("--role")),
                              c.args.value(QStringLiteral("--display-name")));
    } else if (action == u"set-role") {
        changed = service.setRole(c.args.value(QStringLiteral("NAME")), c.args.value(QStringLiteral("ROLE")));
    } else { // deactivate, activate
        changed = service.setActive(c.args.value(QStringLiteral("NAME")), action == u"activate");
    }
    if (!changed)
        return c.fail(changed.error());
    if (c.json)
        c.printJson(userJson(changed.value()));
    else
        c.out << changed->name << '\t' << roleKey(changed->role) << '\t' << (changed->active ? "active" : "deactivated")
              << Qt::endl;
    return Success;
}

int runAudit(Context &c)
{
    Database *db = c.database();
    auto result = db->audit().verify();
    if (!result)
        return c.fail(result.error());
    const AuditVerification &v = result.value();
    if (c.json) {
        QJsonObject object{{QStringLiteral("intact"), v.intact},
                           {QStringLiteral("records"), v.records},
                           {QStringLiteral("redacted"), v.redacted},
                           {QStringLiteral("head"), QJsonObject{{QStringLiteral("records"), v.headRecords},
                                                                {QStringLiteral("last_id"), v.headId},
                                                                {QStringLiteral("last_hash"), v.headHash}}}};
        if (!v.intact) {
            object.insert(QStringLiteral("first_broken_record"), v.brokenId);
            object.insert(QStringLiteral("problem"), v.problem);
        }
        c.printJson(object);
    } else if (v.intact) {
        c.out << "The audit trail is intact: " << v.records << " records";
        if (v.redacted > 0)
            c.out << " (" << v.redacted << " with their content erased by case deletions)";
        c.out << ", chain head " << v.headHash << '.' << Qt::endl;
    }
    if (!v.intact) {
        c.err << "The audit trail is broken at record " << v.brokenId << ": " << v.problem << Qt::endl;
        return InvalidInput;
    }
    return Success;
}

QJsonObject recordJson(const AuditRecord &r)
{
    QJsonObject object{{QStringLiteral("id"), r.id},         {QStringLiteral("at"), r.at},
                       {QStringLiteral("user"), r.user},     {QStringLiteral("action"), r.action},
                       {QStringLiteral("entity"), r.entity}, {QStringLiteral("entity_id"), r.entityId}};
    if (r.redacted) {
        object.insert(QStringLiteral("redacted"), true);
        return object;
    }
    object.insert(QStringLiteral("before"), r.before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.before));
    object.insert(QStringLiteral("after"), r.after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.after));
    object.insert(QStringLiteral("reason"), r.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.reason));
    return object;
}

int runHistory(Context &c)
{
    Database *db = c.database();
    CaseRepository &cases = db->cases();
    auto id = cases.idForNumber(c.args.positional.first());
    if (!id)
        return c.fail(id.error());
    auto caseFile = cases.load(id.value());
    if (!caseFile)
        return c.fail(caseFile.error());
    if (auto allowed = c.policy()->check(ReviewPolicy::Action::Open, caseFile.value(), c.user); !allowed)
        return c.fail(allowed.error());
    if (auto logged = c.policy()->recordAccess(QStringLiteral("history"), caseFile->id, caseFile->caseNumber); !logged)
        return c.fail(logged.error());
    auto records = db->audit().history(id.value(), c.args.value(QStringLiteral("--item")));
    if (!records)
        return c.fail(records.error());
    QJsonArray array;
    for (const AuditRecord &r : records.value()) {
        if (c.json) {
            array.append(recordJson(r));
            continue;
        }
        c.out << r.at << '\t' << r.user << '\t' << r.action << '\t' << r.entityId << '\n';
        if (r.redacted) {
            c.out << "        (content erased)\n";
            continue;
        }
        if (!r.before.isEmpty())
            c.out << "        before: " << QString::fromUtf8(QJsonDocument(r.before).toJson(QJsonDocument::Compact))
                  << '\n';
        if (!r.after.isEmpty())
            c.out << "        after:  " << QString::fromUtf8(QJsonDocument(r.after).toJson(QJsonDocument::Compact))
                  << '\n';
        if (!r.reason.isEmpty())
            c.out << "        reason: " << r.reason << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

// "2026-05-01" or a full ISO timestamp → the UTC text stored in the log; empty when invalid.
QString timestampFrom(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int runAccessLog(Context &c)
{
    AccessFilter filter; // --from and --to are checked against the declaration (isTimestamp)
    if (c.args.has(QStringLiteral("--from")))
        filter.from = timestampFrom(c.args.value(QStringLiteral("--from")));
    if (c.args.has(QStringLiteral("--to")))
        filter.to = timestampFrom(c.args.value(QStringLiteral("--to")));
    Database *db = c.database();
    QString criterion;
    if (c.args.has(QStringLiteral("--cpr"))) {
        auto cases = personaldata::casesOfCitizen(*db, c.args.value(QStringLiteral("--cpr")));
        if (!cases)
            return c.fail(cases.error());
        filter.restrictToCases = true;
        for (const auto &[id, number] : cases.value()) {
            filter.caseIds << id;
            filter.caseNumbers << number;
        }
        criterion = QStringLiteral("cpr=%1").arg(cpr::mask(cpr::check(c.args.value(QStringLiteral("--cpr"))).digits));
    }
    if (c.args.has(QStringLiteral("--case"))) {
        const QString number = c.args.value(QStringLiteral("--case"));
        filter.restrictToCases = true;
        auto id = db->cases().idForNumber(number);
        if (id) {
            filter.caseIds << id.value();
            filter.caseNumbers << number;
        } else if (id.error().kind == Error::Kind::NotFound) {
            filter.caseIds << 0; // a deleted case: its log entries are found by case number
            filter.caseNumbers << number;
        } else {
            return c.fail(id.error());
        }
        criterion += (criterion.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("case=%1").arg(number);
    }
    auto entries = db->accessLog().query(filter);
    if (!entries)
        return c.fail(entries.error());
    // An extract is itself a use of the log (after the query, so it does not list itself).
    if (auto logged = c.policy()->recordAccess(QStringLiteral("extract"), 0, {},
                                               criterion.isEmpty() ? QStringLiteral("all") : criterion);
        !logged)
        return c.fail(logged.error());
    // For a citizen's request for insight: when and what, normally without the staff's identities.
    const bool forCitizen = c.args.has(QStringLiteral("--citizen"));
    QJsonArray array;
    for (const AccessEntry &e : entries.value()) {
        if (c.json) {
            QJsonObject object{{QStringLiteral("at"), e.at},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("case_number"), e.caseNumber},
                               {QStringLiteral("criterion"), e.criterion},
                               {QStringLiteral("purpose"), e.purpose}};
            if (!forCitizen)
                object.insert(QStringLiteral("user"), e.user);
            array.append(object);
        } else {
            c.out << e.at << '\t' << (forCitizen ? QString() : e.user) << '\t' << e.action << '\t' << e.caseNumber
                  << '\t' << e.criterion << '\t' << e.purpose << '\n';
        }
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

int runAccessLogPurge(Context &c)
{
    Database *db = c.database();
    auto stored = trustsettings::value(*db, trustsettings::accessLogRetentionKey());
    if (!stored)
        return c.fail(stored.error());
    int months = stored->isNull() ? 6 : stored->toInt();
    if (c.args.has(QStringLiteral("--older-than-months")))
        months = int(c.args.integer(QStringLiteral("--older-than-months")));
    if (months < 6)
        return c.fail(InvalidInput,
                      QStringLiteral("The access log must be kept for at least 6 months (asked: %1).").arg(months));
    auto removed = db->accessLog().purge(QDateTime::currentDateTimeUtc().addMonths(-months), c.policy()->user().name);
    if (!removed)
        return c.fail(removed.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("removed"), removed.value()}, {QStringLiteral("months"), months}});
    else
        c.out << "Removed " << removed.value() << " access-log entries older than " << months << " months." << Qt::endl;
    return Success;
}

int runTrustSettings(Context &c)
{
    Database *db = c.database();
    // The numbers (and their ranges) and on/off are checked against the declaration.
    const QList<std::pair<QString, QString>> numeric = {
        {QStringLiteral("--backup-keep"), backup::keepKey()},
        {QStringLiteral("--access-log-months"), trustsettings::accessLogRetentionKey()}};
    QList<std::pair<QString, QString>> changes;
    for (const auto &[option, key] : numeric)
        if (c.args.has(option))
            changes.append({key, QString::number(c.args.integer(option))});
    if (c.args.has(QStringLiteral("--daily-backup"))) {
        const QString value = c.args.value(QStringLiteral("--daily-backup"));
        changes.append({backup::dailyKey(), value == u"on" ? QStringLiteral("1") : QStringLiteral("0")});
    }
    if (c.args.has(QStringLiteral("--backup-folder")))
        changes.append(
            {backup::folderKey(), QFileInfo(c.args.value(QStringLiteral("--backup-folder"))).absoluteFilePath()});
    if (!changes.isEmpty()) {
        if (auto allowed = c.policy()->require(AccessPolicy::Permission::ManageUsers); !allowed)
            return c.fail(allowed.error());
        auto written = db->transaction([&]() -> Status {
            for (const auto &[key, value] : changes)
                if (auto set = trustsettings::set(*db, c.policy()->user().name, key, value); !set)
                    return set;
            return Ok{};
        });
        if (!written)
            return c.fail(written.error());
    }
    QJsonObject current;
    for (const QString &key :
         {backup::keepKey(), backup::folderKey(), backup::dailyKey(), trustsettings::accessLogRetentionKey()}) {
        auto value = trustsettings::value(*db, key);
        current.insert(key, value && !value->isNull() ? QJsonValue(value->toString()) : QJsonValue(QJsonValue::Null));
    }
    if (!current.value(backup::folderKey()).isString())
        current.insert(backup::folderKey(), db->backupFolder());
    if (c.json) {
        c.printJson(current);
    } else {
        for (auto it = current.constBegin(); it != current.constEnd(); ++it)
            c.out << it.key() << '\t' << (it.value().isNull() ? QStringLiteral("(default)") : it.value().toString())
                  << '\n';
        c.out.flush();
    }
    return Success;
}

int runBackup(Context &c)
{
    const QString output = c.args.value(QStringLiteral("-o"));
    Database *db = c.database();
    if (QFileInfo(output).absoluteFilePath() == db->path())
        return c.fail(InvalidInput, QStringLiteral("The backup cannot replace the database itself."));
    QElapsedTimer timer;
    timer.start();
    if (auto written = db->writeBackup(output); !written)
        return c.fail(written.error());
    const qint64 ms = timer.elapsed();
    AuditEntry entry{c.policy()->user().name,
                     QStringLiteral("database.backup"),
                     QStringLiteral("database"),
                     QStringLiteral("*"),
                     0,
                     {},
                     {{QStringLiteral("file"), QFileInfo(output).absoluteFilePath()}},
                     {}};
    db->transaction([&]() -> Status { return db->audit().record(entry); });
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(output).absoluteFilePath()},
                                {QStringLiteral("bytes"), QFileInfo(output).size()},
                                {QStringLiteral("milliseconds"), ms}});
    else
        c.out << "Backup written to " << QFileInfo(output).absoluteFilePath() << " (" << QFileInfo(output).size()
              << " bytes, " << ms << " ms, checked)." << Qt::endl;
    return Success;
}

int runRestore(Context &c)
{
    const QString source = c.args.positional.first();
    if (auto checked = Database::checkBackup(source); !checked)
        return c.fail(checked.error());
    // Only an administrator of the current database may replace it. The check needs the database open; it is
    // closed again (releasing its lock) before the file is replaced.
    if (QFileInfo(c.dbPath).exists() && QFileInfo(c.dbPath).size() > 0) {
        auto current = Database::open(c.dbPath, Database::OpenMode::OpenExisting);
        if (current) {
            auto policy = AccessPolicy::forUser(*current.value(), c.user);
            if (!policy)
                return c.fail(policy.error());
            if (auto allowed = policy.value()->require(AccessPolicy::Permission::Restore); !allowed) {
                policy.value()->flushRefusals();
                return c.fail(allowed.error());
            }
            AuditEntry entry{c.user,
                             QStringLiteral("database.restore"),
                             QStringLiteral("database"),
                             QStringLiteral("*"),
                             0,
                             {},
                             {{QStringLiteral("from"), QFileInfo(source).absoluteFilePath()}},
                             {}};
            current.value()->transaction([&]() -> Status { return current.value()->audit().record(entry); });
        } else if (current.error().message.contains(QStringLiteral("already open"))) {
            return c.fail(current.error());
        }
        // A damaged current database cannot tell who may restore it: restoring is then the way out.
    }
    auto restored = Database::restoreBackup(source, c.dbPath);
    if (!restored)
        return c.fail(restored.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("database"), QFileInfo(c.dbPath).absoluteFilePath()},
                                {QStringLiteral("previous_copy"), restored.value()}});
    else
        c.out << "Restored " << QFileInfo(c.dbPath).absoluteFilePath() << " from " << source << "."
              << (restored->isEmpty() ? QString()
                                      : QStringLiteral(" The replaced database was kept as %1.").arg(restored.value()))
              << Qt::endl;
    return Success;
}

int runDeleteCase(Context &c)
{
    Database *db = c.database();
    auto deleted =
        personaldata::deleteCase(*db, *c.policy(), c.args.positional.first(), c.args.value(QStringLiteral("--reason")));
    if (!deleted)
        return c.fail(deleted.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("case_number"), deleted->caseNumber},
                                {QStringLiteral("redacted_audit_records"), deleted->redactedAuditRecords},
                                {QStringLiteral("wal_truncated"), deleted->walTruncated}});
    else
        c.out << "Deleted case " << deleted->caseNumber << " and erased the content of "
              << deleted->redactedAuditRecords << " audit records. Backups made before now still hold it until they "
              << "are rotated out." << Qt::endl;
    return Success;
}

int runRevealCpr(Context &c)
{
    Database *db = c.database();
    auto revealed =
        personaldata::revealCpr(*db, *c.policy(), c.args.positional.first(), c.args.value(QStringLiteral("--purpose")));
    if (!revealed)
        return c.fail(revealed.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("cpr"), revealed.value()}});
    else
        c.out << revealed.value() << Qt::endl;
    return Success;
}

bool isTimestamp(const QString &text)
{
    return !timestampFrom(text).isEmpty();
}

// A users subcommand.
Command onUsers(const QString &name, const QString &summary, const QList<Positional> &positionals,
                const QList<Option> &options = {})
{
    return {
        .name = name,
        .summary = summary,
        .positionals = positionals,
        .options = options,
        // The first user is added to a new database.
        .database = name == u"add" ? DatabaseUse::CreateIfMissing : DatabaseUse::OpenExisting,
        .printsJson = true,
        .run = [name](Context &c) { return runUsers(c, name); },
    };
}

const Positional UserName = positional(u"NAME", u"The user's login name.");
const Positional CaseNumber = positional(u"CASE_NUMBER", u"The case's number.");

const Registration users{{
    .name = u"users"_s,
    .summary = u"Manage users and roles (caseworker, consultant, coordinator, leader, administrator). The first user "
               u"must be an administrator."_s,
    .subcommands =
        {
            onUsers(u"add"_s, u"Add a user (the first one, an administrator, to a new database)."_s, {UserName},
                    {option(u"--role", u"ROLE", u"caseworker, consultant, coordinator, leader or administrator.")
                         .required(),
                     option(u"--display-name", u"TEXT", u"The name shown for the user.")}),
            onUsers(u"list"_s, u"The users with their roles."_s, {}),
            onUsers(u"set-role"_s, u"Change a user's role."_s,
                    {UserName, positional(u"ROLE", u"caseworker, consultant, coordinator, leader or administrator.")}),
            onUsers(u"deactivate"_s, u"Stop a user from getting in (their history stays)."_s, {UserName}),
            onUsers(u"activate"_s, u"Let a deactivated user in again."_s, {UserName}),
        },
}};
const Registration audit{{
    .name = u"audit"_s,
    .summary = u"The audit trail."_s,
    .subcommands =
        {
            {
                .name = u"verify"_s,
                .summary = u"Recompute the audit trail's hash chain; exit 2 and name the first broken record when it "
                           u"was edited or cut."_s,
                .permission = AccessPolicy::Permission::VerifyAudit,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runAudit,
            },
        },
}};
const Registration history{{
    .name = u"history"_s,
    .summary = u"Show a case's (or one answer's) audit history: who, when, before, after, why."_s,
    .positionals = {CaseNumber},
    .options = {option(u"--item", u"KEY", u"Only this cue-card item's answer.")},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runHistory,
}};
const Registration accessLog{{
    .name = u"access-log"_s,
    .summary = u"Who opened, searched for, exported or revealed which case, and when; --citizen leaves out staff names "
               u"for a citizen's request for insight."_s,
    .options = {option(u"--case", u"N", u"Only entries about this case (also a deleted one)."),
                option(u"--cpr", u"X", u"Only entries about this citizen's cases."),
                option(u"--from", u"DATE", u"Only entries from this day (or ISO timestamp) on.")
                    .accepting(isTimestamp, u"a date written YYYY-MM-DD or an ISO timestamp"_s),
                option(u"--to", u"DATE", u"Only entries up to this day (or ISO timestamp).")
                    .accepting(isTimestamp, u"a date written YYYY-MM-DD or an ISO timestamp"_s),
                flag(u"--citizen", u"Leave out the staff's names (for a citizen's request for insight).")},
    .permission = AccessPolicy::Permission::ViewAccessLog,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runAccessLog,
}};
const Registration accessLogPurge{{
    .name = u"access-log-purge"_s,
    .summary = u"Remove access-log entries older than the retention period (at least 6 months); the purge is itself "
               u"logged."_s,
    .options = {option(u"--older-than-months", u"N",
                       u"The retention period in months; the setting (6 by default) "
                       u"without it. Less than 6 is refused.")
                    .integer(std::nullopt, 12'000)},
    .permission = AccessPolicy::Permission::PurgeAccessLog,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runAccessLogPurge,
}};
const Registration trustSettings{{
    .name = u"trust-settings"_s,
    .summary = u"Show or change backup and access-log retention settings."_s,
    .description = u"Changing a setting needs the right to manage users."_s,
    .options = {option(u"--backup-keep", u"N", u"How many automatic backups to keep.").integer(1, 1000),
                option(u"--backup-folder", u"DIR", u"Where automatic backups go."),
                option(u"--daily-backup", {}, u"Whether a backup is made every day.").choice({u"on"_s, u"off"_s}),
                option(u"--access-log-months", u"N", u"How many months the access log is kept.").integer(6, 1200)},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runTrustSettings,
}};
const Registration backupCommand{{
    .name = u"backup"_s,
    .summary = u"Write a checked copy of the database (VACUUM INTO a temporary file, quick_check, fsync, rename)."_s,
    .options = {option(u"-o", u"FILE", u"The backup file to write.").required()},
    .permission = AccessPolicy::Permission::Backup,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runBackup,
}};
const Registration restoreCommand{{
    .name = u"restore"_s,
    .summary = u"Replace the database with a checked backup; the replaced file is kept beside the automatic "
               u"backups."_s,
    .description = u"Needs an administrator of the current database, when it can still be opened. The handler opens "
                   u"and closes the database itself, to release its lock before the file is replaced."_s,
    .positionals = {positional(u"FILE", u"The backup file.")},
    .printsJson = true,
    .run = runRestore,
}};
const Registration deleteCase{{
    .name = u"delete-case"_s,
    .summary = u"Delete a case and its personal data for real (secure delete, WAL truncated, audit content erased)."_s,
    .positionals = {CaseNumber},
    .options = {option(u"--reason", u"TEXT", u"Why the case is deleted (needed; kept in the audit trail).")},
    .permission = AccessPolicy::Permission::DeleteCase,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runDeleteCase,
}};
const Registration revealCpr{{
    .name = u"reveal-cpr"_s,
    .summary = u"Show a case's full CPR number (logged in the access log)."_s,
    .positionals = {CaseNumber},
    .options = {option(u"--purpose", u"TEXT", u"Why you need it (kept in the access log).")},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runRevealCpr,
}};

} // namespace

} // namespace sagstjek::cli
