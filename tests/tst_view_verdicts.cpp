// Computed verdicts on the cue card: confirming with one key, overriding with a required reason.
#include "appcontroller.h"
#include "cueitemwidget.h"
#include "itemmodels/caselistmodel.h"
#include "mainwindow.h"
#include "services/reviewservice.h"
#include "settings.h"
#include "storage/bulkcasewriter.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace sagstjek;

class TestViewVerdicts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AppSettings m_settings;
    AppController m_controller{QStringLiteral("tester"), QStringLiteral("en")};
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseId = 0;
    const QString m_item = QStringLiteral("integration.contract.signed_in_time");

    ItemState stored()
    {
        ReviewService reader(m_controller.session());
        return reader.itemState(ReviewRef{m_caseId}, m_item).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(
            m_controller.openDatabase(m_dir.filePath(QStringLiteral("v.sqlite")), Database::OpenMode::CreateIfMissing)
                .ok());
        // The example: takeover 1 February 2019, contract signed 5 March 2019 — 4 days late.
        CaseFile c;
        c.caseNumber = QStringLiteral("INT-VERDICT-1");
        c.name = QStringLiteral("Åse Ørsted");
        c.area = QStringLiteral("integration");
        c.subgroup = QStringLiteral("refugee");
        c.caseworker = QStringLiteral("Mette Sørensen");
        c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
        c.dates.insert(QStringLiteral("contract_signed"), QDate(2019, 3, 5));
        auto ids = addCases(m_controller.database(), {c});
        QVERIFY(ids.ok());
        m_caseId = ids->first();
        m_controller.caseModel().refresh();

        m_window = std::make_unique<MainWindow>(m_controller, m_settings);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openCaseNumber(c.caseNumber, m_item));
    }

    void spaceConfirmsTheComputedVerdict()
    {
        auto *item = qobject_cast<CueItemWidget *>(QApplication::focusWidget());
        QVERIFY2(item, "the item with the rule has focus");
        QTest::keyClick(item, Qt::Key_Space);
        const ItemState state = stored();
        QVERIFY(state.answer.has_value());
        QCOMPARE(state.answer->value, AnswerValue::NotMet); // missed by 4 days
        QCOMPARE(state.answer->computedVerdict, QStringLiteral("missed"));
        QVERIFY(state.answer->computedExplanation.contains(QStringLiteral("4 days late")));
        QVERIFY(state.answer->overrideReason.isEmpty());
        QVERIFY(state.defect.has_value()); // "not met" opened the defect
    }

    void anOverrideAsksForAReasonAndStoresIt()
    {
        QVERIFY(m_window->openCaseNumber(QStringLiteral("INT-VERDICT-1"), m_item));
        auto *item = qobject_cast<CueItemWidget *>(QApplication::focusWidget());
        QVERIFY(item);
        QTest::keyClick(item, Qt::Key_1); // "met", against the computed "missed"
        QCOMPARE(stored().answer->value, AnswerValue::Met);

        auto *reason = item->findChild<QLineEdit *>(QStringLiteral("overrideReason"));
        QVERIFY(reason);
        QTRY_VERIFY(reason->isVisible());
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(stored().answer->overrideReason, QStringLiteral("Kontrakten lå i e-Boks 28-02-2019"));
        QCOMPARE(stored().answer->computedVerdict, QStringLiteral("missed"));
    }
};

QTEST_MAIN(TestViewVerdicts)
#include "tst_view_verdicts.moc"
