#pragma once

#include "core/result.h"
#include "domain/localizedtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sagstjek {

enum class Severity { Critical, Major, Minor };
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString &key);

// Item keys (and template keys, which follow the same rule) are lower-case letters, digits, '_', '-' and '.',
// starting with a letter or digit, at most 200 characters: integration.contract.signed_in_time.
bool isValidItemKey(const QString &key);

struct CueCardItem {
    QString key; // stable: integration.contract.signed_in_time
    QString sectionKey;
    LocalizedText text; // the question
    LocalizedText law;  // legal reference
    LocalizedText guidance;
    LocalizedText remediation; // suggested remediation, pre-fills a defect
    Severity severity = Severity::Major;
    QJsonObject applies; // {"subgroups": […]}; empty = every case of the area
    QJsonArray rules;    // dated versions of a computable rule; evaluated by rules/

    bool hasRule() const { return !rules.isEmpty(); }
    // The question as the rule version named `ruleVersion` (a verdict's ruleVersion) asks it: that version's own
    // "text" when it has one (an older law asked for something else), otherwise `text`. A card must not ask for 4
    // follow-ups while the rule in force for the case counts 2.
    LocalizedText question(const QString &ruleVersion) const;
    bool appliesToSubgroup(const QString &subgroup) const;
};

struct CueCardSection {
    QString key;
    LocalizedText title;
    QList<CueCardItem> items;
};

struct NamedField {
    QString key;
    LocalizedText label;
    QStringList aliases;
};

// A versioned cue-card template (docs/TEMPLATE_FORMAT.md), as stored in the database.
struct CueCard {
    qint64 id = 0; // row in templates; 0 until stored
    QString key;
    int version = 0;
    QString area;
    LocalizedText title;
    LocalizedText description;
    QString referenceDate;
    QList<NamedField> subgroups;
    QList<NamedField> dateFields;
    QList<NamedField> eventKinds;
    QList<CueCardSection> sections;
    QJsonObject json; // the template as loaded, kept verbatim so a review always shows what it was made with

    int itemCount() const;
    const CueCardItem *item(const QString &itemKey) const;
    QList<const CueCardItem *> items() const;
    // The items that apply to a case of `subgroup`, in card order.
    QList<const CueCardItem *> itemsFor(const QString &subgroup) const;
    QString dateLabel(const QString &fieldKey, const QString &language) const;

    // Parses and checks a template; the message says what is wrong and where.
    static Result<CueCard> fromJson(const QJsonObject &json);
    static Result<CueCard> fromBytes(const QByteArray &bytes);
};

} // namespace sagstjek
