// Users and roles, the audit trail, the access log, backups, deleting a case, and the crash-safety writer.
#include "cmd_trust.h"
#include "cli.h"

#include "domain/cpr.h"
#include "domain/review.h"
#include "services/accesspolicy.h"
#include "services/personaldata.h"
#include "services/reviewservice.h"
#include "services/trustsettings.h"
#include "services/userservice.h"
#include "storage/accesslog.h"
#include "storage/auditchain.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/caserepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::cli {

namespace trustcli {

Status logCaseSearch(Database &db, AccessPolicy &policy, const CaseFilter &filter)
{
    QStringList parts;
    QList<std::pair<qint64, QString>> found;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        if (cpr::looksLikeCpr(search)) {
            QString digits = search;
            digits.remove(u'-');
            parts << QStringLiteral("cpr=%1").arg(cpr::mask(digits));
            auto cases = personaldata::casesOfCitizen(db, digits);
            if (cases)
                found = cases.value();
        } else {
            parts << QStringLiteral("search=%1").arg(search.left(200));
        }
    }
    if (!filter.area.isEmpty())
        parts << QStringLiteral("area=%1").arg(filter.area.left(100));
    if (!filter.caseworker.isEmpty())
        parts << QStringLiteral("caseworker=%1").arg(filter.caseworker.left(100));
    if (!filter.team.isEmpty())
        parts << QStringLiteral("team=%1").arg(filter.team.left(100));
    if (!filter.status.isEmpty())
        parts << QStringLiteral("status=%1").arg(filter.status.left(100));
    return policy.recordSearch(parts.isEmpty() ? QStringLiteral("all cases") : parts.join(u' '), found);
}

} // namespace trustcli

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

int runUsers(Context &c)
{
    const QString usage = QStringLiteral("Usage: sagstjek-cli users add NAME --role ROLE [--display-name TEXT] | "
                                         "users list | users set-role NAME ROLE | users deactivate NAME | "
                                         "users activate NAME");
    if (c.args.positional.isEmpty())
        return c.fail(UsageError, usage);
    const QString action = c.args.positional.first();
    Database *db =
        c.database(action == u"add" ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    UserService service(*db, *c.policy());
    Result<User> changed = Error{};
    if (action == u"list") {
        if (c.args.positional.size() != 1)
            return c.fail(UsageError, usage);
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
        if (c.args.positional.size() != 2 || !c.args.has(QStringLiteral("--role")))
            return c.fail(UsageError, usage);
        changed = service.add(c.args.positional.at(1), c.args.value(QStringLiteral("--role")),
                              c.args.value(QStringLiteral("--display-name")));
    } else if (action == u"set-role") {
        if (c.args.positional.size() != 3)
            return c.fail(UsageError, usage);
        changed = service.setRole(c.args.positional.at(1), c.args.positional.at(2));
    } else if (action == u"deactivate" || action == u"activate") {
        if (c.args.positional.size() != 2)
            return c.fail(UsageError, usage);
        changed = service.setActive(c.args.positional.at(1), action == u"activate");
    } else {
        return c.fail(UsageError, usage);
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
    if (c.args.positional != QStringList{QStringLiteral("verify")})
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli audit verify [--json]"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::VerifyAudit); !allowed)
        return c.fail(allowed.error());
    auto result = auditlog::verify(db->connection());
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
    if (c.args.positional.size() != 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli history CASE_NUMBER [--item KEY] [--json]"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    CaseRepository cases(db->connection());
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
    auto records = auditlog::history(db->connection(), id.value(), c.args.value(QStringLiteral("--item")));
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
    const QString usage =
        QStringLiteral("Usage: sagstjek-cli access-log [--case N] [--cpr X] [--from DATE] [--to DATE] "
                       "[--citizen] [--json]");
    if (!c.args.positional.isEmpty())
        return c.fail(UsageError, usage);
    AccessFilter filter;
    if (c.args.has(QStringLiteral("--from"))) {
        filter.from = timestampFrom(c.args.value(QStringLiteral("--from")));
        if (filter.from.isEmpty())
            return c.fail(UsageError, QStringLiteral("--from needs a date written YYYY-MM-DD."));
    }
    if (c.args.has(QStringLiteral("--to"))) {
        filter.to = timestampFrom(c.args.value(QStringLiteral("--to")));
        if (filter.to.isEmpty())
            return c.fail(UsageError, QStringLiteral("--to needs a date written YYYY-MM-DD."));
    }
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::ViewAccessLog); !allowed)
        return c.fail(allowed.error());
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
        auto id = CaseRepository(db->connection()).idForNumber(number);
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
    auto entries = accesslog::query(db->connection(), filter);
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
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::PurgeAccessLog); !allowed)
        return c.fail(allowed.error());
    auto stored = trustsettings::value(*db, trustsettings::accessLogRetentionKey());
    if (!stored)
        return c.fail(stored.error());
    int months = stored->isNull() ? 6 : stored->toInt();
    if (c.args.has(QStringLiteral("--older-than-months"))) {
        bool ok = false;
        months = c.args.value(QStringLiteral("--older-than-months")).toInt(&ok);
        if (!ok)
            return c.fail(UsageError, QStringLiteral("--older-than-months needs a whole number of months."));
    }
    if (months < 6)
        return c.fail(InvalidInput,
                      QStringLiteral("The access log must be kept for at least 6 months (asked: %1).").arg(months));
    auto removed =
        accesslog::purge(db->connection(), QDateTime::currentDateTimeUtc().addMonths(-months), c.policy()->user().name);
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
    if (!db)
        return DatabaseError;
    struct Setting {
        QString option;
        QString key;
        int minimum;
        int maximum;
    };
    const QList<Setting> numeric = {
        {QStringLiteral("--backup-keep"), backup::keepKey(), 1, 1000},
        {QStringLiteral("--access-log-months"), trustsettings::accessLogRetentionKey(), 6, 1200}};
    QList<std::pair<QString, QString>> changes;
    for (const Setting &s : numeric) {
        if (!c.args.has(s.option))
            continue;
        bool ok = false;
        const int value = c.args.value(s.option).toInt(&ok);
        if (!ok || value < s.minimum || value > s.maximum)
            return c.fail(
                InvalidInput,
                QStringLiteral("%1 takes a number from %2 to %3.").arg(s.option).arg(s.minimum).arg(s.maximum));
        changes.append({s.key, QString::number(value)});
    }
    if (c.args.has(QStringLiteral("--daily-backup"))) {
        const QString value = c.args.value(QStringLiteral("--daily-backup"));
        if (value != u"on" && value != u"off")
            return c.fail(InvalidInput, QStringLiteral("--daily-backup takes on or off."));
        changes.append({backup::dailyKey(), value == u"on" ? QStringLiteral("1") : QStringLiteral("0")});
    }
    if (c.args.has(QStringLiteral("--backup-folder")))
        changes.append(
            {backup::folderKey(), QFileInfo(c.args.value(QStringLiteral("--backup-folder"))).absoluteFilePath()});
    if (!changes.isEmpty()) {
        if (auto allowed = c.policy()->require(AccessPolicy::Permission::ManageUsers); !allowed)
            return c.fail(allowed.error());
        auto written = inTransaction(db->connection(), [&]() -> Status {
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
        current.insert(backup::folderKey(), backup::folderFor(db->connection(), db->path()));
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
    if (output.isEmpty() || !c.args.positional.isEmpty())
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli backup -o FILE"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    if (auto allowed = c.policy()->require(AccessPolicy::Permission::Backup); !allowed)
        return c.fail(allowed.error());
    if (QFileInfo(output).absoluteFilePath() == db->path())
        return c.fail(InvalidInput, QStringLiteral("The backup cannot replace the database itself."));
    QElapsedTimer timer;
    timer.start();
    if (auto written = backup::writeCopy(db->connection(), output); !written)
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
    inTransaction(db->connection(), [&]() -> Status { return auditlog::record(db->connection(), entry); });
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
    if (c.args.positional.size() != 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli restore FILE"));
    const QString source = c.args.positional.first();
    if (auto checked = backup::checkBackupFile(source); !checked)
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
            inTransaction(current.value()->connection(),
                          [&]() -> Status { return auditlog::record(current.value()->connection(), entry); });
        } else if (current.error().message.contains(QStringLiteral("already open"))) {
            return c.fail(current.error());
        }
        // A damaged current database cannot tell who may restore it: restoring is then the way out.
    }
    auto restored = backup::restore(source, c.dbPath);
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
    if (c.args.positional.size() != 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli delete-case CASE_NUMBER --reason TEXT"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
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
    if (c.args.positional.size() != 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli reveal-cpr CASE_NUMBER [--purpose TEXT]"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
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

// For tests/tst_killwriter: answers items in a loop and prints "CASE ITEM ANSWER SEQ" for each answer only
// after its transaction committed, flushing at once, so a killed run has acknowledged exactly what is on
// file.
int runSelftestWriter(Context &c)
{
    bool ok = false;
    const int count = c.args.value(QStringLiteral("--count"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || count < 1)
        return c.fail(UsageError, QStringLiteral("Usage: sagstjek-cli selftest-writer --count N"));
    Database *db = c.database();
    if (!db)
        return DatabaseError;
    ReviewService service(*db, c.user);
    service.setPolicy(c.policy());
    CaseRepository cases(db->connection());
    auto rows = cases.page(CaseFilter{}, 0, 50);
    if (!rows)
        return c.fail(rows.error());
    if (rows->isEmpty())
        return c.fail(InvalidInput, QStringLiteral("The database has no cases (run sagstjek-cli demo first)."));
    QList<std::tuple<qint64, QString, QString>> targets; // case id, case number, item key
    for (const CaseRow &row : rows.value()) {
        auto state = service.load(ReviewRef{row.id});
        if (!state)
            return c.fail(state.error());
        for (const CueCardItem *item : state->applicableItems())
            targets.append({row.id, row.caseNumber, item->key});
    }
    const qint64 seed = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const auto &[id, number, key] = targets.at(int((seed + i) % targets.size()));
        const AnswerValue value = i % 2 == 0 ? AnswerValue::Met : AnswerValue::NotApplicable;
        const QString note = QStringLiteral("selftest %1 %2").arg(seed).arg(i);
        auto written = inTransaction(db->connection(), [&]() -> Status {
            auto answered = service.answer(ReviewRef{id}, key, value, QStringLiteral("selftest"));
            if (!answered)
                return answered.error();
            auto noted = service.setNote(ReviewRef{id}, key, note);
            return noted ? Status(Ok{}) : Status(noted.error());
        });
        if (!written)
            return c.fail(written.error());
        c.out << number << ' ' << key << ' ' << answerKey(value) << ' ' << note << '\n';
        c.out.flush();
    }
    return Success;
}

const Registration users{{QStringLiteral("users"),
                          QStringLiteral("users add NAME --role ROLE [--display-name TEXT] | users list [--json] | "
                                         "users set-role NAME ROLE | users deactivate NAME | users activate NAME"),
                          QStringLiteral("Manage users and roles (caseworker, consultant, coordinator, leader, "
                                         "administrator). The first user must be an administrator."),
                          {QStringLiteral("--role"), QStringLiteral("--display-name")},
                          {},
                          runUsers}};
const Registration audit{{QStringLiteral("audit"),
                          QStringLiteral("audit verify [--json]"),
                          QStringLiteral("Recompute the audit trail's hash chain; exit 2 and name the first broken "
                                         "record when it was edited or cut."),
                          {},
                          {},
                          runAudit}};
const Registration history{{QStringLiteral("history"),
                            QStringLiteral("history CASE_NUMBER [--item KEY] [--json]"),
                            QStringLiteral("Show a case's (or one answer's) audit history: who, when, before, after, "
                                           "why."),
                            {QStringLiteral("--item")},
                            {},
                            runHistory}};
const Registration accessLog{
    {QStringLiteral("access-log"),
     QStringLiteral("access-log [--case N] [--cpr X] [--from DATE] [--to DATE] [--citizen] "
                    "[--json]"),
     QStringLiteral("Who opened, searched for, exported or revealed which case, and when; "
                    "--citizen leaves out staff names for a citizen's request for insight."),
     {QStringLiteral("--case"), QStringLiteral("--cpr"), QStringLiteral("--from"), QStringLiteral("--to")},
     {QStringLiteral("--citizen")},
     runAccessLog}};
const Registration accessLogPurge{{QStringLiteral("access-log-purge"),
                                   QStringLiteral("access-log-purge [--older-than-months N]"),
                                   QStringLiteral("Remove access-log entries older than the retention period (at "
                                                  "least 6 months); the purge is itself logged."),
                                   {QStringLiteral("--older-than-months")},
                                   {},
                                   runAccessLogPurge}};
const Registration trustSettings{{QStringLiteral("trust-settings"),
                                  QStringLiteral("trust-settings [--backup-keep N] [--backup-folder DIR] "
                                                 "[--daily-backup on|off] [--access-log-months N] [--json]"),
                                  QStringLiteral("Show or change backup and access-log retention settings."),
                                  {QStringLiteral("--backup-keep"), QStringLiteral("--backup-folder"),
                                   QStringLiteral("--daily-backup"), QStringLiteral("--access-log-months")},
                                  {},
                                  runTrustSettings}};
const Registration backupCommand{{QStringLiteral("backup"),
                                  QStringLiteral("backup -o FILE"),
                                  QStringLiteral("Write a checked copy of the database (VACUUM INTO a temporary file, "
                                                 "quick_check, fsync, rename)."),
                                  {QStringLiteral("-o")},
                                  {},
                                  runBackup}};
const Registration restoreCommand{{QStringLiteral("restore"),
                                   QStringLiteral("restore FILE"),
                                   QStringLiteral("Replace the database with a checked backup; the replaced file is "
                                                  "kept beside the automatic backups."),
                                   {},
                                   {},
                                   runRestore}};
const Registration deleteCase{{QStringLiteral("delete-case"),
                               QStringLiteral("delete-case CASE_NUMBER --reason TEXT"),
                               QStringLiteral("Delete a case and its personal data for real (secure delete, WAL "
                                              "truncated, audit content erased)."),
                               {QStringLiteral("--reason")},
                               {},
                               runDeleteCase}};
const Registration revealCpr{{QStringLiteral("reveal-cpr"),
                              QStringLiteral("reveal-cpr CASE_NUMBER [--purpose TEXT]"),
                              QStringLiteral("Show a case's full CPR number (logged in the access log)."),
                              {QStringLiteral("--purpose")},
                              {},
                              runRevealCpr}};
const Registration selftestWriter{{QStringLiteral("selftest-writer"),
                                   QStringLiteral("selftest-writer --count N"),
                                   QStringLiteral("Crash-safety self-test: answer items in a loop, printing each "
                                                  "answer after it is committed."),
                                   {QStringLiteral("--count")},
                                   {},
                                   runSelftestWriter}};

} // namespace

} // namespace sagstjek::cli
