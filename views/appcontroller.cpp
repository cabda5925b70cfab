#include "appcontroller.h"

#include "itemmodels/caselistmodel.h"
#include "itemmodels/defectlistmodel.h"
#include "revieweditor.h"
#include "services/accesspolicy.h"
#include "services/caseservice.h"
#include "services/defectservice.h"
#include "services/policysetup.h"
#include "services/reviewservice.h"
#include "services/session.h"
#include "services/workersession.h"
#include "services/workspace.h"
#include "storage/databaselocation.h"
#include "storage/filesystem.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace sagstjek {

AppController::AppController(QString user, QString language, QObject *parent)
    : QObject(parent)
    , m_osUser(user)
    , m_user(std::move(user))
    , m_language(std::move(language))
{
    connect(&m_backup, &QFutureWatcher<BackupOutcome>::finished, this, [this] {
        const BackupOutcome outcome = m_backup.result();
        if (!outcome.error.isEmpty())
            qWarning("The daily backup failed: %s", qPrintable(outcome.error));
        emit backupFinished(outcome.path, outcome.error);
    });
    connect(&m_fileCheck, &QFutureWatcher<FileCheckOutcome>::finished, this, [this] {
        const FileCheckOutcome outcome = m_fileCheck.result();
        if (!m_database || outcome.path != m_database->path())
            return; // the check of a file that is no longer open
        if (outcome.ran && outcome.damage.isEmpty() && outcome.error.isEmpty())
            if (auto recorded = m_database->recordFileChecked(); !recorded)
                qWarning("Cannot record the file check: %s", qPrintable(recorded.error().message));
        if (!outcome.damage.isEmpty())
            qWarning("The database file is damaged"); // the details (which may name data) go to the user only
        emit fileCheckFinished(outcome.ran, outcome.damage, outcome.error);
    });
}

AppController::~AppController()
{
    close();
}

void AppController::waitForBackup()
{
    m_backup.waitForFinished();
}

void AppController::stopBackup()
{
    if (m_stopBackup)
        m_stopBackup->stop();
}

void AppController::startDailyBackup(const QString &path)
{
    emit backupStarted();
    m_stopBackup = std::make_shared<StopSignal>();
    m_backup.setFuture(QtConcurrent::run(workerPool(), [path, hook = m_beforeBackup, stop = m_stopBackup] {
        if (hook)
            hook();
        auto made = Database::dailyBackupInBackground(path, stop.get());
        return made ? BackupOutcome{made.value(), {}} : BackupOutcome{{}, made.error().message};
    }));
}

void AppController::waitForFileCheck()
{
    m_fileCheck.waitForFinished();
}

void AppController::startFileCheck(const QString &path)
{
    emit fileCheckStarted();
    m_stopFileCheck = std::make_shared<StopSignal>();
    m_fileCheck.setFuture(QtConcurrent::run(workerPool(), [path, hook = m_beforeFileCheck, stop = m_stopFileCheck] {
        if (hook)
            hook();
        auto checked = Database::checkFileInBackground(path, stop.get());
        if (!checked)
            return FileCheckOutcome{false, {}, checked.error().message, path};
        return FileCheckOutcome{checked->ran, checked->damage, {}, path};
    }));
}

void AppController::close()
{
    // The backup and check threads read the file on their own connections: let them finish before it is let go.
    // The check is stopped instead (at a million cases it takes seconds): it runs again at the next open.
    if (m_stopFileCheck)
        m_stopFileCheck->stop();
    waitForBackup();
    waitForFileCheck();
    // Models and services refer to the session and the database: let them go first.
    m_changeFeed.reset();
    m_defectModel.reset();
    m_defectService.reset();
    m_caseModel.reset();
    m_caseService.reset();
    m_editor.reset();
    m_service.reset();
    m_session.reset();
    m_policy.reset();
    m_database.reset(); // releases the file's lock
}

namespace {

// The user chosen for a database is remembered per file.
QString rememberedUserKey(const QString &absolutePath)
{
    return QStringLiteral("databaseUsers/") +
           QString::fromLatin1(absolutePath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QString AppController::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

Status AppController::openDatabase(const QString &path, Database::OpenMode mode, bool demoDataWhenNew)
{
    auto where = DatabaseLocation::parse(path);
    if (!where)
        return where.error();
    // A team server is set up by its owner (`server init`) and holds no demo data; it is made no backup or file
    // check of here (its administrators back it up with pg_dump).
    const bool server = where->isServer();
    const QString absolute = server ? where->text() : QFileInfo(path).absoluteFilePath();
    if (m_database && (server ? m_database->path() : QFileInfo(m_database->path()).absoluteFilePath()) == absolute)
        return Ok{};
    if (!server && mode == Database::OpenMode::CreateIfMissing)
        QDir().mkpath(QFileInfo(absolute).absolutePath());
    // The daily backup is made after the window has the database (startDailyBackup), not before.
    // So is the file's check (startFileCheck): a damaged file is reported as soon as the check has run.
    auto opened = workspace::open(
        absolute, m_user, {server ? Database::OpenMode::OpenExisting : mode, demoDataWhenNew && !server, false, false});
    if (!opened)
        return opened.error();

    // Who is working: on a server its login, nobody else. On a file the name remembered for it, else the
    // operating-system user; when that name is not in the database's user list, the user picks theirs from it.
    QSettings settings;
    QString user =
        server ? opened.value()->serverLogin() : settings.value(rememberedUserKey(absolute), m_osUser).toString();
    auto policy = policyFor(*opened.value(), user);
    if (!policy && m_chooseUser && !server) {
        auto active = activeUserNames(*opened.value());
        if (active && !active->isEmpty()) {
            user = m_chooseUser(active.value());
            if (user.isEmpty())
                return policy.error();
            policy = policyFor(*opened.value(), user);
        }
    }
    if (!policy)
        return policy.error();
    if (!server)
        settings.setValue(rememberedUserKey(absolute), user);

    emit aboutToChangeDatabase();
    close();

    m_database = std::move(opened).value();
    m_policy = std::move(policy).value();
    m_user = user;
    m_warning = server ? QString() : filesystem::networkShareWarning(absolute);
    m_session = std::make_unique<Session>(*m_database, *m_policy, m_language);
    m_service = std::make_unique<ReviewService>(*m_session);
    m_editor = std::make_unique<ReviewEditor>(*m_service);
    m_editor->setConnectionCheck([database = m_database.get()] { return database->isConnected(); });
    m_caseService = std::make_unique<CaseService>(*m_session);
    m_caseModel = std::make_unique<CaseListModel>(*m_caseService);
    m_defectService = std::make_unique<DefectService>(*m_session);
    m_defectModel = std::make_unique<DefectListModel>(*m_defectService);
    connect(m_service.get(), &ReviewService::defectsChanged, m_defectModel.get(), &DefectListModel::refresh);
    m_changeFeed = std::make_unique<ChangeFeed>(*m_database);
    m_changeFeedProblem.clear();
    if (auto live = m_changeFeed->start(); !live)
        m_changeFeedProblem = live.error().message;
    connect(m_changeFeed.get(), &ChangeFeed::changedElsewhere, m_defectModel.get(), [this](ChangeFeed::Areas areas) {
        if (areas & ChangeFeed::Area::Defects)
            m_defectModel->refresh();
    });
    emit databaseChanged(absolute);
    if (!server) {
        startDailyBackup(absolute);
        startFileCheck(absolute);
    }
    return Ok{};
}

Result<int> AppController::reconnect()
{
    if (!m_database)
        return databaseError(tr("No database is open."));
    if (auto connected = m_database->reconnect(); !connected)
        return connected.error();
    if (auto live = m_changeFeed->start(); !live)
        return live.error();
    return m_editor->saveUnsaved();
}

} // namespace sagstjek
