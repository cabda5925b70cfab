#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sagstjek {

class GrantService;
class Session;

// The "Grants" tab (berigtigelse af grundtilskud): a case's grant lines by month with the difference each makes,
// a form to add or change a month's line (month, received, entitled, target group, reason) or remove it, the rate
// table with a form to set a year's rate, and the differences per year and in total. Without ManageGrants the tab
// is read-only. Amounts are shown in the session's language (Danish: "281.160 kr.").
class GrantsView : public QWidget {
    Q_OBJECT
public:
    explicit GrantsView(Session &session, QWidget *parent = nullptr);
    ~GrantsView() override;

    GrantService &service() { return *m_service; }
    QString message() const;
    QString caseNumber() const { return m_caseNumber; }

public slots:
    // Shows the lines of the case (typed in the case field, or opened elsewhere).
    void showCase(const QString &caseNumber);
    void showCaseId(qint64 caseId);
    void refresh();
    void saveLine();
    void removeLine();
    void setRate();

private:
    void fillLines();
    void fillRates();
    void fillTotals();
    void lineSelected();
    void showMessage(const QString &text, bool error = false);
    QString amount(qint64 ore) const;

    Session &m_session;
    std::unique_ptr<GrantService> m_service;
    QString m_caseNumber;
    QString m_openedCase; // the case whose opening is already in the access log
    QLineEdit *m_case;
    QTableWidget *m_lines;
    QLineEdit *m_month;
    QCheckBox *m_received;
    QCheckBox *m_entitled;
    QComboBox *m_group;
    QLineEdit *m_reason;
    QPushButton *m_save;
    QPushButton *m_remove;
    QTableWidget *m_rates;
    QSpinBox *m_rateYear;
    QLineEdit *m_rateAmount;
    QComboBox *m_rateGroup;
    QPushButton *m_setRate;
    QTableWidget *m_years;
    QLabel *m_total;
    QLabel *m_message;
};

} // namespace sagstjek
