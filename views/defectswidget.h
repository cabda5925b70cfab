#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace sagstjek {

class AppController;

// All defects, with filters (in SQL, through DefectListModel). Overdue due dates are red; double-click or
// Enter opens the case at the item.
class DefectsWidget : public QWidget {
    Q_OBJECT
public:
    explicit DefectsWidget(AppController &controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    // A defect belongs to one review (outside any round or in a round): `reviewId` names it.
    void defectActivated(qint64 reviewId, const QString &itemKey);

private:
    void applyFilter();
    void updateCount();

    AppController &m_controller;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_area;
    QComboBox *m_severity;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace sagstjek
