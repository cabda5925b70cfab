#pragma once

#include <QObject>

namespace sagstjek {

// The mouse wheel never changes a value the user has not clicked into: a wheel turned over a combo box, spin
// box or date field without keyboard focus scrolls what it sits in (a scroll area, a table) instead of changing
// the value (issue 12: scrolling the import mapping changed "Område" to "Sagsbehandler"). Such fields are not
// focused by the wheel either (Qt::StrongFocus instead of Qt::WheelFocus, set when they are polished). Installed
// once on the application, before the fields are shown (MainWindow, ImportDialog); harmless to install again.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);
    // Installs one guard on the running application (idempotent).
    static void installOnApplication();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace sagstjek
