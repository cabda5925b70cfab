#include "domain/permission.h"

namespace sagstjek {

bool roleMay(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::EditTemplates:
    case Permission::PurgeAccessLog:
    case Permission::Restore:
        return role == Role::Administrator;
    case Permission::Approve:
    case Permission::VerifyRemediation:
        return role == Role::Coordinator || role == Role::Leader;
    case Permission::ManageActionRules:
        return role == Role::Coordinator || role == Role::Leader || role == Role::Administrator;
    case Permission::ImportCases:
        return role == Role::Consultant || role == Role::Coordinator || role == Role::Leader ||
               role == Role::Administrator;
    case Permission::ManageRounds:
        // Consultants review the cases they are given; the koordinator and leaders run the rounds.
        return role == Role::Coordinator || role == Role::Leader || role == Role::Administrator;
    case Permission::ViewAccessLog:
    case Permission::Backup:
    case Permission::DeleteCase:
        return role == Role::Leader || role == Role::Administrator;
    case Permission::ManageComplaints:
    case Permission::ManageActionPlan:
        return role == Role::Coordinator || role == Role::Leader;
    case Permission::ManageGrants:
    case Permission::ViewStaffFigures:
        return role == Role::Consultant || role == Role::Coordinator || role == Role::Leader;
    case Permission::VerifyAudit:
        return true;
    case Permission::ReadCaseData:
        return role != Role::Administrator;
    }
    return false;
}

} // namespace sagstjek
