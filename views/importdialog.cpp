#include "importdialog.h"

#include "services/session.h"
#include "settings.h"
#include "wheelguard.h"

#include "domain/words.h"
#include "services/accesspolicy.h"
#include "services/eventimporter.h"
#include "services/reviewsheetimporter.h"
#include "services/tablefile.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sagstjek {

namespace {

constexpr int PreviewRows = 20;
const QColor ErrorBackground(255, 205, 205);

} // namespace

ImportDialog::ImportDialog(Session &session, ImportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_db(session.database())
    , m_language(session.language())
    , m_kind(kind)
{
    // Scrolling the mapping must never change it (issue 12), whoever opens the dialog.
    WheelGuard::installOnApplication();
    setWindowTitle(kind == ImportKind::Cases    ? tr("Import cases")
                   : kind == ImportKind::Events ? tr("Import case events")
                                                : tr("Import a review sheet"));
    if (auto cards = importmapping::currentCards(m_db); cards)
        m_cards = cards.value();

    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_sheet = new QComboBox(this);
    m_sheet->setEnabled(false);
    connect(m_sheet, &QComboBox::activated, this, [this] { reopen(); });
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("UTF-16LE"), QStringLiteral("utf-16le"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
    connect(m_encoding, &QComboBox::activated, this, [this] { reopen(); });
    m_dateOrder = new QComboBox(this);
    m_dateOrder->addItem(tr("Detect (day first when unclear)"), int(io::DateOrder::Ambiguous));
    m_dateOrder->addItem(tr("Day-month-year"), int(io::DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month-day-year"), int(io::DateOrder::MonthDayYear));
    connect(m_dateOrder, &QComboBox::activated, this, [this] {
        startCheck();
        refreshPreview();
    });
    m_headerRow = new QSpinBox(this);
    m_headerRow->setRange(1, 9999);
    m_headerRow->setToolTip(tr("The row of the file that holds the column headers. Rows above it, such as a title, "
                               "are ignored."));
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        if (!m_path.isEmpty())
            reopen();
    });
    m_savedBox = new QComboBox(this);
    connect(m_savedBox, &QComboBox::activated, this, &ImportDialog::applySavedMapping);
    auto *saveButton = new QPushButton(tr("Save mapping…"), this);
    connect(saveButton, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedBox, 1);
    savedRow->addWidget(saveButton);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Headers in row:"), m_headerRow);
    form->addRow(tr("Dates:"), m_dateOrder);
    if (kind == ImportKind::Answers) {
        m_template = new QComboBox(this);
        for (const CueCard &card : std::as_const(m_cards))
            m_template->addItem(card.title.in(m_language), card.key);
        connect(m_template, &QComboBox::activated, this, [this] { fillMappingTable(currentMapping()); });
        form->addRow(tr("Cue card:"), m_template);
    }
    form->addRow(tr("Saved mappings:"), savedRow);

    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setVisible(false);
    m_preview = new QTableWidget(0, 0, this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->horizontalHeader()->setStretchLastSection(true); // the problem column gets the room left
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *mappingBox = new QWidget(splitter);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("Mapping"), mappingBox));
    mappingLayout->addWidget(m_mapping);
    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview of the first rows (invalid values in red)"), previewBox));
    m_checkLabel = new QLabel(previewBox);
    m_checkLabel->setWordWrap(true);
    m_checkProgress = new QProgressBar(previewBox);
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setMaximumWidth(160);
    m_checkProgress->setTextVisible(false);
    m_checkProgress->hide();
    m_stopCheck = new QPushButton(tr("Stop checking"), previewBox);
    m_stopCheck->hide();
    connect(m_stopCheck, &QPushButton::clicked, this, &ImportDialog::stopCheck);
    m_onlyErrors = new QCheckBox(tr("Show only rows with errors"), previewBox);
    m_onlyErrors->setEnabled(false);
    connect(m_onlyErrors, &QCheckBox::toggled, this, [this] { refreshPreview(); });
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkLabel, 1);
    checkRow->addWidget(m_checkProgress);
    checkRow->addWidget(m_stopCheck);
    checkRow->addWidget(m_onlyErrors);
    previewLayout->addLayout(checkRow);
    previewLayout->addWidget(m_preview);
    connect(&m_checkWatcher, &QFutureWatcher<CaseFileCheck>::progressValueChanged, this,
            [this](int value) { m_checkProgress->setValue(value); });
    connect(&m_checkWatcher, &QFutureWatcher<CaseFileCheck>::progressRangeChanged, this,
            [this](int minimum, int maximum) { m_checkProgress->setRange(minimum, maximum); });
    connect(&m_checkWatcher, &QFutureWatcher<CaseFileCheck>::finished, this, &ImportDialog::checkFinished);

    m_skipInvalid = new QCheckBox(tr("Import the valid rows and skip the invalid ones"), this);
    m_skippedPath = new QLineEdit(this);
    m_skippedPath->setPlaceholderText(tr("Save the skipped rows to a file (optional)"));
    m_skippedPath->setEnabled(kind == ImportKind::Cases);
    m_skipInvalid->setEnabled(kind != ImportKind::Answers);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_importButton = new QPushButton(tr("Import"), this);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Close"), this);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_skippedPath);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportDialog::showImportProgress);
    connect(&m_importWatcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportDialog::importFinished);

    m_savedBox->addItem(tr("(automatic)"));
    if (auto saved = importmapping::savedMappings(m_db); saved)
        for (const ImportMapping &m : saved.value())
            if (m.kind == m_kind) {
                m_saved << m;
                m_savedBox->addItem(m.name);
            }
    resize(900, 700);
}

ImportDialog::~ImportDialog()
{
    if (m_importProgress) {
        m_importProgress->cancelled = true;
        m_importWatcher.waitForFinished(); // its connection closes before the loan ends
    }
    m_checkWatcher.cancel();
    m_checkWatcher.waitForFinished();
}

QList<ImportTarget> ImportDialog::targets() const
{
    switch (m_kind) {
    case ImportKind::Cases:
        return importmapping::caseTargets(m_cards);
    case ImportKind::Events:
        return importmapping::eventTargets();
    case ImportKind::Answers:
        for (const CueCard &card : m_cards)
            if (m_template && card.key == m_template->currentData().toString())
                return importmapping::answerTargets(card);
        break;
    }
    return {};
}

void ImportDialog::chooseFile()
{
    // The folder of the last import, or the user's documents.
    AppSettings settings;
    QString folder = settings.value(AppSettings::Key::ImportFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), folder,
                                     tr("Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(AppSettings::Key::ImportFolder, QFileInfo(path).absolutePath());
    openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_sheet->clear();
    reopen();
    return !m_headers.isEmpty();
}

void ImportDialog::reopen()
{
    const QString sheet = m_sheet->currentIndex() >= 0 ? m_sheet->currentText() : QString();
    auto file = TableFile::open(m_path, sheet, m_encoding->currentData().toString(), m_headerRow->value());
    m_headers.clear();
    m_sampleRows.clear();
    m_sampleRowNumbers.clear();
    if (!file) {
        stopCheck();
        m_status->setText(file.error().message);
        m_importButton->setEnabled(false);
        fillMappingTable({});
        return;
    }
    if (file.value()->isXlsx() && m_sheet->count() == 0) {
        m_sheet->addItems(file.value()->sheetNames());
        m_sheet->setCurrentText(sheet.isEmpty() ? file.value()->sheetNames().value(0) : sheet);
    }
    m_sheet->setEnabled(file.value()->isXlsx());
    m_encoding->setEnabled(!file.value()->isXlsx());
    m_headers = file.value()->headers();
    QStringList row;
    while (m_sampleRows.size() < 2000 && file.value()->reader().readRow(row)) {
        m_sampleRows << row;
        m_sampleRowNumbers << int(file.value()->reader().rowNumber());
    }
    m_status->setText(file.value()->reader().hasError() ? file.value()->reader().error().toString() : QString());
    m_importButton->setEnabled(!m_headers.isEmpty());
    fillMappingTable(m_savedBox->currentIndex() > 0 ? m_saved.value(m_savedBox->currentIndex() - 1) : ImportMapping{});
}

void ImportDialog::fillMappingTable(const ImportMapping &mapping)
{
    m_filling = true;
    const QList<ImportTarget> list = targets();
    const QStringList resolved = importmapping::resolve(m_headers, list, mapping);
    m_mapping->setRowCount(int(m_headers.size()));
    for (int i = 0; i < m_headers.size(); ++i) {
        auto *header = new QTableWidgetItem(m_headers.at(i));
        header->setFlags(header->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(i, 0, header);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("— not imported —"), QString());
        for (const ImportTarget &t : list)
            combo->addItem(t.required ? tr("%1 (required)").arg(t.label(m_language)) : t.label(m_language), t.key);
        combo->setCurrentIndex(std::max(0, combo->findData(resolved.value(i))));
        connect(combo, &QComboBox::activated, this, [this] {
            startCheck();
            refreshPreview();
        });
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_filling = false;
    startCheck();
    refreshPreview();
}

ImportMapping ImportDialog::currentMapping() const
{
    ImportMapping mapping;
    mapping.kind = m_kind;
    for (int i = 0; i < m_mapping->rowCount(); ++i)
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1)))
            mapping.columns.insert(m_headers.value(i), combo->currentData().toString());
    mapping.dateOrder = io::DateOrder(m_dateOrder->currentData().toInt());
    if (m_sheet->isEnabled())
        mapping.sheet = m_sheet->currentText();
    if (m_encoding->isEnabled())
        mapping.encoding = m_encoding->currentData().toString();
    mapping.headerRow = m_headerRow->value();
    return mapping;
}

void ImportDialog::refreshPreview()
{
    if (m_filling)
        return;
    const ImportMapping mapping = currentMapping();
    const QList<ImportTarget> list = targets();
    const QStringList resolved = importmapping::resolve(m_headers, list, mapping);
    QHash<QString, QString> labelOf;
    for (const ImportTarget &t : list)
        labelOf.insert(t.key, t.label(m_language));
    QList<int> shown;
    QStringList labels;
    for (int i = 0; i < resolved.size(); ++i)
        if (!resolved.at(i).isEmpty()) {
            shown << i;
            labels << labelOf.value(resolved.at(i), resolved.at(i));
        }
    labels << tr("Problem");
    std::unique_ptr<CaseRowConverter> converter;
    QStringList problems;
    if (m_kind == ImportKind::Cases) {
        converter = std::make_unique<CaseRowConverter>(m_headers, m_cards, mapping);
        for (const ImportProblem &p : converter->headerProblems())
            if (!p.warning)
                problems << p.message;
        for (const ImportProblem &p : converter->detectDateOrders(m_sampleRows))
            problems << tr("%1: %2").arg(p.column, p.message);
    }
    // The rows shown: the first rows of the file, or the invalid rows the whole-file check found.
    struct Shown {
        int rowNumber = 0;
        QStringList values;
        CaseRowConverter::Outcome outcome;
    };
    QList<Shown> rows;
    const bool onlyErrors = m_onlyErrors->isChecked() && m_check;
    if (onlyErrors) {
        for (const CaseFileCheck::Row &bad : std::as_const(m_check->invalid)) {
            Shown shownRow{bad.row, bad.values, {}};
            shownRow.outcome.errors = bad.errors;
            shownRow.outcome.errorColumns = bad.errorColumns;
            rows << shownRow;
        }
    } else {
        const int count = int(std::min<qsizetype>(PreviewRows, m_sampleRows.size()));
        for (int r = 0; r < count; ++r) {
            Shown shownRow{m_sampleRowNumbers.value(r, r + 2), m_sampleRows.at(r), {}};
            if (converter)
                shownRow.outcome = converter->convert(shownRow.values, shownRow.rowNumber);
            rows << shownRow;
        }
    }
    m_preview->clear();
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    int invalidRows = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const Shown &row = rows.at(r);
        const CaseRowConverter::Outcome &outcome = row.outcome;
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(row.rowNumber)));
        if (!outcome.errors.isEmpty())
            ++invalidRows;
        for (int c = 0; c < shown.size(); ++c) {
            const int column = shown.at(c);
            QString text = row.values.value(column);
            // Show what will be stored, in words: dates in the language's format, areas and subgroups by name.
            const QString key = resolved.at(column);
            if (converter && outcome.errors.isEmpty()) {
                if (outcome.caseFile.dates.contains(key))
                    text = words::date(outcome.caseFile.dates.value(key));
                else if (key == u"area")
                    text = words::area(outcome.caseFile.area);
                else if (key == u"subgroup")
                    text = words::subgroup(m_cards, outcome.caseFile.area, outcome.caseFile.subgroup);
            }
            auto *item = new QTableWidgetItem(text);
            const qsizetype error = outcome.errorColumns.indexOf(column);
            if (error >= 0) {
                item->setBackground(ErrorBackground);
                item->setToolTip(outcome.errors.at(error).message);
            }
            m_preview->setItem(r, c, item);
        }
        QStringList messages;
        for (const ImportProblem &p : outcome.errors)
            messages << (p.column.isEmpty() ? p.message : tr("%1: %2").arg(p.column, p.message));
        auto *problem = new QTableWidgetItem(messages.join(QStringLiteral("; ")));
        problem->setToolTip(messages.join(QLatin1Char('\n')));
        m_preview->setItem(r, int(shown.size()), problem);
    }
    if (invalidRows > 0 && !onlyErrors && !m_check)
        problems << tr("%n of the first %1 rows are invalid (red cells; hover for the reason).", nullptr, invalidRows)
                        .arg(rows.size());
    m_status->setText(problems.join(QLatin1Char('\n')));
}

void ImportDialog::startCheck()
{
    stopCheck();
    m_check.reset();
    m_onlyErrors->setEnabled(false);
    if (m_kind != ImportKind::Cases || m_headers.isEmpty()) {
        m_checkLabel->clear();
        return;
    }
    const ImportMapping mapping = currentMapping();
    // The worker reads its own copy of the file; nothing of the dialog is touched there.
    m_checkWatcher.setFuture(
        QtConcurrent::run(workerPool(), [path = m_path, cards = m_cards, mapping](QPromise<CaseFileCheck> &promise) {
            promise.setProgressRange(0, 1000);
            auto file = TableFile::open(path, mapping.sheet, mapping.encoding, mapping.headerRow);
            if (!file) {
                CaseFileCheck failed;
                failed.readError = file.error().message;
                promise.addResult(failed);
                return;
            }
            const bool known = file.value()->progress() >= 0;
            if (!known)
                promise.setProgressRange(0, 0);
            promise.addResult(checkCaseFile(*file.value(), cards, mapping, [&](double progress) {
                if (known)
                    promise.setProgressValue(int(progress * 1000));
                return !promise.isCanceled();
            }));
        }));
    m_checkLabel->setText(tr("Checking every row of the file…"));
    m_checkProgress->setValue(0);
    m_checkProgress->show();
    m_stopCheck->show();
}

void ImportDialog::stopCheck()
{
    if (!m_checkWatcher.isRunning())
        return;
    m_checkWatcher.cancel();
    m_checkWatcher.waitForFinished(); // the worker looks for Cancel every 256 rows
    m_checkProgress->hide();
    m_stopCheck->hide();
    m_checkLabel->setText(tr("The check of the whole file was stopped."));
}

void ImportDialog::checkFinished()
{
    m_checkProgress->hide();
    m_stopCheck->hide();
    if (m_checkWatcher.isCanceled() || m_checkWatcher.future().resultCount() == 0)
        return;
    CaseFileCheck check = m_checkWatcher.result();
    if (check.cancelled)
        return;
    m_check = std::move(check);
    showCheck();
    if (m_onlyErrors->isChecked())
        refreshPreview();
}

void ImportDialog::showCheck()
{
    const CaseFileCheck &check = *m_check;
    QStringList lines;
    if (!check.fileProblems.isEmpty())
        lines << tr("The file cannot be imported as mapped: %1").arg(check.fileProblems.first().message);
    if (check.invalidRows > 0)
        lines << tr("%1 of %n row(s) have errors.", nullptr, int(check.rows)).arg(check.invalidRows);
    else if (check.rows > 0)
        lines << tr("No errors in the %n row(s).", nullptr, int(check.rows));
    else
        lines << tr("The file has no rows below the headers.");
    if (check.invalid.size() < check.invalidRows)
        lines << tr("The first %1 are listed.").arg(check.invalid.size());
    if (!check.readError.isEmpty())
        lines << tr("The file could not be read to the end: %1").arg(check.readError);
    m_checkLabel->setText(lines.join(QLatin1Char(' ')));
    m_onlyErrors->setEnabled(check.invalidRows > 0);
    if (check.invalidRows == 0)
        m_onlyErrors->setChecked(false);
}

void ImportDialog::setBusy(bool busy)
{
    m_importButton->setEnabled(!busy);
    m_cancelButton->setEnabled(true);
    m_mapping->setEnabled(!busy);
    m_cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
}

void ImportDialog::startImport()
{
    const ImportMapping mapping = currentMapping();
    auto file = TableFile::open(m_path, mapping.sheet, mapping.encoding, mapping.headerRow);
    if (!file) {
        m_status->setText(file.error().message);
        return;
    }
    m_summary = {};
    if (m_kind != ImportKind::Cases) {
        // Events and review sheets are small: one call, one transaction.
        Result<ImportSummary> result = ImportSummary{};
        if (m_kind == ImportKind::Events) {
            EventImporter importer(m_session, m_cards);
            result = importer.importFile(*file.value(), mapping, {m_skipInvalid->isChecked(), false});
        } else {
            ReviewSheetImporter importer(m_session);
            ReviewSheetImporter::Options options;
            options.templateKey = m_template ? m_template->currentData().toString() : QString();
            result = importer.importFile(*file.value(), mapping, options);
        }
        if (!result) {
            m_status->setText(result.error().message);
            return;
        }
        m_summary = result.value();
        showSummary();
        if (m_summary.applied)
            emit imported();
        return;
    }
    CaseImportJob::Options options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.skippedRowsPath = m_skippedPath->text().trimmed();
    options.language = m_language;
    options.today = m_session.today();
    auto progress = std::make_shared<ImportProgress>();
    // The import runs in a worker thread on the writer the window's connection lends it, so that re-creating the
    // indexes and the commit (seconds at a million rows) never freeze the window (issue 13). A database that
    // cannot lend its writer (in memory: tests, dry runs) is imported in place.
    auto loan = m_db.lendWriter();
    const auto run = [path = m_path, cards = m_cards, mapping, options, chunk = m_chunk, progress](Session &session) {
        return importCases(session, cards, path, mapping, options, chunk, *progress);
    };
    if (loan) {
        m_loan = std::move(loan).value();
        const WorkerSessionSpec spec{m_db.path(), m_session.userName(), m_session.language(), m_session.today()};
        m_importWatcher.setFuture(QtConcurrent::run(workerPool(), [spec, run] {
            ImportOutcome outcome;
            const Status done = withWriterSession(spec, [&](Session &session) -> Status {
                outcome = run(session);
                return Ok{};
            });
            if (!done)
                outcome.error = done.error().message;
            return outcome;
        }));
    } else {
        m_importWatcher.setFuture(QtFuture::makeReadyFuture(run(m_session)));
    }
    m_importProgress = progress;
    m_importing = true;
    setBusy(true);
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    m_timer->start();
}

ImportDialog::ImportOutcome ImportDialog::importCases(Session &session, const QList<CueCard> &cards,
                                                      const QString &path, const ImportMapping &mapping,
                                                      const CaseImportJob::Options &options, int chunk,
                                                      ImportProgress &progress)
{
    auto file = TableFile::open(path, mapping.sheet, mapping.encoding, mapping.headerRow);
    if (!file)
        return {{}, file.error().message};
    CaseImporter importer(session, cards);
    auto result = importer.importFile(
        std::move(file.value()), mapping, options,
        [&](const CaseImportJob &job) {
            progress.permille = job.progress() >= 0 ? int(job.progress() * 1000) : -1;
            progress.rowsRead = job.summary().rowsRead;
            progress.phase = job.done()              ? ImportProgress::Saving
                             : job.buildingIndexes() ? ImportProgress::Indexes
                                                     : ImportProgress::Reading;
            return !progress.cancelled;
        },
        chunk);
    if (!result)
        return {{}, result.error().message};
    return {result.value(), {}};
}

void ImportDialog::showImportProgress()
{
    if (!m_importProgress)
        return;
    const ImportProgress &progress = *m_importProgress;
    if (progress.cancelled) {
        m_status->setText(tr("Cancelling…"));
        return;
    }
    if (progress.permille >= 0)
        m_progress->setValue(progress.permille);
    switch (progress.phase) {
    case ImportProgress::Reading:
        m_status->setText(tr("Importing… %n row(s) read", nullptr, int(progress.rowsRead)));
        break;
    case ImportProgress::Indexes:
        m_status->setText(tr("Building the indexes and the name search…"));
        break;
    case ImportProgress::Saving:
        m_status->setText(tr("Saving…"));
        break;
    }
}

void ImportDialog::importFinished()
{
    m_timer->stop();
    const ImportOutcome outcome = m_importWatcher.result();
    // The worker's connection is closed: the window's connection may write again.
    m_loan.reset();
    m_importProgress.reset();
    m_importing = false;
    setBusy(false);
    if (!outcome.error.isEmpty()) {
        m_progress->setValue(0);
        m_status->setText(outcome.error);
        return;
    }
    m_summary = outcome.summary;
    m_progress->setValue(m_summary.cancelled ? 0 : 1000);
    showSummary();
    if (m_summary.applied)
        emit imported();
}

void ImportDialog::showSummary()
{
    QStringList lines;
    if (m_summary.cancelled) {
        lines << tr("The import was cancelled. Nothing was changed.");
    } else if (!m_summary.applied && !m_summary.errors.isEmpty()) {
        lines << tr("Nothing was imported: %n problem(s). Fix them, or tick \"Import the valid rows and skip the "
                    "invalid ones\".",
                    nullptr, int(m_summary.errors.size() + m_summary.errorsNotListed));
    } else {
        lines << tr("Created %1, updated %2, unchanged %3, skipped %4.")
                     .arg(m_summary.created)
                     .arg(m_summary.updated)
                     .arg(m_summary.unchanged)
                     .arg(m_summary.skipped);
    }
    for (const VerdictChange &v : std::as_const(m_summary.verdictChanges).mid(0, 20))
        lines << tr("%1 %2: computed verdict %3 → %4").arg(v.caseNumber, v.itemKey, v.before, v.after);
    for (const ImportProblem &p : std::as_const(m_summary.errors).mid(0, 20))
        lines << tr("Row %1, %2, \"%3\": %4").arg(p.row).arg(p.column, p.value, p.message);
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::reject()
{
    // Closing the dialog (Esc, the window's close button) during an import cancels it first, as Cancel does.
    if (m_importing) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::cancelImport()
{
    if (!m_importProgress)
        return;
    m_importProgress->cancelled = true; // the worker rolls back after its current step
    m_cancelButton->setEnabled(false);
    showImportProgress();
}

void ImportDialog::saveMapping()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save mapping"), tr("Name of the mapping:"), QLineEdit::Normal,
                              m_savedBox->currentIndex() > 0 ? m_savedBox->currentText() : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ImportMapping mapping = currentMapping();
    mapping.name = name.trimmed();
    if (auto saved = importmapping::saveMapping(m_db, mapping); !saved) {
        m_status->setText(saved.error().message);
        return;
    }
    const int existing = m_savedBox->findText(mapping.name);
    if (existing > 0) {
        m_saved[existing - 1] = mapping;
        m_savedBox->setCurrentIndex(existing);
    } else {
        m_saved << mapping;
        m_savedBox->addItem(mapping.name);
        m_savedBox->setCurrentIndex(m_savedBox->count() - 1);
    }
}

void ImportDialog::applySavedMapping(int index)
{
    const ImportMapping mapping = index > 0 ? m_saved.value(index - 1) : ImportMapping{};
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(mapping.dateOrder))));
    fillMappingTable(mapping);
}

} // namespace sagstjek
