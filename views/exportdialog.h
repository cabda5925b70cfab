#pragma once

#include "services/exporter.h"

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
class QTimer;

namespace sagstjek {

class AccessPolicy;
class Session;

// Export of cases, answers (long or wide) or defects, with filters, as CSV or XLSX. CPR numbers and names are
// left out unless "Include personal data" is ticked; the exporter applies the user's scope and logs every export.
// The round is picked from the rounds by name (newest first) and the status in words; after the export the dialog
// stays open and says how many rows went to which file, with a button that opens its folder. "Keys instead of
// words" writes the file for machines (field keys, stored keys, ISO dates; Exporter::Options::keys).
//
// The file is written in a worker thread on a read-only connection of its own (Database::openReader, the same
// user's policy), with a progress bar and Cancel; the exporter writes to a temporary file and renames it at the
// end, so a cancelled export leaves no file. The access-log entry is then written on the window's connection. A
// private in-memory database (tests, dry runs) has no second connection and is exported in place.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Session &session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Exporter::Options options() const;
    // Starts the export to `path` without asking (tests). Returns false and shows why when it failed at once
    // (in place: when it failed); otherwise isExporting() until the worker is done and finished() is emitted.
    bool exportTo(const QString &path);
    bool isExporting() const { return m_watcher.isRunning(); }
    // Stops a running export; the file is not written.
    void cancelExport();

    QCheckBox *personalDataBox() const { return m_personal; }
    QCheckBox *keysBox() const { return m_keys; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *whatBox() const { return m_what; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // The folder of the last file written (what "Open folder" opens).
    QString lastFolder() const { return m_lastFolder; }

    // Escape or the window's close button while exporting cancels the export instead of leaving it running.
    void reject() override;

signals:
    // An export ended: written (true) or failed or cancelled (false; messageLabel() says which).
    void finished(bool written);

private:
    struct Outcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString error; // empty: written
    };
    void chooseAndExport();
    void fillStatuses();
    void openFolder();
    void setBusy(bool busy);
    void workerFinished();
    void showWritten(const QString &path, qint64 rows);

    Session &m_session;
    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_round = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_caseworker = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_personal = nullptr;
    QCheckBox *m_keys = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_tick = nullptr; // shows the rows written while the worker runs
    QString m_lastFolder;
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;              // the file the running export writes
    Exporter::Options m_running; // and its options (for the access log)
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_rows;
};

} // namespace sagstjek
