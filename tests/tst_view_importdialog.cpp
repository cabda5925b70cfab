// The mapping dialog: automatic mapping, changing it, the live preview with invalid cells in red, the sheet
// choice, saved mappings, an import with progress, and Cancel rolling back.
#include "exportdialog.h"
#include "importdialog.h"
#include "storage/database.h"
#include "storage/sqlite/sql.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

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
        QCOMPARE(preview->columnCount(), 4);
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
        QCOMPARE(preview->columnCount(), 5);

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
        QVERIFY(dialog.openFile(QStringLiteral(SAGSTJEK_FIXTURES "/import/cases_two_sheets.xlsx")));
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
        auto db = testsupport::memoryDatabase();
        QByteArray csv = "case_number;name;area\n";
        for (int i = 0; i < 5000; ++i)
            csv += QStringLiteral("L-%1;Borger %1;integration\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("long.csv"), csv);
        auto actor = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("en"));
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.setChunkSize(100);
        dialog.show();
        QVERIFY(dialog.openFile(path));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(dialog.isImporting());
        QTRY_VERIFY(dialog.summary().rowsRead > 0 || caseCount(*db) > 0); // the event loop runs between chunks
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.summary().cancelled);
        QCOMPARE(caseCount(*db), 0);
        QVERIFY(dialog.isVisible()); // Cancel stops the import; it does not close the dialog
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
        QVERIFY(dialog.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.readLine();
        QVERIFY2(header.startsWith("\xEF\xBB\xBF"
                                   "Case number;Area;"),
                 header.constData()); // in words, in the session's language
        QVERIFY(!header.contains(";Name;"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_view_importdialog.moc"
