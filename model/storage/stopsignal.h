#pragma once

#include <functional>
#include <mutex>

namespace sagstjek {

// Ends a long read on another thread part-way: the app closing while the file's check (seconds at a million cases)
// still runs. stop() may be called from any thread; the storage layer attaches how to interrupt the statement
// running on its connection (SQLite: sqlite3_interrupt, which its integrity check honours) for as long as the
// connection is open.
class StopSignal {
public:
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        if (m_interrupt)
            m_interrupt();
    }
    bool stopped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    // Called by the thread doing the work, around the statements stop() should end; detach before the connection
    // closes.
    void attach(std::function<void()> interrupt)
    {
        const std::lock_guard lock(m_mutex);
        m_interrupt = std::move(interrupt);
    }
    void detach() { attach({}); }

private:
    mutable std::mutex m_mutex;
    bool m_stopped = false;
    std::function<void()> m_interrupt;
};

} // namespace sagstjek
