// Users and roles, the audit trail, the access log, backups, deleting a case.
#include "cli.h"
#include "jsonstream.h"

#include "domain/cpr.h"
#include "services/accesslogservice.h"
#include "services/accesspolicy.h"
#include "services/auditservice.h"
#include "services/maintenanceservice.h"
#include "services/personaldata.h"
#include "services/session.h"
#include "services/trustsettings.h"
#include "services/userservice.h"
#include "storage/settingsstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

// The acting user's session in the command's (declared, already open) database.
Session sessionOf(Context &c)
{
    return Session(*c.database(), *c.policy(), c.language);
}

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
    UserService service(c.session());
    Result<User> changed = Error{};
    if (action == u"list") {
        auto users = service.list();
        if (!users)
            return c.fail(users.error());
        QJsonArray array;
        for (const User &user : users.value()) {
            array.append(userJson(user));
            if (!c.json)
                c.out << field(user.name) << '\t' << roleKey(user.role) << '\t'
                      << (user.active ? "active" : "deactivated") << '\t' << user.displayName << '\n';
        }
        if (c.json)
            c.printJson(array);
        c.out.flush();
        return Success;
    } else if (action == u"add") {
        const QString name = c.args.value(QStringLiteral("NAME"));
        changed =
            service.add(name, c.args.value(QStringLiteral("--role")), c.args.value(QStringLiteral("--display-name")));
        if (changed && !c.database()->serverLogin().isEmpty())
            if (auto login = c.database()->serverLoginExists(name); login && !login.value())
                c.err << "Note: " << name << " has no login on the team server and cannot work here until one is "
                      << "made: \"sagstjek-cli server add-user\" makes users with their login." << Qt::endl;
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

QJsonObject checkpointJson(const AuditCheckpoint &cp)
{
    QJsonObject object{{QStringLiteral("anchored"), cp.anchored}};
    if (cp.anchored) {
        object.insert(QStringLiteral("records"), cp.records);
        object.insert(QStringLiteral("last_id"), cp.lastId);
        object.insert(QStringLiteral("last_hash"), cp.lastHash);
        object.insert(QStringLiteral("at"), cp.at);
        object.insert(QStringLiteral("key_id"), cp.keyId);
        object.insert(QStringLiteral("seal"), cp.seal);
    }
    if (!cp.notice.isEmpty())
        object.insert(QStringLiteral("notice"), cp.notice);
    return object;
}

QString anchorKey(AuditVerification::Anchor anchor)
{
    switch (anchor) {
    case AuditVerification::Anchor::Anchored:
        return QStringLiteral("anchored");
    case AuditVerification::Anchor::NotAnchored:
        return QStringLiteral("not-anchored");
    case AuditVerification::Anchor::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

int runAudit(Context &c)
{
    Session session = sessionOf(c);
    auto result = AuditService(session).verify();
    if (!result)
        return c.fail(result.error());
    const AuditVerification &v = result.value();
    if (c.json) {
        QJsonObject object{{QStringLiteral("intact"), v.intact},
                           {QStringLiteral("records"), v.records},
                           {QStringLiteral("redacted"), v.redacted},
                           {QStringLiteral("legacy_records"), v.legacyRecords},
                           {QStringLiteral("foreign_records"), v.foreignRecords},
                           {QStringLiteral("unsealed_records"), v.unsealedRecords},
                           {QStringLiteral("server_sealed_records"), v.serverSealedRecords},
                           {QStringLiteral("rows_checked"), v.rowsChecked},
                           {QStringLiteral("anchor"), anchorKey(v.anchor)},
                           {QStringLiteral("checkpoint"), checkpointJson(v.checkpoint)},
                           {QStringLiteral("head"), QJsonObject{{QStringLiteral("records"), v.headRecords},
                                                                {QStringLiteral("last_id"), v.headId},
                                                                {QStringLiteral("last_hash"), v.headHash}}}};
        if (v.foreignRecords > 0)
            object.insert(QStringLiteral("first_foreign_record"), v.firstForeignId);
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
        c.out << "Rows compared with the trail: " << v.rowsChecked << '.' << Qt::endl;
        if (v.legacyRecords > 0)
            c.out << v.legacyRecords << " records were written before the audit scheme 2 and are checked by its "
                  << "fingerprint." << Qt::endl;
        if (v.anchor == AuditVerification::Anchor::Anchored)
            c.out << "It extends the checkpoint kept on this computer." << Qt::endl;
        else if (v.anchor == AuditVerification::Anchor::NotAnchored)
            c.out << "Not anchored on this machine: no checkpoint of this database file is kept here, so a cut "
                  << "made before now cannot be seen here (one is kept from now on)." << Qt::endl;
        if (v.foreignRecords > 0)
            c.out << v.foreignRecords << " records (the first: record " << v.firstForeignId
                  << ") are sealed with a key this computer does not have: written on another computer, or forged; "
                  << "they cannot be checked here." << Qt::endl;
        if (v.unsealedRecords > 0)
            c.out << v.unsealedRecords << " records were written without an audit key and carry no seal." << Qt::endl;
        if (v.serverSealedRecords > 0)
            c.out << v.serverSealedRecords << " records are sealed with the team server's own key; the server "
                  << "checked their seals." << Qt::endl;
        if (v.checkpoint.anchored)
            c.out << "Audit checkpoint: " << v.checkpoint.text << Qt::endl;
        if (!v.checkpoint.notice.isEmpty())
            c.out << v.checkpoint.notice << Qt::endl;
    }
    if (!v.intact) {
        if (v.brokenId > 0)
            c.err << "The audit trail is broken at record " << v.brokenId << ": " << v.problem << Qt::endl;
        else
            c.err << "The audit trail is broken: " << v.problem << Qt::endl;
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
    Session session = sessionOf(c);
    // Written as read, a keyset page at a time: memory stays flat however long the case's history is.
    std::optional<JsonArrayWriter> array;
    if (c.json)
        array.emplace(c.out);
    auto listed = AuditService(session).caseHistory(
        c.args.positional.first(), c.args.value(QStringLiteral("--item")), c.args.integer(QStringLiteral("--after")),
        c.args.integer(QStringLiteral("--limit")), [&](const AuditRecord &r) {
            if (array) {
                array->append(recordJson(r)); // its "id" is what --after takes for the next page
                return;
            }
            c.out << r.id << '\t' << r.at << '\t' << field(r.user) << '\t' << r.action << '\t' << field(r.entityId)
                  << '\n';
            if (r.redacted) {
                c.out << "        (content erased)\n";
                return;
            }
            if (!r.before.isEmpty())
                c.out << "        before: " << QString::fromUtf8(QJsonDocument(r.before).toJson(QJsonDocument::Compact))
                      << '\n';
            if (!r.after.isEmpty())
                c.out << "        after:  " << QString::fromUtf8(QJsonDocument(r.after).toJson(QJsonDocument::Compact))
                      << '\n';
            if (!r.reason.isEmpty())
                c.out << "        reason: " << field(r.reason) << '\n';
        });
    if (!listed)
        return c.fail(listed.error());
    if (array)
        array->finish();
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
    AccessLogQuery query; // --from and --to are checked against the declaration (isTimestamp)
    if (c.args.has(QStringLiteral("--from")))
        query.from = timestampFrom(c.args.value(QStringLiteral("--from")));
    if (c.args.has(QStringLiteral("--to")))
        query.to = timestampFrom(c.args.value(QStringLiteral("--to")));
    if (c.args.has(QStringLiteral("--cpr")))
        query.citizenCpr = c.args.value(QStringLiteral("--cpr"));
    if (c.args.has(QStringLiteral("--case")))
        query.caseNumber = c.args.value(QStringLiteral("--case"));
    query.afterId = c.args.integer(QStringLiteral("--after"));
    query.limit = c.args.integer(QStringLiteral("--limit"));
    Session session = sessionOf(c);
    // For a citizen's request for insight: when and what, normally without the staff's identities.
    const bool forCitizen = c.args.has(QStringLiteral("--citizen"));
    std::optional<JsonArrayWriter> array;
    if (c.json)
        array.emplace(c.out);
    auto extracted = AccessLogService(session).extract(query, [&](const AccessEntry &e) {
        if (array) {
            // The id is what --after takes for the next page.
            QJsonObject object{{QStringLiteral("id"), e.id},
                               {QStringLiteral("at"), e.at},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("case_number"), e.caseNumber},
                               {QStringLiteral("criterion"), e.criterion},
                               {QStringLiteral("purpose"), e.purpose}};
            if (!forCitizen)
                object.insert(QStringLiteral("user"), e.user);
            array->append(object);
        } else {
            c.out << e.at << '\t' << (forCitizen ? QString() : field(e.user)) << '\t' << field(e.action) << '\t'
                  << field(e.caseNumber) << '\t' << field(e.criterion) << '\t' << field(e.purpose) << '\n';
        }
    });
    if (!extracted)
        return c.fail(extracted.error());
    if (array)
        array->finish();
    c.out.flush();
    return Success;
}

int runAccessLogPurge(Context &c)
{
    std::optional<int> months;
    if (c.args.has(QStringLiteral("--older-than-months")))
        months = int(c.args.integer(QStringLiteral("--older-than-months")));
    Session session = sessionOf(c);
    auto purged = AccessLogService(session).purge(months);
    if (!purged)
        return c.fail(purged.error());
    if (c.json)
        c.printJson(
            QJsonObject{{QStringLiteral("removed"), purged->removed}, {QStringLiteral("months"), purged->months}});
    else
        c.out << "Removed " << purged->removed << " access-log entries older than " << purged->months << " months."
              << Qt::endl;
    return Success;
}

// A stored setting as the output shows it: its text, or null when its default applies.
QJsonValue settingJson(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int runTrustSettings(Context &c)
{
    Session session = sessionOf(c);
    MaintenanceService service(session);
    // The numbers (and their ranges) and on/off are checked against the declaration, and again by the service.
    TrustSettingsChange change;
    if (c.args.has(QStringLiteral("--backup-keep")))
        change.backupKeep = int(c.args.integer(QStringLiteral("--backup-keep")));
    if (c.args.has(QStringLiteral("--access-log-months")))
        change.accessLogRetentionMonths = int(c.args.integer(QStringLiteral("--access-log-months")));
    if (c.args.has(QStringLiteral("--daily-backup")))
        change.dailyBackup = c.args.value(QStringLiteral("--daily-backup")) == u"on";
    if (c.args.has(QStringLiteral("--backup-folder")))
        change.backupFolder = c.args.value(QStringLiteral("--backup-folder"));
    if (!change.isEmpty())
        if (auto changed = service.changeSettings(change); !changed)
            return c.fail(changed.error());
    auto settings = service.settings();
    if (!settings)
        return c.fail(settings.error());
    const QJsonObject current{
        {backup::keepKey(), settingJson(settings->backupKeep)},
        {backup::folderKey(), settings->effectiveBackupFolder},
        {backup::dailyKey(), settingJson(settings->dailyBackup)},
        {trustsettings::accessLogRetentionKey(), settingJson(settings->accessLogRetentionMonths)}};
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
    Session session = sessionOf(c);
    auto written = MaintenanceService(session).backup(c.args.value(QStringLiteral("-o")));
    if (!written)
        return c.fail(written.error());
    if (c.json) {
        c.printJson(QJsonObject{{QStringLiteral("file"), written->file},
                                {QStringLiteral("bytes"), written->bytes},
                                {QStringLiteral("milliseconds"), written->milliseconds},
                                {QStringLiteral("audit_checkpoint"), checkpointJson(written->checkpoint)}});
    } else {
        c.out << "Backup written to " << written->file << " (" << written->bytes << " bytes, " << written->milliseconds
              << " ms, checked)." << Qt::endl;
        if (written->checkpoint.anchored)
            c.out << "Audit checkpoint: " << written->checkpoint.text << Qt::endl;
        if (!written->checkpoint.notice.isEmpty())
            c.out << written->checkpoint.notice << Qt::endl;
    }
    return Success;
}

int runCheck(Context &c)
{
    Session session = sessionOf(c);
    const bool repair = c.args.has(QStringLiteral("--repair"));
    auto checked = MaintenanceService(session).check(c.args.has(QStringLiteral("--full")), repair);
    if (!checked)
        return c.fail(checked.error());
    const Database::IntegrityReport &r = checked->report;
    if (c.json) {
        c.printJson(QJsonObject{
            {QStringLiteral("check"), r.full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check")},
            {QStringLiteral("sound"), r.problems.isEmpty()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("item_tallies_differing"), r.itemTallyMismatches},
            {QStringLiteral("review_tallies_differing"), r.reviewTallyMismatches},
            {QStringLiteral("tallies_rebuilt"), checked->repaired},
            {QStringLiteral("milliseconds"), r.milliseconds}});
    } else {
        c.out << (r.full ? "integrity_check" : "quick_check") << ": "
              << (r.problems.isEmpty() ? QStringLiteral("ok") : r.problems.join(QStringLiteral("; "))) << " ("
              << r.milliseconds << " ms)." << Qt::endl;
        c.out << "Answer tallies: " << r.itemTallyMismatches << " item and " << r.reviewTallyMismatches
              << " review rows differ from a recount of the answers"
              << (checked->repaired ? QStringLiteral("; rebuilt from the answers.") : QStringLiteral(".")) << Qt::endl;
    }
    if (!r.problems.isEmpty()) {
        c.err << r.damage << Qt::endl;
        return DatabaseError;
    }
    if ((r.itemTallyMismatches > 0 || r.reviewTallyMismatches > 0) && !checked->repaired) {
        c.err << "The answer tallies differ from the answers; run check --repair to rebuild them." << Qt::endl;
        return InvalidInput;
    }
    return Success;
}

int runRestore(Context &c)
{
    const QString source = c.args.positional.first();
    // The service opens and closes the database itself, to release its lock before the file is replaced.
    auto restored = MaintenanceService::restore(c.dbPath, c.user, source);
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
    auto revealed =
        personaldata::revealCpr(*c.policy(), c.args.positional.first(), c.args.value(QStringLiteral("--purpose")));
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
                .summary = u"Recompute the audit trail's hash chain, its seals, the checkpoint kept on this computer, "
                           u"the triggers and the rows' audited states; exit 2 and name the first broken record when "
                           u"it was edited or cut."_s,
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
    .description = u"Each record starts with its id; --after ID continues after it (the next page)."_s,
    .positionals = {CaseNumber},
    .options =
        {option(u"--item", u"KEY", u"Only this cue-card item's answer."), limitOption(),
         option(u"--after", u"ID", u"Only the records after this one (the next page: the last id listed).").integer(1)},
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runHistory,
}};
const Registration accessLog{{
    .name = u"access-log"_s,
    .summary = u"Who opened, searched for, exported or revealed which case, and when; --citizen leaves out staff names "
               u"for a citizen's request for insight."_s,
    .options =
        {option(u"--case", u"N", u"Only entries about this case (also a deleted one)."),
         option(u"--cpr", u"X", u"Only entries about this citizen's cases."),
         option(u"--from", u"DATE", u"Only entries from this day (or ISO timestamp) on.")
             .accepting(isTimestamp, u"a date written YYYY-MM-DD or an ISO timestamp"_s),
         option(u"--to", u"DATE", u"Only entries up to this day (or ISO timestamp).")
             .accepting(isTimestamp, u"a date written YYYY-MM-DD or an ISO timestamp"_s),
         flag(u"--citizen", u"Leave out the staff's names (for a citizen's request for insight)."), limitOption(),
         option(u"--after", u"ID", u"Only the entries after this one (the next page: the last id listed).").integer(1)},
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
    .summary = u"Write a checked copy of the database: a file's with VACUUM INTO a temporary file, quick_check, fsync, "
               u"rename; a team server's with pg_dump (custom format, restored with pg_restore), checked with "
               u"pg_restore --list."_s,
    .options = {option(u"-o", u"FILE", u"The backup file to write.").required()},
    .permission = AccessPolicy::Permission::Backup,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runBackup,
}};
const Registration checkCommand{{
    .name = u"check"_s,
    .summary = u"Check the database file (quick_check; integrity_check with --full) and recount the answer tallies "
               u"from the answers."_s,
    .description = u"Exits 3 when the file is damaged (restore the latest backup), 2 when the tallies differ and "
                   u"--repair was not given. --repair rebuilds differing tallies (an administrator; audited)."_s,
    .options = {flag(u"--full", u"Run integrity_check (slower, also checks indexes against tables)."),
                flag(u"--repair", u"Rebuild answer tallies that differ from the answers.")},
    .permission = AccessPolicy::Permission::VerifyAudit,
    .database = DatabaseUse::OpenExisting,
    .printsJson = true,
    .run = runCheck,
}};
const Registration restoreCommand{{
    .name = u"restore"_s,
    .summary = u"Replace the database with a checked backup; the replaced file is kept beside the automatic "
               u"backups."_s,
    .description = u"Needs an administrator of the current database, when it can still be opened. The database is "
                   u"opened for that check and closed again, to release its lock, before the file is replaced."_s,
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
