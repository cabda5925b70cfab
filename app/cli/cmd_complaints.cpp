// Ankestyrelsen's decisions on complaints and the reversal rate (issue 10): `complaints import|add|list|remove|
// report`.
#include "cli.h"

#include "domain/words.h"
#include "services/complaintservice.h"
#include "services/statistics.h"
#include "services/tablefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

// The figures are written in the report's language (--lang), like the sentences from services/statistics.h.
QString say(const Context &c, const char16_t *da, const char16_t *en)
{
    return QString::fromUtf16(c.language == u"da" ? da : en);
}

QString dateText(const Context &c, const QDate &date)
{
    return words::date(date, c.language);
}

QJsonValue rounded(const std::optional<double> &value, double (*round)(double))
{
    return value ? QJsonValue(round(*value)) : QJsonValue(QJsonValue::Null);
}

// percent rounded half away from zero, low95 down and high95 up (one decimal): the printed interval still holds.
void addRate(QJsonObject &json, const stats::Reversal &r)
{
    const auto bounds = r.interval95();
    json.insert(u"percent"_s, rounded(r.percent(), stats::roundedPercent));
    json.insert(u"low95"_s, rounded(bounds ? std::optional(bounds->low) : std::nullopt, stats::roundedLowerBound));
    json.insert(u"high95"_s, rounded(bounds ? std::optional(bounds->high) : std::nullopt, stats::roundedUpperBound));
}

QJsonObject reportJson(const ComplaintReport &report)
{
    QJsonObject total{{u"decided"_s, report.total.decided()},
                      {u"reversed"_s, report.total.reversed()},
                      {u"rejected"_s, report.total.rejected},
                      {u"referred"_s, report.total.referred}};
    addRate(total, report.total.reversal());
    QJsonArray paragraphs;
    for (const ComplaintFigures &f : report.paragraphs) {
        QJsonObject p{{u"paragraph"_s, f.paragraph}, {u"decided"_s, f.decided()}, {u"upheld"_s, f.upheld},
                      {u"changed"_s, f.changed},     {u"annulled"_s, f.annulled}, {u"remitted"_s, f.remitted},
                      {u"rejected"_s, f.rejected},   {u"referred"_s, f.referred}, {u"reversed"_s, f.reversed()},
                      {u"too_few"_s, f.tooFew()}};
        addRate(p, f.reversal());
        paragraphs.append(p);
    }
    return QJsonObject{
        {u"from"_s,
         report.from.isValid() ? QJsonValue(report.from.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"to"_s, report.to.isValid() ? QJsonValue(report.to.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"total"_s, total},
        {u"by_paragraph"_s, paragraphs}};
}

void printFigures(Context &c, const QString &name, const ComplaintFigures &f)
{
    const QString &lang = c.language;
    c.out << name << ": "
          << say(c,
                 u"%1 afgjort på realiteten (%2 stadfæstet, %3 ændret, %4 ophævet, %5 hjemvist); %6 afvist, %7 "
                 u"henvist",
                 u"%1 decided on the merits (%2 upheld, %3 changed, %4 annulled, %5 remitted); %6 rejected, %7 "
                 u"referred")
                 .arg(stats::countText(f.decided(), lang), stats::countText(f.upheld, lang),
                      stats::countText(f.changed, lang), stats::countText(f.annulled, lang),
                      stats::countText(f.remitted, lang), stats::countText(f.rejected, lang),
                      stats::countText(f.referred, lang))
          << "\n    " << stats::reversalText(f.reversal(), lang) << '\n';
}

int runReport(Context &c)
{
    const QDate from = c.args.date(QStringLiteral("--from"));
    const QDate to = c.args.date(QStringLiteral("--to"));
    auto report = ComplaintService(c.session()).report(from, to);
    if (!report)
        return c.fail(report.error());
    if (c.json) {
        c.printJson(reportJson(report.value()));
        return Success;
    }
    const QString period = from.isValid() || to.isValid()
                               ? QStringLiteral("%1 – %2").arg(from.isValid() ? dateText(c, from) : QString(),
                                                               to.isValid() ? dateText(c, to) : QString())
                               : say(c, u"alle afgørelser", u"all decisions");
    c.out << say(c, u"Omgørelsesprocent i Ankestyrelsen, %1", u"Reversal rate at Ankestyrelsen, %1").arg(period)
          << '\n';
    c.out << say(c, u"Afviste og henviste klager er ikke afgjort på realiteten og tæller ikke med i procenten.",
                 u"Rejected and referred complaints were not decided on the merits and are left out of the rate.")
          << "\n\n";
    for (const ComplaintFigures &f : report->paragraphs)
        printFigures(c, f.paragraph, f);
    if (!report->paragraphs.isEmpty())
        c.out << '\n';
    printFigures(c, say(c, u"I alt", u"Total"), report->total);
    c.out.flush();
    return Success;
}

int runList(Context &c)
{
    ComplaintFilter filter;
    filter.from = c.args.date(QStringLiteral("--from"));
    filter.to = c.args.date(QStringLiteral("--to"));
    filter.paragraphKey = c.args.value(QStringLiteral("--paragraph"));
    auto list = ComplaintService(c.session()).list(filter);
    if (!list)
        return c.fail(list.error());
    QJsonArray array;
    for (const ComplaintDecision &d : list.value()) {
        if (c.json)
            array.append(QJsonObject{
                {u"id"_s, d.id},
                {u"case_number"_s, d.caseNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.caseNumber)},
                {u"case_known"_s, d.caseId > 0},
                {u"paragraph"_s, d.paragraph},
                {u"decided"_s, d.decided.toString(Qt::ISODate)},
                {u"outcome"_s, complaints::outcomeKey(d.outcome)},
                {u"outcome_da"_s, complaints::outcomeDanish(d.outcome)},
                {u"note"_s, d.note}});
        else
            c.out << d.id << '\t' << dateText(c, d.decided) << '\t' << d.paragraph << '\t'
                  << complaints::outcomeText(d.outcome, c.language) << '\t' << d.caseNumber << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

int runAdd(Context &c)
{
    ComplaintInput input;
    input.paragraph = c.args.value(QStringLiteral("--paragraph"));
    input.decided = c.args.date(QStringLiteral("--decided")); // checked: ISO, like every date on the command line
    input.outcome = *complaints::outcomeFromText(c.args.value(QStringLiteral("--outcome"))); // checked
    input.caseNumber = c.args.value(QStringLiteral("--case"));
    input.note = c.args.value(QStringLiteral("--note"));
    auto added = ComplaintService(c.session()).add(input);
    if (!added)
        return c.fail(added.error());
    if (!added->warning.isEmpty())
        c.err << "warning: " << added->warning << Qt::endl;
    if (c.json)
        c.printJson(QJsonObject{
            {u"id"_s, added->id},
            {u"warning"_s, added->warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(added->warning)}});
    else
        c.out << "Registered decision " << added->id << Qt::endl;
    return Success;
}

int runRemove(Context &c)
{
    const qint64 id = c.args.integer(QStringLiteral("ID"));
    if (auto removed = ComplaintService(c.session()).remove(id); !removed)
        return c.fail(removed.error());
    if (c.json)
        c.printJson(QJsonObject{{u"removed"_s, id}});
    else
        c.out << "Removed decision " << id << Qt::endl;
    return Success;
}

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &p : problems)
        array.append(
            QJsonObject{{u"row"_s, p.row}, {u"column"_s, p.column}, {u"value"_s, p.value}, {u"message"_s, p.message}});
    return array;
}

int runImport(Context &c)
{
    const QString path = c.args.value(QStringLiteral("FILE"));
    auto file =
        TableFile::open(path, c.args.value(QStringLiteral("--sheet")), c.args.value(QStringLiteral("--encoding")));
    if (!file)
        return c.fail(file.error());
    const bool dryRun = c.args.has(QStringLiteral("--dry-run"));
    auto summary = ComplaintService(c.session()).importFile(*file.value(), {}, dryRun);
    if (!summary)
        return c.fail(summary.error());
    const ImportSummary &s = summary.value();
    if (c.json)
        c.printJson(QJsonObject{{u"created"_s, s.created},
                                {u"already_registered"_s, s.unchanged},
                                {u"applied"_s, s.applied},
                                {u"errors"_s, problemsJson(s.errors)},
                                {u"warnings"_s, problemsJson(s.warnings)}});
    else
        c.out << "Registered " << s.created << ", already registered " << s.unchanged
              << (dryRun ? " (dry run: nothing was written)" : "") << Qt::endl;
    for (const ImportProblem &p : s.warnings)
        c.err << path << ": warning: row " << p.row << ", column " << p.column << ", value \"" << p.value
              << "\": " << p.message << '\n';
    for (const ImportProblem &p : s.errors)
        c.err << path << ": row " << p.row << ", column " << p.column << ", value \"" << p.value << "\": " << p.message
              << '\n';
    c.err.flush();
    if (!s.errors.isEmpty()) {
        c.err << "Nothing was imported: fix the rows above." << Qt::endl;
        return InvalidInput;
    }
    return Success;
}

bool isOutcome(const QString &text)
{
    return complaints::outcomeFromText(text).has_value();
}

const Registration complaintsCommand{{
    .name = u"complaints"_s,
    .summary = u"Ankestyrelsen's decisions on complaints and the reversal rate (omgørelsesprocent)."_s,
    .subcommands =
        {
            {
                .name = u"import"_s,
                .summary = u"Register decisions from CSV or XLSX: case_number (optional), paragraph, decided, "
                           u"outcome, or Sagsnummer, Paragraf, Afgørelsesdato, Udfald. All or nothing; a decision "
                           u"already registered is not added again."_s,
                .positionals = {positional(u"FILE", u"The CSV or XLSX file.")},
                .options = {option(u"--sheet", u"NAME", u"The XLSX sheet to read; the first without it."),
                            option(u"--encoding", u"NAME",
                                   u"The CSV file's text encoding: utf-8, utf-16le, utf-16be or windows-1252; "
                                   u"detected without it."),
                            flag(u"--dry-run", u"Check and report, but write nothing.")},
                .permission = AccessPolicy::Permission::ManageComplaints,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runImport,
            },
            {
                .name = u"add"_s,
                .summary = u"Register one decision."_s,
                .options = {option(u"--paragraph", u"P", u"The paragraph decided under, e.g. \"SEL § 96\".").required(),
                            dateOption(u"--decided", u"The day Ankestyrelsen decided.").required(),
                            option(u"--outcome", u"O",
                                   u"stadfæstet, ændret, ophævet, hjemvist, afvist or henvist (or upheld, changed, "
                                   u"annulled, remitted, rejected, referred).")
                                .accepting(isOutcome, u"an outcome like hjemvist or remitted"_s)
                                .required(),
                            option(u"--case", u"N", u"The case number, when known."),
                            option(u"--note", u"TEXT", u"A note.")},
                .permission = AccessPolicy::Permission::ManageComplaints,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runAdd,
            },
            {
                .name = u"list"_s,
                .summary = u"The registered decisions, newest first (a caseworker sees those on their own cases)."_s,
                .options = {dateOption(u"--from", u"From this decision date."),
                            dateOption(u"--to", u"Up to and including this decision date."),
                            option(u"--paragraph", u"P", u"Only this paragraph (any spelling: \"sel §96\").")},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runList,
            },
            {
                .name = u"remove"_s,
                .summary = u"Remove a registered decision."_s,
                .positionals = {positional(u"ID", u"The decision's id (complaints list shows it).").integer(1)},
                .permission = AccessPolicy::Permission::ManageComplaints,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runRemove,
            },
            {
                .name = u"report"_s,
                .summary = u"The reversal rate per paragraph and in total, with the exact 95 % interval; rejected "
                           u"and referred decisions are counted beside it."_s,
                .options = {dateOption(u"--from", u"From this decision date."),
                            dateOption(u"--to", u"Up to and including this decision date.")},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runReport,
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
