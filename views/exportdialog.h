#pragma once

#include "services/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sagstjek {

class AccessPolicy;
class Session;

// Export of cases, answers (long or wide) or defects, with filters, as CSV or XLSX. CPR numbers and names are
// left out unless "Include personal data" is ticked; the exporter applies the user's scope and logs every export.
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

private:
    void chooseAndExport();

    Session &m_session;
    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_round = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_caseworker = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_personal = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sagstjek
