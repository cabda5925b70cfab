#include "domain/areas.h"

#include "domain/words.h"

namespace sagstjek {

const QStringList &Areas::keys()
{
    static const QStringList all = {
        QStringLiteral("integration"),      QStringLiteral("self-supporting"),  QStringLiteral("igu"),
        QStringLiteral("sickness-benefit"), QStringLiteral("cash-benefit"),     QStringLiteral("job-clarification"),
        QStringLiteral("resource-course"),  QStringLiteral("adult-disability"),
    };
    return all;
}

QString Areas::label(const QString &key)
{
    return words::area(key, words::uiLanguage());
}

} // namespace sagstjek
