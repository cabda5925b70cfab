#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sagstjek {

class ComplaintListModel;
class ComplaintRateModel;
class ComplaintService;
class Session;

// The "Complaints" tab: Ankestyrelsen's decisions on complaints and the reversal rate. The rate per paragraph for
// a chosen period with its exact 95 % interval and the "too few to judge" flag; the register with the Danish
// outcome words; a form to register one decision (the paragraph completes from those already registered) and
// an import of a CSV or XLSX file. Registering, importing and removing need ManageComplaints; for other roles the
// tab is read-only.
class ComplaintsView : public QWidget {
    Q_OBJECT
public:
    explicit ComplaintsView(Session &session, QWidget *parent = nullptr);
    ~ComplaintsView() override;

    ComplaintService &service() { return *m_service; }
    ComplaintListModel &registerModel() { return *m_register; }
    ComplaintRateModel &rateModel() { return *m_rates; }
    QString message() const;
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void refresh();
    void addDecision();
    void removeSelected();
    void chooseFile();
    void importFile(const QString &path);

private:
    void applyPeriod();
    void updateCompletion();
    void showMessage(const QString &text, bool error = false);

    std::unique_ptr<ComplaintService> m_service;
    bool m_readOnly = true;
    ComplaintListModel *m_register;
    ComplaintRateModel *m_rates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_rateTable;
    QTableView *m_registerTable;
    QGroupBox *m_form;
    QLineEdit *m_paragraph;
    QDateEdit *m_decided;
    QComboBox *m_outcome;
    QLineEdit *m_caseNumber;
    QLineEdit *m_note;
    QPushButton *m_import;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace sagstjek
