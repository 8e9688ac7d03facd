// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/StopPage.h"

#include "ui_StopPage.h"

namespace edm::gui {

StopPage::StopPage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Stop}, parent)
    , m_ui(std::make_unique<Ui::StopPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Stop the stack"));
    setSubTitle(tr("Postgres must not run while its data is converted. Ente is offline from here until the new "
                   "server runs."));
    setYesText(tr("S&top the Stack"));
    m_ui->logView->setAccessibleName(tr("Output of the stop command"));
    m_ui->logView->setMaximumLines(5000);
    connect(m_ui->downRadio, &QRadioButton::toggled, this, &StopPage::updateQuestion);
    reset();
}

StopPage::~StopPage() = default;

void StopPage::reset()
{
    m_ui->choiceGroup->setEnabled(false);
    m_ui->questionLabel->setText(tr("Waiting for the backup…"));
    m_ui->logView->clear();
}

void StopPage::showConfirmation(const MigrationEngine::Confirmation &)
{
    if (engine())
        (engine()->options().stopWholeStack ? m_ui->downRadio : m_ui->stopRadio)->setChecked(true);
    m_ui->choiceGroup->setEnabled(true);
    updateQuestion();
    setStatus({}, {});
}

void StopPage::updateQuestion()
{
    if (!isAsking() || !engine())
        return;
    const QString tool = engine()->composeToolName();
    m_ui->questionLabel->setText(
        m_ui->downRadio->isChecked()
            ? tr("\"%1 down\" stops every container of the project and removes them; volumes and data stay. Press %2 "
                 "to go ahead.")
                  .arg(tool, QString(tr("S&top the Stack")).remove(u'&'))
            : tr("\"%1 stop\" stops every service of the project, \"%2\" included; the containers are kept. Press %3 "
                 "to go ahead.")
                  .arg(tool, engine()->options().service, QString(tr("S&top the Stack")).remove(u'&')));
}

void StopPage::beforeYes()
{
    if (engine())
        engine()->setStopWholeStack(m_ui->downRadio->isChecked());
    m_ui->choiceGroup->setEnabled(false);
    m_ui->questionLabel->setText(tr("Stopping the stack…"));
}

void StopPage::handleLog(MigrationEngine::Step, const QString &line)
{
    m_ui->logView->appendLine(line);
}

void StopPage::onStepFinished(MigrationEngine::Step, bool ok)
{
    if (ok) {
        m_ui->questionLabel->setText(tr("The stack is stopped."));
        setStatus(QStringLiteral("ok"), tr("Next: the upgrade."));
    }
}

} // namespace edm::gui
