#pragma once

#include "domain/review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sagstjek {

class AppController;

// The case list with its filters and search. Filtering and sorting happen in SQL (CaseListModel); this
// widget only turns the user's choices into a CaseFilter.
class CaseListWidget : public QWidget {
    Q_OBJECT
public:
    explicit CaseListWidget(AppController &controller, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    // Selects the case's row when it is in the list.
    void selectCase(qint64 caseId);
    void focusSearch();
    // Reads the rows held again (a colleague's change on a team server), keeping the selected case and the place
    // scrolled to.
    void refreshKeepingPlace();

signals:
    void caseActivated(qint64 caseId);
    // The selected row changed (after a short pause, so that holding an arrow key does not open every case on
    // the way): the card shows this case.
    void caseSelected(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fillCombos();
    void updateCount();
    void onReviewStatusChanged(const ReviewRef &ref);

    AppController &m_controller;
    QLineEdit *m_search;
    QComboBox *m_area;
    QComboBox *m_status;
    QComboBox *m_caseworker;
    QComboBox *m_team;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QTimer *m_selectionTimer;
};

} // namespace sagstjek
