// One definition of each rule: the domain functions, and the defect queries that mirror them in SQL.
#include "domain/cuecard.h"
#include "domain/permission.h"
#include "domain/review.h"
#include "domain/statuses.h"
#include "storage/database.h"
#include "storage/defecttracker.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sagstjek;

Q_DECLARE_METATYPE(std::optional<sagstjek::AnswerValue>)

class TestDomainRules : public QObject {
    Q_OBJECT

private slots:
    void reviewStatusKeys_data();
    void reviewStatusKeys();
    void reviewStatusRules_data();
    void reviewStatusRules();
    void roundAndActionStatusKeys();
    void overdue_data();
    void overdue();
    void overrideReason_data();
    void overrideReason();
    void itemKeys_data();
    void itemKeys();
    void defectOwnerMatchesAnyCase();
    void rolePermissions_data();
    void rolePermissions();
};

void TestDomainRules::reviewStatusKeys_data()
{
    QTest::addColumn<ReviewStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("not started") << ReviewStatus::NotStarted << QStringLiteral("not-started");
    QTest::newRow("in progress") << ReviewStatus::InProgress << QStringLiteral("in-progress");
    QTest::newRow("completed") << ReviewStatus::Completed << QStringLiteral("completed");
    QTest::newRow("sent back") << ReviewStatus::SentBack << QStringLiteral("sent-back");
    QTest::newRow("reopened") << ReviewStatus::Reopened << QStringLiteral("reopened");
    QTest::newRow("approved") << ReviewStatus::Approved << QStringLiteral("approved");
}

void TestDomainRules::reviewStatusKeys()
{
    QFETCH(ReviewStatus, status);
    QFETCH(QString, key);
    QCOMPARE(reviewStatusKey(status), key);
    QCOMPARE(reviewStatusFromKey(key), status);
}

void TestDomainRules::reviewStatusRules_data()
{
    QTest::addColumn<ReviewStatus>("status");
    QTest::addColumn<bool>("reviewed");
    QTest::addColumn<bool>("openForAnswers");
    QTest::addColumn<ReviewStatus>("caseList");
    QTest::newRow("not started") << ReviewStatus::NotStarted << false << false << ReviewStatus::NotStarted;
    QTest::newRow("in progress") << ReviewStatus::InProgress << false << true << ReviewStatus::InProgress;
    QTest::newRow("completed") << ReviewStatus::Completed << true << false << ReviewStatus::Completed;
    QTest::newRow("sent back") << ReviewStatus::SentBack << false << true << ReviewStatus::InProgress;
    QTest::newRow("reopened") << ReviewStatus::Reopened << false << true << ReviewStatus::InProgress;
    QTest::newRow("approved") << ReviewStatus::Approved << true << false << ReviewStatus::Completed;
}

void TestDomainRules::reviewStatusRules()
{
    QFETCH(ReviewStatus, status);
    QFETCH(bool, reviewed);
    QFETCH(bool, openForAnswers);
    QFETCH(ReviewStatus, caseList);
    QCOMPARE(isReviewed(status), reviewed);
    QCOMPARE(isOpenForAnswers(status), openForAnswers);
    QCOMPARE(caseListStatus(status), caseList);
}

void TestDomainRules::roundAndActionStatusKeys()
{
    for (RoundStatus status : {RoundStatus::Active, RoundStatus::Closed})
        QCOMPARE(roundStatusFromKey(roundStatusKey(status)), status);
    QCOMPARE(roundStatusKey(RoundStatus::Active), QStringLiteral("active"));
    QCOMPARE(roundStatusKey(RoundStatus::Closed), QStringLiteral("closed"));
    QVERIFY(!roundStatusFromKey(QStringLiteral("Closed")));
    for (ActionStatus status : {ActionStatus::Open, ActionStatus::Done})
        QCOMPARE(actionStatusFromKey(actionStatusKey(status)), status);
    QCOMPARE(actionStatusKey(ActionStatus::Open), QStringLiteral("open"));
    QCOMPARE(actionStatusKey(ActionStatus::Done), QStringLiteral("done"));
    QVERIFY(!actionStatusFromKey(QString()));
}

void TestDomainRules::overdue_data()
{
    const QDate today(2026, 3, 10);
    QTest::addColumn<QDate>("due");
    QTest::addColumn<DefectStatus>("status");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("open, due yesterday") << today.addDays(-1) << DefectStatus::Open << today << true;
    QTest::newRow("open, due today") << today << DefectStatus::Open << today << false;
    QTest::newRow("open, due tomorrow") << today.addDays(1) << DefectStatus::Open << today << false;
    QTest::newRow("open, no due date") << QDate() << DefectStatus::Open << today << false;
    QTest::newRow("reopened, past due") << today.addDays(-30) << DefectStatus::Reopened << today << true;
    QTest::newRow("remediated, past due") << today.addDays(-30) << DefectStatus::Remediated << today << false;
    QTest::newRow("verified, past due") << today.addDays(-30) << DefectStatus::Verified << today << false;
}

void TestDomainRules::overdue()
{
    QFETCH(QDate, due);
    QFETCH(DefectStatus, status);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    Defect defect;
    defect.due = due;
    defect.status = status;
    QCOMPARE(isOverdue(defect, today), overdue);
}

void TestDomainRules::overrideReason_data()
{
    using Answer = std::optional<AnswerValue>;
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<int>("verdict"); // rules::Verdict::Kind
    QTest::addColumn<bool>("needsReason");
    QTest::newRow("agrees with met") << Answer(AnswerValue::Met) << int(rules::Verdict::Met) << false;
    QTest::newRow("differs from met") << Answer(AnswerValue::NotMet) << int(rules::Verdict::Met) << true;
    QTest::newRow("agrees with missed") << Answer(AnswerValue::NotMet) << int(rules::Verdict::Missed) << false;
    QTest::newRow("differs from missed") << Answer(AnswerValue::Met) << int(rules::Verdict::Missed) << true;
    QTest::newRow("n/a against missed") << Answer(AnswerValue::NotApplicable) << int(rules::Verdict::Missed) << true;
    QTest::newRow("agrees with n/a") << Answer(AnswerValue::NotApplicable) << int(rules::Verdict::NotApplicable)
                                     << false;
    QTest::newRow("differs from n/a") << Answer(AnswerValue::Met) << int(rules::Verdict::NotApplicable) << true;
    QTest::newRow("pending is not conclusive") << Answer(AnswerValue::NotMet) << int(rules::Verdict::Pending) << false;
    QTest::newRow("missing data is not conclusive")
        << Answer(AnswerValue::Met) << int(rules::Verdict::MissingData) << false;
    QTest::newRow("unanswered") << Answer() << int(rules::Verdict::Met) << false;
}

void TestDomainRules::overrideReason()
{
    QFETCH(std::optional<AnswerValue>, answer);
    QFETCH(int, verdict);
    QFETCH(bool, needsReason);
    rules::Verdict computed;
    computed.kind = static_cast<rules::Verdict::Kind>(verdict);
    QCOMPARE(needsOverrideReason(answer, computed), needsReason);
}

void TestDomainRules::itemKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dotted") << QStringLiteral("integration.contract.signed_in_time") << true;
    QTest::newRow("digits and dash") << QStringLiteral("2024-plan.item_1") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("200 characters") << QString(200, u'a') << true;
    QTest::newRow("201 characters") << QString(201, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Integration.contract") << false;
    QTest::newRow("starts with a dot") << QStringLiteral(".contract") << false;
    QTest::newRow("starts with a dash") << QStringLiteral("-contract") << false;
    QTest::newRow("space") << QStringLiteral("contract signed") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("kontrakt.underskrevet_rettidigt_ø") << false;
}

void TestDomainRules::itemKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(isValidItemKey(key), valid);
}

// Both defect queries (the defect list and the remediation tracker) match the owner case-insensitively.
void TestDomainRules::defectOwnerMatchesAnyCase()
{
    auto db = testsupport::memoryDatabase(true);
    QSqlQuery pick(sqlOf(*db));
    QVERIFY(pick.exec(QStringLiteral("SELECT c.id, t.id FROM cases c JOIN templates t ON t.area = c.area "
                                     "WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.case_id = c.id) "
                                     "ORDER BY c.id, t.id LIMIT 1")));
    QVERIFY(pick.next());
    const qint64 caseId = pick.value(0).toLongLong();
    auto reviewId = db->reviews().create(caseId, pick.value(1).toLongLong(), QStringLiteral("Reviewer"));
    QVERIFY(reviewId.ok());

    Defect defect;
    defect.reviewId = reviewId.value();
    defect.caseId = caseId;
    defect.itemKey = QStringLiteral("some.item");
    defect.description = QStringLiteral("Missing note");
    defect.owner = QStringLiteral("Karin");
    defect.due = QDate(2026, 1, 1);
    defect.createdBy = QStringLiteral("Reviewer");
    auto defectId = db->reviews().upsertDefect(defect);
    QVERIFY(defectId.ok());

    for (const QString &user : {QStringLiteral("karin"), QStringLiteral("KARIN"), QStringLiteral("Karin")}) {
        TrackerFilter tracked;
        tracked.owner = user;
        auto tracker = db->defectTracker().list(tracked);
        QVERIFY(tracker.ok());
        QCOMPARE(tracker->size(), 1);
        QCOMPARE(tracker->first().defect.id, defectId.value());
        QCOMPARE(tracker->first().defect.owner, QStringLiteral("Karin"));
    }
    TrackerFilter other;
    other.owner = QStringLiteral("karina");
    QCOMPARE(db->defectTracker().list(other)->size(), 0);
}

void TestDomainRules::rolePermissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<Role, const char *>> roles = {{Role::Caseworker, "caseworker"},
                                                        {Role::Consultant, "consultant"},
                                                        {Role::Coordinator, "coordinator"},
                                                        {Role::Leader, "leader"},
                                                        {Role::Administrator, "administrator"}};
    // Who may, per permission: the table the access policy and the round/approval/remediation checks share.
    const QList<std::tuple<Permission, const char *, QList<Role>>> table = {
        {Permission::Approve, "approve reviews", {Role::Coordinator, Role::Leader}},
        {Permission::VerifyRemediation, "verify remediations", {Role::Coordinator, Role::Leader}},
        {Permission::ManageRounds, "start rounds", {Role::Coordinator, Role::Leader, Role::Administrator}},
        {Permission::ManageActionRules, "manage action rules", {Role::Coordinator, Role::Leader, Role::Administrator}},
        {Permission::ImportCases,
         "import cases",
         {Role::Consultant, Role::Coordinator, Role::Leader, Role::Administrator}},
        {Permission::ManageUsers, "manage users", {Role::Administrator}},
        {Permission::Restore, "restore", {Role::Administrator}},
        {Permission::Backup, "back up", {Role::Leader, Role::Administrator}},
        {Permission::ViewAccessLog, "read the access log", {Role::Leader, Role::Administrator}},
        {Permission::ViewStaffFigures,
         "see figures per caseworker",
         {Role::Consultant, Role::Coordinator, Role::Leader}},
        {Permission::ManageGrants, "enter grants", {Role::Consultant, Role::Coordinator, Role::Leader}},
        {Permission::ManageComplaints, "register complaints", {Role::Coordinator, Role::Leader}},
        {Permission::ManageActionPlan, "edit the action plan", {Role::Coordinator, Role::Leader}},
        {Permission::ReadCaseData,
         "read case data",
         {Role::Caseworker, Role::Consultant, Role::Coordinator, Role::Leader}},
    };
    for (const auto &[permission, what, allowedRoles] : table)
        for (const auto &[role, name] : roles)
            QTest::addRow("%s %s %s", name, allowedRoles.contains(role) ? "may" : "may not", what)
                << role << permission << allowedRoles.contains(role);
}

void TestDomainRules::rolePermissions()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(roleMay(role, permission), allowed);
}

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domain_rules.moc"
