// The first start: demo data says it is demo data and offers an empty database of one's own; an empty database
// points to "Import cases" and the cue cards; a database of one's own shows neither. Help ▸ User guide.
#include "guidedialog.h"
#include "importdialog.h"
#include "messagebar.h"
#include "services/demodata.h"
#include "storage/bulkcasewriter.h"
#include "templateeditor.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace sagstjek;
using viewfixture::whenModal;

namespace {

// The visible button of the banner with this object name (buttons of an earlier message are deleted later).
QPushButton *bannerButton(MainWindow &window, const QString &name)
{
    for (QPushButton *button : window.startBanner()->findChildren<QPushButton *>(name))
        if (button->isVisible())
            return button;
    return nullptr;
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

} // namespace

class TestStartBanner : public QObject {
    Q_OBJECT

private slots:
    void demoDataSaysSoAndStartsAnEmptyDatabase()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        const QString demoPath = f.controller.databasePath();
        MessageBar *banner = f.window->startBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("This is demo data")), qPrintable(banner->text()));
        QVERIFY(!bannerButton(*f.window, QStringLiteral("importCases")));

        // Cancel keeps the demo open and creates nothing.
        const QString expected = QFileInfo(demoPath).absoluteDir().filePath(QStringLiteral("sagstjek-2.sqlite"));
        QString asked;
        QVERIFY(whenModal<QMessageBox>(
            [&] { QTest::mouseClick(bannerButton(*f.window, QStringLiteral("startEmpty")), Qt::LeftButton); },
            [&](QMessageBox *box) {
                asked = box->text();
                box->button(QMessageBox::Cancel)->click();
            }));
        QVERIFY2(asked.contains(QDir::toNativeSeparators(expected)), qPrintable(asked));
        QCOMPARE(f.controller.databasePath(), demoPath);
        QVERIFY(!QFileInfo::exists(expected));

        // OK opens a new, empty database beside the demo one; the demo file stays.
        QVERIFY(whenModal<QMessageBox>(
            [&] { QTest::mouseClick(bannerButton(*f.window, QStringLiteral("startEmpty")), Qt::LeftButton); },
            [](QMessageBox *box) { box->button(QMessageBox::Ok)->click(); }));
        QCOMPARE(f.controller.databasePath(), expected);
        QVERIFY(QFileInfo::exists(expected));
        QVERIFY(QFileInfo::exists(demoPath));
        QCOMPARE(demodata::content(f.controller.database()).value(), demodata::Content::Empty);
        QCOMPARE(f.controller.caseModel().rowCount(), 0);
        // The empty database is the one the app opens next time (the most recent file).
        QCOMPARE(f.settings.recentFiles().value(0), expected);

        // …and the banner now points to the first steps.
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("no cases yet")), qPrintable(banner->text()));
        QVERIFY(bannerButton(*f.window, QStringLiteral("importCases")));
        QVERIFY(bannerButton(*f.window, QStringLiteral("showTemplates")));
        QVERIFY(!bannerButton(*f.window, QStringLiteral("startEmpty")));
    }

    void emptyDatabasePointsToImportAndCueCards()
    {
        QTemporaryDir dir;
        AppSettings settings;
        AppController controller(QStringLiteral("tester"), language::current());
        QVERIFY(controller.openDatabase(dir.filePath(QStringLiteral("empty.sqlite")),
                                        Database::OpenMode::CreateIfMissing, /*demoDataWhenNew*/ false));
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBar *banner = window.startBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("no cases yet")));

        // "Cue cards…" opens the template editor on the built-in cue cards.
        QVERIFY(whenModal<TemplateEditor>(
            [&] { QTest::mouseClick(bannerButton(window, QStringLiteral("showTemplates")), Qt::LeftButton); },
            [](TemplateEditor *editor) { editor->reject(); }));

        // "Import cases…" opens the import; once cases are in, the banner goes.
        const QString file = testsupport::writeFile(dir, QStringLiteral("udtraek.csv"),
                                                    "Sagsnummer;Navn;Område;Overtagelsesdato\n"
                                                    "S-1;Åse Bæk;integration;05-03-2019\n"
                                                    "S-2;Bo Ørn;integration;06-03-2019\n");
        QVERIFY(whenModal<ImportDialog>(
            [&] { QTest::mouseClick(bannerButton(window, QStringLiteral("importCases")), Qt::LeftButton); },
            [&](ImportDialog *dialog) {
                QVERIFY(dialog->openFile(file));
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
                QTRY_VERIFY(!dialog->isImporting());
                dialog->reject();
            }));
        QCOMPARE(controller.caseModel().rowCount(), 2);
        QCOMPARE(demodata::content(controller.database()).value(), demodata::Content::Own);
        QVERIFY(!banner->isVisible());
    }

    void ownCasesShowNoBanner()
    {
        QTemporaryDir dir;
        AppSettings settings;
        AppController controller(QStringLiteral("tester"), language::current());
        QVERIFY(controller.openDatabase(dir.filePath(QStringLiteral("own.sqlite")), Database::OpenMode::CreateIfMissing,
                                        false));
        CaseFile own;
        own.caseNumber = QStringLiteral("E-1");
        own.name = QStringLiteral("Åse");
        own.area = QStringLiteral("integration");
        QVERIFY(addCases(controller.database(), {own}));
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.startBanner()->isVisible());
    }

    void userGuideOpensFromTheHelpMenu()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        QAction *guide = menuAction(f.window->menuBar(), QStringLiteral("&User guide"));
        QVERIFY(guide);
        guide->trigger();
        auto *dialog = f.window->findChild<GuideDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTextBrowser *browser = dialog->browser();
        // The English guide, from the resources; the Danish one is there too, with its screenshots.
        QVERIFY2(browser->toPlainText().contains(QStringLiteral("Sagstjek user guide")),
                 qPrintable(browser->toPlainText().left(200)));
        QVERIFY(QFile::exists(GuideDialog::resourcePath(QStringLiteral("da"))));
        GuideDialog danish(QStringLiteral("da"));
        QVERIFY(danish.browser()->toPlainText().contains(QStringLiteral("Brugervejledning til Sagstjek")));
        for (const QString &shot :
             {QStringLiteral("cuecard-da.png"), QStringLiteral("rounds-da.png"), QStringLiteral("defects-da.png")}) {
            QImage image(QStringLiteral(":/guide/") + shot);
            QVERIFY2(!image.isNull(), qPrintable(shot));
            QVERIFY(image.width() <= 1366 && image.height() <= 768);
            // The guide's <img> finds it (relative to the guide's own resource path).
            QVERIFY2(danish.browser()->toHtml().contains(shot), qPrintable(shot));
            const QVariant loaded = danish.browser()->loadResource(QTextDocument::ImageResource, QUrl(shot));
            QVERIFY2(loaded.isValid() && !loaded.toByteArray().isEmpty(), qPrintable(shot));
        }
        // Each window fits the screen the app is made for.
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 720);
        // A second trigger raises the same window.
        guide->trigger();
        QCOMPARE(f.window->findChildren<GuideDialog *>().size(), 1);
    }
};

QTEST_MAIN(TestStartBanner)
#include "tst_view_startbanner.moc"
