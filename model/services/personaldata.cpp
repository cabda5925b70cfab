#include "services/personaldata.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::personaldata {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::PersonalData", text);
}

} // namespace

Result<QString> revealCpr(AccessPolicy &policy, const QString &caseNumber, const QString &purpose)
{
    auto caseFile = policy.caseToOpen(caseNumber);
    if (!caseFile)
        return caseFile.error();
    if (caseFile->cpr.isEmpty())
        return notFound(tr("Case %1 has no CPR number.").arg(caseFile->caseNumber));
    if (auto logged = policy.recordAccess(QStringLiteral("reveal-cpr"), caseFile->id, caseFile->caseNumber, {},
                                          purpose.trimmed());
        !logged)
        return logged.error();
    return cpr::format(caseFile->cpr);
}

Result<QList<std::pair<qint64, QString>>> casesOfCitizen(Database &db, const QString &cprText)
{
    const cpr::Check checked = cpr::check(cprText);
    if (!checked.valid)
        return invalidInput(tr("\"%1\" is not a CPR number: %2.").arg(cpr::mask(cprText), checked.problem));
    return db.cases().withCpr(checked.digits);
}

Result<Deletion> deleteCase(Database &db, AccessPolicy &policy, const QString &caseNumber, const QString &reason)
{
    if (auto allowed = policy.require(AccessPolicy::Permission::DeleteCase); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give the reason for deleting case %1 (--reason TEXT).").arg(caseNumber));
    Deletion deletion;
    auto done = db.transaction([&]() -> Status {
        CaseRepository &cases = db.cases();
        auto id = cases.idForNumber(caseNumber);
        if (!id)
            return id.error();
        auto number = cases.caseNumber(id.value());
        if (!number)
            return number.error();
        deletion.caseNumber = number.value();
        auto redacted = db.audit().redactCase(id.value());
        if (!redacted)
            return redacted.error();
        deletion.redactedAuditRecords = int(redacted->size());
        // Dates, events, reviews, answers and defects go with the case (ON DELETE CASCADE).
        if (auto removed = cases.remove(id.value()); !removed)
            return removed;
        if (auto logged =
                policy.recordAccess(QStringLiteral("delete"), id.value(), deletion.caseNumber, {}, reason.trimmed());
            !logged)
            return logged;
        QJsonArray ids;
        for (qint64 redactedId : redacted.value())
            ids.append(redactedId);
        AuditEntry entry{
            policy.user().name,
            QStringLiteral("case.delete"),
            QStringLiteral("case"),
            QString::number(id.value()),
            id.value(),
            {},
            {{QStringLiteral("case_number"), deletion.caseNumber}, {QStringLiteral("redacted_records"), ids}},
            reason.trimmed()};
        return db.audit().record(entry);
    });
    if (!done)
        return done.error();
    // The case's data must not linger in the database's journals or free pages.
    auto erased = db.eraseDeletedData();
    deletion.walTruncated = erased && erased.value();
    return deletion;
}

} // namespace sagstjek::personaldata
