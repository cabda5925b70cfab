#pragma once

#include <QObject>

namespace sagstjek {

// The mouse wheel never changes a value the user has not clicked into: a wheel turned over a combo box, spin
// box or date field without keyboard focus scrolls what it sits in (a scroll area, a table) instead of changing
// the value (issue 12: scrolling the import mapping changed "Område" to "Sagsbehandler"). Installed once on the
// application; harmless to install again.
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
