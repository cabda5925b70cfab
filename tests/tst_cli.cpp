// sagstjek-cli end to end: a real process on a real database file.
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using testsupport::runCli;

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList db(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return arguments;
    }

    static QJsonDocument json(const testsupport::CliRun &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", run.out.constData(), run.err.constData());
        return document;
    }

    static QString sqlite(const QString &path, const QString &statement)
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {path, statement});
        process.waitForFinished();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return testsupport::writeFile(m_dir, name, content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        const auto init = runCli(db({QStringLiteral("init")}));
        QCOMPARE(init.exitCode, 0);
        const auto demo = runCli(db({QStringLiteral("demo"), QStringLiteral("--json")}));
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(json(demo).object().value(u"cases").toInt(), 40);
    }

    void casesAreListedWithMaskedCpr()
    {
        const auto run = runCli(db({QStringLiteral("cases"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray cases = json(run).array();
        QCOMPARE(cases.size(), 40);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            for (const char *key : {"case_number", "cpr", "name", "area", "subgroup", "caseworker", "team", "status"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            QVERIFY(c.value(u"cpr").toString().endsWith(QStringLiteral("-XXXX")));
        }
        // No whole CPR number anywhere in the output.
        QVERIFY(!QString::fromUtf8(run.out).contains(QRegularExpression(QStringLiteral("\\b\\d{6}-?\\d{4}\\b"))));
    }

    void anAnswerWithANoteBecomesADefect()
    {
        const auto card =
            runCli(db({QStringLiteral("card"), QStringLiteral("INT-2018-0103"), QStringLiteral("--json")}));
        QCOMPARE(card.exitCode, 0);
        const QJsonObject object = json(card).object();
        QCOMPARE(object.value(u"case_number").toString(), QStringLiteral("INT-2018-0103"));
        QCOMPARE(object.value(u"template").toObject().value(u"key").toString(), QStringLiteral("integration"));
        const QJsonArray items = object.value(u"items").toArray();
        QVERIFY(items.size() >= 10);
        for (const QJsonValue &item : items)
            QVERIFY(item.toObject().value(u"answer").isNull()); // never pre-filled

        const auto answered =
            runCli(db({QStringLiteral("answer"), QStringLiteral("INT-2018-0103"),
                       QStringLiteral("integration.contract.goal"), QStringLiteral("not-met"), QStringLiteral("--note"),
                       QStringLiteral("Intet beskæftigelsesmål i Min Plan")}));
        QCOMPARE(answered.exitCode, 0);
        const auto defects = runCli(db({QStringLiteral("defects"), QStringLiteral("--json")}));
        bool found = false;
        for (const QJsonValue &value : json(defects).array()) {
            const QJsonObject d = value.toObject();
            if (d.value(u"case_number").toString() == u"INT-2018-0103") {
                found = true;
                QCOMPARE(d.value(u"item_key").toString(), QStringLiteral("integration.contract.goal"));
                QCOMPARE(d.value(u"description").toString(), QStringLiteral("Intet beskæftigelsesmål i Min Plan"));
                QCOMPARE(d.value(u"status").toString(), QStringLiteral("open"));
                QVERIFY(d.value(u"id").toInteger() > 0);
            }
        }
        QVERIFY(found);
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT answer FROM answers a JOIN reviews r ON r.id = a.review_id JOIN "
                                             "cases c ON c.id = r.case_id WHERE c.case_number = 'INT-2018-0103'")),
                 QStringLiteral("not-met"));
    }

    void completingAnUnfinishedReviewIsRefused()
    {
        const auto run = runCli(db({QStringLiteral("complete"), QStringLiteral("INT-2018-0103")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Not answered"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList{} << 1;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("cases"), QStringLiteral("--colour")} << 1;
        QTest::newRow("bad answer") << QStringList{QStringLiteral("answer"), QStringLiteral("X"), QStringLiteral("y"),
                                                   QStringLiteral("maybe")}
                                    << 1;
        QTest::newRow("unknown case") << QStringList{QStringLiteral("card"), QStringLiteral("NOPE-1")} << 2;
        QTest::newRow("unknown item") << QStringList{QStringLiteral("answer"), QStringLiteral("INT-2018-0103"),
                                                     QStringLiteral("no.such.item"), QStringLiteral("met")}
                                      << 2;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto run = runCli(db(arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void importIsAllOrNothing()
    {
        const QString before =
            sqlite(m_db, QStringLiteral("SELECT count(*), (SELECT count(*) FROM audit_log) FROM cases"));
        const QString file =
            writeFile(QStringLiteral("bad.csv"),
                      "case_number;cpr;name;area;subgroup;caseworker;team;takeover\n"
                      "NY-1;010203-4006;Ny Borger;integration;refugee;Mette Sørensen;Team Integration;2024-01-15\n"
                      "NY-2;;Anden Borger;nowhere;;;;2024-02-30\n");
        const auto run = runCli(db({QStringLiteral("import-cases"), file, QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 2);
        const QJsonArray errors = json(run).object().value(u"errors").toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(u"row").toInt(), 3);
        QCOMPARE(errors.at(0).toObject().value(u"column").toString(), QStringLiteral("area"));
        QCOMPARE(errors.at(0).toObject().value(u"value").toString(), QStringLiteral("nowhere"));
        QCOMPARE(errors.at(1).toObject().value(u"column").toString(), QStringLiteral("takeover"));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*), (SELECT count(*) FROM audit_log) FROM cases")), before);

        const auto skipped = runCli(
            db({QStringLiteral("import-cases"), file, QStringLiteral("--skip-invalid"), QStringLiteral("--json")}));
        QCOMPARE(skipped.exitCode, 0);
        QCOMPARE(json(skipped).object().value(u"created").toInt(), 1);
        QCOMPARE(json(skipped).object().value(u"skipped").toInt(), 1);
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT name FROM cases WHERE case_number = 'NY-1'")),
                 QStringLiteral("Ny Borger"));

        // Re-importing the same valid row changes nothing.
        const QString good = writeFile(QStringLiteral("good.csv"),
                                       "case_number,name,area,takeover\nNY-1,Ny Borger,integration,2024-01-15\n");
        const auto again = runCli(db({QStringLiteral("import-cases"), good, QStringLiteral("--json")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).object().value(u"updated").toInt(), 1); // cpr, subgroup and caseworker are now empty
    }

    void aFileThatIsNotADatabaseIsRefusedAndUntouched()
    {
        const QString path = writeFile(QStringLiteral("notes.txt"), "Dette er ikke en database.\n");
        const QByteArray before = testsupport::fileHash(path);
        const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("not a Sagstjek database"));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void aMissingDatabaseSaysRunInit()
    {
        const auto run =
            runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.db")), QStringLiteral("cases")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
    }

    void calendarAndDeadline()
    {
        const auto calendar = runCli({QStringLiteral("calendar"), QStringLiteral("2024"), QStringLiteral("--json")});
        QCOMPARE(calendar.exitCode, 0);
        bool prayerDay = false;
        int holidays = 0;
        for (const QJsonValue &value : json(calendar).array()) {
            const QJsonObject day = value.toObject();
            if (day.value(u"kind").toString() == u"holiday")
                ++holidays;
            if (day.value(u"name_da").toString() == u"Store Bededag")
                prayerDay = true;
        }
        QVERIFY(!prayerDay); // abolished from 2024
        QCOMPARE(holidays, 10);
        const auto due = runCli({QStringLiteral("deadline"), QStringLiteral("--from"), QStringLiteral("2019-01-31"),
                                 QStringLiteral("--period"), QStringLiteral("P1M"), QStringLiteral("--json")});
        QCOMPARE(json(due).object().value(u"due").toString(), QStringLiteral("2019-02-28"));
        const auto rolled = runCli({QStringLiteral("deadline"), QStringLiteral("--from"), QStringLiteral("2024-02-29"),
                                    QStringLiteral("--period"), QStringLiteral("P1M"), QStringLiteral("--roll"),
                                    QStringLiteral("next-working-day"), QStringLiteral("--json")});
        QCOMPARE(json(rolled).object().value(u"due").toString(), QStringLiteral("2024-04-02")); // 29 March = Langfredag
    }

    void computedVerdictsAsOfADate()
    {
        const QString file =
            writeFile(QStringLiteral("late.csv"), "case_number;name;area;subgroup;takeover;contract_signed\n"
                                                  "LATE-1;Sen Kontrakt;integration;refugee;2019-02-01;2019-03-05\n");
        QCOMPARE(runCli(db({QStringLiteral("import-cases"), file})).exitCode, 0);
        const auto card =
            runCli(db({QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("card"), QStringLiteral("LATE-1"),
                       QStringLiteral("--as-of"), QStringLiteral("2020-01-01"), QStringLiteral("--json")}));
        QCOMPARE(card.exitCode, 0);
        QJsonObject computed;
        for (const QJsonValue &item : json(card).object().value(u"items").toArray())
            if (item.toObject().value(u"key").toString() == u"integration.contract.signed_in_time")
                computed = item.toObject().value(u"computed").toObject();
        QCOMPARE(computed.value(u"verdict").toString(), QStringLiteral("missed"));
        QCOMPARE(computed.value(u"due").toString(), QStringLiteral("2019-03-01"));
        QCOMPARE(computed.value(u"actual").toString(), QStringLiteral("2019-03-05"));
        QCOMPARE(computed.value(u"days_late").toInt(), 4);
        QVERIFY2(computed.value(u"explanation").toString().endsWith(QStringLiteral("4 dage for sent")),
                 qPrintable(computed.value(u"explanation").toString()));
    }

    void templatesExportAndImport()
    {
        const auto list = runCli(db({QStringLiteral("templates"), QStringLiteral("--json")}));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(json(list).array().size(), 8);
        const QString exported = m_dir.filePath(QStringLiteral("integration.json"));
        QCOMPARE(runCli(db({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("integration"),
                            QStringLiteral("-o"), exported}))
                     .exitCode,
                 0);
        // Importing the same version again is a no-op; a changed copy under the same version is refused.
        QCOMPARE(runCli(db({QStringLiteral("template"), QStringLiteral("import"), exported})).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray changed = file.readAll().replace("Kontrakt", "Kontrakten");
        const QString changedPath = writeFile(QStringLiteral("changed.json"), changed);
        QCOMPARE(runCli(db({QStringLiteral("template"), QStringLiteral("import"), changedPath})).exitCode, 2);
        // A rule that refers to a date the template does not define is refused with the reason.
        const QString broken = writeFile(
            QStringLiteral("broken.json"),
            R"({"format":1,"key":"integration","version":999,"area":"integration","title":"B","date_fields":[],
                "sections":[{"key":"s","title":"S","items":[{"key":"broken.s.x","text":"X?","rules":[
                {"version":"v","check":{"type":"deadline","start":"nowhere","actual":"never","period":"P1M"}}]}]}]})");
        const auto refused = runCli(db({QStringLiteral("template"), QStringLiteral("import"), broken}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("nowhere"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
