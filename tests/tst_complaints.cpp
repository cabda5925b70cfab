// The complaint register and the reversal rate (issue 10): outcome words, paragraph grouping, the rate with
// rejected and referred decisions left out (Solrød 2024's 71 %), the exact two-sided bounds, the counts per
// paragraph from the database, who sees which rows, audit records, and the CSV/XLSX import (errors, unknown case
// numbers, re-importing without doubling).
#include "io/xlsxtablewriter.h"
#include "rules/clock.h"
#include "services/complaintservice.h"
#include "services/statistics.h"
#include "services/tablefile.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sagstjek;

namespace {

const QDate Today(2026, 12, 1);

// P(X >= k) and P(X <= k) for X ~ Binomial(n, p), summed term by term: independent of Boost.Math.
double upperTail(int k, int n, double p)
{
    double sum = 0;
    for (int i = k; i <= n; ++i) {
        double term = 1;
        for (int j = 1; j <= i; ++j)
            term *= double(n - i + j) / j; // C(n, i)
        sum += term * std::pow(p, i) * std::pow(1 - p, n - i);
    }
    return sum;
}
double lowerTail(int k, int n, double p)
{
    return 1 - (k + 1 <= n ? upperTail(k + 1, n, p) : 0.0);
}

int countRows(Database &db, const QString &statement)
{
    return sql::scalar(sqlOf(db), statement).value().toInt();
}

std::unique_ptr<TableFile> table(const QStringList &headers, const QList<QStringList> &rows)
{
    return TableFile::fromTable(headers, rows);
}

} // namespace

class TestComplaints : public QObject {
    Q_OBJECT

    rules::FixedClock m_clock{Today};

    struct Fixture {
        std::unique_ptr<Database> db;
        testsupport::Actor leader;
        std::unique_ptr<ComplaintService> service;
    };
    Fixture fixture(bool demo = false)
    {
        Fixture f;
        f.db = testsupport::memoryDatabase(demo);
        testsupport::addUser(*f.db, QStringLiteral("leder"), Role::Leader);
        f.leader = testsupport::actor(*f.db, QStringLiteral("leder"), QStringLiteral("en"), &m_clock);
        f.service = std::make_unique<ComplaintService>(*f.leader.session);
        return f;
    }
    static ComplaintInput input(const QString &paragraph, ComplaintOutcome outcome, QDate decided = QDate(2024, 5, 2),
                                const QString &caseNumber = {})
    {
        return {caseNumber, paragraph, decided, outcome, {}};
    }

private slots:
    void outcomeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // empty: not an outcome
        QTest::newRow("stadfæstet") << QStringLiteral("stadfæstet") << QStringLiteral("upheld");
        QTest::newRow("Stadfæstet with a capital") << QStringLiteral(" Stadfæstet ") << QStringLiteral("upheld");
        QTest::newRow("stadfaestet without æ") << QStringLiteral("stadfaestet") << QStringLiteral("upheld");
        QTest::newRow("STADFASTET without the letter") << QStringLiteral("STADFASTET") << QStringLiteral("upheld");
        QTest::newRow("ændret") << QStringLiteral("ændret") << QStringLiteral("changed");
        QTest::newRow("Aendret") << QStringLiteral("Aendret") << QStringLiteral("changed");
        QTest::newRow("ÆNDRET") << QStringLiteral("ÆNDRET") << QStringLiteral("changed");
        QTest::newRow("ophævet") << QStringLiteral("ophævet") << QStringLiteral("annulled");
        QTest::newRow("ophaevet") << QStringLiteral("ophaevet") << QStringLiteral("annulled");
        QTest::newRow("hjemvist") << QStringLiteral("Hjemvist") << QStringLiteral("remitted");
        QTest::newRow("afvist") << QStringLiteral("afvist") << QStringLiteral("rejected");
        QTest::newRow("henvist") << QStringLiteral("HENVIST") << QStringLiteral("referred");
        QTest::newRow("the English key") << QStringLiteral("Remitted") << QStringLiteral("remitted");
        QTest::newRow("a misspelling is no outcome") << QStringLiteral("hjemvisst") << QString();
        QTest::newRow("empty is no outcome") << QString() << QString();
    }
    void outcomeWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const auto outcome = complaints::outcomeFromText(text);
        QCOMPARE(outcome ? complaints::outcomeKey(*outcome) : QString(), key);
        if (outcome)
            QCOMPARE(complaints::outcomeFromText(complaints::outcomeDanish(*outcome)), outcome);
    }

    void paragraphsGroupTogether_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("spacing and case") << QStringLiteral("SEL § 96") << QStringLiteral("sel §96") << true;
        QTest::newRow("a trailing full stop") << QStringLiteral("SEL § 96.") << QStringLiteral("SEL  §  96") << true;
        QTest::newRow("another paragraph") << QStringLiteral("SEL § 96") << QStringLiteral("SEL § 95") << false;
        QTest::newRow("another law") << QStringLiteral("SEL § 96") << QStringLiteral("LAB § 96") << false;
    }
    void paragraphsGroupTogether()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(complaints::paragraphKey(a) == complaints::paragraphKey(b), same);
        QVERIFY(!complaints::paragraphKey(a).isEmpty());
    }

    // The test: reversal rates with rejected complaints left out.
    void reversalRatesWithRejectedLeftOut_data()
    {
        QTest::addColumn<QList<int>>("counts"); // upheld, changed, annulled, remitted, rejected, referred
        QTest::addColumn<int>("decided");
        QTest::addColumn<int>("reversed");
        QTest::addColumn<double>("percent"); // one decimal; -1: none
        QTest::addColumn<double>("low95");   // rounded down to one decimal
        QTest::addColumn<double>("high95");  // rounded up to one decimal
        QTest::addColumn<double>("exactLow");
        QTest::addColumn<double>("exactHigh");
        QTest::addColumn<bool>("tooFew");
        // Exact bounds: R's binom.test and a bisection on the binomial tails agree to 1e-15.
        QTest::newRow("Solrød 2024: 9 remitted + 1 changed + 4 upheld = 71 %")
            << QList<int>{4, 1, 0, 9, 0, 0} << 14 << 10 << 71.4 << 41.8 << 91.7 << 0.41896474281633844
            << 0.9161106816928726 << false;
        QTest::newRow("the same with 3 rejected and 2 referred: still 71 % of 14")
            << QList<int>{4, 1, 0, 9, 3, 2} << 14 << 10 << 71.4 << 41.8 << 91.7 << 0.41896474281633844
            << 0.9161106816928726 << false;
        QTest::newRow("(19 + 5) / 129 = 19 %, with 40 rejected left out")
            << QList<int>{105, 3, 2, 19, 40, 0} << 129 << 24 << 18.6 << 12.2 << 26.5 << 0.12299184473598304
            << 0.26405587270877684 << false;
        QTest::newRow("annulled counts as reversed") << QList<int>{1, 0, 3, 0, 0, 0} << 4 << 3 << 75.0 << 19.4 << 99.4
                                                     << 0.19412044968324338 << 0.9936905367902902 << true;
        QTest::newRow("2 upheld and 6 rejected: 0 % of 2, too few")
            << QList<int>{2, 0, 0, 0, 6, 0} << 2 << 0 << 0.0 << 0.0 << 84.2 << 0.0 << 0.8418861169915811 << true;
        QTest::newRow("only rejected and referred: no rate")
            << QList<int>{0, 0, 0, 0, 5, 1} << 0 << 0 << -1.0 << -1.0 << -1.0 << -1.0 << -1.0 << true;
    }
    void reversalRatesWithRejectedLeftOut()
    {
        QFETCH(QList<int>, counts);
        QFETCH(int, decided);
        QFETCH(int, reversed);
        QFETCH(double, percent);
        QFETCH(double, low95);
        QFETCH(double, high95);
        QFETCH(double, exactLow);
        QFETCH(double, exactHigh);
        QFETCH(bool, tooFew);

        // Registered one by one through the service, under spellings of one paragraph, and counted in SQL.
        Fixture f = fixture();
        const QStringList spellings = {QStringLiteral("SEL § 96"), QStringLiteral("sel §96"),
                                       QStringLiteral("SEL  § 96.")};
        int added = 0;
        for (int o = 0; o < counts.size(); ++o)
            for (int i = 0; i < counts.at(o); ++i) {
                auto result = f.service->add(input(spellings.at(added++ % spellings.size()),
                                                   complaints::allOutcomes().at(o), QDate(2024, 3, 1).addDays(i)));
                QVERIFY2(result.ok(), qPrintable(result.error().message));
            }
        // A decision outside the period and one under another paragraph change nothing.
        QVERIFY(f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Changed, QDate(2023, 12, 31))).ok());
        QVERIFY(f.service->add(input(QStringLiteral("SEL § 95"), ComplaintOutcome::Upheld, QDate(2024, 6, 1))).ok());

        auto report = f.service->report(QDate(2024, 1, 1), QDate(2024, 12, 31));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const auto sel96 = std::find_if(report->paragraphs.cbegin(), report->paragraphs.cend(),
                                        [](const ComplaintFigures &p) { return p.paragraphKey == u"sel§96"; });
        QCOMPARE(report->paragraphs.size(), added > 0 ? 2 : 1);
        if (added == 0)
            return;
        QVERIFY(sel96 != report->paragraphs.cend());
        QCOMPARE(sel96->paragraph, QStringLiteral("SEL § 96")); // a display form, not the key
        QCOMPARE(sel96->upheld, counts.at(0));
        QCOMPARE(sel96->changed, counts.at(1));
        QCOMPARE(sel96->annulled, counts.at(2));
        QCOMPARE(sel96->remitted, counts.at(3));
        QCOMPARE(sel96->rejected, counts.at(4));
        QCOMPARE(sel96->referred, counts.at(5));
        QCOMPARE(sel96->decided(), decided);
        QCOMPARE(sel96->reversed(), reversed);
        QCOMPARE(sel96->notConsidered(), counts.at(4) + counts.at(5));
        QCOMPARE(sel96->tooFew(), tooFew);

        const stats::Reversal r = sel96->reversal();
        QCOMPARE(r.percent().has_value(), percent >= 0);
        QCOMPARE(r.interval95().has_value(), percent >= 0);
        if (percent < 0)
            return;
        QCOMPARE(stats::roundedPercent(*r.percent()), percent);
        const stats::Interval bounds = *r.interval95();
        QCOMPARE(stats::roundedLowerBound(bounds.low), low95);
        QCOMPARE(stats::roundedUpperBound(bounds.high), high95);
        QVERIFY2(std::abs(bounds.low / 100 - exactLow) < 1e-9, qPrintable(QString::number(bounds.low, 'g', 17)));
        QVERIFY2(std::abs(bounds.high / 100 - exactHigh) < 1e-9, qPrintable(QString::number(bounds.high, 'g', 17)));
        // The bounds solve the Clopper–Pearson equations: each tail holds 2.5 %.
        if (reversed > 0)
            QVERIFY(std::abs(upperTail(reversed, decided, bounds.low / 100) - 0.025) < 1e-9);
        if (reversed < decided)
            QVERIFY(std::abs(lowerTail(reversed, decided, bounds.high / 100) - 0.025) < 1e-9);

        // The total adds up the paragraphs, SEL § 95's one upheld decision included.
        QCOMPARE(report->total.decided(), decided + 1);
        QCOMPARE(report->total.reversed(), reversed);
        QCOMPARE(report->total.rejected, counts.at(4));
    }

    void reversalSentences_data()
    {
        QTest::addColumn<int>("reversed");
        QTest::addColumn<int>("decided");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("Solrød in Danish")
            << 10 << 14 << QStringLiteral("da")
            << QStringLiteral("71,4 % omgjort (10 af 14); med 14 afgørelser viser tallene kun, at "
                              "omgørelsesprocenten ligger mellem 41,8 % og 91,7 %");
        QTest::newRow("Solrød in English")
            << 10 << 14 << QStringLiteral("en")
            << QStringLiteral("71.4 % reversed (10 of 14); with 14 decisions the data only show that the reversal "
                              "rate lies between 41.8 % and 91.7 %");
        QTest::newRow("129 decisions: a narrower interval, no 'only'")
            << 24 << 129 << QStringLiteral("da")
            << QStringLiteral("18,6 % omgjort (24 af 129); med 129 afgørelser viser tallene, at "
                              "omgørelsesprocenten ligger mellem 12,2 % og 26,5 %");
        QTest::newRow("3 of 4: too few to judge")
            << 3 << 4 << QStringLiteral("da")
            << QStringLiteral("75 % omgjort (3 af 4); med kun 4 afgørelser er det for få til at vurdere: tallene "
                              "viser kun, at omgørelsesprocenten ligger mellem 19,4 % og 99,4 %");
        QTest::newRow("1 of 1 in English")
            << 1 << 1 << QStringLiteral("en")
            << QStringLiteral("100 % reversed (1 of 1); with only 1 decision that is too few to judge: the data "
                              "only show that the reversal rate lies between 2.5 % and 100 %");
        QTest::newRow("nothing decided") << 0 << 0 << QStringLiteral("da")
                                         << QStringLiteral("ingen afgørelser på realiteten");
    }
    void reversalSentences()
    {
        QFETCH(int, reversed);
        QFETCH(int, decided);
        QFETCH(QString, language);
        QFETCH(QString, text);
        QCOMPARE(stats::reversalText(stats::Reversal{reversed, decided}, language), text);
    }

    void aDecisionIsCheckedAndAudited()
    {
        Fixture f = fixture(true);
        const CaseRow known = f.db->cases().page(CaseFilter{}, 0, 1).value().first();
        // A known case number links the case (in any case of letters); an unknown one is kept with a warning.
        auto linked = f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Remitted, QDate(2024, 5, 2),
                                           known.caseNumber.toLower()));
        QVERIFY2(linked.ok(), qPrintable(linked.error().message));
        QVERIFY(linked->warning.isEmpty());
        auto unknown = f.service->add(
            input(QStringLiteral("SEL § 96"), ComplaintOutcome::Upheld, QDate(2024, 5, 2), QStringLiteral("X-999")));
        QVERIFY(unknown.ok());
        QVERIFY(unknown->warning.contains(QStringLiteral("X-999")));
        const QList<ComplaintDecision> list = f.service->list().value();
        QCOMPARE(list.size(), 2);
        for (const ComplaintDecision &d : list) {
            if (d.id == linked->id) {
                QCOMPARE(d.caseId, known.id);
                QCOMPARE(d.caseNumber, known.caseNumber);
            } else {
                QCOMPARE(d.caseId, 0);
                QCOMPARE(d.caseNumber, QStringLiteral("X-999"));
            }
        }
        // The same decision on the same case again is refused.
        auto again = f.service->add(
            input(QStringLiteral("sel §96"), ComplaintOutcome::Remitted, QDate(2024, 5, 2), known.caseNumber));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::InvalidInput);
        // Nothing without a paragraph or a date, nor a date in the future.
        QVERIFY(!f.service->add(input(QStringLiteral("  "), ComplaintOutcome::Upheld)).ok());
        QVERIFY(!f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Upheld, QDate())).ok());
        QVERIFY(!f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Upheld, Today.addDays(1))).ok());
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints")), 2);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.add'")), 2);

        QVERIFY(f.service->remove(unknown->id).ok());
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints")), 1);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.remove' "
                                                 "AND before_json LIKE '%X-999%'")),
                 1);
        QCOMPARE(f.service->remove(unknown->id).error().kind, Error::Kind::NotFound);
        QVERIFY(f.db->audit().verify().value().intact);
    }

    void whoSeesWhichRows()
    {
        Fixture f = fixture(true);
        testsupport::addUser(*f.db, QStringLiteral("mette"), Role::Caseworker, QStringLiteral("Mette Sørensen"));
        testsupport::addUser(*f.db, QStringLiteral("admin"), Role::Administrator);
        QString mettes, others;
        const QList<CaseRow> rows = f.db->cases().page(CaseFilter{}, 0, 1000).value();
        for (const CaseRow &row : rows) {
            if (row.caseworker == u"Mette Sørensen" && mettes.isEmpty())
                mettes = row.caseNumber;
            else if (row.caseworker != u"Mette Sørensen" && others.isEmpty())
                others = row.caseNumber;
        }
        QVERIFY(!mettes.isEmpty() && !others.isEmpty());
        QVERIFY(f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Remitted, QDate(2024, 5, 2), mettes))
                    .ok());
        QVERIFY(f.service->add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Upheld, QDate(2024, 5, 3), others))
                    .ok());
        QVERIFY(f.service->add(input(QStringLiteral("SEL § 95"), ComplaintOutcome::Changed, QDate(2024, 5, 4))).ok());

        auto mette = testsupport::actor(*f.db, QStringLiteral("mette"), QStringLiteral("en"), &m_clock);
        ComplaintService asMette(*mette.session);
        const QList<ComplaintDecision> own = asMette.list().value();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().caseNumber, mettes);
        // The figures are for everyone: they name no citizen.
        QCOMPARE(asMette.report().value().total.all(), 3);
        QCOMPARE(asMette.add(input(QStringLiteral("SEL § 96"), ComplaintOutcome::Upheld)).error().kind,
                 Error::Kind::Refused);

        auto admin = testsupport::actor(*f.db, QStringLiteral("admin"), QStringLiteral("en"), &m_clock);
        ComplaintService asAdmin(*admin.session);
        const QList<ComplaintDecision> all = asAdmin.list().value();
        QCOMPARE(all.size(), 3);
        for (const ComplaintDecision &d : all) {
            QVERIFY(d.caseNumber.isEmpty());
            QCOMPARE(d.caseId, 0);
        }
        QCOMPARE(asAdmin.report().value().total.decided(), 3);

        // The leader's list, filtered by period and paragraph (any spelling).
        ComplaintFilter filter;
        filter.paragraphKey = QStringLiteral("sel §96");
        filter.from = QDate(2024, 5, 3);
        const QList<ComplaintDecision> filtered = f.service->list(filter).value();
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().caseNumber, others);
    }

    void importMapsDanishHeadersAndWords()
    {
        Fixture f = fixture(true);
        const CaseRow known = f.db->cases().page(CaseFilter{}, 0, 1).value().first();
        const QStringList headers = {QStringLiteral("Sagsnummer"), QStringLiteral("Paragraf"),
                                     QStringLiteral("Afgørelsesdato"), QStringLiteral("Udfald")};
        const QList<QStringList> rows = {
            {known.caseNumber, QStringLiteral("SEL § 96"), QStringLiteral("15-03-2024"), QStringLiteral("Hjemvist")},
            {QStringLiteral("X-1"), QStringLiteral("sel §96"), QStringLiteral("2024-03-16"), QStringLiteral("aendret")},
            {QString(), QStringLiteral("SEL § 96"), QStringLiteral("17-03-2024"), QStringLiteral("stadfæstet")},
            {QString(), QStringLiteral("SEL § 96"), QStringLiteral("17-03-2024"), QStringLiteral("stadfæstet")},
            {QString(), QStringLiteral("SEL § 85"), QStringLiteral("18-03-2024"), QStringLiteral("AFVIST")},
            {known.caseNumber, QStringLiteral("SEL §96"), QStringLiteral("15-03-2024"), QStringLiteral("hjemvist")},
        };
        auto file = table(headers, rows);
        auto summary = f.service->importFile(*file);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QVERIFY(summary->applied);
        QCOMPARE(summary->created, 5);
        QCOMPARE(summary->unchanged, 1); // row 7 repeats row 2
        QCOMPARE(summary->warnings.size(), 2);
        QCOMPARE(summary->warnings.at(0).row, 3); // X-1 is not in the database
        QCOMPARE(summary->warnings.at(0).column, QStringLiteral("Sagsnummer"));
        QVERIFY(summary->warnings.at(1).message.contains(QStringLiteral("row 2")));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints WHERE case_id IS NOT NULL")), 1);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints WHERE case_number = 'X-1' AND "
                                                 "outcome = 'changed' AND decided = '2024-03-16'")),
                 1);
        ComplaintFigures before = f.service->report().value().total;
        QCOMPARE(before.decided(), 4);
        QCOMPARE(before.reversed(), 2);
        QCOMPARE(before.rejected, 1);

        // The same file again adds nothing, and says so; one more identical row without a case number adds one.
        auto again = f.service->importFile(*table(headers, rows));
        QVERIFY(again.ok() && again->applied);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 6);
        QCOMPARE(f.service->report().value().total.all(), before.all());
        QList<QStringList> more = rows;
        more << QStringList{QString(), QStringLiteral("SEL § 96"), QStringLiteral("17-03-2024"),
                            QStringLiteral("Stadfaestet")};
        auto third = f.service->importFile(*table(headers, more));
        QVERIFY(third.ok() && third->applied);
        QCOMPARE(third->created, 1);
        QCOMPARE(f.service->report().value().total.upheld, 3);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.import'")),
                 3);
    }

    void aBadRowStopsTheWholeFile_data()
    {
        QTest::addColumn<QStringList>("badRow");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("an unknown outcome")
            << QStringList{{}, QStringLiteral("SEL § 96"), QStringLiteral("01-02-2024"), QStringLiteral("omgjort")}
            << QStringLiteral("outcome") << QStringLiteral("Unknown outcome");
        QTest::newRow("an impossible date")
            << QStringList{{}, QStringLiteral("SEL § 96"), QStringLiteral("31-02-2024"), QStringLiteral("afvist")}
            << QStringLiteral("decided") << QStringLiteral("Not a valid date");
        QTest::newRow("a date in the future")
            << QStringList{{}, QStringLiteral("SEL § 96"), QStringLiteral("02-12-2026"), QStringLiteral("afvist")}
            << QStringLiteral("decided") << QStringLiteral("in the future");
        QTest::newRow("no paragraph") << QStringList{{}, {}, QStringLiteral("01-02-2024"), QStringLiteral("afvist")}
                                      << QStringLiteral("paragraph") << QStringLiteral("paragraph is missing");
    }
    void aBadRowStopsTheWholeFile()
    {
        QFETCH(QStringList, badRow);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fixture f = fixture();
        const QStringList headers = {QStringLiteral("case_number"), QStringLiteral("paragraph"),
                                     QStringLiteral("decided"), QStringLiteral("outcome")};
        auto file = table(
            headers, {{QString(), QStringLiteral("SEL § 96"), QStringLiteral("01-02-2024"), QStringLiteral("hjemvist")},
                      badRow});
        auto summary = f.service->importFile(*file);
        QVERIFY(summary.ok());
        QVERIFY(!summary->applied);
        QCOMPARE(summary->errors.size(), 1);
        QCOMPARE(summary->errors.first().row, 3);
        QCOMPARE(summary->errors.first().column, column);
        QVERIFY2(summary->errors.first().message.contains(message), qPrintable(summary->errors.first().message));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints")), 0);
    }

    void aMissingColumnIsNamed()
    {
        Fixture f = fixture();
        auto file = table({QStringLiteral("Paragraf"), QStringLiteral("Udfald")},
                          {{QStringLiteral("SEL § 96"), QStringLiteral("afvist")}});
        auto summary = f.service->importFile(*file);
        QVERIFY(summary.ok() && !summary->applied);
        QCOMPARE(summary->errors.size(), 1);
        QVERIFY(summary->errors.first().message.contains(QStringLiteral("Afgørelsesdato")));
    }

    void importsXlsxWithRealDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ankestyrelsen.xlsx"));
        {
            io::XlsxTableWriter writer(path);
            QVERIFY(writer.addSheet(
                QStringLiteral("Afgørelser"),
                {QStringLiteral("Paragraf"), QStringLiteral("Afgørelsesdato"), QStringLiteral("Udfald")}));
            for (int i = 0; i < 9; ++i)
                QVERIFY(writer.writeRow({QStringLiteral("SEL § 96"), io::Cell::fromDate(QDate(2024, 2, 1 + i)),
                                         QStringLiteral("hjemvist")}));
            QVERIFY(writer.writeRow(
                {QStringLiteral("SEL § 96"), io::Cell::fromDate(QDate(2024, 3, 1)), QStringLiteral("ændret")}));
            for (int i = 0; i < 4; ++i)
                QVERIFY(writer.writeRow({QStringLiteral("SEL § 96"), io::Cell::fromDate(QDate(2024, 4, 1 + i)),
                                         QStringLiteral("stadfæstet")}));
            QVERIFY(writer.finish());
        }
        Fixture f = fixture();
        auto file = TableFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        auto summary = f.service->importFile(*file.value());
        QVERIFY2(summary.ok() && summary->applied,
                 qPrintable(summary.ok() && !summary->errors.isEmpty() ? summary->errors.first().message : QString()));
        QCOMPARE(summary->created, 14);
        const ComplaintFigures total = f.service->report().value().total;
        QCOMPARE(total.decided(), 14);
        QCOMPARE(total.reversed(), 10);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints WHERE decided = '2024-03-01'")), 1);
    }

    void countsComeFromTheDatabase()
    {
        // Counted with GROUP BY: the repository gives the same counts as the rows, per period.
        Fixture f = fixture();
        for (int i = 0; i < 30; ++i)
            QVERIFY(f.service
                        ->add(input(i % 2 ? QStringLiteral("SEL § 96") : QStringLiteral("SEL § 83"),
                                    complaints::allOutcomes().at(i % 6), QDate(2024, 1, 1).addDays(i * 7)))
                        .ok());
        const QList<ComplaintCounts> counts = f.db->complaints().counts(QDate(2024, 2, 1), QDate(2024, 4, 30)).value();
        int sum = 0;
        for (const ComplaintCounts &c : counts)
            sum += c.upheld + c.changed + c.annulled + c.remitted + c.rejected + c.referred;
        QCOMPARE(sum, countRows(*f.db, QStringLiteral("SELECT count(*) FROM complaints WHERE decided BETWEEN "
                                                      "'2024-02-01' AND '2024-04-30'")));
        QCOMPARE(counts.size(), 2);
        QVERIFY(!f.service->report(QDate(2024, 5, 1), QDate(2024, 4, 1)).ok());
        QCOMPARE(f.service->paragraphs().value(),
                 (QStringList{QStringLiteral("SEL § 83"), QStringLiteral("SEL § 96")}));
    }
};

QTEST_GUILESS_MAIN(TestComplaints)
#include "tst_complaints.moc"
