#pragma once

#include "core/result.h"
#include "domain/cuecard.h"
#include "services/session.h"
#include "storage/templaterepository.h"

#include <QCoreApplication>

namespace sagstjek {

// Cue-card templates as the coordinator manages them: checked, versioned, shared as files. A saved version
// never changes, so reviews made with it display exactly as they were answered. Storing a template takes
// EditTemplates; reading one does not.
class TemplateService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::TemplateService)
public:
    static constexpr qint64 MaxTemplateBytes = 4 * 1024 * 1024;

    explicit TemplateService(Session &session);

    // Problems that stop a template from being saved (rules that refer to missing dates, bad periods, …).
    static QStringList problems(const CueCard &card);

    Result<QList<TemplateSummary>> list();
    Result<CueCard> load(qint64 templateId);
    // The stored template as an indented JSON file; version 0 means the newest.
    Result<QByteArray> exportTemplate(const QString &key, int version = 0);
    // Checks and stores a template file. The same key and version with other content is refused.
    Result<CueCard> importTemplate(const QByteArray &bytes);
    // Item keys answered in existing reviews of earlier versions that `edited` no longer has.
    Result<QStringList> orphanedItems(const CueCard &edited);
    // Saves `edited` as the next version of its key and returns it as stored.
    Result<CueCard> saveNewVersion(CueCard edited);

private:
    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
