#include "cli.h"

#include "services/workspace.h"

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

int Context::fail(const Error &error)
{
    return fail(exitCodeFor(error), error.message);
}

} // namespace sagstjek::cli
