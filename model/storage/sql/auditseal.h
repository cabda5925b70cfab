#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sagstjek::auditseal {

// This computer's audit key and the checkpoints of the audit chain kept beside it, outside the database file
// (see SECURITY.md). The key is 32 random bytes from libsodium in `<config>/sagstjek/audit.key` (mode 0600 in a
// 0700 folder, created on first use, never in the database); `<config>` is $XDG_CONFIG_HOME or ~/.config.
// An audit record carries the key's id and an HMAC-SHA-256 of its hash; a checkpoint is the chain head of one
// database file, MAC'd with the same key.

// The folder that holds the key and the checkpoints.
QString folder();

// The id of this computer's key (32 hex digits, derived from the key with a keyed BLAKE2b hash; says nothing
// about the key itself), or empty when no key can be read or created here (then records are written unsealed).
QString keyId();
// HMAC-SHA-256 of `message` with this computer's key, hex; empty without a key.
QString mac(const QByteArray &message);
// Whether `macHex` is the MAC of `message` under this computer's key (constant time).
bool macMatches(const QByteArray &message, const QString &macHex);

// The chain head as anchored for one database file.
struct Checkpoint {
    QString path;       // the database file, absolute
    QString databaseId; // the database's identity (settings 'audit.database_id', chained in the scheme record)
    int records = 0;
    qint64 lastId = 0;
    QString lastHash;
    int ownRecords = 0; // records up to lastId sealed with this computer's key
    QString at;         // UTC, when it was written
    QString reason;     // "close", "verify", "backup", "restore", …
    QString keyId;
    QString mac;
};

// The checkpoint kept here for the database file at `path`: std::nullopt when there is none (or it was made with
// a key this computer no longer has). An error when one exists but cannot be read or its MAC does not match.
Result<std::optional<Checkpoint>> load(const QString &path);
// Writes `checkpoint` (MAC'd with this computer's key) atomically over the one for its path.
Status store(Checkpoint checkpoint);
// The checkpoint kept for `from` anchors `to` from now on (a copy written under a temporary name and renamed into
// place: its chain is the one anchored when it was closed), with `reason`; nothing when `from` has none.
Status move(const QString &from, const QString &to, const QString &reason);
// The text printed on reports and backups: "records N, last id I, hash H, sealed K:M".
QString describe(const Checkpoint &checkpoint);

} // namespace sagstjek::auditseal
