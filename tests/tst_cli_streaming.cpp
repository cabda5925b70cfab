// The CLI's listings stream (issue 13): `cases`, `defects`, `defect list` and `access-log` write each row as they
// read it, in keyset pages, and print exactly the JSON a single QJsonDocument would; --limit and --after page
// through them; a listing is one access-log entry however many rows it prints.
#include "storage/sqlite/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sagstjek;

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
