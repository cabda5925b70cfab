// Reports on paper and for Excel (issue 10): `sagstjek-cli report ROUND --pdf/--xlsx/--csv` and `report status`,
// read back with pdftotext, the XLSX reader and the CSV reader; the trend over rounds and the period figures from
// the report service. Every PDF is searched for the figures and for the ABSENCE of every CPR number and citizen
// name of the test data (and of case numbers unless asked for).
#include "domain/grant.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "reports/reportbuilder.h"
#include "services/actionplanservice.h"
#include "services/complaintservice.h"
#include "services/defectservice.h"
#include "services/grantservice.h"
#include "services/reportservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/roundrepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sagstjek;

namespace {

const QString Goal = QStringLiteral("integration.contract.goal");
const QString Signed = QStringLiteral("integration.contract.signed");

const QString Ali = QStringLiteral("Ali Hassan");
const QString Mette = QStringLiteral("Mette Sørensen");
const QString Soren = QStringLiteral("Søren Kjær");
const QString Nord = QStringLiteral("Team Nord");
const QString Syd = QStringLiteral("Team Syd");

// Citizens with names and CPR numbers that must never reach a report.
QString cprOf(int i)
{
    return QStringLiteral("0101%1").arg(800000 + i, 6, 10, QLatin1Char('0'));
}
QString nameOf(int i)
{
    return QStringLiteral("Borgerfornavn%1 Efternavnsen").arg(i);
}
QString numberOf(int i)
{
    return QStringLiteral("SAG-%1").arg(i, 5, 10, QLatin1Char('0'));
}

CaseFile makeCase(int i, const QString &caseworker, const QString &team)
{
    CaseFile c;
    c.caseNumber = numberOf(i);
    c.name = nameOf(i);
    c.cpr = cprOf(i);
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = caseworker;
    c.team = team;
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 1, 1).addDays(i % 300));
    return c;
}

Status answerAll(ReviewService &service, const ReviewRef &ref, const QStringList &notMet)
{
    auto state = service.load(ref);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = notMet.contains(item->key) ? AnswerValue::NotMet : AnswerValue::Met;
        auto answered = service.answer(ref, item->key, value, QStringLiteral("checked in the journal"));
        if (!answered)
            return answered.error();
        if (value == AnswerValue::NotMet && answered->after.defect && answered->after.defect->description.isEmpty()) {
            Defect d = *answered->after.defect;
            d.description = QStringLiteral("missing in the journal");
            if (auto saved = service.saveDefect(ref, d); !saved)
                return saved.error();
        }
    }
    return service.complete(ref);
}

// Runs the round's sample: the first `notMetCount` cases (in drawing order) miss the goal.
Result<qint64> runRound(Session &session, const QString &name, RoundKind kind, int size, int notMetCount,
                        const QStringList &teams = {})
{
    RoundSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.sampleSize = size;
    spec.seed = 20190601;
    spec.scope.teams = teams;
    auto round = RoundService(session).create(spec);
    if (!round)
        return round.error();
    auto sample = RoundService(session).cases(round->id);
    if (!sample)
        return sample.error();
    ReviewService reviews(session);
    int n = 0;
    for (const RoundCase &rc : sample.value())
        if (auto done = answerAll(reviews, ReviewRef{rc.caseId, round->id},
                                  n++ < notMetCount ? QStringList{Goal} : QStringList{});
            !done)
            return done.error();
    return round->id;
}

// The text of a PDF as pdftotext gives it, whitespace folded to single spaces (lines wrap anywhere).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_cprs;
    QStringList m_names;
    QStringList m_numbers;
    qint64 m_first = 0;  // "Stikprøve 1": 10 of 60, 3 without a goal
    qint64 m_second = 0; // "Stikprøve 2": 20 of 60, 2 without a goal: 18 of 20, lower bound 71.7 %
    qint64 m_walk = 0;   // "Gennemgang": Team Syd's 8 cases as a walkthrough; Søren Kjær has 3 of them

    testsupport::CliRun cli(const QString &user, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Neither CPR numbers nor citizens' names; case numbers only when `caseNumbers`.
    void checkPseudonymised(const QString &text, bool caseNumbers)
    {
        QVERIFY(!text.isEmpty());
        for (const QString &cpr : m_cprs) {
            QVERIFY2(!text.contains(cpr), qPrintable(cpr));
            QVERIFY2(!text.contains(cpr.left(6) + u'-' + cpr.mid(6)), qPrintable(cpr));
        }
        for (const QString &name : m_names)
            QVERIFY2(!text.contains(name.section(u' ', 0, 0)), qPrintable(name));
        QVERIFY(!text.contains(QStringLiteral("Efternavnsen")));
        if (!caseNumbers)
            QVERIFY2(!text.contains(QStringLiteral("SAG-")), qPrintable(text));
    }

    // What the status report combines besides the rounds: grant lines this year (a test rate), Ankestyrelsen's
    // decisions in the period and an action plan.
    void addStatusFacts(const QDate &today)
    {
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
        auto leader = testsupport::actor(*db, QStringLiteral("leder"));
        GrantService grants(*leader.session);
        QVERIFY(grants.setRate(today.year(), 396'000).ok()); // a test value for this year, not a real rate
        int months = 0;
        for (int i = 1; months < 71; ++i)
            for (int month = 1; month <= 12 && months < 71; ++month, ++months) {
                GrantLine line;
                line.month = QStringLiteral("%1-%2").arg(today.year()).arg(month, 2, 10, QLatin1Char('0'));
                line.targetGroup = grants::Basic;
                line.received = true;
                line.entitled = false;
                line.reason = QStringLiteral("before the takeover");
                QVERIFY(grants.setLine(numberOf(i), line).ok());
            }
        GrantLine due;
        due.month = QStringLiteral("%1-01").arg(today.year());
        due.targetGroup = grants::Basic;
        due.entitled = true;
        QVERIFY(grants.setLine(numberOf(30), due).ok());
        GrantLine unpriced; // no rate for this target group this year: named, never priced at 0 kr.
        unpriced.month = QStringLiteral("%1-02").arg(today.year());
        unpriced.targetGroup = grants::UnaccompaniedMinor;
        unpriced.received = true;
        QVERIFY(grants.setLine(numberOf(31), unpriced).ok());

        ComplaintService complaints(*leader.session);
        auto decide = [&](ComplaintOutcome outcome, int count) {
            for (int i = 0; i < count; ++i)
                QVERIFY(complaints.add({{}, QStringLiteral("SEL § 96"), today.addDays(-i - 1), outcome, {}}).ok());
        };
        decide(ComplaintOutcome::Upheld, 4);
        decide(ComplaintOutcome::Changed, 1);
        decide(ComplaintOutcome::Remitted, 9);
        decide(ComplaintOutcome::Rejected, 2);
        QVERIFY(complaints.add({{}, QStringLiteral("SEL § 96"), today.addYears(-2), ComplaintOutcome::Changed, {}})
                    .ok()); // outside the period

        ActionPlanService plan(*leader.session);
        auto created = plan.createPlan(QStringLiteral("Handleplan for sagsbehandlingen"), today.addMonths(6));
        QVERIFY(created.ok());
        auto theme = plan.addTheme(created.value(), QStringLiteral("Genopretning af sager"));
        QVERIFY(theme.ok());
        auto late = plan.addAction(theme.value(), {QStringLiteral("Gennemgå alle kontrakter"),
                                                   QStringLiteral("Teamleder"),
                                                   today.addDays(-10),
                                                   std::nullopt,
                                                   {}});
        auto done = plan.addAction(theme.value(), {QStringLiteral("Gennemgå alle erklæringer"),
                                                   QStringLiteral("Faglig koordinator"),
                                                   today.addDays(-5),
                                                   std::nullopt,
                                                   {}});
        auto dropped = plan.addAction(
            theme.value(),
            {QStringLiteral("Nyt skema"), QStringLiteral("Teamleder"), today.addDays(-5), std::nullopt, {}});
        QVERIFY(late.ok() && done.ok() && dropped.ok());
        QVERIFY(plan.setStatus(done.value(), PlanStatus::Done, QStringLiteral("Gennemgang afsluttet")).ok());
        QVERIFY(plan.setStatus(dropped.value(), PlanStatus::Abandoned).ok());
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed");
        QVERIFY(m_dir.isValid());
        m_db = file(QStringLiteral("rapport.db"));
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader);
        testsupport::addUser(*db, QStringLiteral("mette"), Role::Caseworker, Mette);
        QList<CaseFile> cases;
        for (int i = 1; i <= 60; ++i) {
            cases << makeCase(i, i % 2 ? Ali : Mette, Nord);
            m_cprs << cprOf(i);
            m_names << nameOf(i);
            m_numbers << numberOf(i);
        }
        for (int i = 61; i <= 68; ++i) {
            cases << makeCase(i, i <= 63 ? Soren : Mette, Syd);
            m_cprs << cprOf(i);
            m_names << nameOf(i);
            m_numbers << numberOf(i);
        }
        QVERIFY(addCases(*db, cases).ok());
        auto leader = testsupport::actor(*db, QStringLiteral("leder"));
        auto first = runRound(*leader.session, QStringLiteral("Stikprøve 1"), RoundKind::Sample, 10, 3, {Nord});
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        m_first = first.value();
        QVERIFY(RoundService(*leader.session).close(m_first).ok());
        auto second = runRound(*leader.session, QStringLiteral("Stikprøve 2"), RoundKind::Sample, 20, 2, {Nord});
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        m_second = second.value();
        auto walk = runRound(*leader.session, QStringLiteral("Gennemgang"), RoundKind::Walkthrough, 0, 1, {Syd});
        QVERIFY2(walk.ok(), qPrintable(walk.error().message));
        m_walk = walk.value();
    }

    // The trend over rounds: oldest first, per round the error-free share and each item's compliance.
    void trendOverRounds()
    {
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
        auto leader = testsupport::actor(*db, QStringLiteral("leder"));
        ReportService reports(*leader.session);
        auto samples = reports.trend(RoundKind::Sample);
        QVERIFY2(samples.ok(), qPrintable(samples.error().message));
        QCOMPARE(samples->rounds.size(), 2);
        QCOMPARE(samples->rounds.at(0).name, QStringLiteral("Stikprøve 1"));
        QCOMPARE(samples->rounds.at(1).name, QStringLiteral("Stikprøve 2"));
        QCOMPARE(samples->rounds.at(0).errorFree.successes, 7);
        QCOMPARE(samples->rounds.at(0).errorFree.n, 10);
        QCOMPARE(samples->rounds.at(1).errorFree.successes, 18);
        QCOMPARE(samples->rounds.at(1).errorFree.n, 20);
        QCOMPARE(stats::roundedLowerBound(*samples->rounds.at(1).errorFree.lower95()), 71.7);
        const auto goal = std::find_if(samples->items.cbegin(), samples->items.cend(),
                                       [](const TrendItem &item) { return item.key == Goal; });
        QVERIFY(goal != samples->items.cend());
        QCOMPARE(goal->compliance.size(), 2);
        QCOMPARE(goal->compliance.at(0)->successes, 7);
        QCOMPARE(goal->compliance.at(1)->successes, 18);
        QCOMPARE(goal->compliance.at(1)->n, 20);
        QVERIFY(!goal->question.isEmpty());

        // Every kind: the walkthrough too, newest last; the last N; up to a round.
        auto all = reports.trend(std::nullopt);
        QCOMPARE(all->rounds.size(), 3);
        QCOMPARE(all->rounds.last().name, QStringLiteral("Gennemgang"));
        QVERIFY(!all->rounds.last().errorFree.lower95()); // a census
        auto last = reports.trend(RoundKind::Sample, 1);
        QCOMPARE(last->rounds.size(), 1);
        QCOMPARE(last->rounds.first().roundId, m_second);
        auto upTo = reports.trend(RoundKind::Sample, 0, m_first);
        QCOMPARE(upTo->rounds.size(), 1);
        QCOMPARE(upTo->rounds.first().roundId, m_first);
        QCOMPARE(reports.trend(std::nullopt, 0, 4711).error().kind, Error::Kind::NotFound);
    }

    // A team's figures (ledelsestilsyn) are the team's line of the whole round, with its own items and defects.
    void oneTeamsFigures()
    {
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
        auto leader = testsupport::actor(*db, QStringLiteral("leder"));
        ReportService reports(*leader.session);
        auto whole = reports.roundReport(m_walk);
        QVERIFY(whole.ok());
        auto syd = reports.roundReport(m_walk, Syd);
        QVERIFY(syd.ok());
        QCOMPARE(syd->population, 8);
        QCOMPARE(syd->reviewed, 8);
        QCOMPARE(syd->errorFree.successes, 7);
        QCOMPARE(syd->defects.open, 1);
        auto nord = reports.roundReport(m_walk, Nord); // no case of the round is Nord's
        QVERIFY(nord.ok());
        QCOMPARE(nord->population, 0);
        QCOMPARE(nord->reviewed, 0);
        QCOMPARE(nord->defects.open, 0);
        QVERIFY(nord->items.isEmpty());
        // In the sample round, split by caseworker within the team: Nord is the whole round.
        auto sampleNord = reports.roundReport(m_second, Nord);
        QCOMPARE(sampleNord->errorFree.successes, 18);
        QCOMPARE(sampleNord->defectsByItem.size(), 1);
        QCOMPARE(sampleNord->defectsByItem.first().itemKey, Goal);
        QCOMPARE(sampleNord->defectsByItem.first().counts.open, 2);
    }

    // The period's rounds and defects, for the status report.
    void periodFigures()
    {
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
        auto leader = testsupport::actor(*db, QStringLiteral("leder"));
        const QDate today = QDate::currentDate();
        auto period = ReportService(*leader.session).periodReport(today.addDays(-30), today.addDays(1));
        QVERIFY2(period.ok(), qPrintable(period.error().message));
        QCOMPARE(period->rounds.size(), 3);
        QCOMPARE(period->defects.found, 3 + 2 + 1);
        QCOMPARE(period->defects.openNow, 6);
        QCOMPARE(period->defects.remediated, 0);
        auto before = ReportService(*leader.session).periodReport(QDate(2001, 1, 1), QDate(2001, 12, 31));
        QVERIFY(before->rounds.isEmpty());
        QCOMPARE(before->defects.found, 0);
        QCOMPARE(before->defects.openNow, 6); // "now" is the session's today, not the period's end
        QCOMPARE(ReportService(*leader.session).periodReport(today, today.addDays(-1)).error().kind,
                 Error::Kind::InvalidInput);
    }

    // The round report as a PDF, in Danish by default: the figures, the words, and nothing personal.
    void roundReportPdfInDanish()
    {
        const QString pdf = file(QStringLiteral("runde.pdf"));
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Rapport over runde"), QStringLiteral("Runde: Stikprøve 2"),
              QStringLiteral("20 af 20 gennemgået, 0 tilbage"), QStringLiteral("rapport"),
              QStringLiteral("Fejlfri sager: 18 af 20 = 90 %; med 20 sager viser tallene kun, at andelen er mindst "
                             "71,7 % – for få sager til at vise målet på 90 %"),
              QStringLiteral("tilfældigt med frø 20190601"), QStringLiteral("Population: 60 sager i afgrænsningen"),
              QStringLiteral("Punkter på tjeklisten"), QStringLiteral("Nedre grænse 95 %"),
              QStringLiteral("Pr. sagsbehandler"), QStringLiteral("Ledelseshandlinger"),
              QStringLiteral("Udvikling over runderne"), QStringLiteral("Stikprøve 1"), QStringLiteral("71,7 %"),
              QStringLiteral("Pseudonymiseret: ingen CPR-numre og ingen borgernavne, ingen sagsnumre."),
              QStringLiteral("2 åbne (heraf 0 genåbnet), 0 rettet, 0 kontrolleret"), Mette, Ali})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        QVERIFY(text.contains(QStringLiteral("Dato: ") + QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy"))));
        QVERIFY(text.contains(QStringLiteral("rapport"))); // the database's name stands for the municipality
        checkPseudonymised(text, false);
        QVERIFY(pdfPages(pdf) >= 2);
    }

    void roundReportPdfInEnglish()
    {
        const QString pdf = file(QStringLiteral("round.pdf"));
        auto run =
            cli(QStringLiteral("leder"), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                                          QStringLiteral("Stikprøve 2"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Round report"), QStringLiteral("20 of 20 reviewed, 0 remaining"),
              QStringLiteral("18 of 20 = 90 %; with 20 cases the data only show at least 71.7 %, too few to show the "
                             "90 % target"),
              QStringLiteral("Trend over the rounds"), QStringLiteral("Check items")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        checkPseudonymised(text, false);
    }

    // Case numbers only when asked for; the access log records it; an administrator may not.
    void caseNumbersOnlyWhenAsked()
    {
        const QString pdf = file(QStringLiteral("sager.pdf"));
        qint64 lastLog = 0;
        {
            auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
            lastLog = testsupport::lastAccessId(*db);
        }
        auto run = cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Stikprøve 2"),
                                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--with-case-numbers")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Fejl pr. sag")));
        QVERIFY(text.contains(QStringLiteral("sagsnumre er medtaget efter ønske")));
        int shown = 0;
        for (const QString &number : std::as_const(m_numbers))
            shown += text.contains(number + u' ') ? 1 : 0;
        QCOMPARE(shown, 2); // the two cases of the round with a defect
        checkPseudonymised(text, true);
        {
            auto db = testsupport::fileDatabase(m_dir, QStringLiteral("rapport.db"));
            const QStringList log = testsupport::accessLogAfter(*db, lastLog, QStringLiteral("leder"));
            QCOMPARE(log.size(), 1);
            QVERIFY2(log.first().startsWith(
                         QStringLiteral("export||report, round=Stikprøve 2, with case numbers, 2 defects")),
                     qPrintable(log.first()));
        }
        const QString refusedPdf = file(QStringLiteral("admin.pdf"));
        auto admin =
            cli(QStringLiteral("admin"), {QStringLiteral("report"), QStringLiteral("Stikprøve 2"),
                                          QStringLiteral("--pdf"), refusedPdf, QStringLiteral("--with-case-numbers")});
        QCOMPARE(admin.exitCode, 2);
        QVERIFY(!QFile::exists(refusedPdf));
        // Without case numbers the administrator gets the aggregate report.
        QCOMPARE(cli(QStringLiteral("admin"),
                     {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--pdf"), refusedPdf})
                     .exitCode,
                 0);
        checkPseudonymised(pdfText(refusedPdf), false);
    }

    // A council report does not show groups under 5 reviewed cases per caseworker; an ordinary report flags them.
    void councilHidesSmallGroups()
    {
        const QString ordinary = file(QStringLiteral("gennemgang.pdf"));
        QCOMPARE(cli(QStringLiteral("leder"),
                     {QStringLiteral("report"), QStringLiteral("Gennemgang"), QStringLiteral("--pdf"), ordinary})
                     .exitCode,
                 0);
        const QString text = pdfText(ordinary);
        QVERIFY(text.contains(Soren));
        QVERIFY(text.contains(QStringLiteral("Under 5 gennemgåede sager: for få til at vurdere.")));
        QVERIFY(text.contains(QStringLiteral("totalopgørelse")));
        QVERIFY(text.contains(QStringLiteral("7 af 8 = 87,5 %, under målet på 90 %")));
        checkPseudonymised(text, false);

        const QString council = file(QStringLiteral("byraad.pdf"));
        QCOMPARE(cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Gennemgang"),
                                               QStringLiteral("--pdf"), council, QStringLiteral("--council")})
                     .exitCode,
                 0);
        const QString councilText = pdfText(council);
        QVERIFY2(!councilText.contains(Soren), qPrintable(councilText));
        QVERIFY(councilText.contains(QStringLiteral("n < 5, vises ikke (1)"))); // Søren's 3; Mette's 5 are shown
        QVERIFY(councilText.contains(Mette));
        QVERIFY(councilText.contains(QStringLiteral("Rapport til byrådet")));
        checkPseudonymised(councilText, false);
    }

    // The ledelsestilsyn report of one team.
    void teamReport()
    {
        const QString pdf = file(QStringLiteral("team.pdf"));
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Gennemgang"), QStringLiteral("--team"), Syd,
                        QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"team").toString(), Syd);
        QCOMPARE(o.value(u"reviewed").toInt(), 8);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Ledelsestilsyn pr. team")));
        QVERIFY(text.contains(QStringLiteral("Runde: Gennemgang – team Team Syd")));
        QVERIFY(text.contains(QStringLiteral("Ledelsestilsyn for team Team Syd")));
        checkPseudonymised(text, false);
    }

    // --json keeps its shape and gains "trend".
    void jsonHasTheTrend()
    {
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"error_free").toObject().value(u"lower95").toDouble(), 71.7);
        const QJsonArray trend = o.value(u"trend").toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toObject().value(u"round").toString(), QStringLiteral("Stikprøve 1"));
        QCOMPARE(trend.at(0).toObject().value(u"error_free").toObject().value(u"percent").toDouble(), 70.0);
        QCOMPARE(trend.at(1).toObject().value(u"error_free").toObject().value(u"lower95").toDouble(), 71.7);
    }

    // The same figures for Excel: one sheet per table, numbers as numbers, percent with one decimal.
    void xlsxHoldsNumbers()
    {
        const QString xlsx = file(QStringLiteral("runde.xlsx"));
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        io::XlsxReader reader;
        QVERIFY2(reader.open(xlsx), qPrintable(reader.error().toString()));
        QStringList sheets;
        for (const io::XlsxSheetInfo &sheet : reader.sheets())
            sheets << sheet.name;
        for (const char *name : {"Nøgletal", "Fejlfri", "Punkter", "Pr. team", "Pr. område", "Pr. sagsbehandler",
                                 "Fejl pr. punkt", "Udvikling", "Udvikling pr. punkt"})
            QVERIFY2(sheets.contains(QString::fromUtf8(name)), qPrintable(sheets.join(u", ")));
        QVERIFY(reader.selectSheet(QStringLiteral("Punkter")));
        QCOMPARE(reader.headers().mid(0, 3),
                 (QStringList{QStringLiteral("Punkt"), QStringLiteral("Spørgsmål"), QStringLiteral("Vurdering")}));
        QCOMPARE(reader.headers().last(), QStringLiteral("Nedre grænse 95 %"));
        QStringList row;
        bool found = false;
        while (reader.readRow(row)) {
            if (row.first() != Goal)
                continue;
            found = true;
            const QList<io::CellKind> kinds = reader.rowKinds();
            QCOMPARE(kinds.at(2), io::CellKind::Text); // the sentence
            QVERIFY2(row.at(2).startsWith(QStringLiteral("18 af 20 = 90 %; med 20 sager")), qPrintable(row.at(2)));
            for (int column = 3; column <= 9; ++column)
                QCOMPARE(kinds.at(column), io::CellKind::Number);
            QCOMPARE(row.at(3).toInt(), 18); // met
            QCOMPARE(row.at(4).toInt(), 2);  // not met
            QCOMPARE(row.at(7).toInt(), 20); // n
            QCOMPARE(row.at(8).toDouble(), 90.0);
            QCOMPARE(row.at(9).toDouble(), 71.7);
        }
        QVERIFY(found);
        // No CPR number, citizen name or case number anywhere in the workbook.
        for (const io::XlsxSheetInfo &sheet : reader.sheets()) {
            QVERIFY(reader.selectSheet(sheet.name));
            QString all = reader.headers().join(u';');
            while (reader.readRow(row))
                all += row.join(u';');
            checkPseudonymised(all + QStringLiteral(" x"), false);
        }
    }

    void csvHoldsNumbers()
    {
        const QString csv = file(QStringLiteral("runde.csv"));
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--csv"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads æøå
        // Tables one after another, each under its name and separated by an empty line: every block after its name
        // line is a CSV table of its own, with its header row.
        QStringList names;
        bool found = false;
        const QLocale danish(QLocale::Danish);
        const QList<QByteArray> blocks = [&] {
            QList<QByteArray> list;
            qsizetype start = 3;
            for (qsizetype at = bytes.indexOf("\r\n\r\n", start); at >= 0; at = bytes.indexOf("\r\n\r\n", start)) {
                list << bytes.mid(start, at + 2 - start);
                start = at + 4;
            }
            list << bytes.mid(start);
            return list;
        }();
        for (const QByteArray &block : blocks) {
            const qsizetype nameEnd = block.indexOf("\r\n");
            names << QString::fromUtf8(block.left(nameEnd));
            const io::TableResult table = io::readCsvData(block.mid(nameEnd + 2));
            QVERIFY2(!table.error, qPrintable(names.last() + u' ' + table.error.toString()));
            if (names.last() != QStringLiteral("Punkter"))
                continue;
            QCOMPARE(table.table.headers.value(8), QStringLiteral("Pct."));
            for (const QStringList &row : table.table.rows) {
                if (row.value(0) != Goal)
                    continue;
                found = true;
                bool ok = false;
                QCOMPARE(danish.toDouble(row.value(8), &ok), 90.0);
                QVERIFY(ok);
                QCOMPARE(danish.toDouble(row.value(9), &ok), 71.7);
                QVERIFY(ok);
                QCOMPARE(row.value(9), QStringLiteral("71,7"));
                QCOMPARE(row.value(3), QStringLiteral("18"));
            }
        }
        QVERIFY2(names.contains(QStringLiteral("Nøgletal")) && names.contains(QStringLiteral("Udvikling")),
                 qPrintable(names.join(u", ")));
        QVERIFY(found);
        checkPseudonymised(QString::fromUtf8(bytes), false);
    }

    // The status report to the council over a period.
    void statusReportToTheCouncil()
    {
        const QDate today = QDate::currentDate();
        addStatusFacts(today);
        const QString pdf = file(QStringLiteral("status.pdf"));
        const QString xlsx = file(QStringLiteral("status.xlsx"));
        auto run = cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("status"),
                                                 QStringLiteral("--from"), today.addDays(-30).toString(Qt::ISODate),
                                                 QStringLiteral("--to"), today.addDays(1).toString(Qt::ISODate),
                                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Statusrapport"), QStringLiteral("Runder i perioden"),
              QStringLiteral("Stikprøve 1 (stikprøve, afsluttet): 10 af 10 gennemgået, 0 tilbage."),
              QStringLiteral(
                  "Stikprøve 2 (stikprøve, aktiv): 20 af 20 gennemgået, 0 tilbage. Fejlfri sager: 18 af 20 = 90 %"),
              QStringLiteral("Gennemgang (fuld gennemgang, aktiv): 8 af 8 gennemgået"),
              QStringLiteral("I perioden er 6 fejl fundet, 0 rettet og 0 kontrolleret."),
              QStringLiteral("6 åbne, heraf 0 over fristen"), QStringLiteral("Rapport til byrådet"),
              // Grants: 71 months × 3.960 kr. received without entitlement, one month due and not received.
              QStringLiteral("Grundtilskud til berigtigelse"),
              QStringLiteral("har kommunen modtaget 281.160 kr. for meget i grundtilskud (71 måneder)"),
              QStringLiteral("Kommunen kan kræve 3.960 kr. for 1 måned, hvor"),
              QStringLiteral("uden takst, er ikke regnet med i beløbene (1 måned): %1-02.").arg(today.year()),
              // Complaints: 14 on the merits, 9 remitted and 1 changed; 2 rejected are left out.
              QStringLiteral("Klager og omgørelsesprocent"),
              QStringLiteral("14 afgørelser i sagens realitet: 4 stadfæstet, 1 ændret, 0 ophævet og 9 hjemvist"),
              QStringLiteral("71,4 % omgjort (10 af 14)"), QStringLiteral("2 klager blev afvist eller henvist"),
              QStringLiteral("SEL § 96"),
              // The action plan: one action late, one done, with its note.
              QStringLiteral("Handleplan: Handleplan for sagsbehandlingen"),
              QStringLiteral("3 handlinger: 1 planlagt, 0 i gang, 1 udført, 1 opgivet; 1 er over fristen."),
              QStringLiteral("Genopretning af sager"), QStringLiteral("planlagt (over fristen)"),
              QStringLiteral("Gennemgang afsluttet")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        // A council report: no caseworker is named at all.
        for (const QString &person : {Ali, Mette, Soren})
            QVERIFY2(!text.contains(person), qPrintable(person));
        checkPseudonymised(text, false);
        io::XlsxReader reader;
        QVERIFY(reader.open(xlsx));
        QVERIFY(reader.selectSheet(QStringLiteral("Runder")));
        QStringList row;
        int rounds = 0;
        while (reader.readRow(row))
            ++rounds;
        QCOMPARE(rounds, 3);
        // Amounts are numbers in kroner in the grants sheet.
        QVERIFY(reader.selectSheet(QStringLiteral("Grundtilskud")));
        QVERIFY(reader.headers().contains(QStringLiteral("Tilbagebetales (kr.)")));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.value(0), QString::number(today.year()));
        QCOMPARE(row.value(2).toDouble(), 281160.0);

        // In English on request, the same facts.
        const QString english = file(QStringLiteral("status-en.pdf"));
        auto en =
            cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--from"),
                                          today.addDays(-30).toString(Qt::ISODate), QStringLiteral("--to"),
                                          today.addDays(1).toString(Qt::ISODate), QStringLiteral("--pdf"), english,
                                          QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(en.exitCode == 0, en.err.constData());
        const QString englishText = pdfText(english);
        for (const QString &expected : {QStringLiteral("received 281,160 DKK too much in grants (71 months)"),
                                        QStringLiteral("71.4 % reversed (10 of 14)"),
                                        QStringLiteral("Action plan: Handleplan for sagsbehandlingen")})
            QVERIFY2(englishText.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + englishText));

        // --pdf is required; the period must be in order.
        QCOMPARE(cli(QStringLiteral("leder"),
                     {QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")})
                     .exitCode,
                 1);
        QCOMPARE(
            cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--from"),
                                          QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                                          QStringLiteral("2026-01-01"), QStringLiteral("--pdf"), pdf})
                .exitCode,
            1);
    }

    // A path that cannot be written is a clear error, and nothing is left behind.
    void unwritablePath()
    {
        const QString missing = file(QStringLiteral("no/such/folder/r.pdf"));
        auto run = cli(QStringLiteral("leder"),
                       {QStringLiteral("report"), QStringLiteral("Stikprøve 2"), QStringLiteral("--pdf"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Cannot write") && run.err.contains("does not exist"), run.err.constData());
        auto folder = cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Stikprøve 2"),
                                                    QStringLiteral("--xlsx"), m_dir.path()});
        QCOMPARE(folder.exitCode, 2);
        QVERIFY2(folder.err.contains("it is a folder"), folder.err.constData());
        // A folder the user may not write to (root writes anywhere, so then only the clean-up is checked).
        const QString readOnlyDir = file(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(readOnlyDir));
        QFile(readOnlyDir).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto denied = cli(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Stikprøve 2"),
                                                    QStringLiteral("--csv"), readOnlyDir + QStringLiteral("/r.csv")});
        QFile(readOnlyDir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (::geteuid() != 0) { // root writes anywhere
            QCOMPARE(denied.exitCode, 2);
            QVERIFY2(denied.err.contains("Cannot write"), denied.err.constData());
        }
        QVERIFY(QDir(readOnlyDir).entryList(QDir::Files | QDir::Hidden).isEmpty() || ::geteuid() == 0);
    }

    // SAGSTJEK_REPORT_DIR=folder keeps the reports made here, to look at them (and for screenshots).
    void cleanupTestCase()
    {
        const QString keep = qEnvironmentVariable("SAGSTJEK_REPORT_DIR");
        if (keep.isEmpty())
            return;
        QDir().mkpath(keep);
        for (const QString &name :
             QDir(m_dir.path())
                 .entryList({QStringLiteral("*.pdf"), QStringLiteral("*.xlsx"), QStringLiteral("*.csv")})) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(file(name), QDir(keep).filePath(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
