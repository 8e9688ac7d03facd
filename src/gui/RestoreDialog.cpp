// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RestoreDialog.h"

#include "gui/AppSettings.h"
#include "gui/MessageBoxFit.h"

#include "core/compose/ComposeProject.h"

#include "ui_RestoreDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace edm::gui {

RestoreDialog::RestoreDialog(const QString &dumpFile, const DumpSummary &summary, const QString &project,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_dumpFile(dumpFile)
    , m_summary(summary)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/restore.svg")));
    m_ui->introLabel->setText(tr("Restore <b>%1</b> into the running Postgres of a compose project. psql stops at the "
                                 "first error and says on which line of the file.")
                                  .arg(QDir::toNativeSeparators(dumpFile).toHtmlEscaped()));
    m_restoreButton = m_ui->buttonBox->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setIcon(QIcon(QStringLiteral(":/icons/restore.svg")));
    m_restoreButton->setAccessibleName(tr("Restore into the chosen service"));
    m_restoreButton->setToolTip(tr("Asks for confirmation, then restores the backup into the container shown"));
    m_restoreButton->setDefault(true);
    m_cancelButton = m_ui->buttonBox->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("stopButton"));
    m_cancelButton->setAccessibleName(tr("Stop the restore"));
    m_cancelButton->setToolTip(tr("Stop feeding the dump; what was restored so far stays in the server"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->browseButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->progressBar->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the compose project"), m_projectPath);
        if (!dir.isEmpty())
            setProject(dir);
    });
    connect(m_ui->projectEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_ui->projectEdit->text().trimmed();
        if (QDir::cleanPath(QDir::fromNativeSeparators(path)) != m_projectPath)
            setProject(path);
    });
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &RestoreDialog::lookUpContainer);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::confirmAndRestore);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isRestoring()) {
            m_ui->statusLabel->setText(tr("Stopping…"));
            m_job->cancel();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);

    setProject(project.isEmpty() ? QDir::currentPath() : project);
}

RestoreDialog::~RestoreDialog()
{
    // Hiding the dialog on its way out takes the focus from the project field: that must not reload anything.
    m_ui->projectEdit->disconnect(this);
    // A running restore is stopped (what was restored stays); a lookup's answer is dropped.
    delete m_job;
    delete m_lookup;
}

void RestoreDialog::setProject(const QString &path)
{
    m_projectPath = QDir::cleanPath(QDir::fromNativeSeparators(path));
    m_ui->projectEdit->setText(QDir::toNativeSeparators(m_projectPath));
    loadProject();
}

void RestoreDialog::setService(const QString &name)
{
    m_preferredService = name;
    const int index = m_ui->serviceCombo->findText(name);
    if (index >= 0)
        m_ui->serviceCombo->setCurrentIndex(index);
}

void RestoreDialog::loadProject()
{
    m_target.reset();
    const QSignalBlocker blocker(m_ui->serviceCombo);
    m_ui->serviceCombo->clear();
    const Expected<ComposeProject> project = ComposeProject::open(m_projectPath);
    if (!project) {
        showTarget(QStringLiteral("error"), project.error().message);
        updateButtons();
        return;
    }
    const QStringList candidates = project->postgresCandidates();
    m_ui->serviceCombo->addItems(candidates.isEmpty() ? project->serviceNames() : candidates);
    const int preferred = m_ui->serviceCombo->findText(m_preferredService);
    if (preferred >= 0)
        m_ui->serviceCombo->setCurrentIndex(preferred);
    lookUpContainer();
}

void RestoreDialog::lookUpContainer()
{
    m_target.reset();
    delete m_lookup;
    m_lookup = nullptr;
    updateButtons();
    if (m_ui->serviceCombo->count() == 0) {
        showTarget(QStringLiteral("error"), tr("The project has no services."));
        Q_EMIT targetLookedUp();
        return;
    }
    showTarget(QStringLiteral("warning"),
               tr("Looking for the running container of %1…").arg(m_ui->serviceCombo->currentText()));
    ServiceRestoreOptions options;
    options.projectPath = m_projectPath;
    options.service = m_ui->serviceCombo->currentText();
    options.dockerProgram = AppSettings::dockerBinary();
    m_lookup = new ServiceRestoreJob(options, this);
    connect(m_lookup, &Job::finished, this, [this, lookup = m_lookup](const Error &error) {
        if (lookup != m_lookup)
            return;
        m_lookup->deleteLater();
        m_lookup = nullptr;
        if (!error.isNull() || !lookup->target()) {
            showTarget(QStringLiteral("error"), error.message);
        } else {
            m_target = lookup->target();
            showTarget(QStringLiteral("ok"),
                       tr("%1 (%2, image %3): the dump goes into its server.")
                           .arg(m_target->container, m_target->status, m_target->image));
        }
        updateButtons();
        Q_EMIT targetLookedUp();
    });
    m_lookup->start();
}

void RestoreDialog::showTarget(const QString &icon, const QString &text)
{
    m_ui->containerIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_ui->containerLabel->setText(text);
}

void RestoreDialog::updateButtons()
{
    const bool running = isRestoring();
    m_restoreButton->setEnabled(!running && !m_done && m_target.has_value());
    m_restoreButton->setVisible(!m_done);
    m_cancelButton->setVisible(running);
    m_ui->projectEdit->setEnabled(!running && !m_done);
    m_ui->browseButton->setEnabled(!running && !m_done);
    m_ui->serviceCombo->setEnabled(!running && !m_done);
}

QString RestoreDialog::confirmationText() const
{
    if (!m_target)
        return {};
    const QLocale locale;
    QStringList databases;
    for (const DumpDatabase &db : m_summary.databases) {
        databases.append(tr("%1 (tables: %2, rows: %3)")
                             .arg(db.name.isNull() ? tr("the dumped database") : db.name,
                                  locale.toString(db.tables.size()), locale.toString(db.rows())));
    }
    QStringList roles;
    for (const DumpRole &role : m_summary.roles)
        roles.append(role.name);
    QString text = tr("Restore %1 into the service %2 (container %3) of the project %4?")
                       .arg(QFileInfo(m_dumpFile).fileName(), m_target->service, m_target->container,
                            QDir::toNativeSeparators(m_target->projectDir));
    text += u"\n\n" + tr("Databases written on its server: %1.").arg(databases.join(QStringLiteral(", ")));
    if (!roles.isEmpty())
        text += u'\n' + tr("Roles created or changed (their passwords too): %1.").arg(roles.join(QStringLiteral(", ")));
    text += u"\n\n" +
        tr("An empty database of the same name is dropped and created again from the dump. Data already in the server "
           "is not removed first: if a table exists already, the restore stops at that line, and what was restored "
           "until then stays.");
    if (!m_summary.complete)
        text += u"\n\n" + tr("This dump is INCOMPLETE: the restore will stop where the file ends.");
    return text;
}

void RestoreDialog::confirmAndRestore()
{
    if (!m_target || isRestoring())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Restore into %1?").arg(m_target->service), confirmationText(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("restoreConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Restore into %1").arg(m_target->container), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            startRestore();
    });
    MessageBoxFit::fit(box);
    box->open();
}

void RestoreDialog::startRestore()
{
    if (!m_target)
        return;
    // The same project and service again, and only into the container the user confirmed.
    ServiceRestoreOptions options;
    options.projectPath = m_projectPath;
    options.service = m_target->service;
    options.dumpFile = m_dumpFile;
    options.expectedContainer = m_target->container;
    options.dockerProgram = AppSettings::dockerBinary();
    delete m_job;
    m_job = new ServiceRestoreJob(options, this);
    connect(m_job, &ServiceRestoreJob::phaseChanged, this, &RestoreDialog::onPhase);
    connect(m_job, &Job::progress, this, [this] { onProgress(m_job->status()); });
    connect(m_job, &Job::logLine, m_ui->logView, &QPlainTextEdit::appendPlainText);
    connect(m_job, &Job::finished, this, &RestoreDialog::onFinished);
    m_ui->logView->clear();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_job->start();
    updateButtons();
}

void RestoreDialog::onPhase(ServiceRestoreJob::Phase phase)
{
    switch (phase) {
    case ServiceRestoreJob::Phase::Locating:
        m_ui->statusLabel->setText(tr("Looking for the running container of %1…").arg(m_target->service));
        break;
    case ServiceRestoreJob::Phase::Preparing:
        m_ui->statusLabel->setText(tr("Asking %1 for its roles and databases…").arg(m_target->container));
        break;
    case ServiceRestoreJob::Phase::Restoring:
        m_ui->statusLabel->setText(
            tr("Restoring into %1 (PostgreSQL %2)…").arg(m_job->result().container, m_job->result().server.text));
        break;
    }
    updateButtons();
}

void RestoreDialog::onProgress(const TransferStatus &status)
{
    const int percent = status.percent();
    if (percent < 0) {
        m_ui->progressBar->setRange(0, 0);
    } else {
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->setValue(percent);
    }
    m_ui->statusLabel->setText(status.describe());
}

void RestoreDialog::onFinished(const Error &error)
{
    m_done = true;
    m_ui->progressBar->setRange(0, 100);
    const QLocale locale;
    if (error.isNull()) {
        m_ui->progressBar->setValue(100);
        const RestoreResult &result = m_job->result();
        m_ui->statusLabel->setText(
            tr("Restored %1 lines (%2) into %3.")
                .arg(locale.toString(result.lines), locale.formattedDataSize(result.bytes), result.container));
        for (const RestoreStream::Change &change : result.changes)
            m_ui->logView->appendPlainText(
                tr("line %1: %2").arg(QLocale().toString(change.line)).arg(change.description));
        showTarget(QStringLiteral("ok"), tr("%1 holds the backup's data now.").arg(result.container));
    } else {
        m_ui->progressBar->hide();
        const QString text = m_job->isCancelled()
            ? tr("Stopped. What was restored until then stays in %1.").arg(m_target->container)
            : error.message.toString();
        m_ui->statusLabel->setText(text);
        showTarget(QStringLiteral("error"), text);
    }
    updateButtons();
    Q_EMIT restoreFinished(error.isNull());
}

void RestoreDialog::reject()
{
    if (isRestoring()) {
        QMessageBox box(QMessageBox::Question, tr("Stop the restore?"),
                        tr("The restore is still running. Stop it? What was restored until then stays in the server."),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        MessageBoxFit::fit(&box);
        if (box.exec() == QMessageBox::Yes)
            m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace edm::gui
