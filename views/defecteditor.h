#pragma once

#include "domain/review.h"

#include <QFrame>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace sagstjek {

// The defect of a "not met" item, edited inline under the item. Edits are reported (edited()) when a field
// loses focus or after a short pause in typing; the owner saves them through the review editor.
class DefectEditor : public QFrame {
    Q_OBJECT
public:
    explicit DefectEditor(QWidget *parent = nullptr);

    // Shows `defect` without reporting an edit; a field being typed in keeps its text when unchanged.
    void setDefect(const Defect &defect);
    // The defect as shown, with the user's edits.
    Defect defect() const;
    // Reports pending edits at once (before the window closes or another case opens).
    void flush();
    // Whether an edit is waiting to be reported (typed, not yet saved).
    bool hasUnsavedEdit() const { return m_dirty; }

    QPlainTextEdit *descriptionField() const { return m_description; }
    QComboBox *severityField() const { return m_severity; }
    QLineEdit *ownerField() const { return m_owner; }
    QDateEdit *dueField() const { return m_due; }

signals:
    void edited(const sagstjek::Defect &defect);
    void leaveRequested(); // Esc: back to the item

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void report();

    Defect m_defect;
    QPlainTextEdit *m_description;
    QComboBox *m_severity;
    QLineEdit *m_owner;
    QDateEdit *m_due;
    QTimer *m_pause;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace sagstjek
