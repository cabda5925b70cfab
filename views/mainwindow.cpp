#include "mainwindow.h"

#include "accesslogdialog.h"
#include "actionplanview.h"
#include "administrationdialog.h"
#include "appcontroller.h"
#include "caselistwidget.h"
#include "complaintsview.h"
#include "connectdialog.h"
#include "cuecardwidget.h"
#include "dashboardview.h"
#include "exportdialog.h"
#include "grantsview.h"
#include "guidedialog.h"
#include "icons.h"
#include "importdialog.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/caselookup.h"
#include "itemmodels/defectlistmodel.h"
#include "messagebar.h"
#include "remediationview.h"
#include "reportdialog.h"
#include "revieweditor.h"
#include "roundsview.h"
#include "services/accesspolicy.h"
#include "services/approvalservice.h"
#include "services/defectservice.h"
#include "services/demodata.h"
#include "services/reviewservice.h"
#include "services/workspace.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/databaselocation.h"
#include "storage/serverpassword.h"
#include "templateeditor.h"
#include "wheelguard.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

const QString FileFilter = QStringLiteral("*.sqlite *.sagstjek *.db");
// How long a passing message stays in the status bar.
constexpr int MessageTimeoutMs = 8000;
// How often the window tries to reach the team server again after losing it.
constexpr int ReconnectRetryMs = 5000;

} // namespace

MainWindow::MainWindow(AppController &controller, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_tabs(new QTabWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_defectsPage(new QWidget)
    , m_roundsPage(new QWidget)
    , m_dashboardPage(new QWidget)
    , m_grantsPage(new QWidget)
    , m_complaintsPage(new QWidget)
    , m_actionPlanPage(new QWidget)
    , m_banner(new MessageBar)
    , m_serverBar(new MessageBar)
    , m_reconnectTimer(new QTimer(this))
    , m_userLabel(new QLabel)
    , m_liveLabel(new QLabel)
    , m_fileLabel(new QLabel)
{
    // The mouse wheel never changes a combo box or spin box that has not been clicked (every window and dialog).
    WheelGuard::installOnApplication();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::app());
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Review"));
    m_tabs->addTab(m_defectsPage, tr("Defects"));
    m_tabs->addTab(m_roundsPage, tr("Rounds"));
    m_tabs->addTab(m_dashboardPage, tr("Overview"));
    m_tabs->addTab(m_grantsPage, tr("Grants"));
    m_tabs->addTab(m_complaintsPage, tr("Complaints"));
    m_tabs->addTab(m_actionPlanPage, tr("Action plan"));
    for (QWidget *page :
         {m_defectsPage, m_roundsPage, m_dashboardPage, m_grantsPage, m_complaintsPage, m_actionPlanPage}) {
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    m_banner->setObjectName(QStringLiteral("startBanner"));
    m_banner->setClosable(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // What the background check of the file found wrong (AppController::fileCheckFinished): shown until the next
    // file is opened, never only in a log.
    auto *fileCheckBar = new MessageBar;
    fileCheckBar->setObjectName(QStringLiteral("fileCheckBar"));
    fileCheckBar->setClosable(false);
    fileCheckBar->hide();
    centralLayout->addWidget(fileCheckBar);
    m_serverBar->setObjectName(QStringLiteral("serverBar"));
    m_serverBar->setClosable(false);
    m_serverBar->hide();
    centralLayout->addWidget(m_serverBar);
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setInterval(ReconnectRetryMs);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::reconnect);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(tr("User: %1").arg(m_controller.user()));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->setText(tr("Live"));
    m_liveLabel->setToolTip(tr("Changes colleagues make on the team server appear here within about a second."));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    // The daily backup runs in the background (AppController): the status bar says so while it runs.
    auto *backupLabel = new QLabel(tr("Making the daily backup…"), this);
    backupLabel->setObjectName(QStringLiteral("backupLabel"));
    statusBar()->addPermanentWidget(backupLabel);
    backupLabel->setVisible(m_controller.isBackingUp());
    connect(&m_controller, &AppController::backupStarted, backupLabel, &QLabel::show);
    connect(&m_controller, &AppController::backupFinished, this,
            [this, backupLabel](const QString &path, const QString &error) {
                backupLabel->hide();
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("The daily backup failed: %1").arg(error), MessageTimeoutMs);
                else if (!path.isEmpty())
                    statusBar()->showMessage(tr("Daily backup made: %1").arg(QDir::toNativeSeparators(path)),
                                             MessageTimeoutMs);
            });

    // The file's check runs in the background too: the status bar says so; damage is shown in the bar on top.
    auto *fileCheckLabel = new QLabel(tr("Checking the database file…"), this);
    fileCheckLabel->setObjectName(QStringLiteral("fileCheckLabel"));
    statusBar()->addPermanentWidget(fileCheckLabel);
    fileCheckLabel->setVisible(m_controller.isCheckingFile());
    connect(&m_controller, &AppController::fileCheckStarted, this, [fileCheckLabel, fileCheckBar] {
        fileCheckBar->hide();
        fileCheckLabel->show();
    });
    connect(&m_controller, &AppController::fileCheckFinished, this,
            [this, fileCheckLabel, fileCheckBar](bool ran, const QString &damage, const QString &error) {
                fileCheckLabel->hide();
                if (!damage.isEmpty()) {
                    fileCheckBar->showMessage(MessageBar::Kind::Error, damage.toHtmlEscaped());
                    fileCheckBar->show();
                    statusBar()->showMessage(tr("The database file is damaged."));
                } else if (!error.isEmpty()) {
                    fileCheckBar->showMessage(
                        MessageBar::Kind::Warning,
                        tr("The database file could not be checked: %1").arg(error.toHtmlEscaped()));
                    fileCheckBar->show();
                } else if (ran) {
                    statusBar()->showMessage(tr("The database file was checked: no damage found."), MessageTimeoutMs);
                }
            });

    createMenus();
    connect(&m_controller, &AppController::aboutToChangeDatabase, this, &MainWindow::dropViews);
    connect(&m_controller, &AppController::databaseChanged, this, [this](const QString &path) {
        m_settings.addRecentFile(path);
        rebuildViews();
    });
    if (m_controller.hasDatabase())
        rebuildViews();

    resize(1366, 768);
    restoreGeometry(m_settings.value(AppSettings::Key::WindowGeometry).toByteArray());
}

MainWindow::~MainWindow() = default;

CaseListWidget *MainWindow::caseList() const
{
    return m_caseList;
}
CueCardWidget *MainWindow::cueCard() const
{
    return m_cueCard;
}
RemediationView *MainWindow::defects() const
{
    return m_defects;
}
GrantsView *MainWindow::grants() const
{
    return m_grants;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &team server…"), this, [this] { connectToServer(); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    const auto importOf = [this](ImportKind kind) {
        if (!m_controller.hasDatabase())
            return;
        if (m_cueCard)
            m_cueCard->flush();
        ImportDialog dialog(m_controller.session(), kind, this);
        connect(&dialog, &ImportDialog::imported, this, [this] {
            m_controller.caseModel().refresh();
            m_controller.defectModel().refresh();
            updateStartBanner();
        });
        dialog.exec(); // modal on purpose: the window's connection is read-only while a case import writes
    };
    m_importCases = file->addAction(tr("&Import cases…"), this, [importOf] { importOf(ImportKind::Cases); });
    file->addAction(tr("Import &events…"), this, [importOf] { importOf(ImportKind::Events); });
    file->addAction(tr("Import review &sheet…"), this, [importOf] { importOf(ImportKind::Answers); });
    file->addAction(tr("E&xport…"), this, [this] {
        if (m_controller.hasDatabase())
            ExportDialog(m_controller.session(), this).exec();
    });
    QAction *report = file->addAction(tr("&Write report…"), this, [this] {
        if (m_controller.hasDatabase())
            ReportDialog(m_controller.session(), this).exec();
    });
    report->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = m_editMenu->addAction(tr("&Find case"), this, [this] {
        m_tabs->setCurrentIndex(0);
        if (m_caseList)
            m_caseList->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    QAction *settingsAction = m_editMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    m_editTemplates = m_editMenu->addAction(tr("Edit &cue cards…"), this, [this] {
        if (!m_controller.hasDatabase())
            return;
        TemplateEditor dialog(m_controller.session(), this);
        dialog.exec();
    });
    // Users and roles, and the management action rules: shown only to the roles that may use them (rebuildViews).
    const auto administer = [this](AdministrationDialog::Page page) {
        if (!m_controller.hasDatabase())
            return;
        AdministrationDialog(m_controller.session(), page, this).exec();
        if (m_rounds)
            m_rounds->refresh(); // the reviewers to pick from may have changed
    };
    m_manageUsers = m_editMenu->addAction(tr("&Users and roles…"), this,
                                          [administer] { administer(AdministrationDialog::Page::Users); });
    m_manageUsers->setObjectName(QStringLiteral("manageUsers"));
    m_manageUsers->setVisible(false);
    m_manageRules = m_editMenu->addAction(tr("&Management action rules…"), this,
                                          [administer] { administer(AdministrationDialog::Page::ActionRules); });
    m_manageRules->setObjectName(QStringLiteral("manageActionRules"));
    m_manageRules->setVisible(false);
    // The access log: shown only to those who may read it (leaders and administrators; rebuildViews).
    m_accessLog = m_editMenu->addAction(tr("&Access log…"), this, [this] {
        if (m_controller.hasDatabase())
            AccessLogDialog(m_controller.session(), this).exec();
    });
    m_accessLog->setObjectName(QStringLiteral("accessLog"));
    m_accessLog->setVisible(false);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    m_complete = review->addAction(tr("&Complete review"), this, [this] {
        if (m_cueCard)
            m_cueCard->completeReview();
    });
    m_complete->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *next = review->addAction(tr("&Next unanswered item"), this, [this] {
        if (m_cueCard)
            m_cueCard->focusFirstUnanswered();
    });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    review->addSeparator();
    m_showGuidance = review->addAction(tr("Show &guidance"));
    m_showGuidance->setCheckable(true);
    m_showGuidance->setChecked(m_settings.showGuidance());
    connect(m_showGuidance, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(AppSettings::Key::ShowGuidance, on);
        if (m_cueCard)
            m_cueCard->setGuidanceVisible(on);
    });
    connect(&m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::ShowGuidance)
            m_showGuidance->setChecked(m_settings.showGuidance());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // One entry per tab, Ctrl+1 to Ctrl+7 in the tabs' order.
    const QList<std::pair<QString, QWidget *>> tabs = {
        {tr("&Cases and cue card"), m_splitter}, {tr("&Defects"), m_defectsPage}, {tr("&Rounds"), m_roundsPage},
        {tr("&Overview"), m_dashboardPage},      {tr("&Grants"), m_grantsPage},   {tr("Com&plaints"), m_complaintsPage},
        {tr("&Action plan"), m_actionPlanPage}};
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        QWidget *page = tabs.at(i).second;
        QAction *show = view->addAction(tabs.at(i).first, this, [this, page] { m_tabs->setCurrentWidget(page); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, [this] {
        // One guide window, not modal: it can stay open beside the case.
        if (!m_guide) {
            m_guide = new GuideDialog(m_controller.language(), this);
            m_guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_guide->show();
        m_guide->raise();
        m_guide->activateWindow();
    });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Sagstjek"), this, [this] {
        QMessageBox::about(this, tr("About Sagstjek"),
                           tr("<b>Sagstjek %1</b><p>Review case handling with cue cards, record defects and "
                              "follow them up.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::dropViews()
{
    if (m_cueCard)
        m_cueCard->flush();
    if (m_undo) {
        m_editMenu->removeAction(m_undo);
        m_editMenu->removeAction(m_redo);
        delete m_undo;
        delete m_redo;
        m_undo = m_redo = nullptr;
    }
    delete m_caseList;
    delete m_cueCard;
    delete m_defects;
    delete m_rounds;
    delete m_dashboard;
    delete m_grants;
    delete m_complaints;
    delete m_actionPlan;
}

void MainWindow::rebuildViews()
{
    dropViews();
    m_caseList = new CaseListWidget(m_controller);
    m_cueCard = new CueCardWidget(m_controller.editor(), m_controller.language());
    m_cueCard->setGuidanceVisible(m_settings.showGuidance());
    connect(&m_controller.defectService(), &DefectService::defectsChanged, m_cueCard, &CueCardWidget::reloadItems);
    // A review sent back shows the approver's comment on the card.
    auto approvals = std::make_shared<ApprovalService>(m_controller.session());
    m_cueCard->setSentBackLookup([approvals](const ReviewRef &ref) {
        auto history = approvals->history(ref.roundId, ref.caseId);
        if (history)
            for (auto it = history->crbegin(); it != history->crend(); ++it)
                if (it->action == u"sent-back")
                    return it->comment;
        return QString();
    });
    // An answer on an approved review asks for the reason and reopens it (the service decides who may).
    m_cueCard->setReopenApproved([approvals](const ReviewRef &ref, const QString &reason) {
        return approvals->reopen(ref.roundId, ref.caseId, reason);
    });
    m_splitter->addWidget(m_caseList);
    m_splitter->addWidget(m_cueCard);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(m_settings.value(AppSettings::Key::SplitterState).toByteArray()))
        m_splitter->setSizes({430, 936});
    m_rounds = new RoundsView(m_controller.session());
    m_roundsPage->layout()->addWidget(m_rounds);
    m_defects = new RemediationView(m_controller.session());
    m_defectsPage->layout()->addWidget(m_defects);
    m_dashboard = new DashboardView(m_controller.session());
    m_grants = new GrantsView(m_controller.session());
    m_dashboardPage->layout()->addWidget(m_dashboard);
    m_grantsPage->layout()->addWidget(m_grants);
    m_complaints = new ComplaintsView(m_controller.session());
    m_complaintsPage->layout()->addWidget(m_complaints);
    m_actionPlan = new ActionPlanView(m_controller.session());
    m_actionPlanPage->layout()->addWidget(m_actionPlan);
    m_userLabel->setText(tr("User: %1").arg(m_controller.user()));
    // A colleague's change on the team server: each view showing it reads again (those on hidden tabs when shown).
    m_liveLabel->setVisible(m_controller.changeFeed().isLive());
    connect(&m_controller.changeFeed(), &ChangeFeed::changedElsewhere, this, &MainWindow::showChangesElsewhere);
    connect(&m_controller.changeFeed(), &ChangeFeed::connectionLost, this, [this]() { showConnectionLost({}); });
    m_serverBar->hide();
    m_reconnectTimer->stop();
    if (!m_controller.changeFeedProblem().isEmpty())
        statusBar()->showMessage(m_controller.changeFeedProblem());
    const AccessPolicy &policy = m_controller.session().policy();
    m_manageUsers->setVisible(AdministrationDialog::mayUse(policy, AdministrationDialog::Page::Users));
    m_manageRules->setVisible(AdministrationDialog::mayUse(policy, AdministrationDialog::Page::ActionRules));
    m_accessLog->setVisible(policy.may(Permission::ViewAccessLog));
    if (!m_controller.warning().isEmpty())
        QMessageBox::warning(this, tr("Database on a network share"), m_controller.warning());

    QUndoGroup *group = m_controller.editor().undoGroup();
    m_undo = group->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = group->createRedoAction(this, tr("Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QAction *first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, m_undo);
    m_editMenu->insertAction(first, m_redo);
    m_editMenu->insertSeparator(first);

    // The case list opens a case's review outside rounds; the rounds view opens the round's review; a defect
    // opens the review it was found in.
    connect(m_caseList, &CaseListWidget::caseActivated, this, [this](qint64 id) { openReview(ReviewRef{id}); });
    // Selecting a row shows that case's card (the keyboard stays in the list); a review of the case already on the
    // card (e.g. the round's, opened from the rounds view) stays.
    connect(m_caseList, &CaseListWidget::caseSelected, this, [this](qint64 id) {
        if (m_cueCard->caseId() != id)
            m_cueCard->openReview(ReviewRef{id}, false);
    });
    // The grants tab follows the case opened for review.
    connect(m_cueCard, &CueCardWidget::caseOpened, m_grants, &GrantsView::showCaseId);
    connect(m_rounds, &RoundsView::openCaseRequested, this, [this](qint64 roundId, qint64 caseId) {
        openReview(ReviewRef{caseId, roundId});
    });
    // A review completed or reopened in the cue card changes the round's figures: shown at once when the rounds
    // are on screen, else when they are next shown (no reselecting either way).
    connect(&m_controller.service(), &ReviewService::reviewStatusChanged, m_rounds, &RoundsView::refreshWhenShown);
    connect(m_dashboard, &DashboardView::openCaseRequested, this, [this](qint64 roundId, qint64 caseId) {
        openReview(ReviewRef{caseId, roundId});
    });
    // The figures are loaded again (in the background) each time the overview is shown.
    // The defects view reads again when it is shown: defects found on the cue card since then are in it.
    connect(m_tabs, &QTabWidget::currentChanged, m_defects, [this](int index) {
        if (m_tabs->widget(index) == m_defectsPage)
            m_defects->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_dashboard, [this](int index) {
        if (m_tabs->widget(index) == m_dashboardPage)
            m_dashboard->refresh();
    });
    connect(m_defects, &RemediationView::defectActivated, this, [this](qint64 reviewId, const QString &itemKey) {
        auto ref = m_controller.service().refForReview(reviewId);
        if (!ref) {
            statusBar()->showMessage(ref.error().message, MessageTimeoutMs);
            return;
        }
        openReview(ref.value(), itemKey);
    });
    updateTitle();
    updateStartBanner();
}

void MainWindow::showChangesElsewhere(ChangeFeed::Areas areas)
{
    using Area = ChangeFeed::Area;
    if (areas & (Area::Cases | Area::Reviews))
        m_caseList->refreshKeepingPlace();
    if (areas & (Area::Answers | Area::Defects))
        m_cueCard->reloadItems();
    if (areas & Area::Reviews)
        m_cueCard->reloadStatus();
    if (areas & (Area::Reviews | Area::Rounds))
        m_rounds->refreshWhenShown();
    if ((areas & Area::Defects) && m_tabs->currentWidget() == m_defectsPage)
        m_defects->refresh();
    if (m_tabs->currentWidget() == m_dashboardPage)
        m_dashboard->refresh();
}

void MainWindow::showConnectionLost(const QString &why)
{
    m_liveLabel->hide();
    const QString reason = why.isEmpty() ? tr("the connection was lost.") : why.toHtmlEscaped();
    m_serverBar->showMessage(MessageBar::Kind::Error,
                             tr("<b>The team server cannot be reached:</b> %1<br>Sagstjek tries again every %n "
                                "seconds. What you change meanwhile stays on the screen, marked \"Not saved yet\", "
                                "and is saved when the connection is back.",
                                nullptr, ReconnectRetryMs / 1000)
                                 .arg(reason));
    QPushButton *now = m_serverBar->addButton(tr("Reconnect &now"));
    now->setObjectName(QStringLiteral("reconnectNow"));
    connect(now, &QPushButton::clicked, this, &MainWindow::reconnect);
    m_serverBar->show();
    m_reconnectTimer->start();
}

void MainWindow::reconnect()
{
    // The same connection made again: every view, the open card and what is typed on it stay as they are.
    m_reconnectTimer->stop();
    const auto reconnected = m_controller.reconnect();
    if (!reconnected) {
        showConnectionLost(reconnected.error().message);
        return;
    }
    m_serverBar->hide();
    m_liveLabel->show();
    statusBar()->showMessage(
        reconnected.value() > 0
            ? tr("Connected to the team server again: %n change(s) kept meanwhile saved.", nullptr, reconnected.value())
            : tr("Connected to the team server again."),
        MessageTimeoutMs);
    // What colleagues changed while the connection was away was not heard: everything on screen reads again.
    using Area = ChangeFeed::Area;
    showChangesElsewhere(ChangeFeed::Areas(Area::Cases) | Area::Reviews | Area::Answers | Area::Defects | Area::Rounds);
}

bool MainWindow::mayLeaveUnsaved()
{
    if (!m_controller.hasDatabase() || m_controller.editor().unsavedCount() == 0)
        return true;
    if (m_controller.database().isConnected() || m_controller.reconnect())
        if (m_controller.editor().unsavedCount() == 0)
            return true;
    const auto answer = QMessageBox::warning(
        this, tr("Changes not saved"),
        tr("%n change(s) could not be saved: the team server cannot be reached. They are lost if you go on.\n\n"
           "Wait until the connection is back (Sagstjek saves them then), or go on without them?",
           nullptr, m_controller.editor().unsavedCount()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::updateStartBanner()
{
    if (!m_controller.hasDatabase()) {
        m_banner->hide();
        return;
    }
    auto content = demodata::content(m_controller.database());
    if (!content) {
        m_banner->hide();
        return;
    }
    switch (content.value()) {
    case demodata::Content::Demo: {
        m_banner->showMessage(MessageBar::Kind::Warning,
                              tr("<b>This is demo data.</b> The cases, reviews and names are made up so that "
                                 "everything can be tried at once. Your own cases belong in a database of their "
                                 "own."));
        QPushButton *startEmpty = m_banner->addButton(tr("Start with an empty database"));
        startEmpty->setObjectName(QStringLiteral("startEmpty"));
        connect(startEmpty, &QPushButton::clicked, this, &MainWindow::startEmptyDatabase);
        break;
    }
    case demodata::Content::Empty: {
        m_banner->showMessage(MessageBar::Kind::Information,
                              tr("<b>The database has no cases yet.</b> Import the cases from your case system "
                                 "(CSV or XLSX), and look through the cue cards the reviews follow."));
        QPushButton *import = m_banner->addButton(tr("Import cases…"));
        import->setObjectName(QStringLiteral("importCases"));
        connect(import, &QPushButton::clicked, m_importCases, &QAction::trigger);
        QPushButton *templates = m_banner->addButton(tr("Cue cards…"));
        templates->setObjectName(QStringLiteral("showTemplates"));
        connect(templates, &QPushButton::clicked, m_editTemplates, &QAction::trigger);
        break;
    }
    case demodata::Content::Own:
        m_banner->hide();
        break;
    }
}

void MainWindow::startEmptyDatabase()
{
    const QString path = workspace::newDatabasePath(QFileInfo(m_controller.databasePath()).absolutePath());
    const auto answer = QMessageBox::question(
        this, tr("Start with an empty database"),
        tr("Sagstjek creates a new, empty database and opens it:\n%1\n\nThe demo database stays as it is and can "
           "be opened again from File ▸ Open recent.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer == QMessageBox::Ok)
        openDatabase(path, true);
}

bool MainWindow::openReview(const ReviewRef &ref, const QString &itemKey)
{
    if (!m_cueCard || !m_cueCard->openReview(ref))
        return false;
    m_tabs->setCurrentIndex(0);
    m_controller.caseModel().setRoundContext(ref.roundId);
    m_caseList->selectCase(ref.caseId);
    if (!itemKey.isEmpty())
        m_cueCard->focusItem(itemKey);
    return true;
}

void MainWindow::showTab(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("review"), QStringLiteral("defects"),    QStringLiteral("rounds"),    QStringLiteral("overview"),
        QStringLiteral("grants"), QStringLiteral("complaints"), QStringLiteral("actionplan")};
    // "remediation" was a tab of its own before the defects view took it in.
    const QString tab = name == u"remediation" ? QStringLiteral("defects") : name;
    if (const qsizetype index = names.indexOf(tab); index >= 0)
        m_tabs->setCurrentIndex(int(index));
}

bool MainWindow::openCaseNumber(const QString &caseNumber, const QString &itemKey)
{
    if (!m_controller.hasDatabase())
        return false;
    auto id = caselookup::idForNumber(m_controller.database(), caseNumber);
    return id && openReview(ReviewRef{id.value()}, itemKey);
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    if (!mayLeaveUnsaved())
        return false;
    const Status opened = m_controller.openDatabase(path, create ? Database::OpenMode::CreateIfMissing
                                                                 : Database::OpenMode::OpenExisting);
    if (!opened) {
        QMessageBox::warning(this, tr("Could not open the database"),
                             tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Sagstjek databases (%1)").arg(FileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New database"),
                                 tr("%1 already exists. Choose a new file name, or open it with File ▸ Open.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("Sagstjek databases (%1);;All files (*)").arg(FileFilter));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] {
                // A server asks for the password (unless ~/.pgpass has it: leave it empty).
                if (AppSettings::isServerLocation(path))
                    connectToServer(path);
                else
                    openDatabase(path, false);
            });
        action->setEnabled(path != m_controller.databasePath());
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table cellpadding='3'>"
                                "<tr><td><b>1</b> or <b>J</b> (<b>Y</b>)</td><td>Met</td></tr>"
                                "<tr><td><b>2</b> or <b>N</b></td><td>Not met (opens the defect)</td></tr>"
                                "<tr><td><b>3</b> or <b>I</b> (<b>A</b>)</td><td>Not applicable</td></tr>"
                                "<tr><td><b>Space</b></td><td>Confirm the computed verdict</td></tr>"
                                "<tr><td><b>Delete</b></td><td>Clear the answer</td></tr>"
                                "<tr><td><b>Up</b>/<b>Down</b>, <b>Tab</b>/<b>Shift+Tab</b></td><td>Previous or next "
                                "item</td></tr>"
                                "<tr><td><b>Enter</b> / <b>Esc</b></td><td>Write a note / back to the item</td></tr>"
                                "<tr><td><b>G</b></td><td>Show or hide the guidance</td></tr>"
                                "<tr><td><b>F8</b></td><td>First unanswered item</td></tr>"
                                "<tr><td><b>Ctrl+Enter</b></td><td>Complete the review</td></tr>"
                                "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr>"
                                "<tr><td><b>Ctrl+F</b></td><td>Search cases</td></tr>"
                                "<tr><td><b>Ctrl+1</b> … <b>Ctrl+7</b></td><td>Cases and cue card / defects / rounds / "
                                "overview / grants / complaints / action plan</td></tr>"
                                "</table>"));
}

bool MainWindow::connectToServer(const QString &recent, const QString &problem)
{
    if (!mayLeaveUnsaved())
        return false;
    ConnectDialog dialog(this);
    if (auto where = DatabaseLocation::parse(recent); where && where->isServer())
        dialog.setLocation(where.value());
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        const QString location = dialog.location();
        serverpassword::remember(location, dialog.password());
        const Status opened = m_controller.openDatabase(location, Database::OpenMode::OpenExisting);
        if (opened)
            return true;
        serverpassword::forget(location);
        dialog.setProblem(opened.error().message);
    }
    return false;
}

void MainWindow::updateTitle()
{
    const QString path = m_controller.databasePath();
    const auto where = DatabaseLocation::parse(path);
    setWindowTitle(
        where && where->isServer()
            ? tr("%1 on %2 – Sagstjek")
                  .arg(where->database, where->host.startsWith(u'/') ? QStringLiteral("localhost") : where->host)
            : tr("%1 – Sagstjek").arg(QFileInfo(path).fileName()));
    m_fileLabel->setText(QDir::toNativeSeparators(path));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cueCard)
        m_cueCard->flush();
    if (!mayLeaveUnsaved()) {
        event->ignore();
        return;
    }
    // Today's backup still being made (a 2 GB file takes a minute or more): the user sees it and chooses to wait for
    // it or to close without it (it is then made at the next start), instead of a window that is gone while the
    // process still copies.
    QProgressDialog waiting(tr("Finishing today's backup of the database. A large file takes a minute or two; "
                               "closing without it makes it at the next start."),
                            tr("Close &without it"), 0, 0, this);
    waiting.setObjectName(QStringLiteral("backupWaitDialog"));
    waiting.setWindowTitle(tr("Today's backup"));
    waiting.setMinimumDuration(0);
    connect(&m_controller, &AppController::backupFinished, &waiting, &QProgressDialog::reset);
    if (m_controller.isBackingUp()) {
        waiting.exec();
        if (waiting.wasCanceled())
            m_controller.stopBackup();
    }
    m_settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::SplitterState, m_splitter->saveState());
    // The guidance under each item helps the first time; from then on it starts collapsed so that more items fit
    // (Review ▸ Show guidance brings it back for every item, and that choice is kept; G opens one item's).
    if (!m_settings.contains(AppSettings::Key::ShowGuidance))
        m_settings.setValue(AppSettings::Key::ShowGuidance, false);
    event->accept();
}

} // namespace sagstjek
