// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SummaryPage.h"

#include "gui/EnginePage.h"

#include "ui_SummaryPage.h"

#include <QDir>
#include <QLocale>

namespace edm::gui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Summary"));
    setSubTitle(tr("What was done, and what to keep in mind from now on."));
    m_ui->rollbackLog->setAccessibleName(tr("Rollback log"));
    m_ui->rollbackLog->setMaximumLines(5000);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SummaryPage::exportReportRequested);
    connect(m_ui->openBackupButton, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->report().backup)
            Q_EMIT openBackupRequested(m_engine->report().backup->path);
    });
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &SummaryPage::rollbackRequested);
    m_ui->rollbackGroup->hide();
    m_ui->rollbackButton->hide();
    m_ui->statusLabel->hide();
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::setEngine(MigrationEngine *engine)
{
    m_engine = engine;
    m_error = {};
    m_ui->rollbackGroup->hide();
    m_ui->rollbackLog->clear();
    m_ui->rollbackButton->hide();
    m_ui->statusLabel->clear();
    m_ui->statusLabel->hide();
    refresh({});
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
    } else if (!error.isNull()) {
        outcome =
            EnginePage::iconText(QStringLiteral("error"), tr("The migration did not finish.") + u'\n' + error.message);
    } else {
        outcome = EnginePage::iconText(QStringLiteral("warning"), tr("The migration is not finished."));
    }
    m_ui->outcomeLabel->setText(QStringLiteral("<div style=\"font-size: large\">%1</div>").arg(outcome));

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
    row(tr("Image:"),
        report.imageAfter.isEmpty() ? report.imageBefore : tr("%1 → %2").arg(report.imageBefore, report.imageAfter));
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
                ? tr("all %1 rows in %2 tables arrived").arg(locale.toString(total)).arg(report.rowCounts.size())
                : tr("%1 of %2 tables differ").arg(differ).arg(report.rowCounts.size()));
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
        QString line = tr("%1: %2").arg(step.title, outcomeText);
        if (ms >= 0)
            line += tr(" (%1 s)").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
        if (!step.note.isEmpty())
            line += u'\n' + step.note;
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    html += QStringLiteral("</ul>");
    m_ui->detailsBrowser->setHtml(html);
    m_ui->exportButton->setEnabled(true);
    m_ui->openBackupButton->setEnabled(report.backup.has_value());
}

void SummaryPage::rollbackStarted()
{
    m_ui->rollbackButton->setEnabled(false);
    m_ui->rollbackGroup->show();
    m_ui->rollbackLog->clear();
    m_ui->rollbackProgress->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Rolling back…"));
    m_ui->statusLabel->show();
}

void SummaryPage::rollbackLog(const QString &line)
{
    m_ui->rollbackLog->appendLine(line);
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
    m_ui->rollbackProgress->setRange(0, 1000);
    m_ui->rollbackProgress->setValue(error.isNull() ? 1000 : m_ui->rollbackProgress->value());
    m_ui->rollbackButton->setEnabled(!error.isNull());
    m_ui->statusLabel->setText(
        error.isNull() ? EnginePage::iconText(QStringLiteral("ok"),
                                              tr("Rolled back: the compose file is back to its original bytes, and "
                                                 "the data to the backup when it had been changed."))
                       : EnginePage::iconText(QStringLiteral("error"), error.message));
    m_ui->statusLabel->show();
    refresh(error.isNull() ? Error{} : error);
}

} // namespace edm::gui
