// The cue card driven by the keyboard alone: answer every item, write a note, fill a defect, undo and redo,
// complete; then read the database back to see that every change was stored.
#include "appcontroller.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "defecteditor.h"
#include "itemmodels/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "services/reviewservice.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sagstjek;

namespace {

// The window on a fresh demo database in a temporary folder.
struct Fixture {
    QTemporaryDir dir;
    AppSettings settings;
    AppController controller{QStringLiteral("tester"), QStringLiteral("en")};
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!dir.isValid() || !controller.openDatabase(dir.filePath(QStringLiteral("t.sqlite")),
                                                       Database::OpenMode::CreateIfMissing, true))
            return false;
        window = std::make_unique<MainWindow>(controller, settings);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    // The first case of `area` that nobody has reviewed yet.
    qint64 freshCase(const QString &area)
    {
        CaseFilter filter;
        filter.area = area;
        filter.status = QStringLiteral("not-started");
        controller.caseModel().setFilter(filter);
        return controller.caseModel().caseIdAt(0);
    }
};

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

class TestViewCueCard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(language::resolve({}, QStringLiteral("en")));
    }

    void answersEveryItemWithTheKeyboardAlone();
};

void TestViewCueCard::answersEveryItemWithTheKeyboardAlone()
{
    Fixture f;
    QVERIFY(f.start());
    const qint64 caseId = f.freshCase(QStringLiteral("integration"));
    QVERIFY(caseId > 0);
    QVERIFY(f.window->openReview(ReviewRef{caseId}));
    CueCardWidget *card = f.window->cueCard();
    const QList<CueItemWidget *> items = card->itemWidgets();
    QVERIFY2(items.size() >= 6, "the integration cue card has many items");
    const auto focused = [] { return QApplication::focusWidget(); };
    QCOMPARE(focused(), items.at(0)); // answers are never pre-filled: the first item waits
    for (const CueItemWidget *item : items)
        QVERIFY(!item->isAnswered());

    QHash<QString, AnswerValue> expected;
    // An answer that differs from the computed verdict asks for the reason at once; Enter goes on.
    int reasons = 0;
    const auto giveReasonIfAsked = [&](int i) {
        if (focused() == items.at(i)->reasonField()) {
            QTest::keyClicks(focused(), QStringLiteral("Checked in the journal"));
            press(Qt::Key_Return);
            ++reasons;
        }
    };
    // 1: "1" = met, and focus moves on to the next unanswered item.
    press(Qt::Key_1);
    giveReasonIfAsked(0);
    expected.insert(items.at(0)->itemKey(), AnswerValue::Met);
    QCOMPARE(focused(), items.at(1));
    // 2: "N" = not met: the defect opens inline, pre-filled, and the caret goes to its description to make it
    // case-specific; Esc goes back to the item, Down on to the next.
    press(Qt::Key_N);
    giveReasonIfAsked(1);
    expected.insert(items.at(1)->itemKey(), AnswerValue::NotMet);
    QCOMPARE(focused(), items.at(1)->defectEditor()->descriptionField());
    press(Qt::Key_Escape);
    QCOMPARE(focused(), items.at(1));
    press(Qt::Key_Down);
    QCOMPARE(focused(), items.at(2));
    QVERIFY(items.at(1)->defectEditor()->isVisibleTo(items.at(1)));
    QVERIFY(!items.at(1)->defectEditor()->descriptionField()->toPlainText().isEmpty());
    QCOMPARE(items.at(1)->defectEditor()->ownerField()->text(), card->state()->caseFile.caseworker);

    // Back up to item 2, Enter to its note, type, Esc back to the item.
    press(Qt::Key_Up);
    QCOMPARE(focused(), items.at(1));
    press(Qt::Key_Return);
    QCOMPARE(focused(), items.at(1)->noteField());
    QTest::keyClicks(focused(), QStringLiteral("Kontrakten mangler borgerens underskrift"));
    press(Qt::Key_Escape);
    QCOMPARE(focused(), items.at(1));
    // Enter again, Tab from the note into the defect's description, replace it, Esc back.
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    if (focused() == items.at(1)->reasonField())
        press(Qt::Key_Tab); // note → reason (when asked for) → defect
    QCOMPARE(focused(), items.at(1)->defectEditor()->descriptionField());
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("Indhent underskrevet kontrakt"));
    press(Qt::Key_Escape);
    QCOMPARE(focused(), items.at(1));

    // Tab and Shift+Tab, Down and Up move between items.
    press(Qt::Key_Tab);
    QCOMPARE(focused(), items.at(2));
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), items.at(1));
    press(Qt::Key_Down);
    QCOMPARE(focused(), items.at(2));

    // The rest with J/N/I and 1/2/3 (and A, English "not applicable").
    const std::pair<int, AnswerValue> keys[] = {{Qt::Key_I, AnswerValue::NotApplicable},
                                                {Qt::Key_J, AnswerValue::Met},
                                                {Qt::Key_3, AnswerValue::NotApplicable},
                                                {Qt::Key_Y, AnswerValue::Met},
                                                {Qt::Key_A, AnswerValue::NotApplicable}};
    for (int i = 2; i < items.size(); ++i) {
        QCOMPARE(focused(), items.at(i));
        const auto &[key, value] = keys[(i - 2) % std::size(keys)];
        press(key);
        giveReasonIfAsked(i);
        expected.insert(items.at(i)->itemKey(), value);
        QVERIFY(items.at(i)->isAnswered());
    }
    for (const CueItemWidget *item : items)
        QVERIFY2(item->isAnswered() && !item->needsReason(), qPrintable(item->itemKey()));
    QVERIFY2(reasons > 0, "the demo case has computed verdicts the test disagrees with");

    // Undo and redo an answer: item 1 changed from met to not applicable, back, and again.
    const QString firstKey = items.at(0)->itemKey();
    card->focusItem(firstKey);
    press(Qt::Key_3);
    giveReasonIfAsked(0);
    card->focusItem(firstKey);
    ReviewService reader(f.controller.session());
    const auto storedValue = [&](const QString &key) -> std::optional<AnswerValue> {
        auto state = reader.itemState(ReviewRef{caseId}, key);
        return state && state->answer ? state->answer->value : std::nullopt;
    };
    QCOMPARE(storedValue(firstKey), AnswerValue::NotApplicable);
    card->focusItem(firstKey);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedValue(firstKey), AnswerValue::Met);
    QVERIFY(items.at(0)->answerButton(AnswerValue::Met)->isChecked());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedValue(firstKey), AnswerValue::NotApplicable);
    QVERIFY(items.at(0)->answerButton(AnswerValue::NotApplicable)->isChecked());
    expected.insert(firstKey, AnswerValue::NotApplicable);

    // The database, read through a service of its own, has every answer, the note and the defect.
    auto stored = reader.open(ReviewRef{caseId});
    QVERIFY(stored);
    QVERIFY(stored->review);
    QCOMPARE(stored->answeredCount(), int(items.size()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(stored->review->answers.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(stored->review->answers.value(it.key()).value, it.value());
    }
    const QString secondKey = items.at(1)->itemKey();
    QCOMPARE(stored->review->answers.value(secondKey).note, QStringLiteral("Kontrakten mangler borgerens underskrift"));
    QVERIFY(stored->review->defects.contains(secondKey));
    QCOMPARE(stored->review->defects.value(secondKey).description, QStringLiteral("Indhent underskrevet kontrakt"));
    QCOMPARE(stored->review->defects.value(secondKey).owner, stored->caseFile.caseworker);

    // Ctrl+Enter completes the review.
    press(Qt::Key_Return, Qt::ControlModifier);
    auto done = reader.open(ReviewRef{caseId});
    QVERIFY(done && done->review);
    QVERIFY2(done->review->status == ReviewStatus::Completed, qPrintable(card->shownProblems().join(u'\n')));
    QCOMPARE(done->caseFile.reviewStatus, ReviewStatus::Completed);
    QCOMPARE(card->reviewStatusText(), QStringLiteral("Completed"));
}

QTEST_MAIN(TestViewCueCard)
#include "tst_view_cuecard.moc"
