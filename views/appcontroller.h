#pragma once

#include "services/changefeed.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace sagstjek {

class AccessPolicy;
class CaseService;
class Session;
class CaseListModel;
class DefectListModel;
class DefectService;
class ReviewEditor;
class ReviewService;

// Owns what belongs to the open database (the Database, the user's session, its services, the undo facade and
// the item models) and swaps them as a whole when another file is opened. No widgets here.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(QString user, QString language, QObject *parent = nullptr);
    ~AppController() override;

    // Opens `path`; on failure the database open before stays open and the error is returned. A database
    // created here gets the demo cases when `demoDataWhenNew` (the default database on first start).
    Status openDatabase(const QString &path, Database::OpenMode mode, bool demoDataWhenNew = false);

    // Asked for the user's name when the operating-system user is not in a database's user list; returns the
    // chosen name, or an empty string to cancel. The choice is remembered per database.
    using UserChooser = std::function<QString(const QStringList &activeUsers)>;
    void setUserChooser(UserChooser chooser) { m_chooseUser = std::move(chooser); }
    // A warning about the open database (e.g. it is on a network share), to show the user; usually empty.
    const QString &warning() const { return m_warning; }
    AccessPolicy *policy() { return m_policy.get(); }

    bool hasDatabase() const { return m_database != nullptr; }
    QString databasePath() const;
    const QString &user() const { return m_user; }
    const QString &language() const { return m_language; }

    ReviewService &service() { return *m_service; }
    CaseService &caseService() { return *m_caseService; }
    Session &session() { return *m_session; }
    ReviewEditor &editor() { return *m_editor; }
    CaseListModel &caseModel() { return *m_caseModel; }
    DefectService &defectService() { return *m_defectService; }
    DefectListModel &defectModel() { return *m_defectModel; }
    Database &database() { return *m_database; }
    // Colleagues' changes on a team server (silent for a file); why it is not listening when the server refused.
    ChangeFeed &changeFeed() { return *m_changeFeed; }
    const QString &changeFeedProblem() const { return m_changeFeedProblem; }
    // After the team server's connection was lost: connects again as the same login, listens again and saves what
    // the editor kept unsaved meanwhile (how many changes that was). Everything open stays open.
    Result<int> reconnect();

    // The daily backup runs in a background thread on a connection of its own, after the database is open, so
    // the window never waits for a copy of the file (issue 13).
    bool isBackingUp() const { return m_backup.isRunning(); }
    // Waits until a running daily backup has finished (closing a database waits too).
    void waitForBackup();
    // Ends a running daily backup without a copy (the user closing without waiting): the next open makes it.
    void stopBackup();
    // Tests: run in the backup thread before it copies (to hold the backup while the window is checked).
    void setBeforeBackgroundBackup(std::function<void()> hook) { m_beforeBackup = std::move(hook); }

    // The file's own check (quick_check, when due) runs in a background thread too, on a connection of its own,
    // after the window has the database: damage it finds is reported with fileCheckFinished (issue 13).
    bool isCheckingFile() const { return m_fileCheck.isRunning(); }
    void waitForFileCheck();
    // Tests: run in the check's thread before it checks (to hold the check while the window is checked).
    void setBeforeBackgroundFileCheck(std::function<void()> hook) { m_beforeFileCheck = std::move(hook); }

    struct FileCheckOutcome {
        bool ran = false; // false: not due today
        QString damage;   // what is wrong and the newest backup; empty when sound
        QString error;    // the check could not run
        QString path;     // the file checked
    };

    struct BackupOutcome {
        QString path; // the backup made; empty when none was due
        QString error;
    };

signals:
    void aboutToChangeDatabase();
    void databaseChanged(const QString &path);
    void backupStarted();
    void backupFinished(const QString &path, const QString &error);
    void fileCheckStarted();
    // `ran`: whether a check was due; `damage`: what is wrong and the newest backup (empty when sound); `error`: the
    // check could not run.
    void fileCheckFinished(bool ran, const QString &damage, const QString &error);

private:
    void close();
    void startDailyBackup(const QString &path);
    void startFileCheck(const QString &path);

    QString m_osUser;
    QString m_user;
    QString m_language;
    QString m_warning;
    UserChooser m_chooseUser;
    std::function<void()> m_beforeBackup;
    QFutureWatcher<BackupOutcome> m_backup;
    std::function<void()> m_beforeFileCheck;
    QFutureWatcher<FileCheckOutcome> m_fileCheck;
    std::shared_ptr<StopSignal> m_stopFileCheck; // set at close: the running check ends part-way
    std::shared_ptr<StopSignal> m_stopBackup;    // set by stopBackup()
    std::unique_ptr<Database> m_database;        // declared first: destroyed last
    std::unique_ptr<AccessPolicy> m_policy;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CaseService> m_caseService;
    std::unique_ptr<ReviewService> m_service;
    std::unique_ptr<ReviewEditor> m_editor;
    std::unique_ptr<CaseListModel> m_caseModel;
    std::unique_ptr<DefectService> m_defectService;
    std::unique_ptr<DefectListModel> m_defectModel;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    QString m_changeFeedProblem;
};

} // namespace sagstjek
