// The rounds view driven like a user: start a round in the dialog, assign evenly, review, approve; the
// remediation tracker: remediate, refuse self-verification, verify.
#include "itemmodels/roundmodels.h"
#include "remediationview.h"
#include "roundsview.h"
#include "services/defectservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace sagstjek;

namespace {

void addCases(Database &db)
{
    const QStringList caseworkers = {QStringLiteral("Ali Hassan"), QStringLiteral("Mette Sørensen")};
    QList<CaseFile> cases;
    for (int i = 1; i <= 12; ++i) {
        CaseFile c;
        c.caseNumber = QStringLiteral("INT-%1").arg(i, 2, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Borger %1").arg(i);
        c.area = QStringLiteral("integration");
        c.subgroup = QStringLiteral("refugee");
        c.caseworker = caseworkers.at(i % 2);
        c.dates.insert(QStringLiteral("takeover"), QDate(2019, 3, i));
        cases << c;
    }
    QVERIFY(sagstjek::addCases(db, cases).ok());
}

Status completeAll(ReviewService &service, const ReviewRef &review, const QString &notMetKey = {})
{
    auto state = service.load(review);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = item->key == notMetKey ? AnswerValue::NotMet : AnswerValue::Met;
        if (auto answered = service.answer(review, item->key, value, QStringLiteral("checked")); !answered)
            return answered.error();
    }
    return service.complete(review);
}

} // namespace

class TestViewRounds : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        addCases(*m_db);
    }

    void aRoundFromCreationToApproval()
    {
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("koordinator"), Role::Coordinator);
        testsupport::addUser(*m_db, QStringLiteral("kons1"), Role::Consultant);
        testsupport::addUser(*m_db, QStringLiteral("kons2"), Role::Consultant);
        auto koordinator = testsupport::actor(*m_db, QStringLiteral("koordinator"));
        RoundsView view(*koordinator.session);
        QAbstractItemModelTester roundTester(&view.roundModel());
        QAbstractItemModelTester caseTester(&view.caseModel());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Start a sample round of 4 from the dialog, with a seed anyone can redraw from.
        view.findChild<QPushButton *>(QStringLiteral("newRound"))->click();
        auto *dialog = view.findChild<NewRoundDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Halvår 1"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("sample")));
        dialog->findChild<QSpinBox *>(QStringLiteral("size"))->setValue(4);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("seed")), QStringLiteral("2019"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(view.roundModel().rowCount(), 1);
        QVERIFY2(view.message().contains(QStringLiteral("2019")), qPrintable(view.message()));
        QCOMPARE(view.caseModel().rowCount(), 4);
        const qint64 roundId = view.currentRound();
        QVERIFY(roundId > 0);

        // Assign evenly between two consultants, ticked in the reviewers picker.
        auto *picker = view.findChild<QListWidget *>(QStringLiteral("reviewers"));
        for (int row = 0; row < picker->count(); ++row)
            if (picker->item(row)->data(Qt::UserRole).toString().startsWith(QStringLiteral("kons")))
                picker->item(row)->setCheckState(Qt::Checked);
        view.findChild<QPushButton *>(QStringLiteral("assignEvenly"))->click();
        for (int row = 0; row < view.caseModel().rowCount(); ++row)
            QVERIFY(view.caseModel().caseAt(row).reviewer.startsWith(QStringLiteral("kons")));

        // kons1 reviews the first case of the round and completes it.
        const RoundCase first = view.caseModel().caseAt(0);
        auto reviewerActor = testsupport::actor(*m_db, first.reviewer);
        ReviewService reviewer(*reviewerActor.session);
        QVERIFY(completeAll(reviewer, ReviewRef{first.caseId, roundId}).ok());
        view.refresh();
        QCOMPARE(view.caseModel().caseAt(0).reviewStatus, ReviewStatus::Completed);

        // A consultant reviews but neither approves nor assigns: their view has neither panel.
        {
            RoundsView reviewersView(*reviewerActor.session);
            QVERIFY(reviewersView.findChild<QWidget *>(QStringLiteral("approvalPanel"))->isHidden());
            QVERIFY(reviewersView.findChild<QWidget *>(QStringLiteral("assignPanel"))->isHidden());
        }
        // Nobody approves their own review: the coordinator reviews the last case and is refused; the message says
        // why.
        const RoundCase last = view.caseModel().caseAt(3);
        ReviewService own(*koordinator.session);
        QVERIFY(completeAll(own, ReviewRef{last.caseId, roundId}).ok());
        view.refresh();
        auto *ownTable = view.findChild<QTableView *>(QStringLiteral("roundCases"));
        ownTable->setCurrentIndex(view.caseModel().index(3, RoundCaseModel::CaseNumber));
        view.findChild<QPushButton *>(QStringLiteral("approve"))->click();
        QVERIFY2(view.message().contains(QStringLiteral("four eyes")), qPrintable(view.message()));
        QCOMPARE(view.caseModel().caseAt(3).reviewStatus, ReviewStatus::Completed);

        // The coordinator approves it.
        auto *table = view.findChild<QTableView *>(QStringLiteral("roundCases"));
        table->setCurrentIndex(view.caseModel().index(0, RoundCaseModel::CaseNumber));
        view.findChild<QPushButton *>(QStringLiteral("approve"))->click();
        QCOMPARE(view.caseModel().caseAt(0).reviewStatus, ReviewStatus::Approved);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 approved")));

        // "Remaining only" leaves the two not yet reviewed.
        view.findChild<QCheckBox *>(QStringLiteral("remainingOnly"))->setChecked(true);
        QCOMPARE(view.caseModel().rowCount(), 2);
    }

    void theRemediationTrackerFollowsADefectToVerification()
    {
        auto reviewsActor = testsupport::actor(*m_db, QStringLiteral("kons1"));
        ReviewService reviews(*reviewsActor.session);
        const qint64 caseId = m_db->cases().idForNumber(QStringLiteral("INT-02")).value();
        QVERIFY(
            reviews.answer(ReviewRef{caseId}, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet).ok());

        auto ali = testsupport::actor(*m_db, QStringLiteral("Ali Hassan"));
        RemediationView view(*ali.session);
        QAbstractItemModelTester tester(&view.model());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QPushButton *>(QStringLiteral("mine"))->click();
        QCOMPARE(view.model().rowCount(), 1);
        auto *table = view.findChild<QTableView *>(QStringLiteral("defects"));
        table->selectRow(0);
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("note")), QStringLiteral("Goal added"));
        view.findChild<QPushButton *>(QStringLiteral("remediate"))->click();
        QCOMPARE(view.model().defectAt(0).defect.status, DefectStatus::Remediated);
        table->selectRow(0);
        // The remediation note is in the view's detail pane, not only in a tooltip.
        QVERIFY2(view.detailText().contains(QStringLiteral("Goal added")), qPrintable(view.detailText()));
        view.findChild<QPushButton *>(QStringLiteral("verify"))->click();
        QVERIFY2(view.message().contains(QStringLiteral("four eyes")), qPrintable(view.message()));

        // The coordinator verifies it from their own view.
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("koordinator"), Role::Coordinator);
        testsupport::addUser(*m_db, QStringLiteral("kons1"), Role::Consultant);
        testsupport::addUser(*m_db, QStringLiteral("kons2"), Role::Consultant);
        auto koordinator = testsupport::actor(*m_db, QStringLiteral("koordinator"));
        RemediationView koordinatorsView(*koordinator.session);
        QCOMPARE(koordinatorsView.model().rowCount(), 0); // nothing read before the view is shown (issue 13)
        koordinatorsView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&koordinatorsView));
        QTRY_VERIFY(koordinatorsView.model().rowCount() > 0); // the table asked for its first page
        koordinatorsView.findChild<QTableView *>(QStringLiteral("defects"))->selectRow(0);
        koordinatorsView.findChild<QPushButton *>(QStringLiteral("verify"))->click();
        QCOMPARE(koordinatorsView.model().defectAt(0).defect.status, DefectStatus::Verified);
    }
};

QTEST_MAIN(TestViewRounds)
#include "tst_view_rounds.moc"
