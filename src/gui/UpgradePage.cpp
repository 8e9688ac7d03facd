// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/UpgradePage.h"

#include "ui_UpgradePage.h"

#include <QIcon>
#include <QTimer>

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
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &UpgradePage::updateTimes);
    reset();
}

UpgradePage::~UpgradePage() = default;

void UpgradePage::reset()
{
    m_ui->questionLabel->setText(tr("Waiting for the stack to stop…"));
    m_ui->diffView->setDiff({});
    m_ui->diffView->setVisible(true);
    m_ui->phaseList->clear();
    m_ui->logView->clear();
    m_ticker->stop();
    m_estimate = {};
    m_ui->phaseLabel->clear();
    m_ui->elapsedLabel->clear();
    m_ui->estimateLabel->clear();
}

void UpgradePage::showEstimate(const UpgradeEstimate &estimate)
{
    m_estimate = estimate;
    if (estimate.reattached() && !stepDone()) {
        // Nothing to confirm: the change was made before the app closed; the log gets the room.
        m_ui->questionLabel->setText(tr("The upgrade was still running when the app closed: its container's log is "
                                        "followed again from the start."));
        m_ui->diffView->setVisible(false);
    }
    m_ui->phaseLabel->setText(tr("Phase: %1").arg(UpgradeEstimate::phaseName(estimate.phase())));
    if (estimate.finished() || !estimate.started().isValid())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
    updateTimes();
}

void UpgradePage::updateTimes()
{
    if (!m_estimate.started().isValid() || !engine())
        return;
    const QDateTime now = engine()->currentTime();
    m_ui->elapsedLabel->setText(tr("Elapsed: %1").arg(UpgradeEstimate::formatDuration(m_estimate.elapsedMs(now))));
    if (m_estimate.finished()) {
        m_ui->estimateLabel->clear();
        return;
    }
    const std::optional<qint64> left = m_estimate.remainingMs(now);
    m_ui->estimateLabel->setText(left ? tr("About %1 left").arg(UpgradeEstimate::formatDuration(*left))
                                      : tr("Time left: estimating…"));
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
    m_ticker->stop();
    updateTimes();
    markLastPhase(ok ? QStringLiteral("ok") : QStringLiteral("error"));
    if (ok) {
        m_ui->questionLabel->setText(tr("The data is on the new Postgres; its container was stopped again."));
        setStatus(QStringLiteral("ok"), tr("Next: switch to the plain image."));
    }
}

void UpgradePage::onRunFinished(const Error &error)
{
    m_ticker->stop();
    updateTimes();
    if (!error.isNull())
        m_ui->logView->flush();
}

} // namespace edm::gui
