// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportExport.h"

#include "gui/AppSettings.h"

#include "ui_ReportExport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLayout>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace edm::gui {

namespace {

QString formatKey()
{
    return QStringLiteral("report/format");
}

} // namespace

ReportExport::ReportExport(const MigrationReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportExport>())
    , m_report(report)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_ui->formatCombo->addItem(tr("HTML (self-contained web page)"), int(ReportWriter::Format::Html));
    m_ui->formatCombo->addItem(tr("Markdown"), int(ReportWriter::Format::Markdown));
    m_ui->formatCombo->addItem(tr("JSON (for scripts)"), int(ReportWriter::Format::Json));
    m_ui->formatCombo->addItem(tr("PDF"), int(ReportWriter::Format::Pdf));
    m_ui->browseButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->errorLabel->hide();
    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    saveButton->setAccessibleName(tr("Save the report"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    const std::optional<ReportWriter::Format> remembered =
        ReportWriter::formatFromName(QSettings().value(formatKey()).toString());
    const ReportWriter::Format initial = remembered.value_or(ReportWriter::Format::Html);
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(initial)));
    m_ui->pathEdit->setText(
        QDir::toNativeSeparators(QDir(defaultFolder()).filePath(ReportWriter::defaultFileName(initial))));

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ReportExport::formatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ReportExport::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportExport::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportExport::reject);
    // Word-wrapped labels: the height that fits the width the dialog opens with.
    resize(620, layout()->totalHeightForWidth(620));
}

ReportExport::~ReportExport() = default;

QString ReportExport::defaultFolder()
{
    const QString folder = AppSettings::backupFolder();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QDir::homePath();
}

ReportWriter::Format ReportExport::format() const
{
    return ReportWriter::Format(m_ui->formatCombo->currentData().toInt());
}

void ReportExport::setFormat(ReportWriter::Format format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

QString ReportExport::path() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

void ReportExport::setPath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

bool ReportExport::openAfterSaving() const
{
    return m_ui->openCheck->isChecked();
}

void ReportExport::setOpenAfterSaving(bool open)
{
    m_ui->openCheck->setChecked(open);
}

void ReportExport::formatChanged()
{
    // The file name follows the format: report.html → report.pdf.
    const QString current = path();
    const QString extension = ReportWriter::extension(format());
    if (current.isEmpty()) {
        setPath(QDir(defaultFolder()).filePath(ReportWriter::defaultFileName(format())));
        return;
    }
    const QFileInfo info(current);
    QString base = info.fileName();
    if (ReportWriter::formatFromPath(current)) {
        const int dot = base.lastIndexOf(u'.');
        base.truncate(dot);
    }
    setPath(info.dir().filePath(base + u'.' + extension));
}

void ReportExport::browse()
{
    const QString filter = [this] {
        switch (format()) {
        case ReportWriter::Format::Html:
            return tr("HTML files (*.html)");
        case ReportWriter::Format::Markdown:
            return tr("Markdown files (*.md)");
        case ReportWriter::Format::Json:
            return tr("JSON files (*.json)");
        case ReportWriter::Format::Pdf:
            return tr("PDF files (*.pdf)");
        }
        return QString();
    }();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the Report"), path(), filter);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    if (const std::optional<ReportWriter::Format> format = ReportWriter::formatFromPath(chosen))
        setFormat(*format);
}

Status ReportExport::save()
{
    const QString target = path();
    if (target.isEmpty()) {
        const Error error(QStringLiteral("usage"), tr("Choose a file to save the report to."));
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
        return error;
    }
    const Status status = ReportWriter::write(m_report, format(), QFileInfo(target).absoluteFilePath());
    if (!status) {
        m_ui->errorLabel->setText(status.error().message);
        m_ui->errorLabel->show();
        return status;
    }
    m_ui->errorLabel->hide();
    QSettings().setValue(formatKey(), ReportWriter::extension(format()));
    Q_EMIT saved(target);
    return status;
}

void ReportExport::setUrlOpener(ReportSavedNotice::UrlOpener opener)
{
    m_opener = std::move(opener);
}

QString ReportExport::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ReportExport::accept()
{
    if (!save())
        return;
    const QString target = QFileInfo(path()).absoluteFilePath();
    QString openError;
    if (openAfterSaving() && !m_opener(QUrl::fromLocalFile(target))) {
        openError = ReportSavedNotice::openFailure(target);
        Q_EMIT openFailed(target, openError);
    }
    // Beside the main window, not inside this dialog: it stays after the dialog has closed.
    // One notice at a time: the one about an earlier export goes.
    if (m_notice)
        m_notice->close();
    if (QWidget *owner = parentWidget()) {
        for (ReportSavedNotice *earlier : owner->findChildren<ReportSavedNotice *>(Qt::FindDirectChildrenOnly))
            earlier->close();
    }
    m_notice = new ReportSavedNotice(target, openError, m_opener, parentWidget());
    m_notice->setAttribute(Qt::WA_DeleteOnClose);
    m_notice->show();
    QDialog::accept();
}

} // namespace edm::gui
