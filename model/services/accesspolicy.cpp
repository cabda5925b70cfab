#include "services/accesspolicy.h"

#include "domain/cpr.h"
#include "domain/plaintext.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace sagstjek {

namespace {

// The longest user name (UserService refuses longer ones); a --user beyond it is nobody's name.
constexpr int MaxUserName = 64;

// Every access-log entry passes here on its way to the log: text in a user's or a file's words (a search
// criterion, a purpose, a case number, a refusal's message) never brings a CPR number, a control character
// that forges a line, or a megabyte into the log.
AccessEntry safeForLog(AccessEntry entry)
{
    entry.user = plaintext::forLog(entry.user, MaxUserName);
    entry.caseNumber = plaintext::forLog(entry.caseNumber, 100);
    entry.criterion = plaintext::forLog(entry.criterion, 1000);
    entry.purpose = plaintext::forLog(entry.purpose, 500);
    return entry;
}

} // namespace

Status AccessPolicy::log(Database &db, const AccessEntry &entry)
{
    return db.accessLog().record(safeForLog(entry));
}

AccessPolicy::AccessPolicy(Database &db, User user, bool bootstrap)
    : m_db(db)
    , m_user(std::move(user))
    , m_bootstrap(bootstrap)
{
}

Result<std::unique_ptr<AccessPolicy>> AccessPolicy::forUser(Database &db, const QString &name)
{
    const QString trimmed = name.trimmed();
    auto logRefusal = [&](const QString &why) {
        AccessEntry entry;
        entry.user = trimmed;
        entry.action = QStringLiteral("refused");
        entry.criterion = why;
        log(db, entry);
    };
    // A name no user can have is refused before it is looked up or logged as it was given: what the log keeps
    // is masked, escaped and cut short.
    if (trimmed.size() > MaxUserName || plaintext::hasControlCharacters(trimmed) || cpr::containsCpr(trimmed)) {
        logRefusal(QStringLiteral("unknown user (not a possible user name)"));
        return refused(tr("\"%1\" is not a possible user name (at most %2 characters, no control characters, no CPR "
                          "number). Give --user with your user name.")
                           .arg(plaintext::forLog(trimmed, MaxUserName))
                           .arg(MaxUserName));
    }
    UserRepository &users = db.users();
    auto count = users.count();
    if (!count)
        return count.error();
    if (count.value() == 0) {
        User bootstrap;
        bootstrap.name = trimmed;
        bootstrap.role = Role::Administrator;
        return std::unique_ptr<AccessPolicy>(new AccessPolicy(db, bootstrap, true));
    }
    auto found = users.find(trimmed);
    if (!found)
        return found.error();
    if (!found.value()) {
        logRefusal(QStringLiteral("unknown user"));
        return refused(tr("%1 is not a user of this database. Ask an administrator to add you "
                          "(sagstjek-cli users add %1 --role ROLE), or give --user with your user name.")
                           .arg(trimmed));
    }
    if (!found.value()->active) {
        logRefusal(QStringLiteral("deactivated user"));
        return refused(tr("The user %1 has been deactivated. Ask an administrator to reactivate you.").arg(trimmed));
    }
    return std::unique_ptr<AccessPolicy>(new AccessPolicy(db, *found.value(), false));
}

QString AccessPolicy::permissionText(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::EditTemplates:
        return tr("edit cue-card templates");
    case Permission::ImportCases:
        return tr("import cases");
    case Permission::ManageRounds:
        return tr("start review rounds and assign cases");
    case Permission::ManageActionRules:
        return tr("manage management action rules");
    case Permission::Approve:
        return tr("approve reviews");
    case Permission::VerifyRemediation:
        return tr("verify remediations");
    case Permission::ViewAccessLog:
        return tr("read the access log");
    case Permission::PurgeAccessLog:
        return tr("purge the access log");
    case Permission::VerifyAudit:
        return tr("verify the audit trail");
    case Permission::Backup:
        return tr("make backups");
    case Permission::Restore:
        return tr("restore backups");
    case Permission::DeleteCase:
        return tr("delete cases");
    case Permission::ViewStaffFigures:
        return tr("see figures per caseworker");
    case Permission::ManageGrants:
        return tr("enter grant lines and rates");
    case Permission::ManageComplaints:
        return tr("register complaint decisions");
    case Permission::ManageActionPlan:
        return tr("edit the action plan");
    case Permission::ReadCaseData:
        return tr("read case data (case lists, searches, defects, exports): administrators do not open cases");
    }
    return {};
}

bool AccessPolicy::may(Permission permission) const
{
    if (m_bootstrap)
        return true;
    return roleMay(m_user.role, permission);
}

Status AccessPolicy::deny(const QString &message, qint64 caseId, const QString &caseNumber)
{
    AccessEntry entry;
    entry.user = m_user.name;
    entry.action = QStringLiteral("refused");
    entry.caseId = caseId;
    entry.caseNumber = caseNumber;
    entry.criterion = message;
    m_refusals << entry;
    if (auto logged = flushRefusals(); !logged)
        return logged;
    return sagstjek::refused(message);
}

Status AccessPolicy::requireCaseData(bool logRefusal)
{
    if (may(Permission::ReadCaseData))
        return Ok{};
    const QString message = tr("%1 is an administrator: administrators manage users and templates and do not read "
                               "case data (case lists, searches, defects, exports).")
                                .arg(m_user.name);
    return logRefusal ? deny(message) : sagstjek::refused(message);
}

Status AccessPolicy::require(Permission permission)
{
    if (may(permission))
        return Ok{};
    return deny(tr("%1 is a %2 and may not %3.").arg(m_user.name, roleKey(m_user.role), permissionText(permission)));
}

bool AccessPolicy::isOwnCase(const CaseFile &caseFile) const
{
    const QString caseworker = caseFile.caseworker.trimmed();
    if (caseworker.isEmpty())
        return false;
    return caseworker.compare(m_user.name, Qt::CaseInsensitive) == 0 ||
           (!m_user.displayName.isEmpty() && caseworker.compare(m_user.displayName, Qt::CaseInsensitive) == 0);
}

Result<CaseFile> AccessPolicy::caseToOpen(const QString &caseNumber)
{
    CaseRepository &cases = m_db.cases();
    auto id = cases.idForNumber(caseNumber);
    if (!id)
        return id.error();
    auto caseFile = cases.load(id.value());
    if (!caseFile)
        return caseFile.error();
    if (auto allowed = check(CaseAction::Open, caseFile.value()); !allowed)
        return allowed.error();
    return caseFile;
}

bool AccessPolicy::mayOpen(const CaseFile &caseFile) const
{
    if (m_bootstrap)
        return true;
    switch (m_user.role) {
    case Role::Consultant:
    case Role::Coordinator:
    case Role::Leader:
        return true;
    case Role::Caseworker:
        return isOwnCase(caseFile) || (m_assigned && m_assigned(caseFile.id, m_user, 0));
    case Role::Administrator:
        return false;
    }
    return false;
}

QString AccessPolicy::ownCasesScope() const
{
    if (m_bootstrap || m_user.role != Role::Caseworker)
        return {};
    return m_user.caseworkerName();
}

Status AccessPolicy::check(CaseAction action, const CaseFile &caseFile, qint64 roundId)
{
    // A caseworker changes their own cases, and an assigned case only in the round of the assignment.
    const bool mayChange =
        mayOpen(caseFile) && (m_bootstrap || m_user.role != Role::Caseworker || isOwnCase(caseFile) ||
                              (roundId > 0 && m_assigned && m_assigned(caseFile.id, m_user, roundId)));
    if (action == CaseAction::Open ? mayOpen(caseFile) : mayChange)
        return Ok{};
    if (m_user.role == Role::Caseworker && action != CaseAction::Open && mayOpen(caseFile))
        return deny(tr("%1 is assigned case %2 in a review round and may change its review only in that round, not "
                       "outside it or in another round.")
                        .arg(m_user.name, caseFile.caseNumber),
                    caseFile.id, caseFile.caseNumber);
    if (m_user.role == Role::Administrator)
        return deny(tr("%1 is an administrator: administrators manage users and templates and do not open cases "
                       "(case %2).")
                        .arg(m_user.name, caseFile.caseNumber),
                    caseFile.id, caseFile.caseNumber);
    const QString verb = action == CaseAction::Open   ? tr("open")
                         : action == CaseAction::Edit ? tr("change")
                                                      : tr("complete");
    return deny(tr("%1 is a caseworker and may only %2 their own cases and cases assigned to them; case %3 "
                   "belongs to %4.")
                    .arg(m_user.name, verb, caseFile.caseNumber,
                         caseFile.caseworker.isEmpty() ? tr("no caseworker") : caseFile.caseworker),
                caseFile.id, caseFile.caseNumber);
}

Status AccessPolicy::recordOpened(const CaseFile &caseFile)
{
    AccessEntry entry;
    entry.user = m_user.name;
    entry.action = QStringLiteral("open");
    entry.caseId = caseFile.id;
    entry.caseNumber = caseFile.caseNumber;
    return log(m_db, entry);
}

Status AccessPolicy::recordAccess(const QString &action, qint64 caseId, const QString &caseNumber,
                                  const QString &criterion, const QString &purpose)
{
    AccessEntry entry;
    entry.user = m_user.name;
    entry.action = action;
    entry.caseId = caseId;
    entry.caseNumber = caseNumber;
    entry.criterion = criterion;
    entry.purpose = purpose;
    return log(m_db, entry);
}

Status AccessPolicy::recordSearch(const QString &criterion, const QList<std::pair<qint64, QString>> &casesFound)
{
    return m_db.transaction([&]() -> Status {
        if (auto logged = recordAccess(QStringLiteral("search"), 0, {}, criterion); !logged)
            return logged;
        for (const auto &[id, number] : casesFound)
            if (auto logged = recordAccess(QStringLiteral("search"), id, number, criterion); !logged)
                return logged;
        return Ok{};
    });
}

Status AccessPolicy::flushRefusals()
{
    if (m_db.inUnitOfWork())
        return Ok{}; // written once the unit of work is over, so a rollback cannot take them along
    const QList<AccessEntry> pending = std::exchange(m_refusals, {});
    for (const AccessEntry &entry : pending)
        if (auto logged = log(m_db, entry); !logged)
            return logged;
    return Ok{};
}

} // namespace sagstjek
