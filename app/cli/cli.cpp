#include "cli.h"

#include "services/session.h"

#include "domain/plaintext.h"
#include "services/policysetup.h"
#include "services/workspace.h"
#include "storage/filesystem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sagstjek::cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> all;
    return all;
}

} // namespace

TerminalText::TerminalText(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalText::writeData(const char *data, qint64 size)
{
    // Most output has no control character at all: written as it is (a listing of a million rows went through the
    // byte loop below one byte at a time).
    const auto mayNeedEscaping = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f || byte == 0xc2;
    };
    if (!m_afterC2 && std::none_of(data, data + size, mayNeedEscaping)) {
        if (std::fwrite(data, 1, size_t(size), m_stream) != size_t(size))
            return -1;
        std::fflush(m_stream);
        return size;
    }
    QByteArray safe;
    safe.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_afterC2 && byte >= 0x80 && byte <= 0x9f) {
            if (!safe.isEmpty())
                safe.chop(1); // the 0xC2 lead byte already copied
            safe += QByteArrayLiteral("\\u00") + QByteArray::number(byte, 16);
        } else if (byte == 0x7f) {
            // As a JSON escape, like the C1 controls: QJsonDocument writes DEL as it is, and "\x7f" in a JSON
            // string is not JSON.
            safe += QByteArrayLiteral("\\u007f");
        } else if (byte < 0x20 && byte != '\n' && byte != '\t') {
            safe += QByteArrayLiteral("\\x") + QByteArray::number(byte, 16).rightJustified(2, '0');
        } else {
            safe += char(byte);
        }
        m_afterC2 = byte == 0xc2;
    }
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

QString field(const QString &text)
{
    return plaintext::escaped(text);
}

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
    case Error::Kind::Conflict:
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
    // A handler that uses the database declares it (Command::database), so it is open before the handler runs.
    Q_ASSERT_X(databaseDeclared, "Context::database", "the command does not declare that it uses the database");
    if (!databaseDeclared) {
        err << "Internal error: this command does not declare that it uses the database." << Qt::endl;
        return nullptr;
    }
    // The daily backup waits until the command's output is written (dailyBackupAfterCommand).
    auto opened = workspace::open(dbPath, user, {mode, false, false});
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    m_db = std::move(opened).value();
    // On a team server the login is who acts: --user cannot name someone else there.
    if (const QString login = m_db->serverLogin(); !login.isEmpty()) {
        if (userGiven && user.compare(login, Qt::CaseInsensitive) != 0) {
            err << "On the team server you act as your login, " << login << "; --user cannot name someone else."
                << Qt::endl;
            exitOverride = InvalidInput;
            m_db.reset();
            return nullptr;
        }
        user = login;
    }
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

void Context::dailyBackupAfterCommand()
{
    if (!m_db)
        return;
    // The answer first: whoever reads the output (a person, a pipe) has it before the copy of the file starts.
    // Standard output is then pointed at /dev/null so a reader of the pipe sees its end at once.
    out.flush();
    std::fflush(stdout);
#ifdef Q_OS_UNIX
    if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) {
        ::dup2(null, STDOUT_FILENO);
        ::close(null);
    }
#endif
    if (auto daily = m_db->dailyBackupIfDue(); !daily)
        err << "The daily backup failed: " << daily.error().message << Qt::endl;
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

int Context::usageError(const QString &message)
{
    return fail(UsageError, usage.isEmpty() ? message : message + u'\n' + usage);
}

Context::Context() = default;
Context::~Context() = default;

Session &Context::session()
{
    Q_ASSERT(m_db && m_policy);
    if (!m_session) {
        if (args.has(QStringLiteral("--as-of")))
            m_asOf = std::make_unique<rules::FixedClock>(args.date(QStringLiteral("--as-of")));
        m_session = std::make_unique<Session>(*m_db, *m_policy, language, m_asOf.get());
    }
    return *m_session;
}

int Context::fail(const Error &error)
{
    // A refused attempt is logged after the refused work rolled back, so the record survives.
    if (error.kind == Error::Kind::Refused && m_policy)
        m_policy->flushRefusals();
    return fail(exitCodeFor(error), error.message);
}

} // namespace sagstjek::cli
