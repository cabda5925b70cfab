#pragma once

#include "services/caseimporter.h"
#include "services/importcheck.h"
#include "services/importmapping.h"
#include "storage/database.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace sagstjek {

class AccessPolicy;
class Database;
class Session;
class TableFile;

// Import of a case list, case events or an old review sheet: the file's columns beside the fields they map to
// (automatic by key, Danish or English name; changeable; saved under a name), the row that holds the headers
// (title rows above it are ignored), a live preview of the first rows as they will be imported with each invalid
// cell in red and its reason, the sheet of an XLSX file, and the import itself with progress and Cancel. A case
// list is checked whole in a worker thread as soon as it is opened or the mapping changes (checkCaseFile: the
// import's own checks), so the dialog says "5 of 300 rows have errors" before Import is pressed and can show only
// the rows with errors. Cases are imported in a worker thread on the writer the window's connection lends
// it (Database::lendWriter), so the window repaints through the commit; Cancel rolls the whole import back.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // Imports as the session's user: the importers check the permission and answer review sheets under it.
    ImportDialog(Session &session, ImportKind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Opens a file (also used by tests instead of the file chooser). Returns false and shows why when it
    // cannot.
    bool openFile(const QString &path);
    ImportMapping currentMapping() const;
    const ImportSummary &summary() const { return m_summary; }
    bool isImporting() const { return m_importing; }

    // For tests.
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QComboBox *sheetBox() const { return m_sheet; }
    QComboBox *savedMappingsBox() const { return m_savedBox; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *statusLabel() const { return m_status; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QCheckBox *onlyErrorsBox() const { return m_onlyErrors; }
    QLabel *checkLabel() const { return m_checkLabel; }
    QPushButton *stopCheckButton() const { return m_stopCheck; }
    bool isChecking() const { return m_checkWatcher.isRunning(); }
    // The whole-file check of the current file and mapping, once finished.
    const std::optional<CaseFileCheck> &fileCheck() const { return m_check; }
    void setChunkSize(int rows) { m_chunk = rows; }

signals:
    void imported();

public slots:
    // Cancels a running import (and stays open), else closes the dialog.
    void reject() override;

private:
    // What the import's worker reports to the dialog between its steps (read by a timer in the window's thread).
    struct ImportProgress {
        enum Phase { Reading, Indexes, Saving };
        std::atomic<int> permille{-1}; // -1: the file's size is not known
        std::atomic<qint64> rowsRead{0};
        std::atomic<int> phase{Reading};
        std::atomic<bool> cancelled{false};
    };
    struct ImportOutcome {
        ImportSummary summary;
        QString error;
    };
    static ImportOutcome importCases(Session &session, const QList<CueCard> &cards, const QString &path,
                                     const ImportMapping &mapping, const CaseImportJob::Options &options, int chunk,
                                     ImportProgress &progress);

    void chooseFile();
    void reopen();
    void fillMappingTable(const ImportMapping &mapping);
    void refreshPreview();
    QList<ImportTarget> targets() const;
    void startImport();
    void showImportProgress();
    void importFinished();
    void cancelImport();
    void saveMapping();
    void applySavedMapping(int index);
    void showSummary();
    void setBusy(bool busy);
    void startCheck();
    void stopCheck();
    void checkFinished();
    void showCheck();

    Session &m_session;
    Database &m_db;
    QString m_language;
    ImportKind m_kind;
    QList<CueCard> m_cards;
    QString m_path;
    QStringList m_headers;
    QList<QStringList> m_sampleRows;
    QList<int> m_sampleRowNumbers; // the file's row number of each sample row
    QList<ImportMapping> m_saved;
    std::unique_ptr<Database::WriterLoan> m_loan; // while a case import writes in its worker thread
    std::shared_ptr<ImportProgress> m_importProgress;
    QFutureWatcher<ImportOutcome> m_importWatcher;
    bool m_importing = false;
    ImportSummary m_summary;
    int m_chunk = 2000;
    bool m_filling = false;
    QFutureWatcher<CaseFileCheck> m_checkWatcher;
    int m_checkGeneration = 0; // which start of the check the watcher's result belongs to
    std::optional<CaseFileCheck> m_check;

    QLineEdit *m_file = nullptr;
    QComboBox *m_sheet = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_savedBox = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_checkLabel = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QPushButton *m_stopCheck = nullptr;
    QCheckBox *m_onlyErrors = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QLineEdit *m_skippedPath = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace sagstjek
