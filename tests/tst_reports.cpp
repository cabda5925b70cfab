// A round's figures from the database (issue 10): rounds built and answered through the services, counted by
// the storage's SQL (RoundStatistics) and turned into shares by the report service; who sees the figures per
// caseworker; `sagstjek-cli report` end to end. tests/bench/bench_report times a round of 10,000 reviewed cases.
#include "services/approvalservice.h"
#include "services/defectservice.h"
#include "services/reportservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "storage/roundstatistics.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

Q_DECLARE_METATYPE(sagstjek::RoundKind)

namespace {

const QString Goal = QStringLiteral("integration.contract.goal");
const QString Signed = QStringLiteral("integration.contract.signed");
const QString Repatriation = QStringLiteral("integration.repatriation.guidance");
const QString Health = QStringLiteral("integration.health.offer_in_time"); // refugees only

CaseFile makeCase(int i, const QString &caseworker, const QString &team,
                  const QString &subgroup = QStringLiteral("refugee"))
{
    CaseFile c;
    c.caseNumber = QStringLiteral("SAG-%1").arg(i, 5, 10, QLatin1Char('0'));
    c.name = QStringLiteral("Borger %1").arg(i);
    c.area = QStringLiteral("integration");
    c.subgroup = subgroup;
    c.caseworker = caseworker;
    c.team = team;
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 1, 1).addDays(i % 300));
    return c;
}

// Answers every applicable item of the review (met, unless listed) and completes it when asked. A "not met"
// gets the defect description completion needs.
Status answerAll(ReviewService &service, const ReviewRef &ref, const QStringList &notMet = {},
                 const QStringList &notApplicable = {}, bool complete = true)
{
    auto state = service.load(ref);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = notMet.contains(item->key)          ? AnswerValue::NotMet
                                  : notApplicable.contains(item->key) ? AnswerValue::NotApplicable
                                                                      : AnswerValue::Met;
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
    return complete ? service.complete(ref) : Status(Ok{});
}

RoundSpec spec(const QString &name, RoundKind kind, int sampleSize = 0)
{
    RoundSpec s;
    s.name = name;
    s.kind = kind;
    s.sampleSize = sampleSize;
    s.seed = 20150601;
    return s;
}

const ItemFigure *itemOf(const RoundReport &report, const QString &key)
{
    for (const ItemFigure &item : report.items)
        if (item.key == key)
            return &item;
    return nullptr;
}

const GroupFigure *groupOf(const QList<GroupFigure> &groups, const QString &name)
{
    for (const GroupFigure &g : groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

int scalar(Database &db, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(sqlOf(db), statement, values)->toInt();
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

    // The caseworkers of the mixed round, and the users who act in it.
    const QString Ali = QStringLiteral("Ali Hassan");
    const QString Mette = QStringLiteral("Mette Sørensen");
    const QString Soren = QStringLiteral("Søren Kjær");
    const QString Nord = QStringLiteral("Team Nord");
    const QString Syd = QStringLiteral("Team Syd");

    void addUsers(Database &db)
    {
        testsupport::addUser(db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(db, QStringLiteral("kon"), Role::Consultant);
        testsupport::addUser(db, QStringLiteral("koord"), Role::Coordinator);
        testsupport::addUser(db, QStringLiteral("leder"), Role::Leader);
        testsupport::addUser(db, QStringLiteral("mette"), Role::Caseworker, Mette);
    }

    // Ten cases, reviewed in every way a round's case can be (see the comments), in the walkthrough "Blandet".
    qint64 buildMixedRound(Database &db)
    {
        QList<CaseFile> cases;
        for (int i = 1; i <= 10; ++i)
            cases << makeCase(i,
                              i <= 4   ? Ali
                              : i <= 8 ? Mette
                                       : Soren,
                              i <= 6 ? Nord : Syd,
                              i == 10 ? QStringLiteral("family-reunified") : QStringLiteral("refugee"));
        if (!addCases(db, cases))
            return 0;
        // The koordinator starts the round; the consultant reviews in it.
        auto starter = testsupport::actor(db, QStringLiteral("koord"));
        auto round = RoundService(*starter.session).create(spec(QStringLiteral("Blandet"), RoundKind::Walkthrough));
        auto kon = testsupport::actor(db, QStringLiteral("kon"));
        if (!round)
            return 0;
        const qint64 roundId = round->id;
        auto ref = [&](int i) {
            return ReviewRef{db.cases().idForNumber(makeCase(i, {}, {}).caseNumber).value(), roundId};
        };
        ReviewService reviews(*kon.session);
        bool ok = answerAll(reviews, ref(1)).ok()                        // all met
                  && answerAll(reviews, ref(2), {Goal, Signed}).ok()     // two defects
                  && answerAll(reviews, ref(3), {}, {Repatriation}).ok() // one not applicable
                  && answerAll(reviews, ref(4)).ok()                     // approved below
                  && answerAll(reviews, ref(5), {Goal}, {}, false).ok()  // still in progress
                  && answerAll(reviews, ref(6), {Goal}).ok()             // its defect verified
                  && answerAll(reviews, ref(7)).ok()                     // goal answer lost below
                  && answerAll(reviews, ref(10)).ok();                   // family-reunified
        // case 8 and 9: not started
        if (!ok)
            return 0;
        auto koord = testsupport::actor(db, QStringLiteral("koord"));
        if (!ApprovalService(*koord.session).approve(roundId, ref(4).caseId))
            return 0;
        // A completed review without an answer to an item that applied (as an old imported review can be).
        auto seven = db.reviews().findForCase(ref(7).caseId, roundId);
        if (!seven || !seven.value() || !db.reviews().deleteAnswer(seven.value()->id, Goal))
            return 0;
        // Case 2's goal defect remediated; case 6's remediated and verified by someone else.
        DefectService konDefects(*kon.session);
        DefectService koordDefects(*koord.session);
        auto defectOf = [&](int i, const QString &item) {
            return scalar(db,
                          QStringLiteral("SELECT d.id FROM defects d JOIN reviews r ON r.id = d.review_id "
                                         "WHERE r.case_id = ? AND r.round_id = ? AND d.item_key = ?"),
                          {ref(i).caseId, roundId, item});
        };
        if (!konDefects.remediate(defectOf(2, Goal), QStringLiteral("goal written into the plan")) ||
            !konDefects.remediate(defectOf(6, Goal), QStringLiteral("goal written into the plan")) ||
            !koordDefects.verify(defectOf(6, Goal), QStringLiteral("seen")))
            return 0;
        return roundId;
    }

private slots:
    // The figures of the issue, from rounds answered through the services and counted in SQL.
    void figuresAsTheIssueGivesThem_data()
    {
        QTest::addColumn<RoundKind>("kind");
        QTest::addColumn<int>("cases");
        QTest::addColumn<int>("sampleSize");
        QTest::addColumn<int>("withoutGoal");
        QTest::addColumn<QString>("design");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("lower95"); // -1: none
        QTest::addColumn<QString>("errorFreeText");
        // København 2015: 57 of 221 contracts had no employment or education goal. Reviewed as a walkthrough it is
        // a census: 164 of 221 = 74.2 %, exact, with no interval.
        QTest::newRow("a walkthrough of 221 cases, 57 contracts without a goal")
            << RoundKind::Walkthrough << 221 << 0 << 57 << QStringLiteral("census") << 74.2 << -1.0
            << QStringLiteral("164 of 221 = 74.2 %, below the 90 % target; every case in the round is reviewed, so "
                              "the figure has no interval");
        // 18 of 20 drawn at random: 90 %, but the data only show at least 71.7 % (tst_statistics has the source).
        QTest::newRow("a sample of 20 of 60, 2 contracts without a goal")
            << RoundKind::Sample << 60 << 20 << 2 << QStringLiteral("sample") << 90.0 << 71.7
            << QStringLiteral("18 of 20 = 90 %; with 20 cases the data only show at least 71.7 %, too few to show "
                              "the 90 % target");
        QTest::newRow("a sample of 20 with every item met: the bound stays below 100 %")
            << RoundKind::Sample << 60 << 20 << 0 << QStringLiteral("sample") << 100.0 << 86.0
            << QStringLiteral("20 of 20 = 100 %; with 20 cases the data only show at least 86 %, too few to show "
                              "the 90 % target");
    }
    void figuresAsTheIssueGivesThem()
    {
        QFETCH(RoundKind, kind);
        QFETCH(int, cases);
        QFETCH(int, sampleSize);
        QFETCH(int, withoutGoal);
        QFETCH(QString, design);
        QFETCH(double, percent);
        QFETCH(double, lower95);
        QFETCH(QString, errorFreeText);

        auto db = testsupport::memoryDatabase();
        QList<CaseFile> list;
        for (int i = 1; i <= cases; ++i)
            list << makeCase(i, i % 2 ? Ali : Mette, Nord);
        QVERIFY(addCases(*db, list).ok());
        auto me = testsupport::actor(*db);
        auto round = RoundService(*me.session).create(spec(QStringLiteral("Runde"), kind, sampleSize));
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        auto sample = RoundService(*me.session).cases(round->id);
        QVERIFY(sample.ok());
        ReviewService reviews(*me.session);
        QElapsedTimer answering;
        answering.start();
        int n = 0;
        for (const RoundCase &rc : sample.value()) {
            const QStringList notMet = n++ < withoutGoal ? QStringList{Goal} : QStringList{};
            auto done = answerAll(reviews, ReviewRef{rc.caseId, round->id}, notMet);
            QVERIFY2(done.ok(), qPrintable(done.error().message));
        }
        qInfo("answered %d reviews through ReviewService in %lld ms", n, answering.elapsed());

        // The storage's counts agree with the answers as stored.
        auto figures = db->roundStatistics().figures(round->id, QDate(2020, 1, 1), RoundStatistics::FollowUp::Count);
        QVERIFY(figures.ok());
        QCOMPARE(figures->population, cases);
        QCOMPARE(figures->total.cases, int(sample->size()));
        QCOMPARE(figures->total.reviewed, int(sample->size()));
        QCOMPARE(figures->total.notMet,
                 scalar(*db,
                        QStringLiteral("SELECT count(*) FROM answers a JOIN reviews r ON r.id = a.review_id "
                                       "WHERE r.round_id = ? AND a.answer = 'not-met'"),
                        {round->id}));
        QCOMPARE(figures->total.met,
                 scalar(*db,
                        QStringLiteral("SELECT count(*) FROM answers a JOIN reviews r ON r.id = a.review_id "
                                       "WHERE r.round_id = ? AND a.answer = 'met'"),
                        {round->id}));
        QCOMPARE(figures->defects.open, withoutGoal);

        auto report = ReportService(*me.session).roundReport(round->id);
        QVERIFY(report.ok());
        QCOMPARE(stats::designKey(report->design), design);
        QCOMPARE(report->reviewed, int(sample->size()));
        QCOMPARE(report->remaining(), 0);
        const ItemFigure *goal = itemOf(report.value(), Goal);
        QVERIFY(goal);
        QCOMPARE(goal->met, int(sample->size()) - withoutGoal);
        QCOMPARE(goal->notMet, withoutGoal);
        QCOMPARE(goal->notApplicable, 0);
        QCOMPARE(goal->unanswered, 0);
        QCOMPARE(stats::roundedPercent(*goal->compliance.percent()), percent);
        QCOMPARE(goal->compliance.lower95().has_value(), lower95 >= 0);
        if (lower95 >= 0)
            QCOMPARE(stats::roundedLowerBound(*goal->compliance.lower95()), lower95);
        // Only the goal is ever "not met": the error-free share is the goal's share.
        QCOMPARE(report->errorFree.successes, goal->met);
        QCOMPARE(report->errorFree.n, int(sample->size()));
        QCOMPARE(stats::shareText(report->errorFree, QStringLiteral("en"), report->targetPercent), errorFreeText);
        // In cue-card order: the card's first item first.
        QCOMPARE(report->items.first().key, QStringLiteral("integration.takeover.correct"));
        QCOMPARE(report->items.size(), 20);
    }

    // Every way a case of a round can stand, counted where it should be and nowhere else.
    void countsOfAMixedRound()
    {
        auto db = testsupport::memoryDatabase();
        addUsers(*db);
        const qint64 roundId = buildMixedRound(*db);
        QVERIFY(roundId > 0);

        // Sixty days on, every defect still open is past its due date (a month after it was found).
        rules::FixedClock later(QDate::currentDate().addDays(60));
        auto leader = testsupport::actor(*db, QStringLiteral("leder"), QStringLiteral("en"), &later);
        auto report = ReportService(*leader.session).roundReport(roundId);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const RoundReport &r = report.value();
        QCOMPARE(r.roundName, QStringLiteral("Blandet"));
        QCOMPARE(r.design, stats::Design::Census);
        QCOMPARE(r.population, 10);
        QCOMPARE(r.sample, 10);
        QCOMPARE(r.reviewed, 7); // 1, 2, 3, 4 (approved), 6, 7, 10; not 5 (in progress), 8, 9 (not started)
        QCOMPARE(r.remaining(), 3);
        QCOMPARE(r.errorFree.successes, 5); // 1, 3, 4, 7, 10
        QCOMPARE(r.errorFree.n, 7);

        const ItemFigure *goal = itemOf(r, Goal);
        QVERIFY(goal);
        QCOMPARE(goal->met, 4);        // 1, 3, 4, 10 (case 5's "not met" is in a review still in progress)
        QCOMPARE(goal->notMet, 2);     // 2, 6
        QCOMPARE(goal->unanswered, 1); // 7: completed, but its answer is missing
        QCOMPARE(goal->compliance.n, 6);
        QVERIFY(!goal->question.isEmpty());
        const ItemFigure *repatriation = itemOf(r, Repatriation);
        QCOMPARE(repatriation->met, 6);
        QCOMPARE(repatriation->notApplicable, 1);
        QCOMPARE(repatriation->compliance.n, 6); // "not applicable" is not in the denominator
        QCOMPARE(*repatriation->compliance.percent(), 100.0);
        const ItemFigure *health = itemOf(r, Health);
        QCOMPARE(health->met, 6);        // the six reviewed refugees
        QCOMPARE(health->unanswered, 0); // it does not apply to the family-reunified case 10
        QCOMPARE(itemOf(r, Signed)->notMet, 1);

        QCOMPARE(r.byCaseworker.size(), 3);
        QVERIFY(!r.byCaseworkerLimited);
        const GroupFigure *ali = groupOf(r.byCaseworker, Ali);
        QVERIFY(ali);
        QCOMPARE(ali->cases, 4);
        QCOMPARE(ali->reviewed, 4);
        QCOMPARE(ali->errorFree.successes, 3);
        QCOMPARE(ali->met, 20 + 18 + 19 + 20);
        QCOMPARE(ali->notMet, 2);
        QCOMPARE(ali->notApplicable, 1);
        QCOMPARE(stats::roundedPercent(*ali->itemsMetPercent()), 97.5); // 77 of 79 answers, pooled: no bound
        QVERIFY(ali->small());                                          // 4 reviewed cases
        const GroupFigure *mette = groupOf(r.byCaseworker, Mette);
        QCOMPARE(mette->cases, 4);
        QCOMPARE(mette->reviewed, 2);
        QCOMPARE(mette->errorFree.successes, 1);
        const GroupFigure *soren = groupOf(r.byCaseworker, Soren);
        QCOMPARE(soren->reviewed, 1);
        QCOMPARE(soren->met, 19); // the family-reunified card has 19 items

        const GroupFigure *nord = groupOf(r.byTeam, Nord);
        QCOMPARE(nord->cases, 6);
        QCOMPARE(nord->reviewed, 5);
        QCOMPARE(nord->errorFree.successes, 3);
        const GroupFigure *syd = groupOf(r.byTeam, Syd);
        QCOMPARE(syd->cases, 4);
        QCOMPARE(syd->reviewed, 2);
        QCOMPARE(syd->errorFree.successes, 2);
        QCOMPARE(r.byArea.size(), 1);
        QCOMPARE(r.byArea.first().reviewed, 7);

        // Defects: 2 (case 2), 1 (case 5, review in progress: found, so followed up), 1 (case 6).
        QCOMPARE(r.defects.open, 2);       // case 2's "signed", case 5's goal
        QCOMPARE(r.defects.remediated, 1); // case 2's goal
        QCOMPARE(r.defects.verified, 1);   // case 6's goal
        QCOMPARE(r.defects.reopened, 0);
        QCOMPARE(r.defects.overdue, 2);
        auto today = testsupport::actor(*db, QStringLiteral("leder"));
        QCOMPARE(ReportService(*today.session).roundReport(roundId)->defects.overdue, 0);
    }

    // Figures per caseworker are personal data about staff: who sees which lines.
    void whoSeesFiguresPerCaseworker_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("caseworkers");
        QTest::addColumn<bool>("limited");
        const QStringList all = {Ali, Mette, Soren};
        QTest::newRow("a leader sees every caseworker") << QStringLiteral("leder") << all << false;
        QTest::newRow("a coordinator sees every caseworker") << QStringLiteral("koord") << all << false;
        QTest::newRow("a consultant sees every caseworker") << QStringLiteral("kon") << all << false;
        QTest::newRow("a caseworker sees only their own line") << QStringLiteral("mette") << QStringList{Mette} << true;
        QTest::newRow("an administrator sees no caseworker") << QStringLiteral("admin") << QStringList{} << true;
    }
    void whoSeesFiguresPerCaseworker()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, caseworkers);
        QFETCH(bool, limited);
        auto db = testsupport::memoryDatabase();
        addUsers(*db);
        const qint64 roundId = buildMixedRound(*db);
        QVERIFY(roundId > 0);
        const int refusals = scalar(*db, QStringLiteral("SELECT count(*) FROM access_log"));
        auto acting = testsupport::actor(*db, user);
        auto report = ReportService(*acting.session).roundReport(roundId);
        QVERIFY(report.ok()); // every role reads the round's figures
        QStringList seen;
        for (const GroupFigure &g : report->byCaseworker)
            seen << g.name;
        QCOMPARE(seen, caseworkers);
        QCOMPARE(report->byCaseworkerLimited, limited);
        QCOMPARE(report->byTeam.size(), 2);
        QCOMPARE(report->errorFree.successes, 5);
        // Nothing was refused, and no case was opened: the access log is as it was.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM access_log")), refusals);
    }

    // A sample round's cases added for a remediated defect were not drawn: they are reviewed and counted in the
    // progress, but left out of the shares and their bounds.
    void followUpCasesAreLeftOutOfASamplesShares()
    {
        auto db = testsupport::memoryDatabase();
        QList<CaseFile> list;
        for (int i = 1; i <= 30; ++i)
            list << makeCase(i, Ali, Nord);
        QVERIFY(addCases(*db, list).ok());
        auto me = testsupport::actor(*db);
        auto round = RoundService(*me.session).create(spec(QStringLiteral("Stikprøve"), RoundKind::Sample, 10));
        QVERIFY(round.ok());
        auto sample = RoundService(*me.session).cases(round->id);
        ReviewService reviews(*me.session);
        for (const RoundCase &rc : sample.value())
            QVERIFY(answerAll(reviews, ReviewRef{rc.caseId, round->id},
                              rc.drawOrder <= 2 ? QStringList{Goal} : QStringList{})
                        .ok());
        // The first two cases drawn (both with the goal not met) as if added for a remediated defect.
        QSqlQuery mark(sqlOf(*db));
        mark.prepare(QStringLiteral("UPDATE round_sample SET reason = 'remediated-defect' WHERE round_id = ? "
                                    "AND draw_order <= 2"));
        mark.addBindValue(round->id);
        QVERIFY(mark.exec());
        QCOMPARE(mark.numRowsAffected(), 2);

        auto report = ReportService(*me.session).roundReport(round->id);
        QVERIFY(report.ok());
        QCOMPARE(report->sample, 10);
        QCOMPARE(report->reviewed, 10);
        QCOMPARE(report->followUpCases, 2);
        QCOMPARE(report->followUpReviewed, 2);
        QVERIFY(report->followUpLeftOut);
        QCOMPARE(report->errorFree.successes, 8);
        QCOMPARE(report->errorFree.n, 8);
        QCOMPARE(itemOf(report.value(), Goal)->notMet, 0);
        QCOMPARE(report->defects.open, 2); // their defects are followed up all the same
    }

    // Reviews outside any round (round 0) were chosen by hand: figures, but no bound.
    void reviewsOutsideRounds()
    {
        auto db = testsupport::memoryDatabase();
        QList<CaseFile> list;
        for (int i = 1; i <= 6; ++i)
            list << makeCase(i, Mette, Syd);
        QVERIFY(addCases(*db, list).ok());
        auto me = testsupport::actor(*db);
        ReviewService reviews(*me.session);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(answerAll(reviews, ReviewRef{db->cases().idForNumber(list.at(i - 1).caseNumber).value(), 0},
                              i == 1 ? QStringList{Goal} : QStringList{})
                        .ok());
        auto report = ReportService(*me.session).roundReport(0);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(!report->kind);
        QCOMPARE(report->design, stats::Design::NotSampled);
        QCOMPARE(report->population, 6);
        QCOMPARE(report->reviewed, 3);
        QCOMPARE(report->errorFree.successes, 2);
        QVERIFY(!report->errorFree.lower95());
        QCOMPARE(itemOf(report.value(), Goal)->notMet, 1);
        QCOMPARE(report->defects.open, 1);
    }

    // The figures read answer counts that triggers keep (migration 5) instead of every answer. After every way
    // an answer or a review changes (answered, changed, answer deleted, sent back, approved, the case deleted
    // with its reviews) the counts equal a recount of the answers, and the report equals one counted by hand.
    void answerTalliesAgreeWithARecount()
    {
        auto db = testsupport::memoryDatabase();
        addUsers(*db);
        const qint64 roundId = buildMixedRound(*db);
        QVERIFY(roundId > 0);
        QSqlDatabase &sqldb = sqlOf(*db);
        const QString recountItems = QStringLiteral(
            "SELECT coalesce(r.round_id, 0), i.key, count(*) FILTER (WHERE a.answer = 'met'), "
            "count(*) FILTER (WHERE a.answer = 'not-met'), count(*) FILTER (WHERE a.answer = 'na'), "
            "count(*) FILTER (WHERE a.answer IS NULL) FROM answers a JOIN reviews r ON r.id = a.review_id "
            "JOIN items i ON i.id = a.item_id GROUP BY 1, 2");
        const QString keptItems =
            QStringLiteral("SELECT round_key, item_key, met, not_met, na, unanswered FROM item_tallies "
                           "WHERE met + not_met + na + unanswered > 0");
        const QString recountReviews =
            QStringLiteral("SELECT review_id, count(*) FILTER (WHERE answer = 'met'), count(*) FILTER (WHERE answer = "
                           "'not-met'), count(*) FILTER (WHERE answer = 'na'), count(*) FILTER (WHERE answer IS NULL) "
                           "FROM answers GROUP BY review_id");
        const QString keptReviews = QStringLiteral("SELECT review_id, met, not_met, na, unanswered FROM review_tallies "
                                                   "WHERE met + not_met + na + unanswered > 0");
        const auto differences = [&] {
            return scalar(*db, QStringLiteral("SELECT count(*) FROM (") + recountItems + QStringLiteral(" EXCEPT ") +
                                   keptItems + QStringLiteral(") AS d")) +
                   scalar(*db, QStringLiteral("SELECT count(*) FROM (") + keptItems + QStringLiteral(" EXCEPT ") +
                                   recountItems + QStringLiteral(") AS d")) +
                   scalar(*db, QStringLiteral("SELECT count(*) FROM (") + recountReviews + QStringLiteral(" EXCEPT ") +
                                   keptReviews + QStringLiteral(") AS d")) +
                   scalar(*db, QStringLiteral("SELECT count(*) FROM (") + keptReviews + QStringLiteral(" EXCEPT ") +
                                   recountReviews + QStringLiteral(") AS d"));
        };
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM item_tallies")) > 0);
        QCOMPARE(differences(), 0);

        // An answer changed from met to not met and back, through the services (upsert: the update trigger).
        auto kon = testsupport::actor(*db, QStringLiteral("kon"));
        ReviewService reviews(*kon.session);
        const ReviewRef five{db->cases().idForNumber(makeCase(5, {}, {}).caseNumber).value(), roundId};
        QVERIFY(reviews.answer(five, Goal, AnswerValue::Met, QStringLiteral("found it after all")).ok());
        QCOMPARE(differences(), 0);
        QVERIFY(reviews.answer(five, Signed, AnswerValue::NotApplicable, QStringLiteral("not signed yet")).ok());
        QCOMPARE(differences(), 0);
        auto report = ReportService(*kon.session).roundReport(roundId);
        QVERIFY(report.ok());
        const int notMetBefore = itemOf(report.value(), Goal)->notMet;

        // An answer moved to another review and given another value in one UPDATE (psql can): the old review and
        // item lose it, the new ones gain it (on a server the update trigger moves counts by their difference).
        const QString movable = QStringLiteral(
            "SELECT %1 FROM answers a JOIN reviews r ON r.id <> a.review_id WHERE a.answer = 'met' AND NOT EXISTS "
            "(SELECT 1 FROM answers b WHERE b.review_id = r.id AND b.item_id = a.item_id) "
            "ORDER BY a.review_id, a.item_id, r.id LIMIT 1");
        const int from = scalar(*db, movable.arg(QStringLiteral("a.review_id")));
        const int item = scalar(*db, movable.arg(QStringLiteral("a.item_id")));
        const int to = scalar(*db, movable.arg(QStringLiteral("r.id")));
        QVERIFY(from > 0 && to > 0);
        QVERIFY(sql::run(sqldb,
                         QStringLiteral("UPDATE answers SET review_id = ?, answer = 'na' WHERE review_id = ? AND "
                                        "item_id = ?"),
                         {to, from, item})
                    .ok());
        QCOMPARE(differences(), 0);
        QVERIFY(sql::run(sqldb,
                         QStringLiteral("UPDATE answers SET review_id = ?, answer = 'met' WHERE review_id = ? AND "
                                        "item_id = ?"),
                         {from, to, item})
                    .ok());
        QCOMPARE(differences(), 0);

        // Case 2 (two defects, completed) deleted with its reviews: its answers leave the counts.
        QVERIFY(
            sql::run(sqldb, QStringLiteral("DELETE FROM cases WHERE case_number = ?"), {makeCase(2, {}, {}).caseNumber})
                .ok());
        QCOMPARE(differences(), 0);
        report = ReportService(*kon.session).roundReport(roundId);
        QVERIFY(report.ok());
        QCOMPARE(itemOf(report.value(), Goal)->notMet, notMetBefore - 1);
        QCOMPARE(itemOf(report.value(), Signed)->notMet, 0);

        // The counts of a review cannot be moved to another round by changing the review.
        QVERIFY(
            !sql::run(sqldb, QStringLiteral("UPDATE reviews SET round_id = NULL WHERE round_id = ?"), {roundId}).ok());
    }

    void aRoundWithNothingReviewedYet()
    {
        auto db = testsupport::memoryDatabase();
        QVERIFY(addCases(*db, {makeCase(1, Ali, Nord), makeCase(2, Ali, Nord)}).ok());
        auto me = testsupport::actor(*db);
        auto round = RoundService(*me.session).create(spec(QStringLiteral("Ny"), RoundKind::Walkthrough));
        QVERIFY(round.ok());
        auto report = ReportService(*me.session).roundReport(round->id);
        QVERIFY(report.ok());
        QCOMPARE(report->reviewed, 0);
        QCOMPARE(report->remaining(), 2);
        QVERIFY(!report->errorFree.percent());
        QVERIFY(report->items.isEmpty());
        QCOMPARE(report->byCaseworker.size(), 1);
        QCOMPARE(report->byCaseworker.first().cases, 2);
        QCOMPARE(report->byCaseworker.first().reviewed, 0);
    }

    void aMissingRoundIsNotFound()
    {
        auto db = testsupport::memoryDatabase();
        auto me = testsupport::actor(*db);
        auto report = ReportService(*me.session).roundReport(4711);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::NotFound);
        auto figures = db->roundStatistics().figures(4711, QDate(2020, 1, 1), RoundStatistics::FollowUp::Count);
        QCOMPARE(figures.error().kind, Error::Kind::NotFound);
    }

    // sagstjek-cli report ROUND --json: the fields the issue names, the figures of the mixed round; the text form.
    void reportCommandEndToEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.db"));
        {
            auto db = testsupport::fileDatabase(dir, QStringLiteral("report.db"));
            addUsers(*db);
            QVERIFY(buildMixedRound(*db) > 0);
        }
        auto run = [&](const QString &user, QStringList args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} +
                                       args);
        };
        const QString later = QDate::currentDate().addDays(60).toString(Qt::ISODate);
        auto json = run(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Blandet"),
                                                  QStringLiteral("--as-of"), later, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        for (const char *field : {"round", "kind", "population", "reviewed", "remaining", "target_percent",
                                  "error_free", "items", "by_caseworker", "by_team", "defects"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        QCOMPARE(o.value(u"round").toString(), QStringLiteral("Blandet"));
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("walkthrough"));
        QCOMPARE(o.value(u"population").toInt(), 10);
        QCOMPARE(o.value(u"reviewed").toInt(), 7);
        QCOMPARE(o.value(u"remaining").toInt(), 3);
        QCOMPARE(o.value(u"target_percent").toInt(), 90);
        const QJsonObject errorFree = o.value(u"error_free").toObject();
        QCOMPARE(errorFree.value(u"cases").toInt(), 5);
        QCOMPARE(errorFree.value(u"of").toInt(), 7);
        QCOMPARE(errorFree.value(u"percent").toDouble(), 71.4); // 5 of 7 = 71.43 %, one decimal
        QVERIFY(errorFree.value(u"lower95").isNull());          // a census
        QJsonObject goal;
        for (const QJsonValue &item : o.value(u"items").toArray())
            if (item.toObject().value(u"key").toString() == Goal)
                goal = item.toObject();
        QCOMPARE(goal.value(u"met").toInt(), 4);
        QCOMPARE(goal.value(u"not_met").toInt(), 2);
        QCOMPARE(goal.value(u"na").toInt(), 0);
        QCOMPARE(goal.value(u"unanswered").toInt(), 1);
        QCOMPARE(goal.value(u"percent").toDouble(), 66.7);
        QVERIFY(goal.value(u"lower95").isNull());
        QCOMPARE(o.value(u"by_caseworker").toArray().size(), 3);
        for (const QJsonValue &line : o.value(u"by_caseworker").toArray())
            if (line.toObject().value(u"caseworker").toString() == Ali) {
                QCOMPARE(line.toObject().value(u"reviewed").toInt(), 4);
                QCOMPARE(line.toObject().value(u"error_free").toInt(), 3);
                QCOMPARE(line.toObject().value(u"percent").toDouble(), 97.5);
                QVERIFY(line.toObject().value(u"small").toBool());
            }
        QCOMPARE(o.value(u"by_team").toArray().size(), 2);
        const QJsonObject defects = o.value(u"defects").toObject();
        QCOMPARE(defects.value(u"open").toInt(), 2);
        QCOMPARE(defects.value(u"remediated").toInt(), 1);
        QCOMPARE(defects.value(u"verified").toInt(), 1);
        QCOMPARE(defects.value(u"overdue").toInt(), 2);

        // A caseworker reads the same round: the aggregates, and only her own line.
        auto own = run(QStringLiteral("mette"),
                       {QStringLiteral("report"), QStringLiteral("Blandet"), QStringLiteral("--json")});
        QCOMPARE(own.exitCode, 0);
        const QJsonArray lines = QJsonDocument::fromJson(own.out).object().value(u"by_caseworker").toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"caseworker").toString(), Mette);

        // The text form, in the report's language.
        auto text = run(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Blandet")});
        QCOMPARE(text.exitCode, 0);
        const QString english = QString::fromUtf8(text.out);
        QVERIFY2(english.contains(QStringLiteral("7 of 10 reviewed, 3 remaining (population 10)")),
                 qPrintable(english));
        QVERIFY(english.contains(QStringLiteral("Error-free cases: 5 of 7 = 71.4 %, below the 90 % target; every case "
                                                "in the round is reviewed, so the figure has no interval")));
        auto danish = run(QStringLiteral("leder"), {QStringLiteral("--lang"), QStringLiteral("da"),
                                                    QStringLiteral("report"), QStringLiteral("Blandet")});
        QCOMPARE(danish.exitCode, 0);
        const QString da = QString::fromUtf8(danish.out);
        QVERIFY2(da.contains(QStringLiteral("7 af 10 gennemgået, 3 tilbage (population 10)")), qPrintable(da));
        QVERIFY(da.contains(QStringLiteral("Fejlfri sager: 5 af 7 = 71,4 %, under målet på 90 %")));

        auto missing = run(QStringLiteral("leder"), {QStringLiteral("report"), QStringLiteral("Findes ikke")});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
