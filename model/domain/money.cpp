#include "domain/money.h"

namespace sagstjek::money {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::money)
};

// Digits of `value` with `separator` between groups of three from the right.
QString grouped(quint64 value, QChar separator)
{
    const QString digits = QString::number(value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(separator);
        out.append(digits.at(i));
    }
    return out;
}

QString formatWith(qint64 ore, QChar thousands, QChar decimal)
{
    const bool negative = ore < 0;
    // Unsigned negation: also right for the smallest qint64.
    const quint64 magnitude = negative ? 0ULL - quint64(ore) : quint64(ore);
    QString text = grouped(magnitude / 100, thousands);
    if (const quint64 rest = magnitude % 100; rest != 0)
        text += decimal + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

QString formatDanish(qint64 ore)
{
    return formatWith(ore, u'.', u',') + QStringLiteral(" kr.");
}

QString formatEnglish(qint64 ore)
{
    return formatWith(ore, u',', u'.') + QStringLiteral(" DKK");
}

QString format(qint64 ore, const QString &language)
{
    return language == u"da" ? formatDanish(ore) : formatEnglish(ore);
}

double kronerForJson(qint64 ore)
{
    return double(ore) / 100.0;
}

Result<qint64> parseKroner(const QString &input)
{
    QString text = input.trimmed();
    const QString original = text;
    for (const QString &unit : {QStringLiteral("kr."), QStringLiteral("kr"), QStringLiteral("dkk")})
        if (text.endsWith(unit, Qt::CaseInsensitive)) {
            text.chop(unit.size());
            break;
        }
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    const auto refuse = [&](const QString &why) {
        return invalidInput(Tr::tr("\"%1\" is not an amount in kroner: %2").arg(original, why));
    };
    if (text.isEmpty())
        return refuse(Tr::tr("there is no number."));
    if (text.count(u',') > 1)
        return refuse(Tr::tr("only one decimal comma is allowed."));
    const qsizetype comma = text.indexOf(u',');
    const QString whole = comma < 0 ? text : text.left(comma);
    const QString decimals = comma < 0 ? QString() : text.mid(comma + 1);
    if (comma >= 0 && decimals.contains(u'.'))
        return refuse(Tr::tr("write kroner the Danish way, with a decimal comma and points between thousands "
                             "(3.960,50)."));
    if (comma >= 0 && !allDigits(decimals))
        return refuse(Tr::tr("the øre after the comma must be digits."));
    if (decimals.size() > 2)
        return refuse(Tr::tr("at most two decimals (øre) are allowed; a point, not a comma, separates thousands "
                             "(3.960)."));

    // Thousands: one separator kind (point, space or no-break space), groups of exactly three digits.
    QString digits;
    QChar separator;
    const QStringList groups = [&] {
        for (QChar c : whole)
            if (c == u'.' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)) {
                if (!separator.isNull() && separator != c)
                    return QStringList();
                separator = c;
            }
        return separator.isNull() ? QStringList{whole} : whole.split(separator);
    }();
    if (groups.isEmpty())
        return refuse(Tr::tr("mixed thousands separators."));
    if (separator == u'.' && groups.size() > 1 && groups.last().size() != 3 && allDigits(groups.last()))
        return refuse(Tr::tr("a point separates thousands; write øre after a comma (3960,50)."));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (!allDigits(group))
            return refuse(Tr::tr("it must be digits, with a point between thousands and a comma before øre."));
        if (groups.size() > 1 && ((i == 0 && group.size() > 3) || (i > 0 && group.size() != 3)))
            return refuse(Tr::tr("thousands are grouped in threes (3.960)."));
        digits += group;
    }
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() > 15)
        return refuse(Tr::tr("the amount is too large."));
    qint64 ore = 0;
    for (QChar c : digits)
        ore = ore * 10 + (c.unicode() - u'0');
    ore *= 100;
    if (!decimals.isEmpty())
        ore += decimals.size() == 1 ? (decimals.at(0).unicode() - u'0') * 10 : decimals.toInt();
    return negative ? -ore : ore;
}

} // namespace sagstjek::money
