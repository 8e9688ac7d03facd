// SPDX-License-Identifier: GPL-3.0-or-later
// What the widget tests share: reading a named label and saving a screenshot for scripts/screenshots. Header only.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace edm::test {

/// The text of the QLabel called name below widget, or a marker that names the missing label.
inline QString labelText(const QWidget *widget, const char *name)
{
    const auto *label = widget->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

/// Saves widget as it looks now as EDM_SCREENSHOT_DIR/name, when that variable is set (scripts/screenshots).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EDM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout requests (labels just filled, rows just hidden) settle before the picture.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace edm::test
