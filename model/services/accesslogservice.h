#pragma once

#include "core/result.h"
#include "storage/accesslog.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <utility>

namespace sagstjek {

class Session;

// What an extract of the access log covers; empty or absent fields do not narrow it.
struct AccessLogQuery {
    QString from;                      // UTC ISO timestamp as stored; entries at or after it
    QString to;                        // entries before it
    std::optional<QString> citizenCpr; // only entries about this citizen's cases (a request for insight)
    std::optional<QString> caseNumber; // only entries about this case (also a deleted one)
    qint64 afterId = 0;                // only entries after this one in the log's order (the next page)
    qint64 limit = 0;                  // at most this many entries (0: all)
    bool newestFirst = false;          // the log's order: oldest first unless this is set
};

class Database;

// An extract of the access log that a view reads a page at a time as the user scrolls (AccessLogService::open).
// It lists the log as it stood when it was opened (entries written later, its own among them, are not listed),
// and it is logged once when opened, however many pages are read.
class AccessLogReader {
public:
    // The next `count` entries after those already read.
    Result<QList<AccessEntry>> next(int count);
    // Every entry has been read.
    bool atEnd() const { return m_atEnd; }

private:
    friend class AccessLogService;
    AccessLogReader(Database &db, const AccessFilter &filter);

    Database *m_db;
    AccessFilter m_filter;
    bool m_atEnd = false;
};

// Reading and purging the access log: the permission checks, the retention minimum and the log's record of
// its own use live here, so the GUI and the CLI cannot differ in them.
class AccessLogService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::AccessLogService)
public:
    explicit AccessLogService(Session &session);

    // The entries `query` covers (ViewAccessLog). The extract is itself logged ("extract", with the criterion
    // and a CPR number masked), after the query so that it does not list itself.
    Result<QList<AccessEntry>> extract(const AccessLogQuery &query);
    // The same, handed to `entry` one by one as they are read, a keyset page at a time (constant memory).
    Status extract(const AccessLogQuery &query, const std::function<void(const AccessEntry &)> &entry);

    // The entries `query` covers (ViewAccessLog; its afterId and limit are not used), to be read a page at a time:
    // the extract is logged once here ("extract", as above).
    Result<AccessLogReader> open(const AccessLogQuery &query);

    struct Purge {
        int removed = 0;
        int months = 0;
    };
    // Removes entries older than `months` (the retention setting, 6 by default, without it) (PurgeAccessLog).
    // Less than 6 months is refused; the purge logs itself.
    Result<Purge> purge(std::optional<int> months = std::nullopt);

private:
    // The storage filter `query` asks for and its criterion as the log records it ("all" for none); the permission
    // is checked first.
    Result<std::pair<AccessFilter, QString>> filterOf(const AccessLogQuery &query);

    Session &m_session;
};

} // namespace sagstjek
