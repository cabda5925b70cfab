// Answering, notes, defects, completion and computed verdicts through the review service.
#include "reviewfixture.h"
#include "rules/clock.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace sagstjek;

class TestReviewService : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_caseId = 0;
    rules::FixedClock m_clock{QDate(2020, 1, 1)};

    int count(const QString &statement) { return sql::scalar(sqlOf(*m_db), statement)->toInt(); }

    // The case's review outside any round.
    ReviewRef outside() const { return ReviewRef{m_caseId}; }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        auto ids = addCases(*m_db, {reviewfixture::lateContractCase()});
        QVERIFY(ids.ok());
        m_caseId = ids->first();
    }

    void openingShowsTheAreasNewestCardWithoutStartingAReview()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        auto state = service.open(outside());
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(state->card.key, QStringLiteral("integration"));
        QVERIFY(!state->review.has_value());
        QVERIFY(state->applicableItems().size() >= 10);
        QCOMPARE(state->answeredCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
    }

    void anAnswerIsStoredWithWhoAndWhen()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        QSignalSpy changed(&service, &ReviewService::itemChanged);
        auto change = service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met);
        QVERIFY2(change.ok(), qPrintable(change.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(change->after.answer->value, AnswerValue::Met);
        QCOMPARE(change->after.answer->answeredBy, QStringLiteral("rev"));
        QVERIFY(!change->after.answer->answeredAt.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers WHERE answer = 'met'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'in-progress'")), 1);
    }

    void notMetOpensADefectPrefilledFromTheTemplate()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"), QStringLiteral("da"));
        ReviewService service(*serviceActor.session);
        auto change = service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::NotMet);
        QVERIFY(change.ok());
        QVERIFY(change->after.defect.has_value());
        QCOMPARE(change->after.defect->owner, QStringLiteral("Mette Sørensen"));
        QVERIFY(!change->after.defect->description.isEmpty());
        QVERIFY(change->after.defect->due.isValid());
        // Changing the answer away from "not met" removes the untouched defect.
        change = service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met);
        QVERIFY(change->before.defect.has_value());
        QVERIFY(!change->after.defect.has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
    }

    void restoringAnItemStateWritesExactlyWhatTheChangeReplaced()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        auto change = service.answer(outside(), key, AnswerValue::NotMet);
        QVERIFY(change.ok());
        QVERIFY(!change->before.answer && !change->before.defect);
        QVERIFY(change->after.defect.has_value());
        QVERIFY(service.restoreItemState(outside(), key, change->before).ok());
        QCOMPARE(service.itemState(outside(), key).value(), change->before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
        QVERIFY(service.restoreItemState(outside(), key, change->after).ok());
        QCOMPARE(service.itemState(outside(), key)->defect->description, change->after.defect->description);
    }

    // No silent overwrite: each reviewer saves on the item as they read it.
    void aSaveOnAnItemAColleagueChangedSinceIsRefusedAndWritesNothing()
    {
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("mette"), Role::Caseworker, QStringLiteral("Mette Sørensen"));
        testsupport::addUser(*m_db, QStringLiteral("kirsten"), Role::Coordinator);
        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"));
        auto kirsten = testsupport::actor(*m_db, QStringLiteral("kirsten"));
        ReviewService byMette(*mette.session);
        ReviewService byKirsten(*kirsten.session);
        const QString key = QStringLiteral("integration.contract.goal");
        const ItemState readByMette = byMette.itemState(outside(), key).value();
        const ItemState readByKirsten = byKirsten.itemState(outside(), key).value();

        auto first = byMette.answer(outside(), key, AnswerValue::Met, {}, &readByMette);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->after.answer->version, 1);
        QSignalSpy changed(&byKirsten, &ReviewService::itemChanged);
        auto stale = byKirsten.answer(outside(), key, AnswerValue::NotMet, {}, &readByKirsten);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY2(stale.error().message.contains(QStringLiteral("Mette Sørensen changed \"")) &&
                     stale.error().message.contains(QStringLiteral("it now says met")),
                 qPrintable(stale.error().message));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers WHERE answer = 'met' AND version = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'item.change'")), 1);

        // Another item of the same case never conflicts with it.
        const ItemState empty;
        QVERIFY(byKirsten.setNote(outside(), QStringLiteral("integration.contract.signed"), QStringLiteral("x"), &empty)
                    .ok());
        // Replacing it knowingly is the same change on the item as it is now.
        auto replaced = byKirsten.answer(outside(), key, AnswerValue::NotMet, {}, &first->after);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().message));
        QCOMPARE(replaced->after.answer->version, 2);
        QCOMPARE(replaced->after.defect->version, 1);

        // A defect changed since is a conflict as well, and so is an undo over a colleague's change.
        Defect described = *replaced->after.defect;
        described.description = QStringLiteral("Mangler mål i Min Plan");
        auto byHer = byMette.saveDefect(outside(), described, &replaced->after);
        QVERIFY2(byHer.ok(), qPrintable(byHer.error().message));
        QCOMPARE(byHer->after.defect->version, 2);
        described.description = QStringLiteral("Kirstens tekst");
        auto staleDefect = byKirsten.saveDefect(outside(), described, &replaced->after);
        QCOMPARE(staleDefect.error().kind, Error::Kind::Conflict);
        QVERIFY2(staleDefect.error().message.contains(QStringLiteral("The defect of \"")),
                 qPrintable(staleDefect.error().message));
        auto staleUndo = byKirsten.restoreItemState(outside(), key, first->after, &replaced->after);
        QCOMPARE(staleUndo.error().kind, Error::Kind::Conflict);
        QCOMPARE(byMette.itemState(outside(), key)->defect->description, QStringLiteral("Mangler mål i Min Plan"));
    }

    // Any writer counts a row's version up, also one that does not know about versions (psql, sqlite3).
    void aWriteByHandCountsTheVersionUpToo()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        auto change = service.answer(outside(), key, AnswerValue::NotMet);
        QVERIFY(change.ok());
        QVERIFY(sql::run(sqlOf(*m_db), QStringLiteral("UPDATE answers SET note = 'by hand'")).ok());
        QVERIFY(sql::run(sqlOf(*m_db), QStringLiteral("UPDATE defects SET owner = 'someone'")).ok());
        const ItemState now = service.itemState(outside(), key).value();
        QCOMPARE(now.answer->version, 2);
        QCOMPARE(now.defect->version, 2);
        QCOMPARE(service.setNote(outside(), key, QStringLiteral("mine"), &change->after).error().kind,
                 Error::Kind::Conflict);
    }

    void completionIsRefusedUntilEveryItemIsAnsweredAndEveryDefectDescribed()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"), QStringLiteral("en"), &m_clock);
        ReviewService service(*serviceActor.session);
        auto problems = service.completionProblems(outside());
        QVERIFY(problems.ok());
        auto state = service.open(outside());
        QCOMPARE(problems->size(), state->applicableItems().size());
        QVERIFY(!service.complete(outside()).ok());

        for (const CueCardItem *item : state->applicableItems()) {
            const auto verdict = state->verdicts.value(item->key);
            const bool missed = verdict.kind == rules::Verdict::Missed;
            QVERIFY(service
                        .answer(outside(), item->key, missed ? AnswerValue::NotMet : AnswerValue::Met,
                                missed ? QString() : QStringLiteral("checked by hand in the case system"))
                        .ok());
        }
        // Clear one defect's description: completion names it.
        auto late = service.itemState(outside(), QStringLiteral("integration.contract.signed_in_time"));
        QVERIFY(late->defect.has_value());
        Defect defect = *late->defect;
        defect.description.clear();
        QVERIFY(service.saveDefect(outside(), defect).ok());
        const auto refused = service.complete(outside());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("without a defect description")),
                 qPrintable(refused.error().message));
        defect.description = QStringLiteral("Kontrakten blev underskrevet 4 dage for sent.");
        QVERIFY(service.saveDefect(outside(), defect).ok());
        const auto completed = service.complete(outside());
        QVERIFY2(completed.ok(), qPrintable(completed.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'completed'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'completed'")), 1);
    }

    void theComputedVerdictIsStoredAndAnOverrideNeedsAReason()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"), QStringLiteral("da"), &m_clock);
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.signed_in_time");
        auto state = service.open(outside());
        const rules::Verdict verdict = state->verdicts.value(key);
        QCOMPARE(verdict.kind, rules::Verdict::Missed);
        QCOMPARE(verdict.daysLate, 4);
        QVERIFY2(verdict.explanation.contains(QStringLiteral("4 dage for sent")), qPrintable(verdict.explanation));

        auto confirmed = service.answer(outside(), key, AnswerValue::NotMet);
        QCOMPARE(confirmed->after.answer->computedVerdict, QStringLiteral("missed"));
        QCOMPARE(confirmed->after.answer->computedExplanation, verdict.explanation);
        QVERIFY(confirmed->after.answer->overrideReason.isEmpty());

        auto overridden = service.answer(outside(), key, AnswerValue::Met);
        QVERIFY(overridden.ok());
        auto problems = service.completionProblems(outside());
        QVERIFY(problems->join(u'\n').contains(QStringLiteral("Differs from the computed verdict")));
        auto reasoned = service.setOverrideReason(outside(), key, QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
        QVERIFY(reasoned.ok());
        problems = service.completionProblems(outside());
        QVERIFY(!problems->join(u'\n').contains(QStringLiteral("Differs from the computed verdict")));
        QCOMPARE(sql::scalar(sqlOf(*m_db),
                             QStringLiteral("SELECT override_reason FROM answers WHERE item_id = (SELECT id "
                                            "FROM items WHERE key = ?)"),
                             {key})
                     ->toString(),
                 QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
    }

    void everyChangeIsAuditedInAnUnbrokenChain()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::NotMet);
        service.setNote(outside(), QStringLiteral("integration.contract.goal"), QStringLiteral("Mål mangler"));
        QSqlQuery q(sqlOf(*m_db));
        QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash, user_name FROM audit_log ORDER BY id")));
        QString previous(64, u'0');
        int records = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), previous);
            previous = q.value(1).toString();
            ++records;
        }
        QVERIFY(records >= 3); // review start, answer, note (after the template records)
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'item.change' AND user_name = 'rev'")),
            2);
    }

    // Rows that travel between databases carry a global id besides their local key (issue 11): every review,
    // answer, defect, round, case event and audit record the app writes has its own, time-ordered (version 7), and
    // a row keeps its id when it changes.
    void everyTravellingRowHasItsOwnGlobalIdThatStays()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundSpec spec;
        spec.name = QStringLiteral("Gennemgang");
        spec.kind = RoundKind::Walkthrough;
        auto round = RoundService(*koord.session).create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        CaseEvent event;
        event.kind = QStringLiteral("followup");
        event.date = QDate(2019, 4, 1);
        QVERIFY(m_db->cases().addEvent(m_caseId, event).ok());
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString goal = QStringLiteral("integration.contract.goal");
        QVERIFY(service.answer(outside(), goal, AnswerValue::NotMet).ok());
        QVERIFY(service.answer(ReviewRef{m_caseId, round->id}, goal, AnswerValue::Met).ok());

        static const QRegularExpression version7(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const QString &table :
             {QStringLiteral("rounds"), QStringLiteral("reviews"), QStringLiteral("answers"), QStringLiteral("defects"),
              QStringLiteral("case_events"), QStringLiteral("audit_log")}) {
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0, qPrintable(table));
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1 WHERE uid IS NULL").arg(table)) == 0,
                     qPrintable(table));
            QVERIFY2(count(QStringLiteral("SELECT count(*) - count(DISTINCT uid) FROM %1").arg(table)) == 0,
                     qPrintable(table));
            auto newest = sql::scalar(sqlOf(*m_db),
                                      table == u"answers"
                                          ? QStringLiteral("SELECT max(uid) FROM answers")
                                          : QStringLiteral("SELECT uid FROM %1 ORDER BY id DESC LIMIT 1").arg(table));
            QVERIFY2(version7.match(newest->toString()).hasMatch(), qPrintable(table + u' ' + newest->toString()));
        }
        // The ids are unique by the database's own index, and an answer changed keeps its id.
        const QString answerUid =
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT a.uid FROM answers a JOIN reviews r ON r.id = "
                                                     "a.review_id WHERE r.round_id IS NULL"))
                ->toString();
        QVERIFY(service.answer(outside(), goal, AnswerValue::NotApplicable, QStringLiteral("ikke relevant")).ok());
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT a.uid FROM answers a JOIN reviews r ON r.id = "
                                                          "a.review_id WHERE r.round_id IS NULL"))
                     ->toString(),
                 answerUid);
        QVERIFY(
            !sql::run(sqlOf(*m_db), QStringLiteral("UPDATE reviews SET uid = (SELECT min(uid) FROM reviews)")).ok());
    }

    // The item's state a change returns as "after" is what a fresh read finds, for every kind of change: an answer
    // alone is not read back (its version comes from its write), a defect is. Undo and the stale check rely on it.
    void theStateAfterAChangeIsWhatAFreshReadFinds_data()
    {
        QTest::addColumn<bool>("asTheCardSawIt");
        QTest::newRow("without what was seen (the CLI)") << false;
        // Each change judged against the one before, as the card does: written in one step once the review is known.
        QTest::newRow("as the card saw it") << true;
    }

    void theStateAfterAChangeIsWhatAFreshReadFinds()
    {
        QFETCH(bool, asTheCardSawIt);
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        QList<Result<ItemChange>> changes;
        const ItemState none;
        const auto seen = [&]() -> const ItemState * {
            if (!asTheCardSawIt)
                return nullptr;
            return changes.isEmpty() || !changes.last() ? &none : &changes.last()->after;
        };
        changes << service.answer(outside(), key, AnswerValue::Met, {}, seen()); // starts the review
        changes << service.setNote(outside(), key, QStringLiteral("Mål: 15 timer om ugen, æøå"), seen());
        changes << service.answer(outside(), key, AnswerValue::NotApplicable, QStringLiteral("Ingen kontrakt"), seen());
        changes << service.answer(outside(), key, AnswerValue::NotMet, {}, seen()); // a defect too
        changes << service.setNote(outside(), key, QString(), seen());
        changes << service.answer(outside(), key, AnswerValue::Met, {}, seen()); // the open defect goes
        changes << service.answer(outside(), key, std::nullopt, {}, seen());
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const Result<ItemChange> &change = changes.at(i);
            QVERIFY2(change.ok(), qPrintable(change.error().message));
            if (i + 1 < changes.size())
                QCOMPARE(change->after, changes.at(i + 1)->before);
        }
        QCOMPARE(changes.last()->after, service.itemState(outside(), key).value());
        QVERIFY(changes.at(3)->after.defect && changes.at(3)->after.defect->id > 0);
        QCOMPARE(changes.at(4)->after.answer->version, changes.at(3)->after.answer->version + 1);
        // The last state restored over a colleague-free item, as undo does: seen as it was.
        const ItemState last = changes.last()->after;
        auto undone = service.restoreItemState(outside(), key, changes.at(1)->after, &last);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message));
        QCOMPARE(undone->after, service.itemState(outside(), key).value());
    }

    // A step that fails inside a larger unit of work takes its records with it; the others are chained.
    void aStepRolledBackLeavesNoRecord()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const int recordsBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto work = m_db->beginWork();
        QVERIFY(work);
        QVERIFY(service.answer(outside(), QStringLiteral("integration.contract.goal"), AnswerValue::Met));
        const Status failed = m_db->transaction([&]() -> Status {
            if (auto note = service.setNote(outside(), QStringLiteral("integration.contract.goal"),
                                            QStringLiteral("Rulles tilbage"));
                !note)
                return note.error();
            return invalidInput(QStringLiteral("the step fails after its record"));
        });
        QVERIFY(!failed);
        QVERIFY(work.value()->commit());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), recordsBefore + 2); // start, answer
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%Rulles tilbage%'")), 0);
        auto verified = m_db->audit().verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    // The repository remembers an item key only once it found it stored before: an item first added by a unit of
    // work that rolls back goes with it, and the next answer adds it again.
    void anItemAddedByAUnitOfWorkRolledBackIsAddedAgain()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        const QString items = QStringLiteral("SELECT count(*) FROM items WHERE key = 'integration.contract.goal'");
        QCOMPARE(count(items), 0);
        {
            auto work = m_db->beginWork();
            QVERIFY(work);
            QVERIFY(service.answer(outside(), key, AnswerValue::Met));
            QCOMPARE(count(items), 1);
            work.value()->rollback();
        }
        QCOMPARE(count(items), 0);
        QVERIFY(service.answer(outside(), key, AnswerValue::NotMet));
        QVERIFY(service.answer(outside(), key, AnswerValue::Met)); // now remembered: the upsert alone
        QCOMPARE(count(items), 1);
        QCOMPARE(service.itemState(outside(), key)->answer->value, AnswerValue::Met);
    }

    void aNoteCanBeWrittenBeforeAnswering()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        auto change =
            service.setNote(outside(), QStringLiteral("integration.contract.goal"), QStringLiteral("Se journal"));
        QVERIFY(change.ok());
        QVERIFY(!change->after.answer->value.has_value());
        QCOMPARE(service.open(outside())->answeredCount(), 0);
    }
    // A case has a review outside any round and one in each round it is in. Every call names its review, changes
    // only that one, and returns the item's state before and after as the database holds it.
    void eachReviewOfACaseGetsOnlyItsOwnChanges_data()
    {
        QTest::addColumn<bool>("asTheCardSawIt");
        QTest::newRow("without what was seen (the CLI)") << false;
        // With it, on a team server, a fresh review starts in a step of its own (sagstjek_start_review).
        QTest::newRow("as the card saw it") << true;
    }

    void eachReviewOfACaseGetsOnlyItsOwnChanges()
    {
        QFETCH(bool, asTheCardSawIt);
        const ItemState none;
        const auto seen = [&](const ItemState &shown) { return asTheCardSawIt ? &shown : nullptr; };
        auto roundsActor = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundService rounds(*roundsActor.session);
        RoundSpec spec;
        spec.name = QStringLiteral("Runde R");
        spec.kind = RoundKind::Walkthrough;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        const ReviewRef inRound{m_caseId, round->id};
        const QString key = QStringLiteral("integration.contract.goal");
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        QSignalSpy changed(&service, &ReviewService::itemChanged);

        auto roundAnswer = service.answer(inRound, key, AnswerValue::NotMet, {}, seen(none));
        QVERIFY2(roundAnswer.ok(), qPrintable(roundAnswer.error().message));
        QCOMPARE(roundAnswer->ref, inRound);
        QCOMPARE(roundAnswer->itemKey, key);
        QCOMPARE(roundAnswer->before, ItemState{});
        QCOMPARE(roundAnswer->after, service.itemState(inRound, key).value());
        QCOMPARE(roundAnswer->after.answer->value, AnswerValue::NotMet);
        QVERIFY(roundAnswer->after.defect.has_value());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ReviewRef>(), inRound);
        // Nothing outside the round: no review was started there, and the case list's stored status (the review
        // outside any round's) is untouched.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE round_id IS NULL")), 0);
        QCOMPARE(service.itemState(outside(), key).value(), ItemState{});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'not-started'")), 1);

        auto outsideAnswer = service.answer(outside(), key, AnswerValue::Met, {}, seen(none));
        QVERIFY2(outsideAnswer.ok(), qPrintable(outsideAnswer.error().message));
        QCOMPARE(outsideAnswer->ref, outside());
        QCOMPARE(outsideAnswer->before, ItemState{}); // not the round's answer
        QCOMPARE(outsideAnswer->after, service.itemState(outside(), key).value());
        QCOMPARE(changed.at(1).at(0).value<ReviewRef>(), outside());
        QCOMPARE(service.itemState(inRound, key).value(), roundAnswer->after);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'in-progress'")), 1);

        // A note in the round: its before is the round's state, not the one outside.
        auto note = service.setNote(inRound, key, QStringLiteral("Målet mangler"), seen(roundAnswer->after));
        QVERIFY(note.ok());
        QCOMPARE(note->before, roundAnswer->after);
        QCOMPARE(note->after, service.itemState(inRound, key).value());
        QCOMPARE(note->after.answer->note, QStringLiteral("Målet mangler"));
        QCOMPARE(service.itemState(outside(), key).value(), outsideAnswer->after);

        // Writing a state back goes to the named review only.
        auto restored = service.restoreItemState(inRound, key, roundAnswer->before, seen(note->after));
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored->before, note->after);
        QCOMPARE(restored->after, ItemState{});
        QCOMPARE(service.itemState(inRound, key).value(), ItemState{});
        QCOMPARE(service.itemState(outside(), key).value(), outsideAnswer->after);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 2);
    }

    // Neither an undo step nor a change refused on a fresh card starts a review, with or without what the card saw
    // (with it, on a team server, a first change would start the review in a step of its own).
    void restoringAStateNeverStartsAReview()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        ItemState answered;
        answered.answer = Answer{key, AnswerValue::Met, {}, {}, {}, {}, QStringLiteral("rev"), utcNow()};
        const ItemState empty;
        for (const ItemState *seen : {static_cast<const ItemState *>(nullptr), &empty}) {
            for (const ItemState &state : {answered, ItemState{}}) {
                auto restored = service.restoreItemState(outside(), key, state, seen);
                QVERIFY(!restored.ok());
                QCOMPARE(restored.error().kind, Error::Kind::NotFound);
            }
            auto reason = service.setOverrideReason(outside(), key, QStringLiteral("Fordi"), seen);
            QVERIFY(!reason.ok());
            QCOMPARE(reason.error().kind, Error::Kind::InvalidInput);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers")), 0);
    }

    void aCallThatChangesNothingWritesNothing()
    {
        auto serviceActor = testsupport::actor(*m_db, QStringLiteral("rev"));
        ReviewService service(*serviceActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        auto first = service.answer(outside(), key, AnswerValue::Met);
        QVERIFY(first.ok() && first->changed());
        const QString audited =
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'item.change' AND user_name = 'rev'");
        QCOMPARE(count(audited), 1);
        QSignalSpy changed(&service, &ReviewService::itemChanged);
        auto again = service.answer(outside(), key, AnswerValue::Met);
        QVERIFY(again.ok());
        QVERIFY(!again->changed());
        QCOMPARE(again->after, first->after);
        auto sameNote = service.setNote(outside(), key, QString());
        QVERIFY(sameNote.ok() && !sameNote->changed());
        QCOMPARE(count(audited), 1);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
