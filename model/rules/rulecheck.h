#pragma once

#include "period.h"
#include "ruletext.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Internal to sagstjek_rules: one rule version of a cue-card item (docs/TEMPLATE_FORMAT.md, "Rule versions"
// and "Check types") read from JSON into a typed form, with every problem found on the way.

namespace sagstjek::rules::detail {

struct Check {
    enum class Type { Deadline, DateRecorded, EventCount, EventNoteLag, EventFormReason };
    Type type = Type::Deadline;
    QString start;       // deadline, event_count
    QString actual;      // deadline (a date field) …
    QString actualEvent; // … or deadline (an event kind)
    QString field;       // date_recorded
    QString event;       // event_count, event_note_lag, event_form_reason
    Period period;       // deadline, event_count ("period"), event_note_lag ("max")
    Roll roll = Roll::None;
    int min = 0; // event_count
};

struct ParsedVersion {
    QString version;
    QDate validFrom; // invalid = open
    QDate validTo;   // invalid = open
    bool boundsOk = true;
    Check check;
    QStringList problems; // empty = usable

    bool openEnded() const { return !validFrom.isValid() && !validTo.isValid(); }
    bool inForceOn(QDate date) const
    {
        return (!validFrom.isValid() || validFrom <= date) && (!validTo.isValid() || date <= validTo);
    }
    // The date field that selects this version: the check's start, or empty when the check has none.
    QString startKey() const;
};

// Never fails: problems are collected in ParsedVersion::problems, in the given language.
ParsedVersion parseVersion(const QJsonObject &json, text::Lang lang);

} // namespace sagstjek::rules::detail
