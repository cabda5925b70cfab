#include "services/defectservice.h"

#include "services/importmapping.h"
#include "services/people.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QJsonObject>

namespace sagstjek {

namespace {

QJsonObject stateOf(const TrackedDefect &t)
{
    QJsonObject object{{QStringLiteral("status"), defectStatusKey(t.defect.status)},
                       {QStringLiteral("owner"), t.defect.owner},
                       {QStringLiteral("due"), t.defect.due.toString(Qt::ISODate)}};
    if (!t.remediatedBy.isEmpty()) {
        object.insert(QStringLiteral("remediated_by"), t.remediatedBy);
        object.insert(QStringLiteral("remediated_on"), t.remediatedOn.toString(Qt::ISODate));
        object.insert(QStringLiteral("remediation_note"), t.remediationNote);
    }
    if (!t.verifiedBy.isEmpty())
        object.insert(QStringLiteral("verified_by"), t.verifiedBy);
    return object;
}

} // namespace

DefectService::DefectService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Result<QList<TrackedDefect>> DefectService::list(TrackerFilter filter, bool logRefusal)
{
    if (auto allowed = m_session.policy().requireCaseData(logRefusal); !allowed)
        return allowed.error();
    if (!filter.today.isValid())
        filter.today = today();
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty())
        filter.owner = own; // a caseworker sees their own defects
    return m_db.defectTracker().list(filter);
}

Result<int> DefectService::count(TrackerFilter filter, bool logRefusal)
{
    if (auto allowed = m_session.policy().requireCaseData(logRefusal); !allowed)
        return allowed.error();
    if (!filter.today.isValid())
        filter.today = today();
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty())
        filter.owner = own;
    filter.after.reset();
    filter.limit = 0;
    auto perOwner = m_db.defectTracker().countByOwner(filter);
    if (!perOwner)
        return perOwner.error();
    int total = 0;
    for (const OwnerDefectCounts &owner : perOwner.value())
        total += owner.open + owner.remediated + owner.verified; // open includes reopened: every status once
    return total;
}

Status DefectService::forEach(TrackerFilter filter, qint64 limit, const std::function<void(const TrackedDefect &)> &row)
{
    constexpr int Page = 500;
    for (qint64 seen = 0;;) {
        filter.limit = limit > 0 ? int(std::min<qint64>(Page, limit - seen)) : Page;
        if (filter.limit <= 0)
            return Ok{};
        auto page = list(filter);
        if (!page)
            return page.error();
        for (const TrackedDefect &t : page.value())
            row(t);
        seen += page->size();
        if (page->size() < filter.limit)
            return Ok{};
        filter.after = DefectListKey{page->constLast().defect.due, page->constLast().defect.id};
    }
}

Status DefectService::mayWorkOn(const TrackedDefect &tracked)
{
    AccessPolicy &policy = m_session.policy();
    const Role role = policy.user().role;
    if (policy.isBootstrap() || role == Role::Consultant || role == Role::Coordinator || role == Role::Leader ||
        (role == Role::Caseworker && people::isCaseworker(m_db, user(), tracked.defect.owner)))
        return Ok{};
    return policy.deny(tr("Defect %1 belongs to %2; only its owner, or a consultant, coordinator or leader, works "
                          "on its remediation.")
                           .arg(tracked.defect.id)
                           .arg(tracked.defect.owner),
                       tracked.defect.caseId, tracked.defect.caseNumber);
}

Result<TrackedDefect> DefectService::load(qint64 defectId)
{
    return m_db.defectTracker().load(defectId, today());
}

Result<QList<DefectEvent>> DefectService::history(qint64 defectId)
{
    return m_db.defectTracker().events(defectId);
}

QHash<QString, QString> DefectService::itemQuestions(const QString &language)
{
    QHash<QString, QString> questions;
    const auto cards = importmapping::currentCards(m_db);
    if (!cards)
        return questions;
    for (const CueCard &card : cards.value())
        for (const CueCardItem *item : card.items())
            if (!item->text.isEmpty())
                questions.insert(item->key, item->text.in(language));
    return questions;
}

Status DefectService::change(qint64 defectId, const QString &action, const QString &note,
                             const std::function<Status(const TrackedDefect &)> &apply)
{
    auto status = m_db.transaction([&]() -> Status {
        DefectTracker &tracker = m_db.defectTracker();
        auto before = tracker.load(defectId, today());
        if (!before)
            return before.error();
        if (auto applied = apply(before.value()); !applied)
            return applied;
        auto after = tracker.load(defectId, today());
        if (!after)
            return after.error();
        if (auto logged = tracker.addEvent(defectId, action, user(), note); !logged)
            return logged;
        return m_db.audit().record({user(), QStringLiteral("defect.") + action, QStringLiteral("defect"),
                                    QString::number(defectId), before->defect.caseId, stateOf(before.value()),
                                    stateOf(after.value()), note});
    });
    m_session.policy().flushRefusals();
    if (status)
        emit defectsChanged();
    return status;
}

Status DefectService::remediate(qint64 defectId, const QString &note, const QDate &doneOn)
{
    const QString text = note.trimmed();
    if (text.isEmpty())
        return invalidInput(tr("Say what was done to remediate the defect."));
    const QDate on = doneOn.isValid() ? doneOn : today();
    if (on > today())
        return invalidInput(tr("The remediation date %1 lies in the future.").arg(on.toString(Qt::ISODate)));
    return change(defectId, QStringLiteral("remediate"), text, [&](const TrackedDefect &t) -> Status {
        if (t.defect.status != DefectStatus::Open && t.defect.status != DefectStatus::Reopened)
            return invalidInput(tr("Defect %1 is %2; only an open or reopened defect is remediated.")
                                    .arg(defectId)
                                    .arg(defectStatusKey(t.defect.status)));
        if (auto allowed = mayWorkOn(t); !allowed)
            return allowed;
        return m_db.defectTracker().setRemediated(defectId, text, on, user());
    });
}

Status DefectService::verify(qint64 defectId, const QString &note)
{
    if (auto allowed = m_session.policy().require(Permission::VerifyRemediation); !allowed)
        return allowed;
    return change(defectId, QStringLiteral("verify"), note.trimmed(), [&](const TrackedDefect &t) -> Status {
        if (t.defect.status != DefectStatus::Remediated)
            return invalidInput(tr("Defect %1 is %2; only a remediated defect can be verified.")
                                    .arg(defectId)
                                    .arg(defectStatusKey(t.defect.status)));
        if (people::samePerson(t.remediatedBy, user()))
            return m_session.policy().deny(tr("%1 remediated defect %2 and cannot verify their own remediation; "
                                              "someone else must confirm the fix worked (four eyes).")
                                               .arg(user())
                                               .arg(defectId),
                                           t.defect.caseId, t.defect.caseNumber);
        return m_db.defectTracker().setVerified(defectId, note.trimmed(), user());
    });
}

Status DefectService::reopen(qint64 defectId, const QString &note)
{
    const QString text = note.trimmed();
    if (text.isEmpty())
        return invalidInput(tr("Say why the defect is reopened."));
    return change(defectId, QStringLiteral("reopen"), text, [&](const TrackedDefect &t) -> Status {
        if (t.defect.status != DefectStatus::Remediated && t.defect.status != DefectStatus::Verified)
            return invalidInput(tr("Defect %1 is %2; only a remediated or verified defect is reopened.")
                                    .arg(defectId)
                                    .arg(defectStatusKey(t.defect.status)));
        if (auto allowed = mayWorkOn(t); !allowed)
            return allowed;
        return m_db.defectTracker().setReopened(defectId);
    });
}

Status DefectService::reassign(const QList<qint64> &defectIds, const QString &owner)
{
    const QString name = owner.trimmed();
    if (name.isEmpty())
        return invalidInput(tr("Name the new owner."));
    if (auto allowed = m_session.policy().require(Permission::ManageRounds); !allowed)
        return allowed;
    auto status = m_db.transaction([&]() -> Status {
        for (qint64 id : defectIds)
            if (auto changed = change(id, QStringLiteral("reassign"), name,
                                      [&](const TrackedDefect &) { return m_db.defectTracker().setOwner(id, name); });
                !changed)
                return changed;
        return Ok{};
    });
    m_session.policy().flushRefusals();
    return status;
}

Status DefectService::setDue(const QList<qint64> &defectIds, const QDate &due)
{
    if (!due.isValid())
        return invalidInput(tr("Give a valid due date."));
    if (auto allowed = m_session.policy().require(Permission::ManageRounds); !allowed)
        return allowed;
    auto status = m_db.transaction([&]() -> Status {
        for (qint64 id : defectIds)
            if (auto changed = change(id, QStringLiteral("due"), due.toString(Qt::ISODate),
                                      [&](const TrackedDefect &) { return m_db.defectTracker().setDue(id, due); });
                !changed)
                return changed;
        return Ok{};
    });
    m_session.policy().flushRefusals();
    return status;
}

} // namespace sagstjek
