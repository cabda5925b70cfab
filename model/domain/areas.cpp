#include "domain/areas.h"

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
    if (key == u"integration")
        return tr("Integration programme");
    if (key == u"self-supporting")
        return tr("Self-supporting");
    if (key == u"igu")
        return tr("IGU");
    if (key == u"sickness-benefit")
        return tr("Sickness benefit");
    if (key == u"cash-benefit")
        return tr("Cash benefit");
    if (key == u"job-clarification")
        return tr("Job clarification");
    if (key == u"resource-course")
        return tr("Resource course");
    if (key == u"adult-disability")
        return tr("Adult disability");
    return key;
}

} // namespace sagstjek
