// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SummaryPage.h"

#include "gui/EnginePage.h"

#include "ui_SummaryPage.h"

#include <QDir>
#include <QLocale>
#include <QToolButton>

namespace edm::gui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Summary"));
    setSubTitle(tr("What was done, and what to keep in mind from now on."));
    m_ui->runLog->setAccessibleName(tr("Log of the run"));
    m_ui->runLog->setMaximumLines(20000);
    connect(m_ui->logToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->runLog->setVisible(shown);
        m_ui->logToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SummaryPage::exportReportRequested);
    connect(m_ui->openBackupButton, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->report().backup)
            Q_EMIT openBackupRequested(m_engine->report().backup->path);
    });
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &SummaryPage::rollbackRequested);
    m_ui->rollbackGroup->hide();
    m_ui->rollbackButton->hide();
    m_ui->statusLabel->hide();
    m_ui->failureBox->hide();
    QFont bold = m_ui->failureWhatLabel->font();
    bold.setBold(true);
    m_ui->failureWhatLabel->setFont(bold);
    m_ui->logToggle->hide();
    m_ui->runLog->hide();
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::setEngine(MigrationEngine *engine)
{
    m_engine = engine;
    m_error = {};
    m_ui->rollbackGroup->hide();
    m_ui->rollbackButton->hide();
    m_ui->statusLabel->clear();
    m_ui->statusLabel->hide();
    m_ui->runLog->clear();
    m_ui->logToggle->setChecked(false);
    m_rollingBack = false;
    setFailure(std::nullopt);
    refresh({});
}

void SummaryPage::setFailure(const std::optional<FailureSummary> &failure)
{
    const bool fresh = !m_failure && failure;
    m_failure = failure;
    m_ui->failureBox->setVisible(failure.has_value());
    m_ui->logToggle->setVisible(failure.has_value() || !m_ui->rollbackGroup->isHidden());
    if (fresh || !failure)
        m_ui->logToggle->setChecked(false); // collapsed: the three lines first
    if (!failure) {
        m_ui->failureWhatLabel->clear();
        m_ui->failureStateLabel->clear();
        m_ui->failureNextLabel->clear();
        return;
    }
    m_ui->failureWhatLabel->setText(EnginePage::iconText(QStringLiteral("error"), failure->what));
    m_ui->failureStateLabel->setText(failure->state);
    m_ui->failureNextLabel->setText(
        QStringLiteral("<b>%1</b> %2").arg(tr("Next:").toHtmlEscaped(), failure->next.toHtmlEscaped()));
    if (failure->action == FailureSummary::Next::RollBack)
        m_ui->rollbackButton->show();
    refresh(m_error);
}

bool SummaryPage::makeNextStepDefault()
{
    if (!m_failure || m_failure->action != FailureSummary::Next::RollBack || m_ui->rollbackButton->isHidden() ||
        !m_ui->rollbackButton->isEnabled()) {
        return false;
    }
    m_ui->rollbackButton->setDefault(true);
    if (isVisible())
        m_ui->rollbackButton->setFocus();
    return true;
}

void SummaryPage::runLog(const QString &line)
{
    m_ui->runLog->appendLine(line);
}

bool SummaryPage::isComplete() const
{
    return !m_rollingBack && QWizardPage::isComplete();
}

void SummaryPage::initializePage()
{
    refresh(m_error);
}

void SummaryPage::setRollbackAvailable(bool available)
{
    m_ui->rollbackButton->setVisible(available);
}

void SummaryPage::refresh(const Error &error)
{
    m_error = error;
    if (!m_engine) {
        m_ui->outcomeLabel->clear();
        m_ui->keepImageLabel->hide();
        m_ui->detailsBrowser->clear();
        m_ui->exportButton->setEnabled(false);
        m_ui->openBackupButton->setEnabled(false);
        return;
    }
    const MigrationReport &report = m_engine->report();
    const QLocale locale;
    using Outcome = MigrationReport::Outcome;
    QString outcome;
    if (report.outcome == Outcome::Succeeded && error.isNull()) {
        outcome = EnginePage::iconText(
            QStringLiteral("ok"),
            tr("The migration is complete: %1 runs Postgres %2.")
                .arg(report.service,
                     report.versionAfter.isEmpty() ? QString::number(report.targetMajor) : report.versionAfter));
    } else if (report.outcome == Outcome::RolledBack) {
        outcome = EnginePage::iconText(QStringLiteral("warning"), tr("The migration was rolled back."));
    } else if (!error.isNull() && !m_failure) {
        outcome = EnginePage::iconText(
            QStringLiteral("error"),
            tr("The migration did not finish: %1").arg(FailureSummary::firstSentence(error.message)));
    } else if (!m_failure) {
        outcome = EnginePage::iconText(QStringLiteral("warning"), tr("The migration is not finished."));
    }
    // After a failure the three lines of the failure box say it all; the headline stays out of their way.
    m_ui->outcomeLabel->setVisible(!outcome.isEmpty());
    m_ui->outcomeLabel->setText(outcome);

    m_ui->keepImageLabel->setVisible(!report.keepImageNote.isEmpty());
    if (!report.keepImageNote.isEmpty())
        m_ui->keepImageLabel->setText(EnginePage::iconText(QStringLiteral("warning"), report.keepImageNote));

    QString html;
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table cellspacing=\"4\">");
    row(tr("Compose file:"), QDir::toNativeSeparators(report.composeFile));
    row(tr("Service:"), report.service);
    // The image change is listed as done only when it was.
    if (report.imageAfter.isEmpty() || report.imageAfter == report.imageBefore)
        row(tr("Image:"), report.imageBefore);
    else if (report.outcome == Outcome::Succeeded && error.isNull() && !m_failure)
        row(tr("Image:"), tr("%1 → %2").arg(report.imageBefore, report.imageAfter));
    else if (report.outcome == Outcome::RolledBack)
        row(tr("Image:"), tr("%1 (the change to %2 was rolled back)").arg(report.imageBefore, report.imageAfter));
    else
        row(tr("Image:"), tr("%1 (planned: %2, not done)").arg(report.imageBefore, report.imageAfter));
    if (!report.versionBefore.isEmpty())
        row(tr("Postgres:"),
            report.versionAfter.isEmpty() ? report.versionBefore
                                          : tr("%1 → %2").arg(report.versionBefore, report.versionAfter));
    if (report.backup) {
        row(tr("Backup:"),
            tr("%1 (%2)").arg(QDir::toNativeSeparators(report.backup->path),
                              locale.formattedDataSize(report.backup->bytes)));
        row(tr("SHA-256:"), report.backup->sha256);
    }
    if (!report.rowCounts.isEmpty()) {
        qint64 total = 0;
        qsizetype differ = 0;
        for (const MigrationReport::RowCount &count : report.rowCounts) {
            total += count.expected;
            differ += count.matches() ? 0 : 1;
        }
        row(tr("Rows:"),
            differ == 0
                ? tr("all %1 rows in %2 tables arrived")
                      .arg(locale.toString(total), locale.toString(report.rowCounts.size()))
                : tr("%1 of %2 tables differ").arg(locale.toString(differ), locale.toString(report.rowCounts.size())));
    }
    if (const qint64 down = report.downtimeMs(); down >= 0) {
        row(tr("Stack down:"),
            tr("%1 s, from stopping it until the new server answered")
                .arg(locale.toString(double(down) / 1000.0, 'f', 1)));
    }
    html += QStringLiteral("</table><p><b>%1</b></p><ul>").arg(tr("Steps").toHtmlEscaped());
    for (const MigrationReport::Step &step : report.steps) {
        const qint64 ms = step.durationMs();
        QString outcomeText = step.outcome == QLatin1String("done") ? tr("done")
            : step.outcome == QLatin1String("failed")               ? tr("failed")
            : step.outcome == QLatin1String("cancelled")            ? tr("cancelled")
                                                                    : step.outcome;
        const bool failed = step.outcome == QLatin1String("failed") || step.outcome == QLatin1String("cancelled");
        QString line = tr("%1: %2").arg(step.title, outcomeText);
        if (ms >= 0)
            line += tr(" (%1 s)").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
        QString item = line.toHtmlEscaped();
        if (failed) // the step that failed stands out: a mark and bold, so it does not rely on colour alone
            item = QStringLiteral("<b>✗ %1</b>").arg(item);
        if (!step.note.isEmpty()) {
            const QString note = failed ? FailureSummary::firstSentence(step.note, 400) : step.note.toString();
            item += QStringLiteral("<br>") + note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        }
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    html += QStringLiteral("</ul>");
    m_ui->detailsBrowser->setHtml(html);
    m_ui->exportButton->setEnabled(true);
    m_ui->openBackupButton->setEnabled(report.backup.has_value());
}

void SummaryPage::rollbackStarted()
{
    m_rollingBack = true;
    m_ui->rollbackButton->setDefault(false);
    m_ui->rollbackButton->setEnabled(false);
    m_ui->rollbackGroup->show();
    // The rollback's lines follow the run's in the one log view, shown while it runs.
    m_ui->logToggle->show();
    m_ui->logToggle->setChecked(true);
    m_ui->runLog->appendLine(QString());
    m_ui->runLog->appendLine(QStringLiteral("== %1").arg(tr("Rollback")));
    m_ui->rollbackProgress->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Rolling back…"));
    m_ui->statusLabel->show();
    Q_EMIT completeChanged();
}

void SummaryPage::rollbackLog(const QString &line)
{
    m_ui->runLog->appendLine(line);
}

void SummaryPage::rollbackProgress(qint64 done, qint64 total, const QString &text)
{
    if (total > 0) {
        m_ui->rollbackProgress->setRange(0, 1000);
        m_ui->rollbackProgress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    }
    m_ui->rollbackProgress->setToolTip(text);
}

void SummaryPage::rollbackFinished(const Error &error)
{
    m_rollingBack = false;
    m_ui->rollbackProgress->setRange(0, 1000);
    m_ui->rollbackProgress->setValue(error.isNull() ? 1000 : m_ui->rollbackProgress->value());
    m_ui->rollbackButton->setEnabled(!error.isNull());
    const QString image = m_engine ? m_engine->report().imageBefore : QString();
    m_ui->statusLabel->setText(
        error.isNull()
            ? EnginePage::iconText(QStringLiteral("ok"),
                                   tr("Rolled back: the stack is back on its original image %1 and its original data "
                                      "(the compose file has its original bytes; the data is the backup's when it "
                                      "had been converted).")
                                       .arg(image))
            : EnginePage::iconText(QStringLiteral("error"), error.message));
    m_ui->statusLabel->show();
    if (error.isNull())
        setFailure(std::nullopt);
    refresh(error.isNull() ? Error{} : error);
    Q_EMIT completeChanged();
}

} // namespace edm::gui
