#include "gui/MigrationWizard.h"

#include "gui/ProjectPage.h"

#include <QIcon>
#include <QSettings>

namespace edm::gui {

MigrationWizard::MigrationWizard(const QString &startPath, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Ente DB Migration"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);

    m_projectPage = new ProjectPage(startPath, this);
    setPage(Project, m_projectPage);

    const QByteArray geometry = QSettings().value(QStringLiteral("wizard/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 680);
}

MigrationWizard::~MigrationWizard() = default;

void MigrationWizard::done(int result)
{
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

} // namespace edm::gui
