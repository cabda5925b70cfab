#include "services/changefeed.h"

#include "storage/database.h"

#include <QHash>

namespace sagstjek {

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this]() {
        const Areas areas = m_pending;
        m_pending = {};
        if (areas)
            emit changedElsewhere(areas);
    });
}

Result<bool> ChangeFeed::start()
{
    auto listening = m_db.listenForChanges(
        this, [this](const QString &table) { heard(table); },
        [this]() {
            m_live = false;
            emit connectionLost();
        });
    m_live = listening && listening.value();
    return listening;
}

ChangeFeed::Areas ChangeFeed::areaOf(const QString &table)
{
    static const QHash<QString, Area> areas = {
        {QStringLiteral("cases"), Area::Cases},           {QStringLiteral("case_events"), Area::Cases},
        {QStringLiteral("reviews"), Area::Reviews},       {QStringLiteral("review_approvals"), Area::Reviews},
        {QStringLiteral("answers"), Area::Answers},       {QStringLiteral("defects"), Area::Defects},
        {QStringLiteral("defect_events"), Area::Defects}, {QStringLiteral("rounds"), Area::Rounds},
        {QStringLiteral("round_sample"), Area::Rounds},   {QStringLiteral("round_assignments"), Area::Rounds},
        {QStringLiteral("round_skipped"), Area::Rounds},
    };
    const auto found = areas.constFind(table);
    return found == areas.cend() ? Areas{} : Areas{found.value()};
}

void ChangeFeed::heard(const QString &table)
{
    const Areas area = areaOf(table);
    if (!area)
        return;
    m_pending |= area;
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace sagstjek
