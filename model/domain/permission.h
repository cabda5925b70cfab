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
    // Read a round's figures per caseworker. Everyone may read a round's aggregate figures (they name no
    // citizen), but compliance and error-free shares per caseworker are personal data about staff: they are for
    // those who review and supervise (consultant, coordinator, leader). A caseworker sees their own line only;
    // an administrator, who runs the system and reviews no case, sees none.
    ViewStaffFigures,
    // Enter and import grant lines (grundtilskud received and entitled per case and month) and maintain the
    // dated rate table: those who review the cases and those who answer for the accounts.
    ManageGrants,
    // Register and import Ankestyrelsen's decisions on complaints.
    ManageComplaints,
    // Write the action plan (handleplan): themes, actions, their status and notes.
    ManageActionPlan,
    // Read case data in bulk: the case list and its searches, defect lists, exports of cases, answers and
    // defects, reports with case numbers. Everyone who opens cases (a caseworker within their own scope); never
    // an administrator, who runs the system and opens no case. Every such path asks this one permission.
    ReadCaseData,
};

bool roleMay(Role role, Permission permission);

} // namespace sagstjek
