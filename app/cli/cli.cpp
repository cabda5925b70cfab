#include "cli.h"

#include "services/policysetup.h"
#include "services/workspace.h"
#include "storage/filesystem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> all;
    return all;
}

} // namespace

void registerCommand(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidInput:
    case Error::Kind::NotFound:
    case Error::Kind::Refused:
        return InvalidInput;
    case Error::Kind::Database:
        return DatabaseError;
    }
    return DatabaseError;
}

Database *Context::database(Database::OpenMode mode)
{
    if (m_db)
        return m_db.get();
    auto opened = workspace::open(dbPath, user, {mode, false});
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    m_db = std::move(opened).value();
    if (const QString warning = filesystem::networkShareWarning(m_db->path()); !warning.isEmpty())
        err << warning << Qt::endl;
    auto policy = policyFor(*m_db, user);
    if (!policy) {
        err << policy.error().message << Qt::endl;
        exitOverride = exitCodeFor(policy.error());
        m_db.reset();
        return nullptr;
    }
    m_policy = std::move(policy).value();
    return m_db.get();
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int Context::fail(int code, const QString &message)
{
    err << message << Qt::endl;
    return code;
}

Context::Context() = default;
Context::~Context() = default;

int Context::fail(const Error &error)
{
    // A refused attempt is logged after the refused work rolled back, so the record survives.
    if (error.kind == Error::Kind::Refused && m_policy)
        m_policy->flushRefusals();
    return fail(exitCodeFor(error), error.message);
}

} // namespace sagstjek::cli
