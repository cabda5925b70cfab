#pragma once

#include "core/result.h"
#include "domain/cuecard.h"

namespace sagstjek {

class Database;

// The cue-card templates shipped in resources/templates, and putting them into a database.
namespace templatecatalog {

// Every built-in template, parsed. A broken built-in template is a build defect: the test suite loads them all.
Result<QList<CueCard>> builtIn();

// Stores each built-in template version the database does not have yet (new databases, and new versions
// shipped with an update). Existing versions, and reviews made with them, are never touched.
Status installBuiltIn(Database &db, const QString &user);

// The named dates every template knows, key → label, for the importer and the case form.
QList<NamedField> allDateFields(const QList<CueCard> &cards);

} // namespace templatecatalog
} // namespace sagstjek
