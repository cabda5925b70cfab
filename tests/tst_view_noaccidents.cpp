// No accidental changes (issue 12): an answer on a completed review asks before it reopens it (No keeps it
// completed, Yes reopens, undo restores the completion), on an approved one it asks for the reason; the mouse wheel
// never changes a combo box or spin box that has no focus; selecting a row in the case list shows that case's card;
// Ctrl+Z works from the note; a note is saved on a short pause in typing; the round figures follow a review completed
// in the cue card.
#include "caselistwidget.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "itemmodels/roundmodels.h"
#include "roundsview.h"
#include "services/approvalservice.h"
#include "services/roundservice.h"
#include "testsupport.h"
#include "viewfixture.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include <functional>

using namespace sagstjek;
using viewfixture::press;

namespace {

ItemState stored(Database &db, const ReviewRef &ref, const QString &itemKey)
{
    auto reader = testsupport::actor(db, QStringLiteral("reader"));
    return ReviewService(*reader.session).itemState(ref, itemKey).value();
}

ReviewStatus statusOf(Database &db, const ReviewRef &ref)
{
    auto reader = testsupport::actor(db, QStringLiteral("reader"));
    auto state = ReviewService(*reader.session).load(ref);
    return state && state->review ? state->review->status : ReviewStatus::NotStarted;
}

// Answers the modal dialog named `objectName` when it comes (polling, since exec() blocks the test), with `act`.
// Records whether it came.
struct ModalAnswerer {
    QString objectName;
    std::function<void(QWidget *)> act;
    bool asked = false;
    void arm()
    {
        QTimer::singleShot(50, qApp, [this] { answer(); });
    }
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName) {
            QTimer::singleShot(50, qApp, [this] { answer(); });
            return;
        }
        asked = true;
        act(modal);
    }
};

// The reopen question of a completed review, answered with the button of `role`.
ModalAnswerer reopenQuestion(QMessageBox::ButtonRole role)
{
    return {QStringLiteral("reopenQuestion"), [role](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == role) {
                        button->click();
                        return;
                    }
            }};
}

// The reason dialog of an approved review, answered with `reason` and OK, or Cancel when it is empty.
ModalAnswerer reopenReason(const QString &reason)
{
    return {QStringLiteral("reopenReason"), [reason](QWidget *modal) {
                auto *dialog = qobject_cast<QInputDialog *>(modal);
                if (reason.isEmpty()) {
                    dialog->reject();
                    return;
                }
                dialog->setTextValue(reason);
                dialog->accept();
            }};
}

// Starts a walkthrough of the integration cases from the rounds view, as the koordinator would; its id (0: refused).
qint64 startIntegrationWalkthrough(RoundsView &rounds, const QString &name)
{
    RoundSpec spec;
    spec.name = name;
    spec.kind = RoundKind::Walkthrough;
    spec.scope.areas = {QStringLiteral("integration")};
    rounds.createRound(spec);
    return rounds.currentRound();
}

} // namespace

class TestViewNoAccidents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(language::resolve({}, QStringLiteral("en")));
    }

    // "N" on a completed review asks first. No: nothing changes, it stays completed. Yes: the answer is
    // written and the review is in progress again. Ctrl+Z: the answer and the completion are back.
    void anAnswerOnACompletedReviewAsksFirst()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        Database &db = f.controller.database();
        const qint64 caseId = f.freshCase(QStringLiteral("integration"));
        const ReviewRef ref{caseId};
        CueCardWidget *card = f.window->cueCard();
        QVERIFY(f.window->openReview(ref));
        // Every item answered as the verdict suggests (or met), with a reason where one is asked, then completed.
        ReviewService &service = f.controller.service();
        for (CueItemWidget *item : card->itemWidgets()) {
            const auto verdict = card->state()->verdicts.constFind(item->itemKey());
            QVERIFY(service.answer(ref, item->itemKey(), AnswerValue::Met, QStringLiteral("checked")).ok());
            Q_UNUSED(verdict)
        }
        QVERIFY(service.complete(ref).ok());
        QCOMPARE(statusOf(db, ref), ReviewStatus::Completed);
        QCOMPARE(card->reviewStatusText(), QStringLiteral("Completed"));

        // An item without a computed verdict, so that "not applicable" needs no reason.
        CueItemWidget *target = nullptr;
        for (CueItemWidget *item : card->itemWidgets())
            if (!card->state()->verdicts.contains(item->itemKey())) {
                target = item;
                break;
            }
        QVERIFY(target);
        const QString key = target->itemKey();
        card->focusItem(key);
        QCOMPARE(QApplication::focusWidget(), target);

        ModalAnswerer no = reopenQuestion(QMessageBox::NoRole);
        no.arm();
        press(Qt::Key_I); // not applicable
        QVERIFY(no.asked);
        QCOMPARE(statusOf(db, ref), ReviewStatus::Completed);
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::Met);
        QCOMPARE(card->reviewStatusText(), QStringLiteral("Completed"));

        ModalAnswerer yes = reopenQuestion(QMessageBox::YesRole);
        yes.arm();
        f.window->activateWindow(); // the question took the activation (a window manager gives it back)
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        card->focusItem(key);
        press(Qt::Key_I);
        QVERIFY(yes.asked);
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::NotApplicable);
        QCOMPARE(statusOf(db, ref), ReviewStatus::InProgress);

        // Undo: the answer and the completion come back.
        f.window->undoAction()->trigger();
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::Met);
        QCOMPARE(statusOf(db, ref), ReviewStatus::Completed);
        QCOMPARE(card->reviewStatusText(), QStringLiteral("Completed"));
        // Redo reopens it again with the answer.
        f.window->redoAction()->trigger();
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::NotApplicable);
        QCOMPARE(statusOf(db, ref), ReviewStatus::InProgress);
    }

    // A key on an approved review asks why it is reopened. Cancel: nothing changes, it stays approved. A reason: the
    // review is reopened through the approval service (the reason on record) and then the answer is written.
    void anAnswerOnAnApprovedReviewAsksForAReason()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        Database &db = f.controller.database();
        auto *rounds = f.window->findChild<RoundsView *>();
        QVERIFY(rounds);
        const qint64 caseId = f.freshCase(QStringLiteral("integration"));
        const qint64 roundId = startIntegrationWalkthrough(*rounds, QStringLiteral("Godkendt"));
        QVERIFY(roundId > 0);
        const ReviewRef ref{caseId, roundId};

        // Kim reviews and completes; the window's user approves (four eyes).
        auto kim = testsupport::actor(db, QStringLiteral("kim"));
        ReviewService kimReviews(*kim.session);
        auto state = kimReviews.load(ref);
        QVERIFY(state.ok());
        for (const CueCardItem *item : state->applicableItems())
            QVERIFY(kimReviews.answer(ref, item->key, AnswerValue::Met, QStringLiteral("checked")).ok());
        QVERIFY(kimReviews.complete(ref).ok());
        auto approver = testsupport::actor(db, QStringLiteral("tester"));
        ApprovalService approvals(*approver.session);
        QVERIFY(approvals.approve(roundId, caseId, QStringLiteral("Fint")).ok());
        QCOMPARE(statusOf(db, ref), ReviewStatus::Approved);

        CueCardWidget *card = f.window->cueCard();
        QVERIFY(f.window->openReview(ref));
        QCOMPARE(card->reviewStatusText(), QStringLiteral("Approved"));
        CueItemWidget *target = nullptr;
        for (CueItemWidget *item : card->itemWidgets())
            if (!card->state()->verdicts.contains(item->itemKey())) {
                target = item;
                break;
            }
        QVERIFY(target);
        const QString key = target->itemKey();

        ModalAnswerer cancel = reopenReason({});
        cancel.arm();
        card->focusItem(key);
        press(Qt::Key_I); // not applicable
        QVERIFY(cancel.asked);
        QCOMPARE(statusOf(db, ref), ReviewStatus::Approved);
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::Met);
        QCOMPARE(card->reviewStatusText(), QStringLiteral("Approved"));

        ModalAnswerer withReason = reopenReason(QStringLiteral("Forkert dato for samtalen"));
        withReason.arm();
        f.window->activateWindow(); // the dialog took the activation (a window manager gives it back)
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        card->focusItem(key);
        press(Qt::Key_I);
        QVERIFY(withReason.asked);
        QCOMPARE(stored(db, ref, key).answer->value.value(), AnswerValue::NotApplicable);
        QVERIFY(statusOf(db, ref) != ReviewStatus::Approved);
        auto history = approvals.history(roundId, caseId);
        QVERIFY(history.ok());
        QVERIFY(!history->isEmpty());
        QCOMPARE(history->last().action, QStringLiteral("reopened"));
        QCOMPARE(history->last().comment, QStringLiteral("Forkert dato for samtalen"));
        QCOMPARE(history->last().user, QStringLiteral("tester"));
    }

    // A wheel turned over a combo box or spin box without focus changes nothing (it scrolls what they sit in);
    // once clicked into, the wheel steps the value as usual.
    void theWheelNeverChangesAnUnfocusedField()
    {
        WheelGuard::installOnApplication();
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *scroll = new QScrollArea(&window);
        auto *inner = new QWidget;
        auto *innerLayout = new QVBoxLayout(inner);
        auto *combo = new QComboBox(inner);
        combo->addItems({QStringLiteral("Område"), QStringLiteral("Sagsbehandler"), QStringLiteral("Team")});
        auto *spin = new QSpinBox(inner);
        spin->setRange(0, 10);
        spin->setValue(5);
        auto *other = new QLineEdit(inner);
        innerLayout->addWidget(other);
        innerLayout->addWidget(combo);
        innerLayout->addWidget(spin);
        innerLayout->addSpacing(2000); // something to scroll
        scroll->setWidget(inner);
        layout->addWidget(scroll);
        window.resize(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        other->setFocus();
        QCOMPARE(QApplication::focusWidget(), other);

        const auto wheel = [](QWidget *target, int steps) {
            const QPointF pos = QPointF(target->rect().center());
            QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &event);
        };
        wheel(combo, 1);
        wheel(spin, 1);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(spin->value(), 5);
        // A real wheel (spontaneous, from the window system) would first give a field with Qt::WheelFocus the
        // focus, before any event filter sees it: the guard takes that away, so it changes nothing either.
        for (QWidget *field : {static_cast<QWidget *>(combo), static_cast<QWidget *>(spin)}) {
            const QPointF pos = QPointF(field->rect().center());
            QWheelEvent real(pos, field->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                             Qt::NoScrollPhase, false);
            QSpontaneKeyEvent::setSpontaneous(&real);
            qApp->notify(field, &real);
        }
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(spin->value(), 5);
        QVERIFY(scroll->verticalScrollBar()->value() > 0); // the page scrolled instead
        QCOMPARE(QApplication::focusWidget(), other);      // and the wheel did not take the focus

        // Clicked into: the wheel works as usual (so the guard above is what kept the values).
        combo->setFocus();
        QVERIFY(combo->hasFocus());
        wheel(combo, 1);
        QCOMPARE(combo->currentIndex(), 1);
    }

    // Moving quickly through the case list ends with the card of the case selected, never the previous one, and
    // the keyboard stays in the list.
    void selectingARowShowsItsCard()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        CaseListModel &model = f.controller.caseModel();
        QTableView *table = f.window->caseList()->table();
        QVERIFY(model.rowCount() > 5);
        table->setFocus();
        table->setCurrentIndex(model.index(0, 0));
        for (int row = 1; row <= 5; ++row)
            press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 5);
        const qint64 selected = model.caseIdAt(5);
        QTRY_COMPARE(f.window->cueCard()->caseId(), selected);
        QVERIFY(f.window->cueCard()
                    ->findChild<QLabel *>(QStringLiteral("caseTitle"))
                    ->text()
                    .startsWith(model.index(5, CaseListModel::CaseNumber).data().toString()));
        QCOMPARE(QApplication::focusWidget(), table);
        // And back up one: the card follows.
        press(Qt::Key_Up);
        QTRY_COMPARE(f.window->cueCard()->caseId(), model.caseIdAt(4));
    }

    // A note is saved on a short pause in typing (well under a second), and Ctrl+Z in the note undoes it.
    void aNoteIsSavedOnAPauseAndCtrlZWorksInIt()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        Database &db = f.controller.database();
        const ReviewRef ref{f.freshCase(QStringLiteral("integration"))};
        QVERIFY(f.window->openReview(ref));
        CueCardWidget *card = f.window->cueCard();
        CueItemWidget *item = card->itemWidgets().constFirst();
        card->focusItem(item->itemKey());
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), item->noteField());
        QTest::keyClicks(item->noteField(), QStringLiteral("Journalnotat mangler"));
        QTest::qWait(450); // the pause: at most 300 ms
        QCOMPARE(stored(db, ref, item->itemKey()).answer.value_or(Answer{}).note,
                 QStringLiteral("Journalnotat mangler"));
        // Ctrl+Z from the note: the review's undo, not only the field's.
        press(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(stored(db, ref, item->itemKey()).answer.value_or(Answer{}).note, QString());
        QCOMPARE(item->noteField()->text(), QString());
    }

    // A review completed in the cue card shows in the rounds view's figures at once, without reselecting.
    void theRoundFiguresFollowACompletion()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        auto *rounds = f.window->findChild<RoundsView *>();
        QVERIFY(rounds);
        const qint64 caseId = f.freshCase(QStringLiteral("integration"));
        const qint64 roundId = startIntegrationWalkthrough(*rounds, QStringLiteral("Live"));
        QVERIFY(roundId > 0);
        const ReviewRef ref{caseId, roundId};
        int row = -1;
        for (int r = 0; r < rounds->caseModel().rowCount(); ++r)
            if (rounds->caseModel().caseAt(r).caseId == caseId)
                row = r;
        QVERIFY(row >= 0);
        const QString before = rounds->roundModel().index(0, RoundListModel::Reviewed).data().toString();

        ReviewService &service = f.controller.service(); // the cue card's service
        auto state = service.load(ref);
        QVERIFY(state.ok());
        for (const CueCardItem *item : state->applicableItems())
            QVERIFY(service.answer(ref, item->key, AnswerValue::Met, QStringLiteral("checked")).ok());
        QVERIFY(service.complete(ref).ok());

        // Out of sight the view reads nothing; its tab shown, it has the completion.
        auto *tabs = f.window->findChild<QTabWidget *>();
        QVERIFY(tabs && !rounds->isVisible());
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(rounds))
                tabs->setCurrentIndex(i);
        QVERIFY(rounds->isVisible());
        QCOMPARE(rounds->currentRound(), roundId);
        QCOMPARE(rounds->caseModel().caseAt(row).reviewStatus, ReviewStatus::Completed);
        QVERIFY(rounds->roundModel().index(0, RoundListModel::Reviewed).data().toString() != before);
    }
};

QTEST_MAIN(TestViewNoAccidents)
#include "tst_view_noaccidents.moc"
