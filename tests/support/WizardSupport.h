// SPDX-License-Identifier: GPL-3.0-or-later
// What the wizard tests share: named children, the button that moves on, and the message
// boxes the wizard asks with. Header only.
#pragma once

#include "TestSupport.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QString>
#include <QTest>
#include <QWidget>
#include <QWizard>

namespace edm::test {

/// The child of parent called name, of type T (nullptr when there is none).
template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

/// The button that moves on: a commit page shows the Commit button in Next's place.
inline QAbstractButton *nextButton(QWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard.button(QWizard::NextButton);
}

/// Clicks the button that moves on; false when it is hidden or disabled.
inline bool pressNext(QWizard &wizard)
{
    QAbstractButton *button = nextButton(wizard);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// The visible message box called name below parent (nullptr when none is shown).
inline QMessageBox *findBox(QWidget *parent, const char *name)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(QLatin1String(name))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

/// The box's button with that role.
inline QAbstractButton *boxButton(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

/// The box's button whose text (without its mnemonic) starts with textStart.
inline QAbstractButton *boxButton(QMessageBox *box, const QString &textStart)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&').startsWith(textStart))
            return button;
    }
    return nullptr;
}

} // namespace edm::test
