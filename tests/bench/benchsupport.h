#pragma once

#include <QElapsedTimer>

// What the benchmarks share: the time `work` takes, in milliseconds.
template <typename F> double timed(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}
