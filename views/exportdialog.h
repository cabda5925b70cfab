#pragma once

#include "services/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sagstjek {

class AccessPolicy;
class Database;

// Export of cases, answers (long or wide) or defects, with filters, as CSV or XLSX. CPR numbers and names are
// left out unless "Include personal data" is ticked; every export is written to the access log when a policy
// is given.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Database &db, QString language, AccessPolicy *policy = nullptr, QWidget *parent = nullptr);

    Exporter::Options options() const;
    // Exports to `path` without asking (tests); returns false and shows why on failure.
    bool exportTo(const QString &path);

    QCheckBox *personalDataBox() const { return m_personal; }
    QComboBox *whatBox() const { return m_what; }
    QComboBox *formatBox() const { return m_format; }

private:
    void chooseAndExport();

    Database &m_db;
    QString m_language;
    AccessPolicy *m_policy;
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
