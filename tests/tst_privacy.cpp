// Issue 14, defects 9 and 10: CPR numbers never reach the access log, the audit trail, the history or an export
// without personal data, however they are typed and wherever they come in (a search, a case argument, a purpose,
// a --user, a note, a defect description); names and notes in the users' words cannot forge log lines or reach the
// terminal as escape sequences; unknown or impossible user names are refused before they are logged as given.
#include "domain/cpr.h"
#include "domain/plaintext.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

using namespace sagstjek;

namespace {

// Every text column of `table`, row by row, joined.
QStringList rowsOf(Database &db, const QString &table)
{
    QStringList rows;
    auto q = sql::run(sqlOf(db), QStringLiteral("SELECT * FROM ") + table);
    if (!q)
        return {QStringLiteral("cannot read ") + table};
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << q->value(i).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

// The forms the citizen's number takes in this test.
QStringList formsOf(const QString &digits)
{
    return {digits, digits.left(6) + u'-' + digits.mid(6), digits.left(6) + u' ' + digits.mid(6),
            digits.left(2) + u' ' + digits.mid(2, 2) + u' ' + digits.mid(4, 2) + u' ' + digits.mid(6)};
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_caseNumber; // a case of the demo data with a CPR number
    QString m_digits;

    testsupport::CliRun cli(const QString &user, const QStringList &args)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + args);
    }

    // The rows of `table` that hold the citizen's number in any form.
    QStringList leaks(const QString &table)
    {
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        if (!db)
            return {db.error().message};
        QStringList found;
        for (const QString &row : rowsOf(*db.value(), table))
            for (const QString &form : formsOf(m_digits))
                if (row.contains(form))
                    found << row.left(300);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("privacy.db"));
        QCOMPARE(testsupport::runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo")}).exitCode, 0);
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        testsupport::addUser(*db.value(), QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*db.value(), QStringLiteral("kon"), Role::Consultant);
        testsupport::addUser(*db.value(), QStringLiteral("leder"), Role::Leader);
        auto q =
            sql::run(sqlOf(*db.value()), QStringLiteral("SELECT case_number, cpr FROM cases WHERE cpr <> '' AND area = "
                                                        "'integration' ORDER BY id LIMIT 1"));
        QVERIFY(q.ok() && q->next());
        m_caseNumber = q->value(0).toString();
        m_digits = q->value(1).toString();
        QCOMPARE(m_digits.size(), 10);
    }

    void maskInTextFindsEveryFormAndKeepsTheRest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("plain ten digits") << "ring 0309670914 i dag"
                                          << "ring 030967-XXXX i dag";
        QTest::newRow("with a hyphen") << "030967-0914"
                                       << "030967-XXXX";
        QTest::newRow("with a space") << "\"030967 0914\""
                                      << "\"030967-XXXX\"";
        QTest::newRow("after a label") << "cpr:0309670914"
                                       << "cpr:030967-XXXX";
        QTest::newRow("grouped in pairs") << "03 09 67 0914"
                                          << "030967-XXXX";
        QTest::newRow("with dots") << "03.09.67-0914"
                                   << "030967-XXXX";
        QTest::newRow("with an en dash") << QStringLiteral("030967\u20130914") << "030967-XXXX";
        QTest::newRow("two in one note") << "0309670914 og 1112131234."
                                         << "030967-XXXX og 111213-XXXX.";
        QTest::newRow("a longer number is not one") << "konto 12030967091400"
                                                    << "konto 12030967091400";
        QTest::newRow("a case number is not one") << "INT-2020-0001"
                                                  << "INT-2020-0001";
        QTest::newRow("a date and a time are not one") << "2024-01-15 12:30"
                                                       << "2024-01-15 12:30";
        QTest::newRow("month 13 is no birth date") << "0113670914"
                                                   << "0113670914";
        QTest::newRow("day 00 is no birth date") << "0009670914"
                                                 << "0009670914";
        QTest::newRow("Danish letters are kept") << "Blåbærgrød 0309670914 ø"
                                                 << "Blåbærgrød 030967-XXXX ø";
        QTest::newRow("empty") << ""
                               << "";
    }

    void maskInTextFindsEveryFormAndKeepsTheRest()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(cpr::maskInText(text), masked);
        QCOMPARE(cpr::containsCpr(text), text != masked);
    }

    void searchDigitsReadsWhatPeopleType()
    {
        for (const QString &typed : {QStringLiteral("0309670914"), QStringLiteral("030967-0914"),
                                     QStringLiteral("030967 0914"), QStringLiteral(" cpr:0309670914 "),
                                     QStringLiteral("CPR-nr. 030967-0914"), QStringLiteral("03 09 67 0914")})
            QCOMPARE(cpr::searchDigits(typed), QStringLiteral("0309670914"));
        for (const QString &other : {QStringLiteral("INT-2020-0001"), QStringLiteral("Hansen 0309670914"),
                                     QStringLiteral("03096709141"), QString()})
            QVERIFY2(cpr::searchDigits(other).isEmpty(), qPrintable(other));
    }

    void escapedMakesControlCharactersVisible()
    {
        QCOMPARE(plaintext::escaped(QStringLiteral("Ærø\tby\nx")), QStringLiteral("Ærø\\tby\\nx"));
        QCOMPARE(plaintext::escaped(QStringLiteral("\x1b[31mrød")), QStringLiteral("\\x1b[31mrød"));
        QCOMPARE(plaintext::escaped(QStringLiteral("a\u202eb")), QStringLiteral("a\\u202eb"));
        QCOMPARE(plaintext::escaped(QStringLiteral("c:\\n")), QStringLiteral("c:\\\\n"));
        QCOMPARE(plaintext::forLog(QString(100, u'x'), 10), QString(9, u'x') + QChar(0x2026));
    }

    // Defect 9: searches, case arguments, purposes and --user values in any form.
    void noCprReachesTheAccessLog()
    {
        const QString spaced = m_digits.left(6) + u' ' + m_digits.mid(6);
        const auto search = cli(QStringLiteral("kon"), {QStringLiteral("cases"), QStringLiteral("--search"), spaced});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains(m_caseNumber.toUtf8()), "a CPR number typed with a space finds the case");
        QCOMPARE(cli(QStringLiteral("kon"),
                     {QStringLiteral("cases"), QStringLiteral("--search"), QStringLiteral("cpr:") + m_digits})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("kon"),
                     {QStringLiteral("cases"), QStringLiteral("--search"), QStringLiteral("Hansen ") + m_digits})
                     .exitCode,
                 0);
        QCOMPARE(
            cli(QStringLiteral("leder"), {QStringLiteral("access-log"), QStringLiteral("--case"), m_digits}).exitCode,
            0);
        QCOMPARE(cli(QStringLiteral("kon"), {QStringLiteral("reveal-cpr"), m_caseNumber, QStringLiteral("--purpose"),
                                             QStringLiteral("checked against ") + spaced})
                     .exitCode,
                 0);
        const auto asCpr = cli(m_digits, {QStringLiteral("cases")});
        QCOMPARE(asCpr.exitCode, 2);
        QVERIFY2(!asCpr.err.contains(m_digits.toUtf8()), asCpr.err.constData());
        QCOMPARE(leaks(QStringLiteral("access_log")), QStringList());
        // The log still says what happened: the searches found the case, the reveal is there with its purpose.
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY(
            sql::scalar(sqlOf(*db.value()),
                        QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'search' AND case_number = ?"),
                        {m_caseNumber})
                ->toInt() >= 2);
        QCOMPARE(
            sql::scalar(sqlOf(*db.value()),
                        QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'reveal-cpr' AND purpose = ?"),
                        {QStringLiteral("checked against ") + cpr::mask(m_digits)})
                ->toInt(),
            1);
    }

    // Defect 9: free text in notes and defect descriptions, then history and exports.
    void notesKeepTheNumberButTheTrailAndDefaultExportsMaskIt()
    {
        const QString item = QStringLiteral("integration.contract.goal");
        const QString note =
            QStringLiteral("Borgeren (") + m_digits.left(6) + u'-' + m_digits.mid(6) + QStringLiteral(") mangler mål");
        const auto answered = cli(QStringLiteral("kon"), {QStringLiteral("answer"), m_caseNumber, item,
                                                          QStringLiteral("not-met"), QStringLiteral("--note"), note});
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        // The answer keeps what the user wrote; the card shows it to those who may open the case.
        const auto card = cli(QStringLiteral("kon"), {QStringLiteral("card"), m_caseNumber});
        QVERIFY(card.out.contains(note.toUtf8()));
        // The audit trail and the history built from it do not.
        QCOMPARE(leaks(QStringLiteral("audit_log")), QStringList());
        const auto history = cli(QStringLiteral("kon"), {QStringLiteral("history"), m_caseNumber});
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.out.contains(cpr::mask(m_digits).toUtf8()));
        for (const QString &form : formsOf(m_digits))
            QVERIFY2(!history.out.contains(form.toUtf8()), history.out.constData());
        // Exports without personal data mask it; with personal data they keep it.
        for (const QString &what :
             {QStringLiteral("answers"), QStringLiteral("answers-wide"), QStringLiteral("defects")}) {
            const QString path = m_dir.filePath(what + QStringLiteral(".csv"));
            QCOMPARE(cli(QStringLiteral("kon"), {QStringLiteral("export"), what, QStringLiteral("-o"), path}).exitCode,
                     0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(file.readAll());
            QVERIFY2(content.contains(cpr::mask(m_digits) + QStringLiteral(") mangler mål")), qPrintable(what));
            for (const QString &form : formsOf(m_digits))
                QVERIFY2(!content.contains(form), qPrintable(what));
            const QString personalPath = m_dir.filePath(what + QStringLiteral("-personal.csv"));
            QCOMPARE(cli(QStringLiteral("kon"), {QStringLiteral("export"), what, QStringLiteral("-o"), personalPath,
                                                 QStringLiteral("--include-personal-data")})
                         .exitCode,
                     0);
            QFile personal(personalPath);
            QVERIFY(personal.open(QIODevice::ReadOnly));
            QVERIFY2(QString::fromUtf8(personal.readAll()).contains(note), qPrintable(what));
        }
        QCOMPARE(leaks(QStringLiteral("access_log")), QStringList());
    }

    // Defect 10: a --user with a newline, a tab or 100 KB is refused before it is logged as given.
    void impossibleUserNamesAreRefusedAndLoggedEscaped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a newline planting a line") << QStringLiteral("eve\n2026-01-01T00:00:00Z\tleder\topen\tX-1");
        QTest::newRow("a tab") << QStringLiteral("eve\tleder");
        QTest::newRow("an escape sequence") << QStringLiteral("eve\x1b[2K");
        QTest::newRow("100 KB") << QString(100 * 1024, u'e');
        QTest::newRow("an unknown user") << QStringLiteral("eve");
    }

    void impossibleUserNamesAreRefusedAndLoggedEscaped()
    {
        QFETCH(QString, name);
        const auto refused = cli(name, {QStringLiteral("cases")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(!refused.err.contains('\x1b') && !refused.err.contains('\t'), refused.err.constData());
        QVERIFY2(refused.err.size() < 1000, "the refusal does not echo 100 KB");
        QCOMPARE(refused.err.count('\n'), 1);
        {
            auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
            QVERIFY(db.ok());
            auto q = sql::run(sqlOf(*db.value()),
                              QStringLiteral("SELECT user_name FROM access_log WHERE action = 'refused' ORDER BY id "
                                             "DESC LIMIT 1"));
            QVERIFY(q.ok() && q->next());
            const QString logged = q->value(0).toString();
            QVERIFY2(logged.size() <= 64, qPrintable(logged.left(100)));
            QVERIFY2(!plaintext::hasControlCharacters(logged), qPrintable(logged));
        }
        // The access log prints one line per entry: nothing planted.
        const auto log = cli(QStringLiteral("leder"), {QStringLiteral("access-log")});
        QVERIFY2(log.exitCode == 0, log.err.constData());
        for (const QByteArray &line : log.out.split('\n'))
            QVERIFY2(line.isEmpty() || QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"))
                                           .match(QString::fromUtf8(line))
                                           .hasMatch(),
                     line.constData());
        QVERIFY(!log.out.contains('\x1b'));
    }

    void userNamesThatLookLikeCprNumbersAreRefused()
    {
        const auto added = cli(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), m_digits,
                                                         QStringLiteral("--role"), QStringLiteral("caseworker")});
        QCOMPARE(added.exitCode, 2);
        QVERIFY(!added.err.contains(m_digits.toUtf8()));
        QCOMPARE(leaks(QStringLiteral("users")), QStringList());
    }

    // Defect 10: notes printed by `card` cannot drive the terminal.
    void cardPrintsNotesEscaped()
    {
        const QString item = QStringLiteral("integration.contract.signed_in_time");
        const QString note = QStringLiteral("Se \x1b]0;pwned\x07 og\n\x1b[2Jny linje\r");
        const auto answered = cli(QStringLiteral("kon"),
                                  {QStringLiteral("answer"), m_caseNumber, item, QStringLiteral("met"),
                                   QStringLiteral("--note"), note, QStringLiteral("--reason"), QStringLiteral("Set")});
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        const auto card = cli(QStringLiteral("kon"), {QStringLiteral("card"), m_caseNumber});
        QCOMPARE(card.exitCode, 0);
        QVERIFY(!card.out.contains('\x1b') && !card.out.contains('\x07') && !card.out.contains('\r'));
        QVERIFY2(card.out.contains("Se \\x1b]0;pwned\\x07 og\\n\\x1b[2Jny linje\\r"), card.out.constData());
        // JSON keeps the text exactly (escaped by JSON itself).
        const auto json = cli(QStringLiteral("kon"), {QStringLiteral("card"), m_caseNumber, QStringLiteral("--json")});
        QVERIFY(!json.out.contains('\x1b'));
        QVERIFY(json.out.contains("\\u001b]0;pwned"));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
