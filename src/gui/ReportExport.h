// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/migration/MigrationReport.h"
#include "core/report/ReportWriter.h"
#include "gui/ReportSavedNotice.h"

#include <QDialog>

#include <QPointer>

#include <memory>

namespace Ui {
class ReportExport;
}

namespace edm::gui {

/// Export Report… (menu and Summary page): the format (HTML, Markdown, JSON, PDF) and the file (by default
/// ReportWriter::defaultFileName in the backup folder of the settings, else the home folder), written by ReportWriter
/// (atomically, mode 0600), then opened with the desktop's application when asked. After saving, a non-modal
/// ReportSavedNotice says where the report is (with "Open folder") and whether it could be opened; a failure to
/// write stays in the dialog with the path and the reason.
class ReportExport : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExport(const MigrationReport &report, QWidget *parent = nullptr);
    ~ReportExport() override;

    ReportWriter::Format format() const;
    void setFormat(ReportWriter::Format format);
    QString path() const;
    void setPath(const QString &path);
    bool openAfterSaving() const;
    void setOpenAfterSaving(bool open);

    /// Writes the report to path() in format(); the error is also shown in the dialog.
    Status save();
    /// How the report and its folder are opened; QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(ReportSavedNotice::UrlOpener opener);
    /// The message shown after the last save (null before, or once it was closed).
    ReportSavedNotice *notice() const { return m_notice; }
    /// The error shown in the dialog (empty when none).
    QString errorText() const;
    /// The folder a report goes to by default: the backup folder of the settings, else the home folder.
    static QString defaultFolder();

Q_SIGNALS:
    void saved(const QString &path);
    /// "Open the report after saving" was on and the desktop could not open it; message names the path and why.
    void openFailed(const QString &path, const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void formatChanged();

    const std::unique_ptr<Ui::ReportExport> m_ui;
    const MigrationReport m_report;
    ReportSavedNotice::UrlOpener m_opener;
    QPointer<ReportSavedNotice> m_notice;
};

} // namespace edm::gui
