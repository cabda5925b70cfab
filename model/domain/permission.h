#pragma once

#include "domain/user.h"

namespace sagstjek {

// What a role may do beyond opening cases. The one table of it: the access policy (services) and the role
// checks of rounds, approval and remediation both read it.
enum class Permission {
    ManageUsers,
    EditTemplates,
    ImportCases,
    ManageRounds,      // start and close rounds, assign cases, reassign defects, evaluate action rules
    ManageActionRules, // set and switch management action rules, mark their actions done
    Approve,           // approve, send back or reopen a review
    VerifyRemediation,
    ViewAccessLog,
    PurgeAccessLog,
    VerifyAudit,
    Backup,
    Restore,
    DeleteCase,
};

bool roleMay(Role role, Permission permission);

} // namespace sagstjek
