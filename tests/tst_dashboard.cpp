// The dashboard's data (issue 10) and the reader connection it is loaded on in the background: the same figures
// as on the writer's connection, nothing written through a reader, a schema the reader does not know refused,
// a cancelled load stopped, and what a caseworker sees of other people's defects and actions.
#include "services/actionplanservice.h"
#include "services/complaintservice.h"
#include "services/dashboardservice.h"
#include "services/grantservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/migrations.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace sagstjek;

namespace {

const QString Goal = QStringLiteral("integration.contract.goal");

Status review(ReviewService &service, const ReviewRef &ref, bool goalMet)
{
    auto state = service.load(ref);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = item->key == Goal && !goalMet ? AnswerValue::NotMet : AnswerValue::Met;
        auto answered = service.answer(ref, item->key, value, QStringLiteral("checked"));
        if (!answered)
            return answered.error();
        if (value == AnswerValue::NotMet && answered->after.defect) {
            Defect d = *answered->after.defect;
            d.description = QStringLiteral("no goal");
            d.due = QDate(2026, 11, 1); // overdue on the test's day
            if (auto saved = service.saveDefect(ref, d); !saved)
                return saved.error();
        }
    }
    return service.complete(ref);
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_round = 0;
    const rules::FixedClock m_clock{QDate(2026, 12, 1)};

private slots:
    void init()
    {
        m_db =
            testsupport::fileDatabase(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        QVERIFY(m_db);
        testsupport::addUser(*m_db, QStringLiteral("koord"), Role::Coordinator);
        testsupport::addUser(*m_db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        QList<CaseFile> cases;
        for (int i = 1; i <= 8; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("D-%1").arg(i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.area = QStringLiteral("integration");
            c.subgroup = QStringLiteral("refugee");
            c.caseworker = i <= 4 ? QStringLiteral("Ali Hassan") : QStringLiteral("Mette Sørensen");
            c.dates.insert(QStringLiteral("takeover"), QDate(2026, 2, i));
            cases << c;
        }
        QVERIFY(addCases(*m_db, cases).ok());
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("en"), &m_clock);
        RoundSpec spec;
        spec.name = QStringLiteral("Efterår");
        spec.kind = RoundKind::Walkthrough;
        spec.seed = 3;
        auto round = RoundService(*koord.session).create(spec);
        QVERIFY(round.ok());
        m_round = round->id;
        ReviewService reviews(*koord.session);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(review(reviews, {m_db->cases().idForNumber(QStringLiteral("D-%1").arg(i)).value(), m_round},
                           i != 2 && i != 6)
                        .ok());
    }

    void cleanup() { m_db.reset(); }

    // Loaded in another thread on a reader: the same figures as on the writer's own connection.
    void aReaderInAnotherThreadSeesWhatTheWriterSees()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("en"), &m_clock);
        auto here = DashboardService(*koord.session).load();
        QVERIFY2(here.ok(), qPrintable(here.error().message));
        const DashboardRequest request{m_db->path(), QStringLiteral("koord"), QStringLiteral("en"), m_clock.today()};
        auto there = QtConcurrent::run([request] { return loadDashboard(request); }).result();
        QVERIFY2(there.ok(), qPrintable(there.error().message));

        for (const Dashboard *d : {&here.value(), &there.value()}) {
            QCOMPARE(d->today, QDate(2026, 12, 1));
            QCOMPARE(d->rounds.size(), 1);
            QCOMPARE(d->rounds.first().reviewed, 8);
            QCOMPARE(d->rounds.first().errorFree.successes, 6);
            QCOMPARE(d->defectTotals.open, 2);
            QCOMPARE(d->defectTotals.overdue, 2);
            QCOMPARE(d->defectsByOwner.size(), 2); // one per caseworker
        }
        // The cases behind the goal's bar.
        auto behind = DashboardService(*koord.session).casesNotMeeting(here->rounds.first(), Goal);
        QVERIFY(behind.ok());
        QCOMPARE(behind->size(), 2);
        QCOMPARE(behind->at(0).caseNumber, QStringLiteral("D-2"));
        QCOMPARE(behind->at(1).caseNumber, QStringLiteral("D-6"));
    }

    // The trend: closed rounds beside the open one, oldest first, each with its error-free share; the open round
    // is the one on the dashboard.
    void theTrendHoldsClosedAndOpenRounds()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("en"), &m_clock);
        QVERIFY(RoundService(*koord.session).close(m_round).ok());
        RoundSpec spec;
        spec.name = QStringLiteral("Vinter");
        spec.kind = RoundKind::Walkthrough;
        auto winter = RoundService(*koord.session).create(spec);
        QVERIFY(winter.ok());
        ReviewService reviews(*koord.session);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(
                review(reviews, {m_db->cases().idForNumber(QStringLiteral("D-%1").arg(i)).value(), winter->id}, true)
                    .ok());
        const DashboardRequest request{m_db->path(), QStringLiteral("koord"), QStringLiteral("en"), m_clock.today()};
        auto loaded = QtConcurrent::run([request] { return loadDashboard(request); }).result();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const Trend &trend = loaded->trend;
        QCOMPARE(trend.rounds.size(), 2);
        QCOMPARE(trend.rounds.at(0).name, QStringLiteral("Efterår"));
        QCOMPARE(trend.rounds.at(0).errorFree.successes, 6);
        QCOMPARE(trend.rounds.at(0).errorFree.n, 8);
        QCOMPARE(trend.rounds.at(1).name, QStringLiteral("Vinter"));
        QCOMPARE(trend.rounds.at(1).errorFree.successes, 4);
        QCOMPARE(trend.rounds.at(1).reviewed, 4);
        QCOMPARE(loaded->rounds.size(), 1); // only the open round is on the dashboard
        QCOMPARE(loaded->rounds.first().roundId, winter->id);
    }

    // The registers beside the rounds: the round's grants to correct, the reversal rate of the last twelve
    // months (a decision older than that, and a rejected one, left out) and the action plan's late actions.
    void grantsComplaintsAndLateActions()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("en"), &m_clock);
        GrantLine line;
        line.month = QStringLiteral("2017-03");
        line.received = true;
        line.entitled = false;
        QVERIFY(GrantService(*koord.session).setLine(QStringLiteral("D-1"), line).ok());
        ComplaintService complaints(*koord.session);
        const QString paragraph = QStringLiteral("SEL § 96");
        for (const auto &[decided, outcome] : QList<std::pair<QDate, ComplaintOutcome>>{
                 {QDate(2026, 5, 2), ComplaintOutcome::Remitted},
                 {QDate(2026, 6, 3), ComplaintOutcome::Upheld},
                 {QDate(2026, 7, 4), ComplaintOutcome::Rejected},
                 {QDate(2025, 11, 30), ComplaintOutcome::Changed}}) // over a year ago
            QVERIFY(complaints.add({QString(), paragraph, decided, outcome, {}}).ok());
        ActionPlanService plans(*koord.session);
        auto plan = plans.createPlan(QStringLiteral("Handleplan 2026"), QDate(2027, 3, 1));
        QVERIFY(plan.ok());
        auto theme = plans.addTheme(plan.value(), QStringLiteral("Ledelse og organisering"));
        QVERIFY(theme.ok());
        QVERIFY(plans
                    .addAction(theme.value(), {QStringLiteral("Sparring om opfølgning"),
                                               QStringLiteral("Karin"),
                                               QDate(2026, 11, 30),
                                               std::nullopt,
                                               {}})
                    .ok());
        QVERIFY(plans
                    .addAction(theme.value(), {QStringLiteral("Ny tjekliste"),
                                               QStringLiteral("Karin"),
                                               QDate(2026, 12, 1),
                                               std::nullopt,
                                               {}}) // due today: not late
                    .ok());

        auto dashboard = DashboardService(*koord.session).load();
        QVERIFY2(dashboard.ok(), qPrintable(dashboard.error().message));
        QVERIFY(dashboard->rounds.first().grants.has_value());
        QCOMPARE(dashboard->rounds.first().grants->differenceOre(), qint64(396000)); // 3.960 kr., the 2017 rate
        QCOMPARE(dashboard->complaintsFrom, QDate(2025, 12, 2));
        QCOMPARE(dashboard->complaints.decided(), 2);
        QCOMPARE(dashboard->complaints.reversed(), 1);
        QCOMPARE(dashboard->complaints.notConsidered(), 1);
        QCOMPARE(dashboard->lateActions.size(), 1);
        QCOMPARE(dashboard->lateActions.first().action.what, QStringLiteral("Sparring om opfølgning"));
    }

    void aCaseworkerSeesTheirOwnDefectsAndCases()
    {
        auto ali = testsupport::actor(*m_db, QStringLiteral("ali"), QStringLiteral("en"), &m_clock);
        auto dashboard = DashboardService(*ali.session).load();
        QVERIFY(dashboard.ok());
        QCOMPARE(dashboard->defectsByOwner.size(), 1);
        QCOMPARE(dashboard->defectsByOwner.first().owner, QStringLiteral("Ali Hassan"));
        QCOMPARE(dashboard->defectTotals.open, 1);
        auto behind = DashboardService(*ali.session).casesNotMeeting(dashboard->rounds.first(), Goal);
        QVERIFY(behind.ok());
        QCOMPARE(behind->size(), 1);
        QCOMPARE(behind->first().caseNumber, QStringLiteral("D-2"));
    }

    void aReaderCannotWrite()
    {
        auto reader = Database::openReader(m_db->path());
        QVERIFY2(reader.ok(), qPrintable(reader.error().message));
        QSqlQuery write(sqlOf(*reader.value()));
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM answers")));
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM answers"))->toInt() > 0, true);
    }

    void aReaderRefusesAnotherSchemaVersion()
    {
        QSqlQuery set(sqlOf(*m_db));
        QVERIFY(set.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
        auto reader = Database::openReader(m_db->path());
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().message.contains(QStringLiteral("schema")), qPrintable(reader.error().message));
        QVERIFY(set.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion())));
        QVERIFY(!Database::openReader(m_dir.filePath(QStringLiteral("missing.db"))).ok());
    }

    void aCancelledLoadStops()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("en"), &m_clock);
        auto loaded = DashboardService(*koord.session).load([] { return true; });
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
