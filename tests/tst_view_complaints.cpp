// The Complaints tab driven like a user: register a decision in the form, see the rate per paragraph with its
// interval and the "too few to judge" flag, import a file, remove a decision; read-only for a caseworker, who sees
// only the decisions on their own cases.
#include "complaintsview.h"
#include "itemmodels/complaintmodels.h"
#include "services/complaintservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sagstjek;

namespace {

int count(Database &db, const QString &statement)
{
    return sql::scalar(sqlOf(db), statement).value().toInt();
}

int rowOf(const ComplaintRateModel &model, const QString &paragraph)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, ComplaintRateModel::Paragraph).data().toString() == paragraph)
            return row;
    return -1;
}

} // namespace

class TestViewComplaints : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        QList<CaseFile> cases;
        for (int i = 1; i <= 2; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("VOK-%1").arg(i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.area = QStringLiteral("integration");
            c.subgroup = QStringLiteral("refugee");
            c.caseworker = i == 1 ? QStringLiteral("Mette Sørensen") : QStringLiteral("Ali Hassan");
            cases << c;
        }
        QVERIFY(addCases(*m_db, cases).ok());
        testsupport::addUser(*m_db, QStringLiteral("leder"), Role::Leader);
        testsupport::addUser(*m_db, QStringLiteral("mette"), Role::Caseworker, QStringLiteral("Mette Sørensen"));
    }

    void aLeaderRegistersADecisionInTheForm()
    {
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"));
        ComplaintsView view(*leader.session);
        QAbstractItemModelTester registerTester(&view.registerModel());
        QAbstractItemModelTester rateTester(&view.rateModel());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isReadOnly());
        view.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2024, 1, 1));

        // Type the paragraph and the case number, choose the date and the outcome, and register.
        auto *paragraph = view.findChild<QLineEdit *>(QStringLiteral("paragraph"));
        QTest::keyClicks(paragraph, QStringLiteral("sel §96"));
        view.findChild<QDateEdit *>(QStringLiteral("decided"))->setDate(QDate(2024, 5, 2));
        auto *outcome = view.findChild<QComboBox *>(QStringLiteral("outcome"));
        QCOMPARE(outcome->itemText(outcome->findData(QStringLiteral("remitted"))), QStringLiteral("hjemvist"));
        outcome->setFocus();
        QTest::keyClick(outcome, Qt::Key_End); // henvist, the last
        QCOMPARE(outcome->currentData().toString(), QStringLiteral("referred"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("remitted")));
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("caseNumber")), QStringLiteral("vok-1"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);

        QVERIFY2(view.message().contains(QStringLiteral("registered")), qPrintable(view.message()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM complaints")), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM complaints c JOIN cases k ON k.id = c.case_id "
                                             "WHERE k.case_number = 'VOK-1' AND c.outcome = 'remitted' AND "
                                             "c.decided = '2024-05-02' AND c.paragraph = 'sel §96' AND "
                                             "c.paragraph_key = 'sel§96' AND c.created_by = 'leder'")),
                 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.add'")), 1);
        QVERIFY(paragraph->text().isEmpty()); // the form is ready for the next one
        QCOMPARE(view.registerModel().rowCount(), 1);
        QCOMPARE(view.registerModel().index(0, ComplaintListModel::Outcome).data().toString(),
                 QStringLiteral("hjemvist"));
        QCOMPARE(view.registerModel().index(0, ComplaintListModel::Decided).data().toString(),
                 QStringLiteral("02-05-2024"));
        // The paragraph now completes.
        paragraph->completer()->setCompletionPrefix(QStringLiteral("SEL"));
        QCOMPARE(paragraph->completer()->currentCompletion(), QStringLiteral("sel §96"));

        // Without a paragraph nothing is registered, and the message says why.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
        QVERIFY2(view.message().contains(QStringLiteral("paragraph")), qPrintable(view.message()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM complaints")), 1);

        // Solrød's figures: 9 remitted (one of them above) + 1 changed + 4 upheld under SEL § 96, and two
        // decisions under SEL § 85, imported from a file with Danish headers and words.
        QTemporaryDir dir;
        QByteArray csv = "Paragraf;Afgørelsesdato;Udfald\n";
        for (int i = 0; i < 8; ++i)
            csv += QStringLiteral("SEL § 96;%1-03-2024;Hjemvist\n").arg(i + 1, 2, 10, QLatin1Char('0')).toUtf8();
        csv += "SEL § 96;10-03-2024;ændret\n";
        for (int i = 0; i < 4; ++i)
            csv += QStringLiteral("SEL § 96;%1-04-2024;stadfæstet\n").arg(i + 1, 2, 10, QLatin1Char('0')).toUtf8();
        csv += "SEL § 85;02-04-2024;stadfaestet\nSEL § 85;03-04-2024;afvist\n";
        view.importFile(testsupport::writeFile(dir, QStringLiteral("ast.csv"), csv));
        QVERIFY2(view.message().contains(QStringLiteral("15 decisions registered")), qPrintable(view.message()));
        QCOMPARE(view.registerModel().rowCount(), 16);

        const ComplaintRateModel &rates = view.rateModel();
        const int sel96 = rowOf(rates, QStringLiteral("SEL § 96"));
        QVERIFY(sel96 >= 0);
        QCOMPARE(rates.index(sel96, ComplaintRateModel::Decided).data().toString(), QStringLiteral("14"));
        QCOMPARE(rates.index(sel96, ComplaintRateModel::Reversed).data().toString(), QStringLiteral("10"));
        QCOMPARE(rates.index(sel96, ComplaintRateModel::Rate).data().toString(), QStringLiteral("71.4 %"));
        QCOMPARE(rates.index(sel96, ComplaintRateModel::Interval).data().toString(),
                 QStringLiteral("41.8 % to 91.7 %"));
        QVERIFY(!rates.index(sel96, ComplaintRateModel::Paragraph).data(ComplaintRateModel::TooFewRole).toBool());
        const int sel85 = rowOf(rates, QStringLiteral("SEL § 85"));
        QCOMPARE(rates.index(sel85, ComplaintRateModel::Decided).data().toString(), QStringLiteral("1"));
        QCOMPARE(rates.index(sel85, ComplaintRateModel::NotConsidered).data().toString(), QStringLiteral("1"));
        QCOMPARE(rates.index(sel85, ComplaintRateModel::Judgement).data().toString(),
                 QStringLiteral("too few to judge"));
        const int total = rates.rowCount() - 1;
        QCOMPARE(rates.index(total, ComplaintRateModel::Paragraph).data().toString(), QStringLiteral("Total"));
        QCOMPARE(rates.index(total, ComplaintRateModel::Decided).data().toString(), QStringLiteral("15"));

        // A period that ends before April leaves the upheld decisions out.
        view.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2024, 3, 31));
        QCOMPARE(rates.index(rowOf(rates, QStringLiteral("SEL § 96")), ComplaintRateModel::Rate).data().toString(),
                 QStringLiteral("100 %"));
        view.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2026, 12, 1));

        // Remove the first decision in the register (the newest).
        auto *table = view.findChild<QTableView *>(QStringLiteral("register"));
        table->selectRow(0);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("remove")), Qt::LeftButton);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM complaints")), 15);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'complaint.remove'")), 1);
        QCOMPARE(view.registerModel().rowCount(), 15);
    }

    void aFailingFileChangesNothing()
    {
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"));
        ComplaintsView view(*leader.session);
        QTemporaryDir dir;
        view.importFile(testsupport::writeFile(dir, QStringLiteral("bad.csv"),
                                               "Paragraf;Afgørelsesdato;Udfald\nSEL § 96;01-03-2024;hjemvist\n"
                                               "SEL § 96;02-03-2024;omgjort\n"));
        QVERIFY2(view.message().contains(QStringLiteral("Nothing was imported")), qPrintable(view.message()));
        QVERIFY2(view.message().contains(QStringLiteral("Row 3, column Udfald")), qPrintable(view.message()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM complaints")), 0);
    }

    void aCaseworkerReadsOnly()
    {
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"));
        ComplaintService service(*leader.session);
        QVERIFY(service
                    .add({QStringLiteral("VOK-1"),
                          QStringLiteral("SEL § 96"),
                          QDate::currentDate(),
                          ComplaintOutcome::Changed,
                          {}})
                    .ok());
        QVERIFY(service
                    .add({QStringLiteral("VOK-2"),
                          QStringLiteral("SEL § 96"),
                          QDate::currentDate(),
                          ComplaintOutcome::Upheld,
                          {}})
                    .ok());

        auto mette = testsupport::actor(*m_db, QStringLiteral("mette"));
        ComplaintsView view(*mette.session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isReadOnly());
        QVERIFY(!view.findChild<QGroupBox *>()->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("import"))->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("remove"))->isVisible());
        // Her own case only in the register; the figures count both.
        QCOMPARE(view.registerModel().rowCount(), 1);
        QCOMPARE(view.registerModel().index(0, ComplaintListModel::CaseNumber).data().toString(),
                 QStringLiteral("VOK-1"));
        const int total = view.rateModel().rowCount() - 1;
        QCOMPARE(view.rateModel().index(total, ComplaintRateModel::Decided).data().toString(), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestViewComplaints)
#include "tst_view_complaints.moc"
