#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

// Internal to sagstjek_rules: the fixed Danish and English sentences of rule evaluation and rule validation.
// They are plain tables on purpose (not tr()): a computed verdict is evidence in a review, so its wording
// must not depend on the UI language or on a translation file.

namespace sagstjek::rules::text {

enum class Lang { Da, En };

// "da…" → Danish, anything else → English.
Lang langFromCode(QStringView code);

enum class Msg {
    // Why a verdict could not be computed or does not apply
    CannotCompute,
    UnknownDateField,
    NoReferenceDate,
    RuleInvalid,
    NoRules,
    NoVersionInForce,
    SubgroupExcluded,
    SubgroupMissing,
    // deadline
    DueClause,
    BasisAfter,
    BasisCountedFrom,
    BasisSameDay,
    MovedToWorkingDay,
    DeadlineMet,
    DeadlineMissed,
    DeadlinePending,
    DeadlinePassedNotRecorded,
    DateNotRecorded,
    EventNoneSince,
    // date_recorded
    DateRecorded,
    // event_count
    CountSummary,
    CountMet,
    CountMissed,
    CountPending,
    // event_note_lag and event_form_reason
    NoneRecorded,
    NotesMet,
    NotesMetOne,
    NotesLate,
    NotesMissingOne,
    NotesMissingMany,
    ReasonsAllInPerson,
    ReasonsMet,
    ReasonsMissingOne,
    ReasonsMissingMany,
    FormMissingOne,
    FormMissingMany,
    // validation problems
    NotAnObject,
    VersionNotAnObject,
    FieldMissing,
    FieldNotString,
    FieldNotDate,
    BoundsReversed,
    UnknownCheckType,
    BadPeriod,
    BadRoll,
    BadMin,
    ActualBoth,
    ActualNeither,
    UnknownField,
    UnknownDateRef,
    UnknownEventRef,
    VersionsOverlap,
    ProblemInVersion,
    ProblemInRule,
    SubgroupsNotList,
};

// The pattern, with %1, %2, … for QString::arg (always use the multi-argument arg()).
QString pattern(Lang lang, Msg msg);

// "1 dag" / "4 dage", "1 day" / "4 days".
QString days(Lang lang, qint64 n);

// dd-MM-yyyy, the way Danish case files write dates.
QString date(QDate d);

// A label at the start of a sentence (first letter upper case) or inside one (first letter lower case,
// unless the label starts with an abbreviation such as "CPR-dato").
QString sentenceStart(const QString &label);
QString midSentence(const QString &label);

// The label for `key` from `labels`, or the key itself.
QString label(const QHash<QString, QString> &labels, const QString &key);

} // namespace sagstjek::rules::text
