#include "domain/cuecard.h"
#include "domain/strictjson.h"

#include "domain/areas.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::CueCard", text);
}

QList<NamedField> namedFields(const QJsonArray &array)
{
    QList<NamedField> fields;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        NamedField field{object.value(u"key").toString(), LocalizedText::fromJson(object.value(u"label")), {}};
        for (const QJsonValue &alias : object.value(u"aliases").toArray())
            field.aliases << alias.toString();
        fields << field;
    }
    return fields;
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Major:
        return QStringLiteral("major");
    case Severity::Minor:
        return QStringLiteral("minor");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString &key)
{
    if (key == u"critical")
        return Severity::Critical;
    if (key == u"major")
        return Severity::Major;
    if (key == u"minor")
        return Severity::Minor;
    return std::nullopt;
}

bool CueCardItem::appliesToSubgroup(const QString &subgroup) const
{
    const QJsonArray subgroups = applies.value(u"subgroups").toArray();
    if (subgroups.isEmpty() || subgroup.isEmpty())
        return true;
    return subgroups.contains(QJsonValue(subgroup));
}

LocalizedText CueCardItem::question(const QString &ruleVersion) const
{
    if (!ruleVersion.isEmpty())
        for (const QJsonValue &value : rules) {
            const QJsonObject version = value.toObject();
            if (version.value(u"version").toString() != ruleVersion)
                continue;
            const LocalizedText own = LocalizedText::fromJson(version.value(u"text"));
            if (!own.isEmpty())
                return own;
            break;
        }
    return text;
}

int CueCard::itemCount() const
{
    int count = 0;
    for (const CueCardSection &section : sections)
        count += int(section.items.size());
    return count;
}

const CueCardItem *CueCard::item(const QString &itemKey) const
{
    for (const CueCardSection &section : sections)
        for (const CueCardItem &candidate : section.items)
            if (candidate.key == itemKey)
                return &candidate;
    return nullptr;
}

QList<const CueCardItem *> CueCard::items() const
{
    QList<const CueCardItem *> all;
    for (const CueCardSection &section : sections)
        for (const CueCardItem &candidate : section.items)
            all << &candidate;
    return all;
}

QList<const CueCardItem *> CueCard::itemsFor(const QString &subgroup) const
{
    QList<const CueCardItem *> applicable;
    for (const CueCardItem *candidate : items())
        if (candidate->appliesToSubgroup(subgroup))
            applicable << candidate;
    return applicable;
}

QString CueCard::dateLabel(const QString &fieldKey, const QString &language) const
{
    for (const NamedField &field : dateFields)
        if (field.key == fieldKey)
            return field.label.in(language);
    return fieldKey;
}

Result<CueCard> CueCard::fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidInput(
            tr("The template is not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return invalidInput(tr("The template must be a JSON object."));
    if (const QString twice = strictjson::duplicateKey(bytes); !twice.isEmpty())
        return invalidInput(tr("The template has the key \"%1\" twice in one object; JSON readers disagree on "
                               "which one counts, so the template is refused. Remove one of them.")
                                .arg(twice.left(80)));
    return fromJson(document.object());
}

bool isValidItemKey(const QString &key)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,199}$"));
    return keyPattern.match(key).hasMatch();
}

Result<CueCard> CueCard::fromJson(const QJsonObject &json)
{
    CueCard card;
    card.json = json;
    if (json.value(u"format").toInt() != 1)
        return invalidInput(tr("Unknown template format %1; this version reads format 1.")
                                .arg(json.value(u"format").toVariant().toString()));
    card.key = json.value(u"key").toString();
    if (!isValidItemKey(card.key))
        return invalidInput(tr("The template key \"%1\" is missing or invalid.").arg(card.key.left(80)));
    card.version = json.value(u"version").toInt();
    if (card.version < 1)
        return invalidInput(tr("Template %1: the version must be a whole number from 1.").arg(card.key));
    card.area = json.value(u"area").toString();
    if (!Areas::isKnown(card.area))
        return invalidInput(tr("Template %1: unknown area \"%2\".").arg(card.key, card.area.left(80)));
    // A card is stored and found by its key, one per area: a key that differs from the area would take over
    // another area's card.
    if (card.key != card.area)
        return invalidInput(tr("Template %1: the key must be the area it is for (\"%2\"); one cue card per area.")
                                .arg(card.key, card.area));
    card.title = LocalizedText::fromJson(json.value(u"title"));
    if (card.title.isEmpty())
        return invalidInput(tr("Template %1 has no title.").arg(card.key));
    card.description = LocalizedText::fromJson(json.value(u"description"));
    card.referenceDate = json.value(u"reference_date").toString();
    card.subgroups = namedFields(json.value(u"subgroups").toArray());
    card.dateFields = namedFields(json.value(u"date_fields").toArray());
    card.eventKinds = namedFields(json.value(u"event_kinds").toArray());

    QSet<QString> seen;
    for (const QJsonValue &sectionValue : json.value(u"sections").toArray()) {
        const QJsonObject sectionObject = sectionValue.toObject();
        CueCardSection section;
        section.key = sectionObject.value(u"key").toString();
        section.title = LocalizedText::fromJson(sectionObject.value(u"title"));
        for (const QJsonValue &itemValue : sectionObject.value(u"items").toArray()) {
            const QJsonObject itemObject = itemValue.toObject();
            CueCardItem item;
            item.key = itemObject.value(u"key").toString();
            item.sectionKey = section.key;
            if (!isValidItemKey(item.key))
                return invalidInput(
                    tr("Template %1, section %2: an item key is missing or invalid.").arg(card.key, section.key));
            if (seen.contains(item.key))
                return invalidInput(tr("Template %1: the item key %2 is used twice.").arg(card.key, item.key));
            seen.insert(item.key);
            item.text = LocalizedText::fromJson(itemObject.value(u"text"));
            if (item.text.isEmpty())
                return invalidInput(tr("Template %1: item %2 has no question.").arg(card.key, item.key));
            item.law = LocalizedText::fromJson(itemObject.value(u"law"));
            item.guidance = LocalizedText::fromJson(itemObject.value(u"guidance"));
            item.remediation = LocalizedText::fromJson(itemObject.value(u"remediation"));
            const QString severity = itemObject.value(u"severity").toString(QStringLiteral("major"));
            const auto parsedSeverity = severityFromKey(severity);
            if (!parsedSeverity)
                return invalidInput(
                    tr("Template %1: item %2 has an unknown severity \"%3\".").arg(card.key, item.key, severity));
            item.severity = *parsedSeverity;
            item.applies = itemObject.value(u"applies").toObject();
            item.rules = itemObject.value(u"rules").toArray();
            section.items << item;
        }
        card.sections << section;
    }
    if (seen.isEmpty())
        return invalidInput(tr("Template %1 has no items.").arg(card.key));
    return card;
}

} // namespace sagstjek
