// The review service on a team server (issue 11): colleagues saving and starting at the same moment, what one key
// press sends to the server (counted in its own statement log), and when a unit of work takes the audit chain's head.
// The rest of the service is tst_reviewservice, on both backends.
#include "reviewfixture.h"
#include "services/reviewservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <QtConcurrent>

#include <functional>
#include <optional>

using namespace sagstjek;

namespace {

// A colleague's key press on `key` of the case `ref`, made in a thread of its own from a connection of their own with
// the card open and showing `seen` (as a second app does): none when it saved, else why not.
QFuture<std::optional<Error>> colleaguesPress(const QString &location, const QString &who, const ReviewRef &ref,
                                              const QString &key, AnswerValue value, const ItemState &seen)
{
    return QtConcurrent::run([=]() -> std::optional<Error> {
        auto other = Database::open(location, Database::OpenMode::OpenExisting);
        if (!other)
            return other.error();
        auto colleague = testsupport::actor(*other.value(), who);
        ReviewService service(*colleague.session);
        if (auto opened = service.load(ref); !opened)
            return opened.error();
        auto saved = service.answer(ref, key, value, {}, &seen);
        return saved ? std::nullopt : std::optional<Error>(saved.error());
    });
}

} // namespace

class TestReviewServiceOnServer : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_caseId = 0;

    int count(const QString &statement) { return sql::scalar(sqlOf(*m_db), statement)->toInt(); }
    // The case's review outside any round.
    ReviewRef outside() const { return ReviewRef{m_caseId}; }

    // The statements this connection sent the team server while `act` ran, as the server logged them (the first 100
    // characters of each); none when the log could not be read.
    std::optional<QStringList> statementsSentDuring(const std::function<void()> &act)
    {
        QSqlDatabase &db = sqlOf(*m_db);
        const QString pid = sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"))->toString();
        // Markers of this call's own (the log holds every earlier call's too).
        static int calls = 0;
        const QString from = QStringLiteral("'sent from here %1'").arg(++calls);
        const QString to = QStringLiteral("'sent to here %1'").arg(calls);
        if (!sql::run(db, QStringLiteral("SET log_statement = 'all'")) ||
            !sql::run(db, QStringLiteral("SELECT ") + from))
            return std::nullopt;
        act();
        if (!sql::run(db, QStringLiteral("SELECT ") + to) ||
            !sql::run(db, QStringLiteral("SET log_statement = 'none'")))
            return std::nullopt;
        QFile log(testsupport::serverLog());
        if (!log.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray ours = '[' + pid.toLatin1() + "] LOG:  statement: ";
        QStringList statements;
        bool inside = false;
        for (const QByteArray &line : log.readAll().split('\n')) {
            const qsizetype at = line.indexOf(ours);
            if (at < 0)
                continue;
            const QString statement = QString::fromUtf8(line.mid(at + ours.size()));
            if (statement.contains(from))
                inside = true;
            else if (statement.contains(to))
                inside = false;
            else if (inside)
                statements << statement.left(100);
        }
        return statements;
    }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        auto ids = addCases(*m_db, {reviewfixture::lateContractCase()});
        QVERIFY(ids.ok());
        m_caseId = ids->first();
    }

    // On a team server two reviewers save at the same moment: the second waits for the first and, having read
    // the same item, is refused instead of overwriting it.
    void aColleaguesSaveAtTheSameTimeWaitsAndIsRefused()
    {
        if (!testsupport::onServer())
            QSKIP("A file has one writer at a time; saving at the same moment needs a team server.");
        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"));
        ReviewService byMette(*mette.session);
        const QString key = QStringLiteral("integration.contract.goal");
        QVERIFY(byMette.answer(outside(), QStringLiteral("integration.contract.signed"), AnswerValue::Met).ok());
        const ItemState seen = byMette.itemState(outside(), key).value();

        auto work = m_db->beginWork();
        QVERIFY(work.ok());
        QVERIFY(byMette.answer(outside(), key, AnswerValue::Met, {}, &seen).ok()); // not yet committed
        // Her card is open: her save goes the one-statement way (sagstjek_write_item), which waits as well.
        auto kirstens =
            colleaguesPress(m_db->path(), QStringLiteral("kirsten"), outside(), key, AnswerValue::NotMet, seen);
        QTest::qWait(500);
        QVERIFY2(!kirstens.isFinished(), "the second save did not wait for the first");
        QVERIFY(work.value()->commit().ok());
        const std::optional<Error> second = kirstens.result();
        QVERIFY2(second, "saved over Mette's answer");
        QCOMPARE(second->kind, Error::Kind::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers WHERE answer = 'met'")), 2);
    }

    // Issue 11's speed goal: what one answer key press sends to a team server, counted in the server's own log of
    // this connection's statements. The card is open and its review started, as when a reviewer goes down the card.
    void anAnswerKeyPressSendsFewStatementsToTheServer()
    {
        if (!testsupport::onServer())
            QSKIP("Counted in the team server's statement log.");
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        QVERIFY(service.open(outside()));
        // The first answers start the review and prepare what later ones reuse. The item is stored by then, as on a
        // server where colleagues answered it before (a connection adds an item's key until it finds it stored).
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met));
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.signed"), AnswerValue::Met));
        const ItemState before = service.itemState(outside(), QStringLiteral("integration.contract.goal")).value();
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::NotApplicable,
                               QStringLiteral("Ikke relevant: ingen kontrakt endnu"), &before));

        // The card shows the item as it was read: the press is judged against it (the GUI's ReviewEditor does so).
        auto seen = service.itemState(outside(), QStringLiteral("integration.contract.goal"));
        QVERIFY(seen);
        const auto sent = statementsSentDuring([&] {
            QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met, {},
                                   &seen.value()));
        });
        QVERIFY(sent);
        const QStringList &statements = *sent;
        qInfo("%d statements for one answer: %s", int(statements.size()), qPrintable(statements.join(u"\n  ")));
        // Every statement is prepared once: none is prepared, or let go, per key press.
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(!statement.startsWith(u"PREPARE") && !statement.startsWith(u"DEALLOCATE"), qPrintable(statement));
        // The case (1: its row, dates and events; for the policy and the computed verdict) and one statement that
        // checks the item is as seen and writes it and its audit record (sagstjek_write_item; the server chains and
        // seals the record). The card is kept from the first press.
        QVERIFY2(statements.size() <= 2, qPrintable(statements.join(u'\n')));
        // It saved the answer and its record.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers a JOIN items i ON i.id = a.item_id "
                                      "WHERE i.key = 'integration.contract.goal' AND a.answer = 'met'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'item.change' AND "
                                      "after_json LIKE '%\"met\"%'")),
                 3);
    }

    // The first key press on a fresh card starts the review too: on a team server in one statement of its own
    // (sagstjek_start_review), with its case list status and its audit record, before the answer's one statement.
    void aFreshCardsFirstKeyPressStartsItsReviewInOneStatement()
    {
        if (!testsupport::onServer())
            QSKIP("Counted in the team server's statement log.");
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        // Another case's review started first, as a reviewer's day goes: the statements are prepared by then.
        auto anotherId = addCases(*m_db, {reviewfixture::lateContractCase(QStringLiteral("INT-TEST-2"))});
        QVERIFY(anotherId);
        const ItemState none;
        QVERIFY(service.answer(ReviewRef{anotherId->first()}, QStringLiteral("integration.contract.goal"),
                               AnswerValue::Met, {}, &none));
        QVERIFY(service.open(outside()));
        const ItemState seen = service.itemState(outside(), QStringLiteral("integration.contract.goal")).value();
        QCOMPARE(seen, none);
        const auto sent = statementsSentDuring([&] {
            QVERIFY(
                service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::NotMet, {}, &seen));
        });
        QVERIFY(sent);
        qInfo("%d statements for a review's first answer: %s", int(sent->size()), qPrintable(sent->join(u"\n  ")));
        // The case, the card a new review starts with, the start and the answer with its defect; none prepared anew.
        QVERIFY2(sent->size() <= 4, qPrintable(sent->join(u'\n')));
        QCOMPARE(sent->filter(QStringLiteral("PREPARE")).size(), 0);
        // Each its own statement: no transaction is held open across round trips.
        QCOMPARE(sent->filter(QStringLiteral("BEGIN")).size(), 0);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'in-progress' AND reviewer = 'rev' "
                                      "AND round_id IS NULL")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'in-progress'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log l JOIN reviews r ON l.entity_id = "
                                      "CAST(r.id AS text) WHERE l.action = 'review.start' AND l.user_name = 'rev' "
                                      "AND l.case_id = r.case_id AND l.after_json LIKE '%integration%'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'item.change'")), 2);
        // The next press knows the review: one statement after the case's.
        const ItemState answered = service.itemState(outside(), QStringLiteral("integration.contract.goal")).value();
        const auto next = statementsSentDuring([&] {
            QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met, {},
                                   &answered));
        });
        QVERIFY(next);
        QVERIFY2(next->size() <= 2, qPrintable(next->join(u'\n')));
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    // Two colleagues' first key presses on the same fresh case: the second waits for the first one's start and then
    // answers in the review it started. One review, both answers, one unbroken chain.
    void aFirstKeyPressWaitsForAColleaguesStartAndJoinsIt()
    {
        if (!testsupport::onServer())
            QSKIP("A file has one writer at a time; starting at the same moment needs a team server.");
        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"));
        ReviewService byMette(*mette.session);
        auto work = m_db->beginWork();
        QVERIFY(work.ok());
        // Started, not yet committed: her unit of work holds the case's turn to start a review.
        QVERIFY(byMette.answer(outside(), QStringLiteral("integration.contract.signed"), AnswerValue::Met).ok());
        // Her card shows the case without a review.
        auto kirstens = colleaguesPress(m_db->path(), QStringLiteral("kirsten"), outside(),
                                        QStringLiteral("integration.contract.goal"), AnswerValue::NotMet, ItemState{});
        QTest::qWait(500);
        QVERIFY2(!kirstens.isFinished(), "the second start did not wait for the first");
        QVERIFY(work.value()->commit().ok());
        const std::optional<Error> second = kirstens.result();
        QVERIFY2(!second, qPrintable(second ? second->message : QString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE reviewer = 'mette'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review.start'")), 1);
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    // A unit of work's audit records are chained when it commits: until then a colleague's connection can take the
    // chain's head. (Taken at the record, a save that starts a review, its "review.start" record before its answer,
    // and a colleague's save of the same item deadlocked on the head and the item's tally: issue 11's bench.)
    void theAuditHeadIsTakenOnlyWhenAUnitOfWorkCommits()
    {
        if (!testsupport::onServer())
            QSKIP("A file has one writer at a time.");
        auto colleague = Database::open(m_db->path(), Database::OpenMode::OpenExisting);
        QVERIFY2(colleague, qPrintable(colleague.error().message));
        QSqlDatabase &theirs = sqlOf(*colleague.value());
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const int recordsBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));

        auto work = m_db->beginWork();
        QVERIFY(work);
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met)); // starts it
        QVERIFY(theirs.transaction());
        auto head = sql::run(theirs, QStringLiteral("SELECT last_id FROM audit_head WHERE id = 1 FOR UPDATE NOWAIT"));
        QVERIFY2(head, qPrintable(head ? QString() : head.error().message));
        QVERIFY(theirs.rollback());
        // The history read inside the unit of work shows its records: they are chained for the read.
        auto history = m_db->audit().history(m_caseId);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.signed"), AnswerValue::NotMet));
        QVERIFY(work.value()->commit());

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), recordsBefore + 3);
        auto verified = colleague.value()->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }
};

QTEST_GUILESS_MAIN(TestReviewServiceOnServer)
#include "tst_reviewservice_server.moc"
