// One defects view instead of "Defects" and "Remediation": the filters of both (round, status, owner, area,
// severity, overdue), a detail pane with the description and the remediation note, and Enter opening the case at
// the item, in the main window on the demo data.
#include "cuecardwidget.h"
#include "defecteditor.h"
#include "itemmodels/roundmodels.h"
#include "language.h"
#include "remediationview.h"
#include "services/defectservice.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>

using namespace sagstjek;

namespace {

// The count label's text for `n` defects, in the language installed (the plural comes from the translation).
QString defectsText(int n)
{
    return QCoreApplication::translate("sagstjek::RemediationView", "%n defect(s)", nullptr, n);
}

void choose(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    QVERIFY2(index > 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

} // namespace

class TestDefectsView : public QObject {
    Q_OBJECT

private slots:
    void oneTabWithTheFiltersOfBoth()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i)
            names << tabs->tabText(i);
        QCOMPARE(names.count(QStringLiteral("Defects")), 1);
        QVERIFY2(!names.contains(QStringLiteral("Remediation")), qPrintable(names.join(u", ")));
        f.window->showTab(QStringLiteral("remediation")); // the old name still leads there
        RemediationView *view = f.window->defects();
        QVERIFY(view);
        QCOMPARE(tabs->currentWidget()->findChild<RemediationView *>(), view);

        const int all = view->model().rowCount();
        QVERIFY2(all > 3, "the demo data has defects");
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("count"))->text().startsWith(QString::number(all)));

        // Area and severity (the old defects tab's filters) narrow the tracker's list in SQL.
        choose(view->findChild<QComboBox *>(QStringLiteral("areaFilter")), QStringLiteral("integration"));
        const int integration = view->model().rowCount();
        QVERIFY(integration > 0 && integration < all);
        for (int row = 0; row < integration; ++row)
            QCOMPARE(view->model().defectAt(row).area, QStringLiteral("integration"));
        auto *severity = view->findChild<QComboBox *>(QStringLiteral("severityFilter"));
        choose(severity, severityKey(Severity::Major));
        for (int row = 0; row < view->model().rowCount(); ++row)
            QCOMPARE(view->model().defectAt(row).defect.severity, Severity::Major);
        severity->setCurrentIndex(0);
        QCOMPARE(view->model().rowCount(), integration);

        // Status and overdue (the tracker's own) still work beside them.
        choose(view->findChild<QComboBox *>(QStringLiteral("statusFilter")), QStringLiteral("open"));
        for (int row = 0; row < view->model().rowCount(); ++row)
            QCOMPARE(view->model().defectAt(row).defect.status, DefectStatus::Open);
    }

    void theDetailPaneShowsTheRemediationNote()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        f.window->showTab(QStringLiteral("defects"));
        RemediationView *view = f.window->defects();
        choose(view->findChild<QComboBox *>(QStringLiteral("statusFilter")), QStringLiteral("open"));
        QVERIFY(view->model().rowCount() > 0);
        QVERIFY(view->detailText().contains(QStringLiteral("Choose a defect")));

        QTableView *table = view->table();
        table->setCurrentIndex(view->model().index(0, 0));
        const TrackedDefect chosen = view->model().defectAt(0);
        QVERIFY2(view->detailText().contains(chosen.defect.description), qPrintable(view->detailText()));
        QVERIFY(view->detailText().contains(QStringLiteral("Remediation: not yet")));

        // Remediated with a note: the note is in the pane (and in the database) without opening anything.
        table->selectRow(0);
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("note")), QStringLiteral("Kontrakt indhentet"));
        view->findChild<QPushButton *>(QStringLiteral("remediate"))->click();
        QVERIFY2(!view->message().isEmpty(), "a message says what happened");
        const QString stored =
            sql::scalar(sqlOf(f.controller.database()), QStringLiteral("SELECT status FROM defects WHERE id = ?"),
                        {chosen.defect.id})
                ->toString();
        QCOMPARE(stored, QStringLiteral("remediated"));
        view->findChild<QComboBox *>(QStringLiteral("statusFilter"))->setCurrentIndex(0);
        int row = -1;
        for (int i = 0; i < view->model().rowCount(); ++i)
            if (view->model().defectAt(i).defect.id == chosen.defect.id)
                row = i;
        QVERIFY(row >= 0);
        table->setCurrentIndex(view->model().index(row, 0));
        QVERIFY2(view->detailText().contains(QStringLiteral("Kontrakt indhentet")), qPrintable(view->detailText()));
    }

    // The count beside the filters is never "0 defects" over rows already shown: the model is lazy (a page of 200
    // when the table asks), so the count says "Counting…" until it is known and then how many the filter selects,
    // also beyond the first page (counted in a worker on a connection of its own).
    void theCountIsRightWhileTheRowsArriveAPageAtATime()
    {
        QTemporaryDir dir;
        auto db = testsupport::fileDatabase(dir, QStringLiteral("defects.db"));
        testsupport::addReviewedCases(*db, 300, 1); // 300 defects: more than the first page
        auto actor = testsupport::actor(*db);
        RemediationView view(*actor.session);
        auto *count = view.findChild<QLabel *>(QStringLiteral("count"));
        QVERIFY(count->text() != defectsText(0));
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.model().rowCount() > 0); // the table asked for the first page
        QCOMPARE(view.model().rowCount(), DefectTrackerModel::PageSize);
        QVERIFY2(count->text() == QStringLiteral("Counting…") || count->text() == defectsText(300),
                 qPrintable(count->text()));
        QTRY_COMPARE(count->text(), defectsText(300));

        // A narrower filter: counted again (the rows read are all of them here).
        choose(view.findChild<QComboBox *>(QStringLiteral("areaFilter")), QStringLiteral("integration"));
        QTRY_VERIFY(view.model().rowCount() > 0);
        const int integration = view.model().rowCount();
        QVERIFY(integration < 300);
        QTRY_COMPARE(count->text(), defectsText(integration));
        // Nothing selected: 0, said as such.
        choose(view.findChild<QComboBox *>(QStringLiteral("statusFilter")), QStringLiteral("verified"));
        QTRY_COMPARE(count->text(), defectsText(0));
    }

    // The due-date fields use the one date format of the language: dd-MM-yyyy in Danish, ISO in English.
    void dueDatesAreEditedInTheLanguagesDateFormat()
    {
        const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db);
        for (const auto &[lang, format, text] :
             {std::tuple{QStringLiteral("da"), QStringLiteral("dd-MM-yyyy"), QStringLiteral("05-03-2026")},
              std::tuple{QStringLiteral("en"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("2026-03-05")}}) {
            language::install(lang);
            RemediationView view(*actor.session);
            auto *due = view.findChild<QDateEdit *>(QStringLiteral("due"));
            QVERIFY(due);
            QCOMPARE(due->displayFormat(), format);
            due->setDate(QDate(2026, 3, 5));
            QCOMPARE(due->text(), text);
            DefectEditor editor;
            QCOMPARE(editor.dueField()->displayFormat(), format);
        }
    }

    void enterOpensTheCaseAtTheItem()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        f.window->showTab(QStringLiteral("defects"));
        RemediationView *view = f.window->defects();
        QTableView *table = view->table();
        table->setFocus();
        table->setCurrentIndex(view->model().index(0, 0));
        const Defect defect = view->model().defectAt(0).defect;
        QTest::keyClick(table, Qt::Key_Return);
        auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(f.window->cueCard()->caseId(), defect.caseId);
    }
};

QTEST_MAIN(TestDefectsView)
#include "tst_view_defects.moc"
