#pragma once

#include "domain/cuecard.h"
#include "storage/result.h"

#include <QSqlDatabase>

namespace sagstjek {

struct TemplateSummary {
    qint64 id = 0;
    QString key;
    int version = 0;
    QString area;
    LocalizedText title;
};

class TemplateRepository {
public:
    explicit TemplateRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Stores a template version; a key+version that already exists with the same body is left alone, with a
    // different body it is refused (a saved version never changes).
    Result<qint64> store(const CueCard &card, const QString &user);
    Result<CueCard> load(qint64 id);
    // The newest version for the area: what a new review uses.
    Result<CueCard> latestForArea(const QString &area);
    Result<QList<TemplateSummary>> list();

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
