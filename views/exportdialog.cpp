#include "exportdialog.h"

#include "domain/areas.h"
#include "domain/statuses.h"
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/roundmodels.h"
#include "services/accesspolicy.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sagstjek {

ExportDialog::ExportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export"));
    m_what = new QComboBox(this);
    m_what->addItem(tr("Cases"), int(Exporter::What::Cases));
    m_what->addItem(tr("Answers, one row per answer"), int(Exporter::What::AnswersLong));
    m_what->addItem(tr("Answers, one row per case (like a review sheet)"), int(Exporter::What::AnswersWide));
    m_what->addItem(tr("Defects"), int(Exporter::What::Defects));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV for Danish Excel (UTF-8, semicolon)"), QStringLiteral("csv"));
    m_format->addItem(tr("CSV for other programs (comma, RFC 4180)"), QStringLiteral("rfc4180"));
    m_round = new QComboBox(this);
    m_round->addItem(tr("All rounds"), QString());
    RoundService rounds(m_session);
    if (auto list = rounds.list(); list) {
        QList<Round> newestFirst = list.value();
        std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const Round &a, const Round &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        for (const Round &round : std::as_const(newestFirst))
            m_round->addItem(round.status == RoundStatus::Closed ? tr("%1 (closed)").arg(round.name) : round.name,
                             round.name);
    }
    m_area = new QComboBox(this);
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : Areas::keys())
        m_area->addItem(Areas::label(key), key);
    m_caseworker = new QLineEdit(this);
    m_caseworker->setPlaceholderText(tr("All caseworkers"));
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty()) {
        m_caseworker->setText(own); // a caseworker exports only their own cases
        m_caseworker->setEnabled(false);
    }
    m_status = new QComboBox(this);
    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::fillStatuses);
    fillStatuses();
    m_personal = new QCheckBox(tr("Include personal data (CPR numbers and names)"), this);
    m_personal->setChecked(false);
    m_keys = new QCheckBox(tr("Keys instead of words (for machines)"), this);
    m_keys->setToolTip(tr("Field keys as headers, stored keys as values and ISO dates, as another program or a "
                          "new import reads them."));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // how many rows is not known before they are read
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_rows && !m_cancelled->load())
            m_message->setText(tr("Exporting… %n row(s) written", nullptr, int(m_rows->load())));
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::workerFinished);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_what);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Round:"), m_round);
    form->addRow(tr("Area:"), m_area);
    form->addRow(tr("Caseworker:"), m_caseworker);
    form->addRow(tr("Status:"), m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    m_cancel = buttons->addButton(tr("Cancel export"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    m_openFolder = buttons->addButton(tr("Open folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportDialog::openFolder);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_personal);
    layout->addWidget(m_keys);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

ExportDialog::~ExportDialog()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished(); // the worker looks at Cancel after every row
}

Exporter::Options ExportDialog::options() const
{
    Exporter::Options o;
    o.what = Exporter::What(m_what->currentData().toInt());
    const QString format = m_format->currentData().toString();
    o.format = format == u"xlsx" ? Exporter::Format::Xlsx : Exporter::Format::Csv;
    if (format == u"rfc4180")
        o.dialect = io::CsvDialect::rfc4180();
    o.includePersonalData = m_personal->isChecked();
    o.keys = m_keys->isChecked();
    o.filter.round = m_round->currentData().toString();
    o.filter.area = m_area->currentData().toString();
    o.filter.caseworker = m_caseworker->text().trimmed();
    o.filter.status = m_status->currentData().toString();
    o.language = m_session.language();
    return o;
}

bool ExportDialog::exportTo(const QString &path)
{
    if (isExporting())
        return false;
    const Exporter::Options chosen = options();
    const QString location = m_session.database().path();
    if (location == QStringLiteral(":memory:")) {
        // A private in-memory database has no second connection: export it here (tests, dry runs).
        Exporter exporter(m_session);
        m_message->setText(tr("Exporting…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto rows = exporter.exportTo(path, chosen);
        QApplication::restoreOverrideCursor();
        if (!rows) {
            m_message->setText(rows.error().message);
            emit finished(false);
            return false;
        }
        showWritten(path, rows.value());
        emit finished(true);
        return true;
    }
    // Asked here, so that a refusal is logged on the window's connection (the worker's cannot write).
    if (auto allowed = m_session.policy().requireCaseData(); !allowed) {
        m_message->setText(allowed.error().message);
        return false;
    }
    m_path = path;
    m_running = chosen;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_rows = std::make_shared<std::atomic<qint64>>(0);
    m_watcher.setFuture(QtConcurrent::run(
        workerPool(),
        [spec = WorkerSessionSpec{location, m_session.userName(), m_session.language(), m_session.today()}, path,
         chosen, cancelled = m_cancelled, written = m_rows]() -> Outcome {
            qint64 rows = 0;
            const Status done = withReaderSession(spec, [&](Session &session) -> Status {
                auto wrote = Exporter(session).writeFile(path, chosen, [&](qint64 count) {
                    written->store(count);
                    return !cancelled->load();
                });
                if (!wrote)
                    return wrote.error();
                rows = wrote.value();
                return Ok{};
            });
            if (done) // written, even when Cancel came after the last check: it is reported and logged as such
                return {rows, false, {}};
            if (cancelled->load())
                return {0, true, {}};
            return {0, false, done.error().message};
        }));
    setBusy(true);
    m_message->setText(tr("Exporting…"));
    return true;
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_message->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_export->setEnabled(!busy);
    m_close->setEnabled(!busy);
    if (busy) {
        m_tick->start();
        m_cancel->setFocus();
    } else {
        m_tick->stop();
    }
}

void ExportDialog::workerFinished()
{
    setBusy(false);
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome{0, true, {}};
    if (outcome.cancelled) {
        m_message->setText(tr("The export was cancelled. No file was written."));
        emit finished(false);
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_message->setText(outcome.error);
        emit finished(false);
        return;
    }
    // Every export is in the access log; one that cannot be logged is not left on disk.
    if (auto logged = Exporter(m_session).recordExport(m_path, m_running); !logged) {
        QFile::remove(m_path);
        m_message->setText(logged.error().message);
        emit finished(false);
        return;
    }
    showWritten(m_path, outcome.rows);
    emit finished(true);
}

void ExportDialog::showWritten(const QString &path, qint64 rows)
{
    const QFileInfo file(path);
    m_lastFolder = file.absolutePath();
    m_message->setText(tr("%n row(s) written to %1 in the folder %2.", nullptr, int(rows))
                           .arg(file.fileName(), QDir::toNativeSeparators(m_lastFolder)));
    m_openFolder->setEnabled(true);
    m_close->setFocus();
}

void ExportDialog::fillStatuses()
{
    const auto what = Exporter::What(m_what->currentData().toInt());
    const QString previous = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    switch (what) {
    case Exporter::What::Cases:
        // The case list's three statuses (cases.review_status).
        m_status->addItem(tr("Not started"), reviewStatusKey(ReviewStatus::NotStarted));
        m_status->addItem(tr("In progress"), reviewStatusKey(ReviewStatus::InProgress));
        m_status->addItem(tr("Completed"), reviewStatusKey(ReviewStatus::Completed));
        break;
    case Exporter::What::AnswersLong:
    case Exporter::What::AnswersWide:
        for (ReviewStatus status : {ReviewStatus::InProgress, ReviewStatus::Completed, ReviewStatus::SentBack,
                                    ReviewStatus::Reopened, ReviewStatus::Approved})
            m_status->addItem(RoundCaseModel::statusLabel(status), reviewStatusKey(status));
        break;
    case Exporter::What::Defects:
        for (DefectStatus status :
             {DefectStatus::Open, DefectStatus::Remediated, DefectStatus::Verified, DefectStatus::Reopened})
            m_status->addItem(defectStatusLabel(status), defectStatusKey(status));
        break;
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(previous)));
}

void ExportDialog::openFolder()
{
    if (!m_lastFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder));
}

void ExportDialog::chooseAndExport()
{
    const bool xlsx = m_format->currentData().toString() == u"xlsx";
    const QString folder =
        m_lastFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_lastFolder;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), folder,
                                                      xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportTo(path); // the dialog stays open: it says where the file went
}

} // namespace sagstjek
