#pragma once

// Which column of an import file holds which field: the targets an import offers, automatic matching of
// headers, and named mappings saved as JSON files or in the database's settings table.

#include "core/result.h"
#include "domain/cuecard.h"
#include "io/dateparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sagstjek {

class Database;

enum class ImportKind { Cases, Events, Answers };

// A field a column can be mapped to.
struct ImportTarget {
    QString key; // case_number, takeover, an item key, …
    QString labelDa;
    QString labelEn;
    QStringList aliases;
    bool required = false;
    bool isDate = false;
    QString label(const QString &language) const { return language == u"da" ? labelDa : labelEn; }
};

struct ImportMapping {
    QString name; // "Momentum-udtræk"
    ImportKind kind = ImportKind::Cases;
    QHash<QString, QString> columns; // file header → target key; an empty key ignores the column
    // Day-month or month-day for numeric dates; Ambiguous = detect from the file (Danish day-first default).
    io::DateOrder dateOrder = io::DateOrder::Ambiguous;
    QString sheet;     // XLSX sheet name; empty = the first
    QString encoding;  // CSV encoding name; empty = detect
    int headerRow = 1; // the file row holding the headers; rows above it (title rows) are ignored

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &json);
};

namespace importmapping {

// Lower case, only letters and digits: "CPR-nr." → "cprnr", "Kontrakt underskrevet" → "kontraktunderskrevet".
QString normalise(const QString &header);

// What a case file's columns can hold: the case fields and every template's named dates.
QList<ImportTarget> caseTargets(const QList<CueCard> &cards);
// Columns of an events file.
QList<ImportTarget> eventTargets();
// Columns of a grant file: case number, month, received, entitled, reason, target group.
QList<ImportTarget> grantTargets();
// Columns of an old review sheet for `card`: the case number, a note, and one per item.
QList<ImportTarget> answerTargets(const CueCard &card);

// For each header, the target it maps to ("" when none): first the mapping's explicit choice, then a header
// equal (normalised) to a target's key, Danish or English label or an alias. A target is used once.
QStringList resolve(const QStringList &headers, const QList<ImportTarget> &targets, const ImportMapping &mapping = {});

Result<ImportMapping> loadFile(const QString &path);
Status saveFile(const QString &path, const ImportMapping &mapping); // through QSaveFile

// Named mappings kept in the database (settings table, key "import.mapping.<name>").
Result<QList<ImportMapping>> savedMappings(Database &db);
Status saveMapping(Database &db, const ImportMapping &mapping);
Status removeMapping(Database &db, const QString &name);

QString kindKey(ImportKind kind);
std::optional<ImportKind> kindFromKey(const QString &key);

} // namespace importmapping
} // namespace sagstjek

namespace sagstjek::importmapping {
// The newest cue card of each area in the database (what new reviews use, and what the importer maps to).
Result<QList<CueCard>> currentCards(Database &db);
} // namespace sagstjek::importmapping
