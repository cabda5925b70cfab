#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace sagstjek {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

void WheelGuard::installOnApplication()
{
    if (!qApp || qApp->findChild<WheelGuard *>(QStringLiteral("wheelGuard"), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType()) {
        // A real wheel hands a field with Qt::WheelFocus (the default of combo and spin boxes) the focus before
        // any event filter sees the wheel (QApplication::notify), so the check below would find it focused and let
        // the wheel change it: such fields take the focus by click and Tab only.
        auto *widget = static_cast<QWidget *>(watched);
        if ((qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) &&
            widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // A spin box's line edit gets the event first; the field is the spin box.
    QWidget *field = widget;
    if (!qobject_cast<QComboBox *>(field) && !qobject_cast<QAbstractSpinBox *>(field))
        field = widget->parentWidget();
    if (!field || (!qobject_cast<QComboBox *>(field) && !qobject_cast<QAbstractSpinBox *>(field)))
        return false;
    if (field->hasFocus())
        return false; // clicked into: the wheel steps the value, as the user expects
    // Not focused: scroll the nearest scrolling ancestor instead, and never change the value.
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            QScrollBar *bar = wheel->angleDelta().x() != 0 && wheel->angleDelta().y() == 0 ? area->horizontalScrollBar()
                                                                                           : area->verticalScrollBar();
            if (bar && bar->isVisible())
                QCoreApplication::sendEvent(bar, event);
            break;
        }
    return true;
}

} // namespace sagstjek
