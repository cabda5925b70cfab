// Hostile and broken input (PERF_RELIABILITY.md §G.11, issue #5): SQL metacharacters in every text field and
// search, control characters, very long strings, invalid UTF-8 on the command line, a template whose rule refers
// to a date it does not define, a zip bomb in an XLSX, and a damaged database file. Each is stored literally or
// refused with a clear message, and nothing else changes.
#include "domain/cuecard.h"
#include "io/xlsxreader.h"
#include "services/accesspolicy.h"
#include "services/reviewservice.h"
#include "services/templateservice.h"
#include "services/userservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sagstjek;

namespace {

const QStringList Nasty = {
    QStringLiteral("'; DROP TABLE cases;--"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("Robert'); DELETE FROM audit_log; --"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("\\%_\\"),
    QStringLiteral("=HYPERLINK(\"http://evil\")"),
    QStringLiteral("æøå ÆØÅ \u202Egnp.exe"),
};

QString schemaOf(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QString text;
    while (q && q->next())
        text += q->value(0).toString() + q->value(1).toString() + q->value(2).toString();
    return text;
}

testsupport::CliRun runShell(const QString &script, const QStringList &args)
{
    // Through /bin/sh, so the arguments can carry bytes QProcess would re-encode (invalid UTF-8).
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_caseId = 0;

private slots:
    void init()
    {
        // No demo data: one integration case is enough, and keeps each test function fast.
        m_db = testsupport::memoryDatabase(false);
        CaseFile c;
        c.caseNumber = QStringLiteral("INT-2020-0001");
        c.cpr = QStringLiteral("0101900002");
        c.name = QStringLiteral("Åse Ørsted");
        c.area = QStringLiteral("integration");
        c.subgroup = QStringLiteral("refugee");
        c.caseworker = QStringLiteral("Mette Sørensen");
        c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
        auto ids = addCases(*m_db, {c});
        QVERIFY(ids.ok());
        m_caseId = ids->first();
    }

    void sqlMetacharactersAreStoredLiterallyEverywhere()
    {
        const QString schema = schemaOf(sqlOf(*m_db));
        const int cases = sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM cases"))->toInt();
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("tester"));
        ReviewService service(*serviceActor.session);
        const QString item = QStringLiteral("integration.contract.goal");
        for (const QString &text : Nasty) {
            auto noted = service.setNote(ReviewRef{m_caseId}, item, text);
            QVERIFY(noted.ok());
            QCOMPARE(noted->after.answer->note, text);
            auto answered = service.answer(ReviewRef{m_caseId}, item, AnswerValue::NotMet, text);
            QVERIFY(answered.ok());
            Defect defect = *answered->after.defect;
            defect.description = text;
            defect.owner = text;
            auto saved = service.saveDefect(ReviewRef{m_caseId}, defect);
            QVERIFY(saved.ok());
            QCOMPARE(saved->after.defect->description, text);
            QCOMPARE(saved->after.defect->owner, text);
            // Searches and filters match literally: no wildcard or injected clause.
            CaseFilter filter;
            filter.search = text;
            filter.caseworker = text;
            auto rows = m_db->cases().page(filter, 0, 100);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 0);
        }
        auto policy = AccessPolicy::forUser(*m_db, QStringLiteral("root")).value();
        Session usersSession(*m_db, *policy);
        UserService users(usersSession);
        QVERIFY(users.add(QStringLiteral("admin'--"), QStringLiteral("administrator"), Nasty.first()).ok());
        QVERIFY(!users.add(QStringLiteral("x"), QStringLiteral("administrator' OR '1'='1")).ok());
        QCOMPARE(schemaOf(sqlOf(*m_db)), schema);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM cases"))->toInt(), cases);
        QCOMPARE(AccessPolicy::forUser(*m_db, QStringLiteral("admin'--")).value()->user().displayName, Nasty.first());
    }

    void wildcardsInASearchMatchOnlyThemselves()
    {
        CaseFilter filter;
        filter.search = QStringLiteral("%");
        QCOMPARE(m_db->cases().count(filter).value(), 0);
        filter.search = QStringLiteral("_");
        QCOMPARE(m_db->cases().count(filter).value(), 0);
        filter.search = QString();
        QVERIFY(m_db->cases().count(filter).value() > 0);
    }

    void controlCharactersAndOverlongNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a control character") << QStringLiteral("bob\u0001");
        QTest::newRow("an escape sequence") << QStringLiteral("\u001b[31mred");
        QTest::newRow("a NUL") << QString(QChar(u'\0')) + QStringLiteral("x");
        QTest::newRow("a right-to-left override") << QStringLiteral("adm\u202Enim");
        QTest::newRow("only spaces") << QStringLiteral("   ");
        QTest::newRow("65 characters") << QString(65, u'a');
        QTest::newRow("a replacement character from invalid UTF-8") << QStringLiteral("a\uFFFDb");
    }

    void controlCharactersAndOverlongNamesAreRefused()
    {
        QFETCH(QString, name);
        auto policy = AccessPolicy::forUser(*m_db, QStringLiteral("root")).value();
        Session acting(*m_db, *policy);
        auto added = UserService(acting).add(name, QStringLiteral("administrator"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM users"))->toInt(), 0);
    }

    void veryLongTextIsStoredOrSearchedWithoutHarm()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("tester"));
        ReviewService service(*serviceActor.session);
        const QString note = QString(256 * 1024, u'å');
        auto noted = service.setNote(ReviewRef{m_caseId}, QStringLiteral("integration.contract.goal"), note);
        QVERIFY(noted.ok());
        QCOMPARE(noted->after.answer->note.size(), note.size());
        CaseFilter filter;
        filter.search = QString(64 * 1024, u'%');
        auto rows = m_db->cases().page(filter, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 0);
    }

    void invalidUtf8OnTheCommandLineIsRefusedOrHarmless()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("utf8.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString cli = testsupport::cliPath();
        // A user name with the bytes FF FE is refused with a clear message; nothing is added.
        auto bad = runShell(QStringLiteral("exec \"$1\" --db \"$2\" users add \"$(printf 'a\\377\\376b')\" --role "
                                           "administrator"),
                            {cli, db});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("invalid text"), bad.err.constData());
        auto users = testsupport::runCli({QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(users.out.trimmed(), QByteArray());
        // In a search it simply finds nothing.
        auto search =
            runShell(QStringLiteral("exec \"$1\" --db \"$2\" cases --search \"$(printf '\\300\\257')\""), {cli, db});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.out, QByteArray());
        // As an unknown case number: a clear "not found", exit 2.
        auto card = runShell(QStringLiteral("exec \"$1\" --db \"$2\" card \"$(printf 'INT\\377')\""), {cli, db});
        QCOMPARE(card.exitCode, 2);
        // As an unknown command or option: a usage error.
        auto unknown = runShell(QStringLiteral("exec \"$1\" --db \"$2\" \"$(printf '\\377')\""), {cli, db});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")})
                     .exitCode,
                 0);
    }

    void aTemplateRuleThatRefersToAMissingDateIsRefused()
    {
        auto tester = testsupport::actor(*m_db);
        TemplateService service(*tester.session);
        auto exported = service.exportTemplate(QStringLiteral("integration"));
        QVERIFY(exported.ok());
        QJsonObject json = QJsonDocument::fromJson(exported.value()).object();
        json.insert(QStringLiteral("version"), 99);
        // Point the first rule that names a date field at a field the template does not define.
        QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
        bool changed = false;
        for (qsizetype s = 0; s < sections.size() && !changed; ++s) {
            QJsonObject section = sections.at(s).toObject();
            QJsonArray items = section.value(QStringLiteral("items")).toArray();
            for (qsizetype i = 0; i < items.size() && !changed; ++i) {
                QJsonObject item = items.at(i).toObject();
                QJsonArray rules = item.value(QStringLiteral("rules")).toArray();
                if (rules.isEmpty())
                    continue;
                QJsonObject rule = rules.first().toObject();
                QJsonObject check = rule.value(QStringLiteral("check")).toObject();
                if (!check.contains(QStringLiteral("field")))
                    continue;
                check.insert(QStringLiteral("field"), QStringLiteral("no_such_date"));
                rule.insert(QStringLiteral("check"), check);
                rules.replace(0, rule);
                item.insert(QStringLiteral("rules"), rules);
                items.replace(i, item);
                section.insert(QStringLiteral("items"), items);
                sections.replace(s, section);
                changed = true;
            }
        }
        QVERIFY2(changed, "no rule with a date field found in the integration template");
        json.insert(QStringLiteral("sections"), sections);
        const int templates = sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM templates"))->toInt();
        auto imported = service.importTemplate(QJsonDocument(json).toJson());
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message.contains(QStringLiteral("no_such_date")),
                 qPrintable(imported.error().message));
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM templates"))->toInt(), templates);
    }

    void brokenTemplateFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{ this is not json");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("invalid UTF-8") << QByteArray("{\"key\": \"\xff\xfe\"}");
        QTest::newRow("over the size limit") << QByteArray(TemplateService::MaxTemplateBytes + 1, ' ');
    }

    void brokenTemplateFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const int templates = sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM templates"))->toInt();
        auto tester = testsupport::actor(*m_db);
        auto imported = TemplateService(*tester.session).importTemplate(bytes);
        QVERIFY(!imported.ok());
        QVERIFY(!imported.error().message.isEmpty());
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM templates"))->toInt(), templates);
    }

    void aZipBombXlsxIsStoppedByTheReader()
    {
        const QString path = testsupport::fixturesPath() + QStringLiteral("/io/zip_bomb.xlsx");
        QVERIFY(QFileInfo::exists(path));
        const io::TableResult result = io::readXlsxFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(QStringLiteral("expand")), qPrintable(result.error.message));
        QVERIFY(result.table.rows.isEmpty());
    }

    void aDamagedDatabaseFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        testsupport::fileDatabase(dir, QStringLiteral("damaged.db"), false);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Overwrite the first page's schema area: the header survives, the schema does not.
            file.seek(100);
            file.write(QByteArray(3000, '\xA5'));
        }
        const QByteArray before = testsupport::fileHash(path);
        auto run = testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("damaged") || run.err.contains("malformed"), run.err.constData());
        QCOMPARE(testsupport::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
