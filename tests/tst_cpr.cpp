// CPR numbers (domain/REFERENCE.md §4): format, real dates, the century from the 7th digit, modulus 11 only a
// warning (valid numbers since 2007 fail it), masking and the logged reveal.
#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "services/personaldata.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace sagstjek;

class TestCpr : public QObject {
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("modulus11");

        // Century table: 7th digit 0-3 → 1900s; 4 and 9 → 2000-2036 / 1937-1999; 5-8 → 2000-2057 / 1858-1899.
        QTest::newRow("7th digit 0: 1900s") << "010190-0002" << true << QDate(1990, 1, 1) << true;
        QTest::newRow("7th digit 3, year 00: 1900") << "010100-3000" << true << QDate(1900, 1, 1) << true;
        QTest::newRow("7th digit 4, year 10: 2010") << "010110-4001" << true << QDate(2010, 1, 1) << true;
        QTest::newRow("7th digit 4, year 50: 1950") << "010150-4018" << true << QDate(1950, 1, 1) << true;
        QTest::newRow("7th digit 9, year 36: 2036") << "010136-9005" << true << QDate(2036, 1, 1) << true;
        QTest::newRow("7th digit 9, year 37: 1937") << "010137-9000" << true << QDate(1937, 1, 1) << true;
        QTest::newRow("7th digit 5, year 57: 2057") << "010157-5004" << true << QDate(2057, 1, 1) << true;
        QTest::newRow("7th digit 6, year 20: 2020") << "010120-6009" << true << QDate(2020, 1, 1) << true;
        QTest::newRow("7th digit 7, year 60: 1860") << "010160-7003" << true << QDate(1860, 1, 1) << true;
        QTest::newRow("7th digit 8, year 99: 1899") << "311299-8000" << true << QDate(1899, 12, 31) << false;
        // Leap days follow the century.
        QTest::newRow("29 Feb 2000 (7th digit 4)") << "290200-4001" << true << QDate(2000, 2, 29) << true;
        QTest::newRow("29 Feb 1900 does not exist") << "290200-1234" << false << QDate() << false;
        QTest::newRow("29 Feb 1901 does not exist") << "290201-1234" << false << QDate() << false;
        QTest::newRow("31 April does not exist") << "310490-1234" << false << QDate() << false;
        QTest::newRow("month 13 does not exist") << "011390-1234" << false << QDate() << false;
        QTest::newRow("day 00 does not exist") << "000190-1234" << false << QDate() << false;
        // Post-2007 numbers failing modulus 11 are valid (CPR-kontoret: accept them); a warning only.
        QTest::newRow("1 Jan 1960, fails modulus 11, still valid")
            << "010160-0000" << true << QDate(1960, 1, 1) << false;
        QTest::newRow("1 Jan 1990, fails modulus 11, still valid")
            << "010190-0000" << true << QDate(1990, 1, 1) << false;
        QTest::newRow("15 Mar 1985, fails modulus 11, still valid")
            << "150385-1000" << true << QDate(1985, 3, 15) << false;
        QTest::newRow("15 Mar 1985, passes modulus 11") << "150385-1004" << true << QDate(1985, 3, 15) << true;
        // Format.
        QTest::newRow("the hyphen is optional") << "0101900002" << true << QDate(1990, 1, 1) << true;
        QTest::newRow("surrounding spaces are ignored") << "  010190-0002 " << true << QDate(1990, 1, 1) << true;
        QTest::newRow("nine digits") << "010190-000" << false << QDate() << false;
        QTest::newRow("eleven digits") << "010190-00021" << false << QDate() << false;
        QTest::newRow("letters") << "010190-00X2" << false << QDate() << false;
        // One hyphen, after the birth date, or none (issue 14).
        QTest::newRow("hyphens anywhere are refused") << "01-02-03-4006" << false << QDate() << false;
        QTest::newRow("a hyphen inside the date is refused") << "0102-034006" << false << QDate() << false;
        QTest::newRow("a hyphen inside the serial is refused") << "010203-40-06" << false << QDate() << false;
        QTest::newRow("a hyphen at the end is refused") << "0102034006-" << false << QDate() << false;
        QTest::newRow("an en dash is not a hyphen") << QStringLiteral("010190\u20130002") << false << QDate() << false;
        QTest::newRow("Arabic-Indic digits are not digits here")
            << QStringLiteral("\u0660\u0661\u0660\u0661\u0669\u0660\u0660\u0660\u0660\u0662") << false << QDate()
            << false;
        QTest::newRow("empty") << "" << false << QDate() << false;
        QTest::newRow("SQL in a CPR field") << "010190'; DROP TABLE cases;--" << false << QDate() << false;
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, birth);
        QFETCH(bool, modulus11);
        const cpr::Check result = cpr::check(text);
        QCOMPARE(result.valid, valid);
        if (valid) {
            QCOMPARE(result.birthDate, birth);
            QCOMPARE(result.modulus11, modulus11);
            QCOMPARE(result.digits.size(), 10);
            QVERIFY(result.problem.isEmpty());
        } else {
            QVERIFY(!result.problem.isEmpty());
            QVERIFY(result.digits.isEmpty());
        }
    }

    void maskingKeepsTheDateAndHidesTheSerial()
    {
        QCOMPARE(cpr::mask(QStringLiteral("0101900002")), QStringLiteral("010190-XXXX"));
        QCOMPARE(cpr::mask(QString()), QString());
        QCOMPARE(cpr::mask(QStringLiteral("12")), QStringLiteral("XXXXXX-XXXX"));
        QCOMPARE(cpr::format(QStringLiteral("0101900002")), QStringLiteral("010190-0002"));
        QVERIFY(cpr::looksLikeCpr(QStringLiteral("010190-0002")));
        QVERIFY(cpr::looksLikeCpr(QStringLiteral("0101900002")));
        QVERIFY(!cpr::looksLikeCpr(QStringLiteral("INT-2020-0001")));
    }

    void theCliNeverPrintsAFullCprUnlessRevealedAndTheRevealIsLogged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cpr.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        QString caseNumber, digits;
        {
            auto opened = Database::open(db, Database::OpenMode::OpenExisting);
            QVERIFY(opened.ok());
            auto q = sql::run(sqlOf(*opened.value()),
                              QStringLiteral("SELECT case_number, cpr FROM cases WHERE cpr <> '' LIMIT 1"));
            QVERIFY(q.ok() && q->next());
            caseNumber = q->value(0).toString();
            digits = q->value(1).toString();
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("cases")}, QStringList{QStringLiteral("cases"), QStringLiteral("--json")},
              QStringList{QStringLiteral("card"), caseNumber, QStringLiteral("--json")},
              QStringList{QStringLiteral("history"), caseNumber}}) {
            const auto run = testsupport::runCli(QStringList{QStringLiteral("--db"), db} + args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!run.out.contains(digits.toUtf8()) && !run.out.contains(cpr::format(digits).toUtf8()),
                     qPrintable(args.join(u' ')));
        }
        // Searching by a full CPR number works, and the listing stays masked.
        const auto search = testsupport::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--search"), cpr::format(digits)});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(caseNumber.toUtf8()));
        QVERIFY(search.out.contains(cpr::mask(digits).toUtf8()));
        const auto revealed = testsupport::runCli({QStringLiteral("--db"), db, QStringLiteral("reveal-cpr"), caseNumber,
                                                   QStringLiteral("--purpose"), QStringLiteral("identify citizen")});
        QCOMPARE(revealed.exitCode, 0);
        QCOMPARE(revealed.out.trimmed(), cpr::format(digits).toUtf8());
        auto opened = Database::open(db, Database::OpenMode::OpenExisting);
        QVERIFY(opened.ok());
        QCOMPARE(sql::scalar(sqlOf(*opened.value()),
                             QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'reveal-cpr' AND "
                                            "case_number = ? AND purpose = 'identify citizen'"),
                             {caseNumber})
                     ->toInt(),
                 1);
        // The search was logged with the CPR masked, never in full.
        QCOMPARE(sql::scalar(sqlOf(*opened.value()),
                             QStringLiteral("SELECT count(*) FROM access_log WHERE criterion LIKE ?"),
                             {QStringLiteral("%") + digits.right(4) + QStringLiteral("%")})
                     ->toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCpr)
#include "tst_cpr.moc"
