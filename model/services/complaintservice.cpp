#include "services/complaintservice.h"

#include "io/dateparser.h"
#include "services/accesspolicy.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonObject>

namespace sagstjek {

namespace {

constexpr int MaxParagraphLength = 200;

QJsonObject decisionJson(const ComplaintDecision &d)
{
    QJsonObject json{{QStringLiteral("paragraph"), d.paragraph},
                     {QStringLiteral("decided"), d.decided.toString(Qt::ISODate)},
                     {QStringLiteral("outcome"), complaints::outcomeKey(d.outcome)}};
    if (!d.caseNumber.isEmpty())
        json.insert(QStringLiteral("case_number"), d.caseNumber);
    if (!d.note.isEmpty())
        json.insert(QStringLiteral("note"), d.note);
    return json;
}

ComplaintFigures figuresFrom(const ComplaintCounts &c)
{
    ComplaintFigures f;
    f.paragraph = c.paragraph;
    f.paragraphKey = c.paragraphKey;
    f.upheld = c.upheld;
    f.changed = c.changed;
    f.annulled = c.annulled;
    f.remitted = c.remitted;
    f.rejected = c.rejected;
    f.referred = c.referred;
    return f;
}

} // namespace

ComplaintService::ComplaintService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

QList<ImportTarget> ComplaintService::importTargets()
{
    return {
        {QStringLiteral("case_number"),
         QStringLiteral("Sagsnummer"),
         QStringLiteral("Case number"),
         {QStringLiteral("Sagsnr"), QStringLiteral("Sag"), QStringLiteral("Case")},
         false,
         false},
        {QStringLiteral("paragraph"),
         QStringLiteral("Paragraf"),
         QStringLiteral("Paragraph"),
         {QStringLiteral("§"), QStringLiteral("Bestemmelse"), QStringLiteral("Lovhjemmel"), QStringLiteral("Section")},
         true,
         false},
        {QStringLiteral("decided"),
         QStringLiteral("Afgørelsesdato"),
         QStringLiteral("Decision date"),
         {QStringLiteral("Afgoerelsesdato"), QStringLiteral("Afgorelsesdato"), QStringLiteral("Dato"),
          QStringLiteral("Date"), QStringLiteral("Decided on")},
         true,
         true},
        {QStringLiteral("outcome"),
         QStringLiteral("Udfald"),
         QStringLiteral("Outcome"),
         {QStringLiteral("Resultat"), QStringLiteral("Afgørelse"), QStringLiteral("Result")},
         true,
         false},
    };
}

Result<qint64> ComplaintService::insertChecked(ComplaintDecision decision)
{
    decision.paragraph = complaints::paragraphDisplay(decision.paragraph);
    decision.paragraphKey = complaints::paragraphKey(decision.paragraph);
    auto inserted = m_db.complaints().insert(decision, m_session.userName());
    if (!inserted)
        return inserted.error();
    if (auto audited = m_db.audit().record({m_session.userName(),
                                            QStringLiteral("complaint.add"),
                                            QStringLiteral("complaint"),
                                            QString::number(inserted.value()),
                                            decision.caseId,
                                            {},
                                            decisionJson(decision),
                                            {}});
        !audited)
        return audited.error();
    return inserted.value();
}

Result<AddedComplaint> ComplaintService::add(const ComplaintInput &input)
{
    if (auto allowed = m_session.policy().require(Permission::ManageComplaints); !allowed)
        return allowed.error();
    ComplaintDecision decision;
    decision.paragraph = complaints::paragraphDisplay(input.paragraph);
    decision.paragraphKey = complaints::paragraphKey(decision.paragraph);
    decision.decided = input.decided;
    decision.outcome = input.outcome;
    decision.note = input.note.trimmed();
    decision.caseNumber = input.caseNumber.trimmed();
    if (decision.paragraphKey.isEmpty())
        return invalidInput(tr("A decision needs the paragraph it was made under, e.g. SEL § 96."));
    if (decision.paragraph.size() > MaxParagraphLength)
        return invalidInput(tr("The paragraph is longer than %1 characters.").arg(MaxParagraphLength));
    if (!decision.decided.isValid())
        return invalidInput(tr("A decision needs the date Ankestyrelsen decided it."));
    if (decision.decided > m_session.today())
        return invalidInput(tr("The decision date %1 is in the future.").arg(decision.decided.toString(Qt::ISODate)));

    AddedComplaint added;
    auto status = m_db.transaction([&]() -> Status {
        if (!decision.caseNumber.isEmpty()) {
            auto id = m_db.cases().idForNumber(decision.caseNumber);
            if (!id && id.error().kind != Error::Kind::NotFound)
                return id.error();
            if (id) {
                decision.caseId = id.value();
                if (auto number = m_db.cases().caseNumber(id.value()); number)
                    decision.caseNumber = number.value();
            } else {
                added.warning = tr("There is no case %1 in the database; the decision is kept with the number as "
                                   "text and still counts.")
                                    .arg(decision.caseNumber);
            }
            auto same = m_db.complaints().countSame(decision.caseNumber, decision.paragraphKey, decision.decided,
                                                    decision.outcome);
            if (!same)
                return same.error();
            if (same.value() > 0)
                return invalidInput(tr("This decision is already registered: case %1, %2, %3, %4.")
                                        .arg(decision.caseNumber, decision.paragraph,
                                             decision.decided.toString(Qt::ISODate),
                                             complaints::outcomeKey(decision.outcome)));
        }
        auto inserted = insertChecked(decision);
        if (!inserted)
            return inserted.error();
        added.id = inserted.value();
        return Ok{};
    });
    if (!status)
        return status.error();
    emit changed();
    return added;
}

Status ComplaintService::remove(qint64 id)
{
    if (auto allowed = m_session.policy().require(Permission::ManageComplaints); !allowed)
        return allowed;
    auto status = m_db.transaction([&]() -> Status {
        auto before = m_db.complaints().decision(id);
        if (!before)
            return before.error();
        if (auto removed = m_db.complaints().remove(id); !removed)
            return removed;
        return m_db.audit().record({m_session.userName(),
                                    QStringLiteral("complaint.remove"),
                                    QStringLiteral("complaint"),
                                    QString::number(id),
                                    before->caseId,
                                    decisionJson(before.value()),
                                    {},
                                    {}});
    });
    if (status)
        emit changed();
    return status;
}

Result<QList<ComplaintDecision>> ComplaintService::list(ComplaintFilter filter)
{
    AccessPolicy &policy = m_session.policy();
    if (const QString own = policy.ownCasesScope(); !own.isEmpty())
        filter.caseworker = own; // a caseworker: the decisions on their own cases
    filter.paragraphKey = complaints::paragraphKey(filter.paragraphKey);
    auto list = m_db.complaints().list(filter);
    if (!list)
        return list.error();
    if (!policy.may(Permission::ReadCaseData))
        for (ComplaintDecision &d : list.value()) { // administrators read no case data
            d.caseId = 0;
            d.caseNumber.clear();
            d.caseworker.clear();
        }
    return list;
}

Result<QStringList> ComplaintService::paragraphs()
{
    return m_db.complaints().paragraphs();
}

Result<ComplaintReport> ComplaintService::report(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from > to)
        return invalidInput(
            tr("The period starts (%1) after it ends (%2).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto counts = m_db.complaints().counts(from, to);
    if (!counts)
        return counts.error();
    ComplaintReport report;
    report.from = from;
    report.to = to;
    ComplaintFigures &total = report.total;
    for (const ComplaintCounts &c : counts.value()) {
        const ComplaintFigures f = figuresFrom(c);
        total.upheld += f.upheld;
        total.changed += f.changed;
        total.annulled += f.annulled;
        total.remitted += f.remitted;
        total.rejected += f.rejected;
        total.referred += f.referred;
        report.paragraphs << f;
    }
    return report;
}

Result<ImportSummary> ComplaintService::importFile(TableFile &file, const ImportMapping &mapping, bool dryRun)
{
    if (auto allowed = m_session.policy().require(Permission::ManageComplaints); !allowed)
        return allowed.error();
    ImportSummary summary;
    const QStringList headers = file.headers();
    const QList<ImportTarget> targetList = importTargets();
    const QStringList targets = importmapping::resolve(headers, targetList, mapping);
    for (const ImportTarget &t : targetList)
        if (t.required && !targets.contains(t.key))
            summary.errors << ImportProblem{
                1, t.key, QString(), tr("The required column \"%1\" (%2) is missing.").arg(t.key, t.labelDa), false};
    if (!summary.errors.isEmpty())
        return summary;
    const auto column = [&](const QString &key) { return int(targets.indexOf(key)); };
    const int numberColumn = column(QStringLiteral("case_number"));
    const int paragraphColumn = column(QStringLiteral("paragraph"));
    const int dateColumn = column(QStringLiteral("decided"));
    const int outcomeColumn = column(QStringLiteral("outcome"));

    // Read everything first (Ankestyrelsen's lists are small) to decide the date order of the column.
    QList<std::pair<QStringList, int>> rows;
    QStringList row;
    while (file.reader().readRow(row))
        rows << std::pair{row, int(file.reader().rowNumber())};
    if (file.reader().hasError())
        return invalidInput(tr("%1. Nothing was imported.").arg(file.reader().error().toString()));
    summary.rowsRead = rows.size();
    io::DateOrder dateOrder = mapping.dateOrder;
    if (dateOrder == io::DateOrder::Ambiguous) {
        QStringList values;
        for (const auto &r : std::as_const(rows))
            values << r.first.value(dateColumn);
        dateOrder = io::detectDateOrder(values).order;
    }

    // Check every row before anything is written.
    QList<std::pair<ComplaintDecision, int>> decisions;
    for (const auto &numberedRow : std::as_const(rows)) {
        const auto &values = numberedRow.first;
        const int rowNumber = numberedRow.second;
        const auto cell = [&](int col) { return col >= 0 ? values.value(col).trimmed() : QString(); };
        if (std::all_of(values.cbegin(), values.cend(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            continue; // a blank line
        const int before = int(summary.errors.size());
        const auto fail = [&](int col, const QString &value, const QString &message) {
            summary.errors << ImportProblem{rowNumber, col >= 0 ? headers.at(col) : QString(), value.left(200), message,
                                            false};
        };
        ComplaintDecision d;
        d.caseNumber = cell(numberColumn);
        d.paragraph = complaints::paragraphDisplay(cell(paragraphColumn));
        d.paragraphKey = complaints::paragraphKey(d.paragraph);
        if (d.paragraphKey.isEmpty())
            fail(paragraphColumn, d.paragraph, tr("The paragraph is missing."));
        else if (d.paragraph.size() > MaxParagraphLength)
            fail(paragraphColumn, d.paragraph,
                 tr("The paragraph is longer than %1 characters.").arg(MaxParagraphLength));
        const QString dateText = cell(dateColumn);
        if (dateText.isEmpty()) {
            fail(dateColumn, dateText, tr("The date is missing."));
        } else {
            io::DateParseOptions o;
            o.order = dateOrder == io::DateOrder::Ambiguous ? io::DateOrder::DayMonthYear : dateOrder;
            const io::DateParseResult parsed = io::parseDate(dateText, o);
            if (!parsed.ok())
                fail(dateColumn, dateText, tr("Not a valid date (%1).").arg(parsed.error));
            else if (dateOrder == io::DateOrder::Ambiguous && parsed.ambiguous)
                fail(dateColumn, dateText,
                     tr("The date could be day-month or month-day; choose the order in the mapping."));
            else if (parsed.date > m_session.today())
                fail(dateColumn, dateText, tr("The decision date is in the future."));
            else
                d.decided = parsed.date;
        }
        const QString outcomeText = cell(outcomeColumn);
        if (const auto outcome = complaints::outcomeFromText(outcomeText))
            d.outcome = *outcome;
        else
            fail(outcomeColumn, outcomeText,
                 outcomeText.isEmpty()
                     ? tr("The outcome is missing.")
                     : tr("Unknown outcome. Use stadfæstet, ændret, ophævet, hjemvist, afvist or henvist."));
        if (summary.errors.size() > before) {
            ++summary.skipped;
            continue;
        }
        decisions << std::pair{d, rowNumber};
    }
    if (!summary.errors.isEmpty())
        return summary; // nothing applied from a failing file

    auto written = m_db.transaction([&]() -> Status {
        CaseRepository &cases = m_db.cases();
        ComplaintRepository &repository = m_db.complaints();
        QHash<QString, int> firstRowOf;  // natural key with a case number → the row it first appeared in
        QHash<QString, int> seenWithout; // (paragraph, date, outcome) without a case number → rows so far
        QHash<QString, int> registered;  // the same → already in the register
        for (auto &[d, rowNumber] : decisions) {
            const QString sameKey =
                QStringList{d.paragraphKey, d.decided.toString(Qt::ISODate), complaints::outcomeKey(d.outcome)}.join(
                    u'\x1f');
            if (!d.caseNumber.isEmpty()) {
                auto id = cases.idForNumber(d.caseNumber);
                if (!id && id.error().kind != Error::Kind::NotFound)
                    return id.error();
                if (id) {
                    d.caseId = id.value();
                    if (auto number = cases.caseNumber(id.value()); number)
                        d.caseNumber = number.value();
                } else {
                    summary.warnings << ImportProblem{
                        rowNumber, numberColumn >= 0 ? headers.at(numberColumn) : QString(), d.caseNumber,
                        tr("There is no case with this number in the database; the decision is kept with the "
                           "number as text and still counts."),
                        true};
                }
                const QString naturalKey = d.caseNumber.toCaseFolded() + u'\x1f' + sameKey;
                if (const auto first = firstRowOf.constFind(naturalKey); first != firstRowOf.cend()) {
                    summary.warnings << ImportProblem{
                        rowNumber, numberColumn >= 0 ? headers.at(numberColumn) : QString(), d.caseNumber,
                        tr("The same decision as row %1; counted once.").arg(*first), true};
                    ++summary.unchanged;
                    continue;
                }
                firstRowOf.insert(naturalKey, rowNumber);
                auto same = repository.countSame(d.caseNumber, d.paragraphKey, d.decided, d.outcome);
                if (!same)
                    return same.error();
                if (same.value() > 0) {
                    ++summary.unchanged; // already registered
                    continue;
                }
            } else {
                if (!registered.contains(sameKey)) {
                    auto same = repository.countSame(QString(), d.paragraphKey, d.decided, d.outcome);
                    if (!same)
                        return same.error();
                    registered.insert(sameKey, same.value());
                }
                if (++seenWithout[sameKey] <= registered.value(sameKey)) {
                    ++summary.unchanged; // matched with one already registered
                    continue;
                }
            }
            auto inserted = insertChecked(d);
            if (!inserted)
                return inserted.error();
            ++summary.created;
        }
        if (auto audited = m_db.audit().record({m_session.userName(),
                                                QStringLiteral("complaint.import"),
                                                QStringLiteral("complaint"),
                                                QStringLiteral("*"),
                                                0,
                                                {},
                                                QJsonObject{{QStringLiteral("created"), summary.created},
                                                            {QStringLiteral("already_registered"), summary.unchanged},
                                                            {QStringLiteral("file"), file.path()}},
                                                {}});
            !audited)
            return audited;
        if (dryRun)
            return invalidInput(QStringLiteral("dry run"));
        return Ok{};
    });
    if (!written && written.error().kind != Error::Kind::InvalidInput)
        return written.error();
    summary.applied = written.ok();
    if (summary.applied && summary.created > 0)
        emit changed();
    return summary;
}

} // namespace sagstjek
