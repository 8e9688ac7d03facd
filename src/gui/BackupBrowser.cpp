// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/BackupBrowser.h"

#include "core/postgres/InspectionJob.h"
#include "gui/AppSettings.h"
#include "gui/RestoreDialog.h"

#include "ui_BackupBrowser.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace edm::gui {

namespace {

QPixmap iconPixmap(const QWidget *widget, const QString &name, int size)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(QSize(size, size), widget->devicePixelRatioF());
}

QString passwordText(PasswordKind password)
{
    switch (password) {
    case PasswordKind::None:
        return BackupBrowser::tr("none");
    case PasswordKind::Md5:
        return BackupBrowser::tr("md5");
    case PasswordKind::Scram:
        return BackupBrowser::tr("SCRAM-SHA-256");
    case PasswordKind::Plain:
        return BackupBrowser::tr("clear text");
    case PasswordKind::Unknown:
        return BackupBrowser::tr("unknown");
    }
    return {};
}

QString formatText(const DumpSummary &summary)
{
    switch (summary.format) {
    case DumpSummary::Format::PgDumpall:
        return BackupBrowser::tr("pg_dumpall (all databases and roles of a server)");
    case DumpSummary::Format::PgDump:
        return BackupBrowser::tr("pg_dump (one database)");
    case DumpSummary::Format::PgDumpCustom:
        return BackupBrowser::tr("pg_dump custom-format archive (restore it with pg_restore)");
    case DumpSummary::Format::Empty:
        return BackupBrowser::tr("empty file");
    case DumpSummary::Format::Unknown:
        return BackupBrowser::tr("not a PostgreSQL dump");
    }
    return {};
}

QString yesNo(bool value)
{
    return value ? BackupBrowser::tr("yes") : BackupBrowser::tr("no");
}

} // namespace

BackupBrowser::BackupBrowser(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupBrowser>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/backup.svg")));
    m_ui->openButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    // The file field shows the path (selectable, copyable) but is no place to type: no frame, the window's
    // background, and Open… beside it is the way to choose another file.
    m_ui->fileEdit->setReadOnly(true);
    m_ui->fileEdit->setFrame(false);
    QPalette filePalette = m_ui->fileEdit->palette();
    filePalette.setBrush(QPalette::Base, filePalette.brush(QPalette::Window));
    m_ui->fileEdit->setPalette(filePalette);
    m_ui->fileEdit->setToolTip(tr("The dump being shown; Open… chooses another"));
    m_restoreButton = m_ui->buttonBox->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setIcon(QIcon(QStringLiteral(":/icons/restore.svg")));
    m_restoreButton->setAccessibleName(tr("Restore this backup"));
    m_restoreButton->setToolTip(tr("Restore this backup into the Postgres service of a compose project"));
    m_restoreButton->setEnabled(false);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close the backup browser"));
    close->setToolTip(tr("Close the backup browser"));

    for (QTreeWidget *tree : {m_ui->databaseTree, m_ui->roleTree}) {
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    for (int column = 1; column <= 3; ++column)
        m_ui->databaseTree->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);

    connect(m_ui->openButton, &QPushButton::clicked, this, &BackupBrowser::browse);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        stopInspection();
        m_ui->progressWidget->hide();
        showVerdict(
            QStringLiteral("warning"),
            tr("Reading %1 was stopped. Open it again to see what it holds.").arg(QDir::toNativeSeparators(m_path)));
        Q_EMIT inspected();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupBrowser::restore);

    clear();
    showVerdict(QStringLiteral("warning"), tr("Open a backup to see what it holds."));
    resize(820, 660);
}

BackupBrowser::~BackupBrowser() = default;

bool BackupBrowser::isInspecting() const
{
    return m_job && m_job->isRunning();
}

bool BackupBrowser::isBackupFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".json")))
        return backupForPath(path) != path;
    return name.endsWith(QLatin1String(".sql")) || name.endsWith(QLatin1String(".sql.gz")) ||
        name.endsWith(QLatin1String(".dump"));
}

QString BackupBrowser::backupForPath(const QString &path)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return path;
    const QString backup = path.chopped(5);
    if (QFileInfo(backup).isFile())
        return backup;
    // A sidecar whose backup was renamed: it names its file (without a folder; the pair moves together).
    const Expected<BackupSidecar> sidecar = BackupSidecar::read(path);
    if (sidecar && !sidecar->file.isEmpty()) {
        const QString named = QFileInfo(path).dir().filePath(QFileInfo(sidecar->file).fileName());
        if (QFileInfo(named).isFile())
            return named;
    }
    return path;
}

void BackupBrowser::openFile(const QString &path)
{
    m_path = QFileInfo(backupForPath(path)).absoluteFilePath();
    clear();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(m_path));
    m_ui->fileEdit->setCursorPosition(0);
    setWindowTitle(tr("%1 – Backup Browser").arg(QFileInfo(m_path).fileName()));

    const QString sidecarPath = BackupSidecar::pathFor(m_path);
    if (QFileInfo::exists(sidecarPath)) {
        Expected<BackupSidecar> sidecar = BackupSidecar::read(sidecarPath);
        if (sidecar)
            m_sidecar = std::move(*sidecar);
        else
            m_sidecarError = sidecar.error().message;
    }

    m_ui->progressBar->setRange(0, 0);
    m_ui->progressWidget->show();
    showVerdict(QStringLiteral("warning"), tr("Reading %1…").arg(QDir::toNativeSeparators(m_path)));
    stopInspection();
    m_job = new InspectionJob(m_path, true, this);
    m_job->setAutoDelete(true);
    connect(m_job, &Job::progress, this, &BackupBrowser::onProgress);
    connect(m_job, &Job::finished, this, &BackupBrowser::onFinished);
    m_job->start();
}

void BackupBrowser::stopInspection()
{
    if (!m_job)
        return;
    // Its late end (auto-deleted) is not shown: the browser has moved on.
    m_job->disconnect(this);
    m_job->cancel();
    m_job = nullptr;
}

void BackupBrowser::clear()
{
    m_summary.reset();
    m_sidecar.reset();
    m_sidecarError.clear();
    m_sha256.clear();
    m_hashCheck = HashCheck::Pending;
    m_restoreButton->setEnabled(false);
    m_ui->progressWidget->hide();
    for (QLabel *label :
         {m_ui->formatLabel, m_ui->sizeLabel, m_ui->serverLabel, m_ui->toolLabel, m_ui->shaLabel, m_ui->sidecarLabel}) {
        label->setText(tr("–"));
    }
    m_ui->shaIcon->clear();
    m_ui->shaLabel->setToolTip(QString());
    m_ui->sidecarLabel->setToolTip(QString());
    m_ui->databaseTree->clear();
    m_ui->roleTree->clear();
    m_ui->problemList->clear();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->databasesTab), tr("&Databases"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->rolesTab), tr("Ro&les"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab), tr("&Problems"));
}

void BackupBrowser::browse()
{
    QString start = m_path.isEmpty() ? AppSettings::backupFolder() : QFileInfo(m_path).absolutePath();
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Backup"), start,
        tr("PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void BackupBrowser::onProgress(qint64 done, qint64 total, const QString &)
{
    if (total <= 0) {
        m_ui->progressBar->setRange(0, 0);
        return;
    }
    m_progressShift = 0;
    while ((total >> m_progressShift) > std::numeric_limits<int>::max())
        ++m_progressShift;
    m_ui->progressBar->setRange(0, int(total >> m_progressShift));
    m_ui->progressBar->setValue(int(qMin(done, total) >> m_progressShift));
    m_ui->progressBar->setFormat(
        tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void BackupBrowser::onFinished()
{
    m_ui->progressWidget->hide();
    const std::optional<Expected<DumpSummary>> &result = m_job->result();
    if (!result || !*result) {
        const Error error = result ? result->error() : Error();
        if (error.code == QLatin1String("cancelled")) {
            showVerdict(QStringLiteral("warning"),
                        tr("Reading %1 was stopped. Open it again to see what it holds.")
                            .arg(QDir::toNativeSeparators(m_path)));
        } else {
            showVerdict(QStringLiteral("error"), error.message);
        }
        Q_EMIT inspected();
        return;
    }
    m_sha256 = m_job->sha256();
    if (m_sidecar)
        m_hashCheck =
            m_sidecar->sha256.compare(m_sha256, Qt::CaseInsensitive) == 0 ? HashCheck::Match : HashCheck::Mismatch;
    else
        m_hashCheck = m_sidecarError.isEmpty() ? HashCheck::NoSidecar : HashCheck::SidecarUnreadable;
    m_summary = **result;
    showSummary(*m_summary);
    showHashCheck();
    if (m_hashCheck == HashCheck::Mismatch) {
        showVerdict(QStringLiteral("error"),
                    m_ui->verdictLabel->text() + u' ' +
                        tr("<b>But its SHA-256 does not match the sidecar:</b> the file changed after the backup was "
                           "made."));
    }
    Q_EMIT inspected();
}

void BackupBrowser::showVerdict(const QString &icon, const QString &text)
{
    m_ui->verdictIcon->setPixmap(iconPixmap(this, icon, 24));
    m_ui->verdictLabel->setText(text);
}

void BackupBrowser::showSummary(const DumpSummary &summary)
{
    const QLocale locale;
    m_ui->formatLabel->setText(formatText(summary));
    QString size = locale.formattedDataSize(summary.inputBytes);
    if (summary.compressed)
        size = tr("%1, gzip-compressed; %2 of SQL").arg(size, locale.formattedDataSize(summary.textBytes));
    if (summary.lines > 0)
        size = tr("%1; %2 lines").arg(size, locale.toString(summary.lines));
    m_ui->sizeLabel->setText(size);
    m_ui->serverLabel->setText(summary.sourceVersionText.isEmpty()
                                   ? tr("not stated in the file")
                                   : tr("PostgreSQL %1").arg(summary.sourceVersionText));
    m_ui->toolLabel->setText(summary.dumpToolVersionText.isEmpty() ? tr("not stated in the file")
                                                                   : tr("pg_dump %1").arg(summary.dumpToolVersionText));

    // Databases and their tables.
    qint64 tables = 0;
    for (const DumpDatabase &db : summary.databases) {
        auto *item = new QTreeWidgetItem(m_ui->databaseTree);
        item->setText(0, db.name.isNull() ? tr("(the dumped database)") : db.name);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/database.svg")));
        item->setText(1, locale.toString(db.rows()));
        item->setText(2, locale.toString(db.tables.size()));
        QString bytes = locale.formattedDataSize(db.bytes);
        if (m_sidecar) {
            for (const BackupSidecar::Database &known : m_sidecar->databases) {
                if (known.name == db.name && known.sizeBytes > 0) {
                    item->setToolTip(
                        3, tr("%1 on the server when it was backed up").arg(locale.formattedDataSize(known.sizeBytes)));
                }
            }
        }
        item->setText(3, bytes);
        bool cut = !db.endMark && summary.format == DumpSummary::Format::PgDumpall;
        for (const DumpTable &table : db.tables) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, table.qualifiedName());
            child->setIcon(0, QIcon(QStringLiteral(":/icons/table.svg")));
            child->setText(1, locale.toString(table.rows));
            if (!table.complete) {
                cut = true;
                child->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
                child->setText(2, tr("cut off"));
                child->setToolTip(0,
                                  tr("The file ends inside this table's data: rows after %1 are missing.")
                                      .arg(locale.toString(table.rows)));
            }
            for (int column = 1; column <= 2; ++column)
                child->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            ++tables;
        }
        if (cut) {
            item->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
            item->setToolTip(0, tr("This database's part of the dump is not complete."));
        }
        for (int column = 1; column <= 3; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Open the databases that hold tables, unless there are so many that the list would get long.
    if (tables <= 60) {
        for (int i = 0; i < m_ui->databaseTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->databaseTree->topLevelItem(i);
            item->setExpanded(item->childCount() > 0);
        }
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->databasesTab),
                           tr("&Databases (%1)").arg(locale.toString(summary.databases.size())));

    // Roles.
    for (const DumpRole &role : summary.roles) {
        auto *item = new QTreeWidgetItem(m_ui->roleTree);
        item->setText(0, role.name);
        item->setText(1, passwordText(role.password));
        item->setText(2, yesNo(role.superuser));
        item->setText(3, yesNo(role.login));
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->rolesTab),
                           tr("Ro&les (%1)").arg(locale.toString(summary.roles.size())));

    // Problems.
    for (const DumpProblem &problem : summary.problems) {
        QString text = problem.message;
        if (problem.line > 0)
            text = tr("Line %1: %2").arg(locale.toString(problem.line), problem.message);
        auto *item = new QListWidgetItem(text, m_ui->problemList);
        item->setIcon(QIcon(QStringLiteral(":/icons/%1.svg")
                                .arg(summary.verdict() == DumpSummary::Verdict::Complete ? QStringLiteral("warning")
                                                                                         : QStringLiteral("error"))));
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab),
                           tr("&Problems (%1)").arg(locale.toString(summary.problems.size())));

    // The verdict.
    const QString counts =
        tr("databases: %1, tables: %2, rows: %3")
            .arg(locale.toString(summary.databases.size()), locale.toString(tables), locale.toString(summary.rows()));
    const QString first = summary.problems.isEmpty() ? QString() : summary.problems.first().message;
    switch (summary.verdict()) {
    case DumpSummary::Verdict::Complete:
        showVerdict(QStringLiteral("ok"),
                    tr("<b>Complete.</b> The dump ends with its end mark and nothing is cut "
                       "off: %1.")
                        .arg(counts.toHtmlEscaped()));
        break;
    case DumpSummary::Verdict::Incomplete:
        if (summary.complete) {
            showVerdict(QStringLiteral("warning"),
                        tr("<b>Complete, but suspect.</b> %1 (%2). See Problems.")
                            .arg(first.toHtmlEscaped(), counts.toHtmlEscaped()));
        } else {
            showVerdict(QStringLiteral("error"),
                        tr("<b>Incomplete.</b> %1 Do not rely on this backup; see Problems for everything found.")
                            .arg(first.toHtmlEscaped()));
        }
        break;
    case DumpSummary::Verdict::Unreadable:
        showVerdict(
            QStringLiteral("error"),
            tr("<b>Not a plain SQL dump.</b> %1")
                .arg((first.isEmpty() ? tr("This file cannot be read as a PostgreSQL dump.") : first).toHtmlEscaped()));
        break;
    }
    if (summary.verdict() != DumpSummary::Verdict::Complete)
        m_ui->tabs->setCurrentWidget(m_ui->problemsTab);
    else
        m_ui->tabs->setCurrentWidget(m_ui->databasesTab);

    // Restore takes plain SQL.
    const bool plainSql =
        summary.format == DumpSummary::Format::PgDumpall || summary.format == DumpSummary::Format::PgDump;
    m_restoreButton->setEnabled(plainSql && !summary.compressed);
    if (!plainSql)
        m_restoreButton->setToolTip(tr("Only a plain SQL dump made by pg_dumpall or pg_dump can be restored here"));
    else if (summary.compressed)
        m_restoreButton->setToolTip(tr("Decompress the file first (gunzip), then open and restore the .sql"));
    else
        m_restoreButton->setToolTip(tr("Restore this backup into the Postgres service of a compose project"));
}

void BackupBrowser::showHashCheck()
{
    const QLocale locale;
    switch (m_hashCheck) {
    case HashCheck::Pending:
        m_ui->shaIcon->clear();
        m_ui->shaLabel->setText(tr("–"));
        break;
    case HashCheck::NoSidecar:
        m_ui->shaIcon->setPixmap(iconPixmap(this, QStringLiteral("warning"), 16));
        m_ui->shaLabel->setText(tr("%1 (no sidecar to check it against)").arg(m_sha256));
        m_ui->shaLabel->setToolTip(tr("There is no %1 next to the backup: nothing records what its hash should be.")
                                       .arg(QFileInfo(BackupSidecar::pathFor(m_path)).fileName()));
        break;
    case HashCheck::SidecarUnreadable:
        m_ui->shaIcon->setPixmap(iconPixmap(this, QStringLiteral("warning"), 16));
        m_ui->shaLabel->setText(tr("%1 (the sidecar cannot be read)").arg(m_sha256));
        m_ui->shaLabel->setToolTip(m_sidecarError);
        break;
    case HashCheck::Match:
        m_ui->shaIcon->setPixmap(iconPixmap(this, QStringLiteral("ok"), 16));
        m_ui->shaLabel->setText(tr("%1 – matches the sidecar").arg(m_sha256));
        break;
    case HashCheck::Mismatch:
        m_ui->shaIcon->setPixmap(iconPixmap(this, QStringLiteral("error"), 16));
        m_ui->shaLabel->setText(tr("%1 – does NOT match the sidecar").arg(m_sha256));
        m_ui->shaLabel->setToolTip(tr("The sidecar records %1: the file changed after the backup was made, or the "
                                      "sidecar belongs to another file.")
                                       .arg(m_sidecar->sha256.isEmpty() ? tr("no hash") : m_sidecar->sha256));
        break;
    }
    if (m_sidecar) {
        QStringList made;
        made.append(tr("%1 %2").arg(m_sidecar->appName, m_sidecar->appVersion).trimmed());
        if (m_sidecar->finished.isValid())
            made.append(locale.toString(m_sidecar->finished.toLocalTime(), QLocale::ShortFormat));
        if (!m_sidecar->service.isEmpty()) {
            made.append(tr("service %1").arg(m_sidecar->service));
            m_ui->sidecarLabel->setToolTip(
                tr("The service %1 of %2").arg(m_sidecar->service, QDir::toNativeSeparators(m_sidecar->composeFile)));
        }
        if (m_sidecar->bytes > 0 && m_summary && m_sidecar->bytes != m_summary->inputBytes)
            made.append(tr("recorded size %1, the file has %2")
                            .arg(locale.toString(m_sidecar->bytes), locale.toString(m_summary->inputBytes)));
        made.removeAll(QString());
        m_ui->sidecarLabel->setText(made.join(QStringLiteral(", ")));
    } else {
        m_ui->sidecarLabel->setText(m_sidecarError.isEmpty() ? tr("unknown (no sidecar)")
                                                             : tr("unknown (the sidecar cannot be read)"));
        m_ui->sidecarLabel->setToolTip(m_sidecarError);
    }
}

void BackupBrowser::restore()
{
    if (!m_summary)
        return;
    QString project = m_defaultProject;
    if (m_sidecar && !m_sidecar->composeFile.isEmpty() && QFileInfo::exists(m_sidecar->composeFile))
        project = m_sidecar->composeFile;
    auto *dialog = new RestoreDialog(m_path, *m_summary, project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sidecar && !m_sidecar->service.isEmpty())
        dialog->setService(m_sidecar->service);
    dialog->open();
}

void BackupBrowser::closeEvent(QCloseEvent *event)
{
    stopInspection();
    QDialog::closeEvent(event);
}

} // namespace edm::gui
