// With SAGSTJEK_LANGUAGE=da the UI is Danish.
#include "appcontroller.h"
#include "caselistwidget.h"
#include "cuecardwidget.h"
#include "cueitemwidget.h"
#include "itemmodels/caselistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "services/reviewservice.h"
#include "settings.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "viewfixture.h"

using namespace sagstjek;

using viewfixture::Fixture;
using viewfixture::press;

class TestViewLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SAGSTJEK_LANGUAGE", "da");
        language::install(language::resolve(QStringLiteral("en"), QStringLiteral("en"))); // the variable wins
    }
    void answerButtonsAreDanish();
};

void TestViewLanguage::answerButtonsAreDanish()
{
    QCOMPARE(language::current(), QStringLiteral("da"));
    Fixture f;
    QVERIFY(f.start());
    const qint64 caseId = f.freshCase(QStringLiteral("integration"));
    QVERIFY(f.window->openReview(ReviewRef{caseId}));
    CueItemWidget *item = f.window->cueCard()->itemWidgets().value(0);
    QVERIFY(item);
    QCOMPARE(item->answerButton(AnswerValue::Met)->text(), QStringLiteral("Opfyldt"));
    QCOMPARE(item->answerButton(AnswerValue::NotMet)->text(), QStringLiteral("Ikke opfyldt"));
    QCOMPARE(item->answerButton(AnswerValue::NotApplicable)->text(), QStringLiteral("Ikke relevant"));
    QCOMPARE(f.controller.caseModel().headerData(CaseListModel::CaseNumber, Qt::Horizontal).toString(),
             QStringLiteral("Sagsnummer"));
    QCOMPARE(f.window->cueCard()->reviewStatusText(), QStringLiteral("Ikke startet"));
    QCOMPARE(f.window->cueCard()->reviewScopeText(), QStringLiteral("Uden for runde"));
    // The cue card's own texts come from the template's Danish side.
    QCOMPARE(item->question(), f.window->cueCard()->state()->card.item(item->itemKey())->text.da);
    // The demo round's review of a sampled case says which round it is (reopening rebuilds the items: `item` is
    // not used after this).
    auto sampled = sql::run(sqlOf(f.controller.database()),
                            QStringLiteral("SELECT s.round_id, s.case_id, r.name FROM round_sample s "
                                           "JOIN rounds r ON r.id = s.round_id ORDER BY s.case_id LIMIT 1"));
    QVERIFY(sampled.ok() && sampled->next());
    QVERIFY(f.window->openReview(ReviewRef{sampled->value(1).toLongLong(), sampled->value(0).toLongLong()}));
    QCOMPARE(f.window->cueCard()->reviewScopeText(), QStringLiteral("Runde: %1").arg(sampled->value(2).toString()));
}

QTEST_MAIN(TestViewLanguage)
#include "tst_view_language.moc"
