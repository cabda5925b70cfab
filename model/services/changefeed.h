#pragma once

#include "core/result.h"

#include <QFlags>
#include <QObject>
#include <QTimer>

namespace sagstjek {

class Database;

// What colleagues change on a team server, for the views to show within about a second (issue 11). The server
// names each table a committed transaction wrote (Database::listenForChanges); the feed gathers the names for a
// moment, so that a colleague's quick run of answers is one refresh and not twenty, and reports them as the parts
// of the app they touch. This window's own changes are not reported: the services already tell the views. A file
// has no colleagues, so there the feed is silent.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class Area {
        Cases = 0x1,   // a case, its dates or events (the case list, the card's computed verdicts)
        Reviews = 0x2, // a review's status or approval (the case list's status column, a round's progress)
        Answers = 0x4, // the answers on a card
        Defects = 0x8, // defects and their follow-up
        Rounds = 0x10, // a round, its sample, assignments and skipped cases
    };
    Q_DECLARE_FLAGS(Areas, Area)

    // How long names are gathered after the first arrives before the views are told.
    static constexpr int GatherMs = 250;

    // Starts listening on `db` (its connection's thread must run an event loop). Listening that fails leaves the
    // feed silent; start() says why.
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);

    // Whether colleagues' changes are heard: false for a file, or when the server refused to be listened to
    // (the error is then returned).
    Result<bool> start();
    bool isLive() const { return m_live; }

    // The part of the app a table belongs to (none for a table the views do not show).
    static Areas areaOf(const QString &table);

signals:
    void changedElsewhere(sagstjek::ChangeFeed::Areas areas);
    // The server's connection broke: nothing more is heard (and nothing can be saved) until it is opened again.
    void connectionLost();

private:
    void heard(const QString &table);

    Database &m_db;
    bool m_live = false;
    Areas m_pending;
    QTimer m_gather;
};

} // namespace sagstjek

Q_DECLARE_OPERATORS_FOR_FLAGS(sagstjek::ChangeFeed::Areas)
