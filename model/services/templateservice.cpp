#include "services/templateservice.h"

#include "rules/ruleevaluator.h"
#include "storage/database.h"
#include "storage/templaterepository.h"

#include <QJsonDocument>

namespace sagstjek {

TemplateService::TemplateService(Session &session)
    : m_session(session)
    , m_db(session.database())
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

Result<QList<TemplateSummary>> TemplateService::list()
{
    return m_db.templates().list();
}

Result<CueCard> TemplateService::load(qint64 templateId)
{
    return m_db.templates().load(templateId);
}

Result<QByteArray> TemplateService::exportTemplate(const QString &key, int version)
{
    auto id = m_db.templates().find(key, version);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return notFound(tr("There is no cue-card template %1.").arg(key));
    auto card = m_db.templates().load(id.value());
    if (!card)
        return card.error();
    return QJsonDocument(card->json).toJson(QJsonDocument::Indented);
}

Result<CueCard> TemplateService::importTemplate(const QByteArray &bytes)
{
    if (auto allowed = m_session.policy().require(Permission::EditTemplates); !allowed)
        return allowed.error();
    if (bytes.size() > MaxTemplateBytes)
        return invalidInput(tr("The file is too large for a cue-card template."));
    auto card = CueCard::fromBytes(bytes);
    if (!card)
        return card.error();
    const QStringList found = problems(card.value());
    if (!found.isEmpty())
        return invalidInput(tr("The template %1 has problems:\n%2").arg(card->key, found.join(u'\n')));
    Result<qint64> stored = qint64(0);
    auto written = m_db.transaction([&]() -> Status {
        stored = m_db.templates().store(card.value(), m_session.userName());
        return stored ? Status(Ok{}) : Status(stored.error());
    });
    if (!written)
        return written.error();
    card->id = stored.value();
    return card;
}

Result<QStringList> TemplateService::orphanedItems(const CueCard &edited)
{
    auto answered = m_db.templates().answeredItemKeys(edited.key);
    if (!answered)
        return answered.error();
    QStringList orphaned;
    for (const QString &itemKey : answered.value()) {
        if (!edited.item(itemKey))
            orphaned << itemKey;
    }
    return orphaned;
}

Result<CueCard> TemplateService::saveNewVersion(CueCard edited)
{
    if (auto allowed = m_session.policy().require(Permission::EditTemplates); !allowed)
        return allowed.error();
    auto latest = m_db.templates().latestVersion(edited.key);
    if (!latest)
        return latest.error();
    QJsonObject json = edited.json;
    json.insert(QStringLiteral("version"), latest.value() + 1);
    return importTemplate(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace sagstjek
