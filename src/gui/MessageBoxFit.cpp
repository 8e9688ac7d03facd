// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MessageBoxFit.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QSpacerItem>

namespace edm::gui {

namespace {

/// Room a title bar takes besides the title: the window's icon and its close, minimise and maximise buttons.
constexpr int TitleBarButtons = 140;

} // namespace

int MessageBoxFit::titleWidth(const QMessageBox *box)
{
    QFont font = box->font();
    font.setBold(true);
    const int wanted = QFontMetrics(font).horizontalAdvance(box->windowTitle()) + TitleBarButtons;
    const QScreen *screen = box->screen() ? box->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    return qMin(wanted, screen->availableGeometry().width() * 9 / 10);
}

void MessageBoxFit::fit(QMessageBox *box)
{
    const int width = titleWidth(box);
    // QMessageBox fixes its size when shown from its layout's minimum: a spacer across the layout's full width is the
    // one minimum it keeps (setMinimumWidth on the box is overridden).
    auto *grid = qobject_cast<QGridLayout *>(box->layout());
    if (!grid) {
        box->setMinimumWidth(width);
        return;
    }
    grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                  grid->columnCount());
}

} // namespace edm::gui
