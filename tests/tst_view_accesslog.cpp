// The access-log dialog (issue 13): a leader opens it from Edit ▸ Access log…, sees the newest page at once and
// the next as the table scrolls, narrows it to a case by typing its number and pressing Enter; each opening and
// each filter applied is one "extract" entry in the log, scrolling none. The entry is absent for a caseworker.
// A screenshot in Danish at 1366×768 when SAGSTJEK_SCREENSHOT_DIR is set (docs/screenshots/accesslog-da.png).
#include "accesslogdialog.h"
#include "appcontroller.h"
#include "itemmodels/accesslogmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/accesslog.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace sagstjek;
using viewfixture::whenModal;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

int extracts(Database &db, const QString &user)
{
    return sql::scalar(sqlOf(db),
                       QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'extract' AND user_name = ?"),
                       {user})
        ->toInt();
}

} // namespace

class TestViewAccessLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_caseNumber; // a case with look-ups of its own

private slots:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.sqlite"));
        auto db = testsupport::fileDatabase(m_dir, QStringLiteral("log.sqlite"), true);
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator, QStringLiteral("Anne Admin"));
        testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader, QStringLiteral("Lene Leder"));
        testsupport::addUser(*db, QStringLiteral("kon"), Role::Consultant, QStringLiteral("Karin Konsulent"));
        testsupport::addUser(*db, QStringLiteral("ali"), Role::Caseworker, QStringLiteral("Ali Hassan"));
        const QList<CaseRow> rows = db->cases().page(CaseFilter{}, 0, 12).value();
        m_caseNumber = rows.constFirst().caseNumber;
        // A working month of look-ups: more than two of the view's pages (200).
        const QStringList actions{QStringLiteral("open"),   QStringLiteral("search"), QStringLiteral("open"),
                                  QStringLiteral("export"), QStringLiteral("open"),   QStringLiteral("reveal-cpr")};
        const auto written = db->transaction([&]() -> Status {
            for (int i = 0; i < 450; ++i) {
                AccessEntry e;
                e.at = QDateTime(QDate(2026, 11, 2).addDays(i / 15), QTime(8, 0).addSecs(i % 15 * 1700), Qt::UTC)
                           .toString(Qt::ISODateWithMs);
                e.user = i % 3 ? QStringLiteral("kon") : QStringLiteral("leder");
                e.action = actions.at(i % actions.size());
                const CaseRow &row = rows.at(i % rows.size());
                if (e.action == u"search") {
                    e.criterion = i % 4 ? QStringLiteral("area=integration") : QStringLiteral("cpr=010190-XXXX");
                } else {
                    e.caseId = row.id;
                    e.caseNumber = row.caseNumber;
                    if (e.action == u"reveal-cpr")
                        e.purpose = QStringLiteral("Partshøring");
                    if (e.action == u"export")
                        e.criterion = QStringLiteral("report");
                }
                if (auto done = db->accessLog().record(e); !done)
                    return done;
            }
            return Ok{};
        });
        QVERIFY(written.ok());
    }

    void aLeaderOpensItFromTheMenuAndFilters()
    {
        AppController controller(QStringLiteral("leder"), QStringLiteral("en"));
        QVERIFY(controller.openDatabase(m_path, Database::OpenMode::OpenExisting));
        AppSettings settings;
        MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *entry = window.findChild<QAction *>(QStringLiteral("accessLog"));
        QVERIFY(entry);
        QVERIFY(entry->isVisible());
        Database &db = controller.session().database();
        const int before = extracts(db, QStringLiteral("leder"));
        bool checked = false;
        const bool opened = whenModal<AccessLogDialog>(
            [entry] { entry->trigger(); },
            [&](AccessLogDialog *dialog) {
                const auto close = qScopeGuard([dialog] { dialog->reject(); }); // also when a check fails
                auto *table = child<QTableView>(*dialog, "entries");
                auto *model = dialog->model();
                QCOMPARE(model->rowCount(), AccessLogModel::PageSize); // the newest page at once
                QCOMPARE(extracts(db, QStringLiteral("leder")), before + 1);
                QVERIFY(child<QLabel>(*dialog, "status")->text().contains(QStringLiteral("scroll")));
                // Scrolling to the end reads the next page, without logging again.
                table->scrollToBottom();
                QTRY_COMPARE(model->rowCount(), 2 * AccessLogModel::PageSize);
                QCOMPARE(extracts(db, QStringLiteral("leder")), before + 1);
                // Newest first.
                QVERIFY(model->entryAt(0).at >= model->entryAt(model->rowCount() - 1).at);
                // A case number typed and Enter: only that case's entries; one more extract.
                auto *caseNumber = child<QLineEdit>(*dialog, "caseNumber");
                caseNumber->setFocus();
                QTest::keyClicks(caseNumber, m_caseNumber);
                QCOMPARE(extracts(db, QStringLiteral("leder")), before + 1); // nothing logged while typing
                QTest::keyClick(caseNumber, Qt::Key_Return);
                QVERIFY(dialog->isVisible()); // Enter applies the filter, it does not close the dialog
                QCOMPARE(extracts(db, QStringLiteral("leder")), before + 2);
                QVERIFY(model->rowCount() > 0);
                for (int row = 0; row < model->rowCount(); ++row)
                    QCOMPARE(model->index(row, AccessLogModel::CaseNumber).data().toString(), m_caseNumber);
                // A period: the first ten days of November 2026 (both ends included), clicked and typed.
                caseNumber->clear();
                QTest::mouseClick(child<QCheckBox>(*dialog, "fromEnabled"), Qt::LeftButton);
                QTest::mouseClick(child<QCheckBox>(*dialog, "toEnabled"), Qt::LeftButton);
                child<QDateEdit>(*dialog, "from")->setDate(QDate(2026, 11, 1));
                child<QDateEdit>(*dialog, "to")->setDate(QDate(2026, 11, 10));
                QTest::mouseClick(child<QPushButton>(*dialog, "show"), Qt::LeftButton);
                QCOMPARE(extracts(db, QStringLiteral("leder")), before + 3);
                while (model->canFetchMore())
                    model->fetchMore();
                QCOMPARE(model->rowCount(), 9 * 15); // 2 to 10 November, 15 a day
                QVERIFY(model->entryAt(0).at.startsWith(QStringLiteral("2026-11-10")));
                checked = true;
            });
        QVERIFY(opened);
        QVERIFY(checked);
        controller.waitForBackup();
    }

    void theEntryIsShownOnlyToThoseWhoMayReadTheLog_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("shown");
        QTest::newRow("a caseworker") << QStringLiteral("ali") << false;
        QTest::newRow("a consultant") << QStringLiteral("kon") << false;
        QTest::newRow("a leader") << QStringLiteral("leder") << true;
        QTest::newRow("an administrator") << QStringLiteral("admin") << true;
    }
    void theEntryIsShownOnlyToThoseWhoMayReadTheLog()
    {
        QFETCH(QString, user);
        QFETCH(bool, shown);
        // A copy of its own: the app remembers who last worked in a file.
        QTemporaryDir dir;
        const QString copy = dir.filePath(user + QStringLiteral(".sqlite"));
        QVERIFY(QFile::copy(m_path, copy));
        AppController controller(user, QStringLiteral("en"));
        QVERIFY(controller.openDatabase(copy, Database::OpenMode::OpenExisting));
        QCOMPARE(controller.user(), user);
        AppSettings settings;
        MainWindow window(controller, settings);
        auto *entry = window.findChild<QAction *>(QStringLiteral("accessLog"));
        QVERIFY(entry);
        QCOMPARE(entry->isVisible(), shown);
        controller.waitForBackup();
    }

    // Writes the dialog in Danish at 1366×768 to SAGSTJEK_SCREENSHOT_DIR, for a person to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        {
            AppController controller(QStringLiteral("leder"), QStringLiteral("da"));
            QVERIFY(controller.openDatabase(m_path, Database::OpenMode::OpenExisting));
            AccessLogDialog dialog(controller.session());
            dialog.resize(1366, 768);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/accesslog-da.png")));
            controller.waitForBackup();
        }
        language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestViewAccessLog)
#include "tst_view_accesslog.moc"
