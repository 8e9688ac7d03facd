// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/migration/MigrationEngine.h"
#include "gui/AboutDialog.h"
#include "gui/AppSettings.h"
#include "gui/BackupBrowser.h"
#include "gui/MessageBoxFit.h"
#include "gui/MigrationWizard.h"
#include "gui/ProjectPage.h"
#include "gui/ReportExport.h"
#include "gui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

namespace edm::gui {

namespace {

QString geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}

QString stateKey()
{
    return QStringLiteral("mainWindow/state");
}

} // namespace

MainWindow::MainWindow(const QString &startPath, QWidget *parent)
    : QMainWindow(parent)
    , m_projectPath(startPath)
{
    setWindowTitle(tr("Ente DB Migration"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setAcceptDrops(true);

    m_wizard = new MigrationWizard(startPath, this);
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    // The wizard ends (Finish, or Cancel when nothing runs): so does the window.
    connect(m_wizard, &QDialog::finished, this, [this] {
        m_closeConfirmed = true;
        close();
    });
    connect(m_wizard, &MigrationWizard::exportReportRequested, this, &MainWindow::exportReport);
    connect(m_wizard, &MigrationWizard::openBackupRequested, this, [this](const QString &path) { openBackup(path); });
    connect(m_wizard, &MigrationWizard::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::updateActions);

    createActions();
    createMenus();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray()))
        resize(860, 720);
    restoreState(settings.value(stateKey()).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openProjectAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Project…"), this);
    m_openProjectAction->setObjectName(QStringLiteral("openProjectAction"));
    m_openProjectAction->setShortcut(QKeySequence::Open);
    m_openProjectAction->setStatusTip(tr("Choose the folder of the compose project to migrate"));
    m_openProjectAction->setToolTip(m_openProjectAction->statusTip());
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_openBackupAction = new QAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("Open &Backup…"), this);
    m_openBackupAction->setObjectName(QStringLiteral("openBackupAction"));
    m_openBackupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openBackupAction->setStatusTip(tr("See what a backup holds, check it, restore it"));
    m_openBackupAction->setToolTip(m_openBackupAction->statusTip());
    connect(m_openBackupAction, &QAction::triggered, this, [this] { openBackup(); });

    m_exportReportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Report…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReportAction->setStatusTip(tr("Save the migration's report as HTML, Markdown, JSON or PDF"));
    m_exportReportAction->setToolTip(m_exportReportAction->statusTip());
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close the application"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Docker program, backup folder, health URL, language"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/app.svg")), tr("&About Ente DB Migration"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openProjectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_openBackupAction);
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updateActions);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_preferencesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ProjectPage::recentProjects();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(path) : path;
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        action->setStatusTip(tr("Open %1").arg(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent projects"));
        none->setEnabled(false);
    }
    m_recentMenu->setEnabled(true);
}

void MainWindow::updateActions()
{
    m_exportReportAction->setEnabled(m_wizard->currentReport().has_value());
    // Watch the current engine so that Export Report… follows its progress.
    MigrationEngine *engine = m_wizard->engine();
    if (engine != m_watchedEngine) {
        if (m_watchedEngine)
            m_watchedEngine->disconnect(this);
        m_watchedEngine = engine;
        if (engine) {
            connect(engine, &MigrationEngine::stepFinished, this, &MainWindow::updateActions);
            connect(engine, &MigrationEngine::finished, this, &MainWindow::updateActions);
        }
    }
}

void MainWindow::onProjectChanged(const QString &path)
{
    m_projectPath = path;
    const QFileInfo info(path);
    const QString name = info.isDir() ? QDir(path).dirName() : info.dir().dirName() + u'/' + info.fileName();
    setWindowTitle(path.isEmpty() ? tr("Ente DB Migration") : tr("%1 – Ente DB Migration").arg(name));
    updateActions();
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open the Compose Project"),
                                                          m_projectPath.isEmpty() ? QDir::homePath() : m_projectPath);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::openProject(const QString &path)
{
    m_wizard->openProject(QFileInfo(path).absoluteFilePath());
}

BackupBrowser *MainWindow::openBackup(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        QString start = AppSettings::backupFolder();
        if (start.isEmpty())
            start = m_projectPath.isEmpty() ? QDir::homePath() : m_projectPath;
        file = QFileDialog::getOpenFileName(
            this, tr("Open Backup"), start,
            tr("PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)"));
        if (file.isEmpty())
            return nullptr;
    }
    auto *browser = new BackupBrowser(this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setDefaultProject(m_projectPath);
    browser->openFile(file);
    browser->show();
    browser->raise();
    browser->activateWindow();
    return browser;
}

void MainWindow::exportReport()
{
    const std::optional<MigrationReport> report = m_wizard->currentReport();
    if (!report) {
        QMessageBox box(QMessageBox::Information, tr("Export Report"),
                        tr("There is no report yet: it begins once the migration has started."), QMessageBox::Ok, this);
        MessageBoxFit::fit(&box);
        box.exec();
        return;
    }
    auto *dialog = new ReportExport(*report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::isProjectPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString suffix = info.suffix().toLower();
    return info.isFile() && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"));
}

QString MainWindow::droppedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (BackupBrowser::isBackupFile(path) || isProjectPath(path))
            return path;
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (BackupBrowser::isBackupFile(path))
        openBackup(path);
    else
        openProject(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only a step that works is warned about; a question waiting for its yes is named as such; nothing active: quit.
    if (!m_closeConfirmed && m_wizard->isBusy()) {
        QMessageBox question(this);
        question.setObjectName(QStringLiteral("quitQuestion"));
        question.setIcon(m_wizard->isStepRunning() ? QMessageBox::Warning : QMessageBox::Question);
        if (m_wizard->isStepRunning()) {
            question.setWindowTitle(tr("Quit while a step is running?"));
            question.setText(tr("A step of the migration is still running. If you quit now it stops where it is; the "
                                "next start offers to resume the migration or to roll it back."));
        } else {
            question.setWindowTitle(tr("Quit the migration?"));
            question.setText(m_wizard->waitingText() + u' ' +
                             tr("If you quit now, the next start offers to resume the migration or to roll it back."));
        }
        question.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        question.setDefaultButton(QMessageBox::No);
        MessageBoxFit::fit(&question);
        if (question.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace edm::gui
