#include "services/importmapping.h"

#include "domain/strictjson.h"

#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::ImportMapping", text);
}

const QString SettingsPrefix = QStringLiteral("import.mapping.");

QString orderKey(io::DateOrder order)
{
    switch (order) {
    case io::DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case io::DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case io::DateOrder::Ambiguous:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("format"), 1},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("kind"), importmapping::kindKey(kind)},
                     {QStringLiteral("columns"), columnsJson},
                     {QStringLiteral("date_order"), orderKey(dateOrder)}};
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    if (!encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), encoding);
    if (headerRow != 1)
        json.insert(QStringLiteral("header_row"), headerRow);
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    if (json.value(u"format").toInt(1) != 1)
        return invalidInput(tr("The mapping file has an unknown format."));
    ImportMapping m;
    m.name = json.value(u"name").toString();
    const auto kind = importmapping::kindFromKey(json.value(u"kind").toString(QStringLiteral("cases")));
    if (!kind)
        return invalidInput(tr("The mapping's kind must be cases, events or answers."));
    m.kind = *kind;
    const QJsonValue columns = json.value(u"columns");
    if (!columns.isObject())
        return invalidInput(tr("The mapping needs a \"columns\" object: file header → field key."));
    const QJsonObject object = columns.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return invalidInput(tr("The column \"%1\" must map to a field key (text) or null.").arg(it.key()));
        m.columns.insert(it.key(), it.value().toString());
    }
    const QString order = json.value(u"date_order").toString(QStringLiteral("auto"));
    if (order == u"dmy")
        m.dateOrder = io::DateOrder::DayMonthYear;
    else if (order == u"mdy")
        m.dateOrder = io::DateOrder::MonthDayYear;
    else if (order == u"auto")
        m.dateOrder = io::DateOrder::Ambiguous;
    else
        return invalidInput(tr("date_order must be dmy, mdy or auto."));
    m.sheet = json.value(u"sheet").toString();
    m.encoding = json.value(u"encoding").toString();
    const QJsonValue header = json.value(u"header_row");
    if (!header.isUndefined() && (!header.isDouble() || header.toInt() < 1 || header.toDouble() != header.toInt()))
        return invalidInput(tr("header_row must be a row number, 1 or more."));
    m.headerRow = header.toInt(1);
    return m;
}

namespace importmapping {

QString kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Cases:
        return QStringLiteral("cases");
    case ImportKind::Events:
        return QStringLiteral("events");
    case ImportKind::Answers:
        return QStringLiteral("answers");
    }
    return {};
}

std::optional<ImportKind> kindFromKey(const QString &key)
{
    if (key == u"cases")
        return ImportKind::Cases;
    if (key == u"events")
        return ImportKind::Events;
    if (key == u"answers")
        return ImportKind::Answers;
    return std::nullopt;
}

QString normalise(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar ch : header)
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    return out;
}

QList<ImportTarget> caseTargets(const QList<CueCard> &cards)
{
    QList<ImportTarget> targets = {
        {QStringLiteral("case_number"),
         QStringLiteral("Sagsnummer"),
         QStringLiteral("Case number"),
         {QStringLiteral("Sagsnr"), QStringLiteral("Sags-id"), QStringLiteral("Sag"), QStringLiteral("Journalnummer")},
         true,
         false},
        {QStringLiteral("cpr"),
         QStringLiteral("CPR-nummer"),
         QStringLiteral("CPR number"),
         {QStringLiteral("CPR-nr."), QStringLiteral("Personnummer"), QStringLiteral("Cprnr")},
         false,
         false},
        {QStringLiteral("name"),
         QStringLiteral("Navn"),
         QStringLiteral("Name"),
         {QStringLiteral("Borger"), QStringLiteral("Borgerens navn"), QStringLiteral("Fulde navn"),
          QStringLiteral("Citizen")},
         true,
         false},
        {QStringLiteral("area"),
         QStringLiteral("Område"),
         QStringLiteral("Area"),
         {QStringLiteral("Sagsområde"), QStringLiteral("Ordning")},
         true,
         false},
        {QStringLiteral("subgroup"),
         QStringLiteral("Undergruppe"),
         QStringLiteral("Subgroup"),
         {QStringLiteral("Målgruppe"), QStringLiteral("Kategori")},
         false,
         false},
        {QStringLiteral("caseworker"),
         QStringLiteral("Sagsbehandler"),
         QStringLiteral("Caseworker"),
         {QStringLiteral("Rådgiver"), QStringLiteral("Medarbejder")},
         false,
         false},
        {QStringLiteral("team"),
         QStringLiteral("Team"),
         QStringLiteral("Team"),
         {QStringLiteral("Afdeling"), QStringLiteral("Enhed")},
         false,
         false},
    };
    QSet<QString> seen;
    for (const CueCard &card : cards)
        for (const NamedField &field : card.dateFields) {
            if (seen.contains(field.key))
                continue;
            seen.insert(field.key);
            targets << ImportTarget{field.key,
                                    field.label.in(QStringLiteral("da")),
                                    field.label.in(QStringLiteral("en")),
                                    field.aliases,
                                    false,
                                    true};
        }
    return targets;
}

QList<ImportTarget> grantTargets()
{
    return {
        {QStringLiteral("case_number"),
         QStringLiteral("Sagsnummer"),
         QStringLiteral("Case number"),
         {QStringLiteral("Sagsnr"), QStringLiteral("Sag")},
         true,
         false},
        {QStringLiteral("month"),
         QStringLiteral("Måned"),
         QStringLiteral("Month"),
         {QStringLiteral("Maaned"), QStringLiteral("Md"), QStringLiteral("Periode"), QStringLiteral("Tilskudsmåned")},
         true,
         false},
        {QStringLiteral("received"),
         QStringLiteral("Modtaget"),
         QStringLiteral("Received"),
         {QStringLiteral("Hjemtaget"), QStringLiteral("Udbetalt"), QStringLiteral("Paid")},
         true,
         false},
        {QStringLiteral("entitled"),
         QStringLiteral("Berettiget"),
         QStringLiteral("Entitled"),
         {QStringLiteral("Berettigelse"), QStringLiteral("Ret til tilskud")},
         true,
         false},
        {QStringLiteral("reason"),
         QStringLiteral("Årsag"),
         QStringLiteral("Reason"),
         {QStringLiteral("Aarsag"), QStringLiteral("Begrundelse"), QStringLiteral("Bemærkning")},
         false,
         false},
        {QStringLiteral("target_group"),
         QStringLiteral("Målgruppe"),
         QStringLiteral("Target group"),
         {QStringLiteral("Maalgruppe"), QStringLiteral("Tilskudstype"), QStringLiteral("Grant")},
         false,
         false},
    };
}

QList<ImportTarget> eventTargets()
{
    return {
        {QStringLiteral("case_number"),
         QStringLiteral("Sagsnummer"),
         QStringLiteral("Case number"),
         {QStringLiteral("Sagsnr"), QStringLiteral("Sag")},
         true,
         false},
        {QStringLiteral("kind"),
         QStringLiteral("Hændelse"),
         QStringLiteral("Event"),
         {QStringLiteral("Type"), QStringLiteral("Art"), QStringLiteral("Kind")},
         true,
         false},
        {QStringLiteral("date"),
         QStringLiteral("Dato"),
         QStringLiteral("Date"),
         {QStringLiteral("Samtaledato"), QStringLiteral("Hændelsesdato")},
         true,
         true},
        {QStringLiteral("form"),
         QStringLiteral("Form"),
         QStringLiteral("Form"),
         {QStringLiteral("Samtaleform"), QStringLiteral("Kontaktform")},
         false,
         false},
        {QStringLiteral("reason"),
         QStringLiteral("Begrundelse"),
         QStringLiteral("Reason"),
         {QStringLiteral("Årsag"), QStringLiteral("Begrundelse for form")},
         false,
         false},
        {QStringLiteral("note_written"),
         QStringLiteral("Notat skrevet"),
         QStringLiteral("Note written"),
         {QStringLiteral("Journalnotat"), QStringLiteral("Notatdato"), QStringLiteral("Journaliseret")},
         false,
         true},
        {QStringLiteral("description"),
         QStringLiteral("Beskrivelse"),
         QStringLiteral("Description"),
         {QStringLiteral("Tekst"), QStringLiteral("Indhold")},
         false,
         false},
    };
}

QList<ImportTarget> answerTargets(const CueCard &card)
{
    QList<ImportTarget> targets = {
        {QStringLiteral("case_number"),
         QStringLiteral("Sagsnummer"),
         QStringLiteral("Case number"),
         {QStringLiteral("Sagsnr"), QStringLiteral("Sag")},
         true,
         false},
        {QStringLiteral("note"),
         QStringLiteral("Bemærkning"),
         QStringLiteral("Note"),
         {QStringLiteral("Bemærkninger"), QStringLiteral("Kommentar"), QStringLiteral("Notes")},
         false,
         false},
        {QStringLiteral("reviewer"),
         QStringLiteral("Gennemført af"),
         QStringLiteral("Reviewer"),
         {QStringLiteral("Konsulent"), QStringLiteral("Gennemgået af")},
         false,
         false},
    };
    for (const CueCardItem *item : card.items())
        targets << ImportTarget{
            item->key, item->text.in(QStringLiteral("da")), item->text.in(QStringLiteral("en")), {}, false, false};
    return targets;
}

QStringList resolve(const QStringList &headers, const QList<ImportTarget> &targets, const ImportMapping &mapping)
{
    QStringList result(headers.size());
    QSet<QString> used;
    QSet<QString> known;
    for (const ImportTarget &t : targets)
        known.insert(t.key);
    // Explicit choices first.
    QList<bool> decided(headers.size(), false);
    for (int i = 0; i < headers.size(); ++i) {
        const auto it = mapping.columns.constFind(headers.at(i));
        if (it == mapping.columns.cend())
            continue;
        decided[i] = true;
        if (!it->isEmpty() && known.contains(*it) && !used.contains(*it)) {
            result[i] = *it;
            used.insert(*it);
        }
    }
    QHash<QString, QString> byName;
    for (const ImportTarget &t : targets) {
        QStringList names = {t.key, t.labelDa, t.labelEn};
        names += t.aliases;
        for (const QString &name : std::as_const(names)) {
            const QString n = normalise(name);
            if (!n.isEmpty() && !byName.contains(n))
                byName.insert(n, t.key);
        }
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (decided.at(i))
            continue;
        const QString key = byName.value(normalise(headers.at(i)));
        if (!key.isEmpty() && !used.contains(key)) {
            result[i] = key;
            used.insert(key);
        }
    }
    return result;
}

Result<ImportMapping> loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    constexpr qint64 MaxMappingBytes = 1024 * 1024; // a mapping is a few kilobytes
    if (file.size() > MaxMappingBytes)
        return invalidInput(tr("The mapping file %1 is too large (%2 bytes; a mapping file is at most 1 MiB).")
                                .arg(path)
                                .arg(file.size()));
    const QByteArray bytes = file.read(MaxMappingBytes + 1);
    if (bytes.size() > MaxMappingBytes) // grew while being read, or a device without a size
        return invalidInput(tr("The mapping file %1 is too large (a mapping file is at most 1 MiB).").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalidInput(tr("The mapping file %1 is not a JSON object: %2").arg(path, error.errorString()));
    if (const QString twice = strictjson::duplicateKey(bytes); !twice.isEmpty())
        return invalidInput(tr("The mapping file %1 has the key \"%2\" twice in one object; remove one of them.")
                                .arg(path, twice.left(80)));
    return ImportMapping::fromJson(doc.object());
}

Status saveFile(const QString &path, const ImportMapping &mapping)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return databaseError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return databaseError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Result<QList<ImportMapping>> savedMappings(Database &db)
{
    auto stored = db.settings().withPrefix(SettingsPrefix);
    if (!stored)
        return stored.error();
    QList<ImportMapping> list;
    for (const auto &[key, json] : stored.value()) {
        auto m = ImportMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        if (m)
            list << m.value();
    }
    return list;
}

Status saveMapping(Database &db, const ImportMapping &mapping)
{
    if (mapping.name.trimmed().isEmpty())
        return invalidInput(tr("Give the mapping a name."));
    return db.settings().set(SettingsPrefix + mapping.name.trimmed(),
                             QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
}

Status removeMapping(Database &db, const QString &name)
{
    return db.settings().remove(SettingsPrefix + name.trimmed());
}

} // namespace importmapping
} // namespace sagstjek

#include "domain/areas.h"
#include "storage/templaterepository.h"

namespace sagstjek::importmapping {

Result<QList<CueCard>> currentCards(Database &db)
{
    TemplateRepository &repository = db.templates();
    QList<CueCard> cards;
    for (const QString &area : Areas::keys()) {
        auto card = repository.latestForArea(area);
        if (card)
            cards << card.value();
        else if (card.error().kind != Error::Kind::NotFound)
            return card.error();
    }
    return cards;
}

} // namespace sagstjek::importmapping
