#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::DatabaseLocation", text);
}

QString serverForm()
{
    return QStringLiteral("postgresql://USER@HOST[:PORT]/DATABASE");
}

QString passwordRefused()
{
    return tr("The team server's location holds a password: a password on the command line is seen in other users' "
              "process lists and kept in shell history. Leave it out; Sagstjek takes it from ~/.pgpass or "
              "PGPASSWORD, or asks for it.");
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    static const QRegularExpression urlStart(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch start = urlStart.match(text);
    DatabaseLocation location;
    if (!start.hasMatch()) {
        if (text.trimmed().isEmpty())
            return invalidInput(tr("No database was given: name a file, or a team server as %1.").arg(serverForm()));
        location.file = text;
        return location;
    }
    const QString scheme = start.captured(1).toLower();
    if (scheme != u"postgresql" && scheme != u"postgres")
        return invalidInput(tr("Sagstjek opens a SQLite file or a team server given as %1; \"%2://\" is neither.")
                                .arg(serverForm(), start.captured(1)));
    // A server's location is never repeated in a message (it might hold a password); one is looked for in the
    // text itself, as QUrl may not parse the rest: "user:password@" before the path, "password=" in the query.
    const QString authority =
        text.mid(start.capturedLength()).section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0);
    static const QRegularExpression passwordSetting(QStringLiteral("[?&]password="),
                                                    QRegularExpression::CaseInsensitiveOption);
    if ((authority.contains(u'@') && authority.left(authority.lastIndexOf(u'@')).contains(u':')) ||
        passwordSetting.match(text).hasMatch())
        return invalidInput(passwordRefused());
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalidInput(tr("The team server's location is not a valid URL: write it as %1.").arg(serverForm()));
    location.kind = Kind::Server;
    location.user = url.userName(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(5432);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    location.database = path;
    const auto incomplete = [] {
        return invalidInput(tr("The team server's location must name a user, a server and a database: write it as %1.")
                                .arg(serverForm()));
    };
    // The server may also be named by a socket folder alone (host=, below): libpq's "USER@/DATABASE?host=/FOLDER".
    if (location.user.isEmpty() || location.database.isEmpty() || location.database.contains(u'/'))
        return incomplete();
    if (location.port < 1 || location.port > 65535)
        return invalidInput(tr("The team server's port must be a number from 1 to 65535."));
    if (url.hasFragment())
        return invalidInput(tr("A team server's location has no \"#\" part."));
    const QUrlQuery query(url);
    // The query is not repeated in messages: libpq also takes "password=…" there (here percent-encoded, too).
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password")
            return invalidInput(passwordRefused());
        if (key == u"host") {
            // libpq's way to a server on this machine through its Unix socket: the socket's folder.
            if (!value.startsWith(u'/'))
                return invalidInput(tr("The location's host setting must be the folder of the server's socket "
                                       "(an absolute path)."));
            location.host = value;
            continue;
        }
        if (key != u"sslmode")
            return invalidInput(tr("\"%1\" is not a setting Sagstjek takes in a team server's location (only "
                                   "sslmode, and host for a socket folder).")
                                    .arg(key));
        if (!sslModes().contains(value))
            return invalidInput(
                tr("The location's sslmode must be one of %1.").arg(sslModes().join(QStringLiteral(", "))));
        location.sslMode = value;
    }
    if (location.host.isEmpty())
        return incomplete();
    return location;
}

QString DatabaseLocation::text() const
{
    if (kind == Kind::File)
        return file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QStringLiteral("localhost") : host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), QString::fromLatin1(QUrl::toPercentEncoding(host, "/")));
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

} // namespace sagstjek
