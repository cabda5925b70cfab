// Rounds that explain themselves (issue 12), driven like a koordinator: reviewers picked from the user list (never
// typed), one case and a selection (re)assigned, "Share evenly", the new-round dialog counting its scope as the
// user ticks, close/reopen/archive, a send-back that reaches the reviewer's card and list, progress credited to
// who reviewed, and each role seeing only its buttons. Every step is checked in the database.
#include "cuecardwidget.h"
#include "itemmodels/roundmodels.h"
#include "language.h"
#include "revieweditor.h"
#include "roundsview.h"
#include "services/approvalservice.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/roundrepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sagstjek;

namespace {

const QString Ali = QStringLiteral("Ali Hassan");
const QString Mette = QStringLiteral("Mette Sørensen");

void addCases(Database &db)
{
    QList<CaseFile> cases;
    for (int i = 1; i <= 8; ++i) {
        CaseFile c;
        c.caseNumber = QStringLiteral("INT-%1").arg(i, 2, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Borger %1").arg(i);
        c.cpr = QStringLiteral("01018%1%2").arg(i).arg(QStringLiteral("1234")).left(10);
        c.area = QStringLiteral("integration");
        c.subgroup = QStringLiteral("refugee");
        c.caseworker = i % 2 ? Ali : Mette;
        c.dates.insert(QStringLiteral("takeover"), QDate(2019, 3, i));
        cases << c;
    }
    QVERIFY(sagstjek::addCases(db, cases).ok());
}

Status completeAll(ReviewService &service, const ReviewRef &review)
{
    auto state = service.load(review);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems())
        if (auto answered = service.answer(review, item->key, AnswerValue::Met, QStringLiteral("checked")); !answered)
            return answered.error();
    return service.complete(review);
}

QListWidgetItem *pickerItem(QListWidget *picker, const QString &login)
{
    for (int row = 0; row < picker->count(); ++row)
        if (picker->item(row)->data(Qt::UserRole).toString() == login)
            return picker->item(row);
    return nullptr;
}

QStringList reviewersInDb(RoundService &rounds, qint64 roundId)
{
    QStringList reviewers;
    const auto cases = rounds.cases(roundId);
    for (const RoundCase &c : cases.value())
        reviewers << c.reviewer;
    return reviewers;
}

} // namespace

class TestViewRoundFlow : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    qint64 startRound(RoundService &rounds, const QString &name)
    {
        RoundSpec spec;
        spec.name = name;
        spec.kind = RoundKind::Walkthrough;
        auto round = rounds.create(spec);
        if (!round)
            qFatal("%s", qPrintable(round.error().message));
        return round->id;
    }

private slots:
    void init()
    {
        m_db = testsupport::memoryDatabase();
        addCases(*m_db);
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("koord"), Role::Coordinator, QStringLiteral("Kirsten Koordinator"));
        testsupport::addUser(*m_db, QStringLiteral("karin"), Role::Consultant, QStringLiteral("Karin Konsulent"));
        testsupport::addUser(*m_db, QStringLiteral("kim"), Role::Consultant, QStringLiteral("Kim Kontrol"));
        testsupport::addUser(*m_db, QStringLiteral("ali"), Role::Caseworker, Ali);
    }

    // A review changed in the cue card asks the rounds view to read again: at once when it is on screen, else when
    // it is next shown (every round's figures cost 80 ms an answer at a million cases with the view out of sight).
    void aHiddenRoundsViewReadsAgainWhenShown()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        startRound(view.roundService(), QStringLiteral("Forår"));
        view.refresh();
        QCOMPARE(view.roundModel().rowCount(), 1);
        QSignalSpy resets(&view.roundModel(), &QAbstractItemModel::modelReset);

        startRound(view.roundService(), QStringLiteral("Efterår"));
        view.refreshWhenShown(); // out of sight: nothing read yet
        QCOMPARE(resets.size(), 0);
        QCOMPARE(view.roundModel().rowCount(), 1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(view.roundModel().rowCount(), 2);

        view.refreshWhenShown(); // on screen: read at once
        QCOMPARE(resets.size(), 2);
        view.hide();
        view.show(); // nothing changed meanwhile: not read again
        QCOMPARE(resets.size(), 2);
    }

    // The picker lists the active users who may review, by name; ticking two and "Share evenly" gives each half.
    // A typed name that is not a user (the "Karin Konsulnet" typo) is refused and changes nothing.
    void reviewersArePickedNotTyped()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        const qint64 roundId = startRound(view.roundService(), QStringLiteral("Forår"));
        view.refresh();
        view.selectRound(roundId);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *picker = view.findChild<QListWidget *>(QStringLiteral("reviewers"));
        QVERIFY(picker);
        QVERIFY(view.findChildren<QLineEdit *>(QStringLiteral("reviewers")).isEmpty()); // nothing to type into
        QVERIFY(pickerItem(picker, QStringLiteral("karin")));
        QCOMPARE(pickerItem(picker, QStringLiteral("karin"))->text(), QStringLiteral("Karin Konsulent"));
        QVERIFY(!pickerItem(picker, QStringLiteral("admin"))); // an administrator opens no case
        for (int row = 0; row < picker->count(); ++row)
            QCOMPARE(picker->item(row)->checkState(), Qt::Unchecked);

        pickerItem(picker, QStringLiteral("karin"))->setCheckState(Qt::Checked);
        pickerItem(picker, QStringLiteral("kim"))->setCheckState(Qt::Checked);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("assignEvenly")), Qt::LeftButton);
        const QStringList reviewers = reviewersInDb(view.roundService(), roundId);
        QCOMPARE(reviewers.count(QStringLiteral("karin")), 4);
        QCOMPARE(reviewers.count(QStringLiteral("kim")), 4);

        // The typo of the issue: refused, nothing assigned.
        auto typo = view.roundService().assign(roundId, QStringLiteral("Karin Konsulnet"), {QStringLiteral("INT-01")});
        QVERIFY(!typo.ok());
        QVERIFY2(typo.error().message.contains(QStringLiteral("Karin Konsulnet")), qPrintable(typo.error().message));
        QCOMPARE(reviewersInDb(view.roundService(), roundId), reviewers);
        // A display name names the user too; the login name is stored.
        QVERIFY(view.roundService().assign(roundId, QStringLiteral("Kim Kontrol"), {QStringLiteral("INT-01")}).ok());
        QCOMPARE(view.roundService().cases(roundId)->first().reviewer, QStringLiteral("kim"));
    }

    // One case, then a selection of two, reassigned from the round's case table; the choice of reviewers does
    // not carry over to another round.
    void oneCaseAndASelectionAreReassigned()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        const qint64 first = startRound(view.roundService(), QStringLiteral("Første"));
        const qint64 second = startRound(view.roundService(), QStringLiteral("Anden"));
        QVERIFY(view.roundService().assign(first, QStringLiteral("karin")).ok());
        view.refresh();
        view.selectRound(first);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *table = view.findChild<QTableView *>(QStringLiteral("roundCases"));
        auto *assignTo = view.findChild<QComboBox *>(QStringLiteral("assignTo"));
        auto *assign = view.findChild<QPushButton *>(QStringLiteral("assignSelected"));
        assignTo->setCurrentIndex(assignTo->findData(QStringLiteral("kim")));
        QVERIFY(assignTo->currentIndex() >= 0);
        // One case: click its row.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(view.caseModel().index(2, RoundCaseModel::CaseNumber)).center());
        QTest::mouseClick(assign, Qt::LeftButton);
        QStringList reviewers = reviewersInDb(view.roundService(), first);
        QCOMPARE(reviewers.count(QStringLiteral("kim")), 1);
        QCOMPARE(reviewers.at(2), QStringLiteral("kim"));
        // The row stays selected after the refresh, and the table says who has it.
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(view.caseModel().index(2, RoundCaseModel::Reviewer).data().toString(), QStringLiteral("Kim Kontrol"));

        // A selection: rows 4 and 5 (Ctrl+click), to Kim as well.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(view.caseModel().index(4, RoundCaseModel::CaseNumber)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(view.caseModel().index(5, RoundCaseModel::CaseNumber)).center());
        QTest::mouseClick(assign, Qt::LeftButton);
        reviewers = reviewersInDb(view.roundService(), first);
        QCOMPARE(reviewers.count(QStringLiteral("kim")), 3);
        QCOMPARE(reviewers.at(4), QStringLiteral("kim"));
        QCOMPARE(reviewers.at(5), QStringLiteral("kim"));
        QCOMPARE(reviewers.count(QStringLiteral("karin")), 5);

        // Ticked reviewers belong to the round they were ticked for.
        auto *picker = view.findChild<QListWidget *>(QStringLiteral("reviewers"));
        pickerItem(picker, QStringLiteral("karin"))->setCheckState(Qt::Checked);
        view.selectRound(second);
        QCOMPARE(pickerItem(picker, QStringLiteral("karin"))->checkState(), Qt::Unchecked);
    }

    // The dialog says how many cases the scope covers as the user ticks, and keeps OK disabled (and the dialog
    // open, with what was entered) while the scope is empty.
    void theNewRoundDialogCountsItsScopeLive()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newRound")), Qt::LeftButton);
        auto *dialog = view.findChild<NewRoundDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->scopeCount(), 8);
        auto *count = dialog->findChild<QLabel *>(QStringLiteral("scopeCount"));
        QVERIFY2(count->text().contains(QStringLiteral("8")), qPrintable(count->text()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("seedHelp"))->text().contains(QStringLiteral("same")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Alis sager"));

        // Caseworkers are offered by name from the data; ticking Ali counts his four.
        auto *caseworkers = dialog->findChild<QListWidget *>(QStringLiteral("caseworkers"));
        QCOMPARE(caseworkers->count(), 2);
        QListWidgetItem *ali = caseworkers->findItems(Ali, Qt::MatchExactly).value(0);
        QVERIFY(ali);
        ali->setCheckState(Qt::Checked);
        QTRY_COMPARE(dialog->scopeCount(), 4);
        QVERIFY2(count->text().contains(QStringLiteral("4")), qPrintable(count->text()));

        // Areas by their names, not keys; an area without cases leaves the scope empty: OK is disabled, and a
        // press on it (or Enter) leaves the dialog open with the input.
        auto *areas = dialog->findChild<QListWidget *>(QStringLiteral("areas"));
        QVERIFY(areas->findItems(QStringLiteral("integration"), Qt::MatchExactly).isEmpty());
        for (int row = 0; row < areas->count(); ++row)
            if (areas->item(row)->data(Qt::UserRole).toString() == u"sickness-benefit")
                areas->item(row)->setCheckState(Qt::Checked);
        QTRY_COMPARE(dialog->scopeCount(), 0);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("Alis sager"));
        QCOMPARE(view.roundModel().rowCount(), 0);

        // Back to Ali's cases only: OK starts the round with those four.
        for (int row = 0; row < areas->count(); ++row)
            areas->item(row)->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(dialog->scopeCount(), 4);
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(view.roundModel().rowCount(), 1);
        QCOMPARE(view.caseModel().rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(view.caseModel().caseAt(row).caseworker, Ali);
    }

    void aRoundIsClosedReopenedAndArchived()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        const qint64 roundId = startRound(view.roundService(), QStringLiteral("Kvalitetsopfølgning 2. halvår 2026 "
                                                                              "for integration og selvforsørgelse"));
        view.refresh();
        view.selectRound(roundId);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The long name is never cut off without a way to read it.
        QCOMPARE(view.roundModel().index(0, RoundListModel::Name).data(Qt::ToolTipRole).toString(),
                 view.roundService().load(roundId)->name);

        auto *close = view.findChild<QPushButton *>(QStringLiteral("closeRound"));
        auto *reopen = view.findChild<QPushButton *>(QStringLiteral("reopenRound"));
        QVERIFY(close->isEnabled());
        QVERIFY(!reopen->isEnabled());
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(view.roundService().load(roundId)->status, RoundStatus::Closed);
        QVERIFY(reopen->isEnabled());
        QTest::mouseClick(reopen, Qt::LeftButton);
        QCOMPARE(view.roundService().load(roundId)->status, RoundStatus::Active);

        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("archiveRound")), Qt::LeftButton);
        QVERIFY(view.roundService().load(roundId)->archived());
        QCOMPARE(view.roundModel().rowCount(), 0); // hidden from the default list
        view.findChild<QCheckBox *>(QStringLiteral("showArchived"))->setChecked(true);
        QCOMPARE(view.roundModel().rowCount(), 1);
        view.selectRound(roundId);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("archiveRound")), Qt::LeftButton);
        QVERIFY(!view.roundService().load(roundId)->archived());
        view.findChild<QCheckBox *>(QStringLiteral("showArchived"))->setChecked(false);
        QCOMPARE(view.roundModel().rowCount(), 1);
    }

    // The coordinator sends a review back with a comment: the reviewer's card shows it in a banner and the
    // status "Sent back", their list shows it beside the case; the figures credit who reviewed.
    void aSendBackReachesTheReviewer()
    {
        auto koord = testsupport::actor(*m_db, QStringLiteral("koord"));
        RoundsView view(*koord.session);
        const qint64 roundId = startRound(view.roundService(), QStringLiteral("Tilbage"));
        QVERIFY(view.roundService().assign(roundId, QStringLiteral("karin")).ok());
        const RoundCase first = view.roundService().cases(roundId)->first();
        // Kim reviews a case assigned to Karin.
        auto kim = testsupport::actor(*m_db, QStringLiteral("kim"));
        ReviewService kimsReviews(*kim.session);
        QVERIFY(completeAll(kimsReviews, ReviewRef{first.caseId, roundId}).ok());
        auto progress = view.roundService().progress(roundId);
        QVERIFY(progress.ok());
        for (const ReviewerProgress &line : progress->reviewers) {
            if (line.reviewer == u"kim") {
                QCOMPARE(line.reviewed, 1);
                QCOMPARE(line.inScope, 0);
            } else if (line.reviewer == u"karin") {
                QCOMPARE(line.reviewed, 0);
                QCOMPARE(line.inScope, 8);
                QCOMPARE(line.remaining(), 7);
            }
        }
        view.refresh();
        view.selectRound(roundId);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.caseModel().index(0, RoundCaseModel::Reviewer).data().toString(),
                 QStringLiteral("Karin Konsulent"));
        QCOMPARE(view.caseModel().index(0, RoundCaseModel::ReviewedBy).data().toString(),
                 QStringLiteral("Kim Kontrol"));
        // Citizen masked and area in words beside reviewer and status.
        const QString citizen = view.caseModel().index(0, RoundCaseModel::Citizen).data().toString();
        QVERIFY2(citizen.contains(QStringLiteral("Borger 1")), qPrintable(citizen));
        QVERIFY2(!citizen.contains(first.cpr.right(4)), qPrintable(citizen));
        QVERIFY(view.caseModel().index(0, RoundCaseModel::Area).data().toString() != u"integration");

        auto *table = view.findChild<QTableView *>(QStringLiteral("roundCases"));
        table->setCurrentIndex(view.caseModel().index(0, RoundCaseModel::CaseNumber));
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("comment")),
                         QStringLiteral("Handleplanen mangler dato"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("sendBack")), Qt::LeftButton);
        QCOMPARE(view.roundService().cases(roundId)->first().reviewStatus, ReviewStatus::SentBack);

        // The reviewer's list shows the comment beside the case.
        RoundsView kimsView(*kim.session);
        kimsView.selectRound(roundId);
        QCOMPARE(kimsView.caseModel().index(0, RoundCaseModel::Status).data().toString(), QStringLiteral("Sent back"));
        QCOMPARE(kimsView.caseModel().index(0, RoundCaseModel::Comment).data().toString(),
                 QStringLiteral("Handleplanen mangler dato"));

        // The reviewer's card: status "Sent back" and the comment in a banner.
        ReviewEditor editor(kimsReviews);
        CueCardWidget card(editor, QStringLiteral("en"));
        auto approvals = std::make_shared<ApprovalService>(*kim.session);
        card.setSentBackLookup(
            [approvals](const ReviewRef &ref) { return approvals->history(ref.roundId, ref.caseId)->last().comment; });
        card.show();
        QVERIFY(card.openReview(ReviewRef{first.caseId, roundId}));
        QCOMPARE(card.reviewStatusText(), QStringLiteral("Sent back"));
        QVERIFY2(card.sentBackText().contains(QStringLiteral("Handleplanen mangler dato")),
                 qPrintable(card.sentBackText()));
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("sentBackBanner"))->isVisible());
    }

    // Each role sees only the round and approval buttons it may use: a consultant reviews what it is given (no
    // "Ny runde", no assigning, no approval); a caseworker starts only a self-check.
    void eachRoleSeesOnlyItsButtons_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("newRound");
        QTest::addColumn<bool>("manage");
        QTest::addColumn<bool>("approve");
        QTest::newRow("coordinator") << QStringLiteral("koord") << true << true << true;
        QTest::newRow("consultant") << QStringLiteral("karin") << false << false << false;
        QTest::newRow("caseworker") << QStringLiteral("ali") << true << false << false;
    }

    void eachRoleSeesOnlyItsButtons()
    {
        QFETCH(QString, user);
        QFETCH(bool, newRound);
        QFETCH(bool, manage);
        QFETCH(bool, approve);
        auto actor = testsupport::actor(*m_db, user);
        RoundsView view(*actor.session);
        QCOMPARE(!view.findChild<QPushButton *>(QStringLiteral("newRound"))->isHidden(), newRound);
        for (const char *name : {"closeRound", "reopenRound", "archiveRound", "evaluate"})
            QCOMPARE(!view.findChild<QPushButton *>(QString::fromLatin1(name))->isHidden(), manage);
        QCOMPARE(!view.findChild<QWidget *>(QStringLiteral("assignPanel"))->isHidden(), manage);
        QCOMPARE(!view.findChild<QWidget *>(QStringLiteral("approvalPanel"))->isHidden(), approve);
    }

    // Writes the rounds view and the new-round dialog in Danish at 1366×768 to SAGSTJEK_SCREENSHOT_DIR, on the demo
    // data with a user list, for a person to look at (docs/screenshots/rounds-da.png, new-round-dialog-da.png).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        auto db = testsupport::memoryDatabase(true);
        testsupport::addUser(*db, QStringLiteral("admin"), Role::Administrator, QStringLiteral("Systemadministrator"));
        testsupport::addUser(*db, QStringLiteral("tester"), Role::Coordinator, QStringLiteral("Kirsten Koordinator"));
        testsupport::addUser(*db, QStringLiteral("Karin Konsulent"), Role::Consultant);
        testsupport::addUser(*db, QStringLiteral("kim"), Role::Consultant, QStringLiteral("Kim Kontrol"));
        testsupport::addUser(*db, QStringLiteral("leder"), Role::Leader, QStringLiteral("Lene Leder"));
        auto koord = testsupport::actor(*db, QStringLiteral("tester"), QStringLiteral("da"));
        RoundsView view(*koord.session);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *picker = view.findChild<QListWidget *>(QStringLiteral("reviewers"));
        pickerItem(picker, QStringLiteral("kim"))->setCheckState(Qt::Checked);
        auto *table = view.findChild<QTableView *>(QStringLiteral("roundCases"));
        table->selectRow(1);
        QVERIFY(view.grab().save(dir + QStringLiteral("/rounds-da.png")));

        view.newRound();
        auto *dialog = view.findChild<NewRoundDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                         QStringLiteral("Ledelsestilsyn marts"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("supervision")));
        auto *areas = dialog->findChild<QListWidget *>(QStringLiteral("areas"));
        areas->item(0)->setCheckState(Qt::Checked);
        dialog->countScope();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(dialog->height() <= 740, qPrintable(QString::number(dialog->height())));
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/new-round-dialog-da.png")));
        language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestViewRoundFlow)
#include "tst_view_roundflow.moc"
