#include "services/templatecatalog.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/templaterepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>

namespace sagstjek::templatecatalog {

Result<QList<CueCard>> builtIn()
{
    QList<CueCard> cards;
    const QDir dir(QStringLiteral(":/templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return databaseError(QStringLiteral("Cannot read the built-in template %1").arg(name));
        auto card = CueCard::fromBytes(file.readAll());
        if (!card)
            return databaseError(
                QStringLiteral("The built-in template %1 is broken: %2").arg(name, card.error().message));
        cards << std::move(card).value();
    }
    return cards;
}

QString builtInFingerprintKey()
{
    return QStringLiteral("templates.built_in");
}

QString builtInFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status installBuiltIn(Database &db, const QString &user)
{
    const QString fingerprint = builtInFingerprint();
    auto given = db.settings().value(builtInFingerprintKey());
    if (!given)
        return given.error();
    if (given->has_value() && given->value() == fingerprint)
        return Ok{};
    auto cards = builtIn();
    if (!cards)
        return cards.error();
    return db.transaction([&]() -> Status {
        TemplateRepository &templates = db.templates();
        for (const CueCard &card : cards.value()) {
            // A stored version with other content wins: a saved version never changes under a review.
            if (auto stored = templates.store(card, user); !stored && stored.error().kind != Error::Kind::InvalidInput)
                return stored.error();
        }
        return db.settings().set(builtInFingerprintKey(), fingerprint);
    });
}

QList<NamedField> allDateFields(const QList<CueCard> &cards)
{
    QList<NamedField> fields;
    QSet<QString> seen;
    for (const CueCard &card : cards)
        for (const NamedField &field : card.dateFields)
            if (!seen.contains(field.key)) {
                seen.insert(field.key);
                fields << field;
            }
    return fields;
}

} // namespace sagstjek::templatecatalog
