// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiApp.h"

#include "core/Translations.h"
#include "gui/AppSettings.h"
#include "gui/BackupBrowser.h"
#include "gui/MainWindow.h"
#include "gui/MigrationWizard.h"

#include "Version.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <QWizardPage>

#include <cstdio>

namespace edm::gui {

namespace {

/// For bench/startup: with EDM_BENCH_EXIT_WHEN_SHOWN set, the app prints how long it took from main() until the
/// first page was painted, and exits. Nothing else changes.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "first page painted after %lld ms (since main)\n",
                         static_cast<long long>(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(EDM_EXECUTABLE));
    QApplication::setApplicationDisplayName(QStringLiteral(EDM_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral("ente-db-migrate"));
    QApplication::setApplicationVersion(QStringLiteral(EDM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(EDM_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    installTranslators(AppSettings::language());

    // No argument: the wizard on the current folder. A dump (or its sidecar): the Backup Browser on it. A folder or
    // compose file: the wizard on that project. (Qt's own options are gone from arguments() by now.)
    const QStringList args = QApplication::arguments();
    const QString argument = args.size() > 1 ? args.at(1) : QString();
    const QString path = argument.isEmpty() ? QDir::currentPath() : QFileInfo(argument).absoluteFilePath();

    if (!argument.isEmpty() && QFileInfo(path).isFile() && BackupBrowser::isBackupFile(path)) {
        BackupBrowser browser;
        browser.setDefaultProject(QDir::currentPath());
        browser.openFile(path);
        browser.show();
        return QApplication::exec();
    }

    MainWindow window(path);
    window.show();
    if (qEnvironmentVariableIsSet("EDM_BENCH_EXIT_WHEN_SHOWN")) {
        QWidget *page = window.wizard()->currentPage();
        (page ? static_cast<QWidget *>(page) : &window)->installEventFilter(new FirstPaintProbe(clock, &app));
    }
    return QApplication::exec();
}

} // namespace edm::gui
