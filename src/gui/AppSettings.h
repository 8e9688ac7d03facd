// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace edm::gui {

/// The user's settings, one place for their QSettings keys. The Settings dialog writes them; the wizard reads them
/// when it builds the engine's options.
struct AppSettings
{
    /// The docker binary chosen in Settings; empty: find `docker` on PATH.
    static QString dockerBinary() { return QSettings().value(QStringLiteral("docker/binary")).toString(); }
    static void setDockerBinary(const QString &path) { QSettings().setValue(QStringLiteral("docker/binary"), path); }

    /// Where backups go; empty: the compose project's folder.
    static QString backupFolder() { return QSettings().value(QStringLiteral("backup/folder")).toString(); }
    static void setBackupFolder(const QString &dir) { QSettings().setValue(QStringLiteral("backup/folder"), dir); }

    /// museum's health URL (e.g. http://localhost:8080/ping); empty: not checked.
    static QString healthUrl() { return QSettings().value(QStringLiteral("verify/healthUrl")).toString(); }
    static void setHealthUrl(const QString &url) { QSettings().setValue(QStringLiteral("verify/healthUrl"), url); }

    /// "" (follow the system), "en", "de", "fr". Takes effect at the next start.
    static QString language() { return QSettings().value(QStringLiteral("language")).toString(); }
    static void setLanguage(const QString &language) { QSettings().setValue(QStringLiteral("language"), language); }
};

} // namespace edm::gui
