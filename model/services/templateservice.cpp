#include "services/templateservice.h"

#include "rules/ruleevaluator.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/templaterepository.h"

#include <QJsonDocument>

namespace sagstjek {

TemplateService::TemplateService(Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{
}

QStringList TemplateService::problems(const CueCard &card)
{
    rules::TemplateVocabulary vocabulary;
    for (const NamedField &field : card.dateFields)
        vocabulary.dateFields << field.key;
    for (const NamedField &field : card.eventKinds)
        vocabulary.eventKinds << field.key;
    QStringList found;
    for (const CueCardItem *item : card.items())
        for (const QString &problem : rules::validateRules(item->rules, vocabulary))
            found << QStringLiteral("%1: %2").arg(item->key, problem);
    return found;
}

Result<QByteArray> TemplateService::exportTemplate(const QString &key, int version)
{
    auto id = sql::scalar(m_db.connection(),
                          QStringLiteral("SELECT id FROM templates WHERE template_key = ? AND (? = 0 OR version = ?) "
                                         "ORDER BY version DESC LIMIT 1"),
                          {key, version, version});
    if (!id)
        return id.error();
    if (id->isNull())
        return notFound(tr("There is no cue-card template %1.").arg(key));
    auto card = TemplateRepository(m_db.connection()).load(id->toLongLong());
    if (!card)
        return card.error();
    return QJsonDocument(card->json).toJson(QJsonDocument::Indented);
}

Result<CueCard> TemplateService::importTemplate(const QByteArray &bytes)
{
    if (bytes.size() > MaxTemplateBytes)
        return invalidInput(tr("The file is too large for a cue-card template."));
    auto card = CueCard::fromBytes(bytes);
    if (!card)
        return card.error();
    const QStringList found = problems(card.value());
    if (!found.isEmpty())
        return invalidInput(tr("The template %1 has problems:\n%2").arg(card->key, found.join(u'\n')));
    Result<qint64> stored = qint64(0);
    auto written = inTransaction(m_db.connection(), [&]() -> Status {
        stored = TemplateRepository(m_db.connection()).store(card.value(), m_user);
        return stored ? Status(Ok{}) : Status(stored.error());
    });
    if (!written)
        return written.error();
    card->id = stored.value();
    return card;
}

Result<QStringList> TemplateService::orphanedItems(const CueCard &edited)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT DISTINCT a.item_key FROM answers a JOIN reviews r ON r.id = a.review_id "
                                "JOIN templates t ON t.id = r.template_id WHERE t.template_key = ? "
                                "ORDER BY a.item_key"),
                 {edited.key});
    if (!query)
        return query.error();
    QStringList orphaned;
    while (query->next()) {
        const QString itemKey = query->value(0).toString();
        if (!edited.item(itemKey))
            orphaned << itemKey;
    }
    return orphaned;
}

Result<CueCard> TemplateService::saveNewVersion(CueCard edited)
{
    auto latest = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT max(version) FROM templates WHERE template_key = ?"), {edited.key});
    if (!latest)
        return latest.error();
    QJsonObject json = edited.json;
    json.insert(QStringLiteral("version"), latest->toInt() + 1);
    return importTemplate(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace sagstjek
