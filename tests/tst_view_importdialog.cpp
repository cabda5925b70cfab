// The mapping dialog: automatic mapping, changing it, the live preview with invalid cells in red, the sheet
// choice, saved mappings, an import with progress, and Cancel rolling back.
#include "exportdialog.h"
#include "importdialog.h"
#include "io/csvreader.h"
#include "language.h"
#include "services/auditservice.h"
#include "services/roundservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

using namespace sagstjek;

namespace {

qint64 caseCount(Database &db)
{
    return sql::scalar(sqlOf(db), QStringLiteral("SELECT count(*) FROM cases"))->toLongLong();
}

QComboBox *targetBox(ImportDialog &dialog, int row)
{
    return qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(row, 1));
}

// One notch of the mouse wheel over the middle of `target`, delivered as the window system delivers a real one
// (spontaneous: Qt may hand the focus to the widget under the mouse first), or as a program sends one.
void turnWheel(QWidget *target, bool spontaneous)
{
    const QPointF pos = QPointF(target->rect().center());
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    if (spontaneous) {
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(target, &event);
    } else {
        QApplication::sendEvent(target, &event);
    }
}

// Exports `path` and waits until it is written: an in-memory database exports in place, any other (a server) in the
// dialog's worker.
bool exportAndWait(ExportDialog &dialog, const QString &path)
{
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    if (!dialog.exportTo(path))
        return false;
    return (!finished.isEmpty() || finished.wait(60000)) && finished.first().first().toBool();
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return testsupport::writeFile(m_dir, name, content);
    }

private slots:
    void mapsAutomaticallyAndShowsInvalidCellsInRed()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = writeFile(QStringLiteral("dlg.csv"), "Sagsnummer;Navn;Område;Overtagelsesdato;Farve\n"
                                                                  "G-1;Åse;integration;05-03-2019;blå\n"
                                                                  "G-2;Bo;nowhere;31-02-2019;rød\n");
        QVERIFY(dialog.openFile(path));
        QCOMPARE(dialog.mappingTable()->rowCount(), 5);
        QCOMPARE(targetBox(dialog, 0)->currentData().toString(), QStringLiteral("case_number"));
        QCOMPARE(targetBox(dialog, 1)->currentData().toString(), QStringLiteral("name"));
        QCOMPARE(targetBox(dialog, 2)->currentData().toString(), QStringLiteral("area"));
        QCOMPARE(targetBox(dialog, 3)->currentData().toString(), QStringLiteral("takeover"));
        QCOMPARE(targetBox(dialog, 4)->currentData().toString(), QString()); // not imported

        QTableWidget *preview = dialog.previewTable();
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->columnCount(), 5); // the four mapped columns and the problem
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Case number")); // words, not keys
        QVERIFY(preview->item(1, 4)->text().contains(QStringLiteral("Unknown area")));
        QCOMPARE(preview->item(0, 4)->text(), QString());
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("2019-03-05")); // as it will be stored
        QCOMPARE(preview->item(0, 2)->background().style(), Qt::NoBrush);
        QVERIFY(preview->item(1, 2)->background().style() != Qt::NoBrush); // unknown area in red
        QVERIFY(preview->item(1, 2)->toolTip().contains(QStringLiteral("Unknown area")));
        QVERIFY(preview->item(1, 3)->background().style() != Qt::NoBrush); // impossible date in red
        QCOMPARE(preview->item(1, 0)->background().style(), Qt::NoBrush);

        // Mapping the colour column to "team" adds it to the preview.
        QComboBox *colour = targetBox(dialog, 4);
        colour->setCurrentIndex(colour->findData(QStringLiteral("team")));
        emit colour->activated(colour->currentIndex());
        QCOMPARE(preview->columnCount(), 6);

        // All or nothing: the invalid row refuses the import; ticking "skip" imports the valid one.
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isImporting());
        QCOMPARE(caseCount(*db), 0);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Nothing was imported")));
        dialog.skipInvalidBox()->setChecked(true);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isImporting());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(caseCount(*db), 1);
        QCOMPARE(dialog.summary().created, 1);
        QCOMPARE(dialog.summary().skipped, 1);
    }

    // Issue 12: turning the wheel over the mapping (to scroll it) changed "Område" to the next field. A wheel over a
    // mapping box the user has not clicked into changes nothing and leaves the focus where it was; clicked into,
    // the wheel steps it as usual. The dialog guarantees this itself, whoever opens it.
    void theWheelOverTheMappingChangesNothingUntilClickedInto()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString path = writeFile(QStringLiteral("wheel.csv"), "Sagsnummer;Navn;Område;Sagsbehandler\n"
                                                                    "W-1;Åse;integration;Karin\n");
        QVERIFY(dialog.openFile(path));
        QComboBox *area = targetBox(dialog, 2);
        QCOMPARE(area->currentData().toString(), QStringLiteral("area"));
        const QString areaText = area->currentText();
        QVERIFY2(areaText.startsWith(QStringLiteral("Område")), qPrintable(areaText)); // "Område (required)"
        QTRY_VERIFY(!dialog.isChecking());
        QSpinBox *other = dialog.headerRowBox();
        other->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), other);

        for (int row = 0; row < dialog.mappingTable()->rowCount(); ++row)
            for (const bool spontaneous : {false, true}) {
                QComboBox *box = targetBox(dialog, row);
                const QString before = box->currentData().toString();
                turnWheel(box, spontaneous);
                QVERIFY2(box->currentData().toString() == before,
                         qPrintable(QStringLiteral("row %1, %2 wheel: %3 → %4")
                                        .arg(row)
                                        .arg(spontaneous ? QStringLiteral("real") : QStringLiteral("sent"), before,
                                             box->currentData().toString())));
                QCOMPARE(QApplication::focusWidget(), other); // the wheel did not take the focus either
            }
        QCOMPARE(area->currentText(), areaText);
        QCOMPARE(dialog.currentMapping().columns.value(QStringLiteral("Område")), QStringLiteral("area"));

        // Clicked into, the wheel steps the mapping (so the guard above is what kept it).
        area->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(area->hasFocus());
        turnWheel(area, true);
        QVERIFY(area->currentData().toString() != QStringLiteral("area"));
        QCOMPARE(dialog.currentMapping().columns.value(QStringLiteral("Område")), area->currentData().toString());
    }

    void theWholeFileIsCheckedBeforeImportAndTheBadRowsCanBeShown()
    {
        auto db = testsupport::memoryDatabase();
        QByteArray csv = "Sagsnummer;Navn;Område;Overtagelsesdato\n";
        for (int i = 1; i <= 300; ++i) {
            const bool bad = i % 60 == 0; // rows 60, 120, 180, 240 and 300: beyond the 20 the preview shows
            csv += "V-" + QByteArray::number(i) + ";Borger " + QByteArray::number(i) + ";" +
                   (bad ? QByteArray("nowhere") : QByteArray("integration")) + ";05-03-2019\n";
        }
        const QString path = writeFile(QStringLiteral("check.csv"), csv);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.openFile(path));
        QTRY_VERIFY(dialog.fileCheck().has_value()); // checked in a worker thread
        QVERIFY(!dialog.isChecking());
        QCOMPARE(dialog.fileCheck()->rows, 300);
        QCOMPARE(dialog.fileCheck()->invalidRows, 5);
        QVERIFY2(dialog.checkLabel()->text().startsWith(QStringLiteral("5 of 300 row")),
                 qPrintable(dialog.checkLabel()->text()));
        QTableWidget *preview = dialog.previewTable();
        QCOMPARE(preview->rowCount(), 20); // the first rows, all valid
        QVERIFY(dialog.onlyErrorsBox()->isEnabled());
        QTest::mouseClick(dialog.onlyErrorsBox(), Qt::LeftButton, {}, QPoint(4, dialog.onlyErrorsBox()->height() / 2));
        QVERIFY(dialog.onlyErrorsBox()->isChecked());
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("61")); // the file's row (header = 1)
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Borger 60"));
        const int problem = preview->columnCount() - 1;
        QVERIFY(preview->item(0, problem)->text().contains(QStringLiteral("Unknown area")));
        QVERIFY(preview->item(4, 2)->background().style() != Qt::NoBrush);

        // Mapping the area column away changes the check: now the required column is missing.
        QComboBox *area = targetBox(dialog, 2);
        area->setCurrentIndex(0);
        emit area->activated(0);
        QTRY_VERIFY(dialog.fileCheck().has_value());
        QVERIFY(!dialog.fileCheck()->fileProblems.isEmpty());
        QVERIFY(dialog.checkLabel()->text().contains(QStringLiteral("cannot be imported")));
        QCOMPARE(dialog.fileCheck()->invalidRows, 300); // no row has an area now
        area->setCurrentIndex(area->findData(QStringLiteral("area")));
        emit area->activated(area->currentIndex());
        QTRY_VERIFY(dialog.fileCheck().has_value());
        QCOMPARE(dialog.fileCheck()->invalidRows, 5);

        // Nothing was written by the check; the import refuses the same five rows.
        QCOMPARE(caseCount(*db), 0);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isImporting());
        QCOMPARE(caseCount(*db), 0);
        QCOMPARE(dialog.summary().errors.size(), 5);
    }

    void theHeaderRowCanBeChosen()
    {
        auto db = testsupport::memoryDatabase();
        const QString path = writeFile(QStringLiteral("titled.csv"), "Sagsliste Jobcenter Nord\n"
                                                                     "Udtrukket 01-12-2026\n"
                                                                     "Sagsnummer;Navn;Område;Overtagelsesdato\n"
                                                                     "H-1;Åse;integration;05-03-2019\n"
                                                                     "H-2;Bo;integration;06-03-2019\n");
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.openFile(path);
        // Row 1 as the header: the title is the only column, and the next row does not fit it.
        QCOMPARE(dialog.mappingTable()->rowCount(), 1);
        QCOMPARE(dialog.mappingTable()->item(0, 0)->text(), QStringLiteral("Sagsliste Jobcenter Nord"));

        QSpinBox *header = dialog.headerRowBox();
        header->setFocus();
        QTest::keyClick(header, Qt::Key_Up);
        QTest::keyClick(header, Qt::Key_Up);
        QCOMPARE(header->value(), 3);
        QCOMPARE(dialog.mappingTable()->rowCount(), 4);
        QCOMPARE(targetBox(dialog, 0)->currentData().toString(), QStringLiteral("case_number"));
        QCOMPARE(targetBox(dialog, 2)->currentData().toString(), QStringLiteral("area"));
        QCOMPARE(targetBox(dialog, 3)->currentData().toString(), QStringLiteral("takeover"));
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->verticalHeaderItem(0)->text(), QStringLiteral("4"));
        QCOMPARE(dialog.currentMapping().headerRow, 3);
        QTRY_VERIFY(dialog.fileCheck().has_value());
        QCOMPARE(dialog.fileCheck()->invalidRows, 0);
        QVERIFY(dialog.checkLabel()->text().startsWith(QStringLiteral("No errors in the 2 row")));

        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isImporting());
        QCOMPARE(dialog.summary().created, 2);
        QCOMPARE(caseCount(*db), 2);
        auto id = db->cases().idForNumber(QStringLiteral("H-1"));
        QVERIFY(id.ok() && id.value() > 0);
        QCOMPARE(db->cases().load(id.value())->name, QStringLiteral("Åse"));
        QCOMPARE(db->cases().load(id.value())->dates.value(QStringLiteral("takeover")), QDate(2019, 3, 5));
    }

    void savedMappingsComeBack()
    {
        auto db = testsupport::memoryDatabase();
        const QString path = writeFile(QStringLiteral("odd.csv"), "Id;Person;Kategori\nO-1;Åse;integration\n");
        {
            auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
            ImportDialog dialog(*actor.session, ImportKind::Cases);
            dialog.openFile(path);
            QCOMPARE(targetBox(dialog, 0)->currentData().toString(), QString());
            const QStringList keys = {QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area")};
            for (int i = 0; i < 3; ++i)
                targetBox(dialog, i)->setCurrentIndex(targetBox(dialog, i)->findData(keys.at(i)));
            ImportMapping mapping = dialog.currentMapping();
            mapping.name = QStringLiteral("Fagsystem-udtræk");
            QVERIFY(importmapping::saveMapping(*db, mapping).ok());
        }
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        QComboBox *saved = dialog.savedMappingsBox();
        QCOMPARE(saved->itemText(1), QStringLiteral("Fagsystem-udtræk"));
        saved->setCurrentIndex(1);
        dialog.openFile(path);
        QCOMPARE(targetBox(dialog, 0)->currentData().toString(), QStringLiteral("case_number"));
        QCOMPARE(targetBox(dialog, 2)->currentData().toString(), QStringLiteral("area"));
        QCOMPARE(dialog.previewTable()->item(0, 2)->background().style(), Qt::NoBrush);
    }

    void xlsxSheetsCanBeChosen()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        QVERIFY(dialog.openFile(testsupport::fixturesPath() + QStringLiteral("/import/cases_two_sheets.xlsx")));
        QCOMPARE(dialog.sheetBox()->count(), 2);
        QCOMPARE(dialog.sheetBox()->currentText(), QStringLiteral("Sager"));
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->item(0, 3)->text(), QStringLiteral("2019-03-05"));
        dialog.sheetBox()->setCurrentIndex(1);
        emit dialog.sheetBox()->activated(1);
        QCOMPARE(dialog.mappingTable()->rowCount(), 1); // "Noter"
    }

    void cancelRollsBackAndTheUiKeepsResponding()
    {
        // A database file, as the app has: the import runs in a worker thread on the writer the window lends it.
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("cancel.db"));
        QByteArray csv = "case_number;name;area\n";
        for (int i = 0; i < 50000; ++i)
            csv += QStringLiteral("L-%1;Borger %1;integration\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("long.csv"), csv);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.setChunkSize(100);
        dialog.show();
        QVERIFY(dialog.openFile(path));
        QTRY_VERIFY(!dialog.isChecking());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(dialog.isImporting());
        // The event loop runs while the worker writes: the progress arrives.
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QStringLiteral("row(s) read")) ||
                    dialog.statusLabel()->text().contains(QStringLiteral("rows read")));
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // Cancel stops the import; it does not close the dialog
        QTRY_VERIFY(!dialog.isImporting());
        QVERIFY(dialog.summary().cancelled);
        QCOMPARE(caseCount(*db), 0);
        QVERIFY(dialog.isVisible());
        // The window's connection writes again once the worker is done.
        QVERIFY(db->settings().set(QStringLiteral("probe"), QStringLiteral("1")).ok());
    }

    // A large import in the app: the rows are written, indexed and committed in a worker thread while the
    // dialog's event loop goes on; meanwhile the window's connection refuses writes (it lent its writer), after
    // it writes again, and the audit chain is one chain across both connections.
    void aFileImportWritesInAWorkerAndHandsTheWriterBack()
    {
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("worker.db"));
        QByteArray csv = "case_number;name;area;takeover\n";
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("W-%1;Borger %1;integration;05-03-2019\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("worker.csv"), csv);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.show();
        QVERIFY(dialog.openFile(path));
        QTRY_VERIFY(!dialog.isChecking());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(dialog.isImporting());
        const Status whileImporting = db->settings().set(QStringLiteral("probe"), QStringLiteral("during"));
        QVERIFY2(!whileImporting.ok(), "the window's connection must not write while the worker does");
        QVERIFY2(whileImporting.error().message.contains(QStringLiteral("import is being written")),
                 qPrintable(whileImporting.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 60000);
        QVERIFY2(dialog.summary().applied, qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.summary().created, 3000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(caseCount(*db), 3000);
        QVERIFY(db->settings().set(QStringLiteral("probe"), QStringLiteral("after")).ok());
        // Another change on the window's connection after the worker's records: still one unbroken chain.
        auto more =
            CaseImporter(*actor.session, importmapping::currentCards(*db).value())
                .import({QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area")},
                        {{QStringLiteral("W-extra"), QStringLiteral("Åse Ørn"), QStringLiteral("integration")}}, {});
        QVERIFY(more.ok());
        QCOMPARE(more->created, 1);
        auto verified = AuditService(*actor.session).verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact);
    }

    void exportDialogPicksTheRoundAndStatusInWordsAndSaysWhereTheFileWent()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db);
        auto imported = CaseImporter(*actor.session, importmapping::currentCards(*db).value())
                            .import({QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area")},
                                    {{QStringLiteral("X-1"), QStringLiteral("Åse"), QStringLiteral("integration")},
                                     {QStringLiteral("X-2"), QStringLiteral("Bo"), QStringLiteral("integration")}},
                                    {});
        QVERIFY(imported.ok() && imported->applied);
        RoundService rounds(*actor.session);
        for (const QString &name : {QStringLiteral("Runde forår"), QStringLiteral("Runde efterår")}) {
            RoundSpec spec;
            spec.name = name;
            spec.kind = RoundKind::Walkthrough;
            auto round = rounds.create(spec);
            QVERIFY2(round.ok(), qPrintable(round.error().message));
        }
        ExportDialog dialog(*actor.session);
        QComboBox *round = dialog.roundBox();
        QCOMPARE(round->count(), 3);
        QCOMPARE(round->itemData(0).toString(), QString());            // all rounds
        QCOMPARE(round->itemText(1), QStringLiteral("Runde efterår")); // newest first
        QCOMPARE(round->itemText(2), QStringLiteral("Runde forår"));
        QComboBox *status = dialog.statusBox();
        QVERIFY(!status->isEditable());
        QStringList words;
        for (int i = 0; i < status->count(); ++i)
            words << status->itemText(i);
        QCOMPARE(words, QStringList({QStringLiteral("All statuses"), QStringLiteral("Not started"),
                                     QStringLiteral("In progress"), QStringLiteral("Completed")}));
        QCOMPARE(status->itemData(3).toString(), QStringLiteral("completed"));
        dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(int(Exporter::What::Defects)));
        QVERIFY(status->count() > 1);
        for (int i = 0; i < status->count(); ++i)
            QVERIFY2(!status->itemText(i).contains(u'-') && status->itemText(i) != status->itemData(i).toString(),
                     qPrintable(status->itemText(i))); // words, not keys
        dialog.whatBox()->setCurrentIndex(0);

        round->setCurrentIndex(1);
        status->setCurrentIndex(status->findData(QStringLiteral("not-started")));
        QCOMPARE(dialog.options().filter.round, QStringLiteral("Runde efterår"));
        QCOMPARE(dialog.options().filter.status, QStringLiteral("not-started"));
        QVERIFY(!dialog.openFolderButton()->isEnabled());
        dialog.formatBox()->setCurrentIndex(1); // CSV
        const QString path = m_dir.filePath(QStringLiteral("runde.csv"));
        QVERIFY(exportAndWait(dialog, path));
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("2 row")) &&
                     dialog.messageLabel()->text().contains(QStringLiteral(" written to runde.csv")),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(m_dir.path())));
        QVERIFY(dialog.openFolderButton()->isEnabled());
        QCOMPARE(dialog.lastFolder(), QFileInfo(path).absolutePath());
        QCOMPARE(io::readCsvFile(path).table.rows.size(), 2);
    }

    void exportDialogLeavesPersonalDataOutByDefault()
    {
        auto db = testsupport::memoryDatabase(true);
        auto actor = testsupport::actor(*db);
        ExportDialog dialog(*actor.session);
        QVERIFY(!dialog.personalDataBox()->isChecked());
        QVERIFY(!dialog.options().includePersonalData);
        dialog.formatBox()->setCurrentIndex(1); // CSV for Danish Excel
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(exportAndWait(dialog, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.readLine();
        QVERIFY2(header.startsWith("\xEF\xBB\xBF"
                                   "Case number;Area;"),
                 header.constData()); // in words, in the session's language
        QVERIFY(!header.contains(";Name;"));
    }

    // "Keys instead of words" gives the file for machines: field keys as headers and the stored keys as values;
    // without it the same export is in the user's words.
    void exportDialogWritesKeysForMachinesWhenAsked()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        auto imported =
            CaseImporter(*actor.session, importmapping::currentCards(*db).value())
                .import({QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area")},
                        {{QStringLiteral("K-1"), QStringLiteral("Åse"), QStringLiteral("integration")}}, {});
        QVERIFY(imported.ok() && imported->applied);
        ExportDialog dialog(*actor.session);
        dialog.formatBox()->setCurrentIndex(1);  // CSV
        QVERIFY(!dialog.keysBox()->isChecked()); // words by default
        QVERIFY(!dialog.options().keys);

        const auto exported = [&](const QString &name) {
            const QString path = m_dir.filePath(name);
            [&] { QVERIFY(exportAndWait(dialog, path)); }();
            return io::readCsvFile(path).table;
        };
        const io::Table words = exported(QStringLiteral("ord.csv"));
        QCOMPARE(words.headers.value(0), QStringLiteral("Sagsnummer"));
        const qsizetype wordStatus = words.headers.indexOf(QStringLiteral("Gennemgangsstatus"));
        QVERIFY2(wordStatus > 0, qPrintable(words.headers.join(u';')));
        QCOMPARE(words.rows.value(0).value(wordStatus), QStringLiteral("Ikke startet"));

        dialog.keysBox()->setChecked(true);
        QVERIFY(dialog.options().keys);
        const io::Table keys = exported(QStringLiteral("nøgler.csv"));
        QCOMPARE(keys.headers.value(0), QStringLiteral("case_number"));
        const qsizetype keyStatus = keys.headers.indexOf(QStringLiteral("review_status"));
        QVERIFY2(keyStatus > 0, qPrintable(keys.headers.join(u';')));
        QCOMPARE(keys.rows.value(0).value(keyStatus), QStringLiteral("not-started"));
        QCOMPARE(keys.rows.value(0).value(keys.headers.indexOf(QStringLiteral("area"))), QStringLiteral("integration"));
    }

    // On a database file the export runs in a worker thread on its own connection: the dialog says it is
    // exporting and offers Cancel while the file is written, then how many rows went where, and the export is in
    // the access log. A cancelled export leaves no file (not even the temporary one) and no log entry.
    void exportRunsInAWorkerAndCancelLeavesNoFile()
    {
        QTemporaryDir dir;
        auto db = testsupport::fileDatabase(dir, QStringLiteral("export.db"));
        testsupport::addReviewedCases(*db, 20000, 0);
        auto actor = testsupport::actor(*db);
        ExportDialog dialog(*actor.session);
        dialog.show();
        dialog.formatBox()->setCurrentIndex(1); // CSV
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        const qint64 before = testsupport::lastAccessId(*db);

        const QString path = dir.filePath(QStringLiteral("sager.csv"));
        QVERIFY(dialog.exportTo(path));
        // Not done when the call returns: the worker writes while the window goes on.
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Exporting…"));
        QVERIFY(dialog.cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!dialog.isExporting());
        QVERIFY(!dialog.cancelButton()->isVisible());
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("20000 row")) &&
                     dialog.messageLabel()->text().contains(QStringLiteral(" written to sager.csv")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(io::readCsvFile(path).table.rows.size(), 20000);
        const QStringList logged = testsupport::accessLogAfter(*db, before, actor.session->userName());
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.first().startsWith(QStringLiteral("export|")), qPrintable(logged.first()));

        // Cancelled at once: no file, no temporary file, nothing logged.
        const QString cancelledPath = dir.filePath(QStringLiteral("afbrudt.csv"));
        const qint64 afterFirst = testsupport::lastAccessId(*db);
        QVERIFY(dialog.exportTo(cancelledPath));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("afbrudt*")}, QDir::Files), QStringList());
        QCOMPARE(testsupport::accessLogAfter(*db, afterFirst, actor.session->userName()), QStringList());
        QVERIFY(dialog.isVisible()); // Cancel stops the export; it does not close the dialog

        // An XLSX export, and Escape while exporting: cancelled the same way, the dialog stays open.
        dialog.formatBox()->setCurrentIndex(0);
        QCOMPARE(dialog.formatBox()->currentData().toString(), QStringLiteral("xlsx"));
        const QString workbook = dir.filePath(QStringLiteral("afbrudt.xlsx"));
        QVERIFY(dialog.exportTo(workbook));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QCOMPARE(finished.at(2).at(0).toBool(), false);
        QVERIFY(!QFile::exists(workbook));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("afbrudt*")}, QDir::Files), QStringList());
        QVERIFY(dialog.isVisible());
        QCOMPARE(testsupport::accessLogAfter(*db, afterFirst, actor.session->userName()), QStringList());
    }

    // Writes the import dialog (Danish, the whole-file check done, only the rows with errors) at 1366×768 to
    // SAGSTJEK_SCREENSHOT_DIR/import-da.png for a person to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
        auto db = testsupport::memoryDatabase();
        QByteArray csv = "Sagsliste Jobcenter Nord, udtrukket 01-12-2026\n\n"
                         "Sagsnummer;Navn;Område;Sagsbehandler;Overtagelsesdato\n";
        for (int i = 1; i <= 300; ++i)
            csv += "S-" + QByteArray::number(1000 + i) + ";Borger " + QByteArray::number(i) + ";" +
                   (i % 60 == 0 ? QByteArray("Integrationsprogram") : QByteArray("integration")) + ";Karin;" +
                   (i == 77 ? QByteArray("31-02-2019") : QByteArray("05-03-2019")) + "\n";
        const QString path = writeFile(QStringLiteral("sagsliste.csv"), csv);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.resize(1366, 740);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.openFile(path);
        dialog.headerRowBox()->setValue(3);
        QTRY_VERIFY(dialog.fileCheck().has_value());
        dialog.onlyErrorsBox()->setChecked(true);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/import-da.png")));
    }

    // Writes the export dialog (Danish, keys for machines ticked) while it exports in the background and after
    // it, to SAGSTJEK_SCREENSHOT_DIR/export-busy-da.png and export-da.png for a person to look at.
    void exportScreenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
        QTemporaryDir files;
        auto db = testsupport::fileDatabase(files, QStringLiteral("export.db"));
        testsupport::addReviewedCases(*db, 20000, 0);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        ExportDialog dialog(*actor.session);
        dialog.formatBox()->setCurrentIndex(1);
        dialog.keysBox()->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QVERIFY(dialog.exportTo(files.filePath(QStringLiteral("sager.csv"))));
        dialog.layout()->activate();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/export-busy-da.png")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/export-da.png")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_view_importdialog.moc"
