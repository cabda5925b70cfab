// The longest event-loop stall in a scripted session of the real window (issue 13: "UI stalls measured", goal
// under 100 ms): open a database, let the background file check and daily backup run, search, move through the
// case list, open a card and answer with the keyboard, import a case CSV through the import dialog, export the
// answers through the export dialog. Prints a table of each step's longest stall. Not a pass/fail test.
//
//   bench_stalls DATABASE [--import-rows N] [--work DIR] [--profile-step TEXT]
//
// --profile-step turns callgrind's instrumentation on for the steps whose name holds TEXT (run the program under
// `valgrind --tool=callgrind --instr-atstart=no`). Every event whose delivery took longer than 50 ms is listed with
// its receiver, so that a stall can be put down to the widget or object that caused it.
//
// DATABASE is changed (the answers, the import): give it a copy. A 2 ms timer runs through the whole session; a
// gap between two of its ticks is time the event loop could not run (a repaint, a key press would have waited
// that long). Work the script itself runs on the UI thread (opening the database, typing) counts as the GUI
// would do it there too.
#include "appcontroller.h"
#include "benchsupport.h"
#include "caselistwidget.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "itemmodels/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

using namespace sagstjek;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Ticks of the stall meter's timer so far: a delivery during which the timer ticked ran a nested event loop (a
// modal question, say) and did not stand the loop still for all of its time.
quint64 meterTicks = 0;

// Times each event delivered on the GUI thread (the outermost delivery only: a nested one is part of it) and keeps
// the ones that took longer than SlowMs without the event loop running meanwhile, with the step they happened in.
class TimedApplication : public QApplication {
public:
    static constexpr double SlowMs = 50;
    using QApplication::QApplication;

    struct SlowEvent {
        QString step;
        QString receiver;
        int type = 0;
        double ms = 0;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const QString description = describe(receiver);
        const int type = event->type();
        QElapsedTimer timer;
        timer.start();
        const quint64 ticksBefore = meterTicks;
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > SlowMs && meterTicks == ticksBefore)
            m_slow.append({m_step, description, type, ms});
        return handled;
    }
    void setStep(const QString &step) { m_step = step; }
    const QList<SlowEvent> &slowEvents() const { return m_slow; }

private:
    static QString describe(QObject *receiver)
    {
        QString text = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            text += QStringLiteral(" \"%1\"").arg(receiver->objectName());
        if (QObject *parent = receiver->parent())
            text += QStringLiteral(" in %1").arg(QString::fromLatin1(parent->metaObject()->className()));
        return text;
    }

    int m_depth = 0;
    QString m_step;
    QList<SlowEvent> m_slow;
};

// Charges each gap between two ticks of a fast timer to the step running at the time.
class StallMeter : public QObject {
public:
    static constexpr int TickMs = 2;
    static constexpr double StallMs = 100;

    struct Step {
        QString name;
        double seconds = 0;
        double longestMs = 0;
        int stalls = 0; // gaps over StallMs
    };

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
        m_sinceTick.start();
    }

    // Instrumentation under callgrind for the steps whose name holds `text` (none when empty).
    void profileStepsWith(const QString &text) { m_profiled = text; }

    void begin(const QString &name)
    {
        end();
        tick();
        m_steps.append({name});
        static_cast<TimedApplication *>(qApp)->setStep(name);
        if (!m_profiled.isEmpty() && name.contains(m_profiled)) {
            m_profiling = true;
            CALLGRIND_START_INSTRUMENTATION;
        }
        m_stepTimer.start();
    }
    void end()
    {
        if (m_steps.isEmpty() || !m_stepTimer.isValid())
            return;
        if (m_profiling) {
            CALLGRIND_STOP_INSTRUMENTATION;
            m_profiling = false;
        }
        tick();
        m_steps.last().seconds = double(m_stepTimer.nsecsElapsed()) / 1e9;
        m_stepTimer.invalidate();
    }
    const QList<Step> &steps() const { return m_steps; }

private:
    void tick()
    {
        ++meterTicks;
        const double gapMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
        m_sinceTick.restart();
        if (m_steps.isEmpty())
            return;
        Step &step = m_steps.last();
        step.longestMs = std::max(step.longestMs, gapMs);
        if (gapMs > StallMs)
            ++step.stalls;
    }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_stepTimer;
    QList<Step> m_steps;
    QString m_profiled;
    bool m_profiling = false;
};

// Runs the event loop until `done` says so (or the timeout), as a user waiting would.
template <typename F> bool waitFor(F done, int timeoutMs = 30 * 60 * 1000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

// A key press on whatever has the focus, then a pause as between a person's key presses.
void press(int key, int pauseMs)
{
    if (QWidget *target = QApplication::focusWidget())
        QTest::keyClick(target, Qt::Key(key), Qt::NoModifier);
    QTest::qWait(pauseMs);
}

void typeText(QWidget *target, const QString &text, int pauseMs)
{
    for (const QChar c : text) {
        QTest::keyClicks(target, QString(c));
        QTest::qWait(pauseMs);
    }
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

[[noreturn]] void fail(const QString &why)
{
    out() << "bench_stalls: " << why << Qt::endl;
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("A database to work on (it is changed)."));
    const QCommandLineOption rowsOption(QStringLiteral("import-rows"), QStringLiteral("Rows to import (10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Folder for the CSV files."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption profileOption(QStringLiteral("profile-step"),
                                           QStringLiteral("Callgrind instrumentation for steps whose name holds TEXT."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({rowsOption, workOption, profileOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString database = parser.positionalArguments().constFirst();
    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    const qint64 importRows = parser.value(rowsOption).toLongLong();

    // Prepared before the meter runs: the file to import.
    const QString csv = work + QStringLiteral("/stalls-import.csv");
    writeCaseCsv(csv, importRows);

    language::install(QStringLiteral("da"));
    AppSettings settings;
    AppController controller(QStringLiteral("bench"), QStringLiteral("da"));
    controller.setUserChooser([](const QStringList &users) { return users.value(0); });
    MainWindow window(controller, settings);
    window.setGeometry(0, 0, 1366, 768);

    StallMeter meter;
    meter.profileStepsWith(parser.value(profileOption));
    meter.begin(QStringLiteral("open the database and show the window"));
    if (auto opened = controller.openDatabase(database, Database::OpenMode::OpenExisting); !opened)
        fail(opened.error().message);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was not shown"));
    const double startSeconds = meter.steps().last().longestMs; // the open is one stall: it is the start time

    meter.begin(QStringLiteral("the file check and daily backup in the background"));
    waitFor([&] { return !controller.isBackingUp() && !controller.isCheckingFile(); });
    QTest::qWait(300);

    meter.begin(QStringLiteral("search \"Jensen\", a key each 80 ms"));
    CaseListWidget *list = window.caseList();
    list->searchField()->setFocus();
    typeText(list->searchField(), QStringLiteral("Jensen"), 80);
    QTest::qWait(600); // the search's pause and its count

    meter.begin(QStringLiteral("Down 15 times in the case list, 400 ms apart"));
    QTest::keyClick(list->searchField(), Qt::Key_Down);
    for (int i = 0; i < 15; ++i)
        press(Qt::Key_Down, 400);

    // A question the card asks (reopen a completed review?) is answered yes, as a reviewer going on would.
    QTimer answerQuestions;
    QObject::connect(&answerQuestions, &QTimer::timeout, [] {
        if (auto *question = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            question->accept();
    });
    answerQuestions.start(200);

    meter.begin(QStringLiteral("open the card (Return) and answer six items (1)"));
    press(Qt::Key_Return, 500);
    for (int i = 0; i < 6; ++i) {
        press(Qt::Key_1, 300);
        // An answer against the computed verdict asks for the reason first.
        if (qobject_cast<QLineEdit *>(QApplication::focusWidget()) ||
            qobject_cast<QPlainTextEdit *>(QApplication::focusWidget())) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Målt"));
            press(Qt::Key_Return, 300);
        }
    }
    QTest::qWait(1000); // the answers' saves
    answerQuestions.stop();

    meter.begin(QStringLiteral("import %1 rows in the import dialog").arg(importRows));
    {
        ImportDialog dialog(controller.session(), ImportKind::Cases, &window);
        dialog.show();
        if (!dialog.openFile(csv))
            fail(dialog.statusLabel()->text());
        waitFor([&] { return !dialog.isChecking(); });
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        waitFor([&] { return !dialog.isImporting(); });
        if (!dialog.summary().applied)
            fail(QStringLiteral("the import was not applied: ") + dialog.statusLabel()->text());
        dialog.accept();
    }
    controller.caseModel().refresh();
    QTest::qWait(500);

    meter.begin(QStringLiteral("export the answers in the export dialog"));
    {
        ExportDialog dialog(controller.session(), &window);
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        if (!dialog.exportTo(work + QStringLiteral("/stalls-export.csv")))
            fail(QStringLiteral("the export did not start"));
        waitFor([&] { return !finished.isEmpty(); });
    }
    QTest::qWait(300);
    meter.end();

    out() << "| step | seconds | longest stall (ms) | stalls over 100 ms |\n|---|---|---|---|\n";
    double longest = 0;
    for (const StallMeter::Step &step : meter.steps()) {
        out() << "| " << step.name << " | " << QString::number(step.seconds, 'f', 2) << " | "
              << QString::number(step.longestMs, 'f', 0) << " | " << step.stalls << " |\n";
        if (&step != &meter.steps().constFirst())
            longest = std::max(longest, step.longestMs);
    }
    out() << "\nstart to a ready window: " << QString::number(startSeconds / 1000, 'f', 2) << " s\n";
    out() << "longest stall after the window was shown: " << QString::number(longest, 'f', 0) << " ms\n";
    out() << "peak RSS " << peakRssMb() << " MB\n";
    out() << "\nevents that took longer than " << TimedApplication::SlowMs << " ms to deliver:\n";
    for (const TimedApplication::SlowEvent &slow : app.slowEvents())
        out() << "- " << QString::number(slow.ms, 'f', 0) << " ms, event " << slow.type << " to " << slow.receiver
              << " (" << slow.step << ")\n";
    out() << Qt::flush;
    controller.waitForBackup();
    return 0;
}
