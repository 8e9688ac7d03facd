// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FinishPage.h"

#include "ui_FinishPage.h"

namespace edm::gui {

FinishPage::FinishPage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Finish}, parent)
    , m_ui(std::make_unique<Ui::FinishPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Switch to the new image"));
    setSubTitle(tr("The compose file gets the plain Postgres image it keeps from now on, and the whole stack starts "
                   "again."));
    setYesText(tr("&Apply and Start"));
    m_ui->diffView->setAccessibleName(tr("Change to the compose file for the final image"));
    m_ui->diffView->setPlaceholder(tr("The change to the compose file appears here."));
    m_ui->logView->setAccessibleName(tr("Output of starting the stack"));
    m_ui->logView->setMaximumLines(5000);
    reset();
}

FinishPage::~FinishPage() = default;

void FinishPage::reset()
{
    m_ui->questionLabel->setText(tr("Waiting for the upgrade…"));
    m_ui->diffView->setDiff({});
    m_ui->logView->clear();
}

void FinishPage::showConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    showChange(m_ui->questionLabel, m_ui->diffView, confirmation);
    setStatus({}, {});
}

void FinishPage::beforeYes()
{
    m_ui->questionLabel->setText(tr("Starting the stack on the new image…"));
}

void FinishPage::handleLog(MigrationEngine::Step, const QString &line)
{
    m_ui->logView->appendLine(line);
}

void FinishPage::onStepFinished(MigrationEngine::Step, bool ok)
{
    if (ok) {
        m_ui->questionLabel->setText(tr("The stack runs on the new image."));
        setStatus(QStringLiteral("ok"), tr("Next: the checks of the new server (they already run)."));
    }
}

} // namespace edm::gui
