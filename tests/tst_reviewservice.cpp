// Answering, notes, defects, completion and computed verdicts through the review service.
#include "rules/clock.h"
#include "services/reviewservice.h"
#include "storage/caserepository.h"
#include "storage/sqlite/sql.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sagstjek;

namespace {

// An integration case whose contract was signed 4 days late (the example).
CaseFile lateContractCase()
{
    CaseFile c;
    c.caseNumber = QStringLiteral("INT-TEST-1");
    c.cpr = QStringLiteral("0101901234");
    c.name = QStringLiteral("Åse Ørsted");
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = QStringLiteral("Mette Sørensen");
    c.team = QStringLiteral("Team Integration");
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
    c.dates.insert(QStringLiteral("contract_signed"), QDate(2019, 3, 5));
    return c;
}

} // namespace

class TestReviewService : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_caseId = 0;
    rules::FixedClock m_clock{QDate(2020, 1, 1)};

    int count(const QString &statement) { return sql::scalar(sqlOf(*m_db), statement)->toInt(); }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        auto id = m_db->cases().insert(lateContractCase());
        QVERIFY(id.ok());
        m_caseId = id.value();
    }

    void openingShowsTheAreasNewestCardWithoutStartingAReview()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        auto state = service.open(m_caseId);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(state->card.key, QStringLiteral("integration"));
        QVERIFY(!state->review.has_value());
        QVERIFY(state->applicableItems().size() >= 10);
        QCOMPARE(state->answeredCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
    }

    void anAnswerIsStoredWithWhoAndWhen()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        QSignalSpy changed(&service, &ReviewService::itemChanged);
        auto state = service.answer(m_caseId, QStringLiteral("integration.contract.goal"), AnswerValue::Met);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state->answer->value, AnswerValue::Met);
        QCOMPARE(state->answer->answeredBy, QStringLiteral("rev"));
        QVERIFY(!state->answer->answeredAt.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM answers WHERE answer = 'met'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'in-progress'")), 1);
    }

    void notMetOpensADefectPrefilledFromTheTemplate()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        service.setLanguage(QStringLiteral("da"));
        auto state = service.answer(m_caseId, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet);
        QVERIFY(state.ok());
        QVERIFY(state->defect.has_value());
        QCOMPARE(state->defect->owner, QStringLiteral("Mette Sørensen"));
        QVERIFY(!state->defect->description.isEmpty());
        QVERIFY(state->defect->due.isValid());
        // Changing the answer away from "not met" removes the untouched defect.
        state = service.answer(m_caseId, QStringLiteral("integration.contract.goal"), AnswerValue::Met);
        QVERIFY(!state->defect.has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
    }

    void itemStateRestoresExactlyForUndo()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        const QString key = QStringLiteral("integration.contract.goal");
        auto before = service.itemState(m_caseId, key);
        auto after = service.answer(m_caseId, key, AnswerValue::NotMet);
        QVERIFY(after->defect.has_value());
        QVERIFY(service.setItemState(m_caseId, key, before.value()).ok());
        QCOMPARE(service.itemState(m_caseId, key).value(), before.value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM defects")), 0);
        QVERIFY(service.setItemState(m_caseId, key, after.value()).ok());
        QCOMPARE(service.itemState(m_caseId, key)->defect->description, after->defect->description);
    }

    void completionIsRefusedUntilEveryItemIsAnsweredAndEveryDefectDescribed()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        service.setClock(&m_clock);
        auto problems = service.completionProblems(m_caseId);
        QVERIFY(problems.ok());
        auto state = service.open(m_caseId);
        QCOMPARE(problems->size(), state->applicableItems().size());
        QVERIFY(!service.complete(m_caseId).ok());

        for (const CueCardItem *item : state->applicableItems()) {
            const auto verdict = state->verdicts.value(item->key);
            const bool missed = verdict.kind == rules::Verdict::Missed;
            QVERIFY(service
                        .answer(m_caseId, item->key, missed ? AnswerValue::NotMet : AnswerValue::Met,
                                missed ? QString() : QStringLiteral("checked by hand in the case system"))
                        .ok());
        }
        // Clear one defect's description: completion names it.
        auto late = service.itemState(m_caseId, QStringLiteral("integration.contract.signed_in_time"));
        QVERIFY(late->defect.has_value());
        Defect defect = *late->defect;
        defect.description.clear();
        QVERIFY(service.saveDefect(m_caseId, defect).ok());
        const auto refused = service.complete(m_caseId);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("without a defect description")),
                 qPrintable(refused.error().message));
        defect.description = QStringLiteral("Kontrakten blev underskrevet 4 dage for sent.");
        QVERIFY(service.saveDefect(m_caseId, defect).ok());
        const auto completed = service.complete(m_caseId);
        QVERIFY2(completed.ok(), qPrintable(completed.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'completed'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE review_status = 'completed'")), 1);
    }

    void theComputedVerdictIsStoredAndAnOverrideNeedsAReason()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        service.setClock(&m_clock);
        service.setLanguage(QStringLiteral("da"));
        const QString key = QStringLiteral("integration.contract.signed_in_time");
        auto state = service.open(m_caseId);
        const rules::Verdict verdict = state->verdicts.value(key);
        QCOMPARE(verdict.kind, rules::Verdict::Missed);
        QCOMPARE(verdict.daysLate, 4);
        QVERIFY2(verdict.explanation.contains(QStringLiteral("4 dage for sent")), qPrintable(verdict.explanation));

        auto confirmed = service.answer(m_caseId, key, AnswerValue::NotMet);
        QCOMPARE(confirmed->answer->computedVerdict, QStringLiteral("missed"));
        QCOMPARE(confirmed->answer->computedExplanation, verdict.explanation);
        QVERIFY(confirmed->answer->overrideReason.isEmpty());

        auto overridden = service.answer(m_caseId, key, AnswerValue::Met);
        QVERIFY(overridden.ok());
        auto problems = service.completionProblems(m_caseId);
        QVERIFY(problems->join(u'\n').contains(QStringLiteral("Differs from the computed verdict")));
        auto reasoned = service.setOverrideReason(m_caseId, key, QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
        QVERIFY(reasoned.ok());
        problems = service.completionProblems(m_caseId);
        QVERIFY(!problems->join(u'\n').contains(QStringLiteral("Differs from the computed verdict")));
        QCOMPARE(
            sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT override_reason FROM answers WHERE item_key = ?"), {key})
                ->toString(),
            QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
    }

    void everyChangeIsAuditedInAnUnbrokenChain()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        service.answer(m_caseId, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet);
        service.setNote(m_caseId, QStringLiteral("integration.contract.goal"), QStringLiteral("Mål mangler"));
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

    void aNoteCanBeWrittenBeforeAnswering()
    {
        ReviewService service(*m_db, QStringLiteral("rev"));
        auto state =
            service.setNote(m_caseId, QStringLiteral("integration.contract.goal"), QStringLiteral("Se journal"));
        QVERIFY(state.ok());
        QVERIFY(!state->answer->value.has_value());
        QCOMPARE(service.open(m_caseId)->answeredCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
