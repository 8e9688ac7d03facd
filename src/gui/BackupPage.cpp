// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BackupPage.h"

#include "gui/MessageBoxFit.h"

#include "ui_BackupPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace edm::gui {

namespace {
constexpr int ProgressScale = 1000;
}

BackupPage::BackupPage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Backup, MigrationEngine::Step::Rehearse}, parent)
    , m_ui(std::make_unique<Ui::BackupPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Back up the databases"));
    setSubTitle(tr("Every database and role, dumped with pg_dumpall while the old server runs. Nothing of the stack "
                   "changes in this step."));
    setYesText(tr("Back &Up"));
    m_ui->progressBar->setAccessibleName(tr("Backup progress"));
    m_ui->logView->setAccessibleName(tr("Backup log"));
    m_ui->logView->setMaximumLines(2000);
    m_ui->progressBar->setRange(0, ProgressScale);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &BackupPage::browse);
    reset();
}

BackupPage::~BackupPage() = default;

void BackupPage::reset()
{
    m_ui->fileEdit->clear();
    m_ui->fileEdit->setEnabled(false);
    m_ui->browseButton->setEnabled(false);
    m_ui->questionLabel->setText(tr("Waiting for the preflight checks…"));
    m_ui->progressBar->setRange(0, ProgressScale);
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->clear();
    m_ui->resultGroup->hide();
    m_ui->verifiedValue->clear();
    m_ui->sizeValue->clear();
    m_ui->shaValue->clear();
    m_ui->logView->clear();
}

void BackupPage::showConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    if (engine())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(engine()->backupFile()));
    m_ui->fileEdit->setEnabled(true);
    m_ui->browseButton->setEnabled(true);
    m_ui->questionLabel->setText(
        confirmation.text + u' ' +
        tr("Choose where the backup goes, then press %1.").arg(QString(tr("Back &Up")).remove(u'&')));
    setStatus({}, {});
}

QString BackupPage::chosenFile() const
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()));
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

bool BackupPage::mayConfirm()
{
    // The engine's own name is always a new one; a file the person chose is replaced only when they say so.
    const QString path = chosenFile();
    m_replace = false;
    if (!engine() || path.isEmpty() || path == QDir::cleanPath(engine()->backupFile()) || !QFileInfo::exists(path))
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Replace the file?"),
                         tr("%1 exists already. Replace it with the new backup? It is replaced only once the new "
                            "backup is complete and verified.")
                             .arg(QDir::toNativeSeparators(path)),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("replaceQuestion"));
    QPushButton *replace = question.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *keep = question.addButton(tr("&Keep the File"), QMessageBox::RejectRole);
    question.setDefaultButton(keep);
    MessageBoxFit::fit(&question);
    question.exec();
    m_replace = question.clickedButton() == replace;
    if (!m_replace)
        m_ui->fileEdit->setFocus();
    return m_replace;
}

void BackupPage::beforeYes()
{
    const QString path = chosenFile();
    if (engine() && !path.isEmpty() && path != QDir::cleanPath(engine()->backupFile()))
        engine()->setBackupFile(path, m_replace);
    m_ui->fileEdit->setEnabled(false);
    m_ui->browseButton->setEnabled(false);
    m_ui->questionLabel->setText(tr("Writing the backup…"));
}

void BackupPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Backup file"), m_ui->fileEdit->text());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("SQL dumps (*.sql)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("sql"));
    // Whether an existing file is replaced is asked once, at the yes (mayConfirm).
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->fileEdit->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void BackupPage::onStepStarted(MigrationEngine::Step step)
{
    if (step == MigrationEngine::Step::Rehearse)
        m_ui->questionLabel->setText(tr("Rehearsing: restoring the backup into a throwaway container…"));
}

void BackupPage::handleLog(MigrationEngine::Step, const QString &line)
{
    m_ui->logView->appendLine(line);
}

void BackupPage::handleProgress(MigrationEngine::Step step, qint64 done, qint64 total, const QString &text)
{
    if (step != MigrationEngine::Step::Backup)
        return;
    if (total > 0) {
        m_ui->progressBar->setRange(0, ProgressScale);
        m_ui->progressBar->setValue(int(qBound(qint64(0), done * ProgressScale / total, qint64(ProgressScale))));
    } else {
        m_ui->progressBar->setRange(0, 0); // busy: the size is not known
    }
    m_ui->progressLabel->setText(text);
}

void BackupPage::onStepFinished(MigrationEngine::Step step, bool ok)
{
    if (step == MigrationEngine::Step::Backup && ok) {
        m_ui->progressBar->setRange(0, ProgressScale);
        m_ui->progressBar->setValue(ProgressScale);
        if (engine() && engine()->report().backup)
            m_ui->progressLabel->setText(
                tr("%1 written.").arg(QLocale().formattedDataSize(engine()->report().backup->bytes)));
        showResult();
    }
    if (stepOk()) {
        m_ui->questionLabel->setText(tr("The backup is complete and verified."));
        setStatus(QStringLiteral("ok"), tr("Next: stop the stack."));
    }
}

void BackupPage::onRunFinished(const Error &error)
{
    if (!error.isNull() && !stepOk()) {
        m_ui->questionLabel->setText(tr("No backup was written under the chosen name."));
        if (m_ui->progressBar->maximum() == 0)
            m_ui->progressBar->setRange(0, ProgressScale);
    }
}

void BackupPage::showResult()
{
    if (!engine() || !engine()->report().backup)
        return;
    const MigrationReport::Backup &backup = *engine()->report().backup;
    const QLocale locale;
    m_ui->resultGroup->setTitle(tr("Backup: %1").arg(QDir::toNativeSeparators(backup.path)));
    m_ui->sizeValue->setText(
        tr("%1 (%2 bytes)").arg(locale.formattedDataSize(backup.bytes), locale.toString(backup.bytes)));
    m_ui->shaValue->setText(backup.sha256);
    QSet<QString> databases;
    qint64 rows = 0;
    qsizetype tables = 0;
    if (const auto &journal = engine()->journal()) {
        for (const Journal::ExpectedRows &expected : journal->expectedRows) {
            databases.insert(expected.database);
            rows += expected.rows;
        }
        tables = journal->expectedRows.size();
    }
    QStringList names = databases.values();
    names.sort();
    const QString summary = tr("%1 tables, %2 rows (databases with tables: %3).")
                                .arg(locale.toString(tables))
                                .arg(locale.toString(rows), names.join(QStringLiteral(", ")));
    m_ui->verifiedValue->setText(
        backup.verified ? iconText(QStringLiteral("ok"),
                                   tr("Complete: the end-of-dump mark, every database and all COPY data are "
                                      "there.") +
                                       u' ' + summary)
                        : iconText(QStringLiteral("warning"), tr("Written, not verified.") + u' ' + summary));
    m_ui->resultGroup->show();
}

} // namespace edm::gui
