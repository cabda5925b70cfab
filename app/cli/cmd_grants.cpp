// Grants to correct at the year's accounts (berigtigelse af grundtilskud) from the command line (issue 10):
// `grants import FILE`, `grants rates [set YEAR RATE_KR]`, `grants report [--round R] [--year Y] [--case N]`.
#include "cli.h"

#include "domain/money.h"
#include "services/accesspolicy.h"
#include "services/grantservice.h"
#include "services/importmapping.h"
#include "services/roundservice.h"
#include "services/tablefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

// Human output is written in the report's language (--lang), amounts the Danish way in Danish.
QString say(const Context &c, const char16_t *da, const char16_t *en)
{
    return QString::fromUtf16(c.language == u"da" ? da : en);
}

QString amount(const Context &c, qint64 ore)
{
    return money::format(ore, c.language);
}

QJsonObject sumJson(const GrantSum &s)
{
    return {{u"months"_s, s.months},
            {u"repay_months"_s, s.repayMonths},
            {u"claim_months"_s, s.claimMonths},
            {u"difference_ore"_s, s.differenceOre()},
            {u"difference_kr"_s, money::kronerForJson(s.differenceOre())},
            {u"repay_ore"_s, s.repayOre},
            {u"repay_kr"_s, money::kronerForJson(s.repayOre)},
            {u"claim_ore"_s, s.claimOre},
            {u"claim_kr"_s, money::kronerForJson(s.claimOre)},
            {u"months_without_rate"_s, s.unpricedMonths}};
}

int runImport(Context &c)
{
    ImportMapping mapping;
    if (c.args.has(u"--mapping"_s)) {
        auto loaded = importmapping::loadFile(c.args.value(u"--mapping"_s));
        if (!loaded)
            return c.fail(loaded.error());
        mapping = loaded.value();
    }
    const QString path = c.args.value(u"FILE"_s);
    auto file = TableFile::open(path, c.args.value(u"--sheet"_s, mapping.sheet),
                                c.args.value(u"--encoding"_s, mapping.encoding));
    if (!file)
        return c.fail(file.error());
    GrantService::ImportOptions options;
    options.dryRun = c.args.has(u"--dry-run"_s);
    options.skipInvalid = c.args.has(u"--skip-invalid"_s);
    auto result = GrantService(c.session()).importFile(*file.value(), mapping, options);
    if (!result)
        return c.fail(result.error());
    const ImportSummary &s = result.value();
    if (c.json) {
        QJsonArray errors;
        for (const ImportProblem &p : s.errors)
            errors.append(QJsonObject{
                {u"row"_s, p.row}, {u"column"_s, p.column}, {u"value"_s, p.value}, {u"message"_s, p.message}});
        c.printJson(QJsonObject{{u"created"_s, s.created},
                                {u"updated"_s, s.updated},
                                {u"unchanged"_s, s.unchanged},
                                {u"skipped"_s, s.skipped},
                                {u"applied"_s, s.applied},
                                {u"errors"_s, errors}});
    } else {
        c.out << say(c, u"Oprettet %1, ændret %2, uændret %3, sprunget over %4",
                     u"Created %1, updated %2, unchanged %3, skipped %4")
                     .arg(s.created)
                     .arg(s.updated)
                     .arg(s.unchanged)
                     .arg(s.skipped)
              << (options.dryRun ? say(c, u" (prøvekørsel: intet er skrevet)", u" (dry run: nothing was written)")
                                 : QString())
              << Qt::endl;
    }
    for (const ImportProblem &p : s.errors)
        c.err << path << ": row " << p.row << ", column " << p.column << ", value \"" << p.value << "\": " << p.message
              << '\n';
    c.err.flush();
    if (!s.errors.isEmpty() && !s.applied && !options.dryRun) {
        c.err << "Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows."
              << Qt::endl;
        return InvalidInput;
    }
    if (!s.errors.isEmpty() && options.dryRun && !options.skipInvalid)
        return InvalidInput;
    return Success;
}

int runRates(Context &c)
{
    GrantService service(c.session());
    if (c.args.has(u"ACTION"_s)) {
        if (!c.args.has(u"YEAR"_s) || !c.args.has(u"RATE_KR"_s))
            return c.usageError(u"grants rates set needs the YEAR and the monthly RATE_KR."_s);
        auto ore = money::parseKroner(c.args.value(u"RATE_KR"_s));
        if (!ore)
            return c.fail(ore.error());
        const int year = int(c.args.integer(u"YEAR"_s));
        const QString group = c.args.value(u"--group"_s, grants::Basic);
        if (auto set = service.setRate(year, ore.value(), group, c.args.value(u"--source"_s)); !set)
            return c.fail(set.error());
        if (c.json)
            c.printJson(QJsonObject{{u"target_group"_s, group},
                                    {u"year"_s, year},
                                    {u"rate_ore"_s, ore.value()},
                                    {u"rate_kr"_s, money::kronerForJson(ore.value())}});
        else
            c.out << say(c, u"Sats for %1 %2: %3 om måneden", u"Rate for %1 %2: %3 a month")
                         .arg(grants::targetGroupLabel(group, c.language))
                         .arg(year)
                         .arg(amount(c, ore.value()))
                  << Qt::endl;
        return Success;
    }
    if (c.args.has(u"YEAR"_s))
        return c.usageError(u"Write grants rates set YEAR RATE_KR to set a rate."_s);
    auto rates = service.rates();
    if (!rates)
        return c.fail(rates.error());
    QJsonArray array;
    for (const GrantRate &r : rates.value()) {
        if (c.json)
            array.append(QJsonObject{{u"target_group"_s, r.targetGroup},
                                     {u"year"_s, r.year},
                                     {u"rate_ore"_s, r.rateOre},
                                     {u"rate_kr"_s, money::kronerForJson(r.rateOre)},
                                     {u"source"_s, r.source},
                                     {u"updated_by"_s, r.updatedBy},
                                     {u"updated_at"_s, r.updatedAt}});
        else
            c.out << r.targetGroup << '\t' << r.year << '\t' << amount(c, r.rateOre) << '\t' << r.source << '\n';
    }
    if (c.json)
        c.printJson(array);
    c.out.flush();
    return Success;
}

void printSum(Context &c, const GrantSum &s)
{
    c.out << say(c, u"%1 at tilbagebetale (%2 md.), %3 til gode (%4 md.), netto %5",
                 u"%1 to repay (%2 months), %3 to claim (%4 months), net %5")
                 .arg(amount(c, s.repayOre))
                 .arg(s.repayMonths)
                 .arg(amount(c, -s.claimOre))
                 .arg(s.claimMonths)
                 .arg(amount(c, s.differenceOre()));
    if (s.unpricedMonths > 0)
        c.out << say(c, u"; %1 md. uden sats er ikke regnet med", u"; %1 months without a rate are not counted")
                     .arg(s.unpricedMonths);
    c.out << '\n';
}

int runReport(Context &c)
{
    GrantReportFilter filter;
    if (c.args.has(u"--round"_s)) {
        auto round = RoundService(c.session()).find(c.args.value(u"--round"_s));
        if (!round)
            return c.fail(round.error());
        filter.roundId = round->id;
    }
    filter.year = int(c.args.integer(u"--year"_s, 0));
    filter.caseNumber = c.args.value(u"--case"_s);
    auto result = GrantService(c.session()).report(filter);
    if (!result)
        return c.fail(result.error());
    const GrantReport &r = result.value();
    if (c.json) {
        QJsonArray cases;
        for (const GrantCaseSum &cs : r.cases) {
            QJsonObject o = sumJson(cs.sum);
            o.insert(u"case_number"_s, cs.caseNumber);
            cases.append(o);
        }
        QJsonArray years;
        for (const GrantYearSum &y : r.years) {
            QJsonObject o = sumJson(y.sum);
            o.insert(u"year"_s, y.year);
            years.append(o);
        }
        QJsonArray unpriced;
        for (const GrantUnpriced &u : r.unpriced)
            unpriced.append(
                QJsonObject{{u"month"_s, u.month}, {u"target_group"_s, u.targetGroup}, {u"cases"_s, u.lines}});
        QJsonObject o{
            {u"round"_s, r.filter.roundId ? QJsonValue(r.roundName) : QJsonValue(QJsonValue::Null)},
            {u"year"_s, r.filter.year ? QJsonValue(r.filter.year) : QJsonValue(QJsonValue::Null)},
            {u"total_difference_ore"_s, r.total.differenceOre()},
            {u"total_difference_kr"_s, money::kronerForJson(r.total.differenceOre())},
            {u"repay_ore"_s, r.total.repayOre},
            {u"repay_kr"_s, money::kronerForJson(r.total.repayOre)},
            {u"claim_ore"_s, r.total.claimOre},
            {u"claim_kr"_s, money::kronerForJson(r.total.claimOre)},
            {u"months"_s, r.total.months},
            {u"repay_months"_s, r.total.repayMonths},
            {u"claim_months"_s, r.total.claimMonths},
            {u"cases"_s, cases},
            {u"cases_limited"_s, r.casesLimited},
            {u"by_year"_s, years},
            {u"months_without_rate"_s, unpriced},
        };
        if (!r.filter.caseNumber.isEmpty())
            o.insert(u"case"_s, r.filter.caseNumber);
        c.printJson(o);
        return Success;
    }
    c.out << say(c, u"Tilskud at berigtige", u"Grants to correct");
    QStringList scope;
    if (r.filter.roundId)
        scope << say(c, u"runde \"%1\"", u"round \"%1\"").arg(r.roundName);
    if (r.filter.year)
        scope << say(c, u"år %1", u"year %1").arg(r.filter.year);
    if (!r.filter.caseNumber.isEmpty())
        scope << say(c, u"sag %1", u"case %1").arg(r.filter.caseNumber);
    if (!scope.isEmpty())
        c.out << " (" << scope.join(u", "_s) << ')';
    c.out << "\n" << say(c, u"I alt: ", u"Total: ");
    printSum(c, r.total);
    if (!r.years.isEmpty())
        c.out << '\n' << say(c, u"Pr. år:", u"Per year:") << '\n';
    for (const GrantYearSum &y : r.years) {
        c.out << "  " << y.year << ": ";
        printSum(c, y.sum);
    }
    if (!r.cases.isEmpty())
        c.out << '\n'
              << (r.casesLimited ? say(c, u"Dine sager:", u"Your cases:") : say(c, u"Pr. sag:", u"Per case:")) << '\n';
    for (const GrantCaseSum &cs : r.cases)
        c.out << "  " << cs.caseNumber << ": "
              << say(c, u"%1 md., %2", u"%1 months, %2").arg(cs.sum.months).arg(amount(c, cs.sum.differenceOre()))
              << '\n';
    if (!r.unpriced.isEmpty()) {
        c.out << '\n'
              << say(c, u"Måneder uden sats (ikke regnet med; sæt satsen med grants rates set ÅR BELØB):",
                     u"Months without a rate (not counted; set it with grants rates set YEAR RATE_KR):")
              << '\n';
        for (const GrantUnpriced &u : r.unpriced)
            c.out << "  " << u.month << ' ' << grants::targetGroupLabel(u.targetGroup, c.language) << ": "
                  << (u.lines == 1 ? say(c, u"1 sag", u"1 case") : say(c, u"%1 sager", u"%1 cases").arg(u.lines))
                  << '\n';
    }
    c.out.flush();
    return Success;
}

const Registration grantsCommand{{
    .name = u"grants"_s,
    .summary = u"Grants to repay or claim (berigtigelse af grundtilskud): lines per case and month, rates, report."_s,
    .subcommands =
        {
            {
                .name = u"import"_s,
                .summary = u"Import grant lines: case_number, month (YYYY-MM), received, entitled, reason, "
                           u"target_group (or Sagsnummer, Måned, Modtaget, Berettiget, Årsag, Målgruppe); all or "
                           u"nothing unless --skip-invalid."_s,
                .positionals = {positional(u"FILE", u"The CSV or XLSX file to import.")},
                .options = {option(u"--mapping", u"FILE",
                                   u"A saved column mapping; headers map automatically "
                                   u"without it."),
                            option(u"--sheet", u"NAME", u"The XLSX sheet to read; the first without it."),
                            option(u"--encoding", u"NAME",
                                   u"The CSV file's text encoding: utf-8, utf-16le, utf-16be or windows-1252."),
                            flag(u"--skip-invalid", u"Import the valid rows and skip the others."),
                            flag(u"--dry-run", u"Check and report, but write nothing.")},
                .permission = AccessPolicy::Permission::ManageGrants,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runImport,
            },
            {
                .name = u"rates"_s,
                .summary = u"The monthly rates per target group and year; \"rates set YEAR RATE_KR\" sets one."_s,
                .positionals = {positional(u"ACTION", u"set, to set a rate.").choice({u"set"_s}).optional(),
                                positional(u"YEAR", u"The year the rate applies to.").integer(1999, 2100).optional(),
                                positional(u"RATE_KR", u"The monthly rate in kroner, the Danish way: 3960, 3.960 or "
                                                       u"3127,50.")
                                    .optional()},
                .options = {option(u"--group", u"GROUP", u"The target group; grundtilskud without it.")
                                .choice({grants::Basic, grants::UnaccompaniedMinor}),
                            option(u"--source", u"TEXT", u"Where the rate comes from (a law, a circular).")},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runRates,
            },
            {
                .name = u"report"_s,
                .summary = u"The differences to correct per case, per year and in total; months without a rate "
                           u"are named, never priced at 0."_s,
                .options = {option(u"--round", u"NAME", u"Only the round's cases."),
                            option(u"--year", u"YEAR", u"Only the months of this year.").integer(1999, 2100),
                            option(u"--case", u"NUMBER", u"Only this case.")},
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runReport,
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
