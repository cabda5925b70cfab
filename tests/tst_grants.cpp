// Grants to repay (berigtigelse af grundtilskud, issue 10): grant lines per case and month, the dated rate table,
// the differences summed in SQL per case, per year and in total (months without a rate named, never priced at 0),
// who sees which cases, the import (CSV and XLSX, Danish headers, all or nothing, idempotent) and
// `sagstjek-cli grants` end to end. The letter's figure: 71 months × 3,960 kr. = 281.160 kr.
#include "domain/money.h"
#include "io/xlsxtablewriter.h"
#include "services/grantservice.h"
#include "services/reportservice.h"
#include "services/roundservice.h"
#include "services/tablefile.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

namespace {

const QString Mette = QStringLiteral("Mette Sørensen");
const QString Ali = QStringLiteral("Ali Hassan");

CaseFile makeCase(const QString &number, const QString &caseworker)
{
    CaseFile c;
    c.caseNumber = number;
    c.name = QStringLiteral("Borger ") + number;
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = caseworker;
    c.team = QStringLiteral("Team Nord");
    c.dates.insert(QStringLiteral("takeover"), QDate(2017, 1, 1));
    return c;
}

// Users of every role, and cases G-1 … G-3 (Mette Sørensen's G-1, Ali Hassan's the others).
void prepare(Database &db)
{
    testsupport::addUser(db, QStringLiteral("admin"), Role::Administrator);
    testsupport::addUser(db, QStringLiteral("mette"), Role::Caseworker, Mette);
    testsupport::addUser(db, QStringLiteral("kon"), Role::Consultant);
    testsupport::addUser(db, QStringLiteral("koord"), Role::Coordinator);
    testsupport::addUser(db, QStringLiteral("leder"), Role::Leader);
    QVERIFY(addCases(db, {makeCase(QStringLiteral("G-1"), Mette), makeCase(QStringLiteral("G-2"), Ali),
                          makeCase(QStringLiteral("G-3"), Ali)})
                .ok());
}

// "G-1 2017-11 1 0 [um]": case, month, received, entitled, and the unaccompanied-minor grant when marked.
GrantLine lineFrom(const QString &spec)
{
    const QStringList p = spec.split(u' ');
    GrantLine line;
    line.month = p.at(1);
    line.received = p.at(2) == u"1";
    line.entitled = p.at(3) == u"1";
    line.targetGroup = p.size() > 4 && p.at(4) == u"um" ? grants::UnaccompaniedMinor : grants::Basic;
    return line;
}

// Every month from `from` to `to` (YYYY-MM), inclusive.
QStringList months(const QString &from, const QString &to)
{
    QStringList list;
    QDate d = QDate::fromString(from + QStringLiteral("-01"), Qt::ISODate);
    const QDate end = QDate::fromString(to + QStringLiteral("-01"), Qt::ISODate);
    for (; d <= end; d = d.addMonths(1))
        list << d.toString(QStringLiteral("yyyy-MM"));
    return list;
}

qint64 count(Database &db, const QString &statement)
{
    return sql::scalar(sqlOf(db), statement).value().toLongLong();
}

} // namespace

class TestGrants : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Only the rates REFERENCE.md confirms ship with a new database.
    void shippedRates()
    {
        auto db = testsupport::memoryDatabase();
        auto me = testsupport::actor(*db);
        auto rates = GrantService(*me.session).rates();
        QVERIFY(rates.ok());
        QStringList seen;
        for (const GrantRate &r : rates.value())
            seen << QStringLiteral("%1 %2 %3").arg(r.targetGroup).arg(r.year).arg(money::formatDanish(r.rateOre));
        QCOMPARE(seen, (QStringList{QStringLiteral("grundtilskud 2017 3.960 kr."),
                                    QStringLiteral("grundtilskud 2018 3.960 kr."),
                                    QStringLiteral("grundtilskud 2024 3.127 kr."),
                                    QStringLiteral("unaccompanied-minor 2024 10.397 kr.")}));
    }

    // The test: differences across a year boundary with two rates; øre never lost to floating point.
    void differences_data()
    {
        QTest::addColumn<QStringList>("rates"); // "2023 3.120,10 [um]": set before the lines
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("byYear"); // "year months difference_ore"
        QTest::addColumn<qint64>("repay");
        QTest::addColumn<qint64>("claim");
        QTest::addColumn<QString>("danish");

        QTest::newRow("2017 into 2018 at the confirmed 3,960 kr.")
            << QStringList{}
            << QStringList{QStringLiteral("G-1 2017-11 1 0"), QStringLiteral("G-1 2017-12 1 0"),
                           QStringLiteral("G-1 2018-01 1 0"), QStringLiteral("G-1 2018-02 1 0")}
            << QStringList{QStringLiteral("2017 2 792000"), QStringLiteral("2018 2 792000")} << qint64(1'584'000)
            << qint64(0) << QStringLiteral("15.840 kr.");
        QTest::newRow("2023 into 2024: two rates, each month at its year's")
            << QStringList{QStringLiteral("2023 3.120,10")}
            << QStringList{QStringLiteral("G-1 2023-11 1 0"), QStringLiteral("G-1 2023-12 1 0"),
                           QStringLiteral("G-2 2024-01 1 0"), QStringLiteral("G-2 2024-02 1 0")}
            << QStringList{QStringLiteral("2023 2 624020"), QStringLiteral("2024 2 625400")} << qint64(1'249'420)
            << qint64(0) << QStringLiteral("12.494,20 kr.");
        QTest::newRow("to repay and to claim across the boundary, netted to the øre")
            << QStringList{QStringLiteral("2023 3.120,10")}
            << QStringList{QStringLiteral("G-1 2023-12 1 0"), QStringLiteral("G-2 2024-01 0 1")}
            << QStringList{QStringLiteral("2023 1 312010"), QStringLiteral("2024 1 -312700")} << qint64(312'010)
            << qint64(-312'700) << QStringLiteral("-6,90 kr.");
        QTest::newRow("ten øre times ten months: 1,234.10 kr. is not a binary fraction here")
            << QStringList{QStringLiteral("2022 1.234,10"), QStringLiteral("2023 0,10")}
            << QStringList{QStringLiteral("G-1 2022-03 1 0"), QStringLiteral("G-1 2022-04 1 0"),
                           QStringLiteral("G-1 2022-05 1 0"), QStringLiteral("G-1 2022-06 1 0"),
                           QStringLiteral("G-1 2022-07 1 0"), QStringLiteral("G-1 2022-08 1 0"),
                           QStringLiteral("G-1 2022-09 1 0"), QStringLiteral("G-1 2022-10 1 0"),
                           QStringLiteral("G-1 2022-11 1 0"), QStringLiteral("G-1 2022-12 1 0"),
                           QStringLiteral("G-1 2023-01 1 0"), QStringLiteral("G-2 2023-01 1 0"),
                           QStringLiteral("G-3 2023-01 1 0")}
            << QStringList{QStringLiteral("2022 10 1234100"), QStringLiteral("2023 3 30")} << qint64(1'234'130)
            << qint64(0) << QStringLiteral("12.341,30 kr.");
        QTest::newRow("an unaccompanied minor's month at that group's rate")
            << QStringList{} << QStringList{QStringLiteral("G-1 2024-05 1 0 um"), QStringLiteral("G-2 2024-05 1 0")}
            << QStringList{QStringLiteral("2024 2 1352400")} << qint64(1'352'400) << qint64(0)
            << QStringLiteral("13.524 kr.");
        QTest::newRow("received and entitled, or neither: no difference")
            << QStringList{} << QStringList{QStringLiteral("G-1 2024-01 1 1"), QStringLiteral("G-2 2024-02 0 0")}
            << QStringList{} << qint64(0) << qint64(0) << QStringLiteral("0 kr.");
    }
    void differences()
    {
        QFETCH(QStringList, rates);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, byYear);
        QFETCH(qint64, repay);
        QFETCH(qint64, claim);
        QFETCH(QString, danish);
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        for (const QString &rate : rates) {
            const QStringList p = rate.split(u' ');
            auto ore = money::parseKroner(p.at(1));
            QVERIFY(ore.ok());
            QVERIFY(service.setRate(p.at(0).toInt(), ore.value()).ok());
        }
        for (const QString &spec : lines) {
            auto set = service.setLine(spec.section(u' ', 0, 0), lineFrom(spec));
            QVERIFY2(set.ok(), qPrintable(set.error().message));
        }
        auto report = service.report({});
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QStringList years;
        for (const GrantYearSum &y : report->years)
            years << QStringLiteral("%1 %2 %3").arg(y.year).arg(y.sum.months).arg(y.sum.differenceOre());
        QCOMPARE(years, byYear);
        QCOMPARE(report->total.repayOre, repay);
        QCOMPARE(report->total.claimOre, claim);
        QCOMPARE(report->total.differenceOre(), repay + claim);
        QCOMPARE(money::formatDanish(report->total.differenceOre()), danish);
        QCOMPARE(report->total.unpricedMonths, 0);
        QVERIFY(report->unpriced.isEmpty());
        // The cases add up to the total, and the years do.
        qint64 casesSum = 0;
        for (const GrantCaseSum &c : report->cases)
            casesSum += c.sum.differenceOre();
        QCOMPARE(casesSum, report->total.differenceOre());
    }

    // Solrød 2019: "the municipality received 281,160 kr. too much in grundtilskud" = 71 months × 3,960 kr.
    void solrod71MonthsAt3960()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        const QList<std::pair<QString, QStringList>> plan = {
            {QStringLiteral("G-1"), months(QStringLiteral("2017-01"), QStringLiteral("2018-12"))},
            {QStringLiteral("G-2"), months(QStringLiteral("2017-01"), QStringLiteral("2018-12"))},
            {QStringLiteral("G-3"), months(QStringLiteral("2017-01"), QStringLiteral("2018-11"))}};
        for (const auto &[number, list] : plan)
            for (const QString &month : list) {
                GrantLine line;
                line.month = month;
                line.received = true;
                line.entitled = false;
                line.reason = QStringLiteral("Efter integrationsperioden");
                QVERIFY(service.setLine(number, line).ok());
            }
        auto report = service.report({});
        QVERIFY(report.ok());
        QCOMPARE(report->total.months, 71);
        QCOMPARE(report->total.repayMonths, 71);
        QCOMPARE(report->total.differenceOre(), qint64(71) * 396'000);
        QCOMPARE(money::formatDanish(report->total.differenceOre()), QStringLiteral("281.160 kr."));
        QCOMPARE(money::formatEnglish(report->total.differenceOre()), QStringLiteral("281,160 DKK"));
        QCOMPARE(report->years.size(), 2);
        QCOMPARE(report->years.at(0).sum.differenceOre(), qint64(36) * 396'000);
        QCOMPARE(report->years.at(1).sum.differenceOre(), qint64(35) * 396'000);
        QCOMPARE(report->cases.size(), 3);
        QCOMPARE(report->cases.at(2).caseNumber, QStringLiteral("G-3"));
        QCOMPARE(report->cases.at(2).sum.months, 23);
    }

    // A month whose year has no rate is named and left out of the sum, never priced at 0 kr. silently; once the
    // rate is set, it counts.
    void monthsWithoutRateAreNamed()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        for (const QString &spec : {QStringLiteral("G-1 2018-12 1 0"), QStringLiteral("G-1 2019-01 1 0"),
                                    QStringLiteral("G-2 2019-01 0 1"), QStringLiteral("G-2 2019-02 1 1")})
            QVERIFY(service.setLine(spec.section(u' ', 0, 0), lineFrom(spec)).ok());
        auto report = service.report({});
        QVERIFY(report.ok());
        QCOMPARE(report->total.months, 3);
        QCOMPARE(report->total.unpricedMonths, 2);
        QCOMPARE(report->total.differenceOre(), qint64(396'000));
        QCOMPARE(report->unpriced.size(), 1);
        QCOMPARE(report->unpriced.first().month, QStringLiteral("2019-01"));
        QCOMPARE(report->unpriced.first().targetGroup, grants::Basic);
        QCOMPARE(report->unpriced.first().lines, 2);

        QVERIFY(service.setRate(2019, 400'000).ok()); // a test value, not a real rate
        report = service.report({});
        QVERIFY(report->unpriced.isEmpty());
        QCOMPARE(report->total.unpricedMonths, 0);
        QCOMPARE(report->total.differenceOre(), qint64(396'000 + 400'000 - 400'000));
        QCOMPARE(report->total.repayOre, qint64(796'000));
    }

    // A round's cases, a year, one case; the round report carries the round's difference.
    void filters()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        auto koord = testsupport::actor(*db, QStringLiteral("koord"));
        RoundSpec walkthrough;
        walkthrough.name = QStringLiteral("Berigtigelse");
        walkthrough.kind = RoundKind::Walkthrough;
        auto round = RoundService(*koord.session).create(walkthrough); // the koordinator starts rounds
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        QVERIFY(addCases(*db, {makeCase(QStringLiteral("G-4"), Ali)}).ok()); // after the round: not in it
        GrantService service(*kon.session);
        for (const QString &spec :
             {QStringLiteral("G-1 2017-12 1 0"), QStringLiteral("G-2 2018-01 1 0"), QStringLiteral("G-4 2018-01 1 0")})
            QVERIFY(service.setLine(spec.section(u' ', 0, 0), lineFrom(spec)).ok());

        GrantReportFilter inRound;
        inRound.roundId = round->id;
        auto r = service.report(inRound);
        QVERIFY(r.ok());
        QCOMPARE(r->roundName, QStringLiteral("Berigtigelse"));
        QCOMPARE(r->total.differenceOre(), qint64(2) * 396'000);
        QCOMPARE(r->cases.size(), 2);

        GrantReportFilter year;
        year.year = 2018;
        r = service.report(year);
        QCOMPARE(r->total.months, 2);
        QCOMPARE(r->years.size(), 1);
        QCOMPARE(r->years.first().year, 2018);

        GrantReportFilter both = inRound;
        both.year = 2018;
        r = service.report(both);
        QCOMPARE(r->total.months, 1);
        QCOMPARE(r->cases.first().caseNumber, QStringLiteral("G-2"));

        GrantReportFilter one;
        one.caseNumber = QStringLiteral("G-4");
        r = service.report(one);
        QCOMPARE(r->total.months, 1);
        QCOMPARE(r->cases.size(), 1);

        auto roundReport = ReportService(*kon.session).roundReport(round->id);
        QVERIFY(roundReport.ok());
        QVERIFY(roundReport->grants.has_value());
        QCOMPARE(roundReport->grants->differenceOre(), qint64(2) * 396'000);
        QCOMPARE(service.roundTotals(round->id).value().differenceOre(), qint64(2) * 396'000);
    }

    // Setting, changing and removing a line, each with an audit record; setting the same line again changes
    // nothing and records nothing; a bad month or group is refused.
    void setAndRemoveLines()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        const auto audits = [&](const QString &action) {
            return count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(action));
        };
        GrantLine line = lineFrom(QStringLiteral("G-2 03-2017 1 0"));
        line.reason = QStringLiteral("  Før overtagelsen ");
        auto stored = service.setLine(QStringLiteral("G-2"), line);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->month, QStringLiteral("2017-03"));
        QCOMPARE(stored->reason, QStringLiteral("Før overtagelsen"));
        QCOMPARE(stored->updatedBy, QStringLiteral("kon"));
        QCOMPARE(audits(QStringLiteral("grant.line.set")), 1);
        QVERIFY(service.setLine(QStringLiteral("G-2"), line).ok());
        QCOMPARE(audits(QStringLiteral("grant.line.set")), 1);
        line.entitled = true;
        QVERIFY(service.setLine(QStringLiteral("G-2"), line).ok());
        QCOMPARE(audits(QStringLiteral("grant.line.set")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), 1);
        auto lines = service.lines(QStringLiteral("G-2"));
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        QVERIFY(lines->first().entitled);

        GrantLine bad = line;
        bad.month = QStringLiteral("2017-13");
        auto refused = service.setLine(QStringLiteral("G-2"), bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
        bad = line;
        bad.targetGroup = QStringLiteral("resultattilskud");
        QVERIFY(!service.setLine(QStringLiteral("G-2"), bad).ok());
        QCOMPARE(service.setLine(QStringLiteral("G-404"), line).error().kind, Error::Kind::NotFound);

        QVERIFY(service.removeLine(QStringLiteral("G-2"), QStringLiteral("2017-03")).ok());
        QCOMPARE(audits(QStringLiteral("grant.line.remove")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), 0);
        QCOMPARE(service.removeLine(QStringLiteral("G-2"), QStringLiteral("2017-03")).error().kind,
                 Error::Kind::NotFound);

        QVERIFY(service.setRate(2025, 313'550).ok());
        QCOMPARE(audits(QStringLiteral("grant.rate.set")), 1);
        QCOMPARE(service.setRate(2025, -1).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(service.setRate(1998, 1).error().kind, Error::Kind::InvalidInput);
    }

    // Per-case lines follow the case access policy; the totals are whole for everyone.
    void whoSeesWhichCases()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        {
            auto kon = testsupport::actor(*db, QStringLiteral("kon"));
            GrantService service(*kon.session);
            for (const QString &spec : {QStringLiteral("G-1 2017-12 1 0"), QStringLiteral("G-2 2018-01 1 0")})
                QVERIFY(service.setLine(spec.section(u' ', 0, 0), lineFrom(spec)).ok());
        }
        const auto reportAs = [&](const QString &user) {
            auto a = testsupport::actor(*db, user);
            return GrantService(*a.session).report({});
        };
        auto leader = reportAs(QStringLiteral("leder"));
        QCOMPARE(leader->cases.size(), 2);
        QVERIFY(!leader->casesLimited);
        auto mette = reportAs(QStringLiteral("mette"));
        QCOMPARE(mette->cases.size(), 1);
        QCOMPARE(mette->cases.first().caseNumber, QStringLiteral("G-1"));
        QVERIFY(mette->casesLimited);
        QCOMPARE(mette->total.differenceOre(), qint64(2) * 396'000);
        auto admin = reportAs(QStringLiteral("admin"));
        QVERIFY(admin->cases.isEmpty());
        QVERIFY(admin->casesLimited);
        QCOMPARE(admin->total.differenceOre(), qint64(2) * 396'000);

        auto m = testsupport::actor(*db, QStringLiteral("mette"));
        GrantService metteService(*m.session);
        GrantReportFilter others;
        others.caseNumber = QStringLiteral("G-2");
        QCOMPARE(metteService.report(others).error().kind, Error::Kind::Refused);
        QCOMPARE(metteService.lines(QStringLiteral("G-2")).error().kind, Error::Kind::Refused);
        QVERIFY(metteService.lines(QStringLiteral("G-1")).ok());
        QCOMPARE(metteService.setLine(QStringLiteral("G-1"), lineFrom(QStringLiteral("G-1 2018-01 1 0"))).error().kind,
                 Error::Kind::Refused);
    }

    void importCsv()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        const QString good = testsupport::writeFile(m_dir, QStringLiteral("tilskud.csv"),
                                                    "Sagsnummer;Måned;Modtaget;Berettiget;Årsag\n"
                                                    "G-1;2017-01;ja;nej;Før overtagelsen\n"
                                                    "G-1;02-2017;x;;Før overtagelsen\n"
                                                    "g-2;2018-12;1;0;Selvforsørgende\n"
                                                    "G-2;2019-01;nej;ja;\n");
        const auto importFile = [&](const QString &path, GrantService::ImportOptions options = {}) {
            auto file = TableFile::open(path);
            if (!file)
                qFatal("%s", qPrintable(file.error().message));
            return service.importFile(*file.value(), {}, options);
        };
        auto first = importFile(good);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(first->errors.isEmpty());
        QVERIFY(first->applied);
        QCOMPARE(first->created, 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines WHERE month = '2017-02' AND received = 1 "
                                           "AND entitled = 0 AND reason = 'Før overtagelsen'")),
                 1);
        const qint64 auditsAfterFirst = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        // The same file again changes nothing.
        auto again = importFile(good);
        QVERIFY(again.ok());
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditsAfterFirst);

        // A changed month is updated; a dry run writes nothing.
        const QString changed = testsupport::writeFile(m_dir, QStringLiteral("changed.csv"),
                                                       "case_number,month,received,entitled,reason\n"
                                                       "G-1,2017-01,yes,yes,Overtaget\n"
                                                       "G-3,2017-01,yes,no,\n");
        GrantService::ImportOptions dry;
        dry.dryRun = true;
        auto dryRun = importFile(changed, dry);
        QVERIFY(dryRun.ok());
        QVERIFY(!dryRun->applied);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), 4);
        auto update = importFile(changed);
        QCOMPARE(update->updated, 1);
        QCOMPARE(update->created, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT entitled FROM grant_lines WHERE month = '2017-01' AND case_id = "
                                           "(SELECT id FROM cases WHERE case_number = 'G-1')")),
                 1);

        // Unknown case, bad month, bad value, a month twice: errors by row and column, and nothing applied.
        const QString bad = testsupport::writeFile(m_dir, QStringLiteral("bad.csv"),
                                                   "case_number,month,received,entitled\n"
                                                   "G-1,2017-03,ja,nej\n"
                                                   "NOPE,2017-03,ja,nej\n"
                                                   "G-1,2017-13,ja,nej\n"
                                                   "G-1,2017-05,måske,nej\n"
                                                   "G-1,03-2017,ja,nej\n");
        const qint64 before = count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines"));
        auto failed = importFile(bad);
        QVERIFY(failed.ok());
        QVERIFY(!failed->applied);
        QStringList problems;
        for (const ImportProblem &p : failed->errors)
            problems << QStringLiteral("%1 %2").arg(p.row).arg(p.column);
        QCOMPARE(problems, (QStringList{QStringLiteral("3 case_number"), QStringLiteral("4 month"),
                                        QStringLiteral("5 received"), QStringLiteral("6 month")}));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM grant_lines")), before);

        // --skip-invalid imports the valid row.
        GrantService::ImportOptions skip;
        skip.skipInvalid = true;
        auto skipped = importFile(bad, skip);
        QVERIFY(skipped->applied);
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->skipped, 4);

        // A missing required column is named.
        const QString noEntitled =
            testsupport::writeFile(m_dir, QStringLiteral("short.csv"), "Sagsnummer;Måned;Modtaget\nG-1;2017-01;ja\n");
        auto header = importFile(noEntitled);
        QVERIFY(header.ok());
        QCOMPARE(header->errors.size(), 1);
        QCOMPARE(header->errors.first().column, QStringLiteral("entitled"));
    }

    void importXlsx()
    {
        auto db = testsupport::memoryDatabase();
        prepare(*db);
        const QString path = m_dir.filePath(QStringLiteral("tilskud.xlsx"));
        {
            io::XlsxTableWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("Tilskud"),
                                    {QStringLiteral("Sagsnummer"), QStringLiteral("Måned"), QStringLiteral("Modtaget"),
                                     QStringLiteral("Berettiget"), QStringLiteral("Målgruppe")}));
            QVERIFY(
                writer.writeRow({QStringLiteral("G-1"), io::Cell::fromDate(QDate(2024, 3, 1)), io::Cell::fromNumber(1),
                                 io::Cell::fromNumber(0), QStringLiteral("Grundtilskud")}));
            QVERIFY(writer.writeRow({QStringLiteral("G-2"), QStringLiteral("2024-04"), QStringLiteral("Ja"),
                                     QStringLiteral("Nej"), QStringLiteral("Uledsaget mindreårig")}));
            QVERIFY(writer.finish());
        }
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        GrantService service(*kon.session);
        auto file = TableFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        auto summary = service.importFile(*file.value(), {}, {});
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        for (const ImportProblem &p : summary->errors)
            qWarning() << p.row << p.column << p.value << p.message;
        QCOMPARE(summary->created, 2);
        auto report = service.report({});
        QCOMPARE(report->total.differenceOre(), qint64(312'700 + 1'039'700));
    }

    // sagstjek-cli grants: import, rates, rates set, report --json and in Danish; refusals exit 2.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grants.db"));
        {
            auto db = testsupport::fileDatabase(dir, QStringLiteral("grants.db"));
            prepare(*db);
            auto koord = testsupport::actor(*db, QStringLiteral("koord"));
            RoundSpec walkthrough;
            walkthrough.name = QStringLiteral("Solrød");
            walkthrough.kind = RoundKind::Walkthrough;
            QVERIFY(RoundService(*koord.session).create(walkthrough).ok());
        }
        QByteArray csv = "Sagsnummer;Måned;Modtaget;Berettiget;Årsag\n";
        for (const QString &number : {QStringLiteral("G-1"), QStringLiteral("G-2"), QStringLiteral("G-3")})
            for (const QString &month : months(QStringLiteral("2017-01"), number == u"G-3" ? QStringLiteral("2018-11")
                                                                                           : QStringLiteral("2018-12")))
                csv += (number + u';' + month + QStringLiteral(";ja;nej;Efter perioden\n")).toUtf8();
        csv += "G-2;2019-01;ja;nej;Ingen sats endnu\n";
        const QString file = testsupport::writeFile(dir, QStringLiteral("tilskud.csv"), csv);
        const auto run = [&](const QString &user, const QStringList &args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} +
                                       args);
        };

        auto imported = run(QStringLiteral("kon"),
                            {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("created")).toInt(), 72);
        auto twice = run(QStringLiteral("kon"),
                         {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("import"), file});
        QCOMPARE(QJsonDocument::fromJson(twice.out).object().value(QStringLiteral("unchanged")).toInt(), 72);

        auto report = run(QStringLiteral("leder"),
                          {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("report")});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QJsonObject o = QJsonDocument::fromJson(report.out).object();
        for (const char *field :
             {"total_difference_kr", "total_difference_ore", "months", "cases", "by_year", "months_without_rate"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        QCOMPARE(o.value(QStringLiteral("total_difference_ore")).toInteger(), qint64(28'116'000));
        QCOMPARE(o.value(QStringLiteral("total_difference_kr")).toDouble(), 281160.0);
        QCOMPARE(o.value(QStringLiteral("months")).toInt(), 72);
        QCOMPARE(o.value(QStringLiteral("cases")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("by_year")).toArray().size(), 3);
        const QJsonArray unpriced = o.value(QStringLiteral("months_without_rate")).toArray();
        QCOMPARE(unpriced.size(), 1);
        QCOMPARE(unpriced.first().toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2019-01"));

        // The round report carries the round's grant difference; grants report --round gives the same.
        auto roundReport = run(QStringLiteral("leder"),
                               {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("Solrød")});
        QVERIFY2(roundReport.exitCode == 0, roundReport.err.constData());
        const QJsonObject grantsOfRound =
            QJsonDocument::fromJson(roundReport.out).object().value(QStringLiteral("grants")).toObject();
        QCOMPARE(grantsOfRound.value(QStringLiteral("difference_ore")).toInteger(), qint64(28'116'000));
        QCOMPARE(grantsOfRound.value(QStringLiteral("difference_kr")).toDouble(), 281160.0);
        QCOMPARE(grantsOfRound.value(QStringLiteral("months_without_rate")).toInt(), 1);
        auto byRound =
            run(QStringLiteral("leder"), {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("report"),
                                          QStringLiteral("--round"), QStringLiteral("Solrød")});
        QCOMPARE(
            QJsonDocument::fromJson(byRound.out).object().value(QStringLiteral("total_difference_ore")).toInteger(),
            qint64(28'116'000));

        auto danish = run(QStringLiteral("leder"), {QStringLiteral("--lang"), QStringLiteral("da"),
                                                    QStringLiteral("grants"), QStringLiteral("report")});
        QCOMPARE(danish.exitCode, 0);
        const QString da = QString::fromUtf8(danish.out);
        QVERIFY2(da.contains(QStringLiteral("I alt: 281.160 kr. at tilbagebetale (71 md.)")), qPrintable(da));
        QVERIFY2(da.contains(QStringLiteral("2019-01 Grundtilskud: 1 sag")), qPrintable(da));
        auto english = run(QStringLiteral("leder"), {QStringLiteral("grants"), QStringLiteral("report"),
                                                     QStringLiteral("--year"), QStringLiteral("2018")});
        QVERIFY2(QString::fromUtf8(english.out).contains(QStringLiteral("Total: 138,600 DKK to repay (35 months)")),
                 english.out.constData());

        // Rates: set with a Danish amount, listed; refused for a caseworker; an English amount is refused.
        auto set =
            run(QStringLiteral("koord"), {QStringLiteral("grants"), QStringLiteral("rates"), QStringLiteral("set"),
                                          QStringLiteral("2019"), QStringLiteral("3.127,50")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        auto rates =
            run(QStringLiteral("mette"), {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("rates")});
        QCOMPARE(rates.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(rates.out).array())
            found = found || (v[QStringLiteral("year")].toInt() == 2019 &&
                              v[QStringLiteral("rate_ore")].toInteger() == 312'750 &&
                              v[QStringLiteral("target_group")].toString() == grants::Basic);
        QVERIFY2(found, rates.out.constData());
        auto refusedRate =
            run(QStringLiteral("mette"), {QStringLiteral("grants"), QStringLiteral("rates"), QStringLiteral("set"),
                                          QStringLiteral("2019"), QStringLiteral("1")});
        QCOMPARE(refusedRate.exitCode, 2);
        auto english3960 =
            run(QStringLiteral("koord"), {QStringLiteral("grants"), QStringLiteral("rates"), QStringLiteral("set"),
                                          QStringLiteral("2020"), QStringLiteral("3,960.50")});
        QCOMPARE(english3960.exitCode, 2);
        QVERIFY(english3960.err.contains("3,960.50"));
        auto after = run(QStringLiteral("leder"),
                         {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("report")});
        o = QJsonDocument::fromJson(after.out).object();
        QCOMPARE(o.value(QStringLiteral("total_difference_ore")).toInteger(), qint64(28'116'000 + 312'750));
        QCOMPARE(o.value(QStringLiteral("total_difference_kr")).toDouble(), 284287.5);
        QVERIFY(o.value(QStringLiteral("months_without_rate")).toArray().isEmpty());

        // A caseworker's per-case list holds their own case only; an import is refused for them.
        auto mine = run(QStringLiteral("mette"),
                        {QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("report")});
        o = QJsonDocument::fromJson(mine.out).object();
        QCOMPARE(o.value(QStringLiteral("cases")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("cases_limited")).toBool());
        auto refusedImport = run(QStringLiteral("mette"), {QStringLiteral("grants"), QStringLiteral("import"), file});
        QCOMPARE(refusedImport.exitCode, 2);

        // A bad file: row and column on stderr, exit 2, nothing written.
        const QString bad = testsupport::writeFile(dir, QStringLiteral("bad.csv"),
                                                   "case_number,month,received,entitled\nG-1,2020-01,ja,nej\n"
                                                   "G-9,2020-01,ja,nej\n");
        auto failed = run(QStringLiteral("kon"), {QStringLiteral("grants"), QStringLiteral("import"), bad});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains("row 3, column case_number"), failed.err.constData());
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QCOMPARE(count(*db.value(), QStringLiteral("SELECT COUNT(*) FROM grant_lines WHERE month = '2020-01'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestGrants)
#include "tst_grants.moc"
