#include "clock.h"

namespace sagstjek::rules {

Clock::~Clock() = default;

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

} // namespace sagstjek::rules
