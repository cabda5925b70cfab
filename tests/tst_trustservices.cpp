// The trust-area services (issue 9): backups, restore, trust settings, the access log and the audit trail each
// check their own permission, write their own audit and access-log records and enforce their rules, whichever
// front end calls them. Every method × every role: allowed or refused, what was logged, what was audited.
#include "services/accesslogservice.h"
#include "services/accesspolicy.h"
#include "services/auditservice.h"
#include "services/maintenanceservice.h"
#include "services/session.h"
#include "services/trustsettings.h"
#include "services/userservice.h"
#include "storage/settingsstore.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace sagstjek;

namespace {

// The roles of issue #5, one user each (the users added in initTestCase()).
const QStringList AllUsers = {QStringLiteral("mette"), QStringLiteral("kon"), QStringLiteral("koord"),
                              QStringLiteral("leder"), QStringLiteral("admin")};

} // namespace

class TestTrustServices : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template; // a closed database with demo cases and one user per role, copied for each test
    QString m_path;     // this test's copy
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccessPolicy> m_policy;
    std::unique_ptr<Session> m_session;
    int m_refusedBefore = 0; // the acting user's "refused" entries when actAs() made them the actor

    int count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(sqlOf(*m_db), statement, values)->toInt();
    }
    int accessEntries(const QString &action, const QString &user)
    {
        return count(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ? AND user_name = ?"),
                     {action, user});
    }
    int auditRecords(const QString &action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }

    void actAs(const QString &user)
    {
        auto policy = AccessPolicy::forUser(*m_db, user);
        QVERIFY2(policy.ok(), qPrintable(policy.error().message));
        m_session.reset();
        m_policy = std::move(policy).value();
        m_session = std::make_unique<Session>(*m_db, *m_policy);
        m_refusedBefore = accessEntries(QStringLiteral("refused"), user);
    }

    // Allowed: ok. Refused: a refusal, and one "refused" entry for the user in the access log, written by the
    // service itself (no front end has to flush anything).
    void checkOutcome(const Status &status, bool allowed, const QString &user)
    {
        const int refusedBefore = m_refusedBefore;
        if (allowed) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, Error::Kind::Refused);
        }
        QCOMPARE(accessEntries(QStringLiteral("refused"), user), refusedBefore + (allowed ? 0 : 1));
    }
    template <typename T> Status statusOf(const Result<T> &result)
    {
        if (!result)
            return result.error();
        return Ok{};
    }

    // One row per role; `allowedUsers` may do it.
    static void rolesData(const QStringList &allowedUsers)
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        for (const QString &user : AllUsers)
            QTest::newRow(qPrintable(user)) << user << allowedUsers.contains(user);
    }

    void reopen()
    {
        auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("template.db"), true);
        auto root = AccessPolicy::forUser(*db, QStringLiteral("root")).value();
        Session acting(*db, *root);
        QVERIFY(UserService(acting).add(QStringLiteral("admin"), QStringLiteral("administrator")).ok());
        auto admin = AccessPolicy::forUser(*db, QStringLiteral("admin")).value();
        Session usersSession(*db, *admin);
        UserService users(usersSession);
        QVERIFY(
            users.add(QStringLiteral("mette"), QStringLiteral("caseworker"), QStringLiteral("Mette Sørensen")).ok());
        QVERIFY(users.add(QStringLiteral("kon"), QStringLiteral("consultant")).ok());
        QVERIFY(users.add(QStringLiteral("koord"), QStringLiteral("coordinator")).ok());
        QVERIFY(users.add(QStringLiteral("leder"), QStringLiteral("leader")).ok());
    }

    void init()
    {
        static int copies = 0;
        m_path = m_dir.filePath(QStringLiteral("t%1.db").arg(++copies));
        QVERIFY(QFile::copy(m_template, m_path));
        reopen();
    }

    void cleanup()
    {
        m_session.reset();
        m_policy.reset();
        m_db.reset();
    }

    void backup_data() { rolesData({QStringLiteral("leder"), QStringLiteral("admin")}); }
    void backup()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        const QString target = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(user));
        QFile::remove(target);
        auto written = MaintenanceService(*m_session).backup(target);
        checkOutcome(statusOf(written), allowed, user);
        QCOMPARE(QFileInfo::exists(target), allowed);
        QCOMPARE(auditRecords(QStringLiteral("database.backup")), allowed ? 1 : 0);
        if (allowed) {
            QCOMPARE(written->file, QFileInfo(target).absoluteFilePath());
            QVERIFY(written->bytes > 0);
            // Not onto the database itself, whoever asks.
            auto ontoItself = MaintenanceService(*m_session).backup(m_path);
            QVERIFY(!ontoItself.ok());
            QCOMPARE(ontoItself.error().kind, Error::Kind::InvalidInput);
        }
    }

    void authorizeRestore_data() { rolesData({QStringLiteral("admin")}); }
    void authorizeRestore()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        checkOutcome(MaintenanceService(*m_session).authorizeRestore(m_dir.filePath(QStringLiteral("any.sqlite"))),
                     allowed, user);
        QCOMPARE(auditRecords(QStringLiteral("database.restore")), allowed ? 1 : 0);
    }

    // The whole restore, from a closed database, as the CLI runs it.
    void restore_data() { rolesData({QStringLiteral("admin")}); }
    void restore()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(QStringLiteral("admin"));
        const QString saved = m_dir.filePath(QStringLiteral("restore-%1.sqlite").arg(user));
        QFile::remove(saved);
        QVERIFY(MaintenanceService(*m_session).backup(saved).ok());
        cleanup(); // closed, as the front end must before the file is replaced
        auto restored = MaintenanceService::restore(m_path, user, saved);
        if (allowed) {
            QVERIFY2(restored.ok(), qPrintable(restored.error().message));
            // The replaced database was kept, with the record of the restore in it.
            QVERIFY(QFileInfo::exists(restored.value()));
            auto kept = Database::open(restored.value(), Database::OpenMode::OpenExisting);
            QVERIFY2(kept.ok(), qPrintable(kept.error().message));
            QCOMPARE(sql::scalar(sqlOf(*kept.value()),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.restore' "
                                                "AND user_name = ?"),
                                 {user})
                         ->toInt(),
                     1);
        } else {
            QVERIFY(!restored.ok());
            QCOMPARE(restored.error().kind, Error::Kind::Refused);
            // Not replaced: no copy of it was set aside.
            QVERIFY(
                QDir(m_path + QStringLiteral(".backups")).entryList({QStringLiteral("*before-restore*")}).isEmpty());
        }
        reopen();
        QCOMPARE(accessEntries(QStringLiteral("refused"), user), allowed ? 0 : 1);
        // Issue 14, defect 8: the restored database itself records that it was restored, from which file, by whom
        // and where the replaced one was kept (the backup predates the restore, so the record is new), and its
        // audit trail stays intact.
        QCOMPARE(auditRecords(QStringLiteral("database.restore")), allowed ? 1 : 0);
        if (allowed) {
            const QJsonObject after =
                QJsonDocument::fromJson(sql::scalar(sqlOf(*m_db),
                                                    QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                                                   "'database.restore' AND user_name = ?"),
                                                    {user})
                                            ->toString()
                                            .toUtf8())
                    .object();
            QCOMPARE(after.value(QStringLiteral("from")).toString(), QFileInfo(saved).absoluteFilePath());
            QCOMPARE(after.value(QStringLiteral("replaced_copy")).toString(), restored.value());
            auto verified = m_db->audit().verify();
            QVERIFY(verified.ok());
            QVERIFY2(verified->intact, qPrintable(verified->problem));
        }
    }

    void restoreRefusesWhatIsNotABackup()
    {
        cleanup();
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database\n");
        file.close();
        const QByteArray before = testsupport::fileHash(m_path);
        auto restored = MaintenanceService::restore(m_path, QStringLiteral("admin"), bad);
        QVERIFY(!restored.ok());
        QCOMPARE(testsupport::fileHash(m_path), before);
    }

    void readingSettings_data() { rolesData(AllUsers); }
    void readingSettings()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        auto settings = MaintenanceService(*m_session).settings();
        checkOutcome(statusOf(settings), allowed, user);
        QVERIFY(!settings->accessLogRetentionMonths);
        QCOMPARE(settings->effectiveBackupFolder, m_db->backupFolder());
    }

    void changingSettings_data() { rolesData({QStringLiteral("admin")}); }
    void changingSettings()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        TrustSettingsChange change;
        change.backupKeep = 20;
        change.accessLogRetentionMonths = 24;
        change.dailyBackup = false;
        change.backupFolder = m_dir.filePath(QStringLiteral("elsewhere"));
        MaintenanceService service(*m_session);
        checkOutcome(service.changeSettings(change), allowed, user);
        QCOMPARE(auditRecords(QStringLiteral("setting.change")), allowed ? 4 : 0);
        auto settings = service.settings();
        QVERIFY(settings.ok());
        if (allowed) {
            QCOMPARE(settings->backupKeep, std::optional<QString>(QStringLiteral("20")));
            QCOMPARE(settings->accessLogRetentionMonths, std::optional<QString>(QStringLiteral("24")));
            QCOMPARE(settings->dailyBackup, std::optional<QString>(QStringLiteral("0")));
            QCOMPARE(settings->effectiveBackupFolder, m_dir.filePath(QStringLiteral("elsewhere")));
        } else {
            QVERIFY(!settings->backupKeep && !settings->accessLogRetentionMonths && !settings->dailyBackup &&
                    !settings->backupFolder);
        }
    }

    // The ranges hold for every front end, not only for the CLI's declared options; nothing is written.
    void settingsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<std::optional<int>>("keep");
        QTest::addColumn<std::optional<int>>("months");
        QTest::newRow("keep 0") << std::optional<int>(0) << std::optional<int>();
        QTest::newRow("keep 1001") << std::optional<int>(1001) << std::optional<int>();
        QTest::newRow("5 months") << std::optional<int>() << std::optional<int>(5);
        QTest::newRow("1201 months") << std::optional<int>() << std::optional<int>(1201);
        QTest::newRow("good keep, 5 months") << std::optional<int>(5) << std::optional<int>(5);
    }
    void settingsOutOfRangeAreRefused()
    {
        QFETCH(std::optional<int>, keep);
        QFETCH(std::optional<int>, months);
        actAs(QStringLiteral("admin"));
        TrustSettingsChange change;
        change.backupKeep = keep;
        change.accessLogRetentionMonths = months;
        auto changed = MaintenanceService(*m_session).changeSettings(change);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(auditRecords(QStringLiteral("setting.change")), 0);
    }

    void extract_data() { rolesData({QStringLiteral("leder"), QStringLiteral("admin")}); }
    void extract()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        AccessLogService service(*m_session);
        auto all = service.extract({});
        checkOutcome(statusOf(all), allowed, user);
        QCOMPARE(accessEntries(QStringLiteral("extract"), user), allowed ? 1 : 0);
        if (!allowed)
            return;
        // The extract does not list itself; the next one does, with the criterion.
        QVERIFY(std::none_of(all->cbegin(), all->cend(), [](const AccessEntry &e) { return e.action == u"extract"; }));
        const QString caseNumber =
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT min(case_number) FROM cases"))->toString();
        AccessLogQuery query;
        query.caseNumber = caseNumber;
        QVERIFY(service.extract(query).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'extract' AND criterion = ?"),
                       {QStringLiteral("case=%1").arg(caseNumber)}),
                 1);
        // A citizen's CPR number is checked and never logged in full.
        query = {};
        query.citizenCpr = QStringLiteral("not a cpr");
        auto bad = service.extract(query);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
    }

    void purge_data() { rolesData({QStringLiteral("admin")}); }
    void purge()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int monthsAgo : {24, 7, 5}) {
            AccessEntry entry;
            entry.at = now.addMonths(-monthsAgo).toString(Qt::ISODateWithMs);
            entry.user = QStringLiteral("kon");
            entry.action = QStringLiteral("open");
            QVERIFY(m_db->accessLog().record(entry).ok());
        }
        auto purged = AccessLogService(*m_session).purge();
        checkOutcome(statusOf(purged), allowed, user);
        QCOMPARE(accessEntries(QStringLiteral("purge"), user), allowed ? 1 : 0);
        QCOMPARE(auditRecords(QStringLiteral("access_log.purge")), allowed ? 1 : 0);
        if (allowed) {
            QCOMPARE(purged->months, 6);
            QCOMPARE(purged->removed, 2);
        }
    }

    // Less than 6 months is refused by the service itself: asked for, or stored in the settings by other means.
    void purgeBelowSixMonthsIsRefused_data()
    {
        QTest::addColumn<std::optional<int>>("asked");
        QTest::addColumn<QString>("stored");
        QTest::newRow("asked 5") << std::optional<int>(5) << QString();
        QTest::newRow("asked 0") << std::optional<int>(0) << QString();
        QTest::newRow("asked -1") << std::optional<int>(-1) << QString();
        QTest::newRow("stored 3") << std::optional<int>() << QStringLiteral("3");
        QTest::newRow("stored nonsense") << std::optional<int>() << QStringLiteral("soon");
        QTest::newRow("stored 12, asked 5") << std::optional<int>(5) << QStringLiteral("12");
    }
    void purgeBelowSixMonthsIsRefused()
    {
        QFETCH(std::optional<int>, asked);
        QFETCH(QString, stored);
        if (!stored.isEmpty())
            QVERIFY(m_db->settings().set(trustsettings::accessLogRetentionKey(), stored).ok());
        AccessEntry old;
        old.at = QDateTime::currentDateTimeUtc().addMonths(-24).toString(Qt::ISODateWithMs);
        old.user = QStringLiteral("kon");
        old.action = QStringLiteral("open");
        QVERIFY(m_db->accessLog().record(old).ok());
        actAs(QStringLiteral("admin"));
        auto purged = AccessLogService(*m_session).purge(asked);
        QVERIFY(!purged.ok());
        QCOMPARE(purged.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(purged.error().message.contains(QStringLiteral("at least 6 months")),
                 qPrintable(purged.error().message));
        QCOMPARE(accessEntries(QStringLiteral("open"), QStringLiteral("kon")), 1);
        QCOMPARE(accessEntries(QStringLiteral("purge"), QStringLiteral("admin")), 0);
    }

    void verifyAudit_data() { rolesData(AllUsers); }
    void verifyAudit()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        actAs(user);
        auto verified = AuditService(*m_session).verify();
        checkOutcome(statusOf(verified), allowed, user);
        QVERIFY(verified->intact);
    }

    // A history is a look at a case: who may open it may read it, and the look is logged. Mette is a caseworker
    // and the case is Ali Hassan's; administrators do not open cases.
    void caseHistory_data() { rolesData({QStringLiteral("kon"), QStringLiteral("koord"), QStringLiteral("leder")}); }
    void caseHistory()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        const QString caseNumber =
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT min(case_number) FROM cases WHERE caseworker = ?"),
                        {QStringLiteral("Ali Hassan")})
                ->toString();
        QVERIFY(!caseNumber.isEmpty());
        actAs(user);
        auto history = AuditService(*m_session).caseHistory(caseNumber);
        checkOutcome(statusOf(history), allowed, user);
        QCOMPARE(accessEntries(QStringLiteral("history"), user), allowed ? 1 : 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'refused' AND case_number = ?"),
                       {caseNumber}),
                 allowed ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestTrustServices)
#include "tst_trustservices.moc"
