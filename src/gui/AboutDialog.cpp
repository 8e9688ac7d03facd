// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "Version.h"

#include <QIcon>
#include <QLayout>
#include <QPushButton>

#include <string_view>

namespace edm::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->nameLabel->setText(tr("<span style=\"font-size:large\"><b>%1</b></span><br>Version %2")
                                 .arg(QStringLiteral(EDM_APP_NAME), QStringLiteral(EDM_VERSION)));
    m_ui->qtLabel->setText(qtVersionText());
    m_ui->yamlLabel->setText(yamlCppVersion());
    m_ui->licenceLabel->setText(licenceText());
    m_ui->licenceLabel->setToolTip(tr("Open the licence's text in your browser"));
    const QString url = QStringLiteral(EDM_HOMEPAGE_URL);
    m_ui->linkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    m_ui->linkLabel->setToolTip(tr("Open the project's website in your browser"));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("About %1").arg(QStringLiteral(EDM_APP_NAME)));
    const int width = qMax(540, sizeHint().width());
    resize(width, layout()->totalHeightForWidth(width));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::qtVersionText()
{
    return tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QString AboutDialog::yamlCppVersion()
{
    return QStringLiteral(EDM_YAML_CPP_VERSION);
}

// The text names the licence that cmake/Packaging.cmake gives the metainfo and the Debian package.
static_assert(std::string_view(EDM_PROJECT_LICENSE) == "GPL-3.0-or-later",
              "AboutDialog::licenceText() names GPL-3.0-or-later, cmake/Packaging.cmake a different licence");

QString AboutDialog::licenceUrl()
{
    return QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
}

QString AboutDialog::licenceText()
{
    return tr("Licensed under the <a href=\"%1\">GNU General Public License, version 3 or later</a>")
        .arg(licenceUrl().toHtmlEscaped());
}

} // namespace edm::gui
