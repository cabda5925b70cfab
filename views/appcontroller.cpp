#include "appcontroller.h"

#include "itemmodels/caselistmodel.h"
#include "itemmodels/defectlistmodel.h"
#include "revieweditor.h"
#include "services/reviewservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace sagstjek {

AppController::AppController(QString user, QString language, QObject *parent)
    : QObject(parent)
    , m_user(std::move(user))
    , m_language(std::move(language))
{
}

AppController::~AppController()
{
    // Models and services refer to the database: let them go first.
    m_defectModel.reset();
    m_caseModel.reset();
    m_editor.reset();
    m_service.reset();
    m_database.reset();
}

QString AppController::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

Status AppController::openDatabase(const QString &path, Database::OpenMode mode, bool demoDataWhenNew)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_database && QFileInfo(m_database->path()).absoluteFilePath() == absolute)
        return Ok{};
    if (mode == Database::OpenMode::CreateIfMissing)
        QDir().mkpath(QFileInfo(absolute).absolutePath());
    auto opened = workspace::open(absolute, m_user, {mode, demoDataWhenNew});
    if (!opened)
        return opened.error();

    emit aboutToChangeDatabase();
    m_defectModel.reset();
    m_caseModel.reset();
    m_editor.reset();
    m_service.reset();
    m_database.reset(); // releases the old file's lock

    m_database = std::move(opened).value();
    m_service = std::make_unique<ReviewService>(*m_database, m_user);
    m_service->setLanguage(m_language);
    m_editor = std::make_unique<ReviewEditor>(*m_service);
    m_caseModel = std::make_unique<CaseListModel>(*m_database);
    m_defectModel = std::make_unique<DefectListModel>(*m_database);
    connect(m_service.get(), &ReviewService::defectsChanged, m_defectModel.get(), &DefectListModel::refresh);
    emit databaseChanged(absolute);
    return Ok{};
}

} // namespace sagstjek
