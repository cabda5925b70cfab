#include "domain/complaint.h"

#include <QRegularExpression>

namespace sagstjek::complaints {

QList<ComplaintOutcome> allOutcomes()
{
    return {ComplaintOutcome::Upheld,   ComplaintOutcome::Changed,  ComplaintOutcome::Annulled,
            ComplaintOutcome::Remitted, ComplaintOutcome::Rejected, ComplaintOutcome::Referred};
}

QString outcomeKey(ComplaintOutcome outcome)
{
    switch (outcome) {
    case ComplaintOutcome::Upheld:
        return QStringLiteral("upheld");
    case ComplaintOutcome::Changed:
        return QStringLiteral("changed");
    case ComplaintOutcome::Annulled:
        return QStringLiteral("annulled");
    case ComplaintOutcome::Remitted:
        return QStringLiteral("remitted");
    case ComplaintOutcome::Rejected:
        return QStringLiteral("rejected");
    case ComplaintOutcome::Referred:
        break;
    }
    return QStringLiteral("referred");
}

std::optional<ComplaintOutcome> outcomeFromKey(const QString &key)
{
    for (ComplaintOutcome outcome : allOutcomes())
        if (outcomeKey(outcome) == key)
            return outcome;
    return std::nullopt;
}

QString outcomeDanish(ComplaintOutcome outcome)
{
    switch (outcome) {
    case ComplaintOutcome::Upheld:
        return QStringLiteral("stadfæstet");
    case ComplaintOutcome::Changed:
        return QStringLiteral("ændret");
    case ComplaintOutcome::Annulled:
        return QStringLiteral("ophævet");
    case ComplaintOutcome::Remitted:
        return QStringLiteral("hjemvist");
    case ComplaintOutcome::Rejected:
        return QStringLiteral("afvist");
    case ComplaintOutcome::Referred:
        break;
    }
    return QStringLiteral("henvist");
}

QString outcomeText(ComplaintOutcome outcome, const QString &language)
{
    return language == u"da" ? outcomeDanish(outcome) : outcomeKey(outcome);
}

std::optional<ComplaintOutcome> outcomeFromText(const QString &text)
{
    // Case-folded, and æ, ø, å written the ways a keyboard or an old export without them does.
    QString folded = text.trimmed().toLower();
    folded.replace(u'æ', QStringLiteral("ae")).replace(u'ø', QStringLiteral("oe")).replace(u'å', QStringLiteral("aa"));
    for (ComplaintOutcome outcome : allOutcomes()) {
        QString danish = outcomeDanish(outcome);
        danish.replace(u'æ', QStringLiteral("ae")).replace(u'ø', QStringLiteral("oe"));
        if (folded == danish || folded == outcomeKey(outcome))
            return outcome;
    }
    // Without the letter at all: "stadfastet", "andret", "ophavet".
    static const QList<std::pair<QString, ComplaintOutcome>> bare = {
        {QStringLiteral("stadfastet"), ComplaintOutcome::Upheld},
        {QStringLiteral("andret"), ComplaintOutcome::Changed},
        {QStringLiteral("ophavet"), ComplaintOutcome::Annulled},
    };
    for (const auto &[word, outcome] : bare)
        if (folded == word)
            return outcome;
    return std::nullopt;
}

bool decidedOnMerits(ComplaintOutcome outcome)
{
    return outcome != ComplaintOutcome::Rejected && outcome != ComplaintOutcome::Referred;
}

bool reversed(ComplaintOutcome outcome)
{
    return outcome == ComplaintOutcome::Changed || outcome == ComplaintOutcome::Annulled ||
           outcome == ComplaintOutcome::Remitted;
}

QString paragraphDisplay(const QString &paragraph)
{
    return paragraph.simplified();
}

QString paragraphKey(const QString &paragraph)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression ends(QStringLiteral("^[.,]+|[.,]+$"));
    QString key = paragraph.toCaseFolded();
    key.remove(space);
    key.remove(ends);
    return key;
}

} // namespace sagstjek::complaints
