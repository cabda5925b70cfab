// sagstjek-cli's declared commands: every command's help comes from its declaration, and whatever does not
// fit the declaration (unknown option, missing or extra argument, a bad date, number or choice) is refused
// with exit 1 and that command's usage before anything is opened or changed.
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::runCli;

namespace {

// Every command, as its words. A new command belongs here too (globalHelpListsEveryCommand says so).
const QList<QStringList> &allCommands()
{
    static const QList<QStringList> all = [] {
        QList<QStringList> list;
        for (const char *line : {"init",
                                 "demo",
                                 "generate",
                                 "cases",
                                 "card",
                                 "answer",
                                 "complete",
                                 "defects",
                                 "defect list",
                                 "defect remediate",
                                 "defect verify",
                                 "defect reopen",
                                 "defect reassign",
                                 "defect due",
                                 "export",
                                 "import-cases",
                                 "import-events",
                                 "import-answers",
                                 "round create",
                                 "round list",
                                 "round show",
                                 "round assign",
                                 "round close",
                                 "round actions",
                                 "approve",
                                 "send-back",
                                 "reopen",
                                 "action-rule add",
                                 "action-rule list",
                                 "action-rule done",
                                 "report",
                                 "grants import",
                                 "grants rates",
                                 "grants report",
                                 "report status",
                                 "complaints import",
                                 "complaints add",
                                 "complaints list",
                                 "complaints remove",
                                 "complaints report",
                                 "plan list",
                                 "plan create",
                                 "plan add-theme",
                                 "plan add-action",
                                 "plan status",
                                 "plan late",
                                 "calendar",
                                 "deadline",
                                 "templates",
                                 "template export",
                                 "template import",
                                 "server init",
                                 "server upgrade",
                                 "server add-user",
                                 "server import-file",
                                 "server export-file",
                                 "users add",
                                 "users list",
                                 "users set-role",
                                 "users deactivate",
                                 "users activate",
                                 "audit verify",
                                 "history",
                                 "access-log",
                                 "access-log-purge",
                                 "trust-settings",
                                 "backup",
                                 "check",
                                 "restore",
                                 "delete-case",
                                 "reveal-cpr"})
            list << QString::fromLatin1(line).split(u' ');
        return list;
    }();
    return all;
}

const QStringList &groups()
{
    static const QStringList all = {
        QStringLiteral("defect"),   QStringLiteral("round"),      QStringLiteral("action-rule"),
        QStringLiteral("template"), QStringLiteral("users"),      QStringLiteral("audit"),
        QStringLiteral("grants"),   QStringLiteral("complaints"), QStringLiteral("plan")};
    return all;
}

} // namespace

class TestCliArgs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    bool m_testHooks = false; // the CLI was built with SAGSTJEK_TEST_HOOKS (selftest-writer)

    QStringList commandsInThisBuild() const
    {
        QStringList names;
        for (const QStringList &words : allCommands())
            names << words.join(u' ');
        if (m_testHooks)
            names << QStringLiteral("selftest-writer");
        return names;
    }

    // The database file and its WAL, to prove a refused command left them alone.
    QByteArray databaseState() const
    {
        QByteArray state = testsupport::fileHash(m_db);
        if (QFile::exists(m_db + QStringLiteral("-wal")))
            state += testsupport::fileHash(m_db + QStringLiteral("-wal"));
        return state;
    }

    // Runs `arguments` on the test database and checks the refusal: exit 1, `message` and the command's usage
    // on stderr, nothing on stdout, the database untouched.
    void expectUsageError(const QStringList &arguments, const QString &message, const QString &command)
    {
        const QByteArray before = databaseState();
        const auto run = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(run.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(err)));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Usage: sagstjek-cli %1").arg(command)), qPrintable(err));
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(databaseState(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("args.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo")}).exitCode, 0);
        m_testHooks = runCli({QStringLiteral("selftest-writer"), QStringLiteral("--help")}).exitCode == 0;
    }

    void everyCommandPrintsItsOwnHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QString &name : commandsInThisBuild())
            QTest::newRow(qPrintable(name)) << name.split(u' ');
    }

    void everyCommandPrintsItsOwnHelp()
    {
        QFETCH(QStringList, command);
        const auto run = runCli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("Usage: sagstjek-cli %1").arg(command.join(u' '))), qPrintable(out));
        // Its own help, not the global list of commands.
        QVERIFY2(!out.contains(u"\nCommands:"), qPrintable(out));
        // Each option in the usage line is explained.
        const QString usage = out.section(u'\n', 0, 0);
        static const QRegularExpression optionPattern(QStringLiteral("(?:^|[ \\[])(--?[a-z][a-z-]*)"));
        for (auto it = optionPattern.globalMatch(usage); it.hasNext();) {
            const QString option = it.next().captured(1);
            QVERIFY2(out.contains(QStringLiteral("\n  %1").arg(option)), qPrintable(option + u'\n' + out));
        }
        // -h works as --help.
        QCOMPARE(runCli(command + QStringList{QStringLiteral("-h")}).out, run.out);
    }

    void globalHelpListsEveryCommand()
    {
        const auto run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.startsWith(u"Usage: sagstjek-cli "));
        QStringList listed; // the command lines: indented by two spaces (their summaries by six)
        for (const QString &line : out.split(u'\n'))
            if (line.startsWith(u"  ") && !line.startsWith(u"   "))
                listed << line.trimmed();
        const QStringList expected = commandsInThisBuild();
        for (const QString &name : expected) {
            bool found = false;
            for (const QString &line : listed)
                found = found || line == name || line.startsWith(name + u' ');
            QVERIFY2(found, qPrintable(name + u" is missing from\n"_s + out));
        }
        // …and nothing else: a command added without a help test shows up here.
        QCOMPARE(listed.size(), expected.size());
        // Without a command the same list is the usage error.
        const auto none = runCli({});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err, run.out);
    }

    void aGroupWithoutSubcommandPrintsItsUsage_data()
    {
        QTest::addColumn<QString>("group");
        for (const QString &group : groups())
            QTest::newRow(qPrintable(group)) << group;
    }

    void aGroupWithoutSubcommandPrintsItsUsage()
    {
        QFETCH(QString, group);
        const auto run = runCli({QStringLiteral("--db"), m_db, group});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("Usage: sagstjek-cli %1 ").arg(group)), qPrintable(err));
        int subcommands = 0;
        for (const QStringList &words : allCommands())
            if (words.first() == group) {
                ++subcommands;
                QVERIFY2(err.contains(QStringLiteral("\n  %1\n").arg(words.join(u' '))) ||
                             err.contains(QStringLiteral("\n  %1 ").arg(words.join(u' '))),
                         qPrintable(words.join(u' ') + u'\n' + err));
            }
        QVERIFY(subcommands > 0);
        // Asked for, it is help: stdout, exit 0.
        const auto help = runCli({group, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out, run.err);
        // An unknown subcommand is named, with the group's usage.
        const auto unknown = runCli({QStringLiteral("--db"), m_db, group, QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("\"frobnicate\""));
        QVERIFY(unknown.err.contains(run.err));
    }

    void unknownOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QString &name : commandsInThisBuild())
            QTest::newRow(qPrintable(name)) << name.split(u' ');
    }

    void unknownOptionsAreRefused()
    {
        QFETCH(QStringList, command);
        expectUsageError(command + QStringList{QStringLiteral("--no-such-option")},
                         QStringLiteral("Unknown option --no-such-option."), command.join(u' '));
    }

    // Every date option of every command (found in its help), --as-of among them, refuses a date that is not
    // one. Option values are checked before the positionals, so no other argument is needed.
    void badDatesAreRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("option");
        static const QRegularExpression dateOption(QStringLiteral("^  (--[a-z-]+) DATE(?: |$)"),
                                                   QRegularExpression::MultilineOption);
        QStringList found;
        for (const QString &name : commandsInThisBuild()) {
            const QStringList command = name.split(u' ');
            const auto help = runCli(command + QStringList{QStringLiteral("--help")});
            for (auto it = dateOption.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
                const QString option = it.next().captured(1);
                found << name + u' ' + option;
                QTest::newRow(qPrintable(name + u' ' + option)) << command << option;
            }
        }
        // The commands that take --as-of are among them (and the help still says DATE).
        QVERIFY2(found.contains(u"card --as-of"_s), qPrintable(found.join(u", ")));
        QVERIFY2(found.contains(u"import-cases --as-of"_s), qPrintable(found.join(u", ")));
        QVERIFY2(found.size() >= 10, qPrintable(found.join(u", ")));
    }

    void badDatesAreRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, option);
        for (const QString &bad : {QStringLiteral("2024-02-30"), QStringLiteral("01-02-2024"),
                                   QStringLiteral("tomorrow"), QStringLiteral("2024-1-5")})
            expectUsageError(command + QStringList{option, bad},
                             QStringLiteral("%1 needs a date written YYYY-MM-DD").arg(option), command.join(u' '));
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("command");
        auto row = [](const char *name, const QString &line, const QString &message, const QString &command) {
            QTest::newRow(name) << line.split(u' ') << message << command;
        };
        // Missing positionals.
        row("card: no case", u"card"_s, u"CASE_NUMBER is missing."_s, u"card"_s);
        row("answer: no answer", u"answer INT-2018-0103 integration.contract.goal"_s, u"ANSWER is missing."_s,
            u"answer"_s);
        row("complete: no case", u"complete"_s, u"CASE_NUMBER is missing."_s, u"complete"_s);
        row("history: no case", u"history"_s, u"CASE_NUMBER is missing."_s, u"history"_s);
        row("reveal-cpr: no case", u"reveal-cpr"_s, u"CASE_NUMBER is missing."_s, u"reveal-cpr"_s);
        row("delete-case: no case", u"delete-case --reason x"_s, u"CASE_NUMBER is missing."_s, u"delete-case"_s);
        row("approve: no case", u"approve --round R"_s, u"CASE_NUMBER is missing."_s, u"approve"_s);
        row("users add: no name", u"users add --role administrator"_s, u"NAME is missing."_s, u"users add"_s);
        row("users set-role: no role", u"users set-role someone"_s, u"ROLE is missing."_s, u"users set-role"_s);
        row("round create: no name", u"round create"_s, u"NAME is missing."_s, u"round create"_s);
        row("round show: no name", u"round show"_s, u"NAME is missing."_s, u"round show"_s);
        row("defect remediate: no id", u"defect remediate --note x"_s, u"ID is missing."_s, u"defect remediate"_s);
        row("action-rule done: no id", u"action-rule done"_s, u"ACTION_ID is missing."_s, u"action-rule done"_s);
        row("calendar: no year", u"calendar"_s, u"YEAR is missing."_s, u"calendar"_s);
        row("template export: no key", u"template export -o x.json"_s, u"KEY is missing."_s, u"template export"_s);
        row("template import: no file", u"template import"_s, u"FILE is missing."_s, u"template import"_s);
        row("import-cases: no file", u"import-cases"_s, u"FILE is missing."_s, u"import-cases"_s);
        row("restore: no file", u"restore"_s, u"FILE is missing."_s, u"restore"_s);
        row("export: nothing named", u"export -o x.csv"_s, u"WHAT is missing."_s, u"export"_s);
        // Extra positionals (they were ignored by some commands).
        row("cases: extra", u"cases extra"_s, u"Unexpected argument \"extra\"."_s, u"cases"_s);
        row("card: two cases", u"card INT-2018-0103 B"_s, u"Unexpected argument \"B\"."_s, u"card"_s);
        row("init: extra", u"init extra"_s, u"Unexpected argument \"extra\"."_s, u"init"_s);
        row("round list: extra", u"round list R"_s, u"Unexpected argument \"R\"."_s, u"round list"_s);
        row("audit verify: extra", u"audit verify now"_s, u"Unexpected argument \"now\"."_s, u"audit verify"_s);
        // Required options, and options without their value or given twice.
        row("backup: no file", u"backup"_s, u"-o is missing"_s, u"backup"_s);
        row("export: no file", u"export cases"_s, u"-o is missing"_s, u"export"_s);
        row("deadline: no start", u"deadline --period P1M"_s, u"--from is missing"_s, u"deadline"_s);
        row("import-answers: no template", u"import-answers sheet.csv"_s, u"--template is missing"_s,
            u"import-answers"_s);
        row("defect due: no date", u"defect due 1"_s, u"--date is missing"_s, u"defect due"_s);
        row("approve: no round", u"approve INT-2018-0103"_s, u"--round is missing"_s, u"approve"_s);
        row("card: --as-of without value", u"card INT-2018-0103 --as-of"_s, u"--as-of needs a value."_s, u"card"_s);
        row("cases: --area twice", u"cases --area a --area b"_s, u"--area is given more than once"_s, u"cases"_s);
        // Bad integers.
        row("calendar: year out of range", u"calendar 1800"_s, u"YEAR needs a whole number from 1900 to 2200"_s,
            u"calendar"_s);
        row("calendar: year not a number", u"calendar next"_s, u"YEAR needs a whole number"_s, u"calendar"_s);
        row("round create: negative size", u"round create R --size -1"_s, u"--size needs a whole number"_s,
            u"round create"_s);
        row("round create: size in words", u"round create R --size many"_s, u"--size needs a whole number"_s,
            u"round create"_s);
        row("round create: bad seed", u"round create R --seed -1"_s, u"--seed needs a whole number"_s,
            u"round create"_s);
        row("template export: bad version", u"template export integration --version latest -o x.json"_s,
            u"--version needs a whole number"_s, u"template export"_s);
        row("access-log-purge: months in words", u"access-log-purge --older-than-months six"_s,
            u"--older-than-months needs a whole number"_s, u"access-log-purge"_s);
        row("trust-settings: keep 0", u"trust-settings --backup-keep 0"_s,
            u"--backup-keep needs a whole number from 1 to 1000"_s, u"trust-settings"_s);
        row("trust-settings: 5 months", u"trust-settings --access-log-months 5"_s,
            u"--access-log-months needs a whole number from 6 to 1200"_s, u"trust-settings"_s);
        row("action-rule done: id in words", u"action-rule done first"_s, u"ACTION_ID needs a whole number"_s,
            u"action-rule done"_s);
        row("action-rule add: share in words", u"action-rule add R --share-above lots"_s,
            u"--share-above needs a number"_s, u"action-rule add"_s);
        // Bad choices.
        row("answer: maybe", u"answer INT-2018-0103 integration.contract.goal maybe"_s,
            u"ANSWER takes met, not-met or na, not \"maybe\"."_s, u"answer"_s);
        row("export: nonsense", u"export nonsense -o x.csv"_s, u"WHAT takes cases, answers, answers-wide or defects"_s,
            u"export"_s);
        row("export: pdf", u"export cases --format pdf -o x.pdf"_s, u"--format takes csv or xlsx"_s, u"export"_s);
        row("export: dialect", u"export cases --dialect tabs -o x.csv"_s, u"--dialect takes excel or rfc4180"_s,
            u"export"_s);
        row("round create: kind", u"round create R --kind census"_s,
            u"--kind takes walkthrough, sample, supervision or self-check"_s, u"round create"_s);
        row("round create: stratify", u"round create R --stratify age"_s,
            u"--stratify takes area, caseworker or team"_s, u"round create"_s);
        row("deadline: roll", u"deadline --from 2024-01-01 --period P1M --roll back"_s,
            u"--roll takes none or next-working-day"_s, u"deadline"_s);
        row("deadline: period", u"deadline --from 2024-01-01 --period soon"_s, u"--period needs a period like"_s,
            u"deadline"_s);
        row("trust-settings: daily maybe", u"trust-settings --daily-backup maybe"_s,
            u"--daily-backup takes on or off"_s, u"trust-settings"_s);
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(QString, command);
        expectUsageError(arguments, message, command);
    }

    // selftest-writer is in a build with SAGSTJEK_TEST_HOOKS (the tests' build) and in no other.
    void theTestOnlyCommandFollowsTheBuildOption()
    {
#ifdef SAGSTJEK_TEST_HOOKS
        QVERIFY(m_testHooks);
#else
        QVERIFY(!m_testHooks);
        const auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("selftest-writer")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Unknown command \"selftest-writer\""));
#endif
        QCOMPARE(runCli({QStringLiteral("--help")}).out.contains("selftest-writer"), m_testHooks);
    }
};

QTEST_GUILESS_MAIN(TestCliArgs)
#include "tst_cli_args.moc"
