#include "textwords.h"

#include "domain/words.h"

namespace sagstjek::cli::shown {

bool inWords(const Context &c)
{
    return c.language == u"da";
}

QString say(const Context &c, const QString &danish, const QString &english)
{
    return inWords(c) ? danish : english;
}

QString area(const Context &c, const QString &key)
{
    return inWords(c) ? words::area(key, c.language) : key;
}

QString caseStatus(const Context &c, ReviewStatus status)
{
    return inWords(c) ? words::caseStatus(status, c.language) : reviewStatusKey(status);
}

QString reviewStatus(const Context &c, ReviewStatus status)
{
    return inWords(c) ? words::reviewStatus(status, c.language) : reviewStatusKey(status);
}

QString roundReviewStatus(const Context &c, ReviewStatus status)
{
    return inWords(c) ? words::roundReviewStatus(status, c.language) : reviewStatusKey(status);
}

QString roundKind(const Context &c, RoundKind kind)
{
    return inWords(c) ? words::roundKind(kind, c.language) : roundKindKey(kind);
}

QString roundStatus(const Context &c, RoundStatus status)
{
    return inWords(c) ? words::roundStatus(status, c.language) : roundStatusKey(status);
}

QString actionStatus(const Context &c, ActionStatus status)
{
    return inWords(c) ? words::actionStatus(status, c.language) : actionStatusKey(status);
}

QString defectStatus(const Context &c, DefectStatus status)
{
    return inWords(c) ? words::defectStatus(status, c.language) : defectStatusKey(status);
}

QString severity(const Context &c, Severity value)
{
    return inWords(c) ? words::severity(value, c.language) : severityKey(value);
}

QString date(const Context &c, const QDate &value)
{
    return inWords(c) ? words::date(value, c.language) : value.toString(Qt::ISODate);
}

} // namespace sagstjek::cli::shown
