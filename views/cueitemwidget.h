#pragma once

#include "services/reviewservice.h"

#include <QFrame>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace sagstjek {

class DefectEditor;

// One cue-card item: question, legal reference, guidance, the three answers, a note, and the defect when
// the answer is "not met". Keyboard alone: 1/2/3 or J/N/I (Y/N/A) answer, Delete clears, Up/Down and
// Tab/Shift+Tab move between items, Enter goes to the note, Esc comes back, G shows or hides the guidance.
// The widget only reports intents; the cue card carries them out.
class CueItemWidget : public QFrame {
    Q_OBJECT
public:
    CueItemWidget(const CueCardItem &item, int number, const QString &language,
                  const std::optional<rules::Verdict> &verdict, QWidget *parent = nullptr);

    const QString &itemKey() const { return m_key; }
    const QString &question() const { return m_question; }
    void setState(const ItemState &state);
    const ItemState &state() const { return m_state; }
    bool isAnswered() const { return m_state.answer && m_state.answer->value; }
    // The answer differs from what the rules computed, and the reason for it is still missing.
    bool needsReason() const;
    QLineEdit *reasonField() const { return m_reason; }
    void focusReason();

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setGuidanceVisible(bool visible);
    bool isGuidanceVisible() const;

    void focusNote();
    // Puts the caret at the end of the defect's description (after "Not met": make it case-specific).
    void focusDefectDescription();
    // Saves a note or defect edit that is still waiting for its pause.
    void flush();
    // Whether the note, reason or defect holds typing not yet saved.
    bool hasUnsavedEdit() const;

    // Marks the item as holding a change the server has not got yet (it could not be reached).
    void setUnsaved(bool unsaved);
    bool isMarkedUnsaved() const;

    QPushButton *answerButton(AnswerValue value) const;
    QLineEdit *noteField() const { return m_note; }
    // The editor of the item's defect (made on first use).
    DefectEditor *defectEditor();

    // The answer a key press means, if any (1/2/3, J/N/I, Y/N/A).
    static std::optional<AnswerValue> answerForKey(int key);

signals:
    void answerRequested(const QString &itemKey, std::optional<sagstjek::AnswerValue> value);
    void noteEdited(const QString &itemKey, const QString &note);
    void defectEdited(const sagstjek::Defect &defect);
    void reasonEdited(const QString &itemKey, const QString &reason);
    void reasonDone(const QString &itemKey);              // Enter in the reason: on to the next item
    void moveRequested(const QString &itemKey, int step); // +1 next item, -1 previous

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveNote();
    void saveReason();
    bool differsFromVerdict() const;

    QString m_key;
    QString m_question;
    ItemState m_state;
    bool m_current = false;
    QLabel *m_guidance = nullptr;
    QToolButton *m_guidanceToggle = nullptr;
    QPushButton *m_met;
    QPushButton *m_notMet;
    QPushButton *m_na;
    QLineEdit *m_note;
    QLabel *m_unsaved;
    std::optional<AnswerValue> m_suggested;
    std::optional<rules::Verdict> m_verdict; // the verdict shown with the item
    QLineEdit *m_reason = nullptr;
    QTimer *m_notePause;
    DefectEditor *m_defect = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace sagstjek
