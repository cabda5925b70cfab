#pragma once

#include "core/result.h"
#include "services/session.h"
#include "storage/roundrepository.h"

#include <QObject>

namespace sagstjek {

// Four eyes on a round's reviews: a coordinator or leader approves a completed review or sends it back with a
// comment; nobody approves or sends back a review they wrote in. An approved review is frozen: a correction
// reopens it with a reason, and it then needs a new approval. Every step is kept (history()) and audited; every
// refusal is in the access log.
class ApprovalService : public QObject {
    Q_OBJECT
public:
    explicit ApprovalService(Session &session, QObject *parent = nullptr);
    const QString &user() const { return m_session.userName(); }

    Status approve(qint64 roundId, qint64 caseId, const QString &comment = {});
    Status sendBack(qint64 roundId, qint64 caseId, const QString &comment);
    Status reopen(qint64 roundId, qint64 caseId, const QString &reason);
    Result<QList<ApprovalRecord>> history(qint64 roundId, qint64 caseId);

signals:
    void reviewChanged(qint64 roundId, qint64 caseId);

private:
    Status decide(qint64 roundId, qint64 caseId, ReviewStatus decision, const QString &comment);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
