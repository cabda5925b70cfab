#include "services/personaldata.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "storage/auditchain.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::personaldata {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::PersonalData", text);
}

} // namespace

Result<QString> revealCpr(Database &db, AccessPolicy &policy, const QString &caseNumber, const QString &purpose)
{
    CaseRepository cases(db.connection());
    auto id = cases.idForNumber(caseNumber);
    if (!id)
        return id.error();
    auto caseFile = cases.load(id.value());
    if (!caseFile)
        return caseFile.error();
    if (auto allowed = policy.check(ReviewPolicy::Action::Open, caseFile.value(), policy.user().name); !allowed)
        return allowed.error();
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
    auto q = sql::run(db.connection(), QStringLiteral("SELECT id, case_number FROM cases WHERE cpr = ? ORDER BY id"),
                      {checked.digits});
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> found;
    while (q->next())
        found.append({q->value(0).toLongLong(), q->value(1).toString()});
    return found;
}

Result<Deletion> deleteCase(Database &db, AccessPolicy &policy, const QString &caseNumber, const QString &reason)
{
    if (auto allowed = policy.require(AccessPolicy::Permission::DeleteCase); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give the reason for deleting case %1 (--reason TEXT).").arg(caseNumber));
    Deletion deletion;
    auto done = inTransaction(db.connection(), [&]() -> Status {
        CaseRepository cases(db.connection());
        auto id = cases.idForNumber(caseNumber);
        if (!id)
            return id.error();
        auto number =
            sql::scalar(db.connection(), QStringLiteral("SELECT case_number FROM cases WHERE id = ?"), {id.value()});
        if (!number)
            return number.error();
        deletion.caseNumber = number->toString();
        auto redacted = auditlog::redactCase(db.connection(), id.value());
        if (!redacted)
            return redacted.error();
        deletion.redactedAuditRecords = int(redacted->size());
        // Dates, events, reviews, answers and defects go with the case (ON DELETE CASCADE).
        auto removed = sql::run(db.connection(), QStringLiteral("DELETE FROM cases WHERE id = ?"), {id.value()});
        if (!removed)
            return removed.error();
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
        return auditlog::record(db.connection(), entry);
    });
    if (!done)
        return done.error();
    // Move the change out of the WAL into the (zeroed) main file and cut the WAL to nothing, so the old page
    // images with the case's data do not linger there.
    auto checkpoint = sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (checkpoint && checkpoint->next())
        deletion.walTruncated = checkpoint->value(0).toInt() == 0;
    return deletion;
}

} // namespace sagstjek::personaldata
