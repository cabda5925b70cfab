#include "domain/cpr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sagstjek::cpr {

namespace {

// The century from the 7th digit and the two-digit year (CPR-kontoret's table).
int centuryFor(int seventh, int yy)
{
    if (seventh <= 3)
        return 1900;
    if (seventh == 4 || seventh == 9)
        return yy <= 36 ? 2000 : 1900;
    // 5-8
    if (yy <= 57)
        return 2000;
    return 1800;
}

// DDMMYY (a day 01-31 and a month 01-12) and four digits; between the groups at most one hyphen, en dash, space,
// dot or slash, and no digit right before or after (so a longer number is not taken for one).
const QRegularExpression &cprInText()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9])(0[1-9]|[12][0-9]|3[01])[-\u2013 ./]?(0[1-9]|1[0-2])[-\u2013 ./]?([0-9]{2})[-\u2013 "
                       "./]?([0-9]{4})(?![0-9])"));
    return pattern;
}

} // namespace

QString searchDigits(const QString &text)
{
    // An optional label ("cpr", "cpr:", "CPR-nr.", "personnummer") and one number, nothing else.
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*(?:(?:cpr(?:[- ]?nr\\.?)?|personnummer)\\s*[:=.]?\\s*)?([0-9][0-9 ./\u2013-]{8,13}[0-9])\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch whole = pattern.match(text);
    if (!whole.hasMatch())
        return {};
    const QString number = whole.captured(1);
    const QRegularExpressionMatch cpr = cprInText().match(number);
    if (!cpr.hasMatch() || cpr.capturedStart() != 0 || cpr.capturedLength() != number.size())
        return {};
    return cpr.captured(1) + cpr.captured(2) + cpr.captured(3) + cpr.captured(4);
}

bool looksLikeCpr(const QString &text)
{
    return !searchDigits(text).isEmpty();
}

QString maskInText(const QString &text)
{
    if (text.size() < 10)
        return text;
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = cprInText().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += match.captured(1) + match.captured(2) + match.captured(3) + QStringLiteral("-XXXX");
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

namespace {

QJsonValue maskValue(const QJsonValue &value)
{
    if (value.isString())
        return maskInText(value.toString());
    if (value.isObject())
        return maskInJson(value.toObject());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(maskValue(element));
        return array;
    }
    return value;
}

} // namespace

QJsonObject maskInJson(const QJsonObject &object)
{
    QJsonObject masked;
    for (auto it = object.begin(); it != object.end(); ++it)
        masked.insert(it.key(), maskValue(it.value()));
    return masked;
}

bool containsCpr(const QString &text)
{
    return maskInText(text) != text;
}

Check check(const QString &text)
{
    Check result;
    QString digits = text.trimmed();
    // Ten digits, or six and four with one hyphen between them: "01-02-03-4006" is not a CPR number.
    if (digits.size() == 11 && digits.at(6) == u'-')
        digits.remove(6, 1);
    if (digits.size() != 10 ||
        !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        result.problem = QStringLiteral("a CPR number has 10 digits, written DDMMYY-SSSS");
        return result;
    }
    const int day = digits.mid(0, 2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int yy = digits.mid(4, 2).toInt();
    const int seventh = digits.at(6).digitValue();
    const QDate birth(centuryFor(seventh, yy) + yy, month, day);
    if (!birth.isValid()) {
        result.problem = QStringLiteral("the first six digits are not a real date (DDMMYY)");
        return result;
    }
    static constexpr int weights[10] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    result.valid = true;
    result.digits = digits;
    result.birthDate = birth;
    result.modulus11 = sum % 11 == 0;
    return result;
}

QString mask(const QString &digits)
{
    if (digits.size() < 6)
        return digits.isEmpty() ? QString() : QStringLiteral("XXXXXX-XXXX");
    return digits.left(6) + QStringLiteral("-XXXX");
}

QString format(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(6) + u'-' + digits.mid(6);
}

} // namespace sagstjek::cpr
