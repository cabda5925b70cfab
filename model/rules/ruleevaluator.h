#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sagstjek::rules {

// One repeated event of a case (a conversation, a note, an offer); see TEMPLATE_FORMAT.md "Event fields".
struct EventFact {
    QString kind;
    QDate date;
    QString form;      // "in-person" | "phone" | "digital" | "letter"; empty = not recorded
    QString reason;    // why not in person
    QDate noteWritten; // when the journal note was written; invalid = not recorded
};

// What rule evaluation needs to know about a case.
struct CaseFacts {
    QString area;
    QString subgroup;            // empty = not recorded
    QHash<QString, QDate> dates; // date field key → date; absent or invalid = not recorded
    QList<EventFact> events;     // any order
};

// A computed verdict: a suggestion the reviewer confirms or overrides.
struct Verdict {
    enum Kind { Met, Missed, Pending, MissingData, NotApplicable };
    Kind kind = NotApplicable;
    QDate due;           // the deadline (or the end of the counting window), when one was computed
    QDate actual;        // the date compared with it, when there is one
    int daysLate = 0;    // Missed: days after `due` (0 when a count or a reason is what is missing)
    QString ruleVersion; // the "version" of the rule version used; empty when none was in force
    QString explanation; // one line in the requested language
};

// "met" | "missed" | "pending" | "missing-data" | "not-applicable"
QString verdictKey(Verdict::Kind kind);

// Everything the evaluation needs besides the case and the item.
struct EvaluationContext {
    QString referenceDate;                   // the template's "reference_date" key
    QDate today;                             // from a Clock; decides pending versus missing data
    QString language = QStringLiteral("da"); // "da" or "en": the language of the explanation
    // Labels in that language; a key that is not listed is shown as the key itself.
    // When dateLabels is not empty it is taken to list every date field of the template, so a rule that
    // names a date not in it (and not in the case) is reported as a broken rule, not as a missing date.
    QHash<QString, QString> dateLabels;     // date field key → label, e.g. "takeover" → "Overtagelse"
    QHash<QString, QString> eventLabels;    // event kind key → label
    QHash<QString, QString> subgroupLabels; // subgroup key → label
};

// Evaluates one cue-card item for one case. `applies` and `rules` are the item's "applies" object and
// "rules" array exactly as in the template JSON (docs/TEMPLATE_FORMAT.md). Never throws and never
// crashes on malformed input: a broken rule gives MissingData with an explanation that names the problem.
//
// In order: applies.subgroups excluding the case's subgroup → NotApplicable (no subgroup recorded →
// MissingData); the first rule version in force on its check's start date (or on the reference date
// when the check has none) is evaluated; no version in force → NotApplicable; the selecting date not
// recorded → MissingData. An empty `rules` array gives NotApplicable ("no computable rule").
Verdict evaluate(const CaseFacts &facts, const QJsonObject &applies, const QJsonArray &rules,
                 const EvaluationContext &context);

// The keys a template defines, for checking that a rule refers only to things that exist.
struct TemplateVocabulary {
    QStringList dateFields;
    QStringList eventKinds;
};

// Problems with one rule version object (an element of an item's "rules"), human-readable, in "da" or
// "en". Empty = valid. The first form checks the shape only; the second also checks that every date
// field and event kind the check names exists in the template.
QStringList validateRule(const QJsonObject &ruleVersion, QStringView language = u"en");
QStringList validateRule(const QJsonObject &ruleVersion, const TemplateVocabulary &vocabulary,
                         QStringView language = u"en");

// Problems with a whole "rules" array: each version (prefixed with its name or number) and versions whose
// validity intervals overlap (the evaluator would silently take the first).
QStringList validateRules(const QJsonArray &ruleVersions, const TemplateVocabulary &vocabulary,
                          QStringView language = u"en");

} // namespace sagstjek::rules
