#include "rulecheck.h"

#include <QJsonValue>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace sagstjek::rules::detail {

namespace {

using text::Msg;

constexpr int kMaxMin = 1000;

struct TypeInfo {
    QStringView key;
    Check::Type type;
    QStringView fields[5]; // the check's keys besides "type"
};

constexpr TypeInfo kTypes[] = {
    {u"deadline", Check::Type::Deadline, {u"start", u"actual", u"actual_event", u"period", u"roll"}},
    {u"date_recorded", Check::Type::DateRecorded, {u"field"}},
    {u"event_count", Check::Type::EventCount, {u"event", u"start", u"period", u"min"}},
    {u"event_note_lag", Check::Type::EventNoteLag, {u"event", u"max"}},
    {u"event_form_reason", Check::Type::EventFormReason, {u"event"}},
};

// "text": the item's question as this version asks it (CueCardItem::question), when it differs from the item's.
constexpr QStringView kVersionKeys[] = {u"version", u"valid_from", u"valid_to", u"note", u"check", u"text"};

class Reader {
public:
    Reader(text::Lang lang, QStringList &problems)
        : m_lang(lang)
        , m_problems(problems)
    {
    }

    void problem(Msg msg) { m_problems.append(text::pattern(m_lang, msg)); }
    void problem(Msg msg, const QString &a, const QString &b)
    {
        m_problems.append(text::pattern(m_lang, msg).arg(a, b));
    }
    void problem1(Msg msg, const QString &a) { m_problems.append(text::pattern(m_lang, msg).arg(a)); }

    // A required non-empty string.
    QString string(const QJsonObject &json, QStringView key)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull()) {
            problem1(Msg::FieldMissing, key.toString());
            return {};
        }
        if (!value.isString()) {
            problem1(Msg::FieldNotString, key.toString());
            return {};
        }
        const QString result = value.toString().trimmed();
        if (result.isEmpty())
            problem1(Msg::FieldMissing, key.toString());
        return result;
    }

    // An optional date bound: absent or null = open.
    QDate bound(const QJsonObject &json, QStringView key, bool &ok)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        const QString textValue = value.isString() ? value.toString() : jsonText(value);
        const QDate date =
            value.isString() && textValue.size() == 10 ? QDate::fromString(textValue, u"yyyy-MM-dd") : QDate();
        if (!date.isValid()) {
            problem(Msg::FieldNotDate, key.toString(), textValue);
            ok = false;
        }
        return date;
    }

    Period period(const QJsonObject &json, QStringView key)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull()) {
            problem1(Msg::FieldMissing, key.toString());
            return {};
        }
        const QString textValue = value.isString() ? value.toString() : jsonText(value);
        if (const auto parsed = Period::parse(textValue); parsed && value.isString())
            return *parsed;
        problem(Msg::BadPeriod, key.toString(), textValue);
        return {};
    }

    static QString jsonText(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? u"true"_s : u"false"_s;
        case QJsonValue::Double:
            return QString::number(value.toDouble());
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Array:
            return u"[…]"_s;
        case QJsonValue::Object:
            return u"{…}"_s;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return u"null"_s;
    }

private:
    text::Lang m_lang;
    QStringList &m_problems;
};

template <typename Keys> void reportUnknownKeys(Reader &reader, const QJsonObject &json, const Keys &known)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (std::find(std::begin(known), std::end(known), QStringView(key)) == std::end(known))
            reader.problem1(Msg::UnknownField, key);
    }
}

void readCheck(Reader &reader, const QJsonObject &json, Check &check)
{
    const QJsonValue typeValue = json.value(u"type");
    if (!typeValue.isString()) {
        reader.problem1(typeValue.isUndefined() || typeValue.isNull() ? Msg::FieldMissing : Msg::FieldNotString,
                        u"check.type"_s);
        return;
    }
    const QString type = typeValue.toString();
    const TypeInfo *info = nullptr;
    for (const TypeInfo &candidate : kTypes) {
        if (candidate.key == type)
            info = &candidate;
    }
    if (!info) {
        QStringList known;
        for (const TypeInfo &candidate : kTypes)
            known.append(candidate.key.toString());
        reader.problem(Msg::UnknownCheckType, type, known.join(u", "));
        return;
    }
    check.type = info->type;
    QStringList fields;
    for (QStringView field : info->fields) {
        if (!field.isEmpty())
            fields.append(field.toString());
    }
    fields.append(u"type"_s);
    reportUnknownKeys(reader, json, fields);

    switch (check.type) {
    case Check::Type::Deadline: {
        check.start = reader.string(json, u"start");
        const bool hasActual = json.contains(u"actual") && !json.value(u"actual").isNull();
        const bool hasEvent = json.contains(u"actual_event") && !json.value(u"actual_event").isNull();
        if (hasActual && hasEvent)
            reader.problem(Msg::ActualBoth);
        else if (!hasActual && !hasEvent)
            reader.problem(Msg::ActualNeither);
        else if (hasActual)
            check.actual = reader.string(json, u"actual");
        else
            check.actualEvent = reader.string(json, u"actual_event");
        check.period = reader.period(json, u"period");
        const QJsonValue roll = json.value(u"roll");
        if (!roll.isUndefined() && !roll.isNull()) {
            const auto parsed = roll.isString() ? parseRoll(roll.toString()) : std::nullopt;
            if (parsed)
                check.roll = *parsed;
            else
                reader.problem1(Msg::BadRoll, Reader::jsonText(roll));
        }
        break;
    }
    case Check::Type::DateRecorded:
        check.field = reader.string(json, u"field");
        break;
    case Check::Type::EventCount: {
        check.event = reader.string(json, u"event");
        check.start = reader.string(json, u"start");
        check.period = reader.period(json, u"period");
        const QJsonValue min = json.value(u"min");
        if (min.isUndefined() || min.isNull()) {
            reader.problem1(Msg::FieldMissing, u"min"_s);
        } else {
            const double value = min.toDouble(-1);
            if (!min.isDouble() || value < 0 || value > kMaxMin || value != static_cast<int>(value))
                reader.problem(Msg::BadMin);
            else
                check.min = static_cast<int>(value);
        }
        break;
    }
    case Check::Type::EventNoteLag:
        check.event = reader.string(json, u"event");
        check.period = reader.period(json, u"max");
        break;
    case Check::Type::EventFormReason:
        check.event = reader.string(json, u"event");
        break;
    }
}

} // namespace

QString ParsedVersion::startKey() const
{
    switch (check.type) {
    case Check::Type::Deadline:
    case Check::Type::EventCount:
        return check.start;
    case Check::Type::DateRecorded:
    case Check::Type::EventNoteLag:
    case Check::Type::EventFormReason:
        break;
    }
    return {};
}

ParsedVersion parseVersion(const QJsonObject &json, text::Lang lang)
{
    ParsedVersion parsed;
    Reader reader(lang, parsed.problems);
    parsed.version = reader.string(json, u"version");
    reportUnknownKeys(reader, json, kVersionKeys);

    bool boundsOk = true;
    parsed.validFrom = reader.bound(json, u"valid_from", boundsOk);
    parsed.validTo = reader.bound(json, u"valid_to", boundsOk);
    if (boundsOk && parsed.validFrom.isValid() && parsed.validTo.isValid() && parsed.validTo < parsed.validFrom) {
        reader.problem(Msg::BoundsReversed, parsed.validFrom.toString(Qt::ISODate),
                       parsed.validTo.toString(Qt::ISODate));
        boundsOk = false;
    }
    parsed.boundsOk = boundsOk;

    const QJsonValue check = json.value(u"check");
    if (check.isUndefined() || check.isNull())
        reader.problem1(Msg::FieldMissing, u"check"_s);
    else if (!check.isObject())
        reader.problem1(Msg::NotAnObject, u"check"_s);
    else
        readCheck(reader, check.toObject(), parsed.check);
    return parsed;
}

} // namespace sagstjek::rules::detail
