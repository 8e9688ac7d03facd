// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/migration/MigrationReport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace edm {

/// Renders a MigrationReport as self-contained HTML, Markdown, JSON or PDF and writes it atomically, mode 0600.
/// Every known secret is masked in the finished text. Lives in the edm_report library (Qt Gui, for the PDF).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(edm::ReportWriter)
    EDM_TEXT_FUNCTIONS(edm::ReportWriter)

public:
    enum class Format
    {
        Html,
        Markdown,
        Json,
        Pdf
    };

    static std::optional<Format> formatFromName(const QString &name); ///< html, md/markdown, json, pdf
    static std::optional<Format> formatFromPath(const QString &path);
    static QString extension(Format format);
    /// ente-db-migration-YYYYMMDD-HHMM.<ext>, in local time.
    static QString defaultFileName(Format format, const QDateTime &when = QDateTime::currentDateTime());

    static QByteArray toHtml(const MigrationReport &report);
    static QByteArray toMarkdown(const MigrationReport &report);
    static QByteArray toJson(const MigrationReport &report);
    /// Needs a QGuiApplication (fonts); the CLI creates one with the offscreen platform for this.
    static QByteArray toPdf(const MigrationReport &report);

    /// Writes the report, stamped "created" now (the time the file is made).
    static Status write(const MigrationReport &report, Format format, const QString &path);
};

} // namespace edm
