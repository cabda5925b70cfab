#include "domain/cpr.h"

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

} // namespace

bool looksLikeCpr(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d{6}-?\\d{4}\\s*$"));
    return pattern.match(text).hasMatch();
}

Check check(const QString &text)
{
    Check result;
    QString digits = text.trimmed();
    digits.remove(u'-');
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
