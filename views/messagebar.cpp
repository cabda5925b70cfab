#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace sagstjek {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_label, &QLabel::linkActivated, this, &MessageBar::linkActivated);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_label, 1);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    QString colours;
    switch (kind) {
    case Kind::Error:
        colours = QStringLiteral("background: #fdecea; border: 1px solid #e0a39c; color: #611a15;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background: #fff4e5; border: 1px solid #e8c48a; color: #663c00;");
        break;
    case Kind::Information:
        colours = QStringLiteral("background: #e8f4fd; border: 1px solid #9cc7e8; color: #0d3c61;");
        break;
    }
    setStyleSheet(
        QStringLiteral("#messageBar { %1 border-radius: 4px; } #messageBar QLabel { color: inherit; }").arg(colours));
    // Later, not now: the button may be the one whose click led here.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *button = item->widget()) {
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    m_label->setText(text);
    show();
}

QPushButton *MessageBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text);
    m_buttons->addWidget(button);
    button->show(); // now, not when the layout gets round to it
    return button;
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace sagstjek
