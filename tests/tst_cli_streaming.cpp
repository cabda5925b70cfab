// The CLI's listings stream (issue 13): `cases`, `defects`, `defect list`, `access-log`, `history` and `round show`
// write each row as they read it, in keyset pages, and print exactly the JSON a single QJsonDocument would;
// --limit and --after page through them; a listing is one access-log entry however many rows it prints.
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sagstjek;
using namespace Qt::StringLiterals;

class TestCliStreaming : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    testsupport::CliRun cli(QStringList arguments)
    {
        return testsupport::runCli(QStringList{QStringLiteral("--db"), m_path} + arguments);
    }

    QJsonArray jsonOf(const QStringList &arguments)
    {
        const auto run = cli(arguments + QStringList{QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not a JSON array: %s", qPrintable(error.errorString()));
        // Byte for byte what one QJsonDocument of the whole array writes (the output before streaming).
        if (QJsonDocument(document.array()).toJson(QJsonDocument::Indented) != run.out)
            qWarning("the streamed JSON differs from QJsonDocument's");
        return QJsonDocument(document.array()).toJson(QJsonDocument::Indented) == run.out ? document.array()
                                                                                          : QJsonArray();
    }

    // The same for a command whose output is one object (round show).
    QJsonObject jsonObjectOf(const QStringList &arguments)
    {
        const auto run = cli(arguments + QStringList{QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", qPrintable(error.errorString()));
        if (QJsonDocument(document.object()).toJson(QJsonDocument::Indented) != run.out) {
            qWarning("the streamed JSON differs from QJsonDocument's");
            return {};
        }
        return document.object();
    }

    static QStringList strings(const QJsonValue &array)
    {
        QStringList values;
        for (const QJsonValue &value : array.toArray())
            values << value.toString();
        return values;
    }

    static QStringList column(const QJsonArray &rows, const QString &key)
    {
        QStringList values;
        for (const QJsonValue &row : rows)
            values << row[key].toVariant().toString();
        return values;
    }

    qint64 accessLogRows(const QString &action)
    {
        auto db = Database::openReader(m_path);
        return sql::scalar(sqlOf(*db.value()), QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                           {action})
            ->toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("list.db"));
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("list.db"), true);
        // More than two of the CLI's pages of cases (1,000) and of defects (500).
        testsupport::addReviewedCases(*db, 2100, 1);
        // A case whose history is more than two of its pages (500).
        auto caseId = db->cases().idForNumber(QStringLiteral("B-000007"));
        QVERIFY(caseId.ok());
        const auto recorded = db->transaction([&]() -> Status {
            for (int i = 0; i < 1100; ++i) {
                AuditEntry entry;
                entry.user = QStringLiteral("tester");
                entry.action = QStringLiteral("answer.set");
                entry.entity = QStringLiteral("answer");
                entry.entityId = QStringLiteral("%1/item.%2").arg(caseId.value()).arg(i % 3);
                entry.caseId = caseId.value();
                entry.after = QJsonObject{{QStringLiteral("answer"), i % 2 ? u"met"_s : u"not-met"_s}};
                if (auto done = db->audit().record(entry); !done)
                    return done;
            }
            return Ok{};
        });
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
        // Names the JSON must escape: quotes, a backslash, Danish letters and an emoji (written the quick way), a
        // tab (written by QJsonDocument itself).
        CaseFile quoted;
        quoted.caseNumber = QStringLiteral("Z-quoted");
        quoted.name = u"Åse \"Citat\" \\ Ørn 😀"_s;
        quoted.area = QStringLiteral("integration");
        CaseFile control = quoted;
        control.caseNumber = QStringLiteral("Z-control");
        control.name = u"Bo\tTab"_s;
        QVERIFY(addCases(*db, {quoted, control}).ok());
        db.reset();
        // A walkthrough of every case (more than four of round show's pages of 500), some of them assigned.
        const auto created = cli({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("Alle"),
                                  QStringLiteral("--kind"), QStringLiteral("walkthrough")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const auto assigned = cli({QStringLiteral("round"), QStringLiteral("assign"), QStringLiteral("Alle"),
                                   QStringLiteral("--evenly"), QStringLiteral("kons,koord")});
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
    }

    void theStreamedJsonIsWhatOneDocumentWouldBe()
    {
        const QJsonArray cases = jsonOf({QStringLiteral("cases")});
        QVERIFY(cases.size() > 2100);
        QCOMPARE(cases.first()[QStringLiteral("cpr")].toString().right(4), QStringLiteral("XXXX")); // masked
        const QStringList numbers = column(cases, QStringLiteral("case_number"));
        QStringList sorted = numbers;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(numbers, sorted);
        const auto nameOf = [&](const QString &number) {
            for (const auto &row : cases)
                if (row[QStringLiteral("case_number")].toString() == number)
                    return row[QStringLiteral("name")].toString();
            return QString();
        };
        QCOMPARE(nameOf(QStringLiteral("Z-quoted")), u"Åse \"Citat\" \\ Ørn 😀"_s);
        QCOMPARE(nameOf(QStringLiteral("Z-control")), u"Bo\tTab"_s);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size()); // no row twice
        QVERIFY(jsonOf({QStringLiteral("defects")}).size() > 2100);
        QVERIFY(jsonOf({QStringLiteral("defect"), QStringLiteral("list")}).size() > 2100);
        QVERIFY(!jsonOf({QStringLiteral("access-log")}).isEmpty());
        // Nothing found: the empty array as QJsonDocument writes it.
        const auto none = cli({QStringLiteral("cases"), QStringLiteral("--search"), QStringLiteral("ZZZ-none"),
                               QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
    }

    void limitAndAfterPageThroughTheCases()
    {
        const QStringList all = column(jsonOf({QStringLiteral("cases")}), QStringLiteral("case_number"));
        const QStringList first =
            column(jsonOf({QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("7")}),
                   QStringLiteral("case_number"));
        QCOMPARE(first, all.mid(0, 7));
        // Across the CLI's own page of 1,000.
        const QStringList next = column(jsonOf({QStringLiteral("cases"), QStringLiteral("--after"), first.last(),
                                                QStringLiteral("--limit"), QStringLiteral("1500")}),
                                        QStringLiteral("case_number"));
        QCOMPARE(next, all.mid(7, 1500));
        const QStringList rest = column(jsonOf({QStringLiteral("cases"), QStringLiteral("--after"), next.last()}),
                                        QStringLiteral("case_number"));
        QCOMPARE(first + next + rest, all);
        // The same pages in the text output.
        const auto text = cli({QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(text.out.count('\n'), 3);
        QVERIFY(text.out.startsWith(all.first().toUtf8() + '\t'));
        // A filter pages the same way.
        const QStringList area =
            column(jsonOf({QStringLiteral("cases"), QStringLiteral("--area"), QStringLiteral("integration")}),
                   QStringLiteral("case_number"));
        const QStringList areaPage =
            column(jsonOf({QStringLiteral("cases"), QStringLiteral("--area"), QStringLiteral("integration"),
                           QStringLiteral("--after"), area.at(9), QStringLiteral("--limit"), QStringLiteral("20")}),
                   QStringLiteral("case_number"));
        QCOMPARE(areaPage, area.mid(10, 20));
    }

    void limitAndAfterPageThroughTheDefects_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("defects") << QStringList{QStringLiteral("defects")};
        QTest::newRow("defect list") << QStringList{QStringLiteral("defect"), QStringLiteral("list")};
    }
    void limitAndAfterPageThroughTheDefects()
    {
        QFETCH(QStringList, command);
        const QStringList all = column(jsonOf(command), QStringLiteral("id"));
        const QStringList first = column(
            jsonOf(command + QStringList{QStringLiteral("--limit"), QStringLiteral("600")}), QStringLiteral("id"));
        QCOMPARE(first, all.mid(0, 600));
        const QStringList rest =
            column(jsonOf(command + QStringList{QStringLiteral("--after"), first.last()}), QStringLiteral("id"));
        QCOMPARE(first + rest, all);
    }

    void limitAndAfterPageThroughTheAccessLog()
    {
        const QStringList all = column(jsonOf({QStringLiteral("access-log")}), QStringLiteral("id"));
        QVERIFY(all.size() >= 10);
        const QStringList first =
            column(jsonOf({QStringLiteral("access-log"), QStringLiteral("--limit"), QStringLiteral("4")}),
                   QStringLiteral("id"));
        QCOMPARE(first, all.mid(0, 4));
        const QStringList rest = column(jsonOf({QStringLiteral("access-log"), QStringLiteral("--after"), first.last()}),
                                        QStringLiteral("id"));
        // The extracts made since `all` was read log themselves after it.
        QCOMPARE(rest.mid(0, all.size() - 4), all.mid(4));
    }

    void limitAndAfterPageThroughAHistory()
    {
        const QStringList history{QStringLiteral("history"), QStringLiteral("B-000007")};
        const QJsonArray records = jsonOf(history);
        QVERIFY(records.size() >= 1100);
        const QStringList all = column(records, QStringLiteral("id"));
        QVERIFY(std::is_sorted(all.cbegin(), all.cend(),
                               [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); }));
        const QStringList first = column(
            jsonOf(history + QStringList{QStringLiteral("--limit"), QStringLiteral("600")}), QStringLiteral("id"));
        QCOMPARE(first, all.mid(0, 600));
        const QStringList middle = column(jsonOf(history + QStringList{QStringLiteral("--after"), first.last(),
                                                                       QStringLiteral("--limit"), QStringLiteral("3")}),
                                          QStringLiteral("id"));
        QCOMPARE(middle, all.mid(600, 3));
        const QStringList rest =
            column(jsonOf(history + QStringList{QStringLiteral("--after"), middle.last()}), QStringLiteral("id"));
        QCOMPARE(first + middle + rest, all);
        // One answer's history pages too.
        const QStringList item = column(jsonOf(history + QStringList{QStringLiteral("--item"), QStringLiteral("item.1"),
                                                                     QStringLiteral("--limit"), QStringLiteral("5")}),
                                        QStringLiteral("entity_id"));
        QCOMPARE(item.size(), 5);
        for (const QString &entity : item)
            QVERIFY2(entity.endsWith(u"/item.1"_s), qPrintable(entity));
        // The text starts each record with its id, for --after.
        const auto text = cli(history + QStringList{QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.split('\n');
        QVERIFY(lines.first().startsWith(all.at(0).toUtf8() + '\t'));
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                               [](const QByteArray &line) { return !line.isEmpty() && !line.startsWith(' '); }),
                 2);
        // A look at a case is one access-log entry, however many pages it read.
        const qint64 before = accessLogRows(QStringLiteral("history"));
        QVERIFY(jsonOf(history).size() >= 1100);
        QCOMPARE(accessLogRows(QStringLiteral("history")), before + 1);
    }

    void limitAndAfterPageThroughARound()
    {
        const QStringList show{QStringLiteral("round"), QStringLiteral("show"), QStringLiteral("Alle")};
        const QJsonObject whole = jsonObjectOf(show);
        const QJsonArray cases = whole[QStringLiteral("cases")].toArray();
        QVERIFY(cases.size() > 2100);
        QCOMPARE(whole[QStringLiteral("in_scope")].toInt(), cases.size());
        const QStringList numbers = column(cases, QStringLiteral("case_number"));
        QCOMPARE(strings(whole[QStringLiteral("sample")]), numbers);
        QCOMPARE(strings(whole[QStringLiteral("remaining_cases")]).size(), whole[QStringLiteral("remaining")].toInt());
        const QJsonArray assignments = whole[QStringLiteral("assignments")].toArray();
        QCOMPARE(assignments.size(), 2);
        qsizetype assignedCases = 0;
        for (const QJsonValue &a : assignments) {
            QCOMPARE(strings(a[QStringLiteral("cases")]).size(), a[QStringLiteral("in_scope")].toInt());
            assignedCases += a[QStringLiteral("cases")].toArray().size();
        }
        QCOMPARE(assignedCases + whole[QStringLiteral("unassigned")].toInt(), cases.size());

        // A page: every list in it is drawn from the page's cases; the figures are the round's.
        const QJsonObject first = jsonObjectOf(show + QStringList{QStringLiteral("--limit"), QStringLiteral("700")});
        const QJsonArray firstCases = first[QStringLiteral("cases")].toArray();
        QCOMPARE(firstCases, QJsonArray::fromVariantList(cases.toVariantList().mid(0, 700)));
        QCOMPARE(strings(first[QStringLiteral("sample")]), numbers.mid(0, 700));
        QStringList remaining;
        for (const QJsonValue &rc : firstCases)
            if (rc[QStringLiteral("status")].toString() != u"completed" &&
                rc[QStringLiteral("status")].toString() != u"approved")
                remaining << rc[QStringLiteral("case_number")].toString();
        QCOMPARE(strings(first[QStringLiteral("remaining_cases")]), remaining);
        for (const QJsonValue &a : first[QStringLiteral("assignments")].toArray()) {
            QStringList own;
            for (const QJsonValue &rc : firstCases)
                if (rc[QStringLiteral("reviewer")].toString() == a[QStringLiteral("reviewer")].toString())
                    own << rc[QStringLiteral("case_number")].toString();
            QVERIFY(!own.isEmpty());
            QCOMPARE(strings(a[QStringLiteral("cases")]), own);
        }
        for (const char *figure : {"in_scope", "reviewed", "remaining", "population", "unassigned"})
            QCOMPARE(first[QLatin1String(figure)], whole[QLatin1String(figure)]);
        // The next pages continue after the last draw order listed.
        const QString last = QString::number(firstCases.last()[QStringLiteral("draw_order")].toInteger());
        const QJsonObject second = jsonObjectOf(
            show + QStringList{QStringLiteral("--after"), last, QStringLiteral("--limit"), QStringLiteral("900")});
        const QString secondLast =
            QString::number(second[QStringLiteral("cases")].toArray().last()[QStringLiteral("draw_order")].toInteger());
        const QJsonObject rest = jsonObjectOf(show + QStringList{QStringLiteral("--after"), secondLast});
        QCOMPARE(column(firstCases, QStringLiteral("case_number")) +
                     column(second[QStringLiteral("cases")].toArray(), QStringLiteral("case_number")) +
                     column(rest[QStringLiteral("cases")].toArray(), QStringLiteral("case_number")),
                 numbers);
        QCOMPARE(strings(second[QStringLiteral("sample")]) + strings(rest[QStringLiteral("sample")]), numbers.mid(700));
        // Past the end: empty lists, the same figures.
        const QJsonObject none = jsonObjectOf(show + QStringList{QStringLiteral("--after"), QStringLiteral("999999"),
                                                                 QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY(none[QStringLiteral("cases")].toArray().isEmpty());
        QVERIFY(none[QStringLiteral("sample")].toArray().isEmpty());
        QCOMPARE(none[QStringLiteral("in_scope")], whole[QStringLiteral("in_scope")]);

        // Starting a round writes its sample as it reads it too: the same JSON as one document.
        const QJsonObject created =
            jsonObjectOf({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("Alle igen"),
                          QStringLiteral("--kind"), QStringLiteral("walkthrough")});
        QCOMPARE(strings(created[QStringLiteral("sample")]), numbers);
        QCOMPARE(created[QStringLiteral("population")], whole[QStringLiteral("population")]);

        // The text lists the cases with the draw order first, and pages the same way.
        const auto text =
            cli(show + QStringList{QStringLiteral("--after"), last, QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(text.exitCode, 0);
        QStringList listed;
        for (const QByteArray &line : text.out.split('\n'))
            if (line.startsWith("  ") && line.count('\t') == 4)
                listed << QString::fromUtf8(line.trimmed().split('\t').at(1));
        QCOMPARE(listed, numbers.mid(700, 3));
    }

    void aListingIsOneAccessLogEntry()
    {
        const qint64 before = accessLogRows(QStringLiteral("search"));
        QVERIFY(jsonOf({QStringLiteral("cases")}).size() > 2100);
        QCOMPARE(accessLogRows(QStringLiteral("search")), before + 1);
        QVERIFY(jsonOf({QStringLiteral("cases"), QStringLiteral("--area"), QStringLiteral("integration"),
                        QStringLiteral("--limit"), QStringLiteral("5")})
                    .size() == 5);
        QCOMPARE(accessLogRows(QStringLiteral("search")), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStreaming)
#include "tst_cli_streaming.moc"
