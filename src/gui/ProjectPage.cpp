// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ProjectPage.h"

#include "ui_ProjectPage.h"

#include "core/compose/ImagePolicy.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace edm::gui {

namespace {

QString recentKey()
{
    return QStringLiteral("recentProjects");
}

QString iconText(const QString &icon, const QString &text)
{
    return QStringLiteral("<table><tr><td valign=\"top\"><img src=\":/icons/%1.svg\" width=\"16\" height=\"16\"></td>"
                          "<td>&nbsp;%2</td></tr></table>")
        .arg(icon, text.toHtmlEscaped());
}

} // namespace

ProjectPage::ProjectPage(const QString &startPath, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProjectPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Choose the compose project"));
    setSubTitle(tr("The folder of your Ente server's compose.yaml. The app reads it and shows what it will change; "
                   "nothing is changed on this page."));

    m_ui->targetCombo->addItem(tr("Postgres 16 (recommended)"), 16);
    m_ui->targetCombo->addItem(tr("Postgres 15"), 15);
    m_ui->targetCombo->addItem(tr("Postgres 17"), 17);
    m_ui->targetCombo->addItem(tr("Postgres 18 (newest)"), 18);
    for (int i = 0; i < m_ui->targetCombo->count(); ++i) {
        m_ui->targetCombo->setItemData(i, MigrationPlan::targetDescription(m_ui->targetCombo->itemData(i).toInt()),
                                       Qt::ToolTipRole);
    }
    m_ui->targetCombo->setAccessibleName(tr("Target Postgres version"));
    m_ui->folderCombo->setAccessibleName(tr("Compose project folder"));
    m_ui->serviceCombo->setAccessibleName(tr("Postgres service"));
    m_ui->diffView->setAccessibleName(tr("Change to the compose file"));
    m_ui->diffView->setPlaceholder(tr("The change to the compose file appears here."));
    m_ui->serviceCombo->setEnabled(false);
    m_ui->upgradeImageEdit->setAccessibleName(tr("Upgrade image"));
    m_ui->finalImageEdit->setAccessibleName(tr("Final image"));
    // The image fields show only when asked for; unchecked, the app's choice applies.
    m_ui->imagesBox->setVisible(false);
    connect(m_ui->imagesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->imagesBox->setVisible(on);
        reload();
    });

    QStringList paths = recentProjects();
    const QString start = QDir::toNativeSeparators(QDir::cleanPath(startPath));
    paths.removeAll(start);
    paths.prepend(start);
    m_ui->folderCombo->addItems(paths);
    m_ui->folderCombo->setCurrentIndex(0);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &ProjectPage::reload);
    connect(m_ui->folderCombo, &QComboBox::currentTextChanged, this, [this] {
        m_ui->serviceCombo->clear();
        m_reloadTimer->start();
    });
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTargetHint();
        reload();
    });
    connect(m_ui->serviceCombo, &QComboBox::activated, this, &ProjectPage::reload);
    connect(m_ui->upgradeImageEdit, &QLineEdit::textEdited, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_ui->finalImageEdit, &QLineEdit::textEdited, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ProjectPage::browse);

    updateTargetHint();
    reload();
}

ProjectPage::~ProjectPage() = default;

QString ProjectPage::upgradeImage() const
{
    return m_ui->imagesCheck->isChecked() ? m_ui->upgradeImageEdit->text().trimmed() : QString();
}

QString ProjectPage::finalImage() const
{
    return m_ui->imagesCheck->isChecked() ? m_ui->finalImageEdit->text().trimmed() : QString();
}

QString ProjectPage::projectPath() const
{
    return QDir::fromNativeSeparators(m_ui->folderCombo->currentText().trimmed());
}

void ProjectPage::setProjectPath(const QString &path)
{
    m_ui->folderCombo->setCurrentText(QDir::toNativeSeparators(path));
    m_reloadTimer->stop();
    m_ui->serviceCombo->clear();
    reload();
}

QStringList ProjectPage::recentProjects()
{
    return QSettings().value(recentKey()).toStringList();
}

void ProjectPage::rememberProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    QSettings().setValue(recentKey(), recent);
}

void ProjectPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the compose project folder"), projectPath());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProjectPage::setProjectPath);
    dialog->open();
}

void ProjectPage::updateTargetHint()
{
    m_ui->targetHint->setText(MigrationPlan::targetDescription(m_ui->targetCombo->currentData().toInt()));
}

void ProjectPage::reload()
{
    MigrationPlan::Options options;
    options.target = m_ui->targetCombo->currentData().toInt();
    options.service = m_ui->serviceCombo->currentText();
    options.upgradeImage = upgradeImage();
    options.finalImage = finalImage();
    const QString path = projectPath();
    Expected<MigrationPlan> plan = path.isEmpty()
        ? Expected<MigrationPlan>(
              Error{QStringLiteral("no_compose_file"), tr("Choose the folder of your compose project.")})
        : MigrationPlan::create(QDir::cleanPath(QDir::current().absoluteFilePath(path)), options);
    if (plan) {
        m_plan = std::move(plan).value();
        m_error = {};
        // The app's choice, shown where the user may name another image.
        const ImagePolicy::Images chosen = ImagePolicy::choose(m_plan->service().ref, m_plan->target());
        m_ui->upgradeImageEdit->setPlaceholderText(chosen.upgrade);
        m_ui->finalImageEdit->setPlaceholderText(chosen.final);
        showPlan();
    } else {
        m_plan.reset();
        m_error = plan.error();
        showError();
    }
    Q_EMIT completeChanged();
    Q_EMIT planChanged();
}

void ProjectPage::showError()
{
    m_ui->errorLabel->setText(iconText(QStringLiteral("error"), m_error.message));
    m_ui->errorLabel->setVisible(true);
    m_ui->detectedGroup->setEnabled(false);
    for (QLabel *label : {m_ui->imageValue, m_ui->versionValue, m_ui->volumeValue, m_ui->userValue})
        label->clear();
    m_ui->warningsLabel->clear();
    m_ui->diffTitle->clear();
    m_ui->diffView->setDiff({});

    // Several Postgres services: let the user choose one.
    if (m_error.code == QLatin1String("ambiguous_service")) {
        const Expected<ComposeProject> project = ComposeProject::open(projectPath());
        if (project) {
            m_ui->serviceCombo->clear();
            m_ui->serviceCombo->addItems(project->postgresCandidates());
            m_ui->serviceCombo->setCurrentIndex(-1);
            m_ui->serviceCombo->setPlaceholderText(tr("Choose the service"));
            m_ui->serviceCombo->setEnabled(true);
            m_ui->detectedGroup->setEnabled(true);
        }
    }
}

void ProjectPage::showPlan()
{
    const MigrationPlan &plan = *m_plan;
    const PostgresService &service = plan.service();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setVisible(false);
    m_ui->detectedGroup->setEnabled(true);
    if (m_ui->serviceCombo->findText(service.name) < 0) {
        m_ui->serviceCombo->clear();
        m_ui->serviceCombo->addItem(service.name);
    }
    m_ui->serviceCombo->setCurrentText(service.name);
    m_ui->serviceCombo->setEnabled(m_ui->serviceCombo->count() > 1);

    m_ui->imageValue->setText(
        tr("%1 (%2, line %3)").arg(service.image, plan.composeFile()).arg(QLocale().toString(service.source.line)));
    const QString major = service.ref.majorText();
    switch (plan.status()) {
    case MigrationPlan::Status::NeedsMigration:
        m_ui->versionValue->setText(
            major.isEmpty() ? tr("unknown from the tag → %1 (the running server decides)").arg(plan.target())
                            : tr("%1 → %2").arg(major).arg(plan.target()));
        break;
    case MigrationPlan::Status::InProgress:
        m_ui->versionValue->setText(tr("upgrade to %1 in progress (pgautoupgrade)").arg(plan.target()));
        break;
    case MigrationPlan::Status::AlreadyTarget:
        m_ui->versionValue->setText(tr("%1: already the target, nothing to do").arg(major));
        break;
    }
    if (service.volume) {
        const VolumeMount &v = *service.volume;
        switch (v.type) {
        case VolumeMount::Type::Volume:
            m_ui->volumeValue->setText(tr("%1 (named volume) on %2").arg(v.source, v.target));
            break;
        case VolumeMount::Type::Bind:
            m_ui->volumeValue->setText(
                tr("%1 (folder) on %2").arg(QDir::toNativeSeparators(v.resolvedSource), v.target));
            break;
        case VolumeMount::Type::Anonymous:
            m_ui->volumeValue->setText(tr("anonymous volume on %1").arg(v.target));
            break;
        }
    } else {
        m_ui->volumeValue->setText(tr("none: the data is inside the container"));
    }
    const Credentials &c = service.credentials;
    m_ui->userValue->setText(tr("%1, database %2, password %3")
                                 .arg(c.user, c.database, c.passwordSet() ? QStringLiteral("••••••") : tr("not set")));

    QString warnings;
    for (const Text &warning : plan.warnings())
        warnings += iconText(QStringLiteral("warning"), warning);
    m_ui->warningsLabel->setText(warnings);
    m_ui->warningsLabel->setVisible(!warnings.isEmpty());

    if (plan.steps().isEmpty()) {
        m_ui->diffTitle->setText(iconText(QStringLiteral("ok"),
                                          tr("The service already runs Postgres %1. There is "
                                             "nothing to migrate.")
                                              .arg(plan.target())));
        m_ui->diffView->setDiff({});
        return;
    }
    const ImageEdit &first = plan.steps().first();
    m_ui->diffTitle->setText(tr("Change %1 of %2, made only after the backup: the image becomes %3 in %4.")
                                 .arg(1)
                                 .arg(plan.steps().size())
                                 .arg(first.image, first.relativePath)
                                 .toHtmlEscaped());
    m_ui->diffView->setDiff(first.diff);
}

bool ProjectPage::isComplete() const
{
    return m_plan && m_plan->status() != MigrationPlan::Status::AlreadyTarget;
}

bool ProjectPage::validatePage()
{
    if (!m_plan)
        return false;
    rememberProject(QDir::toNativeSeparators(m_plan->projectDir()));
    return true;
}

} // namespace edm::gui
