// Who may do what: each role boundary of issue #5, through the policy and through the CLI (exit 2 and why).
#include "services/accesspolicy.h"
#include "services/demodata.h"
#include "services/reviewservice.h"
#include "services/userservice.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace sagstjek;
using Permission = AccessPolicy::Permission;

Q_DECLARE_METATYPE(sagstjek::AccessPolicy::Permission)

namespace {

CaseFile caseOf(const QString &caseworker)
{
    CaseFile c;
    c.id = 7;
    c.caseNumber = QStringLiteral("INT-2020-0007");
    c.area = QStringLiteral("integration");
    c.caseworker = caseworker;
    return c;
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    std::unique_ptr<AccessPolicy> policyFor(const QString &name)
    {
        auto policy = AccessPolicy::forUser(*m_db, name);
        if (!policy)
            qFatal("no policy for %s: %s", qPrintable(name), qPrintable(policy.error().message));
        return std::move(policy).value();
    }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        auto bootstrap = policyFor(QStringLiteral("root"));
        Session usersSession(*m_db, *bootstrap);
        UserService users(usersSession);
        QVERIFY(users.add(QStringLiteral("admin"), QStringLiteral("administrator")).ok());
        auto admin = policyFor(QStringLiteral("admin"));
        Session byAdminSession(*m_db, *admin);
        UserService byAdmin(byAdminSession);
        QVERIFY(
            byAdmin.add(QStringLiteral("mette"), QStringLiteral("caseworker"), QStringLiteral("Mette Sørensen")).ok());
        QVERIFY(byAdmin.add(QStringLiteral("kon"), QStringLiteral("consultant")).ok());
        QVERIFY(byAdmin.add(QStringLiteral("koord"), QStringLiteral("coordinator")).ok());
        QVERIFY(byAdmin.add(QStringLiteral("leder"), QStringLiteral("leader")).ok());
    }

    // Demo data is reviewed by whoever adds it: an administrator (who does not open cases) is refused before a
    // single case is written; any refusal later on leaves nothing either.
    void demoDataIsAddedWholeOrNotAtAll()
    {
        const Status filled = demodata::fill(*m_db, QStringLiteral("admin"));
        QVERIFY(!filled);
        QCOMPARE(filled.error().kind, Error::Kind::Refused);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM cases"))->toInt(), 0);
        // Refused half-way (this user list lacks the demo's reviewers): all or nothing, so nothing either.
        const Status byCoordinator = demodata::fill(*m_db, QStringLiteral("koord"));
        QVERIFY(!byCoordinator);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM cases"))->toInt(), 0);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM reviews"))->toInt(), 0);
    }

    void aDatabaseWithoutUsersLetsTheOsUserActAsAdministrator()
    {
        auto db = testsupport::memoryDatabase();
        auto policy = AccessPolicy::forUser(*db, QStringLiteral("anyone"));
        QVERIFY(policy.ok());
        QVERIFY(policy.value()->isBootstrap());
        QVERIFY(policy.value()->may(Permission::ManageUsers));
        QVERIFY(policy.value()->mayOpen(caseOf(QStringLiteral("someone"))));
        Session usersSession(*db, *policy.value());
        UserService users(usersSession);
        auto first = users.add(QStringLiteral("bob"), QStringLiteral("caseworker"));
        QVERIFY(!first.ok()); // the first user must be an administrator
        QCOMPARE(first.error().kind, Error::Kind::InvalidInput);
    }

    void unknownAndDeactivatedUsersAreRefused()
    {
        auto unknown = AccessPolicy::forUser(*m_db, QStringLiteral("mallory"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::Refused);
        auto admin = policyFor(QStringLiteral("admin"));
        Session acting(*m_db, *admin);
        QVERIFY(UserService(acting).setActive(QStringLiteral("kon"), false).ok());
        auto deactivated = AccessPolicy::forUser(*m_db, QStringLiteral("kon"));
        QVERIFY(!deactivated.ok());
        QVERIFY(deactivated.error().message.contains(QStringLiteral("deactivated")));
        // both attempts are in the access log
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'refused'"))
                     ->toInt(),
                 2);
    }

    void opening_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("caseworker");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("a consultant opens any case") << "kon"
                                                     << "Ali Hassan" << true;
        QTest::newRow("a coordinator opens any case") << "koord"
                                                      << "Ali Hassan" << true;
        QTest::newRow("a leader opens any case") << "leder"
                                                 << "Ali Hassan" << true;
        QTest::newRow("a caseworker opens a case under their display name") << "mette"
                                                                            << "Mette Sørensen" << true;
        QTest::newRow("a caseworker opens a case under their login name") << "mette"
                                                                          << "METTE" << true;
        QTest::newRow("a caseworker cannot open a colleague's case") << "mette"
                                                                     << "Ali Hassan" << false;
        QTest::newRow("a caseworker cannot open a case without a caseworker") << "mette"
                                                                              << "" << false;
        QTest::newRow("an administrator does not open cases") << "admin"
                                                              << "Mette Sørensen" << false;
    }

    void opening()
    {
        QFETCH(QString, user);
        QFETCH(QString, caseworker);
        QFETCH(bool, allowed);
        auto policy = policyFor(user);
        for (auto action :
             {AccessPolicy::CaseAction::Open, AccessPolicy::CaseAction::Edit, AccessPolicy::CaseAction::Complete}) {
            auto checked = policy->check(action, caseOf(caseworker));
            QCOMPARE(checked.ok(), allowed);
            if (!allowed)
                QCOMPARE(checked.error().kind, Error::Kind::Refused);
        }
    }

    void assignmentFromRoundsOpensACaseForACaseworker()
    {
        auto policy = policyFor(QStringLiteral("mette"));
        QVERIFY(!policy->mayOpen(caseOf(QStringLiteral("Ali Hassan"))));
        policy->setAssignmentLookup([](qint64 caseId, const User &user, qint64 roundId) {
            return caseId == 7 && user.name == u"mette" && (roundId == 0 || roundId == 5);
        });
        QVERIFY(policy->mayOpen(caseOf(QStringLiteral("Ali Hassan"))));
    }

    // Issue 14: an assignment in round 5 lets the caseworker open the case and change its review in round 5, not
    // its review outside any round nor in another round.
    void anAssignmentCoversOnlyItsRound()
    {
        auto policy = policyFor(QStringLiteral("mette"));
        policy->setAssignmentLookup([](qint64 caseId, const User &user, qint64 roundId) {
            return caseId == 7 && user.name == u"mette" && (roundId == 0 || roundId == 5);
        });
        const CaseFile alis = caseOf(QStringLiteral("Ali Hassan"));
        QVERIFY(policy->check(AccessPolicy::CaseAction::Open, alis).ok());
        QVERIFY(policy->check(AccessPolicy::CaseAction::Edit, alis, 5).ok());
        QVERIFY(policy->check(AccessPolicy::CaseAction::Complete, alis, 5).ok());
        for (const qint64 round : {qint64(0), qint64(6)})
            for (const auto action : {AccessPolicy::CaseAction::Edit, AccessPolicy::CaseAction::Complete}) {
                const Status refused = policy->check(action, alis, round);
                QVERIFY(!refused.ok());
                QCOMPARE(refused.error().kind, Error::Kind::Refused);
                QVERIFY2(refused.error().message.contains(QStringLiteral("only in that round")),
                         qPrintable(refused.error().message));
            }
        // Her own cases, in a round or not.
        const CaseFile own = caseOf(QStringLiteral("Mette Sørensen"));
        QVERIFY(policy->check(AccessPolicy::CaseAction::Edit, own, 0).ok());
        QVERIFY(policy->check(AccessPolicy::CaseAction::Edit, own, 6).ok());
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const QStringList everyone = {QStringLiteral("mette"), QStringLiteral("kon"), QStringLiteral("koord"),
                                      QStringLiteral("leder"), QStringLiteral("admin")};
        const QList<std::pair<Permission, QStringList>> table = {
            {Permission::Approve, {QStringLiteral("koord"), QStringLiteral("leder")}},
            {Permission::VerifyRemediation, {QStringLiteral("koord"), QStringLiteral("leder")}},
            {Permission::ManageUsers, {QStringLiteral("admin")}},
            {Permission::EditTemplates, {QStringLiteral("admin")}},
            {Permission::Restore, {QStringLiteral("admin")}},
            {Permission::PurgeAccessLog, {QStringLiteral("admin")}},
            {Permission::ViewAccessLog, {QStringLiteral("leder"), QStringLiteral("admin")}},
            {Permission::DeleteCase, {QStringLiteral("leder"), QStringLiteral("admin")}},
            {Permission::Backup, {QStringLiteral("leder"), QStringLiteral("admin")}},
            {Permission::ImportCases,
             {QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder"), QStringLiteral("admin")}},
            {Permission::VerifyAudit, everyone},
            {Permission::ViewStaffFigures, {QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")}},
        };
        for (const auto &[permission, allowedUsers] : table)
            for (const QString &user : everyone)
                QTest::addRow("%s may %s: %s", qPrintable(user), qPrintable(AccessPolicy::permissionText(permission)),
                              allowedUsers.contains(user) ? "yes" : "no")
                    << user << permission << allowedUsers.contains(user);
    }

    void permissions()
    {
        QFETCH(QString, user);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        auto policy = policyFor(user);
        QCOMPARE(policy->may(permission), allowed);
        QCOMPARE(policy->require(permission).ok(), allowed);
    }

    void onlyAnAdministratorManagesUsersAndTheLastOneStays()
    {
        const auto userRecords = [this] {
            return sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user'"))
                ->toInt();
        };
        const int recordsBefore = userRecords();
        auto leader = policyFor(QStringLiteral("leder"));
        Session acting(*m_db, *leader);
        auto refused = UserService(acting).add(QStringLiteral("eve"), QStringLiteral("leader"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        auto admin = policyFor(QStringLiteral("admin"));
        Session usersSession(*m_db, *admin);
        UserService users(usersSession);
        QVERIFY(!users.setActive(QStringLiteral("admin"), false).ok()); // the last administrator
        QVERIFY(!users.setRole(QStringLiteral("admin"), QStringLiteral("leader")).ok());
        QVERIFY(!users.add(QStringLiteral("x"), QStringLiteral("superuser")).ok());
        QVERIFY(!users.add(QStringLiteral("MeTTe"), QStringLiteral("leader")).ok()); // names are case-insensitive
        QCOMPARE(userRecords(), recordsBefore);                                      // nothing refused was written
    }

    void aCaseworkerSeesOnlyTheirOwnCasesAndDefects()
    {
        QCOMPARE(policyFor(QStringLiteral("mette"))->ownCasesScope(), QStringLiteral("Mette Sørensen"));
        QVERIFY(policyFor(QStringLiteral("kon"))->ownCasesScope().isEmpty());
    }

    void theCliChecksTheUserAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("roles.db"));
        auto cli = [&](QStringList args) {
            return testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
        };
        QCOMPARE(cli({QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"), QStringLiteral("add"),
                      QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("administrator")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"), QStringLiteral("add"),
                      QStringLiteral("ali"), QStringLiteral("--role"), QStringLiteral("caseworker"),
                      QStringLiteral("--display-name"), QStringLiteral("Ali Hassan")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"), QStringLiteral("add"),
                      QStringLiteral("koord"), QStringLiteral("--role"), QStringLiteral("coordinator")})
                     .exitCode,
                 0);
        // Now an unknown user is turned away, whatever the command.
        auto unknown = cli({QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("cases")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("not a user"));
        // A caseworker lists only their own cases.
        auto own = cli({QStringLiteral("--user"), QStringLiteral("ali"), QStringLiteral("cases")});
        QCOMPARE(own.exitCode, 0);
        const auto lines = own.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains("Ali Hassan"), line.constData());
        // ... and cannot answer on someone else's case.
        auto all = cli({QStringLiteral("--user"), QStringLiteral("koord"), QStringLiteral("cases"),
                        QStringLiteral("--caseworker"), QStringLiteral("Mette Sørensen")});
        const QString foreign = QString::fromUtf8(all.out.split('\t').first());
        auto answered = cli({QStringLiteral("--user"), QStringLiteral("ali"), QStringLiteral("card"), foreign});
        QCOMPARE(answered.exitCode, 2);
        QVERIFY(answered.err.contains("caseworker"));
        // A coordinator may not import templates; an administrator may not open cases.
        auto exported = cli({QStringLiteral("--user"), QStringLiteral("koord"), QStringLiteral("template"),
                             QStringLiteral("import"), dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.err.contains("edit cue-card templates"));
        auto adminCard = cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("card"), foreign});
        QCOMPARE(adminCard.exitCode, 2);
        // A coordinator opens it.
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("koord"), QStringLiteral("card"), foreign}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
