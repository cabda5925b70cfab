// Review rounds: reproducible samples, frozen populations, strata, supervision, assignment, four-eyes
// approval, defects followed to closure, management action rules, and the round commands end to end.
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/defectservice.h"
#include "services/people.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/sampling.h"
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

const QStringList caseworkers = {QStringLiteral("Ali Hassan"), QStringLiteral("Mette Sørensen"),
                                 QStringLiteral("Søren Kjær")};

CaseFile makeCase(int i, const QString &caseworker)
{
    CaseFile c;
    c.caseNumber = QStringLiteral("SAG-%1").arg(i, 3, 10, QLatin1Char('0'));
    c.name = QStringLiteral("Borger %1").arg(i);
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = caseworker;
    c.team = QStringLiteral("Team Integration");
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 1, 1).addDays(i));
    return c;
}

// Cases SAG-001…SAG-030, caseworker by number, inserted in the order given.
void importCases(Database &db, const QList<int> &order)
{
    QList<CaseFile> cases;
    for (int i : order)
        cases << makeCase(i, caseworkers.at((i - 1) % 3));
    QVERIFY(addCases(db, cases).ok());
}

QList<int> forward()
{
    QList<int> order;
    for (int i = 1; i <= 30; ++i)
        order << i;
    return order;
}

QStringList numbers(const QList<RoundCase> &cases)
{
    QStringList list;
    for (const RoundCase &c : cases)
        list << c.caseNumber;
    return list;
}

qint64 idOf(Database &db, const QString &number)
{
    return db.cases().idForNumber(number).value();
}

// Answers every applicable item (met, or not met for `notMet`) and completes the review.
Status completeReview(ReviewService &service, const ReviewRef &review, const QStringList &notMet = {})
{
    auto state = service.load(review);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = notMet.contains(item->key) ? AnswerValue::NotMet : AnswerValue::Met;
        auto answered = service.answer(review, item->key, value, QStringLiteral("checked in the journal"));
        if (!answered)
            return answered.error();
        if (value == AnswerValue::NotMet && answered->after.defect && answered->after.defect->description.isEmpty()) {
            Defect d = *answered->after.defect;
            d.description = QStringLiteral("missing");
            if (auto saved = service.saveDefect(review, d); !saved)
                return saved.error();
        }
    }
    return service.complete(review);
}

RoundSpec makeSpec(const QString &name, RoundKind kind, const RoundScope &scope = {})
{
    RoundSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.scope = scope;
    return spec;
}

} // namespace

class TestRounds : public QObject {
    Q_OBJECT

    rules::FixedClock m_clock{QDate(2020, 1, 15)};

    RoundSpec sampleSpec(const QString &name)
    {
        RoundSpec spec;
        spec.name = name;
        spec.kind = RoundKind::Sample;
        spec.sampleSize = 5;
        spec.seed = 20191205;
        return spec;
    }

private slots:
    void splitMix64GivesTheReferenceSequence()
    {
        // The published first output of SplitMix64 seeded with 0.
        sampling::SplitMix64 random(0);
        QCOMPARE(random.next(), 0xE220A8397B1DCDAFULL);
        sampling::SplitMix64 bounded(1);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bounded.bounded(7) < 7);
        QCOMPARE(sampling::fnv1a(QString()), 0xCBF29CE484222325ULL);
    }

    void theSameSeedDrawsTheSameSampleWhateverTheImportOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QList<int> reversed = forward();
        std::reverse(reversed.begin(), reversed.end());
        QList<int> interleaved;
        for (int i = 1; i <= 30; i += 2)
            interleaved << i;
        for (int i = 30; i >= 2; i -= 2)
            interleaved << i;
        QTest::newRow("imported in case-number order") << forward();
        QTest::newRow("imported in reverse order") << reversed;
        QTest::newRow("imported odd numbers first") << interleaved;
    }

    void theSameSeedDrawsTheSameSampleWhateverTheImportOrder()
    {
        QFETCH(QList<int>, order);
        auto db = testsupport::memoryDatabase();
        importCases(*db, order);
        auto roundsActor = testsupport::actor(*db, QStringLiteral("quality"));
        RoundService rounds(*roundsActor.session);
        auto round = rounds.create(sampleSpec(QStringLiteral("H1 2020")));
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        QCOMPARE(round->seed, quint64(20191205));
        // Golden values, computed independently (a Python SplitMix64 + Fisher–Yates); the same on every
        // machine.
        const QStringList golden = {QStringLiteral("SAG-017"), QStringLiteral("SAG-011"), QStringLiteral("SAG-012"),
                                    QStringLiteral("SAG-006"), QStringLiteral("SAG-003")};
        QCOMPARE(numbers(rounds.cases(round->id).value()), golden);
        QCOMPARE(rounds.populationSize(round->id).value(), 30);
    }

    void thePopulationIsFrozenWhenTheRoundStarts()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("quality"));
        RoundService rounds(*roundsActor.session);
        auto walk = rounds.create(makeSpec(QStringLiteral("Walk"), RoundKind::Walkthrough));
        QVERIFY(walk.ok());
        auto sample = rounds.create(sampleSpec(QStringLiteral("Sample")));
        const QStringList before = numbers(rounds.cases(sample->id).value());
        // A later import adds cases: neither the population nor the sample nor "remaining" changes.
        for (int i = 31; i <= 40; ++i)
            QVERIFY(addCases(*db, {makeCase(i, caseworkers.at(0))}).ok());
        QCOMPARE(rounds.populationSize(walk->id).value(), 30);
        QCOMPARE(rounds.progress(walk->id)->remaining(), 30);
        QCOMPARE(numbers(rounds.cases(sample->id).value()), before);
        // Walkthrough: every case in scope, in case-number order.
        QCOMPARE(rounds.cases(walk->id)->first().caseNumber, QStringLiteral("SAG-001"));
        QCOMPARE(rounds.cases(walk->id)->size(), 30);
    }

    void aStratifiedSampleDrawsNFromEachStratum()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("quality"));
        RoundService rounds(*roundsActor.session);
        RoundSpec spec = sampleSpec(QStringLiteral("Per caseworker"));
        spec.sampleSize = 0;
        spec.perStratum = 2;
        spec.stratify = Stratum::Caseworker;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        const auto cases = rounds.cases(round->id).value();
        QCOMPARE(cases.size(), 6);
        QHash<QString, int> perCaseworker;
        for (const RoundCase &c : cases)
            ++perCaseworker[c.caseworker];
        for (const QString &caseworker : caseworkers)
            QCOMPARE(perCaseworker.value(caseworker), 2);
        const QStringList golden = {QStringLiteral("SAG-013"), QStringLiteral("SAG-025"), QStringLiteral("SAG-026"),
                                    QStringLiteral("SAG-017"), QStringLiteral("SAG-006"), QStringLiteral("SAG-003")};
        QCOMPARE(numbers(cases), golden);
    }

    void supervisionTakesOneCasePerCaseworkerAndReportsThoseWithoutAnEligibleCase()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        QVERIFY(addCases(*db, {makeCase(99, QStringLiteral("Hanne Ærø"))}).ok());
        // Hanne's only case was reviewed a week ago: with "exclude reviewed in the last month" she has none
        // left.
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("leader"));
        ReviewService reviews(*reviewsActor.session);
        QVERIFY(completeReview(reviews, ReviewRef{idOf(*db, QStringLiteral("SAG-099"))}).ok());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("leader"));
        RoundService rounds(*roundsActor.session);
        RoundSpec spec;
        spec.name = QStringLiteral("Ledelsestilsyn");
        spec.kind = RoundKind::Supervision;
        spec.seed = 1;
        spec.excludeReviewedMonths = 1;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        const auto drawn = rounds.cases(round->id).value();
        QCOMPARE(drawn.size(), 3);
        QStringList seen;
        for (const RoundCase &c : drawn)
            seen << c.caseworker;
        seen.sort();
        QCOMPARE(seen, QStringList({caseworkers.at(0), caseworkers.at(1), caseworkers.at(2)}));
        const auto skipped = rounds.skipped(round->id).value();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().stratum, QStringLiteral("Hanne Ærø"));
        QVERIFY(RoundService::skippedText(skipped.first()).contains(QStringLiteral("no eligible case")));
    }

    void aSampleCanIncludeEveryCaseWhoseDefectWasRemediatedSinceTheLastRound()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("quality"));
        RoundService rounds(*roundsActor.session);
        QVERIFY(rounds.create(sampleSpec(QStringLiteral("First"))).ok());
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("rev"));
        ReviewService reviews(*reviewsActor.session);
        const qint64 caseId = idOf(*db, QStringLiteral("SAG-030"));
        QVERIFY(
            reviews.answer(ReviewRef{caseId}, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet).ok());
        const qint64 defectId =
            reviews.itemState(ReviewRef{caseId}, QStringLiteral("integration.contract.goal"))->defect->id;
        auto ownerActor = testsupport::actor(*db, QStringLiteral("Søren Kjær"));
        DefectService owner(*ownerActor.session);
        QVERIFY(owner.remediate(defectId, QStringLiteral("Contract signed")).ok());
        RoundSpec spec = sampleSpec(QStringLiteral("Follow-up"));
        spec.includeRemediated = true;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        const QList<RoundCase> cases = rounds.cases(round->id).value();
        QCOMPARE(cases.size(), 6); // the five drawn, then the remediated one to check the fix
        QCOMPARE(cases.last().caseNumber, QStringLiteral("SAG-030"));
        QCOMPARE(cases.last().reason, QStringLiteral("remediated-defect"));
    }

    void assignmentRefusesAReviewersOwnCases()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("koord"));
        RoundService rounds(*roundsActor.session);
        auto round = rounds.create(makeSpec(QStringLiteral("Walk"), RoundKind::Walkthrough));
        QVERIFY(round.ok());
        // Named: one own case refuses the whole call, and says why.
        auto named = rounds.assign(round->id, QStringLiteral("Ali Hassan"),
                                   {QStringLiteral("SAG-002"), QStringLiteral("SAG-001")});
        QVERIFY(!named.ok());
        QCOMPARE(named.error().kind, Error::Kind::Refused);
        QVERIFY(named.error().message.contains(QStringLiteral("Ali Hassan is the caseworker on SAG-001")));
        QCOMPARE(rounds.progress(round->id)->reviewers.size(), 1); // all still unassigned
        // Unnamed: every unassigned case except Ali's own ten.
        auto all = rounds.assign(round->id, QStringLiteral("ali hassan"));
        QVERIFY(all.ok());
        QCOMPARE(all->assigned.size(), 20);
        QCOMPARE(all->refused.size(), 10);
        // Evenly: Ali's own cases go to the others, never back to Ali.
        auto even = rounds.assignEvenly(round->id, {QStringLiteral("Ali Hassan"), QStringLiteral("Mette Sørensen")});
        QVERIFY(even.ok());
        const QList<RoundCase> evenly = rounds.cases(round->id).value();
        for (const RoundCase &c : evenly)
            QVERIFY2(!people::samePerson(c.caseworker, c.reviewer), qPrintable(c.caseNumber));
        // A self-check round allows it.
        auto self = rounds.create(makeSpec(QStringLiteral("Self"), RoundKind::SelfCheck));
        QVERIFY(rounds.assign(self->id, QStringLiteral("Ali Hassan"), {QStringLiteral("SAG-001")}).ok());
    }

    // A caseworker's list of a round's cases holds their own cases and those assigned to them; the round's
    // figures still count every case.
    void aCaseworkerSeesTheirOwnAndAssignedCasesOfARound()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*db, QStringLiteral("koord"), Role::Coordinator);
        testsupport::addUser(*db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        auto koord = testsupport::actor(*db, QStringLiteral("koord"));
        RoundService rounds(*koord.session);
        auto round = rounds.create(makeSpec(QStringLiteral("Alle"), RoundKind::Walkthrough));
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        QVERIFY(rounds.assign(round->id, QStringLiteral("ali"), {QStringLiteral("SAG-002")}).ok()); // Mette's

        auto ali = testsupport::actor(*db, QStringLiteral("ali"));
        RoundService alis(*ali.session);
        const QList<RoundCase> seen = alis.cases(round->id).value();
        QCOMPARE(seen.size(), 11); // SAG-001, 004, …, 028 and the assigned SAG-002
        for (const RoundCase &c : seen)
            QVERIFY2(c.caseworker == caseworkers.at(0) || c.caseNumber == u"SAG-002", qPrintable(c.caseNumber));
        QCOMPARE(alis.remaining(round->id)->size(), 11);
        QCOMPARE(rounds.cases(round->id)->size(), 30);
        QCOMPARE(alis.progress(round->id)->inScope, 30);
    }

    void approvalRefusesTheReviewerAndFreezesTheReview()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        // The reviewer is a coordinator too: only four eyes stop them from approving their own review.
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*db, QStringLiteral("rev"), Role::Coordinator);
        testsupport::addUser(*db, QStringLiteral("koord"), Role::Coordinator);
        testsupport::addUser(*db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        auto roundsActor = testsupport::actor(*db, QStringLiteral("koord"));
        RoundService rounds(*roundsActor.session);
        auto round = rounds.create(makeSpec(QStringLiteral("Walk"), RoundKind::Walkthrough));
        QVERIFY(round.ok());
        const qint64 caseId = idOf(*db, QStringLiteral("SAG-002"));
        auto reviewerActor = testsupport::actor(*db, QStringLiteral("rev"));
        ReviewService reviewer(*reviewerActor.session);
        const ReviewRef inRound{caseId, round->id};
        QVERIFY(completeReview(reviewer, inRound).ok());

        ApprovalService own(*reviewerActor.session);
        auto refusedOwn = own.approve(round->id, caseId);
        QVERIFY(!refusedOwn.ok());
        QVERIFY(refusedOwn.error().message.contains(QStringLiteral("four eyes")));
        auto caseworkerActor = testsupport::actor(*db, QStringLiteral("ali"));
        ApprovalService caseworker(*caseworkerActor.session);
        QCOMPARE(caseworker.approve(round->id, caseId).error().kind, Error::Kind::Refused);
        auto koordActor = testsupport::actor(*db, QStringLiteral("koord"));
        ApprovalService koord(*koordActor.session);
        QVERIFY(!koord.sendBack(round->id, caseId, QString()).ok()); // a send-back needs a comment
        QVERIFY(koord.approve(round->id, caseId).ok());

        // Frozen: no change, no completion, until it is reopened with a reason.
        auto state = reviewer.load(inRound);
        const QString key = state->applicableItems().first()->key;
        QVERIFY(!reviewer.answer(inRound, key, AnswerValue::NotApplicable).ok());
        QVERIFY(!koord.reopen(round->id, caseId, QStringLiteral("  ")).ok());
        QVERIFY(koord.reopen(round->id, caseId, QStringLiteral("Contract date was wrong")).ok());
        QVERIFY(reviewer.answer(inRound, key, AnswerValue::Met, QStringLiteral("checked again")).ok());
        QVERIFY(reviewer.complete(inRound).ok());
        QVERIFY(koord.approve(round->id, caseId).ok());
        const auto history = koord.history(round->id, caseId).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).action, QStringLiteral("approved"));
        QCOMPARE(history.at(1).action, QStringLiteral("reopened"));
        QCOMPARE(history.at(1).comment, QStringLiteral("Contract date was wrong"));
        QCOMPARE(history.at(2).action, QStringLiteral("approved"));
        QCOMPARE(sql::scalar(sqlOf(*db), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                        "'review.reopen' AND reason = 'Contract date was wrong'"))
                     ->toInt(),
                 1);
        // A review outside the round's sample cannot start in it.
        auto other = rounds.create(makeSpec(QStringLiteral("Only Ali"), RoundKind::Walkthrough,
                                            RoundScope{{}, {}, {QStringLiteral("Ali Hassan")}, QDate(), QDate()}));
        QVERIFY(other.ok());
        QCOMPARE(reviewer.answer(ReviewRef{caseId, other->id}, key, AnswerValue::Met).error().kind,
                 Error::Kind::Refused);
    }

    void verificationRefusesTheRemediator()
    {
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("rev"));
        ReviewService reviews(*reviewsActor.session);
        const qint64 caseId = idOf(*db, QStringLiteral("SAG-001"));
        auto change =
            reviews.answer(ReviewRef{caseId}, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet);
        QVERIFY(change.ok() && change->after.defect);
        const qint64 defectId =
            reviews.itemState(ReviewRef{caseId}, QStringLiteral("integration.contract.goal"))->defect->id;
        auto aliActor = testsupport::actor(*db, QStringLiteral("Ali Hassan"));
        DefectService ali(*aliActor.session);
        QVERIFY(!ali.remediate(defectId, QString()).ok()); // what was done?
        QVERIFY(ali.remediate(defectId, QStringLiteral("Goal added to Min Plan")).ok());
        auto own = ali.verify(defectId);
        QVERIFY(!own.ok());
        QCOMPARE(own.error().kind, Error::Kind::Refused);
        auto koordActor = testsupport::actor(*db, QStringLiteral("koord"));
        DefectService koord(*koordActor.session);
        QVERIFY(koord.verify(defectId).ok());
        QCOMPARE(koord.load(defectId)->defect.status, DefectStatus::Verified);
        QVERIFY(!koord.reopen(defectId, QString()).ok());
        QVERIFY(koord.reopen(defectId, QStringLiteral("The goal is not measurable")).ok());
        QCOMPARE(koord.history(defectId)->size(), 3);
        // Bulk reassign and due dates; overdue stands out.
        QVERIFY(koord.setDue({defectId}, QDate(2000, 1, 1)).ok());
        TrackerFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(koord.list(overdue)->size(), 1);
        QVERIFY(koord.reassign({defectId}, QStringLiteral("Mette Sørensen")).ok());
        TrackerFilter mine;
        mine.owner = QStringLiteral("mette sørensen");
        QCOMPARE(koord.list(mine)->size(), 1);
    }

    void actionRulesTriggerOnAConstructedRound()
    {
        // Pure evaluation.
        const QList<ActionRule> rules = {
            {1, QStringLiteral("late follow-up"), QStringLiteral("caseworker-count"),
             QStringLiteral("integration.followup.*"), 3, QStringLiteral("Sparring with the faglig koordinator"), true},
            {2, QStringLiteral("goals"), QStringLiteral("item-share"), QStringLiteral("integration.contract.goal"), 10,
             QStringLiteral("Team meeting on goals"), true}};
        QList<RuleAnswer> answers;
        for (int i = 0; i < 3; ++i)
            answers.append({QStringLiteral("Ali Hassan"), QStringLiteral("integration.followup.count"), true});
        answers.append({QStringLiteral("Mette Sørensen"), QStringLiteral("integration.followup.count"), true});
        for (int i = 0; i < 9; ++i)
            answers.append({QStringLiteral("Mette Sørensen"), QStringLiteral("integration.contract.goal"), false});
        answers.append({QStringLiteral("Ali Hassan"), QStringLiteral("integration.contract.goal"), true});
        auto triggered = actionrules::evaluate(rules, answers);
        QCOMPARE(triggered.size(), 1); // 1 of 10 is 10 %: not *more than* 10 %
        QCOMPARE(triggered.first().subject, QStringLiteral("Ali Hassan"));
        answers.append({QStringLiteral("Søren Kjær"), QStringLiteral("integration.contract.goal"), true});
        triggered = actionrules::evaluate(rules, answers);
        QCOMPARE(triggered.size(), 2);
        QVERIFY(
            actionrules::matches(QStringLiteral("integration.*.goal"), QStringLiteral("integration.contract.goal")));
        QVERIFY(!actionrules::matches(QStringLiteral("integration.followup.*"), QStringLiteral("igu.followup.x")));

        // On a round in the database: Ali's three cases lack a contract goal.
        auto db = testsupport::memoryDatabase();
        importCases(*db, forward());
        auto roundsActor = testsupport::actor(*db, QStringLiteral("leader"));
        RoundService rounds(*roundsActor.session);
        auto round = rounds.create(makeSpec(QStringLiteral("Walk"), RoundKind::Walkthrough));
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("consultant"));
        ReviewService reviews(*reviewsActor.session);
        for (const QString &number : {QStringLiteral("SAG-001"), QStringLiteral("SAG-004"), QStringLiteral("SAG-007"),
                                      QStringLiteral("SAG-002")})
            QVERIFY(completeReview(reviews, ReviewRef{idOf(*db, number), round->id},
                                   number == u"SAG-002" ? QStringList()
                                                        : QStringList{QStringLiteral("integration.contract.goal")})
                        .ok());
        auto serviceActor = testsupport::actor(*db, QStringLiteral("leader"));
        ActionRuleService service(*serviceActor.session);
        QVERIFY(service
                    .addRule({0, QStringLiteral("goals per caseworker"), QStringLiteral("caseworker-count"),
                              QStringLiteral("integration.contract.*"), 3, QStringLiteral("Sparring"), true})
                    .ok());
        QVERIFY(service
                    .addRule({0, QStringLiteral("goal share"), QStringLiteral("item-share"),
                              QStringLiteral("integration.contract.goal"), 10, QStringLiteral("Team meeting on goals"),
                              true})
                    .ok());
        auto actions = service.evaluate(round->id);
        QVERIFY2(actions.ok(), qPrintable(actions.error().message));
        QCOMPARE(actions->size(), 2);
        QVERIFY(service.markDone(actions->first().id, QStringLiteral("Held 3 March")).ok());
        actions = service.evaluate(round->id); // re-evaluating keeps what was done
        QCOMPARE(actions->first().status, ActionStatus::Done);
    }

    void rolesFromTheUserListAreEnforcedFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("roles.db"));
        auto as = [&](const QString &user, QStringList args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args);
        };
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("demo")}).exitCode, 0);
        const QList<QStringList> users = {
            {QStringLiteral("admin"), QStringLiteral("administrator"), QString()},
            {QStringLiteral("koord"), QStringLiteral("coordinator"), QString()},
            {QStringLiteral("kons"), QStringLiteral("consultant"), QString()},
            {QStringLiteral("ali"), QStringLiteral("caseworker"), QStringLiteral("Ali Hassan")}};
        for (const QStringList &u : users) {
            QStringList args{QStringLiteral("users"), QStringLiteral("add"), u.at(0), QStringLiteral("--role"),
                             u.at(1)};
            if (!u.at(2).isEmpty())
                args << QStringLiteral("--display-name") << u.at(2);
            auto added = as(QStringLiteral("admin"), args);
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        // A caseworker does not start rounds.
        auto refusedCreate =
            as(QStringLiteral("ali"), {QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("R"),
                                       QStringLiteral("--kind"), QStringLiteral("walkthrough")});
        QCOMPARE(refusedCreate.exitCode, 2);
        // Nor does a consultant: it reviews the cases it is given.
        const QStringList create{QStringLiteral("round"),  QStringLiteral("create"),      QStringLiteral("R"),
                                 QStringLiteral("--kind"), QStringLiteral("walkthrough"), QStringLiteral("--area"),
                                 QStringLiteral("igu")};
        auto byConsultant = as(QStringLiteral("kons"), create);
        QCOMPARE(byConsultant.exitCode, 2);
        QVERIFY2(byConsultant.err.contains("consultant"), byConsultant.err.constData());
        QCOMPARE(as(QStringLiteral("koord"), create).exitCode, 0);
        // Ali (known in the case system as "Ali Hassan") is never given his own IGU cases.
        auto own = as(QStringLiteral("koord"),
                      {QStringLiteral("round"), QStringLiteral("assign"), QStringLiteral("R"),
                       QStringLiteral("--reviewer"), QStringLiteral("ali"), QStringLiteral("--json")});
        QCOMPARE(own.exitCode, 0);
        const QJsonObject outcome = QJsonDocument::fromJson(own.out).object();
        QVERIFY(outcome.value(QStringLiteral("assigned")).toArray().isEmpty());
        QVERIFY(!outcome.value(QStringLiteral("not_assigned")).toArray().isEmpty());
    }

    void roundCommandsEndToEnd()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        auto run = [&](QStringList args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
        };
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        auto created =
            run({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("Halvår"), QStringLiteral("--kind"),
                 QStringLiteral("sample"), QStringLiteral("--size"), QStringLiteral("4"), QStringLiteral("--seed"),
                 QStringLiteral("42"), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        auto shown =
            run({QStringLiteral("round"), QStringLiteral("show"), QStringLiteral("Halvår"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject show = QJsonDocument::fromJson(shown.out).object();
        for (const char *field :
             {"name", "kind", "seed", "population", "sample", "reviewed", "remaining", "assignments"})
            QVERIFY2(show.contains(QLatin1String(field)), field);
        QCOMPARE(show.value(QStringLiteral("seed")).toInteger(), 42);
        QCOMPARE(show.value(QStringLiteral("sample")).toArray().size(), 4);
        QCOMPARE(show.value(QStringLiteral("remaining")).toInt(), 4);
        const QJsonArray cases = show.value(QStringLiteral("cases")).toArray();
        const QString first = cases.first().toObject().value(QStringLiteral("case_number")).toString();
        const QString caseworker = cases.first().toObject().value(QStringLiteral("caseworker")).toString();

        // A reviewer is not given their own case, and the refusal says why (exit 2).
        auto own = run({QStringLiteral("round"), QStringLiteral("assign"), QStringLiteral("Halvår"),
                        QStringLiteral("--reviewer"), caseworker, QStringLiteral("--cases"), first});
        QCOMPARE(own.exitCode, 2);
        QVERIFY(own.err.contains("caseworker"));
        QCOMPARE(run({QStringLiteral("round"), QStringLiteral("assign"), QStringLiteral("Halvår"),
                      QStringLiteral("--evenly"), QStringLiteral("konsulent,koordinator")})
                     .exitCode,
                 0);

        // Review the first case in the round, then four eyes on it.
        auto card = run({QStringLiteral("card"), first, QStringLiteral("--json")});
        const QJsonArray items = QJsonDocument::fromJson(card.out).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            auto answered = run({QStringLiteral("--user"), QStringLiteral("konsulent"), QStringLiteral("answer"), first,
                                 item.toObject().value(QStringLiteral("key")).toString(), QStringLiteral("met"),
                                 QStringLiteral("--reason"), QStringLiteral("checked"), QStringLiteral("--round"),
                                 QStringLiteral("Halvår")});
            QCOMPARE(answered.exitCode, 0);
        }
        QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("konsulent"), QStringLiteral("complete"), first,
                      QStringLiteral("--round"), QStringLiteral("Halvår")})
                     .exitCode,
                 0);
        auto self = run({QStringLiteral("--user"), QStringLiteral("konsulent"), QStringLiteral("approve"), first,
                         QStringLiteral("--round"), QStringLiteral("Halvår")});
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains("four eyes"));
        QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("koordinator"), QStringLiteral("approve"), first,
                      QStringLiteral("--round"), QStringLiteral("Halvår")})
                     .exitCode,
                 0);
        const QJsonObject after = QJsonDocument::fromJson(run({QStringLiteral("round"), QStringLiteral("show"),
                                                               QStringLiteral("Halvår"), QStringLiteral("--json")})
                                                              .out)
                                      .object();
        QCOMPARE(after.value(QStringLiteral("reviewed")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("remaining")).toInt(), 3);
        QCOMPARE(after.value(QStringLiteral("approved")).toInt(), 1);
        auto defects = run({QStringLiteral("defect"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(defects.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(defects.out).isArray());
    }
};

QTEST_GUILESS_MAIN(TestRounds)
#include "tst_rounds.moc"
