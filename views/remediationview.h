#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace sagstjek {

class DefectService;
class DefectTrackerModel;
class RoundService;
class Session;

// The one defects view ("Fejl og mangler"): every defect with its owner, due date and follow-up, filtered by
// round, status, owner, area, severity and overdue; "my defects" for a caseworker; a detail pane with the chosen
// defect's description, severity and remediation note; remediate, verify (someone else) and reopen, and bulk
// reassign or change due dates on the selected rows. Overdue defects stand out; Enter or a double-click opens
// the case at the item.
class RemediationView : public QWidget {
    Q_OBJECT
public:
    // The session's user acts in the view: their role decides what the services allow.
    explicit RemediationView(Session &session, QWidget *parent = nullptr);
    ~RemediationView() override;

    DefectTrackerModel &model() { return *m_model; }
    DefectService &service() { return *m_service; }
    QString message() const;
    // The detail pane's text for the current defect (plain text).
    QString detailText() const;
    QTableView *table() const { return m_table; }

signals:
    // A defect belongs to one review (outside any round or in a round): `reviewId` names it.
    void defectActivated(qint64 reviewId, const QString &itemKey);

public slots:
    void refresh();
    void showMine();
    void remediateSelected();
    void verifySelected();
    void reopenSelected();
    void reassignSelected();
    void setDueOfSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showDetail();
    void updateCount();
    void startCount();
    QList<qint64> selectedIds() const;
    void showMessage(const QString &text, bool error = false);

    Session &m_session;
    QString m_ownName; // the name the user's defects are owned under ("my defects")
    std::unique_ptr<DefectService> m_service;
    std::unique_ptr<RoundService> m_rounds;
    DefectTrackerModel *m_model;
    QTableView *m_table;
    QComboBox *m_round;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QComboBox *m_area;
    QComboBox *m_severity;
    QCheckBox *m_overdue;
    QLineEdit *m_note;
    QLineEdit *m_newOwner;
    QDateEdit *m_due;
    QLabel *m_message;
    QLabel *m_count;
    QLabel *m_detail;
    int m_total = -1;            // the defects the filter selects; -1 until known
    bool m_countPending = false; // a count is queued or running
    int m_countGeneration = 0;   // which count a result belongs to
};

} // namespace sagstjek
