// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/UpgradePage.h"

#include "ui_UpgradePage.h"

#include <QIcon>

namespace edm::gui {

UpgradePage::UpgradePage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Upgrade}, parent)
    , m_ui(std::make_unique<Ui::UpgradePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Upgrade the data"));
    setSubTitle(tr("pgautoupgrade converts the data to the new Postgres in place. The log is followed until the "
                   "upgrade is truly complete."));
    setYesText(tr("&Apply and Upgrade"));
    m_ui->diffView->setAccessibleName(tr("Change to the compose file for the upgrade"));
    m_ui->diffView->setPlaceholder(tr("The change to the compose file appears here."));
    m_ui->phaseList->setAccessibleName(tr("Upgrade phases"));
    m_ui->logView->setAccessibleName(tr("Container log"));
    reset();
}

UpgradePage::~UpgradePage() = default;

void UpgradePage::reset()
{
    m_ui->questionLabel->setText(tr("Waiting for the stack to stop…"));
    m_ui->diffView->setDiff({});
    m_ui->phaseList->clear();
    m_ui->logView->clear();
}

void UpgradePage::showConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    showChange(m_ui->questionLabel, m_ui->diffView, confirmation);
    setStatus({}, {});
}

void UpgradePage::beforeYes()
{
    m_ui->questionLabel->setText(tr("Upgrading: the compose file names pgautoupgrade's image now, and its container "
                                    "runs."));
}

void UpgradePage::handleLog(MigrationEngine::Step, const QString &line)
{
    m_ui->logView->appendLine(line);
}

void UpgradePage::markLastPhase(const QString &icon)
{
    if (m_ui->phaseList->count() == 0)
        return;
    QListWidgetItem *last = m_ui->phaseList->item(m_ui->phaseList->count() - 1);
    last->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    QFont font = last->font();
    font.setBold(false);
    last->setFont(font);
}

void UpgradePage::handleMilestone(MigrationEngine::Step, const QString &text)
{
    // The phase before this one is over; this one runs until the next (or the end of the step).
    markLastPhase(QStringLiteral("ok"));
    auto *item = new QListWidgetItem(text, m_ui->phaseList);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    m_ui->phaseList->scrollToItem(item);
}

void UpgradePage::onStepFinished(MigrationEngine::Step, bool ok)
{
    markLastPhase(ok ? QStringLiteral("ok") : QStringLiteral("error"));
    if (ok) {
        m_ui->questionLabel->setText(tr("The data is on the new Postgres; its container was stopped again."));
        setStatus(QStringLiteral("ok"), tr("Next: switch to the plain image."));
    }
}

void UpgradePage::onRunFinished(const Error &error)
{
    if (!error.isNull())
        m_ui->logView->flush();
}

} // namespace edm::gui
