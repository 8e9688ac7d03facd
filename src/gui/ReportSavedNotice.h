// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QUrl;

namespace edm::gui {

/// The small non-modal message after a report was saved: where it is, an "Open folder" button, and, when opening
/// the report or its folder with the desktop's application failed, the path and why. Nothing about it is silent.
class ReportSavedNotice : public QDialog
{
    Q_OBJECT

public:
    /// How a file or folder is opened (QDesktopServices::openUrl by default); false when the desktop could not.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    /// path: the saved report; openError: why opening it after saving failed (empty: it opened or was not asked).
    ReportSavedNotice(const QString &path, const QString &openError, UrlOpener opener, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    /// The text shown: where the report was saved.
    QString message() const;
    /// The failure shown (opening the report or its folder); empty when there is none.
    QString error() const;
    QPushButton *openFolderButton() const { return m_openFolder; }

    /// "PATH could not be opened: …", for a file or folder the desktop did not open.
    static QString openFailure(const QString &path);

Q_SIGNALS:
    void openFolderFailed(const QString &message);

private:
    void openFolder();
    void showError(const QString &message);

    const QString m_path;
    const UrlOpener m_opener;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace edm::gui
