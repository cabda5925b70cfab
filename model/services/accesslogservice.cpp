#include "services/accesslogservice.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "services/personaldata.h"
#include "services/session.h"
#include "services/trustsettings.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <algorithm>

namespace sagstjek {

AccessLogService::AccessLogService(Session &session)
    : m_session(session)
{
}

Result<QList<AccessEntry>> AccessLogService::extract(const AccessLogQuery &query)
{
    QList<AccessEntry> entries;
    if (auto done = extract(query, [&](const AccessEntry &e) { entries << e; }); !done)
        return done.error();
    return entries;
}

Result<std::pair<AccessFilter, QString>> AccessLogService::filterOf(const AccessLogQuery &query)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::ViewAccessLog); !allowed)
        return allowed.error();
    Database &db = m_session.database();
    AccessFilter filter;
    filter.from = query.from;
    filter.to = query.to;
    filter.newestFirst = query.newestFirst;
    QStringList criteria;
    if (query.citizenCpr) {
        auto cases = personaldata::casesOfCitizen(db, *query.citizenCpr);
        if (!cases)
            return cases.error();
        filter.restrictToCases = true;
        for (const auto &[id, number] : cases.value()) {
            filter.caseIds << id;
            filter.caseNumbers << number;
        }
        criteria << QStringLiteral("cpr=%1").arg(cpr::mask(cpr::check(*query.citizenCpr).digits));
    }
    if (query.caseNumber) {
        const QString &number = *query.caseNumber;
        filter.restrictToCases = true;
        auto id = db.cases().idForNumber(number);
        if (id) {
            filter.caseIds << id.value();
        } else if (id.error().kind == Error::Kind::NotFound) {
            filter.caseIds << 0; // a deleted case: its log entries are found by case number
        } else {
            return id.error();
        }
        filter.caseNumbers << number;
        criteria << QStringLiteral("case=%1").arg(number);
    }
    return std::pair{filter, criteria.isEmpty() ? QStringLiteral("all") : criteria.join(u' ')};
}

Status AccessLogService::extract(const AccessLogQuery &query, const std::function<void(const AccessEntry &)> &entry)
{
    auto asked = filterOf(query);
    if (!asked)
        return asked.error();
    auto [filter, criterion] = std::move(asked).value();
    // Pages up to the extract's own record, which comes last so that it does not list itself.
    constexpr int Page = 1000;
    filter.afterId = query.afterId;
    for (qint64 seen = 0;;) {
        filter.limit = query.limit > 0 ? int(std::min<qint64>(Page, query.limit - seen)) : Page;
        if (filter.limit <= 0)
            break;
        auto page = m_session.database().accessLog().query(filter);
        if (!page)
            return page.error();
        for (const AccessEntry &e : page.value())
            entry(e);
        seen += page->size();
        if (page->size() < filter.limit)
            break;
        filter.afterId = page->constLast().id;
    }
    if (auto logged = m_session.policy().recordAccess(QStringLiteral("extract"), 0, {}, criterion); !logged)
        return logged.error();
    return Ok{};
}

Result<AccessLogReader> AccessLogService::open(const AccessLogQuery &query)
{
    auto asked = filterOf(query);
    if (!asked)
        return asked.error();
    auto [filter, criterion] = std::move(asked).value();
    Database &db = m_session.database();
    // The log as it stands now: the extract's own entry, and whatever is written while the view is open, come after.
    auto last = db.accessLog().lastId();
    if (!last)
        return last.error();
    filter.upToId = last.value() > 0 ? last.value() : -1;
    if (auto logged = m_session.policy().recordAccess(QStringLiteral("extract"), 0, {}, criterion); !logged)
        return logged.error();
    return AccessLogReader(db, filter);
}

AccessLogReader::AccessLogReader(Database &db, const AccessFilter &filter)
    : m_db(&db)
    , m_filter(filter)
{
}

Result<QList<AccessEntry>> AccessLogReader::next(int count)
{
    if (m_atEnd || count <= 0)
        return QList<AccessEntry>();
    AccessFilter page = m_filter;
    page.limit = count;
    auto entries = m_db->accessLog().query(page);
    if (!entries)
        return entries.error();
    if (entries->size() < count)
        m_atEnd = true;
    if (!entries->isEmpty())
        m_filter.afterId = entries->constLast().id;
    return entries;
}

Result<AccessLogService::Purge> AccessLogService::purge(std::optional<int> months)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(AccessPolicy::Permission::PurgeAccessLog); !allowed)
        return allowed.error();
    Database &db = m_session.database();
    Purge purge;
    if (months) {
        purge.months = *months;
    } else {
        auto stored = trustsettings::value(db, trustsettings::accessLogRetentionKey());
        if (!stored)
            return stored.error();
        purge.months = stored->isNull() ? trustsettings::MinimumRetentionMonths : stored->toInt();
    }
    if (purge.months < trustsettings::MinimumRetentionMonths)
        return invalidInput(tr("The access log must be kept for at least %1 months (asked: %2).")
                                .arg(trustsettings::MinimumRetentionMonths)
                                .arg(purge.months));
    auto removed = db.accessLog().purge(QDateTime::currentDateTimeUtc().addMonths(-purge.months), policy.user().name);
    if (!removed)
        return removed.error();
    purge.removed = removed.value();
    return purge;
}

} // namespace sagstjek
