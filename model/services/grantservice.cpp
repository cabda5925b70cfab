#include "services/grantservice.h"

#include "domain/money.h"
#include "services/accesspolicy.h"
#include "services/tablefile.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QHash>
#include <QJsonObject>

namespace sagstjek {

namespace {

QJsonObject lineJson(const GrantLine &line)
{
    return {{QStringLiteral("month"), line.month},
            {QStringLiteral("target_group"), line.targetGroup},
            {QStringLiteral("received"), line.received},
            {QStringLiteral("entitled"), line.entitled},
            {QStringLiteral("reason"), line.reason}};
}

QJsonObject rateJson(const GrantRate &rate)
{
    return {{QStringLiteral("target_group"), rate.targetGroup},
            {QStringLiteral("year"), rate.year},
            {QStringLiteral("rate_ore"), rate.rateOre},
            {QStringLiteral("source"), rate.source}};
}

} // namespace

GrantService::GrantService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Result<CaseFile> GrantService::openableCase(const QString &caseNumber)
{
    if (caseNumber.trimmed().isEmpty())
        return invalidInput(tr("Give the case number."));
    return m_session.policy().caseToOpen(caseNumber.trimmed());
}

Status GrantService::validate(GrantLine &line) const
{
    const auto month = grants::parseMonth(line.month);
    if (!month)
        return invalidInput(tr("\"%1\" is not a month; write it as YYYY-MM (2017-03).").arg(line.month));
    line.month = *month;
    if (line.targetGroup.isEmpty())
        line.targetGroup = grants::Basic;
    if (!grants::isTargetGroup(line.targetGroup))
        return invalidInput(
            tr("Unknown target group \"%1\"; use grundtilskud or unaccompanied-minor.").arg(line.targetGroup));
    line.reason = line.reason.trimmed();
    return Ok{};
}

Result<GrantLine> GrantService::setLine(const QString &caseNumber, const GrantLine &requested)
{
    if (auto allowed = m_session.policy().require(Permission::ManageGrants); !allowed)
        return allowed.error();
    auto caseFile = openableCase(caseNumber);
    if (!caseFile)
        return caseFile.error();
    GrantLine line = requested;
    if (auto valid = validate(line); !valid)
        return valid.error();
    line.caseId = caseFile->id;
    line.caseNumber = caseFile->caseNumber;
    auto status = m_db.transaction([&]() -> Status {
        auto upserted = m_db.grants().upsertLine(line, user());
        if (!upserted)
            return upserted.error();
        if (!upserted->changed)
            return Ok{};
        return m_db.audit().record({user(),
                                    QStringLiteral("grant.line.set"),
                                    QStringLiteral("grant_line"),
                                    QStringLiteral("%1/%2").arg(line.caseId).arg(line.month),
                                    line.caseId,
                                    upserted->before ? lineJson(*upserted->before) : QJsonObject(),
                                    lineJson(line),
                                    {}});
    });
    if (!status)
        return status.error();
    emit linesChanged(line.caseId);
    auto stored = m_db.grants().lines(line.caseId);
    if (!stored)
        return stored.error();
    for (const GrantLine &l : stored.value())
        if (l.month == line.month)
            return l;
    return databaseError(tr("The grant line was not stored."));
}

Status GrantService::removeLine(const QString &caseNumber, const QString &monthText)
{
    if (auto allowed = m_session.policy().require(Permission::ManageGrants); !allowed)
        return allowed;
    auto caseFile = openableCase(caseNumber);
    if (!caseFile)
        return caseFile.error();
    const auto month = grants::parseMonth(monthText);
    if (!month)
        return invalidInput(tr("\"%1\" is not a month; write it as YYYY-MM (2017-03).").arg(monthText));
    bool removedAny = false;
    auto status = m_db.transaction([&]() -> Status {
        auto removed = m_db.grants().removeLine(caseFile->id, *month);
        if (!removed)
            return removed.error();
        if (!removed.value())
            return notFound(tr("Case %1 has no grant line for %2.").arg(caseFile->caseNumber, *month));
        removedAny = true;
        return m_db.audit().record({user(),
                                    QStringLiteral("grant.line.remove"),
                                    QStringLiteral("grant_line"),
                                    QStringLiteral("%1/%2").arg(caseFile->id).arg(*month),
                                    caseFile->id,
                                    lineJson(*removed.value()),
                                    {},
                                    {}});
    });
    if (status && removedAny)
        emit linesChanged(caseFile->id);
    return status;
}

Result<QList<GrantLine>> GrantService::lines(const QString &caseNumber, bool alreadyOpened)
{
    auto caseFile = openableCase(caseNumber);
    if (!caseFile)
        return caseFile.error();
    if (!alreadyOpened)
        if (auto logged = m_session.policy().recordOpened(caseFile.value()); !logged)
            return logged.error();
    return m_db.grants().lines(caseFile->id);
}

Result<QString> GrantService::caseNumber(qint64 caseId)
{
    auto caseFile = m_db.cases().load(caseId);
    if (!caseFile)
        return caseFile.error();
    if (auto allowed = m_session.policy().check(AccessPolicy::CaseAction::Open, caseFile.value()); !allowed)
        return allowed.error();
    return caseFile->caseNumber;
}

Result<QList<GrantRate>> GrantService::rates()
{
    return m_db.grants().rates();
}

Status GrantService::setRate(int year, qint64 rateOre, const QString &targetGroup, const QString &source)
{
    if (auto allowed = m_session.policy().require(Permission::ManageGrants); !allowed)
        return allowed;
    if (year < 1999 || year > 2100)
        return invalidInput(tr("The year must be from 1999 to 2100."));
    if (rateOre < 0)
        return invalidInput(tr("A rate cannot be negative."));
    const QString group = targetGroup.isEmpty() ? grants::Basic : targetGroup;
    if (!grants::isTargetGroup(group))
        return invalidInput(
            tr("Unknown target group \"%1\"; use grundtilskud or unaccompanied-minor.").arg(targetGroup));
    const GrantRate rate{group, year, rateOre, source.trimmed(), {}, {}};
    auto status = m_db.transaction([&]() -> Status {
        auto before = m_db.grants().setRate(rate, user());
        if (!before)
            return before.error();
        return m_db.audit().record({user(),
                                    QStringLiteral("grant.rate.set"),
                                    QStringLiteral("grant_rate"),
                                    QStringLiteral("%1/%2").arg(group).arg(year),
                                    0,
                                    before.value() ? rateJson(*before.value()) : QJsonObject(),
                                    rateJson(rate),
                                    {}});
    });
    if (status)
        emit ratesChanged();
    return status;
}

Result<GrantReport> GrantService::report(const GrantReportFilter &requested)
{
    GrantReport report;
    report.filter = requested;
    GrantFilter filter;
    filter.year = requested.year;
    if (requested.year != 0 && (requested.year < 1999 || requested.year > 2100))
        return invalidInput(tr("The year must be from 1999 to 2100."));
    if (requested.roundId != 0) {
        auto round = m_db.rounds().load(requested.roundId);
        if (!round)
            return round.error();
        report.roundName = round->name;
        filter.roundId = requested.roundId;
    }
    if (!requested.caseNumber.trimmed().isEmpty()) {
        // One case's figures are that case's data.
        auto caseFile = openableCase(requested.caseNumber);
        if (!caseFile)
            return caseFile.error();
        filter.caseId = caseFile->id;
        report.filter.caseNumber = caseFile->caseNumber;
    }
    auto differences = m_db.grants().differences(filter);
    if (!differences)
        return differences.error();
    report.years = differences->years;
    report.total = differences->total;
    report.unpriced = differences->unpriced;
    if (!requested.perCase)
        return report;
    AccessPolicy &policy = m_session.policy();
    for (const GrantCaseSum &c : std::as_const(differences->cases)) {
        CaseFile visible;
        visible.id = c.caseId;
        visible.caseNumber = c.caseNumber;
        visible.caseworker = c.caseworker;
        if (policy.mayOpen(visible))
            report.cases << c;
        else
            report.casesLimited = true;
    }
    if (!report.cases.isEmpty()) {
        // Case numbers with amounts: a read of case data, logged once like a search (as an export is logged once).
        QStringList criterion{QStringLiteral("grants")};
        if (filter.roundId)
            criterion << QStringLiteral("round=%1").arg(report.roundName);
        if (filter.year)
            criterion << QStringLiteral("year=%1").arg(filter.year);
        if (filter.caseId)
            criterion << QStringLiteral("case=%1").arg(report.filter.caseNumber);
        if (auto logged = policy.recordSearch(criterion.join(u' '), {}); !logged)
            return logged.error();
    }
    return report;
}

Result<GrantSum> GrantService::roundTotals(qint64 roundId)
{
    GrantFilter filter;
    filter.roundId = roundId;
    auto differences = m_db.grants().differences(filter);
    if (!differences)
        return differences.error();
    return differences->total;
}

Result<ImportSummary> GrantService::importFile(TableFile &file, const ImportMapping &mapping,
                                               const ImportOptions &options)
{
    if (auto allowed = m_session.policy().require(Permission::ManageGrants); !allowed)
        return allowed.error();
    ImportSummary summary;
    const QStringList headers = file.headers();
    const QList<ImportTarget> targetList = importmapping::grantTargets();
    const QStringList targets = importmapping::resolve(headers, targetList, mapping);
    for (const ImportTarget &t : targetList)
        if (t.required && !targets.contains(t.key))
            summary.errors << ImportProblem{
                1, t.key, QString(), tr("The required column \"%1\" (%2) is missing.").arg(t.key, t.labelDa), false};
    if (!summary.errors.isEmpty())
        return summary;
    const auto column = [&](const QString &key) { return int(targets.indexOf(key)); };
    const int numberColumn = column(QStringLiteral("case_number"));
    const int monthColumn = column(QStringLiteral("month"));
    const int receivedColumn = column(QStringLiteral("received"));
    const int entitledColumn = column(QStringLiteral("entitled"));
    const int reasonColumn = column(QStringLiteral("reason"));
    const int groupColumn = column(QStringLiteral("target_group"));

    AccessPolicy &policy = m_session.policy();
    QHash<QString, qint64> knownCases; // lower-case number → id; 0: no such case
    QHash<QString, int> seen;          // "id/month" → the row that set it first
    QList<std::pair<QStringList, int>> rows;
    QStringList row;
    while (file.reader().readRow(row))
        rows << std::pair{row, int(file.reader().rowNumber())};
    if (file.reader().hasError())
        return invalidInput(tr("%1. Nothing was imported.").arg(file.reader().error().toString()));
    summary.rowsRead = rows.size();

    std::optional<Error> refusal;
    auto written = m_db.transaction([&]() -> Status {
        for (const auto &numberedRow : std::as_const(rows)) {
            const auto &values = numberedRow.first;
            const auto rowNumber = numberedRow.second;
            const auto cell = [&](int col) { return col >= 0 ? values.value(col).trimmed() : QString(); };
            QList<ImportProblem> errors;
            const auto fail = [&](int col, const QString &value, const QString &message) {
                errors << ImportProblem{rowNumber, col >= 0 ? headers.at(col) : QString(), value.left(200), message,
                                        false};
            };
            bool blank = true;
            for (const QString &v : values)
                blank = blank && v.trimmed().isEmpty();
            if (blank)
                continue;

            GrantLine line;
            const QString number = cell(numberColumn);
            if (number.isEmpty()) {
                fail(numberColumn, number, tr("The case number is missing."));
            } else {
                auto it = knownCases.find(number.toLower());
                if (it == knownCases.end()) {
                    auto id = m_db.cases().idForNumber(number);
                    if (!id && id.error().kind != Error::Kind::NotFound)
                        return id.error();
                    qint64 caseId = 0;
                    if (id) {
                        auto loaded = m_db.cases().load(id.value());
                        if (!loaded)
                            return loaded.error();
                        if (auto may = policy.check(AccessPolicy::CaseAction::Edit, loaded.value()); !may) {
                            refusal = may.error();
                            return may;
                        }
                        caseId = id.value();
                    }
                    it = knownCases.insert(number.toLower(), caseId);
                }
                if (it.value() == 0)
                    fail(numberColumn, number, tr("There is no case with this number; import the case first."));
                line.caseId = it.value();
                line.caseNumber = number;
            }
            const QString monthText = cell(monthColumn);
            if (const auto month = grants::parseMonth(monthText))
                line.month = *month;
            else
                fail(monthColumn, monthText,
                     monthText.isEmpty() ? tr("The month is missing.")
                                         : tr("Not a month; write it as YYYY-MM (2017-03) or MM-YYYY."));
            const auto yesNo = [&](int col, bool *out) {
                const QString text = cell(col);
                if (const auto value = grants::parseYesNo(text))
                    *out = *value;
                else
                    fail(col, text, tr("Write ja or nej (also yes/no, 1/0, or x for yes and empty for no)."));
            };
            yesNo(receivedColumn, &line.received);
            yesNo(entitledColumn, &line.entitled);
            line.reason = cell(reasonColumn);
            const QString groupText = cell(groupColumn);
            if (const auto group = grants::targetGroupFromText(groupText))
                line.targetGroup = *group;
            else
                fail(groupColumn, groupText, tr("Unknown target group; use grundtilskud or unaccompanied-minor."));
            if (errors.isEmpty()) {
                const QString key = QStringLiteral("%1/%2").arg(line.caseId).arg(line.month);
                if (const int first = seen.value(key); first > 0)
                    fail(monthColumn, monthText,
                         tr("Row %1 already gives this case's line for this month.").arg(first));
                else
                    seen.insert(key, rowNumber);
            }
            if (!errors.isEmpty()) {
                summary.errors << errors;
                ++summary.skipped;
                continue;
            }
            auto upserted = m_db.grants().upsertLine(line, user());
            if (!upserted)
                return upserted.error();
            if (!upserted->changed)
                ++summary.unchanged;
            else if (upserted->before)
                ++summary.updated;
            else
                ++summary.created;
        }
        if (!summary.errors.isEmpty() && !options.skipInvalid)
            return invalidInput(QStringLiteral("errors"));
        if (summary.created + summary.updated > 0) {
            AuditEntry entry{user(),
                             QStringLiteral("grant.import"),
                             QStringLiteral("grant_line"),
                             QStringLiteral("*"),
                             0,
                             {},
                             QJsonObject{{QStringLiteral("created"), summary.created},
                                         {QStringLiteral("updated"), summary.updated},
                                         {QStringLiteral("unchanged"), summary.unchanged},
                                         {QStringLiteral("skipped"), summary.skipped},
                                         {QStringLiteral("file"), file.path()}},
                             {}};
            if (auto audited = m_db.audit().record(entry); !audited)
                return audited;
        }
        if (options.dryRun)
            return invalidInput(QStringLiteral("dry run"));
        return Ok{};
    });
    if (refusal) {
        if (auto flushed = policy.flushRefusals(); !flushed)
            return flushed.error();
        return refusal.value();
    }
    if (!written && written.error().kind != Error::Kind::InvalidInput)
        return written.error();
    summary.applied = written.ok();
    if (summary.applied && summary.created + summary.updated > 0)
        emit linesChanged(0);
    return summary;
}

} // namespace sagstjek
