#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sagstjek {

// Ankestyrelsen's outcome of a complaint (shared/domain/REFERENCE.md § 5). The database holds the English keys.
enum class ComplaintOutcome {
    Upheld,   // stadfæstet
    Changed,  // ændret
    Annulled, // ophævet
    Remitted, // hjemvist (sent back)
    Rejected, // afvist: not considered (late, withdrawn)
    Referred, // henvist: sent to another authority
};

namespace complaints {

QList<ComplaintOutcome> allOutcomes();
// "upheld", "changed", "annulled", "remitted", "rejected", "referred".
QString outcomeKey(ComplaintOutcome outcome);
std::optional<ComplaintOutcome> outcomeFromKey(const QString &key);
// The Danish word as Ankestyrelsen writes it: "stadfæstet", "ændret", "ophævet", "hjemvist", "afvist", "henvist".
QString outcomeDanish(ComplaintOutcome outcome);
// The outcome in the language ("da" or "en"): the Danish word, or the English key.
QString outcomeText(ComplaintOutcome outcome, const QString &language);
// What files and users write: the Danish word in any case, also without æ/ø ("stadfaestet", "aendret",
// "ophaevet", "stadfastet"), or the English key. None when it is none of these.
std::optional<ComplaintOutcome> outcomeFromText(const QString &text);

// Decided on the merits: upheld, changed, annulled or remitted (the denominator of the reversal rate).
bool decidedOnMerits(ComplaintOutcome outcome);
// The decision was reversed: changed, annulled or remitted (the numerator).
bool reversed(ComplaintOutcome outcome);

// The key decisions are grouped by: "SEL § 96", "sel §96" and "SEL §  96." are one paragraph. Case-folded,
// without white space and without full stops and commas at the ends. Empty for an empty paragraph.
QString paragraphKey(const QString &paragraph);
// The paragraph as it is shown and stored: trimmed, inner white space collapsed to one space.
QString paragraphDisplay(const QString &paragraph);

} // namespace complaints

} // namespace sagstjek
