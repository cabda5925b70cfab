#include "storage/sql/auditseal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

#include <sodium.h>

namespace sagstjek::auditseal {

namespace {

constexpr qsizetype KeyBytes = crypto_auth_hmacsha256_KEYBYTES;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::AuditSeal", text);
}

bool ensureFolder(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, OwnerOnly | QFileDevice::ExeOwner);
}

QString keyPath()
{
    return folder() + QStringLiteral("/audit.key");
}

QByteArray readKey(const QString &path)
{
    // A key another process is writing at this moment may be short for a few milliseconds.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray key = file.readAll();
        if (key.size() == KeyBytes)
            return key;
        if (key.size() > KeyBytes)
            return {};
        QThread::msleep(20);
    }
    return {};
}

// Reads this computer's key, creating it (exclusively, 0600) on first use.
QByteArray loadOrCreateKey()
{
    if (sodium_init() < 0)
        return {};
    const QString path = keyPath();
    if (QFile::exists(path))
        return readKey(path);
    if (!ensureFolder(folder()))
        return {};
    QByteArray key(KeyBytes, '\0');
    crypto_auth_hmacsha256_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return readKey(path); // another process made it first
    const bool written = file.write(key) == key.size() && file.flush();
    file.close();
    sodium_memzero(key.data(), size_t(key.size()));
    return written ? readKey(path) : QByteArray();
}

struct Key {
    QByteArray bytes;
    QString id;
};

const Key &key()
{
    static QMutex mutex;
    static std::optional<Key> cached;
    QMutexLocker locker(&mutex);
    if (!cached) {
        Key k;
        k.bytes = loadOrCreateKey();
        if (k.bytes.size() == KeyBytes) {
            static const QByteArray label("sagstjek audit key id");
            unsigned char id[16];
            crypto_generichash(id, sizeof id, reinterpret_cast<const unsigned char *>(label.constData()),
                               size_t(label.size()), reinterpret_cast<const unsigned char *>(k.bytes.constData()),
                               size_t(k.bytes.size()));
            k.id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex());
        }
        cached = k;
    }
    return *cached;
}

QByteArray rawMac(const QByteArray &message, const QByteArray &keyBytes)
{
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(out, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                           reinterpret_cast<const unsigned char *>(keyBytes.constData()));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out);
}

QString checkpointPath(const QString &databasePath)
{
    const QByteArray name =
        QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder() + QStringLiteral("/checkpoints/") + QString::fromLatin1(name) + QStringLiteral(".json");
}

// Length-prefixed fields, so no choice of field contents can make two checkpoints MAC alike.
QByteArray material(const Checkpoint &c)
{
    QByteArray bytes("sagstjek checkpoint 1");
    const QStringList fields = {c.path,
                                c.databaseId,
                                QString::number(c.records),
                                QString::number(c.lastId),
                                c.lastHash,
                                QString::number(c.ownRecords),
                                c.at,
                                c.reason,
                                c.keyId};
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        bytes += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return bytes;
}

} // namespace

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/sagstjek");
}

QString keyId()
{
    return key().id;
}

QString mac(const QByteArray &message)
{
    const Key &k = key();
    if (k.bytes.isEmpty())
        return {};
    return QString::fromLatin1(rawMac(message, k.bytes).toHex());
}

bool macMatches(const QByteArray &message, const QString &macHex)
{
    const Key &k = key();
    if (k.bytes.isEmpty())
        return false;
    const QByteArray expected = QByteArray::fromHex(macHex.toLatin1());
    if (expected.size() != crypto_auth_hmacsha256_BYTES)
        return false;
    return crypto_auth_hmacsha256_verify(reinterpret_cast<const unsigned char *>(expected.constData()),
                                         reinterpret_cast<const unsigned char *>(message.constData()),
                                         quint64(message.size()),
                                         reinterpret_cast<const unsigned char *>(k.bytes.constData())) == 0;
}

Result<std::optional<Checkpoint>> load(const QString &path)
{
    QFile file(checkpointPath(path));
    if (!file.exists())
        return std::optional<Checkpoint>();
    if (!file.open(QIODevice::ReadOnly))
        return databaseError(tr("Cannot read the audit checkpoint %1.").arg(file.fileName()));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Checkpoint c;
    c.path = o.value(QStringLiteral("path")).toString();
    c.databaseId = o.value(QStringLiteral("database_id")).toString();
    c.records = o.value(QStringLiteral("records")).toInt();
    c.lastId = o.value(QStringLiteral("last_id")).toInteger();
    c.lastHash = o.value(QStringLiteral("last_hash")).toString();
    c.ownRecords = o.value(QStringLiteral("own_records")).toInt();
    c.at = o.value(QStringLiteral("at")).toString();
    c.reason = o.value(QStringLiteral("reason")).toString();
    c.keyId = o.value(QStringLiteral("key_id")).toString();
    c.mac = o.value(QStringLiteral("mac")).toString();
    // Made with a key this computer no longer has (the key file was lost and made anew): no checkpoint, as if it
    // had been deleted; the next close anchors the chain again.
    if (c.keyId != keyId())
        return std::optional<Checkpoint>();
    if (c.path != path || !macMatches(material(c), c.mac))
        return invalidInput(tr("The audit checkpoint kept for this database (%1) was altered: its seal does not "
                               "match. It cannot be trusted.")
                                .arg(file.fileName()));
    return std::optional<Checkpoint>(c);
}

Status store(Checkpoint c)
{
    c.keyId = keyId();
    if (c.keyId.isEmpty())
        return databaseError(tr("There is no audit key in %1: the checkpoint cannot be sealed.").arg(folder()));
    c.mac = mac(material(c));
    const QString target = checkpointPath(c.path);
    if (!ensureFolder(folder()) || !ensureFolder(QFileInfo(target).absolutePath()))
        return databaseError(tr("Cannot create the folder %1 for the audit checkpoints.").arg(folder()));
    const QJsonObject o{{QStringLiteral("path"), c.path},
                        {QStringLiteral("database_id"), c.databaseId},
                        {QStringLiteral("records"), c.records},
                        {QStringLiteral("last_id"), c.lastId},
                        {QStringLiteral("last_hash"), c.lastHash},
                        {QStringLiteral("own_records"), c.ownRecords},
                        {QStringLiteral("at"), c.at},
                        {QStringLiteral("reason"), c.reason},
                        {QStringLiteral("key_id"), c.keyId},
                        {QStringLiteral("mac"), c.mac}};
    const QString temporary =
        target +
        QStringLiteral(".tmp-%1-%2").arg(QCoreApplication::applicationPid()).arg(quintptr(QThread::currentThreadId()));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly))
        return databaseError(tr("Cannot write the audit checkpoint %1.").arg(target));
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    file.close();
    if (!written || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return databaseError(tr("Cannot write the audit checkpoint %1.").arg(target));
    }
    return Ok{};
}

Status move(const QString &from, const QString &to, const QString &reason)
{
    auto loaded = load(from);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return Ok{};
    Checkpoint c = *loaded.value();
    c.path = to;
    c.reason = reason;
    if (auto stored = store(c); !stored)
        return stored;
    QFile::remove(checkpointPath(from));
    return Ok{};
}

QString describe(const Checkpoint &c)
{
    return QStringLiteral("records %1, last id %2, hash %3, sealed %4:%5")
        .arg(c.records)
        .arg(c.lastId)
        .arg(c.lastHash, c.keyId.left(8), c.mac);
}

} // namespace sagstjek::auditseal
