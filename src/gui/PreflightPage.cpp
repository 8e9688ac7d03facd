// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PreflightPage.h"

#include "gui/MigrationWizard.h"

#include "ui_PreflightPage.h"

#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QTableWidget>

namespace edm::gui {

PreflightPage::PreflightPage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Preflight}, parent)
    , m_ui(std::make_unique<Ui::PreflightPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Preflight checks"));
    setSubTitle(tr("The app looks at docker, the server, the disk and the passwords before anything is changed."));
    setUpCheckTable(m_ui->checkTable);
    m_ui->checkTable->setAccessibleName(tr("Preflight checks"));
    m_ui->logView->setAccessibleName(tr("Commands run by the preflight"));
    m_ui->logView->setMaximumLines(2000);
    m_ui->statusLabel->hide();
    m_ui->dumpRestoreButton->hide();
    connect(m_ui->dumpRestoreButton, &QPushButton::clicked, this, [this] {
        // The wizard runs the preflight again with the other method; the page starts nothing itself.
        if (auto *wizard = qobject_cast<MigrationWizard *>(this->wizard()))
            wizard->useDumpRestore();
    });
}

PreflightPage::~PreflightPage() = default;

void PreflightPage::reset()
{
    m_ui->checkTable->setRowCount(0);
    m_ui->logView->clear();
    m_ui->dumpRestoreButton->hide();
}

void PreflightPage::onStepStarted(MigrationEngine::Step)
{
    setStatus({}, tr("Checking…"));
}

void PreflightPage::onStepFinished(MigrationEngine::Step, bool ok)
{
    if (ok)
        setStatus(QStringLiteral("ok"), tr("Every check passed or only warns. Next: the backup."));
}

void PreflightPage::handleLog(MigrationEngine::Step, const QString &line)
{
    m_ui->logView->appendLine(line);
}

void PreflightPage::handleCheck(const MigrationReport::Check &check)
{
    showCheck(m_ui->checkTable, check);
    // pgautoupgrade cannot handle a database name with whitespace; dump-restore can.
    if (check.id == QLatin1String("database_names") && check.result == MigrationReport::CheckResult::Fail)
        m_ui->dumpRestoreButton->show();
}

void PreflightPage::setUpCheckTable(QTableWidget *table)
{
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Check"), tr("Result")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows as high as their wrapped text: the detail and the fix are read in full, never elided.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setTextElideMode(Qt::ElideNone);
}

void PreflightPage::showCheck(QTableWidget *table, const MigrationReport::Check &check)
{
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0) && table->item(i, 0)->data(Qt::UserRole).toString() == check.id)
            row = i;
    }
    if (row < 0) {
        row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
    }
    QTableWidgetItem *title = table->item(row, 0);
    QTableWidgetItem *detail = table->item(row, 1);
    title->setData(Qt::UserRole, check.id);
    QString icon;
    QString result;
    switch (check.result) {
    case MigrationReport::CheckResult::Pass:
        icon = QStringLiteral("ok");
        result = tr("passed");
        break;
    case MigrationReport::CheckResult::Warn:
        icon = QStringLiteral("warning");
        result = tr("warning");
        break;
    case MigrationReport::CheckResult::Fail:
        icon = QStringLiteral("error");
        result = tr("failed");
        break;
    case MigrationReport::CheckResult::Skipped:
        result = tr("skipped");
        break;
    }
    title->setIcon(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    title->setText(check.title);
    title->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    title->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(check.title, result));
    detail->setData(Qt::UserRole, MigrationReport::checkResultName(check.result));
    QString text = check.detail;
    if (!check.fix.isEmpty())
        text += u'\n' + tr("Fix: %1").arg(check.fix);
    detail->setText(text);
    detail->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (check.result == MigrationReport::CheckResult::Fail)
        detail->setForeground(QColor(0xb7, 0x1c, 0x1c));
    else
        detail->setForeground(table->palette().color(QPalette::Text));
    table->resizeRowToContents(row);
}

} // namespace edm::gui
