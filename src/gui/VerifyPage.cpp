// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/VerifyPage.h"

#include "gui/PreflightPage.h"

#include "ui_VerifyPage.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QPushButton>

namespace edm::gui {

VerifyPage::VerifyPage(QWidget *parent)
    : EnginePage({MigrationEngine::Step::Verify}, parent)
    , m_ui(std::make_unique<Ui::VerifyPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Verify the new server"));
    setSubTitle(tr("The version, every table's rows, the roles and the login, compared with the backup."));
    PreflightPage::setUpCheckTable(m_ui->checkTable);
    m_ui->checkTable->setAccessibleName(tr("Verification checks"));
    m_ui->rowTable->setAccessibleName(tr("Row counts before and after"));
    m_ui->rowTable->setColumnCount(4);
    m_ui->rowTable->setHorizontalHeaderLabels({tr("Database"), tr("Table"), tr("Backup"), tr("New server")});
    m_ui->rowTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->rowTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->rowTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->rowTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ui->rowTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->checkTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_ui->rowTable->setMinimumHeight(6 * m_ui->rowTable->fontMetrics().lineSpacing());
    if (auto *layout = qobject_cast<QBoxLayout *>(this->layout()))
        layout->setStretchFactor(m_ui->rowTable, 1);
    setYesText(tr("R&efresh"));
    connect(m_ui->declineButton, &QPushButton::clicked, this, [this] {
        if (!engine() || !isAsking())
            return;
        hideQuestion();
        engine()->confirm(false);
    });
    reset();
}

void VerifyPage::showConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    m_ui->questionLabel->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(confirmation.title.toHtmlEscaped(), confirmation.text.toHtmlEscaped()));
    m_ui->questionLabel->show();
    m_ui->declineButton->show();
}

void VerifyPage::beforeYes()
{
    hideQuestion();
}

void VerifyPage::hideQuestion()
{
    m_ui->questionLabel->hide();
    m_ui->declineButton->hide();
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::reset()
{
    m_ui->checkTable->setRowCount(0);
    fitChecks();
    m_ui->rowTable->setRowCount(0);
    hideQuestion();
    setStatus({}, tr("The checks run once the stack is up on the new image."));
}

bool VerifyPage::isComplete() const
{
    // A question waits for Next (the yes); red or green, the way on is the summary.
    return isAsking() || stepDone() || failed();
}

void VerifyPage::onStepStarted(MigrationEngine::Step)
{
    setStatus({}, tr("Checking the new server…"));
}

void VerifyPage::handleCheck(const MigrationReport::Check &check)
{
    PreflightPage::showCheck(m_ui->checkTable, check);
    fitChecks();
}

void VerifyPage::fitChecks()
{
    // The checks take what they need up to a few lines, then scroll; the rows table below takes the spare room, and
    // the page fits 800×600 however many checks there are.
    QTableWidget *table = m_ui->checkTable;
    const int lines = table->fontMetrics().lineSpacing();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    height = qMax(height, 4 * lines);
    table->setMinimumHeight(qMin(height, 6 * lines));
    table->setMaximumHeight(height);
}

void VerifyPage::onStepFinished(MigrationEngine::Step, bool ok)
{
    hideQuestion();
    showRowCounts();
    if (ok)
        setStatus(QStringLiteral("ok"), tr("Every check passed: the migration is complete."));
}

void VerifyPage::onRunFinished(const Error &)
{
    showRowCounts();
}

void VerifyPage::showRowCounts()
{
    if (!engine())
        return;
    const QList<MigrationReport::RowCount> &rows = engine()->report().rowCounts;
    const QLocale locale;
    m_ui->rowTable->setRowCount(int(rows.size()));
    const QIcon ok(QStringLiteral(":/icons/ok.svg"));
    const QIcon bad(QStringLiteral(":/icons/error.svg"));
    for (int i = 0; i < rows.size(); ++i) {
        const MigrationReport::RowCount &row = rows.at(i);
        const QString table =
            row.schema.isEmpty() || row.schema == QLatin1String("public") ? row.table : row.schema + u'.' + row.table;
        auto *database = new QTableWidgetItem(row.database);
        auto *name = new QTableWidgetItem(table);
        auto *before = new QTableWidgetItem(locale.toString(row.expected));
        auto *after = new QTableWidgetItem(row.actual < 0 ? tr("missing") : locale.toString(row.actual));
        before->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        after->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        after->setIcon(row.matches() ? ok : bad);
        after->setData(Qt::UserRole, row.matches());
        if (!row.matches())
            after->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_ui->rowTable->setItem(i, 0, database);
        m_ui->rowTable->setItem(i, 1, name);
        m_ui->rowTable->setItem(i, 2, before);
        m_ui->rowTable->setItem(i, 3, after);
    }
}

} // namespace edm::gui
