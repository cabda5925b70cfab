#pragma once

// What the widget tests share: the main window on a fresh demo database in a temporary folder.
#include "appcontroller.h"
#include "itemmodels/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/caserepository.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace viewfixture {

struct Fixture {
    QTemporaryDir dir;
    sagstjek::AppSettings settings;
    sagstjek::AppController controller{QStringLiteral("tester"), sagstjek::language::current()};
    std::unique_ptr<sagstjek::MainWindow> window;

    bool start()
    {
        if (!dir.isValid() || !controller.openDatabase(dir.filePath(QStringLiteral("t.sqlite")),
                                                       sagstjek::Database::OpenMode::CreateIfMissing, true))
            return false;
        window = std::make_unique<sagstjek::MainWindow>(controller, settings);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    // The first case of `area` that nobody has reviewed yet; the list's filter is left as it was.
    qint64 freshCase(const QString &area)
    {
        sagstjek::CaseFilter filter;
        filter.area = area;
        filter.status = QStringLiteral("not-started");
        controller.caseModel().setFilter(filter);
        const qint64 id = controller.caseModel().caseIdAt(0);
        controller.caseModel().setFilter({});
        return id;
    }
};

// A key press on whatever has focus, as a user would type it.
[[maybe_unused]] inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Runs `act` (which opens a modal window) and hands the first modal window of type T to `handle`, which must
// close it. Returns whether one appeared.
template <typename T> bool whenModal(const std::function<void()> &act, const std::function<void(T *)> &handle)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        seen = true;
        poll.stop();
        handle(modal);
    });
    poll.start();
    act();
    poll.stop();
    return seen;
}

} // namespace viewfixture
