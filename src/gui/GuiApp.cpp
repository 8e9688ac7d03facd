#include "gui/GuiApp.h"

#include "core/Translations.h"
#include "gui/MigrationWizard.h"

#include "Version.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace edm::gui {

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(EDM_EXECUTABLE));
    QApplication::setApplicationDisplayName(QStringLiteral(EDM_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral("ente-db-migrate"));
    QApplication::setApplicationVersion(QStringLiteral(EDM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(EDM_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    installTranslators(QSettings().value(QStringLiteral("language")).toString());

    QString start = QDir::currentPath();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1 && QFileInfo::exists(args.at(1)))
        start = QFileInfo(args.at(1)).absoluteFilePath();

    MigrationWizard wizard(start);
    wizard.show();
    return QApplication::exec();
}

} // namespace edm::gui
