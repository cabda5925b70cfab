#pragma once

#include "domain/cuecard.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"

#include <QCoreApplication>

namespace sagstjek {

class Database;
class Session;
class TableFile;

// Case events (follow-up conversations, activities, offers): one row per event with case number, kind, date,
// form (in person / phone / digital / letter), reason when not in person, the date the note was written,
// description. Events of a case already in the database are matched field by field: an event imported again
// is "unchanged", never doubled. All or nothing unless skipInvalid.
class EventImporter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::EventImporter)
public:
    struct Options {
        bool skipInvalid = false;
        bool dryRun = false;
    };
    // Imports as the session's user, who needs the ImportCases permission.
    EventImporter(Session &session, QList<CueCard> cards);

    Result<ImportSummary> importFile(TableFile &file, const ImportMapping &mapping, const Options &options);

    // "in-person", "phone", "digital", "letter" from what case systems write ("Fremmøde", "Telefonisk", …);
    // empty when not recognised.
    static QString formFromText(const QString &text);

private:
    Session &m_session;
    Database &m_db;
    QString m_user;
    QList<CueCard> m_cards;
};

} // namespace sagstjek
