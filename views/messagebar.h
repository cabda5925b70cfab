#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace sagstjek {

// A non-modal message strip at the top of a view: errors and refusals, with links to what they are about.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };
    explicit MessageBar(QWidget *parent = nullptr);

    // `text` is rich text; links are reported through linkActivated. Buttons of the previous message go.
    void showMessage(Kind kind, const QString &text);
    QString text() const;
    // A button beside the current message (until the next showMessage()); connect to its clicked signal.
    QPushButton *addButton(const QString &text);
    // Whether the user may close the bar with its ✕ (default true).
    void setClosable(bool closable);

signals:
    void linkActivated(const QString &link);

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace sagstjek
