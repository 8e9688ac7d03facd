// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PreflightPage.h"

#include "gui/MigrationWizard.h"

#include "ui_PreflightPage.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QTableWidget>

namespace edm::gui {

namespace {

constexpr int DetailRole = Qt::UserRole + 1;
constexpr int FixRole = Qt::UserRole + 2;
constexpr int CommandsRole = Qt::UserRole + 3;
const char *const CommandsShown = "edmCommandsShown";

} // namespace

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
    // Fixes read as one sentence; their SQL and commands wait behind the toggle.
    setCommandsShown(m_ui->checkTable, false);
    m_ui->commandsToggle->hide();
    connect(m_ui->commandsToggle, &QCheckBox::toggled, this,
            [this](bool shown) { setCommandsShown(m_ui->checkTable, shown); });
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
    m_ui->commandsToggle->setChecked(false);
    m_ui->commandsToggle->hide();
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
    m_ui->commandsToggle->setVisible(hasCommands(m_ui->checkTable));
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
    detail->setData(DetailRole, check.detail.toString());
    detail->setData(FixRole, check.fix.toString());
    detail->setData(CommandsRole, check.commands);
    showDetail(table, row);
    detail->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (check.result == MigrationReport::CheckResult::Fail)
        detail->setForeground(QColor(0xb7, 0x1c, 0x1c));
    else
        detail->setForeground(table->palette().color(QPalette::Text));
    table->resizeRowToContents(row);
}

void PreflightPage::showDetail(QTableWidget *table, int row)
{
    QTableWidgetItem *detail = table->item(row, 1);
    if (!detail)
        return;
    const QVariant shown = table->property(CommandsShown);
    QString text = detail->data(DetailRole).toString();
    const QString fix = detail->data(FixRole).toString();
    const QString commands = detail->data(CommandsRole).toString();
    if (!fix.isEmpty())
        text += u'\n' + tr("Fix: %1").arg(fix);
    if (!commands.isEmpty() && (!shown.isValid() || shown.toBool()))
        text += u'\n' + commands;
    detail->setText(text);
    table->resizeRowToContents(row);
}

void PreflightPage::setCommandsShown(QTableWidget *table, bool shown)
{
    table->setProperty(CommandsShown, shown);
    for (int row = 0; row < table->rowCount(); ++row)
        showDetail(table, row);
}

bool PreflightPage::hasCommands(const QTableWidget *table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *detail = table->item(row, 1);
            detail && !detail->data(CommandsRole).toString().isEmpty())
            return true;
    }
    return false;
}

} // namespace edm::gui
