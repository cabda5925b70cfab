#pragma once

#include "core/result.h"
#include "storage/caserepository.h"

namespace sagstjek {
class AccessPolicy;
class Database;
} // namespace sagstjek

namespace sagstjek::cli::trustcli {

// Logs a case-list look-up in the access log: the criterion (a CPR number masked) and, for a CPR search, the
// cases it found, so a citizen's extract shows it.
Status logCaseSearch(Database &db, AccessPolicy &policy, const CaseFilter &filter);

} // namespace sagstjek::cli::trustcli
