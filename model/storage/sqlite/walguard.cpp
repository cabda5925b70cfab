#include "storage/sqlite/walguard.h"

#include "storage/filesystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QtEndian>

#include <optional>

namespace sagstjek::walguard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// The WAL header (https://www.sqlite.org/fileformat2.html#walformat): magic, format version, page size,
// checkpoint sequence number, salt-1, salt-2, checksum. Each frame header repeats the salts; frames whose salts
// differ from the header's are left over from an earlier generation and are not replayed.
struct WalIdentity {
    quint32 pageSize = 0;
    quint32 checkpoint = 0;
    quint32 salt1 = 0;
    quint32 salt2 = 0;
    bool operator==(const WalIdentity &other) const
    {
        return checkpoint == other.checkpoint && salt1 == other.salt1 && salt2 == other.salt2;
    }
};

// The identity of the WAL beside `databasePath` when it has at least one frame SQLite would replay.
std::optional<WalIdentity> committedWal(const QString &databasePath)
{
    QFile wal(databasePath + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = wal.read(32 + 24);
    if (bytes.size() < 32 + 24)
        return std::nullopt;
    const auto word = [&](int offset) { return qFromBigEndian<quint32>(bytes.constData() + offset); };
    const quint32 magic = word(0);
    if ((magic != 0x377f0682 && magic != 0x377f0683) || word(4) != 3007000)
        return std::nullopt;
    WalIdentity identity{word(8), word(12), word(16), word(20)};
    if (word(32 + 8) != identity.salt1 || word(32 + 12) != identity.salt2)
        return std::nullopt; // the first frame is stale: nothing to replay
    return identity;
}

// What the app recorded: the WAL it wrote last (if any) and whether a new one may follow.
struct Record {
    std::optional<WalIdentity> wal;
    bool newAllowed = false;
};

QString recordPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".wal-id");
}

std::optional<Record> readRecord(const QString &databasePath)
{
    QFile file(recordPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    if (lines.size() < 3 || lines.at(0) != "sagstjek-wal-id 1")
        return Record{}; // unreadable: nothing is allowed but "no WAL"
    Record record;
    record.newAllowed = lines.at(2) == "new-allowed";
    const QList<QByteArray> fields = lines.at(1).split(' ');
    if (fields.size() == 3)
        record.wal = WalIdentity{0, fields.at(0).toUInt(), fields.at(1).toUInt(), fields.at(2).toUInt()};
    return record;
}

void writeRecord(const QString &databasePath, const Record &record)
{
    QSaveFile file(recordPath(databasePath));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(filesystem::OwnerOnlyFile))
        return;
    QByteArray text = "sagstjek-wal-id 1\n";
    text += record.wal ? QByteArray::number(record.wal->checkpoint) + ' ' + QByteArray::number(record.wal->salt1) +
                             ' ' + QByteArray::number(record.wal->salt2)
                       : QByteArray("none");
    text += record.newAllowed ? "\nnew-allowed\n" : "\n-\n";
    file.write(text);
    if (file.commit())
        filesystem::syncPath(recordPath(databasePath));
}

// The last recorded identity per database, so a commit costs a read of the WAL header and no write.
QMutex cacheMutex;
QHash<QString, std::optional<WalIdentity>> &lastRecorded()
{
    static QHash<QString, std::optional<WalIdentity>> byPath;
    return byPath;
}

quint32 pageSizeOf(const QString &databasePath)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(18);
    if (header.size() < 18)
        return 0;
    const quint32 size = qFromBigEndian<quint16>(header.constData() + 16);
    return size == 1 ? 65536 : size;
}

} // namespace

Status checkBeforeOpen(const QString &databasePath)
{
    const auto wal = committedWal(databasePath);
    if (!wal)
        return Ok{};
    const auto record = readRecord(databasePath);
    bool belongs = false;
    if (!record) {
        // No record: a database last written before this check existed. Only a WAL of another page size is
        // certainly foreign.
        const quint32 pageSize = pageSizeOf(databasePath);
        belongs = pageSize == 0 || pageSize == wal->pageSize;
    } else if (record->wal && *record->wal == *wal) {
        belongs = true; // the WAL of a writer that crashed after recording it
    } else if (record->wal && wal->checkpoint == record->wal->checkpoint + 1 && wal->salt1 == record->wal->salt1 + 1) {
        belongs = true; // SQLite restarted it (checkpoint sequence and salt-1 count up) just before a crash
    } else if (record->newAllowed && wal->checkpoint == 0) {
        belongs = true; // the first WAL after the app opened the file, before its first commit was recorded
    }
    if (belongs)
        return Ok{};
    return databaseError(tr("%1 has a write-ahead log (%2) that does not belong to it: it was not written by "
                            "Sagstjek on this file (it comes from another copy of the database or from another "
                            "database). SQLite would merge it into the database unseen, so the database was not "
                            "opened and nothing was changed. Move %2 away and open the database again, or restore "
                            "a backup.")
                             .arg(databasePath, databasePath + QStringLiteral("-wal")));
}

void recordOpened(const QString &databasePath)
{
    const auto wal = committedWal(databasePath);
    writeRecord(databasePath, Record{wal, true});
    QMutexLocker locker(&cacheMutex);
    lastRecorded().insert(databasePath, wal);
}

void recordCommit(const QString &databasePath)
{
    {
        QMutexLocker locker(&cacheMutex);
        if (!lastRecorded().contains(databasePath))
            return; // not the app's writer connection
    }
    const auto wal = committedWal(databasePath);
    if (!wal)
        return;
    QMutexLocker locker(&cacheMutex);
    const auto known = lastRecorded().constFind(databasePath);
    if (known == lastRecorded().constEnd() || (known.value() && *known.value() == *wal))
        return; // closed meanwhile, or nothing new
    writeRecord(databasePath, Record{wal, false});
    lastRecorded().insert(databasePath, wal);
}

void recordClosed(const QString &databasePath)
{
    {
        QMutexLocker locker(&cacheMutex);
        if (!lastRecorded().contains(databasePath))
            return;
        lastRecorded().remove(databasePath);
    }
    writeRecord(databasePath, Record{committedWal(databasePath), false});
}

} // namespace sagstjek::walguard
