// The access-log model (issue 13): a keyset-paged list over AccessLogService, newest first. The first page is read
// when a query is set and further pages as a view scrolls (fetchMore), with no OFFSET in the SQL; the log as it
// stood when the query was set (its own extract entry is not listed); one "extract" entry per query however many
// pages are read; the period and case-number filters; a refusal for a user without ViewAccessLog; CPR masked.
// tst_queryplans checks the model's statements (keyset, no OFFSET).
#include "itemmodels/accesslogmodel.h"
#include "services/accesslogservice.h"
#include "services/session.h"
#include "storage/accesslog.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sagstjek;

class TestAccessLogModel : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QString m_caseNumber; // the case 250 entries are about
    qint64 m_caseId = 0;

    int extracts(const QString &user)
    {
        return sql::scalar(sqlOf(*m_db),
                           QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'extract' AND user_name = ?"),
                           {user})
            ->toInt();
    }

    int entries() { return sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM access_log"))->toInt(); }

    static void fetchAll(AccessLogModel &model)
    {
        while (model.canFetchMore())
            model.fetchMore();
    }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase(true);
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("leder"), Role::Leader);
        testsupport::addUser(*m_db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        const CaseRow first = m_db->cases().page(CaseFilter{}, 0, 1).value().constFirst();
        m_caseNumber = first.caseNumber;
        m_caseId = first.id;
        // More than two of the model's pages (200): 250 about one case, 250 about others, 20 in January 2025.
        const auto written = m_db->transaction([&]() -> Status {
            for (int i = 0; i < 500; ++i) {
                AccessEntry e;
                e.user = i % 2 ? QStringLiteral("kon") : QStringLiteral("koord");
                e.action = QStringLiteral("open");
                e.caseId = i < 250 ? m_caseId : 0;
                e.caseNumber = i < 250 ? m_caseNumber : QStringLiteral("X-%1").arg(i);
                if (auto done = m_db->accessLog().record(e); !done)
                    return done;
            }
            for (int i = 0; i < 20; ++i) {
                AccessEntry e;
                e.at = QStringLiteral("2025-01-%1T10:00:00.000Z").arg(10 + i % 5, 2, 10, QLatin1Char('0'));
                e.user = QStringLiteral("kon");
                e.action = QStringLiteral("search");
                e.criterion = QStringLiteral("cpr=0101901234 gammel søgning"); // as a careless writer might
                if (auto done = m_db->accessLog().record(e); !done)
                    return done;
            }
            return Ok{};
        });
        QVERIFY(written.ok());
    }

    void pagesNewestFirstAndLogsOnce()
    {
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"));
        AccessLogService service(*leader.session);
        AccessLogModel model(service);
        QCOMPARE(model.rowCount(), 0); // nothing read before a query is set
        const int before = entries();
        QVERIFY(model.setQuery({}).ok());
        QCOMPARE(extracts(QStringLiteral("leder")), 1);
        QCOMPARE(model.rowCount(), AccessLogModel::PageSize); // the first page at once
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(model.rowCount(), 2 * AccessLogModel::PageSize);
        fetchAll(model);
        QVERIFY(model.isComplete());
        // The log as it stood: every entry before the query, not the extract's own.
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(extracts(QStringLiteral("leder")), 1); // however many pages were read
        QCOMPARE(entries(), before + 1);
        // Newest first, each entry once.
        QSet<qint64> ids;
        QString previous = QStringLiteral("9999");
        for (int row = 0; row < model.rowCount(); ++row) {
            const AccessEntry &e = model.entryAt(row);
            QVERIFY2(e.at <= previous, qPrintable(e.at));
            previous = e.at;
            ids.insert(e.id);
            QCOMPARE(model.index(row, 0).data(AccessLogModel::EntryIdRole).toLongLong(), e.id);
        }
        QCOMPARE(ids.size(), model.rowCount());
        QCOMPARE(model.entryAt(model.rowCount() - 1).at.left(7), QStringLiteral("2025-01"));
        // A new query is a new extract, logged once again; the earlier extract is now in the log.
        QVERIFY(model.setQuery({}).ok());
        QCOMPARE(extracts(QStringLiteral("leder")), 2);
        QCOMPARE(model.entryAt(0).action, QStringLiteral("extract"));
        QCOMPARE(model.index(0, AccessLogModel::Action).data().toString(), QStringLiteral("Read the access log"));
        QCOMPARE(model.index(0, AccessLogModel::User).data().toString(), QStringLiteral("leder"));
    }

    void theFiltersNarrowTheList()
    {
        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"));
        AccessLogService service(*admin.session);
        AccessLogModel model(service);
        AccessLogQuery byCase;
        byCase.caseNumber = m_caseNumber;
        QVERIFY(model.setQuery(byCase).ok());
        fetchAll(model);
        QVERIFY(model.rowCount() >= 250); // the demo data's own look-ups of it besides
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, AccessLogModel::CaseNumber).data().toString(), m_caseNumber);
        QCOMPARE(extracts(QStringLiteral("admin")), 1);
        const QString criterion =
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT criterion FROM access_log WHERE action = 'extract'"))
                ->toString();
        QCOMPARE(criterion, QStringLiteral("case=") + m_caseNumber);

        AccessLogQuery january;
        january.from = QStringLiteral("2025-01-11T00:00:00.000Z");
        january.to = QStringLiteral("2025-01-13T00:00:00.000Z");
        QVERIFY(model.setQuery(january).ok());
        QCOMPARE(model.rowCount(), 8); // the 11th and the 12th, four each
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.index(0, AccessLogModel::Time).data().toString().left(10), QStringLiteral("2025-01-12"));
        // A CPR number in a criterion is masked in the list.
        const QString detail = model.index(0, AccessLogModel::Detail).data().toString();
        QVERIFY2(!detail.contains(QStringLiteral("0101901234")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("010190-XXXX")), qPrintable(detail));
        QCOMPARE(extracts(QStringLiteral("admin")), 2);
    }

    void aCaseworkerIsRefused()
    {
        auto caseworker = testsupport::actor(*m_db, QStringLiteral("ali"));
        AccessLogService service(*caseworker.session);
        AccessLogModel model(service);
        QSignalSpy errors(&model, &AccessLogModel::errorOccurred);
        const Status opened = model.setQuery({});
        QVERIFY(!opened.ok());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(extracts(QStringLiteral("ali")), 0);
        // The refusal itself is logged.
        QVERIFY(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'refused' AND "
                                                         "user_name = 'ali'"))
                    ->toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogModel)
#include "tst_accesslogmodel.moc"
