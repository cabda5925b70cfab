#pragma once

#include "domain/round.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sagstjek {

class Database;
class RoundService;

// Asks for what a new round covers and how its sample is drawn. Areas, teams and caseworkers are picked from the
// data by their names (nothing typed); the dialog says how many cases the scope covers as the user edits it
// (debounced, one count in the service) and keeps OK disabled while the scope is empty or the name missing, so
// it never closes on input that cannot start a round.
class NewRoundDialog : public QDialog {
    Q_OBJECT
public:
    NewRoundDialog(RoundService &rounds, Database &db, QWidget *parent = nullptr);
    RoundSpec spec() const;
    // The count shown (-1 before the first count); the count itself runs after a short pause in editing.
    int scopeCount() const { return m_count; }

public slots:
    // Counts at once (the debounce timer calls it; tests may too).
    void countScope();

private:
    void updateEnabled();
    void scheduleCount();
    RoundScope scope() const;

    RoundService &m_rounds;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QListWidget *m_areas;
    QListWidget *m_teams;
    QListWidget *m_caseworkers;
    QDateEdit *m_period;
    QSpinBox *m_size;
    QComboBox *m_stratify;
    QSpinBox *m_perStratum;
    QLineEdit *m_seed;
    QSpinBox *m_excludeMonths;
    QCheckBox *m_includeRemediated;
    QSpinBox *m_target;
    QLabel *m_scopeCount;
    QPushButton *m_ok;
    QTimer *m_countTimer;
    int m_count = -1;
};

} // namespace sagstjek
