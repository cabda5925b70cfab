// File ▸ Write report… driven like a user (issue 10): a leader writes a round report as PDF and the status report to
// the council as XLSX, off the UI thread on a database file, and reads them back; neither names a citizen. A report
// with case numbers is an access-log entry; an administrator cannot ask for one. The keyboard alone reaches every
// field.
#include "io/xlsxreader.h"
#include "language.h"
#include "reportdialog.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

namespace {

const QString Goal = QStringLiteral("integration.contract.goal");

QString caseNumber(int i)
{
    return QStringLiteral("INT-%1").arg(i, 2, 10, QLatin1Char('0'));
}
QString cprOf(int i)
{
    return QStringLiteral("0101%1").arg(901230 + i);
}

Status review(ReviewService &service, const ReviewRef &ref, bool missGoal)
{
    auto state = service.load(ref);
    if (!state)
        return state.error();
    for (const CueCardItem *item : state->applicableItems()) {
        const AnswerValue value = missGoal && item->key == Goal ? AnswerValue::NotMet : AnswerValue::Met;
        auto answered = service.answer(ref, item->key, value, QStringLiteral("checked"));
        if (!answered)
            return answered.error();
        if (value == AnswerValue::NotMet && answered->after.defect) {
            Defect d = *answered->after.defect;
            d.description = QStringLiteral("no goal in Min Plan");
            if (auto saved = service.saveDefect(ref, d); !saved)
                return saved.error();
        }
    }
    return service.complete(ref);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestViewReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Writes what the dialog shows to `name` and waits for the background job.
    QString write(ReportDialog &dialog, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSignalSpy finished(&dialog, &ReportDialog::finished);
        dialog.writeTo(path);
        if (dialog.isWriting())
            [&] { QVERIFY(finished.wait(30000)); }();
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db =
            testsupport::fileDatabase(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        testsupport::addUser(*m_db, QStringLiteral("admin"), Role::Administrator);
        testsupport::addUser(*m_db, QStringLiteral("leder"), Role::Leader);
        QList<CaseFile> cases;
        for (int i = 1; i <= 10; ++i) {
            CaseFile c;
            c.caseNumber = caseNumber(i);
            c.name = QStringLiteral("Borgernavn%1 Hansen").arg(i);
            c.cpr = cprOf(i);
            c.area = QStringLiteral("integration");
            c.subgroup = QStringLiteral("refugee");
            c.caseworker = QStringLiteral("Ali Hassan");
            c.team = i <= 6 ? QStringLiteral("Team Nord") : QStringLiteral("Team Syd");
            c.dates.insert(QStringLiteral("takeover"), QDate(2026, 3, i));
            cases << c;
        }
        QVERIFY(addCases(*m_db, cases).ok());
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"));
        RoundSpec spec;
        spec.name = QStringLiteral("Gennemgang efterår 2026");
        spec.kind = RoundKind::Walkthrough;
        auto round = RoundService(*leader.session).create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        ReviewService reviews(*leader.session);
        for (int i = 1; i <= 8; ++i) {
            const ReviewRef ref{m_db->cases().idForNumber(caseNumber(i)).value(), round->id};
            const Status done = review(reviews, ref, i <= 2);
            QVERIFY2(done.ok(), qPrintable(done.error().message));
        }
    }

    void cleanup() { m_db.reset(); }

    void roundReportAsPdfOffTheUiThread()
    {
        language::install(QStringLiteral("da"));
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"), QStringLiteral("da"));
        ReportDialog dialog(*leader.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.roundBox()->currentText(), QStringLiteral("Gennemgang efterår 2026"));
        QCOMPARE(dialog.teamBox()->count(), 2);
        const qint64 lastLog = testsupport::lastAccessId(*m_db);
        const QString pdf = write(dialog, QStringLiteral("runde.pdf"));
        QVERIFY2(dialog.message().contains(QStringLiteral("Rapporten er skrevet")), qPrintable(dialog.message()));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Rapport over runde"), QStringLiteral("8 af 10 gennemgået, 2 tilbage"),
              QStringLiteral("Fejlfri sager: 6 af 8 = 75 %")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        for (int i = 1; i <= 10; ++i) {
            QVERIFY(!text.contains(cprOf(i)));
            QVERIFY(!text.contains(cprOf(i).left(6)));
            QVERIFY(!text.contains(caseNumber(i)));
        }
        QVERIFY(!text.contains(QStringLiteral("Borgernavn")));
        // Figures open no case: nothing in the access log.
        QVERIFY(testsupport::accessLogAfter(*m_db, lastLog, QStringLiteral("leder")).isEmpty());
    }

    // The keyboard chooses the status report and its period; the XLSX holds the period's round.
    void statusReportAsXlsxByKeyboard()
    {
        language::install(QStringLiteral("da"));
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"), QStringLiteral("da"));
        ReportDialog dialog(*leader.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.fromEdit()->isEnabled());
        dialog.kindBox()->setFocus();
        QTest::keyClick(dialog.kindBox(), Qt::Key_End); // the last choice: the status report
        QCOMPARE(dialog.kindBox()->currentIndex(), 2);
        QVERIFY(dialog.fromEdit()->isEnabled());
        QVERIFY(!dialog.roundBox()->isEnabled());
        QVERIFY(!dialog.councilBox()->isEnabled());
        dialog.formatBox()->setFocus();
        QTest::keyClick(dialog.formatBox(), Qt::Key_Down); // XLSX
        QCOMPARE(dialog.request({}).format, reports::ReportRequest::Format::Xlsx);
        QCOMPARE(dialog.request({}).to, leader.session->today());
        const QString xlsx = write(dialog, QStringLiteral("status.xlsx"));
        QVERIFY2(dialog.message().contains(QStringLiteral("Rapporten er skrevet")), qPrintable(dialog.message()));
        io::XlsxReader reader;
        QVERIFY(reader.open(xlsx));
        QVERIFY(reader.selectSheet(QStringLiteral("Runder")));
        QStringList row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.value(0), QStringLiteral("Gennemgang efterår 2026"));
        QCOMPARE(row.value(3), QStringLiteral("8")); // reviewed, as a number
    }

    // Case numbers only when chosen, never for the council, and the list is logged; an administrator has no choice.
    void caseNumbersAreLoggedAndNotForAdministrators()
    {
        language::install(QStringLiteral("da"));
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"), QStringLiteral("da"));
        ReportDialog dialog(*leader.session);
        QVERIFY(dialog.caseNumbersBox()->isEnabled());
        dialog.councilBox()->setChecked(true);
        QVERIFY(!dialog.caseNumbersBox()->isEnabled());
        dialog.councilBox()->setChecked(false);
        QTest::mouseClick(dialog.caseNumbersBox(), Qt::LeftButton);
        QVERIFY(dialog.caseNumbersBox()->isChecked());
        QVERIFY(!dialog.councilBox()->isEnabled());
        const qint64 lastLog = testsupport::lastAccessId(*m_db);
        const QString pdf = write(dialog, QStringLiteral("sager.pdf"));
        QVERIFY2(dialog.message().contains(QStringLiteral("Rapporten er skrevet")), qPrintable(dialog.message()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(caseNumber(1)), qPrintable(text));
        QVERIFY(!text.contains(cprOf(1)));
        const QStringList log = testsupport::accessLogAfter(*m_db, lastLog, QStringLiteral("leder"));
        QCOMPARE(log.size(), 1);
        QVERIFY2(
            log.first().startsWith(QStringLiteral("export||report, round=Gennemgang efterår 2026, with case numbers")),
            qPrintable(log.first()));

        auto admin = testsupport::actor(*m_db, QStringLiteral("admin"), QStringLiteral("da"));
        ReportDialog adminDialog(*admin.session);
        QVERIFY(!adminDialog.caseNumbersBox()->isEnabled());
        QVERIFY(!adminDialog.request({}).options.withCaseNumbers);
    }

    // A target that cannot be written is said in the dialog, and it can be tried again.
    void unwritableTargetIsReported()
    {
        language::install(QStringLiteral("da"));
        auto leader = testsupport::actor(*m_db, QStringLiteral("leder"), QStringLiteral("da"));
        ReportDialog dialog(*leader.session);
        write(dialog, QStringLiteral("no/such/folder/r.pdf"));
        QVERIFY2(dialog.message().contains(QStringLiteral("kunne ikke skrives")), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QStringLiteral("does not exist")));
        QVERIFY(!dialog.isWriting());
        write(dialog, QStringLiteral("ok.pdf"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("ok.pdf"))));
    }
};

QTEST_MAIN(TestViewReport)
#include "tst_view_report.moc"
