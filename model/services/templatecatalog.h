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
// shipped with an update). Existing versions, and reviews made with them, are never touched. The database keeps
// the fingerprint of the templates it has been given (settings 'templates.built_in'): while it matches, an open
// reads nothing more (parsing every template on every open was 38 % of a `card`).
Status installBuiltIn(Database &db, const QString &user);

// SHA-256 over the built-in templates' file names and bytes, as hex.
QString builtInFingerprint();
QString builtInFingerprintKey(); // "templates.built_in"

// The named dates every template knows, key → label, for the importer and the case form.
QList<NamedField> allDateFields(const QList<CueCard> &cards);

} // namespace templatecatalog
} // namespace sagstjek
