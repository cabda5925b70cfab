// A municipal laptop's 1366×768 screen: the main window fits with its status bar, on every tab, and every
// dialog the menus and views open fits too (at most 1366×720, leaving room for a panel). Dialogs are opened the
// way a user opens them, so a new dialog behind a menu entry is measured without changing this test.
#include "guidedialog.h"
#include "settings.h"
#include "viewfixture.h"

#include <QAction>
#include <QDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <functional>

using namespace sagstjek;

namespace {

constexpr int ScreenWidth = 1366;
constexpr int ScreenHeight = 768;
constexpr int DialogHeight = 720;

struct Measured {
    QString title;
    QSize size;
    QSize minimum;
};

// Runs `act`, waits for the modal dialog it opens (exec() or open()), measures it and closes it.
bool measureModal(const std::function<void()> &act, Measured &measured)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || seen)
            return;
        seen = true;
        poll.stop();
        measured = {dialog->windowTitle(), dialog->size(), dialog->minimumSizeHint().expandedTo(dialog->minimumSize())};
        dialog->reject();
    });
    poll.start();
    act();
    for (int i = 0; i < 250 && !seen; ++i)
        QTest::qWait(20);
    return seen;
}

QList<QAction *> menuEntries(QMenuBar *bar)
{
    QList<QAction *> entries;
    for (QAction *menu : bar->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator() && !action->menu())
                    entries << action;
    return entries;
}

} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT

private slots:
    void mainWindowFitsWithItsStatusBarOnEveryTab()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        MainWindow &window = *f.window;
        window.setGeometry(0, 0, ScreenWidth, ScreenHeight);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= ScreenWidth && minimum.height() <= ScreenHeight,
                     qPrintable(QStringLiteral("tab %1 needs %2×%3")
                                    .arg(tabs->tabText(i))
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
            QCOMPARE(window.size(), QSize(ScreenWidth, ScreenHeight));
            // The status bar is inside the window, at its foot, and visible.
            QStatusBar *status = window.statusBar();
            QVERIFY(status->isVisible());
            QVERIFY(status->geometry().bottom() < ScreenHeight);
            QVERIFY(status->height() > 0);
        }
    }

    void everyDialogFits()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        f.window->setGeometry(0, 0, ScreenWidth, ScreenHeight);
        QStringList measuredTitles;
        // Every menu entry that opens a modal dialog (the others do something else and are left alone).
        const QStringList opensDialog = {
            QStringLiteral("&Import cases…"),           QStringLiteral("Import &events…"),
            QStringLiteral("Import review &sheet…"),    QStringLiteral("E&xport…"),
            QStringLiteral("&Write report…"),           QStringLiteral("&Settings…"),
            QStringLiteral("Edit &cue cards…"),         QStringLiteral("&Users and roles…"),
            QStringLiteral("&Management action rules…")};
        for (QAction *action : menuEntries(f.window->menuBar())) {
            if (!opensDialog.contains(action->text()))
                continue;
            Measured m;
            QVERIFY2(measureModal([action] { action->trigger(); }, m), qPrintable(action->text()));
            measuredTitles << action->text();
            QVERIFY2(m.size.width() <= ScreenWidth && m.size.height() <= DialogHeight,
                     qPrintable(QStringLiteral("%1 is %2×%3").arg(m.title).arg(m.size.width()).arg(m.size.height())));
            QVERIFY2(m.minimum.width() <= ScreenWidth && m.minimum.height() <= DialogHeight,
                     qPrintable(QStringLiteral("%1 needs at least %2×%3")
                                    .arg(m.title)
                                    .arg(m.minimum.width())
                                    .arg(m.minimum.height())));
        }
        QCOMPARE(measuredTitles.size(), opensDialog.size());

        // The new-round dialog, from the rounds tab's button.
        f.window->showTab(QStringLiteral("rounds"));
        auto *newRound = f.window->findChild<QPushButton *>(QStringLiteral("newRound"));
        QVERIFY(newRound);
        Measured round;
        QVERIFY(measureModal([newRound] { newRound->click(); }, round));
        QVERIFY2(round.size.height() <= DialogHeight && round.minimum.height() <= DialogHeight,
                 qPrintable(QStringLiteral("%1 is %2 px tall").arg(round.title).arg(round.size.height())));
        QVERIFY(round.size.width() <= ScreenWidth);

        // The user guide is not modal.
        GuideDialog guide(QStringLiteral("da"));
        guide.show();
        QVERIFY(guide.width() <= ScreenWidth && guide.height() <= DialogHeight);
    }

    void guidanceIsCollapsedAfterTheFirstUse()
    {
        viewfixture::Fixture f;
        QSettings().remove(QStringLiteral("cuecard/showGuidance"));
        QVERIFY(f.settings.showGuidance()); // the first time: the guidance is shown
        QVERIFY(f.start());
        QVERIFY(f.window->close());
        QVERIFY(!f.settings.showGuidance()); // from then on collapsed, so more items fit

        // A choice the user made is kept.
        f.settings.setValue(AppSettings::Key::ShowGuidance, true);
        MainWindow again(f.controller, f.settings);
        again.show();
        QVERIFY(again.close());
        QVERIFY(f.settings.showGuidance());
        QSettings().remove(QStringLiteral("cuecard/showGuidance"));
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_view_screenfit.moc"
