#pragma once

#include "core/result.h"
#include "domain/cuecard.h"

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
    virtual ~TemplateRepository();

    // Stores a template version; a key+version that already exists with the same body is left alone, with a
    // different body it is refused (a saved version never changes).
    virtual Result<qint64> store(const CueCard &card, const QString &user) = 0;
    virtual Result<CueCard> load(qint64 id) = 0;
    // The newest version for the area: what a new review uses.
    virtual Result<CueCard> latestForArea(const QString &area) = 0;
    // The id of template `key` at `version` (0: the newest); 0 when there is none.
    virtual Result<qint64> find(const QString &key, int version) = 0;
    // The newest version number of template `key`; 0 when there is none.
    virtual Result<int> latestVersion(const QString &key) = 0;
    // The item keys answered in reviews made with any version of template `key`, sorted.
    virtual Result<QStringList> answeredItemKeys(const QString &key) = 0;
    virtual Result<QList<TemplateSummary>> list() = 0;
};

} // namespace sagstjek
