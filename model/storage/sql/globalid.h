#pragma once

#include <QString>

namespace sagstjek::sql {

// A new global id for a row that may travel between databases (reviews, answers, defects, case events, rounds,
// audit records; schema step 13): a UUID of version 7 (RFC 9562), in lower-case text. Its first 48 bits are the
// time in milliseconds, and within one millisecond this process counts up, so rows written one after the other get
// ids in order: the unique index on a million case events grows at its end as a local key's does, where random
// (version 4) ids would land on a random page each.
QString newGlobalId();

} // namespace sagstjek::sql
