#pragma once

#include <QDate>

namespace sagstjek::rules {

// "Today" as a seam: rule evaluation asks a Clock instead of the system, so tests (and a review that is
// re-evaluated "as of" a date) can fix it.
class Clock {
public:
    virtual ~Clock();
    virtual QDate today() const = 0;
};

// The local calendar date of the machine.
class SystemClock final : public Clock {
public:
    QDate today() const override;
};

// Always the same date, until told otherwise.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDate today)
        : m_today(today)
    {
    }
    QDate today() const override { return m_today; }
    void setToday(QDate today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace sagstjek::rules
