#pragma once

#include "storage/roundstatistics.h"

#include <QSqlDatabase>

namespace sagstjek {

// RoundStatistics on either backend: a handful of grouped, bound statements over the round's sample,
// its reviews and their answers, read in one transaction so that the counts agree with each other.
class SqlRoundStatistics final : public RoundStatistics {
public:
    explicit SqlRoundStatistics(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<RoundFigures> figures(qint64 roundId, const QDate &today, FollowUp followUp,
                                 const QString &team = {}) override;
    Result<QList<CaseBehind>> casesWithAnswer(qint64 roundId, const QString &itemKey, const QString &answer,
                                              FollowUp followUp, const QString &caseworker) override;
    Result<QList<PeriodRound>> roundsInPeriod(const QDate &from, const QDate &to) override;
    Result<PeriodDefects> defectsInPeriod(const QDate &from, const QDate &to, const QDate &today) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
