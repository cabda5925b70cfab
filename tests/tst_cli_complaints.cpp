// sagstjek-cli complaints end to end: add, import (CSV and its re-import, a failing file), list (with the case
// access policy), remove, and report --json with the fields the issue names and the text form in both languages.
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

class TestCliComplaints : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_mettesCase;

    testsupport::CliRun run(const QString &user, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("--user"), user} + args);
    }
    int count(const QString &statement)
    {
        auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
        return sql::scalar(sqlOf(*db.value()), statement).value().toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("complaints.db"));
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("complaints.db"), true);
        testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader);
        testsupport::addUser(*db, QStringLiteral("mette"), Role::Caseworker, QStringLiteral("Mette Sørensen"));
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator);
        const QList<CaseRow> rows = db->cases().page(CaseFilter{}, 0, 1000).value();
        for (const CaseRow &row : rows)
            if (row.caseworker == u"Mette Sørensen") {
                m_mettesCase = row.caseNumber;
                break;
            }
        QVERIFY(!m_mettesCase.isEmpty());
    }

    void solrodsSeventyOnePercent()
    {
        // One decision by hand on Mette Sørensen's case, the rest of Solrød's 14 from a file, with two rejected and
        // one referred that do not change the rate.
        auto added = run(QStringLiteral("leder"),
                         {QStringLiteral("complaints"), QStringLiteral("add"), QStringLiteral("--paragraph"),
                          QStringLiteral("SEL § 96"), QStringLiteral("--decided"), QStringLiteral("2024-02-02"),
                          QStringLiteral("--outcome"), QStringLiteral("Hjemvist"), QStringLiteral("--case"),
                          m_mettesCase, QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(QJsonDocument::fromJson(added.out).object().value(u"warning").isNull());

        QByteArray csv = "Sagsnummer;Paragraf;Afgørelsesdato;Udfald\n";
        for (int i = 1; i <= 8; ++i)
            csv +=
                QStringLiteral("AST-%1;sel §96;2024-03-%2;hjemvist\n").arg(i).arg(i, 2, 10, QLatin1Char('0')).toUtf8();
        csv += "AST-9;SEL § 96;10-03-2024;aendret\n";
        for (int i = 1; i <= 4; ++i)
            csv += QStringLiteral(";SEL § 96;0%1-04-2024;stadfæstet\n").arg(i).toUtf8();
        csv += ";SEL § 96;05-04-2024;afvist\n;SEL § 96;06-04-2024;AFVIST\n;SEL § 96;07-04-2024;henvist\n";
        csv += ";LAB § 42;08-04-2024;ophaevet\n";
        const QString file = testsupport::writeFile(m_dir, QStringLiteral("ast.csv"), csv);
        auto imported = run(QStringLiteral("leder"),
                            {QStringLiteral("complaints"), QStringLiteral("import"), file, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary.value(u"created").toInt(), 17);
        QCOMPARE(summary.value(u"warnings").toArray().size(), 9); // AST-1 … AST-9 are not in the database
        QVERIFY(imported.err.contains("warning: row 2, column Sagsnummer, value \"AST-1\""));

        // Importing the same file again doubles nothing.
        auto again = run(QStringLiteral("leder"),
                         {QStringLiteral("complaints"), QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        summary = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(summary.value(u"created").toInt(), 0);
        QCOMPARE(summary.value(u"already_registered").toInt(), 17);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints")), 18);

        auto report = run(QStringLiteral("mette"),
                          {QStringLiteral("complaints"), QStringLiteral("report"), QStringLiteral("--from"),
                           QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                           QStringLiteral("--json")});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(report.out).object();
        const QJsonObject total = o.value(u"total").toObject();
        QCOMPARE(total.value(u"decided").toInt(), 15);
        QCOMPARE(total.value(u"reversed").toInt(), 11);
        QCOMPARE(total.value(u"rejected").toInt(), 2);
        QCOMPARE(total.value(u"percent").toDouble(), 73.3);
        for (const char *field : {"low95", "high95"})
            QVERIFY2(total.value(QLatin1String(field)).isDouble(), field);
        const QJsonArray paragraphs = o.value(u"by_paragraph").toArray();
        QCOMPARE(paragraphs.size(), 2);
        const QJsonObject lab = paragraphs.at(0).toObject();
        QCOMPARE(lab.value(u"paragraph").toString(), QStringLiteral("LAB § 42"));
        QCOMPARE(lab.value(u"annulled").toInt(), 1);
        QCOMPARE(lab.value(u"too_few").toBool(), true);
        const QJsonObject sel = paragraphs.at(1).toObject();
        QCOMPARE(sel.value(u"paragraph").toString(), QStringLiteral("SEL § 96"));
        for (const char *field : {"paragraph", "decided", "upheld", "changed", "annulled", "remitted", "rejected",
                                  "referred", "reversed", "percent", "low95", "high95", "too_few"})
            QVERIFY2(sel.contains(QLatin1String(field)), field);
        QCOMPARE(sel.value(u"decided").toInt(), 14);
        QCOMPARE(sel.value(u"remitted").toInt(), 9);
        QCOMPARE(sel.value(u"changed").toInt(), 1);
        QCOMPARE(sel.value(u"upheld").toInt(), 4);
        QCOMPARE(sel.value(u"rejected").toInt(), 2);
        QCOMPARE(sel.value(u"referred").toInt(), 1);
        QCOMPARE(sel.value(u"reversed").toInt(), 10);
        QCOMPARE(sel.value(u"percent").toDouble(), 71.4);
        QCOMPARE(sel.value(u"low95").toDouble(), 41.8);
        QCOMPARE(sel.value(u"high95").toDouble(), 91.7);
        QCOMPARE(sel.value(u"too_few").toBool(), false);

        // A period with nothing decided: null, not 0.
        auto empty = run(QStringLiteral("leder"),
                         {QStringLiteral("complaints"), QStringLiteral("report"), QStringLiteral("--to"),
                          QStringLiteral("2023-12-31"), QStringLiteral("--json")});
        QCOMPARE(empty.exitCode, 0);
        const QJsonObject none = QJsonDocument::fromJson(empty.out).object().value(u"total").toObject();
        QCOMPARE(none.value(u"decided").toInt(), 0);
        QVERIFY(none.value(u"percent").isNull());
        QVERIFY(none.value(u"low95").isNull());

        // The text form in Danish and English.
        auto danish = run(QStringLiteral("leder"),
                          {QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("complaints"),
                           QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2024-01-01")});
        QCOMPARE(danish.exitCode, 0);
        const QString da = QString::fromUtf8(danish.out);
        QVERIFY2(da.contains(QStringLiteral("Omgørelsesprocent i Ankestyrelsen, 01-01-2024 – ")), qPrintable(da));
        QVERIFY2(da.contains(QStringLiteral("SEL § 96: 14 afgjort på realiteten (4 stadfæstet, 1 ændret, 0 ophævet, 9 "
                                            "hjemvist); 2 afvist, 1 henvist")),
                 qPrintable(da));
        QVERIFY2(da.contains(QStringLiteral("71,4 % omgjort (10 af 14); med 14 afgørelser viser tallene kun, at "
                                            "omgørelsesprocenten ligger mellem 41,8 % og 91,7 %")),
                 qPrintable(da));
        QVERIFY2(da.contains(QStringLiteral("med kun 1 afgørelse er det for få til at vurdere")), qPrintable(da));
        auto english = run(QStringLiteral("leder"), {QStringLiteral("complaints"), QStringLiteral("report")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(QString::fromUtf8(english.out)
                     .contains(QStringLiteral("71.4 % reversed (10 of 14); with 14 decisions the data only show")),
                 english.out.constData());

        // The list follows the case access policy: Mette Sørensen sees the decision on her case only; the
        // administrator sees every decision without case numbers; the leader sees the numbers.
        auto mettes = run(QStringLiteral("mette"),
                          {QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(mettes.exitCode, 0);
        const QJsonArray own = QJsonDocument::fromJson(mettes.out).array();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.at(0).toObject().value(u"case_number").toString(), m_mettesCase);
        QCOMPARE(own.at(0).toObject().value(u"outcome_da").toString(), QStringLiteral("hjemvist"));
        auto admins = run(QStringLiteral("admin"),
                          {QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(admins.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(admins.out).array();
        QCOMPARE(all.size(), 18);
        for (const QJsonValue &row : all)
            QVERIFY(row.toObject().value(u"case_number").isNull());
        auto leaders = run(QStringLiteral("leder"),
                           {QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--paragraph"),
                            QStringLiteral("lab §42"), QStringLiteral("--json")});
        const QJsonArray lab42 = QJsonDocument::fromJson(leaders.out).array();
        QCOMPARE(lab42.size(), 1);

        // Remove the LAB § 42 decision; it is gone from the figures.
        const QString id = QString::number(lab42.at(0).toObject().value(u"id").toInteger());
        auto removed = run(QStringLiteral("leder"), {QStringLiteral("complaints"), QStringLiteral("remove"), id});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints WHERE paragraph_key = 'lab§42'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.remove'")), 1);
    }

    void refusedInputs()
    {
        const int before = count(QStringLiteral("SELECT count(*) FROM complaints"));
        // A file with a bad row: the row and column are named and nothing is applied.
        const QString bad = testsupport::writeFile(m_dir, QStringLiteral("bad.csv"),
                                                   "paragraph,decided,outcome\nSEL § 83,01-05-2024,hjemvist\n"
                                                   "SEL § 83,01-05-2024,omgjort\n");
        auto imported = run(QStringLiteral("leder"), {QStringLiteral("complaints"), QStringLiteral("import"), bad});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains("row 3, column outcome, value \"omgjort\""), imported.err.constData());
        QVERIFY(imported.err.contains("Nothing was imported"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints")), before);

        // An unknown outcome word or a date that is none, before anything runs.
        auto word = run(QStringLiteral("leder"),
                        {QStringLiteral("complaints"), QStringLiteral("add"), QStringLiteral("--paragraph"),
                         QStringLiteral("SEL § 83"), QStringLiteral("--decided"), QStringLiteral("2024-05-01"),
                         QStringLiteral("--outcome"), QStringLiteral("omgjort")});
        QCOMPARE(word.exitCode, 1);
        auto date = run(QStringLiteral("leder"),
                        {QStringLiteral("complaints"), QStringLiteral("add"), QStringLiteral("--paragraph"),
                         QStringLiteral("SEL § 83"), QStringLiteral("--decided"), QStringLiteral("31-02-2024"),
                         QStringLiteral("--outcome"), QStringLiteral("afvist")});
        QCOMPARE(date.exitCode, 1);
        // The same decision on the same case twice.
        auto twice =
            run(QStringLiteral("leder"),
                {QStringLiteral("complaints"), QStringLiteral("add"), QStringLiteral("--paragraph"),
                 QStringLiteral("sel § 96"), QStringLiteral("--decided"), QStringLiteral("2024-02-02"),
                 QStringLiteral("--outcome"), QStringLiteral("remitted"), QStringLiteral("--case"), m_mettesCase});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY(twice.err.contains("already registered"));
        // A caseworker may read the figures but not register.
        auto refused = run(QStringLiteral("mette"),
                           {QStringLiteral("complaints"), QStringLiteral("add"), QStringLiteral("--paragraph"),
                            QStringLiteral("SEL § 83"), QStringLiteral("--decided"), QStringLiteral("2024-05-01"),
                            QStringLiteral("--outcome"), QStringLiteral("afvist")});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints")), before);
    }
};

QTEST_GUILESS_MAIN(TestCliComplaints)
#include "tst_cli_complaints.moc"
