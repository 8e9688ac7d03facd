// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportSavedNotice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace edm::gui {

ReportSavedNotice::ReportSavedNotice(const QString &path, const QString &openError, UrlOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("ReportSavedNotice"));
    setWindowTitle(tr("Report Saved"));
    setModal(false);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setText(tr("The report was saved to %1").arg(QDir::toNativeSeparators(m_path)));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_openFolder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_openFolder->setToolTip(tr("Show the folder that holds the report in your file manager"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);

    auto *text = new QVBoxLayout;
    text->addWidget(m_messageLabel);
    text->addWidget(m_errorLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_openFolder, &QPushButton::clicked, this, &ReportSavedNotice::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportSavedNotice::reject);
    if (!openError.isEmpty())
        showError(openError);
    // Word-wrapped labels: the height that fits the width it opens with.
    resize(520, layout->totalHeightForWidth(520));
}

QString ReportSavedNotice::message() const
{
    return m_messageLabel->text();
}

QString ReportSavedNotice::error() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString ReportSavedNotice::openFailure(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return tr("%1 could not be opened: it no longer exists.").arg(QDir::toNativeSeparators(path));
    }
    return info.isDir() ? tr("%1 could not be opened: the desktop has no file manager set up for folders, or it "
                             "could not be started.")
                              .arg(QDir::toNativeSeparators(path))
                        : tr("%1 could not be opened: the desktop has no application set up for this kind of file, "
                             "or it could not be started. Open it from your file manager instead.")
                              .arg(QDir::toNativeSeparators(path));
}

void ReportSavedNotice::openFolder()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (m_opener(QUrl::fromLocalFile(folder))) {
        m_errorLabel->hide();
        return;
    }
    const QString message = openFailure(folder);
    showError(message);
    Q_EMIT openFolderFailed(message);
}

void ReportSavedNotice::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    adjustSize();
}

} // namespace edm::gui
