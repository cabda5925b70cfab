#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace sagstjek {

class AccessLogModel;
class AccessLogService;
class MessageBar;
class Session;

// The access log for those with the ViewAccessLog permission (leaders, administrators; Edit ▸ Access log…): who
// opened, searched for, exported or revealed which case, and when, newest first. Filters: a period (days in local
// time, both ends included) and a case number (also a deleted case's). Each opening and each filter applied is one
// "extract" entry in the log itself (AccessLogService::open); scrolling reads further pages without logging again.
// Filters apply when the user asks (Show, or Enter), not as they type, so a typed case number is logged once.
class AccessLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccessLogDialog(Session &session, QWidget *parent = nullptr);
    ~AccessLogDialog() override;

    AccessLogModel *model() const { return m_model; }

public slots:
    // Reads the log again with the filters as they stand.
    void applyFilters();

private:
    void updateStatus();

    std::unique_ptr<AccessLogService> m_service;
    AccessLogModel *m_model;
    MessageBar *m_message;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLineEdit *m_caseNumber;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace sagstjek
