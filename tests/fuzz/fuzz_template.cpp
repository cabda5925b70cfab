// libFuzzer target: the cue-card template parser (CueCard::fromBytes) and the checks that stop a template from
// being saved (TemplateService::problems), on arbitrary bytes. No database: both are pure.

#include "domain/cuecard.h"
#include "services/templateservice.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace sagstjek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > std::size_t(TemplateService::MaxTemplateBytes))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<CueCard> card = CueCard::fromBytes(bytes);
    if (!card) {
        if (card.error().message.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const QStringList problems = TemplateService::problems(card.value());
    for (const QString &problem : problems)
        if (problem.isEmpty())
            std::abort();
    // Walk what the app walks when it shows the card.
    for (const CueCardItem *item : card->items()) {
        if (item == nullptr || card->item(item->key) == nullptr)
            std::abort();
        (void)card->itemsFor(item->key);
    }
    for (const NamedField &field : card->dateFields) {
        (void)card->dateLabel(field.key, QStringLiteral("da"));
        (void)card->dateLabel(field.key, QStringLiteral("en"));
    }
    return 0;
}
