#include "storage/sql/sqltemplaterepository.h"

#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

} // namespace

Result<qint64> SqlTemplateRepository::store(const CueCard &card, const QString &user)
{
    const QString body = QString::fromUtf8(QJsonDocument(card.json).toJson(QJsonDocument::Compact));
    auto existing =
        sql::run(m_db, QStringLiteral("SELECT id, body FROM templates WHERE template_key = ? AND version = ?"),
                 {card.key, card.version});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        if (existing->value(1).toString() == body)
            return existing->value(0).toLongLong();
        return invalidInput(tr("Template %1 version %2 already exists with different content; save it as a new "
                               "version.")
                                .arg(card.key)
                                .arg(card.version));
    }
    auto inserted =
        sql::insertReturningId(m_db,
                               QStringLiteral("INSERT INTO templates (template_key, version, area, title_da, title_en, "
                                              "body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {card.key, card.version, card.area, card.title.da, card.title.en, body, utcNow(), user});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    AuditEntry entry{user,
                     QStringLiteral("template.store"),
                     QStringLiteral("template"),
                     QStringLiteral("%1@%2").arg(card.key).arg(card.version),
                     0,
                     {},
                     {},
                     {}};
    entry.after.insert(QStringLiteral("key"), card.key);
    entry.after.insert(QStringLiteral("version"), card.version);
    if (auto audited = auditlog::record(m_db, entry); !audited)
        return audited.error();
    return id;
}

Result<CueCard> SqlTemplateRepository::load(qint64 id)
{
    // A stored template never changes and is never deleted (schema 14's triggers), so one read once is kept: an
    // answer's key press reads no template.
    if (const auto parsed = m_parsed.constFind(id); parsed != m_parsed.cend())
        return parsed.value();
    auto read = m_body.run(m_db, {id});
    if (!read)
        return read.error();
    QSqlQuery &body = *read.value();
    auto found = sql::next(body);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(tr("The cue-card template %1 does not exist.").arg(id));
    const QString text = body.value(0).toString();
    body.finish();
    auto card = CueCard::fromBytes(text.toUtf8());
    if (!card)
        return databaseError(tr("A stored cue-card template is damaged: %1").arg(card.error().message));
    card->id = id;
    // A database holds tens of templates; the bound only keeps a hostile one from growing the cache without end.
    constexpr qsizetype MaxParsed = 256;
    if (m_parsed.size() >= MaxParsed)
        m_parsed.clear();
    m_parsed.insert(id, card.value());
    return card;
}

Result<CueCard> SqlTemplateRepository::latestForArea(const QString &area)
{
    auto read = m_latest.run(m_db, {area});
    if (!read)
        return read.error();
    QSqlQuery &latest = *read.value();
    auto found = sql::next(latest);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(tr("There is no cue card for the area %1.").arg(area));
    const qint64 id = latest.value(0).toLongLong();
    latest.finish();
    return load(id);
}

Result<QList<TemplateSummary>> SqlTemplateRepository::list()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT id, template_key, version, area, title_da, title_en "
                                               "FROM templates ORDER BY template_key, version"));
    if (!query)
        return query.error();
    QList<TemplateSummary> summaries;
    while (query->next())
        summaries << TemplateSummary{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt(),
                                     query->value(3).toString(),
                                     LocalizedText{query->value(4).toString(), query->value(5).toString()}};
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return summaries;
}

Result<qint64> SqlTemplateRepository::find(const QString &key, int version)
{
    auto id = sql::scalar(m_db,
                          QStringLiteral("SELECT id FROM templates WHERE template_key = ? AND (? = 0 OR version = ?) "
                                         "ORDER BY version DESC LIMIT 1"),
                          {key, version, version});
    if (!id)
        return id.error();
    return id->isNull() ? qint64(0) : id->toLongLong();
}

Result<int> SqlTemplateRepository::latestVersion(const QString &key)
{
    auto latest = sql::scalar(m_db, QStringLiteral("SELECT max(version) FROM templates WHERE template_key = ?"), {key});
    if (!latest)
        return latest.error();
    return latest->toInt();
}

Result<QStringList> SqlTemplateRepository::answeredItemKeys(const QString &key)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT DISTINCT i.key FROM answers a JOIN reviews r ON r.id = a.review_id "
                                         "JOIN templates t ON t.id = r.template_id JOIN items i ON i.id = a.item_id "
                                         "WHERE t.template_key = ? ORDER BY i.key"),
                          {key});
    if (!query)
        return query.error();
    QStringList keys;
    while (query->next())
        keys << query->value(0).toString();
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return keys;
}

} // namespace sagstjek
