#include "domain/grant.h"

#include <QRegularExpression>

namespace sagstjek::grants {

bool isTargetGroup(const QString &key)
{
    return key == Basic || key == UnaccompaniedMinor;
}

std::optional<QString> targetGroupFromText(const QString &text)
{
    QString folded = text.trimmed().toLower();
    folded.remove(QRegularExpression(QStringLiteral("[^a-z0-9æøå]")));
    if (folded.isEmpty() || folded == u"grundtilskud" || folded == u"basic" || folded == u"basicgrant")
        return Basic;
    if (folded == u"unaccompaniedminor" || folded == u"unaccompaniedminors" || folded == u"uledsagetmindreårig" ||
        folded == u"uledsagedemindreårige" || folded == u"uledsaget" || folded == u"uledsagede")
        return UnaccompaniedMinor;
    return std::nullopt;
}

QString targetGroupLabel(const QString &key, const QString &language)
{
    const bool da = language == u"da";
    if (key == UnaccompaniedMinor)
        return da ? QStringLiteral("Uledsaget mindreårig") : QStringLiteral("Unaccompanied minor");
    return da ? QStringLiteral("Grundtilskud") : QStringLiteral("Basic grant (grundtilskud)");
}

std::optional<QString> parseMonth(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})(?:-(\\d{2}))?$"));
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    int year = 0;
    int month = 0;
    if (const auto m = yearFirst.match(text); m.hasMatch()) {
        if (m.hasCaptured(3) && m.captured(3) != u"01")
            return std::nullopt;
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
    } else if (const auto n = monthFirst.match(text); n.hasMatch()) {
        month = n.captured(1).toInt();
        year = n.captured(2).toInt();
    } else {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || year < 1999 || year > 2100)
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

int yearOf(const QString &month)
{
    return month.left(4).toInt();
}

std::optional<bool> parseYesNo(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty() || text == u"nej" || text == u"no" || text == u"n" || text == u"0" || text == u"false" ||
        text == u"falsk")
        return false;
    if (text == u"ja" || text == u"yes" || text == u"j" || text == u"y" || text == u"1" || text == u"x" ||
        text == u"true" || text == u"sand")
        return true;
    return std::nullopt;
}

} // namespace sagstjek::grants
