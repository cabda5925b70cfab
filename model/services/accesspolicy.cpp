#include "services/accesspolicy.h"

#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace sagstjek {

AccessPolicy::AccessPolicy(Database &db, User user, bool bootstrap)
    : m_db(db)
    , m_user(std::move(user))
    , m_bootstrap(bootstrap)
{
}

Result<std::unique_ptr<AccessPolicy>> AccessPolicy::forUser(Database &db, const QString &name)
{
    const QString trimmed = name.trimmed();
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
    auto logRefusal = [&](const QString &why) {
        AccessEntry entry;
        entry.user = trimmed;
        entry.action = QStringLiteral("refused");
        entry.criterion = why;
        db.accessLog().record(entry);
    };
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
        return isOwnCase(caseFile) || (m_assigned && m_assigned(caseFile.id, m_user));
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

Status AccessPolicy::check(CaseAction action, const CaseFile &caseFile)
{
    if (mayOpen(caseFile))
        return Ok{};
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
    return m_db.accessLog().record(entry);
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
    return m_db.accessLog().record(entry);
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
        if (auto logged = m_db.accessLog().record(entry); !logged)
            return logged;
    return Ok{};
}

} // namespace sagstjek
