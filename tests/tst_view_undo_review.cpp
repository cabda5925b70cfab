// A case has a review outside any round and one in each round it is in. The cue card says which one is open,
// the case list shows that review's status, and undo writes back into the review a change was made in, wherever
// Ctrl+Z is pressed; a step that can no longer be written back is dropped and the card says why.
#include "caselistwidget.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "messagebar.h"
#include "revieweditor.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

using namespace sagstjek;
using viewfixture::press;

namespace {

// A fresh integration case, and a walkthrough round of the integration cases it is in.
struct RoundCase {
    ReviewRef inRound;
    ReviewRef outside;
    QString caseNumber;
};

std::optional<RoundCase> startRound(viewfixture::Fixture &f, const QString &name)
{
    const qint64 caseId = f.freshCase(QStringLiteral("integration"));
    if (caseId <= 0)
        return std::nullopt;
    auto roundsActor = testsupport::actor(f.controller.database(), QStringLiteral("tester"));
    RoundService rounds(*roundsActor.session);
    RoundSpec spec;
    spec.name = name;
    spec.kind = RoundKind::Walkthrough;
    spec.scope.areas = {QStringLiteral("integration")};
    auto round = rounds.create(spec);
    if (!round)
        return std::nullopt;
    auto number = sql::scalar(sqlOf(f.controller.database()),
                              QStringLiteral("SELECT case_number FROM cases WHERE id = ?"), {caseId});
    return RoundCase{ReviewRef{caseId, round->id}, ReviewRef{caseId}, number->toString()};
}

int reviewsOf(Database &db, const ReviewRef &ref)
{
    return sql::scalar(sqlOf(db),
                       QStringLiteral("SELECT count(*) FROM reviews WHERE case_id = ? AND coalesce(round_id, 0) = ?"),
                       {ref.caseId, ref.roundId})
        ->toInt();
}

// What the database holds for the item, read through a service of its own.
ItemState stored(Database &db, const ReviewRef &ref, const QString &itemKey)
{
    auto reader = testsupport::actor(db, QStringLiteral("reader"));
    return ReviewService(*reader.session).itemState(ref, itemKey).value();
}

// Answers the focused item the way a user does; a reason, when one is asked for, is typed and confirmed.
void answerFocused(CueCardWidget *card, int key)
{
    CueItemWidget *item = qobject_cast<CueItemWidget *>(QApplication::focusWidget());
    QVERIFY(item);
    press(key);
    if (QApplication::focusWidget() == item->reasonField()) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Checked in the journal"));
        press(Qt::Key_Return);
    }
    QVERIFY(card->itemWidget(item->itemKey())->isAnswered());
}

// Opens the case from the case list, as a user does: search for its number and press Enter.
void openFromCaseList(viewfixture::Fixture &f, const QString &caseNumber)
{
    CaseListWidget *list = f.window->caseList();
    list->searchField()->clear();
    QTest::keyClicks(list->searchField(), caseNumber);
    QTest::keyClick(list->searchField(), Qt::Key_Return);
}

} // namespace

class TestViewUndoReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(language::resolve({}, QStringLiteral("en")));
    }

    void undoWritesBackIntoTheReviewTheChangeWasMadeIn();
    void anUndoThatCannotBeWrittenBackIsDroppedAndSaysWhy();
    void aColleaguesChangeIsNeitherOverwrittenNorUndone();
};

void TestViewUndoReview::undoWritesBackIntoTheReviewTheChangeWasMadeIn()
{
    viewfixture::Fixture f;
    QVERIFY(f.start());
    Database &db = f.controller.database();
    const auto round = startRound(f, QStringLiteral("Runde R"));
    QVERIFY(round);
    CaseListModel &list = f.controller.caseModel();

    // The rounds view opens the case in the round (RoundsView::openCaseRequested): the header says so.
    QVERIFY(f.window->openReview(round->inRound));
    CueCardWidget *card = f.window->cueCard();
    QCOMPARE(card->reviewScopeText(), QStringLiteral("Round: Runde R"));
    const QString key = card->itemWidgets().at(0)->itemKey();
    answerFocused(card, Qt::Key_3); // not applicable
    QCOMPARE(stored(db, round->inRound, key).answer->value, AnswerValue::NotApplicable);
    QCOMPARE(reviewsOf(db, round->outside), 0);
    // The case list shows the status of the round's review.
    QCOMPARE(list.roundContext(), round->inRound.roundId);
    QCOMPARE(list.currentStatus(round->inRound.caseId).value(), QStringLiteral("in-progress"));
    if (const int row = list.rowOfCase(round->inRound.caseId); row >= 0)
        QCOMPARE(list.index(row, 0).data(CaseListModel::StatusKeyRole).toString(), QStringLiteral("in-progress"));

    // The same case from the case list: the review outside any round, not started.
    openFromCaseList(f, round->caseNumber);
    QCOMPARE(card->review(), round->outside);
    QCOMPARE(card->reviewScopeText(), QStringLiteral("Outside any round"));
    QVERIFY(!card->itemWidget(key)->isAnswered());
    QCOMPARE(list.roundContext(), 0);
    QCOMPARE(list.currentStatus(round->outside.caseId).value(), QStringLiteral("not-started"));

    // Ctrl+Z undoes the case's last change in the review it was made in: the round's.
    QVERIFY(card->itemWidget(key)->hasFocus() || card->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(db, round->inRound, key), ItemState{});
    QCOMPARE(reviewsOf(db, round->inRound), 1);
    QCOMPARE(reviewsOf(db, round->outside), 0); // not created
    QVERIFY(!card->itemWidget(key)->isAnswered());
    // Redo goes back into the round's review too.
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(db, round->inRound, key).answer->value, AnswerValue::NotApplicable);
    QCOMPARE(reviewsOf(db, round->outside), 0);
    QVERIFY(!card->itemWidget(key)->isAnswered()); // the card still shows the review outside any round

    // An answer outside the round goes there only, and its undo leaves the round's review alone.
    card->focusItem(key);
    answerFocused(card, Qt::Key_1);
    QCOMPARE(reviewsOf(db, round->outside), 1);
    QCOMPARE(stored(db, round->outside, key).answer->value, AnswerValue::Met);
    QCOMPARE(list.currentStatus(round->outside.caseId).value(), QStringLiteral("in-progress"));
    card->focusItem(key);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(db, round->outside, key), ItemState{});
    QCOMPARE(stored(db, round->inRound, key).answer->value, AnswerValue::NotApplicable);
}

void TestViewUndoReview::anUndoThatCannotBeWrittenBackIsDroppedAndSaysWhy()
{
    viewfixture::Fixture f;
    QVERIFY(f.start());
    Database &db = f.controller.database();
    const auto round = startRound(f, QStringLiteral("Runde S"));
    QVERIFY(round);
    QVERIFY(f.window->openReview(round->inRound));
    CueCardWidget *card = f.window->cueCard();
    const QString first = card->itemWidgets().at(0)->itemKey();
    answerFocused(card, Qt::Key_3);
    answerFocused(card, Qt::Key_3);
    QUndoStack *stack = f.controller.editor().stackFor(round->inRound.caseId);
    const int steps = stack->count(); // two answers, and a reason when one was asked for
    QVERIFY(steps >= 2);
    auto *messages = card->findChild<MessageBar *>();
    QVERIFY(messages);

    // Someone approves the round's review meanwhile: it is frozen, so the undo is refused and dropped.
    QVERIFY(sql::run(sqlOf(db), QStringLiteral("UPDATE reviews SET status = 'approved' WHERE round_id = ?"),
                     {round->inRound.roundId})
                .ok());
    card->focusItem(first);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->count(), steps - 1);
    QVERIFY2(messages->isVisible() && messages->text().contains(QStringLiteral("approved")),
             qPrintable(messages->text()));

    // The review is gone altogether: the undo fails, is dropped, and no review is started in its place.
    QVERIFY(
        sql::run(sqlOf(db), QStringLiteral("DELETE FROM reviews WHERE round_id = ?"), {round->inRound.roundId}).ok());
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->count(), steps - 2);
    QVERIFY2(messages->text().contains(QStringLiteral("no longer exists")), qPrintable(messages->text()));
    while (stack->canUndo())
        press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->count(), 0);
    QVERIFY(!f.window->undoAction()->isEnabled());
    QCOMPARE(reviewsOf(db, round->inRound), 0);
    QCOMPARE(reviewsOf(db, round->outside), 0);
    QCOMPARE(stored(db, round->inRound, first), ItemState{});
}

// Two reviewers on one item: a colleague's answer saved after the card was read is neither undone by Ctrl+Z nor
// overwritten by a key press; the card shows theirs and the user replaces it with a button, keyboard only.
void TestViewUndoReview::aColleaguesChangeIsNeitherOverwrittenNorUndone()
{
    viewfixture::Fixture f;
    QVERIFY(f.start());
    Database &db = f.controller.database();
    const ReviewRef ref{f.freshCase(QStringLiteral("integration"))};
    QVERIFY(f.window->openReview(ref));
    CueCardWidget *card = f.window->cueCard();
    const QString key = card->itemWidgets().at(0)->itemKey();
    card->focusItem(key);
    answerFocused(card, Qt::Key_3); // not applicable
    auto *messages = card->findChild<MessageBar *>();
    QVERIFY(messages);
    // A colleague answers the same item on her computer; this card has not seen it.
    auto kirsten = testsupport::actor(db, QStringLiteral("kirsten"));
    ReviewService colleague(*kirsten.session);
    QVERIFY(colleague.answer(ref, key, AnswerValue::Met).ok());

    // Undo would put back what was there before her answer: refused, dropped, and the card shows hers.
    card->focusItem(key);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(db, ref, key).answer->answeredBy, QStringLiteral("kirsten"));
    QVERIFY2(messages->isVisible() && messages->text().contains(QStringLiteral("kirsten changed ")),
             qPrintable(messages->text()));
    QCOMPARE(card->itemWidget(key)->state().answer->value, AnswerValue::Met);

    // She changes it again; a key press on the card's older view is refused and says what it holds now.
    QVERIFY(colleague.answer(ref, key, AnswerValue::NotApplicable).ok());
    card->focusItem(key);
    press(Qt::Key_2); // not met
    QCOMPARE(stored(db, ref, key).answer->value, AnswerValue::NotApplicable);
    QVERIFY2(messages->text().contains(QStringLiteral("Not saved")) &&
                 messages->text().contains(QStringLiteral("not applicable")),
             qPrintable(messages->text()));
    QCOMPARE(card->itemWidget(key)->state().answer->value, AnswerValue::NotApplicable);
    if (const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR"); !dir.isEmpty()) { // for a person
        f.window->resize(1366, 768);
        QVERIFY(f.window->grab().save(dir + QStringLiteral("/conflict.png")));
    }
    // "Replace with mine" has the focus: Space saves the key press over hers.
    auto *replace = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY(replace && replace->text().remove(u'&').contains(QStringLiteral("Replace")));
    QTest::keyClick(replace, Qt::Key_Space);
    const ItemState mine = stored(db, ref, key);
    QCOMPARE(mine.answer->value, AnswerValue::NotMet);
    QCOMPARE(mine.answer->answeredBy, QStringLiteral("tester"));
    QVERIFY(mine.defect.has_value());
    QCOMPARE(card->itemWidget(key)->state(), mine);
    QVERIFY(!messages->isVisible());
}

QTEST_MAIN(TestViewUndoReview)
#include "tst_view_undo_review.moc"
