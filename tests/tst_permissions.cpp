// Every guarded service method × every role (issue 9): run through the services, as the GUI runs it, and
// through sagstjek-cli on a copy of the same database. Each is allowed or refused as the permission table says;
// a refusal carries the same message from both front ends and leaves the same access-log entries; an allowed
// call leaves the same entries too.
#include "reports/reportbuilder.h"
#include "services/actionplanservice.h"
#include "services/actionrules.h"
#include "services/approvalservice.h"
#include "services/caseimporter.h"
#include "services/caseservice.h"
#include "services/complaintservice.h"
#include "services/defectservice.h"
#include "services/exporter.h"
#include "services/grantservice.h"
#include "services/importmapping.h"
#include "services/policysetup.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "services/templateservice.h"
#include "services/userservice.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sagstjek;

namespace {

// The users, one per role.
const QStringList Users = {QStringLiteral("admin"), QStringLiteral("mette"), QStringLiteral("kon"),
                           QStringLiteral("koord"), QStringLiteral("leder")};
const QString Mette = QStringLiteral("Mette Sørensen");
const QString Ali = QStringLiteral("Ali Hassan");
const QString Item = QStringLiteral("integration.contract.goal");

// What the prepared database holds, by id and number.
struct Facts {
    qint64 roundId = 0;
    QString roundName;
    qint64 completedCase = 0; // completed in the round, not yet approved
    QString completedNumber;
    qint64 approvedCase = 0; // approved in the round
    QString approvedNumber;
    qint64 alisCase = 0; // Ali Hassan's, its own review completed
    QString alisNumber;
    QString alisCpr; // as someone types it: "DDMMYY SSSS"
    qint64 alisOpenDefect = 0;
    qint64 mettesOpenDefect = 0;
    qint64 remediatedDefect = 0; // Ali Hassan's, remediated by the consultant
    qint64 actionId = 0;
    qint64 ruleId = 0;
    QString templateFile;   // a new version of the integration card
    QString casesFile;      // one new case
    QString grantsFile;     // one grant line on Ali Hassan's case
    qint64 complaintId = 0; // a registered decision of Ankestyrelsen
    QString complaintsFile; // two decisions to import
    qint64 planId = 0;      // the demo's action plan, a theme of it and an action in it
    QString planName;
    qint64 themeId = 0;
    QString themeTitle;
    qint64 planActionId = 0;
};

struct Operation {
    QStringList allowed;                                 // who may
    std::function<Status(Session &, const Facts &)> run; // through the services
    std::function<QStringList(const Facts &)> cli;       // the same through sagstjek-cli; empty: no command
};

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status(Ok{}) : Status(result.error());
}

QStringList everyone()
{
    return Users;
}
QStringList caseReaders()
{
    return {QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")};
}
// Everyone who reads case data in bulk (lists, searches, defects, exports): not an administrator (issue 14).
QStringList caseDataReaders()
{
    return {QStringLiteral("mette"), QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")};
}
QString exportPath()
{
    return QDir::temp().filePath(
        QStringLiteral("sagstjek-permissions-export-%1.csv").arg(QCoreApplication::applicationPid()));
}
Status exportAs(Session &s, Exporter::What what, bool personal)
{
    Exporter::Options options;
    options.what = what;
    options.includePersonalData = personal;
    return statusOf(Exporter(s).exportTo(exportPath(), options));
}

// Who starts and assigns rounds (ManageRounds): not a consultant, who reviews what it is given.
QStringList roundManagers()
{
    return {QStringLiteral("admin"), QStringLiteral("koord"), QStringLiteral("leder")};
}
QStringList importers()
{
    return {QStringLiteral("admin"), QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")};
}
QStringList approvers()
{
    return {QStringLiteral("koord"), QStringLiteral("leder")};
}
QStringList grantManagers()
{
    return {QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")};
}
QStringList complaintManagers()
{
    return {QStringLiteral("koord"), QStringLiteral("leder")};
}
QStringList ruleManagers()
{
    return {QStringLiteral("admin"), QStringLiteral("koord"), QStringLiteral("leder")};
}

const QMap<QString, Operation> &operations()
{
    static const QMap<QString, Operation> all = {
        {QStringLiteral("open another's case"),
         {caseReaders(),
          [](Session &s, const Facts &f) { return statusOf(ReviewService(s).open(ReviewRef{f.alisCase})); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("card"), f.alisNumber};
          }}},
        {QStringLiteral("answer on another's case"),
         {caseReaders(),
          [](Session &s, const Facts &f) {
              return statusOf(ReviewService(s).answer(ReviewRef{f.alisCase}, Item, AnswerValue::Met,
                                                      QStringLiteral("Set i journalen")));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("answer"),
                                 f.alisNumber,
                                 Item,
                                 QStringLiteral("met"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("Set i journalen")};
          }}},
        {QStringLiteral("complete another's case"),
         {caseReaders(), [](Session &s, const Facts &f) { return ReviewService(s).complete(ReviewRef{f.alisCase}); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("complete"), f.alisNumber};
          }}},
        {QStringLiteral("start a walkthrough"),
         {roundManagers(),
          [](Session &s, const Facts &) {
              RoundSpec spec;
              spec.name = QStringLiteral("Gennemgang");
              spec.kind = RoundKind::Walkthrough;
              spec.scope.areas = {QStringLiteral("integration")};
              return statusOf(RoundService(s).create(spec));
          },
          [](const Facts &) {
              return QStringList{QStringLiteral("round"),       QStringLiteral("create"),
                                 QStringLiteral("Gennemgang"),  QStringLiteral("--kind"),
                                 QStringLiteral("walkthrough"), QStringLiteral("--area"),
                                 QStringLiteral("integration")};
          }}},
        // A caseworker checks their own cases; a consultant has none and starts no rounds.
        {QStringLiteral("start a self-check"),
         {{QStringLiteral("admin"), QStringLiteral("mette"), QStringLiteral("koord"), QStringLiteral("leder")},
          [](Session &s, const Facts &) {
              RoundSpec spec;
              spec.name = QStringLiteral("Selvtjek");
              spec.kind = RoundKind::SelfCheck;
              return statusOf(RoundService(s).create(spec));
          },
          [](const Facts &) {
              return QStringList{QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("Selvtjek"),
                                 QStringLiteral("--kind"), QStringLiteral("self-check")};
          }}},
        {QStringLiteral("close a round"),
         {roundManagers(), [](Session &s, const Facts &f) { return RoundService(s).close(f.roundId); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("round"), QStringLiteral("close"), f.roundName};
          }}},
        {QStringLiteral("assign a round's cases"),
         {roundManagers(),
          [](Session &s, const Facts &f) { return statusOf(RoundService(s).assign(f.roundId, QStringLiteral("kon"))); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("round"), QStringLiteral("assign"), f.roundName,
                                 QStringLiteral("--reviewer"), QStringLiteral("kon")};
          }}},
        {QStringLiteral("evaluate the action rules"),
         {roundManagers(),
          [](Session &s, const Facts &f) { return statusOf(ActionRuleService(s).evaluate(f.roundId)); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("round"), QStringLiteral("actions"), f.roundName};
          }}},
        {QStringLiteral("approve a review"),
         {approvers(),
          [](Session &s, const Facts &f) { return ApprovalService(s).approve(f.roundId, f.completedCase); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("approve"), f.completedNumber, QStringLiteral("--round"), f.roundName};
          }}},
        {QStringLiteral("send a review back"),
         {approvers(),
          [](Session &s, const Facts &f) {
              return ApprovalService(s).sendBack(f.roundId, f.completedCase, QStringLiteral("Se igen"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("send-back"), f.completedNumber,
                                 QStringLiteral("--round"),   f.roundName,
                                 QStringLiteral("--comment"), QStringLiteral("Se igen")};
          }}},
        {QStringLiteral("reopen an approved review"),
         {approvers(),
          [](Session &s, const Facts &f) {
              return ApprovalService(s).reopen(f.roundId, f.approvedCase, QStringLiteral("Forkert dato"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("reopen"),   f.approvedNumber,
                                 QStringLiteral("--round"),  f.roundName,
                                 QStringLiteral("--reason"), QStringLiteral("Forkert dato")};
          }}},
        {QStringLiteral("verify a remediation"),
         {approvers(), [](Session &s, const Facts &f) { return DefectService(s).verify(f.remediatedDefect); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("verify"),
                                 QString::number(f.remediatedDefect)};
          }}},
        {QStringLiteral("remediate another's defect"),
         {caseReaders(),
          [](Session &s, const Facts &f) {
              return DefectService(s).remediate(f.alisOpenDefect, QStringLiteral("Rettet"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("remediate"),
                                 QString::number(f.alisOpenDefect), QStringLiteral("--note"), QStringLiteral("Rettet")};
          }}},
        {QStringLiteral("remediate one's own defect"),
         {QStringList{QStringLiteral("mette")} + caseReaders(),
          [](Session &s, const Facts &f) {
              return DefectService(s).remediate(f.mettesOpenDefect, QStringLiteral("Rettet"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("remediate"),
                                 QString::number(f.mettesOpenDefect), QStringLiteral("--note"),
                                 QStringLiteral("Rettet")};
          }}},
        {QStringLiteral("reopen another's defect"),
         {caseReaders(),
          [](Session &s, const Facts &f) {
              return DefectService(s).reopen(f.remediatedDefect, QStringLiteral("Ikke rettet"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("reopen"),
                                 QString::number(f.remediatedDefect), QStringLiteral("--note"),
                                 QStringLiteral("Ikke rettet")};
          }}},
        {QStringLiteral("reassign a defect"),
         {roundManagers(),
          [](Session &s, const Facts &f) { return DefectService(s).reassign({f.alisOpenDefect}, Mette); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("reassign"),
                                 QString::number(f.alisOpenDefect), QStringLiteral("--owner"), Mette};
          }}},
        {QStringLiteral("move a defect's due date"),
         {roundManagers(),
          [](Session &s, const Facts &f) { return DefectService(s).setDue({f.alisOpenDefect}, QDate(2027, 1, 29)); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("due"), QString::number(f.alisOpenDefect),
                                 QStringLiteral("--date"), QStringLiteral("2027-01-29")};
          }}},
        {QStringLiteral("add an action rule"),
         {ruleManagers(),
          [](Session &s, const Facts &) {
              ActionRule rule;
              rule.name = QStringLiteral("Mange mangler");
              rule.kind = QStringLiteral("item-share");
              rule.itemPattern = QStringLiteral("*");
              rule.threshold = 50;
              rule.action = QStringLiteral("Tal med teamet");
              return statusOf(ActionRuleService(s).addRule(rule));
          },
          [](const Facts &) {
              return QStringList{
                  QStringLiteral("action-rule"), QStringLiteral("add"),      QStringLiteral("Mange mangler"),
                  QStringLiteral("--items"),     QStringLiteral("*"),        QStringLiteral("--share-above"),
                  QStringLiteral("50"),          QStringLiteral("--action"), QStringLiteral("Tal med teamet")};
          }}},
        {QStringLiteral("switch an action rule off"),
         {ruleManagers(),
          [](Session &s, const Facts &f) { return ActionRuleService(s).setActive(f.ruleId, false); },
          {}}},
        {QStringLiteral("mark an action done"),
         {ruleManagers(),
          [](Session &s, const Facts &f) {
              return ActionRuleService(s).markDone(f.actionId, QStringLiteral("Holdt møde"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("action-rule"), QStringLiteral("done"), QString::number(f.actionId),
                                 QStringLiteral("--note"), QStringLiteral("Holdt møde")};
          }}},
        {QStringLiteral("register a complaint decision"),
         {complaintManagers(),
          [](Session &s, const Facts &f) {
              return statusOf(ComplaintService(s).add(
                  {f.alisNumber, QStringLiteral("SEL § 96"), QDate(2024, 5, 2), ComplaintOutcome::Remitted, {}}));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("complaints"),  QStringLiteral("add"),
                                 QStringLiteral("--paragraph"), QStringLiteral("SEL § 96"),
                                 QStringLiteral("--decided"),   QStringLiteral("2024-05-02"),
                                 QStringLiteral("--outcome"),   QStringLiteral("hjemvist"),
                                 QStringLiteral("--case"),      f.alisNumber};
          }}},
        {QStringLiteral("import complaint decisions"),
         {complaintManagers(),
          [](Session &s, const Facts &f) {
              auto file = TableFile::open(f.complaintsFile);
              if (!file)
                  return Status(file.error());
              auto summary = ComplaintService(s).importFile(*file.value());
              if (summary && (!summary->applied || summary->created != 2))
                  return Status(invalidInput(QStringLiteral("nothing was imported")));
              return statusOf(summary);
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("complaints"), QStringLiteral("import"), f.complaintsFile};
          }}},
        {QStringLiteral("remove a complaint decision"),
         {complaintManagers(), [](Session &s, const Facts &f) { return ComplaintService(s).remove(f.complaintId); },
          [](const Facts &f) {
              return QStringList{QStringLiteral("complaints"), QStringLiteral("remove"),
                                 QString::number(f.complaintId)};
          }}},
        {QStringLiteral("read the action plan"),
         {everyone(), [](Session &s, const Facts &) { return statusOf(ActionPlanService(s).plans()); },
          [](const Facts &) {
              return QStringList{QStringLiteral("plan"), QStringLiteral("list")};
          }}},
        {QStringLiteral("create an action plan"),
         {approvers(),
          [](Session &s, const Facts &) {
              return statusOf(ActionPlanService(s).createPlan(QStringLiteral("Handleplan 2027"), QDate(2027, 6, 1)));
          },
          [](const Facts &) {
              return QStringList{QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("Handleplan 2027"),
                                 QStringLiteral("--evaluate"), QStringLiteral("2027-06-01")};
          }}},
        {QStringLiteral("add a theme to the action plan"),
         {approvers(),
          [](Session &s, const Facts &f) {
              return statusOf(ActionPlanService(s).addTheme(f.planId, QStringLiteral("Ledelsestilsyn")));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("plan"), QStringLiteral("add-theme"), f.planName,
                                 QStringLiteral("Ledelsestilsyn")};
          }}},
        {QStringLiteral("add an action to the action plan"),
         {approvers(),
          [](Session &s, const Facts &f) {
              PlanActionInput input;
              input.what = QStringLiteral("Nyt koncept for ledelsestilsyn");
              input.owner = QStringLiteral("Leder");
              input.deadline = QDate(2027, 1, 29);
              return statusOf(ActionPlanService(s).addAction(f.themeId, input));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("plan"),
                                 QStringLiteral("add-action"),
                                 f.planName,
                                 f.themeTitle,
                                 QStringLiteral("--what"),
                                 QStringLiteral("Nyt koncept for ledelsestilsyn"),
                                 QStringLiteral("--owner"),
                                 QStringLiteral("Leder"),
                                 QStringLiteral("--deadline"),
                                 QStringLiteral("2027-01-29")};
          }}},
        {QStringLiteral("set an action's status in the action plan"),
         {approvers(),
          [](Session &s, const Facts &f) {
              return ActionPlanService(s).setStatus(f.planActionId, PlanStatus::Done, QStringLiteral("Udført"));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("plan"),   QStringLiteral("status"), QString::number(f.planActionId),
                                 QStringLiteral("udført"), QStringLiteral("--note"), QStringLiteral("Udført")};
          }}},
        {QStringLiteral("import a cue-card template"),
         {{QStringLiteral("admin")},
          [](Session &s, const Facts &f) {
              QFile file(f.templateFile);
              if (!file.open(QIODevice::ReadOnly))
                  return Status(invalidInput(file.errorString()));
              return statusOf(TemplateService(s).importTemplate(file.readAll()));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("template"), QStringLiteral("import"), f.templateFile};
          }}},
        {QStringLiteral("add a user"),
         {{QStringLiteral("admin")},
          [](Session &s, const Facts &) {
              return statusOf(UserService(s).add(QStringLiteral("eve"), QStringLiteral("leader")));
          },
          [](const Facts &) {
              return QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"),
                                 QStringLiteral("--role"), QStringLiteral("leader")};
          }}},
        {QStringLiteral("change a user's role"),
         {{QStringLiteral("admin")},
          [](Session &s, const Facts &) {
              return statusOf(UserService(s).setRole(QStringLiteral("kon"), QStringLiteral("leader")));
          },
          [](const Facts &) {
              return QStringList{QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("kon"),
                                 QStringLiteral("leader")};
          }}},
        {QStringLiteral("deactivate a user"),
         {{QStringLiteral("admin")},
          [](Session &s, const Facts &) { return statusOf(UserService(s).setActive(QStringLiteral("kon"), false)); },
          [](const Facts &) {
              return QStringList{QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("kon")};
          }}},
        {QStringLiteral("set a grant line"),
         {grantManagers(),
          [](Session &s, const Facts &f) {
              GrantLine line;
              line.month = QStringLiteral("2017-03");
              line.received = true;
              return statusOf(GrantService(s).setLine(f.alisNumber, line));
          },
          {}}},
        {QStringLiteral("remove a grant line"),
         {grantManagers(),
          [](Session &s, const Facts &f) {
              return GrantService(s).removeLine(f.alisNumber, QStringLiteral("2017-01"));
          },
          {}}},
        {QStringLiteral("set a grant rate"),
         {grantManagers(), [](Session &s, const Facts &) { return GrantService(s).setRate(2025, 313'550); },
          [](const Facts &) {
              return QStringList{QStringLiteral("grants"), QStringLiteral("rates"), QStringLiteral("set"),
                                 QStringLiteral("2025"), QStringLiteral("3.135,50")};
          }}},
        {QStringLiteral("import grant lines"),
         {grantManagers(),
          [](Session &s, const Facts &f) {
              auto file = TableFile::open(f.grantsFile);
              if (!file)
                  return Status(file.error());
              auto summary = GrantService(s).importFile(*file.value(), {}, {});
              if (summary && !summary->applied)
                  return Status(invalidInput(QStringLiteral("nothing was imported")));
              return statusOf(summary);
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("grants"), QStringLiteral("import"), f.grantsFile};
          }}},
        {QStringLiteral("read another's grant lines"),
         {caseReaders(), [](Session &s, const Facts &f) { return statusOf(GrantService(s).lines(f.alisNumber)); }, {}}},
        {QStringLiteral("report the grants of another's case"),
         {caseReaders(),
          [](Session &s, const Facts &f) {
              GrantReportFilter filter;
              filter.caseNumber = f.alisNumber;
              return statusOf(GrantService(s).report(filter));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("grants"), QStringLiteral("report"), QStringLiteral("--case"),
                                 f.alisNumber};
          }}},
        {QStringLiteral("import cases"),
         {importers(),
          [](Session &s, const Facts &f) {
              auto cards = importmapping::currentCards(s.database());
              if (!cards)
                  return Status(cards.error());
              auto file = TableFile::open(f.casesFile);
              if (!file)
                  return Status(file.error());
              auto summary = CaseImporter(s, cards.value()).importFile(std::move(file).value(), {}, {});
              if (summary && !summary->applied)
                  return Status(invalidInput(QStringLiteral("nothing was imported")));
              return statusOf(summary);
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("import-cases"), f.casesFile};
          }}},
        // Every path to case data in bulk asks the same permission (issue 14, defect 2).
        {QStringLiteral("list cases"),
         {caseDataReaders(),
          [](Session &s, const Facts &) {
              CaseService cases(s);
              if (auto logged = cases.recordSearch(CaseFilter{}); !logged)
                  return logged;
              return statusOf(cases.page(CaseFilter{}, 0, 1000));
          },
          [](const Facts &) { return QStringList{QStringLiteral("cases")}; }}},
        {QStringLiteral("search cases by a CPR number"),
         {caseDataReaders(),
          [](Session &s, const Facts &f) {
              CaseFilter filter;
              filter.search = f.alisCpr;
              CaseService cases(s);
              if (auto logged = cases.recordSearch(filter); !logged)
                  return logged;
              return statusOf(cases.page(filter, 0, 1000));
          },
          [](const Facts &f) {
              return QStringList{QStringLiteral("cases"), QStringLiteral("--search"), f.alisCpr};
          }}},
        {QStringLiteral("list defects"),
         {caseDataReaders(), [](Session &s, const Facts &) { return statusOf(DefectService(s).list(TrackerFilter{})); },
          [](const Facts &) {
              return QStringList{QStringLiteral("defect"), QStringLiteral("list")};
          }}},
        {QStringLiteral("export cases with personal data"),
         {caseDataReaders(), [](Session &s, const Facts &) { return exportAs(s, Exporter::What::Cases, true); },
          [](const Facts &) {
              return QStringList{QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("-o"), exportPath(),
                                 QStringLiteral("--include-personal-data")};
          }}},
        {QStringLiteral("export answers with personal data"),
         {caseDataReaders(), [](Session &s, const Facts &) { return exportAs(s, Exporter::What::AnswersLong, true); },
          [](const Facts &) {
              return QStringList{QStringLiteral("export"), QStringLiteral("answers"), QStringLiteral("-o"),
                                 exportPath(), QStringLiteral("--include-personal-data")};
          }}},
        {QStringLiteral("export defects without personal data"),
         {caseDataReaders(), [](Session &s, const Facts &) { return exportAs(s, Exporter::What::Defects, false); },
          [](const Facts &) {
              return QStringList{QStringLiteral("export"), QStringLiteral("defects"), QStringLiteral("-o"),
                                 exportPath()};
          }}},
        // A report with case numbers reads case data: not for an administrator (logged as an export).
        {QStringLiteral("make a report with case numbers"),
         {{QStringLiteral("mette"), QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")},
          [](Session &s, const Facts &f) {
              reports::ReportOptions options;
              options.withCaseNumbers = true;
              return statusOf(reports::roundReport(s, f.roundId, options));
          },
          [](const Facts &f) {
              return QStringList{
                  QStringLiteral("report"), f.roundName, QStringLiteral("--csv"),
                  QDir::temp().filePath(
                      QStringLiteral("sagstjek-permissions-%1.csv").arg(QCoreApplication::applicationPid())),
                  QStringLiteral("--with-case-numbers")};
          }}},
    };
    return all;
}

std::unique_ptr<Database> openFile(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
    return std::move(db).value();
}

// Answers every applicable item (met, with a reason for any computed verdict it overrides) and completes.
Status completeAll(ReviewService &service, const ReviewRef &review)
{
    auto state = service.load(review);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems())
        if (auto answered = service.answer(review, item->key, AnswerValue::Met, QStringLiteral("Set i journalen"));
            !answered)
            return answered.error();
    return service.complete(review);
}

} // namespace

class TestPermissions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    Facts m_facts;

    void prepare();

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        prepare();
    }

    void everyGuardedMethodForEveryRole_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("user");
        for (auto it = operations().cbegin(); it != operations().cend(); ++it)
            for (const QString &user : Users)
                QTest::addRow("%s as %s", qPrintable(it.key()), qPrintable(user)) << it.key() << user;
    }

    void everyGuardedMethodForEveryRole()
    {
        QFETCH(QString, operation);
        QFETCH(QString, user);
        const Operation &op = operations().value(operation);
        const bool allowed = op.allowed.contains(user);
        static int run = 0;
        ++run;

        // Through the services, as the GUI calls them.
        const QString servicePath = m_dir.filePath(QStringLiteral("service-%1.sqlite").arg(run));
        QVERIFY(QFile::copy(m_template, servicePath));
        QStringList serviceLog;
        Status status = Ok{};
        {
            auto db = openFile(servicePath);
            auto policy = policyFor(*db, user);
            QVERIFY2(policy.ok(), qPrintable(policy.error().message));
            Session session(*db, *policy.value(), QStringLiteral("en"));
            const qint64 before = testsupport::lastAccessId(*db);
            status = op.run(session, m_facts);
            serviceLog = testsupport::accessLogAfter(*db, before, user);
        }
        if (allowed) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
            QVERIFY2(!serviceLog.join(u'\n').contains(QStringLiteral("refused|")), qPrintable(serviceLog.join(u'\n')));
        } else {
            QVERIFY2(!status.ok(), "allowed, but the table says refused");
            QCOMPARE(status.error().kind, Error::Kind::Refused);
            // Logged by the service itself, with the message the user saw.
            QCOMPARE(serviceLog.size(), 1);
            QVERIFY2(serviceLog.first().startsWith(QStringLiteral("refused|")), qPrintable(serviceLog.first()));
            QVERIFY2(serviceLog.first().endsWith(u'|' + status.error().message), qPrintable(serviceLog.first()));
        }

        // The same through the command line, on a copy of the same database.
        if (!op.cli)
            return;
        const QString cliPath = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(run));
        QVERIFY(QFile::copy(m_template, cliPath));
        qint64 before = 0;
        {
            auto db = openFile(cliPath);
            before = testsupport::lastAccessId(*db);
        }
        QStringList arguments{QStringLiteral("--db"), cliPath, QStringLiteral("--user"), user};
        arguments += op.cli(m_facts);
        const auto cli = testsupport::runCli(arguments);
        if (allowed) {
            QVERIFY2(cli.exitCode == 0, cli.err.constData());
        } else {
            QCOMPARE(cli.exitCode, 2);
            QVERIFY2(QString::fromUtf8(cli.err).contains(status.error().message), cli.err.constData());
        }
        auto db = openFile(cliPath);
        QCOMPARE(testsupport::accessLogAfter(*db, before, user), serviceLog);
    }
};

void TestPermissions::prepare()
{
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    auto db = testsupport::fileDatabase(m_dir, QStringLiteral("template.sqlite"), true);
    testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
    testsupport::addUser(*db, QStringLiteral("mette"), Role::Caseworker, Mette);
    testsupport::addUser(*db, QStringLiteral("kon"), Role::Consultant);
    testsupport::addUser(*db, QStringLiteral("koord"), Role::Coordinator);
    testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader);
    Facts &f = m_facts;

    // The demo's round, with its completed reviews: one is approved, one waits for approval.
    auto koord = testsupport::actor(*db, QStringLiteral("koord"));
    RoundService rounds(*koord.session);
    const Round round = rounds.list()->first();
    f.roundId = round.id;
    f.roundName = round.name;
    QList<RoundCase> completed;
    const QList<RoundCase> sample = rounds.cases(round.id).value();
    for (const RoundCase &c : sample)
        if (c.reviewStatus == ReviewStatus::Completed)
            completed << c;
    QVERIFY(completed.size() >= 2);
    f.approvedCase = completed.at(0).caseId;
    f.approvedNumber = completed.at(0).caseNumber;
    f.completedCase = completed.at(1).caseId;
    f.completedNumber = completed.at(1).caseNumber;
    QVERIFY(ApprovalService(*koord.session).approve(f.roundId, f.approvedCase).ok());

    // Ali Hassan's cases: one reviewed and completed, one with two defects (one remediated by the consultant);
    // Mette Sørensen's: one with a defect.
    QList<CaseRow> alis, mettes;
    const QList<CaseRow> rows = db->cases().page(CaseFilter{}, 0, 1000).value();
    for (const CaseRow &row : rows) {
        if (row.area != u"integration")
            continue;
        if (row.caseworker == Ali)
            alis << row;
        else if (row.caseworker == Mette)
            mettes << row;
    }
    QVERIFY(alis.size() >= 2 && !mettes.isEmpty());
    auto kon = testsupport::actor(*db, QStringLiteral("kon"));
    ReviewService konReviews(*kon.session);
    f.alisCase = alis.at(0).id;
    f.alisNumber = alis.at(0).caseNumber;
    f.alisCpr = alis.at(0).cpr.left(6) + u' ' + alis.at(0).cpr.mid(6);
    QCOMPARE(f.alisCpr.size(), 11);
    QVERIFY(completeAll(konReviews, ReviewRef{f.alisCase}).ok());
    const auto defectOn = [&](qint64 caseId, const QString &itemKey) -> qint64 {
        auto change = konReviews.answer(ReviewRef{caseId}, itemKey, AnswerValue::NotMet, QStringLiteral("Mangler"));
        if (!change || !change->after.defect)
            return 0;
        return change->after.defect->id;
    };
    f.alisOpenDefect = defectOn(alis.at(1).id, Item);
    f.remediatedDefect = defectOn(alis.at(1).id, QStringLiteral("integration.contract.signed_in_time"));
    f.mettesOpenDefect = defectOn(mettes.at(0).id, Item);
    QVERIFY(f.alisOpenDefect && f.remediatedDefect && f.mettesOpenDefect);
    QVERIFY(DefectService(*kon.session).remediate(f.remediatedDefect, QStringLiteral("Underskrevet")).ok());

    // An action rule that triggers on the round, and its action.
    ActionRuleService rules(*koord.session);
    ActionRule rule;
    rule.name = QStringLiteral("Enhver mangel");
    rule.kind = QStringLiteral("item-share");
    rule.itemPattern = QStringLiteral("*");
    rule.threshold = 0;
    rule.action = QStringLiteral("Gennemgå med teamet");
    f.ruleId = rules.addRule(rule).value();
    auto actions = rules.evaluate(f.roundId);
    QVERIFY(actions.ok() && !actions->isEmpty());
    f.actionId = actions->first().id;

    // A decision of Ankestyrelsen on one of Ali Hassan's cases, and a file with two more.
    auto added = ComplaintService(*koord.session)
                     .add({f.alisNumber, QStringLiteral("SEL § 96"), QDate(2024, 4, 2), ComplaintOutcome::Upheld, {}});
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    f.complaintId = added->id;
    f.complaintsFile = testsupport::writeFile(m_dir, QStringLiteral("complaints.csv"),
                                              "Sagsnummer;Paragraf;Afgørelsesdato;Udfald\n"
                                              ";SEL § 85;03-04-2024;afvist\n"
                                              ";SEL § 85;04-04-2024;ophævet\n");
    // The demo's action plan: its second theme and that theme's first action (not done).
    auto plan = ActionPlanService(*koord.session).findPlan(QStringLiteral("Handleplan for integrationsområdet"));
    QVERIFY(plan.ok() && plan.value() && plan.value()->themes.size() == 2);
    f.planId = plan.value()->id;
    f.planName = plan.value()->name;
    f.themeId = plan.value()->themes.at(1).id;
    f.themeTitle = plan.value()->themes.at(1).title;
    QVERIFY(!plan.value()->themes.at(1).actions.isEmpty());
    f.planActionId = plan.value()->themes.at(1).actions.first().id;
    QVERIFY(!isClosed(plan.value()->themes.at(1).actions.first().status));

    // A new version of the integration card, and a file with one new case.
    auto admin = testsupport::actor(*db, QStringLiteral("admin"));
    TemplateService templates(*admin.session);
    QJsonObject card =
        QJsonDocument::fromJson(templates.exportTemplate(QStringLiteral("integration")).value()).object();
    card.insert(QStringLiteral("version"), card.value(QStringLiteral("version")).toInt() + 1);
    f.templateFile = testsupport::writeFile(m_dir, QStringLiteral("integration.json"), QJsonDocument(card).toJson());
    f.casesFile = testsupport::writeFile(m_dir, QStringLiteral("cases.csv"),
                                         "case_number;name;area;subgroup;caseworker;takeover\n"
                                         "NY-1;Ny Borger;integration;refugee;Ali Hassan;2026-01-05\n");

    // A grant line on Ali Hassan's case (to remove), and a file with another.
    GrantLine line;
    line.month = QStringLiteral("2017-01");
    line.received = true;
    QVERIFY(GrantService(*koord.session).setLine(f.alisNumber, line).ok());
    f.grantsFile = testsupport::writeFile(
        m_dir, QStringLiteral("grants.csv"),
        (QStringLiteral("Sagsnummer;Måned;Modtaget;Berettiget\n") + f.alisNumber + QStringLiteral(";2017-02;ja;nej\n"))
            .toUtf8());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
