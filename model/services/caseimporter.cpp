#include "services/caseimporter.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

namespace sagstjek {

namespace {

constexpr int MaxTextLength = 500;

} // namespace

const QStringList &CaseImporter::caseColumns()
{
    static const QStringList columns = {QStringLiteral("case_number"), QStringLiteral("cpr"),
                                        QStringLiteral("name"),        QStringLiteral("area"),
                                        QStringLiteral("subgroup"),    QStringLiteral("caseworker"),
                                        QStringLiteral("team")};
    return columns;
}

CaseImporter::CaseImporter(Database &db, QString user, QList<NamedField> dateFields)
    : m_db(db)
    , m_user(std::move(user))
    , m_dateFields(std::move(dateFields))
{
}

ImportSummary CaseImporter::validate(const QStringList &headers, const QList<QStringList> &rows,
                                     QList<QPair<int, CaseFile>> *cases) const
{
    ImportSummary summary;
    QSet<QString> dateKeys;
    for (const NamedField &field : m_dateFields)
        dateKeys.insert(field.key);

    QHash<QString, int> columnIndex;
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        if (columnIndex.contains(header)) {
            summary.errors << ImportProblem{1, header, header, tr("The column appears twice."), false};
            continue;
        }
        if (!caseColumns().contains(header) && !dateKeys.contains(header))
            summary.errors << ImportProblem{1, header, header,
                                            tr("Unknown column. Use case_number, cpr, name, area, subgroup, caseworker, "
                                               "team or a named date such as takeover."),
                                            false};
        columnIndex.insert(header, i);
    }
    for (const QString &required : {QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area")})
        if (!columnIndex.contains(required))
            summary.errors << ImportProblem{1, required, QString(), tr("The required column is missing."), false};
    if (!summary.errors.isEmpty())
        return summary;

    QHash<QString, int> seenNumbers;
    for (int r = 0; r < rows.size(); ++r) {
        const int rowNumber = r < m_rowNumbers.size() ? int(m_rowNumbers.at(r)) : r + 2;
        const QStringList &row = rows.at(r);
        bool rowOk = true;
        auto fail = [&](const QString &column, const QString &value, const QString &message) {
            summary.errors << ImportProblem{rowNumber, column, value.left(200), message, false};
            rowOk = false;
        };
        auto cell = [&](const QString &column) {
            const int index = columnIndex.value(column, -1);
            return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
        };
        if (row.size() != headers.size())
            fail(QString(), QString(), tr("The row has %1 fields; the header has %2.").arg(row.size()).arg(headers.size()));

        CaseFile c;
        c.caseNumber = cell(QStringLiteral("case_number"));
        c.name = cell(QStringLiteral("name"));
        c.area = cell(QStringLiteral("area"));
        c.subgroup = cell(QStringLiteral("subgroup"));
        c.caseworker = cell(QStringLiteral("caseworker"));
        c.team = cell(QStringLiteral("team"));
        if (c.caseNumber.isEmpty())
            fail(QStringLiteral("case_number"), c.caseNumber, tr("The case number is missing."));
        else if (seenNumbers.contains(c.caseNumber.toLower()))
            fail(QStringLiteral("case_number"), c.caseNumber,
                 tr("The case number is also on row %1.").arg(seenNumbers.value(c.caseNumber.toLower())));
        else
            seenNumbers.insert(c.caseNumber.toLower(), rowNumber);
        if (c.name.isEmpty())
            fail(QStringLiteral("name"), c.name, tr("The name is missing."));
        if (!Areas::isKnown(c.area))
            fail(QStringLiteral("area"), c.area,
                 tr("Unknown area. Use one of: %1.").arg(Areas::keys().join(QStringLiteral(", "))));
        for (const QString &column : caseColumns()) {
            const QString value = cell(column);
            if (value.size() > MaxTextLength)
                fail(column, value, tr("The value is longer than %1 characters.").arg(MaxTextLength));
            if (std::any_of(value.cbegin(), value.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; }))
                fail(column, value, tr("The value contains control characters."));
        }
        const QString cprText = cell(QStringLiteral("cpr"));
        if (!cprText.isEmpty()) {
            const cpr::Check check = cpr::check(cprText);
            if (!check.valid) {
                fail(QStringLiteral("cpr"), cpr::mask(cprText.left(6)), tr("Not a valid CPR number: %1.").arg(check.problem));
            } else {
                c.cpr = check.digits;
                if (!check.modulus11)
                    summary.warnings << ImportProblem{rowNumber, QStringLiteral("cpr"), cpr::mask(c.cpr),
                                                      tr("The CPR number fails the modulus-11 check. Numbers issued "
                                                         "since 2007 may do so; it was accepted."),
                                                      true};
            }
        }
        for (const QString &key : dateKeys) {
            if (!columnIndex.contains(key))
                continue;
            const QString value = cell(key);
            if (value.isEmpty())
                continue;
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid() || value.size() != 10)
                fail(key, value, tr("Not a valid date; write it as YYYY-MM-DD."));
            else
                c.dates.insert(key, date);
        }
        if (rowOk) {
            if (cases)
                cases->append({rowNumber, c});
        } else {
            ++summary.skipped;
        }
    }
    return summary;
}

Result<ImportSummary> CaseImporter::import(const QStringList &headers, const QList<QStringList> &rows, Options options)
{
    QList<QPair<int, CaseFile>> cases;
    ImportSummary summary = validate(headers, rows, &cases);
    const bool headerBroken = std::any_of(summary.errors.cbegin(), summary.errors.cend(),
                                          [](const ImportProblem &p) { return p.row == 1; });
    if (headerBroken || (!summary.errors.isEmpty() && !options.skipInvalid)) {
        summary.skipped = 0;
        return summary;
    }
    auto written = inTransaction(m_db.connection(), [&]() -> Status {
        CaseRepository repository(m_db.connection());
        for (const auto &[rowNumber, c] : cases) {
            auto existing = repository.idForNumber(c.caseNumber);
            if (!existing && existing.error().kind != Error::Kind::NotFound)
                return existing.error();
            if (existing) {
                auto updated = repository.update(existing.value(), c);
                if (!updated)
                    return updated.error();
                updated.value() ? ++summary.updated : ++summary.unchanged;
            } else {
                auto inserted = repository.insert(c);
                if (!inserted)
                    return inserted.error();
                ++summary.created;
            }
        }
        AuditEntry entry{m_user, QStringLiteral("case.import"), QStringLiteral("case"), QStringLiteral("*"), 0, {},
                         {{QStringLiteral("created"), summary.created},
                          {QStringLiteral("updated"), summary.updated},
                          {QStringLiteral("unchanged"), summary.unchanged},
                          {QStringLiteral("skipped"), summary.skipped}},
                         {}};
        if (auto audited = auditlog::record(m_db.connection(), entry); !audited)
            return audited;
        // A dry run does all the work and then rolls it back, so its figures are exactly what would happen.
        if (options.dryRun)
            return invalidInput(QStringLiteral("dry run"));
        return Ok{};
    });
    if (!written && !(options.dryRun && written.error().kind == Error::Kind::InvalidInput))
        return written.error();
    summary.applied = !options.dryRun;
    return summary;
}

} // namespace sagstjek
