#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sagstjek {

// A non-modal message strip at the top of a view: errors and refusals, with links to what they are about.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };
    explicit MessageBar(QWidget *parent = nullptr);

    // `text` is rich text; links are reported through linkActivated.
    void showMessage(Kind kind, const QString &text);
    QString text() const;

signals:
    void linkActivated(const QString &link);

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace sagstjek
