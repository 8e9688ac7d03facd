// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SettingsDialog.h"

#include "core/Translations.h"
#include "gui/AppSettings.h"

#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace edm::gui {

namespace {

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    m_ui->dockerBrowseButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->backupBrowseButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard the changes"));
    m_ui->errorLabel->hide();
    QPalette palette = m_ui->dockerHint->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    m_ui->dockerHint->setPalette(palette);
    m_ui->languageHint->setPalette(palette);

    m_ui->languageCombo->addItem(tr("System (follows the desktop's language)"), QString());
    for (const QString &code : availableLanguages())
        m_ui->languageCombo->addItem(languageName(code), code);

    m_ui->dockerEdit->setText(QDir::toNativeSeparators(AppSettings::dockerBinary()));
    m_ui->backupEdit->setText(QDir::toNativeSeparators(AppSettings::backupFolder()));
    m_ui->healthEdit->setText(AppSettings::healthUrl());
    const int language = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    updateDockerHint();

    connect(m_ui->dockerEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateDockerHint);
    connect(m_ui->dockerBrowseButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->dockerEdit->text().trimmed();
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the docker program"),
                                                          current.isEmpty() ? QStringLiteral("/usr/bin")
                                                                            : QFileInfo(current).absolutePath());
        if (!path.isEmpty())
            m_ui->dockerEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->backupBrowseButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->backupEdit->text().trimmed();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"),
                                                              current.isEmpty() ? QDir::homePath() : current);
        if (!dir.isEmpty())
            m_ui->backupEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // Word-wrapped labels: the height that fits the width the dialog opens with.
    resize(640, layout()->totalHeightForWidth(640));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateDockerHint()
{
    const QString path = QDir::fromNativeSeparators(m_ui->dockerEdit->text().trimmed());
    if (path.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(QStringLiteral("docker"));
        m_ui->dockerHint->setText(found.isEmpty()
                                      ? tr("docker is not on PATH: install it, or choose the program here.")
                                      : tr("Uses %1 (docker on PATH).").arg(QDir::toNativeSeparators(found)));
        return;
    }
    const QFileInfo info(path);
    if (!info.exists())
        m_ui->dockerHint->setText(tr("This file does not exist."));
    else if (!info.isFile() || !info.isExecutable())
        m_ui->dockerHint->setText(tr("This is not an executable program."));
    else
        m_ui->dockerHint->setText(tr("Uses %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
}

QString SettingsDialog::validationError() const
{
    const QString docker = QDir::fromNativeSeparators(m_ui->dockerEdit->text().trimmed());
    if (!docker.isEmpty()) {
        const QFileInfo info(docker);
        if (!info.exists())
            return tr("The docker program %1 does not exist. Choose the docker client, or leave the field empty to "
                      "use docker on PATH.")
                .arg(QDir::toNativeSeparators(docker));
        if (!info.isFile() || !info.isExecutable())
            return tr("%1 is not an executable program. Choose the docker client, or leave the field empty to use "
                      "docker on PATH.")
                .arg(QDir::toNativeSeparators(docker));
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->backupEdit->text().trimmed());
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return tr("The backup folder %1 does not exist. Create it first, or leave the field empty.")
            .arg(QDir::toNativeSeparators(folder));
    const QString health = m_ui->healthEdit->text().trimmed();
    if (!health.isEmpty()) {
        const QUrl url(health, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return tr("The health URL must be an http or https address, such as http://localhost:8080/ping.");
    }
    return {};
}

bool SettingsDialog::save()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->errorLabel->hide();
    const QString docker = QDir::fromNativeSeparators(m_ui->dockerEdit->text().trimmed());
    AppSettings::setDockerBinary(docker.isEmpty() ? QString() : QFileInfo(docker).absoluteFilePath());
    const QString folder = QDir::fromNativeSeparators(m_ui->backupEdit->text().trimmed());
    AppSettings::setBackupFolder(folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath());
    AppSettings::setHealthUrl(m_ui->healthEdit->text().trimmed());
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace edm::gui
