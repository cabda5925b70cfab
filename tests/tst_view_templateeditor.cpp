// The template editor: editing a question by typing, retiring an answered item, the orphan confirmation before
// saving, the new version beside the untouched old one, and invalid rules blocking the save.
#include "language.h"
#include "rules/period.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "storage/templaterepository.h"
#include "templateeditor.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace sagstjek;

namespace {

// The newest stored version of `key`.
TemplateSummary newest(Database &db, const QString &key)
{
    TemplateSummary found;
    auto list = db.templates().list();
    if (!list)
        return found;
    for (const TemplateSummary &summary : list.value())
        if (summary.key == key && summary.version > found.version)
            found = summary;
    return found;
}

int comboIndexOf(TemplateEditor &editor, Database &db, qint64 id)
{
    auto list = db.templates().list();
    for (int i = 0; list && i < list->size(); ++i)
        if (list->at(i).id == id)
            return i;
    Q_UNUSED(editor);
    return -1;
}

} // namespace

class TestTemplateEditor : public QObject {
    Q_OBJECT

private slots:
    void editRetireAndSaveNewVersion();
    void invalidRulesBlockSaving();
    void aRuleIsEditedWithFieldsAndExplainedInWords();
    void screenshot();
};

void TestTemplateEditor::editRetireAndSaveNewVersion()
{
    auto db = testsupport::memoryDatabase(true);
    const TemplateSummary old = newest(*db, QStringLiteral("integration"));
    QVERIFY(old.id > 0);
    auto oldCard = db->templates().load(old.id);
    QVERIFY(oldCard);

    // An item of the integration card that the demo reviews have answered.
    auto answered = sql::scalar(sqlOf(*db),
                                QStringLiteral("SELECT i.key FROM answers a JOIN reviews r ON r.id = a.review_id "
                                               "JOIN items i ON i.id = a.item_id WHERE r.template_id = ? "
                                               "ORDER BY i.key LIMIT 1"),
                                {old.id});
    QVERIFY(answered);
    const QString removedKey = answered->toString();
    QVERIFY2(oldCard->item(removedKey), qPrintable(removedKey));
    QString editedKey;
    for (const CueCardItem *item : oldCard->items())
        if (item->key != removedKey) {
            editedKey = item->key;
            break;
        }
    QVERIFY(!editedKey.isEmpty());
    const QString oldText = oldCard->item(editedKey)->text.da;

    auto koordinator = testsupport::actor(*db, QStringLiteral("koordinator"), QStringLiteral("da"));
    TemplateEditor editor(*koordinator.session);
    editor.show();
    QVERIFY(!editor.isReadOnly());
    const int index = comboIndexOf(editor, *db, old.id);
    QVERIFY(index >= 0);
    editor.templateCombo()->setCurrentIndex(index);
    editor.loadTemplate(index);
    QVERIFY(editor.currentProblems().isEmpty());

    // Type a new Danish question.
    QVERIFY(editor.selectItem(editedKey));
    QCOMPARE(editor.questionDaEdit()->text(), oldText);
    editor.questionDaEdit()->setFocus();
    editor.questionDaEdit()->selectAll();
    const QString newText = QStringLiteral("Er kontrakten på plads?");
    QTest::keyClicks(editor.questionDaEdit(), newText);
    QCOMPARE(editor.questionDaEdit()->text(), newText);
    QCOMPARE(editor.itemTree()->currentItem()->text(0), newText); // the question, not the key

    // Retire the answered item.
    QVERIFY(editor.selectItem(removedKey));
    editor.removeSelectedItem();
    QVERIFY(!editor.selectItem(removedKey));
    QVERIFY(editor.currentProblems().isEmpty());

    // Saving asks first, naming the orphaned item; accept.
    QString shownText;
    bool confirmed = false;
    QTimer confirm;
    confirm.setInterval(20);
    connect(&confirm, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            shownText = box->text();
            confirmed = true;
            confirm.stop();
            box->button(QMessageBox::Yes)->click();
            return;
        }
    });
    confirm.start();
    const int version = editor.saveAsNewVersion();
    confirm.stop();
    QVERIFY(confirmed);
    QVERIFY2(shownText.contains(removedKey), qPrintable(shownText));
    QCOMPARE(version, old.version + 1);
    QVERIFY2(editor.statusLabel()->text().contains(QString::number(version)), qPrintable(editor.statusLabel()->text()));

    // The new version has the change and not the item; the old version is untouched.
    const TemplateSummary fresh = newest(*db, QStringLiteral("integration"));
    QCOMPARE(fresh.version, version);
    QVERIFY(fresh.id != old.id);
    auto newCard = db->templates().load(fresh.id);
    QVERIFY(newCard);
    QVERIFY(newCard->item(editedKey));
    QCOMPARE(newCard->item(editedKey)->text.da, newText);
    QVERIFY(!newCard->item(removedKey));
    QCOMPARE(newCard->itemCount(), oldCard->itemCount() - 1);

    auto oldAgain = db->templates().load(old.id);
    QVERIFY(oldAgain);
    QCOMPARE(oldAgain->version, old.version);
    QVERIFY(oldAgain->item(removedKey));
    QCOMPARE(oldAgain->item(editedKey)->text.da, oldText);
    QCOMPARE(oldAgain->json, oldCard->json);

    // The editor now shows the saved version.
    QVERIFY(editor.templateCombo()->currentText().contains(QString::number(version)));
    QVERIFY(!editor.selectItem(removedKey));
}

void TestTemplateEditor::invalidRulesBlockSaving()
{
    auto db = testsupport::memoryDatabase(true);
    const TemplateSummary old = newest(*db, QStringLiteral("integration"));
    const int templatesBefore = int(db->templates().list()->size());

    auto koordinator = testsupport::actor(*db, QStringLiteral("koordinator"), QStringLiteral("da"));
    TemplateEditor editor(*koordinator.session);
    editor.show();
    const int index = comboIndexOf(editor, *db, old.id);
    editor.templateCombo()->setCurrentIndex(index);
    editor.loadTemplate(index);
    const QString itemKey = QStringLiteral("integration.contract.signed_in_time");
    QVERIFY(editor.selectItem(itemKey));
    QVERIFY(editor.rulesEdit()->toPlainText().contains(QStringLiteral("takeover")));

    // Text that is not JSON is a problem too.
    editor.rulesEdit()->setPlainText(QStringLiteral("[{"));
    QVERIFY2(editor.problemsView()->toPlainText().contains(itemKey), qPrintable(editor.problemsView()->toPlainText()));
    QCOMPARE(editor.saveAsNewVersion(), 0);

    editor.rulesEdit()->setPlainText(QStringLiteral(
        R"([{"version": "test", "valid_from": null, "valid_to": null,
             "check": {"type": "deadline", "start": "nowhere", "actual": "contract_signed", "period": "P1M"}}])"));
    const QString problems = editor.problemsView()->toPlainText();
    QVERIFY2(problems.contains(QStringLiteral("nowhere")), qPrintable(problems));
    QVERIFY2(problems.contains(itemKey), qPrintable(problems));
    QVERIFY(!editor.currentProblems().isEmpty());

    // No question is asked (nothing is orphaned) and nothing is saved; the status names the problem.
    bool boxShown = false;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                boxShown = true;
                box->reject();
            }
    });
    watch.start();
    QCOMPARE(editor.saveAsNewVersion(), 0);
    watch.stop();
    QVERIFY(!boxShown);
    QVERIFY2(editor.statusLabel()->text().contains(QStringLiteral("nowhere")),
             qPrintable(editor.statusLabel()->text()));
    QCOMPARE(int(db->templates().list()->size()), templatesBefore);
    QCOMPARE(newest(*db, QStringLiteral("integration")).version, old.version);

    // Putting the rule right makes the card savable again.
    editor.rulesEdit()->setPlainText(QStringLiteral(
        R"([{"version": "test", "valid_from": null, "valid_to": null,
             "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed", "period": "P1M"}}])"));
    QVERIFY2(editor.currentProblems().isEmpty(), qPrintable(editor.currentProblems().join(u'\n')));
}

void TestTemplateEditor::aRuleIsEditedWithFieldsAndExplainedInWords()
{
    auto db = testsupport::memoryDatabase(true);
    const TemplateSummary old = newest(*db, QStringLiteral("integration"));
    auto oldCard = db->templates().load(old.id);
    QVERIFY(oldCard);
    auto koordinator = testsupport::actor(*db, QStringLiteral("koordinator"), QStringLiteral("da"));
    TemplateEditor editor(*koordinator.session);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // It fits a 1366×768 screen (it was 826 px tall): the item's fields scroll.
    QVERIFY2(editor.height() <= 700, qPrintable(QString::number(editor.height())));
    QVERIFY2(editor.minimumSizeHint().height() <= 700, qPrintable(QString::number(editor.minimumSizeHint().height())));
    QVERIFY(editor.width() <= 1366);
    const int index = comboIndexOf(editor, *db, old.id);
    editor.templateCombo()->setCurrentIndex(index);
    editor.loadTemplate(index);

    // The list shows the questions; the key is a detail of the selected item.
    QTreeWidget *tree = editor.itemTree();
    QCOMPARE(tree->columnCount(), 1);
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i)
            QVERIFY2(!tree->topLevelItem(s)->child(i)->text(0).startsWith(QStringLiteral("integration.")),
                     qPrintable(tree->topLevelItem(s)->child(i)->text(0)));
    const QString itemKey = QStringLiteral("integration.contract.signed_in_time");
    QVERIFY(editor.selectItem(itemKey));
    QCOMPARE(tree->currentItem()->text(0), oldCard->item(itemKey)->text.da);
    QCOMPARE(editor.itemKeyLabel()->text(), itemKey);

    // The rule in fields: a deadline of one month from the takeover, and its explanation.
    QCOMPARE(editor.checkTypeBox()->currentData().toString(), QStringLiteral("deadline"));
    QCOMPARE(editor.startFieldBox()->currentData().toString(), QStringLiteral("takeover"));
    QCOMPARE(editor.periodCountBox()->value(), 1);
    QCOMPARE(editor.periodUnitBox()->currentData().toInt(), int(rules::Period::Unit::Months));
    QVERIFY(editor.periodCountBox()->isEnabled());
    QVERIFY2(editor.ruleExplanation()->text().contains(QStringLiteral("1 måned")),
             qPrintable(editor.ruleExplanation()->text()));
    QVERIFY(!editor.ruleExplanation()->text().contains(QStringLiteral("takeover"))); // the date's name, not its key

    // Two months, by the keyboard; the explanation follows at once.
    editor.periodCountBox()->setFocus();
    QTest::keyClick(editor.periodCountBox(), Qt::Key_Up);
    QCOMPARE(editor.periodCountBox()->value(), 2);
    QVERIFY2(editor.ruleExplanation()->text().contains(QStringLiteral("2 måneder")),
             qPrintable(editor.ruleExplanation()->text()));
    QComboBox *roll = editor.rollBox();
    roll->setCurrentIndex(roll->findData(QStringLiteral("next-working-day")));
    QVERIFY(editor.ruleExplanation()->text().contains(QStringLiteral("next working day")));
    QVERIFY(editor.rulesEdit()->toPlainText().contains(QStringLiteral("P2M"))); // the JSON follows the fields
    // A check of another kind shows its own fields.
    QVERIFY(editor.currentProblems().isEmpty());

    const int version = editor.saveAsNewVersion();
    QCOMPARE(version, old.version + 1);
    const TemplateSummary fresh = newest(*db, QStringLiteral("integration"));
    auto newCard = db->templates().load(fresh.id);
    QVERIFY(newCard);
    const QJsonObject check = newCard->item(itemKey)->rules.first().toObject().value(u"check").toObject();
    QCOMPARE(check.value(u"period").toString(), QStringLiteral("P2M"));
    QCOMPARE(check.value(u"roll").toString(), QStringLiteral("next-working-day"));
    QCOMPARE(check.value(u"start").toString(), QStringLiteral("takeover"));
    QCOMPARE(check.value(u"actual").toString(), QStringLiteral("contract_signed"));
    // The old version is untouched.
    auto oldAgain = db->templates().load(old.id);
    QCOMPARE(oldAgain->item(itemKey)->rules, oldCard->item(itemKey)->rules);

    // An event count: its own rows, and the minimum in the explanation.
    QVERIFY(editor.selectItem(QStringLiteral("integration.followup.count")));
    QCOMPARE(editor.checkTypeBox()->currentData().toString(), QStringLiteral("event_count"));
    QVERIFY(!editor.rollBox()->isEnabled()); // no roll for a count
    QVERIFY(editor.ruleVersionBox()->count() >= 2);
    QVERIFY2(editor.ruleExplanation()->text().contains(QStringLiteral("at least 2")),
             qPrintable(editor.ruleExplanation()->text()));
}

// Writes the editor (Danish, a deadline rule selected) at its own size to
// SAGSTJEK_SCREENSHOT_DIR/templateeditor-da.png.
void TestTemplateEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
    language::install(QStringLiteral("da"));
    const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
    auto db = testsupport::memoryDatabase(true);
    auto koordinator = testsupport::actor(*db, QStringLiteral("koordinator"), QStringLiteral("da"));
    TemplateEditor editor(*koordinator.session);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int index = comboIndexOf(editor, *db, newest(*db, QStringLiteral("integration")).id);
    editor.templateCombo()->setCurrentIndex(index);
    editor.loadTemplate(index);
    QVERIFY(editor.selectItem(QStringLiteral("integration.contract.signed_in_time")));
    auto *scroll = editor.findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(editor.ruleExplanation());
    QVERIFY(editor.grab().save(dir + QStringLiteral("/templateeditor-da.png")));
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_view_templateeditor.moc"
