// No internal key where a Danish user looks (issue 12): the Danish main window (every tab, filter, list and the
// cue card, with the first row of every list selected), the import preview and its error messages on a fixture,
// and the exports in their default mode (CSV and XLSX) are searched for every key Sagstjek uses: areas, review,
// round and defect statuses, severities, round kinds, the templates' item, subgroup, date and event keys, and the
// field keys of the exports. A key is found as a whole word (case-sensitive), so "Integrationsprogram" is not
// "integration" while "integration.contract.signed_in_time" is.
#include "appcontroller.h"
#include "domain/areas.h"
#include "domain/review.h"
#include "domain/round.h"
#include "domain/statuses.h"
#include "importdialog.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "language.h"
#include "mainwindow.h"
#include "services/exporter.h"
#include "services/templatecatalog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QtTest>

#include "viewfixture.h"

using namespace sagstjek;
using namespace Qt::StringLiterals;

namespace {

// Every key a user must never read, each with a pattern that finds it as a whole word.
struct Keys {
    QList<QPair<QString, QRegularExpression>> patterns;

    void add(const QString &key)
    {
        for (const auto &known : std::as_const(patterns))
            if (known.first == key)
                return;
        patterns.append({key, QRegularExpression(u"(?<![\\p{L}\\p{N}_.\\-])"_s + QRegularExpression::escape(key) +
                                                 u"(?![\\p{L}\\p{N}_\\-])"_s)});
    }

    static Keys all()
    {
        Keys keys;
        auto cards = templatecatalog::builtIn();
        // Words the templates' Danish prose uses itself ("visitation", "note") are Danish words, not keys.
        QString danishProse;
        for (const CueCard &card : cards.value()) {
            danishProse += card.title.da + u' ' + card.description.da + u' ';
            for (const CueCardSection &section : card.sections) {
                danishProse += section.title.da + u' ';
                for (const CueCardItem &item : section.items)
                    danishProse +=
                        item.text.da + u' ' + item.guidance.da + u' ' + item.remediation.da + u' ' + item.law.da + u' ';
            }
            for (const auto *fields : {&card.subgroups, &card.dateFields, &card.eventKinds})
                for (const NamedField &f : *fields)
                    danishProse += f.label.da + u' ';
        }
        QStringList candidates = Areas::keys();
        for (ReviewStatus s : {ReviewStatus::NotStarted, ReviewStatus::InProgress, ReviewStatus::Completed,
                               ReviewStatus::SentBack, ReviewStatus::Reopened, ReviewStatus::Approved})
            candidates << reviewStatusKey(s);
        for (Severity s : {Severity::Critical, Severity::Major, Severity::Minor})
            candidates << severityKey(s);
        for (DefectStatus s :
             {DefectStatus::Open, DefectStatus::Remediated, DefectStatus::Verified, DefectStatus::Reopened})
            candidates << defectStatusKey(s);
        for (RoundKind k : {RoundKind::Walkthrough, RoundKind::Sample, RoundKind::Supervision, RoundKind::SelfCheck})
            candidates << roundKindKey(k);
        for (RoundStatus s : {RoundStatus::Active, RoundStatus::Closed})
            candidates << roundStatusKey(s);
        candidates << u"case_number"_s << u"review_status"_s << u"item_key"_s << u"subgroup"_s << u"caseworker"_s
                   << u"computed_verdict"_s << u"override_reason"_s << u"answered_by"_s << u"answered_at"_s
                   << u"created_by"_s << u"created_at"_s << u"not-met"_s << u"missing-data"_s << u"not-applicable"_s;
        for (const CueCard &card : cards.value()) {
            for (const CueCardItem *item : card.items())
                candidates << item->key;
            for (const auto *fields : {&card.subgroups, &card.dateFields, &card.eventKinds})
                for (const NamedField &f : *fields)
                    candidates << f.key;
        }
        Keys prose;
        for (const QString &key : std::as_const(candidates)) {
            prose.patterns.clear();
            prose.add(key);
            if (!prose.patterns.first().second.match(danishProse).hasMatch())
                keys.add(key);
        }
        return keys;
    }
};

struct Finding {
    QString where;
    QString text;
    QString key;
};

class Search {
public:
    explicit Search(const Keys &keys)
        : m_keys(keys)
    {
    }

    void text(const QString &where, const QString &shown)
    {
        if (shown.trimmed().isEmpty())
            return;
        const QString plain = Qt::mightBeRichText(shown) ? QTextDocumentFragment::fromHtml(shown).toPlainText() : shown;
        for (const auto &[key, pattern] : m_keys.patterns)
            if (pattern.match(plain).hasMatch())
                findings.append({where, plain.left(160), key});
        ++searched;
    }

    void model(const QString &where, const QAbstractItemModel *model, int maxRows = 200)
    {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column)
            text(where + u" header"_s, model->headerData(column, Qt::Horizontal).toString());
        const int rows = std::min(model->rowCount(), maxRows);
        for (int row = 0; row < rows; ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                // A grant rate's source is a citation as whoever set the rate wrote it (the seeded ones are English
                // and mention "family-reunified" people): the user's words, not a key.
                if (model->headerData(column, Qt::Horizontal).toString() == u"Kilde" && where.endsWith(u" grantRates"))
                    continue;
                const QModelIndex index = model->index(row, column);
                text(where, index.data(Qt::DisplayRole).toString());
                text(where + u" tooltip"_s, index.data(Qt::ToolTipRole).toString());
                for (int child = 0; child < std::min(model->rowCount(index), maxRows); ++child)
                    text(where, model->index(child, 0, index).data().toString());
            }
    }

    // Everything a widget tree shows: labels, buttons, tabs, combo entries, fields, lists and their headers, menus.
    void widgets(QWidget *root)
    {
        const QString name = QString::fromLatin1(root->metaObject()->className());
        text(name + u" title"_s, root->windowTitle());
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            text(where + u" tooltip"_s, w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                text(where, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text(where, button->text());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                text(where, group->title());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    text(where, tabs->tabText(i));
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    text(where, combo->itemText(i));
            else if (auto *line = qobject_cast<QLineEdit *>(w)) {
                text(where, line->text());
                text(where, line->placeholderText());
            } else if (auto *edit = qobject_cast<QTextEdit *>(w))
                text(where, edit->toPlainText());
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
                text(where, plain->toPlainText());
            else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                     view && !qobject_cast<QHeaderView *>(view) && !qobject_cast<QComboBox *>(w->parentWidget()))
                model(where, view->model());
        }
        for (QAction *action : root->findChildren<QAction *>())
            text(u"action "_s + action->objectName(), action->text());
    }

    // A CSV or XLSX export: its headers and every cell.
    void file(const QString &where, const io::TableResult &read)
    {
        QVERIFY2(read.ok(), qPrintable(where));
        for (const QString &header : read.table.headers)
            text(where + u" header"_s, header);
        for (const QStringList &row : read.table.rows)
            for (const QString &cell : row)
                text(where, cell);
    }

    QString report() const
    {
        QStringList lines;
        for (const Finding &f : findings.mid(0, 25))
            lines << u"%1: \"%2\" shows the key %3"_s.arg(f.where, f.text, f.key);
        if (findings.size() > 25)
            lines << u"… and %1 more"_s.arg(findings.size() - 25);
        return lines.join(u'\n');
    }

    QList<Finding> findings;
    int searched = 0;

private:
    const Keys &m_keys;
};

// Selects the first row of every list, so that the detail panes beside them (a round's cases, a defect) fill.
void selectFirstRows(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view) || !view->model() || view->model()->rowCount() == 0 ||
            !view->selectionModel() || !view->isVisibleTo(root->window()))
            continue;
        view->setCurrentIndex(view->model()->index(0, 0));
    }
    QCoreApplication::processEvents();
}

} // namespace

class TestViewWords : public QObject {
    Q_OBJECT

    Keys m_keys;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SAGSTJEK_LANGUAGE", "da");
        language::install(u"da"_s);
        m_keys = Keys::all();
        QVERIFY(m_keys.patterns.size() > 100); // the templates' items are among them
    }

    // The search itself finds a key: a test that cannot fail would prove nothing.
    void theSearchFindsAKey()
    {
        Search search(m_keys);
        search.text(u"probe"_s, u"Status: completed"_s);
        search.text(u"probe"_s, u"Punkt integration.contract.signed_in_time"_s);
        search.text(u"probe"_s, u"Integrationsprogram, Afsluttet, Væsentlig, 05-03-2026"_s);
        QCOMPARE(search.findings.size(), 2);
    }

    void theDanishMainWindowShowsNoKeys()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        const qint64 caseId = f.freshCase(u"integration"_s);
        QVERIFY(f.window->openReview(ReviewRef{caseId}));
        auto *tabs = f.window->findChild<QTabWidget *>();
        QVERIFY(tabs);
        Search search(m_keys);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            selectFirstRows(tabs->widget(i));
            QTest::qWait(50);
            search.widgets(tabs->widget(i));
            // SAGSTJEK_SCREENSHOT_DIR=… keeps a picture of each Danish tab (the defects tab shows questions).
            if (const QString shots = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR"); !shots.isEmpty())
                f.window->grab().save(u"%1/words-da-tab%2.png"_s.arg(shots).arg(i));
        }
        search.widgets(f.window.get());
        QVERIFY(search.searched > 200);
        QVERIFY2(search.findings.isEmpty(), qPrintable(search.report()));
    }

    void theImportPreviewAndItsMessagesShowNoKeys()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db, u"tester"_s, u"da"_s);
        ImportDialog dialog(*actor.session, ImportKind::Cases);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A file as a case system writes it: area keys or names, a subgroup, an impossible date, an unknown area.
        const QString path = testsupport::writeFile(m_dir, u"preview.csv"_s,
                                                    "Sagsnummer;Navn;Område;Undergruppe;Overtagelsesdato\n"
                                                    "G-1;Åse;integration;;05-03-2019\n"
                                                    "G-2;Bo;Kontanthjælp;;06-03-2019\n"
                                                    "G-3;Cy;nowhere;;31-02-2019\n");
        QVERIFY(dialog.openFile(path));
        QTableWidget *preview = dialog.previewTable();
        QCOMPARE(preview->rowCount(), 3);
        Search search(m_keys);
        search.widgets(&dialog);
        QVERIFY2(search.findings.isEmpty(), qPrintable(search.report()));
        // The messages are Danish through and through: no English inside a Danish sentence.
        QString tips;
        for (int c = 0; c < preview->columnCount(); ++c)
            tips += preview->item(2, c)->toolTip() + u'\n';
        QVERIFY2(tips.contains(u"Ukendt område"_s), qPrintable(tips));
        QVERIFY2(tips.contains(u"Ikke en gyldig dato"_s), qPrintable(tips));
        QVERIFY2(!tips.contains(u" is not a date"_s) && !tips.contains(u" days"_s), qPrintable(tips));
    }

    void exportsInWordsShowNoKeys_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("format");
        for (const auto &[name, what] : {std::pair{"cases", Exporter::What::Cases},
                                         {"answers", Exporter::What::AnswersLong},
                                         {"answers-wide", Exporter::What::AnswersWide},
                                         {"defects", Exporter::What::Defects}}) {
            QTest::addRow("%s csv", name) << int(what) << int(Exporter::Format::Csv);
            QTest::addRow("%s xlsx", name) << int(what) << int(Exporter::Format::Xlsx);
        }
    }

    void exportsInWordsShowNoKeys()
    {
        QFETCH(int, what);
        QFETCH(int, format);
        auto db = testsupport::memoryDatabase(true);
        auto actor = testsupport::actor(*db, u"tester"_s, u"da"_s);
        Exporter::Options options; // the default mode
        options.what = Exporter::What(what);
        options.format = Exporter::Format(format);
        options.language = u"da"_s;
        const bool xlsx = options.format == Exporter::Format::Xlsx;
        const QString path = m_dir.filePath(u"export-%1.%2"_s.arg(what).arg(xlsx ? u"xlsx"_s : u"csv"_s));
        auto rows = Exporter(*actor.session).exportTo(path, options);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QVERIFY(rows.value() > 0);
        Search search(m_keys);
        search.file(path, xlsx ? io::readXlsxFile(path) : io::readCsvFile(path));
        QVERIFY2(search.findings.isEmpty(), qPrintable(search.report()));
    }
};

QTEST_MAIN(TestViewWords)
#include "tst_view_words.moc"
