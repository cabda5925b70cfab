// The dashboard driven like a user (issue 10): it loads in the background on a database file, shows the open
// round's progress and figures, a click on a check item's bar lists the cases behind it, and Enter on a case asks
// for its cue card. A caseworker sees only their own cases behind a bar; Cancel keeps what was shown.
#include "dashboardview.h"
#include "language.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "testsupport.h"

#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

namespace {

const QString Goal = QStringLiteral("integration.contract.goal");
const QString Ali = QStringLiteral("Ali Hassan");
const QString Mette = QStringLiteral("Mette Sørensen");

QString caseNumber(int i)
{
    return QStringLiteral("INT-%1").arg(i, 2, 10, QLatin1Char('0'));
}

// Answers every applicable item (met, or not met for `notMet` with the description completion needs).
Status review(ReviewService &service, const ReviewRef &ref, const QString &notMet = {})
{
    auto state = service.load(ref);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = item->key == notMet ? AnswerValue::NotMet : AnswerValue::Met;
        auto answered = service.answer(ref, item->key, value, QStringLiteral("checked"));
        if (!answered)
            return answered.error();
        if (value == AnswerValue::NotMet && answered->after.defect) {
            Defect d = *answered->after.defect;
            d.description = QStringLiteral("no goal in Min Plan");
            if (auto saved = service.saveDefect(ref, d); !saved)
                return saved.error();
        }
    }
    return service.complete(ref);
}

} // namespace

class TestViewDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_round = 0;

    // Waits for the view's background load and checks it succeeded.
    static void waitLoaded(DashboardView &view)
    {
        if (view.isLoading()) {
            QSignalSpy loaded(&view, &DashboardView::loaded);
            QVERIFY(loaded.wait(20000));
        }
        QVERIFY2(!view.message().contains(QStringLiteral("could not")), qPrintable(view.message()));
    }

    // Clicks the middle of the bar of `itemKey` in the chart.
    static void clickBar(DashboardView &view, const QString &itemKey)
    {
        const RoundReport &report = view.dashboard().rounds.first();
        int index = -1;
        for (int i = 0; i < report.items.size(); ++i)
            if (report.items.at(i).key == itemKey)
                index = i;
        QVERIFY(index >= 0);
        QChart *chart = view.chartView()->chart();
        QAbstractSeries *bars = chart->series().first();
        QVERIFY(qobject_cast<QBarSeries *>(bars));
        const double height = report.items.at(index).compliance.percent().value_or(0);
        const QPointF inChart = chart->mapToPosition(QPointF(index, height / 2), bars);
        const QPoint onScreen = view.chartView()->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {}, onScreen);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db =
            testsupport::fileDatabase(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        QVERIFY(m_db);
        testsupport::addUser(*m_db, QStringLiteral("koord"), Role::Coordinator);
        testsupport::addUser(*m_db, QStringLiteral("mette"), Role::Caseworker, Mette);
        QList<CaseFile> cases;
        for (int i = 1; i <= 12; ++i) {
            CaseFile c;
            c.caseNumber = caseNumber(i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.cpr = QStringLiteral("0101901234");
            c.area = QStringLiteral("integration");
            c.subgroup = QStringLiteral("refugee");
            c.caseworker = i % 2 ? Mette : Ali;
            c.team = QStringLiteral("Team Nord");
            c.dates.insert(QStringLiteral("takeover"), QDate(2026, 3, i));
            cases << c;
        }
        QVERIFY(addCases(*m_db, cases).ok());
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundSpec spec;
        spec.name = QStringLiteral("Gennemgang efterår 2026");
        spec.kind = RoundKind::Walkthrough;
        spec.seed = 7;
        auto round = RoundService(*koord.session).create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        m_round = round->id;
        ReviewService reviews(*koord.session);
        for (int i = 1; i <= 6; ++i) {
            const ReviewRef ref{m_db->cases().idForNumber(caseNumber(i)).value(), m_round};
            const Status done = review(reviews, ref, i == 2 || i == 3 ? Goal : QString());
            QVERIFY2(done.ok(), qPrintable(done.error().message));
        }
    }

    void cleanup() { m_db.reset(); }

    void clickingABarListsItsCasesAndEnterOpensOne()
    {
        // In Danish, as a Danish leader sees it (the window's language and the figures' agree).
        language::install(QStringLiteral("da"));
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("da"));
        DashboardView view(*koord.session);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        waitLoaded(view);

        QCOMPARE(view.dashboard().rounds.size(), 1);
        auto *rounds = view.findChild<QTableWidget *>(QStringLiteral("openRounds"));
        QCOMPARE(rounds->item(0, 0)->text(), QStringLiteral("Gennemgang efterår 2026"));
        QCOMPARE(rounds->item(0, 1)->text(), QStringLiteral("6 af 12 gennemgået, 6 tilbage"));
        QCOMPARE(rounds->item(0, 2)->text(), QStringLiteral("66,7 % (4 af 6)")); // a census: no bound
        auto *defects = view.findChild<QTableWidget *>(QStringLiteral("defectsByOwner"));
        QCOMPARE(defects->item(defects->rowCount() - 1, 1)->text(), QStringLiteral("2"));

        // The trend: the one round so far, at its error-free share.
        QCOMPARE(view.dashboard().trend.rounds.size(), 1);
        auto trendSeries = view.trendView()->chart()->series();
        const auto line = std::find_if(trendSeries.begin(), trendSeries.end(),
                                       [](QAbstractSeries *s) { return s->name() == QStringLiteral("Fejlfri sager"); });
        QVERIFY(line != trendSeries.end());
        QCOMPARE(qobject_cast<QLineSeries *>(*line)->count(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(*line)->at(0).y(), 66.7);

        clickBar(view, Goal);
        QCOMPARE(view.currentItem(), Goal);
        auto *cases = view.findChild<QTableWidget *>(QStringLiteral("cases"));
        QCOMPARE(cases->rowCount(), 2);
        QCOMPARE(cases->item(0, 0)->text(), caseNumber(2));
        QCOMPARE(cases->item(1, 0)->text(), caseNumber(3));
        for (int row = 0; row < cases->rowCount(); ++row)
            for (int column = 0; column < cases->columnCount(); ++column)
                QVERIFY(!cases->item(row, column)->text().contains(QStringLiteral("0101901234")));

        // The keyboard alone: to the second case, Enter.
        QSignalSpy open(&view, &DashboardView::openCaseRequested);
        cases->setFocus();
        cases->setCurrentCell(1, 0);
        QTest::keyClick(cases, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), m_round);
        QCOMPARE(open.first().at(1).toLongLong(), m_db->cases().idForNumber(caseNumber(3)).value());
        language::install(QStringLiteral("en"));
    }

    // Choosing the item in the table (keyboard) lists the same cases as the bar.
    void theItemTableChoosesLikeTheBars()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        DashboardView view(*koord.session);
        view.show();
        view.refresh();
        waitLoaded(view);
        const RoundReport &report = view.dashboard().rounds.first();
        int goalRow = -1;
        for (int i = 0; i < report.items.size(); ++i)
            if (report.items.at(i).key == Goal)
                goalRow = i;
        auto *items = view.findChild<QTableWidget *>(QStringLiteral("items"));
        items->setFocus();
        items->setCurrentCell(0, 0);
        for (int i = 0; i < goalRow; ++i)
            QTest::keyClick(items, Qt::Key_Down);
        QCOMPARE(view.currentItem(), Goal);
        QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("cases"))->rowCount(), 2);
    }

    void aCaseworkerSeesTheirOwnCasesBehindABar()
    {
        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"));
        DashboardView view(*mette.session);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        waitLoaded(view);
        clickBar(view, Goal);
        auto *cases = view.findChild<QTableWidget *>(QStringLiteral("cases"));
        QCOMPARE(cases->rowCount(), 1);
        QCOMPARE(cases->item(0, 0)->text(), caseNumber(3)); // Mette's; case 2 is Ali's
        // Her own defect only, in the owner table.
        auto *defects = view.findChild<QTableWidget *>(QStringLiteral("defectsByOwner"));
        QCOMPARE(defects->item(defects->rowCount() - 1, 1)->text(), QStringLiteral("1"));
    }

    void cancelKeepsWhatWasShown()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        DashboardView view(*koord.session);
        view.refresh();
        waitLoaded(view);
        QCOMPARE(view.dashboard().rounds.size(), 1);
        // A second round appears; a refresh is started and cancelled at once: the first figures stay.
        RoundSpec spec;
        spec.name = QStringLiteral("Stikprøve");
        spec.kind = RoundKind::Sample;
        spec.sampleSize = 4;
        spec.seed = 1;
        QVERIFY(RoundService(*koord.session).create(spec).ok());
        view.refresh();
        QVERIFY(view.isLoading());
        view.cancel();
        QVERIFY(!view.isLoading());
        QVERIFY(view.message().contains(QStringLiteral("Cancelled")));
        QTest::qWait(500);
        QCOMPARE(view.dashboard().rounds.size(), 1);
        // F5 loads again, with both rounds.
        view.refresh();
        waitLoaded(view);
        QCOMPARE(view.dashboard().rounds.size(), 2);
    }
};

QTEST_MAIN(TestViewDashboard)
#include "tst_view_dashboard.moc"
