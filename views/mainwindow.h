#pragma once

#include "domain/review.h"
#include "services/changefeed.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QTimer;
class QMenu;
class QSplitter;
class QTabWidget;

namespace sagstjek {

class ActionPlanView;
class AppController;
class AppSettings;
class CaseListWidget;
class ComplaintsView;
class CueCardWidget;
class DashboardView;
class GrantsView;
class GuideDialog;
class MessageBar;
class RemediationView;
class RoundsView;

// The window: menus, the case list | cue card splitter, the defects tab and the status bar. It only wires
// feature widgets to the controller; the work happens in them and in the services.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppController &controller, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListWidget *caseList() const;
    CueCardWidget *cueCard() const;
    GrantsView *grants() const;
    // The defects view (with their remediation): the "Defects" tab.
    RemediationView *defects() const;
    QAction *undoAction() const { return m_undo; }
    // The strip above the tabs that says the database holds demo data, or that it is empty and what to do.
    MessageBar *startBanner() const { return m_banner; }
    QAction *redoAction() const { return m_redo; }

    // Opens another database file; on failure shows why and keeps the current one.
    bool openDatabase(const QString &path, bool create);
    // File ▸ Connect to team server… (filled from `recent`, a server's location, when given, and showing `problem`,
    // why it could not be reached): asks again, with the server's answer, until connected or cancelled; the current
    // database stays open meanwhile. True when connected.
    bool connectToServer(const QString &recent = {}, const QString &problem = {});
    // Opens a review of a case (and focuses `itemKey` when given); false when there is no such case or round.
    // The case list then shows the statuses of that round's reviews (or those outside any round).
    bool openReview(const ReviewRef &ref, const QString &itemKey = {});
    // Opens the case's review outside any round.
    bool openCaseNumber(const QString &caseNumber, const QString &itemKey = {});
    // Shows the tab named "review", "defects" (also "remediation", the defects view's old name), "rounds",
    // "overview", "grants", "complaints" or "actionplan".
    void showTab(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildViews();
    void dropViews();
    void updateRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void showSettings();
    void showShortcuts();
    void updateTitle();
    void updateStartBanner();
    void startEmptyDatabase();
    void showChangesElsewhere(ChangeFeed::Areas areas);
    // The banner saying the team server cannot be reached: why (the connection lost, when empty); tries again
    // every few seconds, or at once with Reconnect now.
    void showConnectionLost(const QString &why);
    void reconnect();
    // Whether the window may let go of changes kept unsaved (the server cannot be reached): asks the user.
    bool mayLeaveUnsaved();

    AppController &m_controller;
    AppSettings &m_settings;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QPointer<CaseListWidget> m_caseList;
    QPointer<CueCardWidget> m_cueCard;
    QPointer<RoundsView> m_rounds;
    QPointer<RemediationView> m_defects;
    QPointer<DashboardView> m_dashboard;
    QPointer<GrantsView> m_grants;
    QPointer<ComplaintsView> m_complaints;
    QWidget *m_defectsPage;
    QWidget *m_roundsPage;
    QWidget *m_dashboardPage;
    QWidget *m_grantsPage;
    QWidget *m_complaintsPage;
    QPointer<ActionPlanView> m_actionPlan;
    QWidget *m_actionPlanPage;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_showGuidance = nullptr;
    QAction *m_importCases = nullptr;
    QAction *m_editTemplates = nullptr;
    QAction *m_manageUsers = nullptr;
    QAction *m_manageRules = nullptr;
    QAction *m_accessLog = nullptr;
    MessageBar *m_banner;
    MessageBar *m_serverBar; // the team server cannot be reached
    QTimer *m_reconnectTimer;
    QPointer<GuideDialog> m_guide;
    QLabel *m_userLabel;
    QLabel *m_liveLabel;
    QLabel *m_fileLabel;
};

} // namespace sagstjek
