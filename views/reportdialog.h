#pragma once

#include "reports/reportbuilder.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sagstjek {

class Session;

// File ▸ Write report…: the reports of `sagstjek-cli report` for people who do not use a command line — a round
// report (also for the council, or with the defects case by case), a ledelsestilsyn report of one team, and the
// status report to the council over a period — as PDF, XLSX or CSV, in Danish or English. Written off the UI thread
// on a reader connection, with a busy bar and Cancel; a report with case numbers is written with the window's own
// session, because it writes to the access log.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(Session &session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The report the form describes, to be written to `path`.
    reports::ReportRequest request(const QString &path) const;
    // Writes the report to `path` without asking for a file (the Write button asks, then calls this); the result
    // is shown in message() when done (finished() is emitted).
    void writeTo(const QString &path);
    bool isWriting() const;
    QString message() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *languageBox() const { return m_language; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *councilBox() const { return m_council; }
    QCheckBox *caseNumbersBox() const { return m_caseNumbers; }

signals:
    void finished(bool ok);

private:
    void updateFields();
    void chooseAndWrite();
    void cancel();
    void done(const Status &status, const QString &path);
    void setWriting(bool writing);

    Session &m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_round = nullptr;
    QComboBox *m_team = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_council = nullptr;
    QCheckBox *m_caseNumbers = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_format = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_message = nullptr;
    QFutureWatcher<Status> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_path;
    bool m_writing = false;
};

} // namespace sagstjek
