// The action plan (handleplan, issue 10): status history, late detection on the deadline's day boundary,
// validation, reading and writing rights, audit records and the summary, through ActionPlanService; and the
// `plan` commands end to end through sagstjek-cli.
#include "rules/clock.h"
#include "services/actionplanservice.h"
#include "services/actionrules.h"
#include "services/roundservice.h"
#include "storage/actionplanrepository.h"
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;
using namespace Qt::StringLiterals;

namespace {

const QString Leder = QStringLiteral("leder");
const QString Mette = QStringLiteral("mette");

int count(Database &db, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(sqlOf(db), statement, values)->toInt();
}

// A plan with one theme, ready for actions.
struct PlanFixture {
    qint64 planId = 0;
    qint64 themeId = 0;
};

PlanFixture makePlan(ActionPlanService &service)
{
    PlanFixture f;
    auto plan = service.createPlan(QStringLiteral("Handleplan integration 2019"), QDate(2020, 6, 1));
    if (!plan)
        qFatal("createPlan: %s", qPrintable(plan.error().message));
    f.planId = plan.value();
    auto theme = service.addTheme(f.planId, QStringLiteral("Genopretning af sager"));
    if (!theme)
        qFatal("addTheme: %s", qPrintable(theme.error().message));
    f.themeId = theme.value();
    return f;
}

PlanActionInput input(const QString &what, const QString &owner, const QDate &deadline = {})
{
    PlanActionInput in;
    in.what = what;
    in.owner = owner;
    in.deadline = deadline;
    return in;
}

QJsonDocument jsonOf(const testsupport::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return doc;
}

} // namespace

class TestActionPlan : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    rules::FixedClock m_clock{QDate(2019, 12, 5)};

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        testsupport::addUser(*m_db, Leder, Role::Leader, QStringLiteral("Lise Leder"));
        testsupport::addUser(*m_db, Mette, Role::Caseworker, QStringLiteral("Mette Sørensen"));
        testsupport::addUser(*m_db, QStringLiteral("koord"), Role::Coordinator);
    }

    void statusesReadInEnglishKeysAndDanishWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status"); // -1: refused
        QTest::newRow("planned") << "planned" << int(PlanStatus::Planned);
        QTest::newRow("planlagt") << "planlagt" << int(PlanStatus::Planned);
        QTest::newRow("in-progress") << "in-progress" << int(PlanStatus::InProgress);
        QTest::newRow("i gang") << "i gang" << int(PlanStatus::InProgress);
        QTest::newRow("I GANG in capitals") << "I GANG" << int(PlanStatus::InProgress);
        QTest::newRow("done") << "done" << int(PlanStatus::Done);
        QTest::newRow("udført") << "udført" << int(PlanStatus::Done);
        QTest::newRow("udfoert without ø") << "udfoert" << int(PlanStatus::Done);
        QTest::newRow("abandoned") << "abandoned" << int(PlanStatus::Abandoned);
        QTest::newRow("opgivet") << "opgivet" << int(PlanStatus::Abandoned);
        QTest::newRow("finished is no status") << "finished" << -1;
        QTest::newRow("empty is no status") << "" << -1;
    }
    void statusesReadInEnglishKeysAndDanishWords()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const auto parsed = planStatusFromText(text);
        if (status < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), status);
        QCOMPARE(planStatusFromText(planStatusKey(*parsed)), parsed);
        QCOMPARE(planStatusFromText(planStatusDanish(*parsed)), parsed);
    }

    void everyStatusChangeWritesADatedNoteWithWhoAndWhen()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        auto id = service.addAction(f.themeId, input(QStringLiteral("Kontrakter med underskrift, hvor de mangler"),
                                                     QStringLiteral("Lise Leder"), QDate(2020, 1, 31)));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(service.setStatus(id.value(), PlanStatus::InProgress, QStringLiteral("150 løst, 8 udestår")).ok());
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"), QStringLiteral("da"), &m_clock);
        QVERIFY(
            ActionPlanService(*koord.session).setStatus(id.value(), PlanStatus::Done, QStringLiteral("Alle 158")).ok());

        auto action = service.action(id.value());
        QVERIFY(action.ok() && action.value());
        QCOMPARE(action.value()->status, PlanStatus::Done);
        const QList<PlanNote> notes = action.value()->notes;
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes.at(0).status, PlanStatus::Planned);
        QCOMPARE(notes.at(0).writtenBy, Leder);
        QCOMPARE(notes.at(1).status, PlanStatus::InProgress);
        QCOMPARE(notes.at(1).note, QStringLiteral("150 løst, 8 udestår"));
        QCOMPARE(notes.at(1).writtenBy, Leder);
        QCOMPARE(notes.at(2).status, PlanStatus::Done);
        QCOMPARE(notes.at(2).writtenBy, QStringLiteral("koord"));
        for (const PlanNote &note : notes) {
            const QDateTime at = QDateTime::fromString(note.writtenAt, Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, qPrintable(note.writtenAt));
        }
        QVERIFY(notes.at(0).writtenAt <= notes.at(1).writtenAt && notes.at(1).writtenAt <= notes.at(2).writtenAt);

        // In the database: the action's status and one note row per change.
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM plan_action_notes WHERE action_id = ?"), {id.value()}),
            3);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT status FROM plan_actions WHERE id = ?"), {id.value()})
                     ->toString(),
                 QStringLiteral("done"));
        // And in the audit trail, with the note as the reason, chained and intact.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'plan.action.status'")), 2);
        QCOMPARE(
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT reason FROM audit_log WHERE action = 'plan.action.status' "
                                                     "ORDER BY id LIMIT 1"))
                ->toString(),
            QStringLiteral("150 løst, 8 udestår"));
        auto verified = m_db->audit().verify();
        QVERIFY(verified.ok() && verified->intact);
    }

    void aNoteWithoutAStatusChangeIsAddedButANoOpIsRefused()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const qint64 id = service.addAction(f.themeId, input(QStringLiteral("Ny forretningsgang"), Leder)).value();
        QVERIFY(service.setStatus(id, PlanStatus::Planned, QStringLiteral("Drøftes på ledermødet")).ok());
        QCOMPARE(service.action(id).value()->notes.size(), 2);
        const Status nothing = service.setStatus(id, PlanStatus::Planned);
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(service.action(id).value()->notes.size(), 2);
    }

    void lateFromTheDayAfterTheDeadline_data()
    {
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("late");
        const QDate deadline(2020, 1, 31);
        QTest::newRow("the day before the deadline") << deadline << "planned" << QDate(2020, 1, 30) << false;
        QTest::newRow("on the deadline's day") << deadline << "planned" << deadline << false;
        QTest::newRow("the day after the deadline") << deadline << "planned" << QDate(2020, 2, 1) << true;
        QTest::newRow("in progress, a year after") << deadline << "in-progress" << QDate(2021, 1, 31) << true;
        QTest::newRow("done is never late") << deadline << "done" << QDate(2020, 2, 1) << false;
        QTest::newRow("abandoned is never late") << deadline << "abandoned" << QDate(2020, 2, 1) << false;
        QTest::newRow("no deadline is never late") << QDate() << "planned" << QDate(2030, 1, 1) << false;
        QTest::newRow("across the year boundary") << QDate(2019, 12, 31) << "planned" << QDate(2020, 1, 1) << true;
    }
    void lateFromTheDayAfterTheDeadline()
    {
        QFETCH(QDate, deadline);
        QFETCH(QString, status);
        QFETCH(QDate, today);
        QFETCH(bool, late);
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const qint64 id =
            service.addAction(f.themeId, input(QStringLiteral("Danskuddannelse rettes"), Leder, deadline)).value();
        const PlanStatus wanted = *planStatusFromText(status);
        if (wanted != PlanStatus::Planned)
            QVERIFY(service.setStatus(id, wanted).ok());

        // The SQL (lateActions) and the domain rule (isLate) agree.
        auto lateList = service.lateActions(today);
        QVERIFY(lateList.ok());
        QCOMPARE(lateList->size(), late ? 1 : 0);
        if (late) {
            QCOMPARE(lateList->first().action.id, id);
            QCOMPARE(lateList->first().planName, QStringLiteral("Handleplan integration 2019"));
            QCOMPARE(lateList->first().themeTitle, QStringLiteral("Genopretning af sager"));
        }
        QCOMPARE(service.action(id).value()->isLate(today), late);
        auto summaries = service.summaries(today);
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->first().late, late ? 1 : 0);
    }

    void invalidInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QString>("link"); // as the CLI takes it
        QTest::addColumn<QString>("message");
        QTest::newRow("no owner") << "Ny forretningsgang"
                                  << "  " << QDate() << ""
                                  << "owner";
        QTest::newRow("nothing to do") << ""
                                       << "Lise Leder" << QDate() << ""
                                       << "what the action is";
        QTest::newRow("a deadline in year 20") << "Ny forretningsgang"
                                               << "Lise Leder" << QDate(20, 1, 31) << ""
                                               << "not a date an action plan can have";
        QTest::newRow("an item no cue card has") << "Ny forretningsgang"
                                                 << "Lise Leder" << QDate() << "item:integration.nonsense"
                                                 << "no check item";
        QTest::newRow("a rule that does not exist") << "Ny forretningsgang"
                                                    << "Lise Leder" << QDate() << "rule:999"
                                                    << "no management action rule";
        QTest::newRow("a round that does not exist") << "Ny forretningsgang"
                                                     << "Lise Leder" << QDate() << "round:Ingen runde"
                                                     << "no round named";
        QTest::newRow("a link that names nothing") << "Ny forretningsgang"
                                                   << "Lise Leder" << QDate() << "round:"
                                                   << "Name the finding";
    }
    void invalidInputIsRefusedAndNothingWritten()
    {
        QFETCH(QString, what);
        QFETCH(QString, owner);
        QFETCH(QDate, deadline);
        QFETCH(QString, link);
        QFETCH(QString, message);
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const int audit = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        PlanActionInput in = input(what, owner, deadline);
        if (!link.isEmpty()) {
            const auto parsed = ActionPlanService::parseLink(link);
            QVERIFY(parsed);
            in.linkKind = parsed->first;
            in.linkText = parsed->second;
        }
        auto added = service.addAction(f.themeId, in);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM plan_actions")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM plan_action_notes")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    // The database refuses what the service refuses, for rows written by other tools.
    void theSchemaChecksOwnerDeadlineStatusAndLink_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QVariant>("deadline");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QVariant>("linkKind");
        QTest::addColumn<QVariant>("linkValue");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a complete row") << "Lise" << QVariant(u"2020-01-31"_s) << "planned" << QVariant() << QVariant()
                                        << true;
        QTest::newRow("an empty owner") << " " << QVariant() << "planned" << QVariant() << QVariant() << false;
        QTest::newRow("a Danish date") << "Lise" << QVariant(u"31-01-2020"_s) << "planned" << QVariant() << QVariant()
                                       << false;
        QTest::newRow("a Danish status word") << "Lise" << QVariant() << "udført" << QVariant() << QVariant() << false;
        QTest::newRow("a link kind without a value")
            << "Lise" << QVariant() << "planned" << QVariant(u"round"_s) << QVariant() << false;
        QTest::newRow("an unknown link kind")
            << "Lise" << QVariant() << "planned" << QVariant(u"case"_s) << QVariant(u"12"_s) << false;
    }
    void theSchemaChecksOwnerDeadlineStatusAndLink()
    {
        QFETCH(QString, owner);
        QFETCH(QVariant, deadline);
        QFETCH(QString, status);
        QFETCH(QVariant, linkKind);
        QFETCH(QVariant, linkValue);
        QFETCH(bool, accepted);
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        auto inserted = sql::run(sqlOf(*m_db),
                                 QStringLiteral("INSERT INTO plan_actions (theme_id, position, what, owner, deadline, "
                                                "status, link_kind, link_value, created_by, created_at, updated_at) "
                                                "VALUES (?, 1, 'X', ?, ?, ?, ?, ?, 'x', 'x', 'x')"),
                                 {f.themeId, owner, deadline, status, linkKind, linkValue});
        QCOMPARE(inserted.ok(), accepted);
    }

    void linksNameAnExistingItemRuleOrRound()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        ActionRule rule;
        rule.name = QStringLiteral("Manglende opfølgning");
        rule.kind = QStringLiteral("item-share");
        rule.itemPattern = QStringLiteral("integration.followup.*");
        rule.threshold = 10;
        rule.action = QStringLiteral("Sparring med koordinator");
        const qint64 ruleId = ActionRuleService(*leder.session).addRule(rule).value();
        RoundSpec spec;
        spec.name = QStringLiteral("Gennemgang 2019");
        spec.kind = RoundKind::Walkthrough;
        spec.scope.areas = {QStringLiteral("integration")};
        CaseFile one;
        one.caseNumber = QStringLiteral("INT-01");
        one.name = QStringLiteral("Borger En");
        one.area = QStringLiteral("integration");
        one.subgroup = QStringLiteral("refugee");
        one.caseworker = QStringLiteral("Mette Sørensen");
        one.dates.insert(QStringLiteral("takeover"), QDate(2019, 3, 1));
        QVERIFY(addCases(*m_db, {one}).ok());
        auto round = RoundService(*leder.session).create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));

        const QList<std::pair<QString, QString>> links = {
            {QStringLiteral("item:integration.contract.goal"), QStringLiteral("integration.contract.goal")},
            {QStringLiteral("rule:%1").arg(ruleId), QStringLiteral("Manglende opfølgning")},
            {QStringLiteral("round:Gennemgang 2019"), QStringLiteral("Gennemgang 2019")}};
        for (const auto &[text, label] : links) {
            PlanActionInput in = input(QStringLiteral("Følg op"), QStringLiteral("Lise Leder"));
            const auto parsed = ActionPlanService::parseLink(text);
            in.linkKind = parsed->first;
            in.linkText = parsed->second;
            auto id = service.addAction(f.themeId, in);
            QVERIFY2(id.ok(), qPrintable(id.error().message));
            auto stored = service.action(id.value());
            QVERIFY2(stored.ok(), qPrintable(stored.error().message));
            QVERIFY(stored.value()->link);
            QCOMPARE(stored.value()->link->kind, parsed->first);
            QCOMPARE(stored.value()->link->label, label);
        }
        // The rule is stored by its id, so renaming nothing breaks; the link can be taken off again.
        auto first = service.plans()->first().themes.first().actions.first();
        QVERIFY(service.editAction(first.id, input(first.what, first.owner)).ok());
        QVERIFY(!service.action(first.id).value()->link);
    }

    void themesAreOrderedRenamedAndUnique()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("da"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const qint64 ledelse = service.addTheme(f.planId, QStringLiteral("Ledelse og organisering")).value();
        const qint64 tilsyn = service.addTheme(f.planId, QStringLiteral("Ledelsestilsyn")).value();
        QVERIFY(service.moveTheme(ledelse, 0).ok());
        QVERIFY(service.renameTheme(tilsyn, QStringLiteral("Ledelsestilsyn månedligt")).ok());
        QStringList titles;
        const ActionPlan plan = service.plans()->first();
        for (const PlanTheme &theme : plan.themes)
            titles << theme.title;
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Ledelse og organisering"), QStringLiteral("Genopretning af sager"),
                              QStringLiteral("Ledelsestilsyn månedligt")}));
        auto twice = service.addTheme(f.planId, QStringLiteral("ledelse og organisering"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, Error::Kind::InvalidInput);
        auto samePlan = service.createPlan(QStringLiteral("handleplan integration 2019"));
        QVERIFY(!samePlan.ok());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'plan.%'")),
                 1 + 3 + 1 + 1); // create, three themes, move, rename
    }

    void everyoneReadsOnlyCoordinatorsAndLeadersWrite()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const qint64 id = service.addAction(f.themeId, input(QStringLiteral("Ny forretningsgang"), Leder)).value();

        auto mette = testsupport::actor(*m_db, Mette, QStringLiteral("en"), &m_clock);
        ActionPlanService caseworker(*mette.session);
        QVERIFY(!caseworker.mayEdit());
        QCOMPARE(caseworker.plans()->first().themes.first().actions.size(), 1);
        const qint64 before = testsupport::lastAccessId(*m_db);
        const Status refused = caseworker.setStatus(id, PlanStatus::Done, QStringLiteral("Klaret"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("edit the action plan")),
                 qPrintable(refused.error().message));
        QCOMPARE(testsupport::accessLogAfter(*m_db, before, Mette).size(), 1);
        QCOMPARE(service.action(id).value()->status, PlanStatus::Planned);
        QVERIFY(!caseworker.addTheme(f.planId, QStringLiteral("Mit tema")).ok());
        QVERIFY(!caseworker.createPlan(QStringLiteral("Min plan")).ok());
    }

    void theSummaryCountsPerStatusLateAndEvaluation()
    {
        auto leder = testsupport::actor(*m_db, Leder, QStringLiteral("en"), &m_clock);
        ActionPlanService service(*leder.session);
        const PlanFixture f = makePlan(service);
        const QDate today(2020, 6, 1); // the plan's evaluation day
        const qint64 a = service.addAction(f.themeId, input(QStringLiteral("A"), Leder, QDate(2020, 1, 31))).value();
        const qint64 b = service.addAction(f.themeId, input(QStringLiteral("B"), Leder, QDate(2020, 1, 31))).value();
        const qint64 c = service.addAction(f.themeId, input(QStringLiteral("C"), Leder, QDate(2020, 12, 31))).value();
        service.addAction(f.themeId, input(QStringLiteral("D"), Leder)).value();
        QVERIFY(service.setStatus(a, PlanStatus::Done).ok());
        QVERIFY(service.setStatus(b, PlanStatus::InProgress).ok());
        QVERIFY(service.setStatus(c, PlanStatus::Abandoned).ok());
        const PlanSummary s = service.summaries(today)->first();
        QCOMPARE(s.actions, 4);
        QCOMPARE(s.byStatus.value(PlanStatus::Planned), 1);
        QCOMPARE(s.byStatus.value(PlanStatus::InProgress), 1);
        QCOMPARE(s.byStatus.value(PlanStatus::Done), 1);
        QCOMPARE(s.byStatus.value(PlanStatus::Abandoned), 1);
        QCOMPARE(s.late, 1);
        QVERIFY(s.evaluationDue);
        QVERIFY(!service.summaries(today.addDays(-1))->first().evaluationDue);
    }

    // The commands end to end: create, themes, actions, status in Danish, list and late as JSON and as text.
    void theCommandLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            auto db = testsupport::fileDatabase(dir, QStringLiteral("plan.sqlite"));
            testsupport::addUser(*db, Leder, Role::Leader);
            testsupport::addUser(*db, Mette, Role::Caseworker);
        }
        const auto cli = [&](const QString &user, QStringList arguments) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} +
                                       arguments);
        };
        auto created =
            cli(Leder, {u"plan"_s, u"create"_s, u"Handleplan 2019"_s, u"--evaluate"_s, u"2020-06-01"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(jsonOf(created).object().value(u"name"_s).toString(), u"Handleplan 2019"_s);
        QCOMPARE(cli(Leder, {u"plan"_s, u"add-theme"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s}).exitCode, 0);
        auto added =
            cli(Leder, {u"plan"_s, u"add-action"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s, u"--what"_s,
                        u"Kontrakter underskrives"_s, u"--owner"_s, u"Faglig koordinator"_s, u"--deadline"_s,
                        u"2020-01-31"_s, u"--link"_s, u"item:integration.contract.goal"_s, u"--json"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const qint64 id = jsonOf(added).object().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        auto second = cli(Leder, {u"plan"_s, u"add-action"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s,
                                  u"--what"_s, u"Erklæringer underskrives"_s, u"--owner"_s, u"Lise Leder"_s,
                                  u"--deadline"_s, u"2020-01-31"_s, u"--json"_s});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const qint64 secondId = jsonOf(second).object().value(u"id"_s).toInteger();

        // A status in Danish, with a note.
        auto status =
            cli(Leder, {u"plan"_s, u"status"_s, QString::number(id), u"udført"_s, u"--note"_s, u"Alle 158 sager"_s});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        // A caseworker reads but may not write (exit 2, the service's message).
        auto refused = cli(Mette, {u"plan"_s, u"status"_s, QString::number(secondId), u"i gang"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("may not edit the action plan"), refused.err.constData());
        // Not a status, not a date, not a link, no owner: refused before anything is written.
        QCOMPARE(cli(Leder, {u"plan"_s, u"status"_s, QString::number(id), u"færdig"_s}).exitCode, 1);
        QCOMPARE(cli(Leder, {u"plan"_s, u"add-action"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s, u"--what"_s,
                             u"X"_s, u"--owner"_s, u"Y"_s, u"--deadline"_s, u"2020-02-30"_s})
                     .exitCode,
                 1);
        QCOMPARE(cli(Leder, {u"plan"_s, u"add-action"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s, u"--what"_s,
                             u"X"_s, u"--owner"_s, u"Y"_s, u"--link"_s, u"case:12"_s})
                     .exitCode,
                 1);
        auto noOwner = cli(Leder, {u"plan"_s, u"add-action"_s, u"Handleplan 2019"_s, u"Genopretning af sager"_s,
                                   u"--what"_s, u"X"_s, u"--owner"_s, u" "_s});
        QCOMPARE(noOwner.exitCode, 2);
        QVERIFY2(noOwner.err.contains("owner"), noOwner.err.constData());
        QCOMPARE(cli(Leder, {u"plan"_s, u"add-theme"_s, u"Ingen plan"_s, u"Tema"_s}).exitCode, 2);

        // plan list --json: stable English keys, ISO dates, status keys, the note history.
        auto list = cli(Mette, {u"plan"_s, u"list"_s, u"--json"_s, u"--as-of"_s, u"2020-02-01"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray plans = jsonOf(list).array();
        QCOMPARE(plans.size(), 1);
        const QJsonObject plan = plans.first().toObject();
        QCOMPARE(plan.value(u"name"_s).toString(), u"Handleplan 2019"_s);
        QCOMPARE(plan.value(u"evaluation_date"_s).toString(), u"2020-06-01"_s);
        QCOMPARE(plan.value(u"evaluation_due"_s).toBool(), false);
        const QJsonObject summary = plan.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"actions"_s).toInt(), 2);
        QCOMPARE(summary.value(u"done"_s).toInt(), 1);
        QCOMPARE(summary.value(u"planned"_s).toInt(), 1);
        QCOMPARE(summary.value(u"in_progress"_s).toInt(), 0);
        QCOMPARE(summary.value(u"abandoned"_s).toInt(), 0);
        QCOMPARE(summary.value(u"late"_s).toInt(), 1);
        const QJsonObject theme = plan.value(u"themes"_s).toArray().first().toObject();
        QCOMPARE(theme.value(u"title"_s).toString(), u"Genopretning af sager"_s);
        const QJsonArray actions = theme.value(u"actions"_s).toArray();
        QCOMPARE(actions.size(), 2);
        const QJsonObject done = actions.at(0).toObject();
        QCOMPARE(done.value(u"id"_s).toInteger(), id);
        QCOMPARE(done.value(u"what"_s).toString(), u"Kontrakter underskrives"_s);
        QCOMPARE(done.value(u"owner"_s).toString(), u"Faglig koordinator"_s);
        QCOMPARE(done.value(u"deadline"_s).toString(), u"2020-01-31"_s);
        QCOMPARE(done.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(done.value(u"late"_s).toBool(), false);
        QCOMPARE(done.value(u"link"_s).toObject().value(u"kind"_s).toString(), u"item"_s);
        QCOMPARE(done.value(u"link"_s).toObject().value(u"value"_s).toString(), u"integration.contract.goal"_s);
        const QJsonArray notes = done.value(u"notes"_s).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(1).toObject().value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(notes.at(1).toObject().value(u"note"_s).toString(), u"Alle 158 sager"_s);
        QCOMPARE(notes.at(1).toObject().value(u"by"_s).toString(), Leder);
        QVERIFY(!notes.at(1).toObject().value(u"at"_s).toString().isEmpty());
        QCOMPARE(actions.at(1).toObject().value(u"late"_s).toBool(), true);
        QCOMPARE(actions.at(1).toObject().value(u"link"_s).type(), QJsonValue::Null);

        // plan late --json on the deadline's day and the day after.
        auto onTheDay = cli(Mette, {u"plan"_s, u"late"_s, u"--json"_s, u"--as-of"_s, u"2020-01-31"_s});
        QVERIFY2(onTheDay.exitCode == 0, onTheDay.err.constData());
        QCOMPARE(jsonOf(onTheDay).array().size(), 0);
        auto dayAfter = cli(Mette, {u"plan"_s, u"late"_s, u"--json"_s, u"--as-of"_s, u"2020-02-01"_s});
        const QJsonArray late = jsonOf(dayAfter).array();
        QCOMPARE(late.size(), 1);
        const QJsonObject lateOne = late.first().toObject();
        QCOMPARE(lateOne.value(u"id"_s).toInteger(), secondId);
        QCOMPARE(lateOne.value(u"plan"_s).toString(), u"Handleplan 2019"_s);
        QCOMPARE(lateOne.value(u"theme"_s).toString(), u"Genopretning af sager"_s);
        QCOMPARE(lateOne.value(u"owner"_s).toString(), u"Lise Leder"_s);
        QCOMPARE(lateOne.value(u"deadline"_s).toString(), u"2020-01-31"_s);
        QCOMPARE(lateOne.value(u"days_late"_s).toInt(), 1);
        QCOMPARE(lateOne.value(u"status"_s).toString(), u"planned"_s);

        // Human output in Danish: Danish statuses and dd-mm-yyyy dates.
        auto da = cli(Mette, {u"plan"_s, u"list"_s, u"--lang"_s, u"da"_s, u"--as-of"_s, u"2020-02-01"_s});
        QVERIFY2(da.exitCode == 0, da.err.constData());
        const QString text = QString::fromUtf8(da.out);
        QVERIFY2(text.contains(u"udført"_s), qPrintable(text));
        QVERIFY2(text.contains(u"planlagt"_s), qPrintable(text));
        QVERIFY2(text.contains(u"31-01-2020"_s), qPrintable(text));
        QVERIFY2(text.contains(u"01-06-2020"_s), qPrintable(text));
        QVERIFY2(text.contains(u"FORSINKET"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"2020-01-31"_s), qPrintable(text));
        auto en = cli(Mette, {u"plan"_s, u"late"_s, u"--lang"_s, u"en"_s, u"--as-of"_s, u"2020-02-01"_s});
        QVERIFY2(QString::fromUtf8(en.out).contains(u"2020-01-31"_s), en.out.constData());
        QVERIFY2(QString::fromUtf8(en.out).contains(u"1 day late"_s), en.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestActionPlan)
#include "tst_actionplan.moc"
