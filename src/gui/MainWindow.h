// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QMimeData;

namespace edm {
class MigrationEngine;
}

namespace edm::gui {

class BackupBrowser;
class MigrationWizard;

/// The application's window: the migration wizard in the middle, File / Settings / Help menus around it (open a
/// project or a backup, recent projects, export the report, preferences, about), the window's geometry remembered,
/// and drops: a dump or its sidecar opens the Backup Browser, a folder or compose file opens as the project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &startPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    MigrationWizard *wizard() const { return m_wizard; }

    /// Opens a Backup Browser window on path (a dump, or a sidecar .json); an empty path asks for the file.
    BackupBrowser *openBackup(const QString &path = {});
    void openProject(const QString &path);
    /// Export Report… for the wizard's current report (disabled without one).
    void exportReport();
    void showPreferences();
    void showAbout();

    /// Compose file names and folders: what a drop opens as the project.
    static bool isProjectPath(const QString &path);

    QAction *openProjectAction() const { return m_openProjectAction; }
    QAction *openBackupAction() const { return m_openBackupAction; }
    QAction *exportReportAction() const { return m_exportReportAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void fillRecentMenu();
    void updateActions();
    void onProjectChanged(const QString &path);
    void chooseProject();
    static QString droppedPath(const QMimeData *mime);

    MigrationWizard *m_wizard = nullptr;
    QPointer<MigrationEngine> m_watchedEngine;
    QString m_projectPath;
    bool m_closeConfirmed = false;

    QAction *m_openProjectAction = nullptr;
    QAction *m_openBackupAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace edm::gui
