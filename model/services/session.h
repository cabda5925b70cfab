#pragma once

#include "rules/clock.h"
#include "services/accesspolicy.h"

#include <QDate>
#include <QString>

namespace sagstjek {

class Database;

// Who is acting in a database, with which rights, on which day and in which language. Every service that serves
// a person is made with one and takes permissions, row scoping and access logging from it, so the GUI and the
// CLI, which both only build a Session and call services, cannot differ in what they allow or log.
class Session {
public:
    Session(Database &db, AccessPolicy &policy, QString language = QStringLiteral("en"),
            const rules::Clock *clock = nullptr)
        : m_db(db)
        , m_policy(policy)
        , m_language(std::move(language))
        , m_clock(clock)
    {
    }

    Database &database() const { return m_db; }
    AccessPolicy &policy() const { return m_policy; }
    const User &user() const { return m_policy.user(); }
    // The acting user's login name, as audit records and stamps carry it.
    const QString &userName() const { return m_policy.user().name; }
    const QString &language() const { return m_language; }
    QDate today() const { return m_clock ? m_clock->today() : QDate::currentDate(); }

private:
    Database &m_db;
    AccessPolicy &m_policy;
    QString m_language;
    const rules::Clock *m_clock;
};

} // namespace sagstjek
