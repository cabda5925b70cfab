#pragma once

#include "services/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sagstjek {

class AccessPolicy;
class Session;

// Export of cases, answers (long or wide) or defects, with filters, as CSV or XLSX. CPR numbers and names are
// left out unless "Include personal data" is ticked; the exporter applies the user's scope and logs every export.
// The round is picked from the rounds by name (newest first) and the status in words; after the export the dialog
// stays open and says how many rows went to which file, with a button that opens its folder.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Session &session, QWidget *parent = nullptr);

    Exporter::Options options() const;
    // Exports to `path` without asking (tests); returns false and shows why on failure.
    bool exportTo(const QString &path);

    QCheckBox *personalDataBox() const { return m_personal; }
    QComboBox *whatBox() const { return m_what; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // The folder of the last file written (what "Open folder" opens).
    QString lastFolder() const { return m_lastFolder; }

private:
    void chooseAndExport();
    void fillStatuses();
    void openFolder();

    Session &m_session;
    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_round = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_caseworker = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_personal = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_close = nullptr;
    QString m_lastFolder;
};

} // namespace sagstjek
