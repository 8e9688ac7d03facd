// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of issue 15's guards without the rig: the Preflight page offers "Use dump-restore instead" when
// pgautoupgrade cannot handle a database's name, and the wizard then checks again with dump-restore (the engine runs
// against tests/data/engine/fake-docker); the Verify page shows the engine's question to refresh collation versions.
#include "core/migration/Journal.h"
#include "gui/AppSettings.h"
#include "gui/BackupPage.h"
#include "gui/MigrationWizard.h"
#include "gui/PreflightPage.h"
#include "gui/VerifyPage.h"

#include "TestSupport.h"
#include "WizardSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

constexpr int StepTimeoutMs = 120 * 1000;

/// The result a checklist shows for a check ("pass", "warn", "fail"), empty when the check is not there.
QString resultOf(QTableWidget *table, const QString &id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == id)
            return table->item(row, 1)->data(Qt::UserRole).toString();
    }
    return {};
}

} // namespace

class tst_GuardPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preflightOffersDumpRestore();
    void verifyShowsTheRefreshQuestion();

private:
    QTemporaryDir m_dir;
};

void tst_GuardPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_GuardPages::preflightOffersDumpRestore()
{
    const QString project = m_dir.filePath(QStringLiteral("ente"));
    const QString state = m_dir.filePath(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(project));
    QVERIFY(QDir().mkpath(state));
    const QByteArray original = readAll(engineData(QStringLiteral("project/compose.yaml")));
    QVERIFY(writeAll(project + QStringLiteral("/compose.yaml"), original));
    QVERIFY(writeAll(state + QStringLiteral("/container"), "postgres:12\n"));
    QVERIFY(writeAll(state + QStringLiteral("/running"), "1\n"));
    QVERIFY(writeAll(state + QStringLiteral("/volumes"), "ente_postgres-data postgres-data\n"));
    AppSettings::setDockerBinary(engineData(QStringLiteral("fake-docker")));
    qunsetenv("DOCKER_HOST");
    qunsetenv("COMPOSE_PROJECT_NAME");
    qunsetenv("COMPOSE_FILE");
    qputenv("FAKE_STATE", state.toUtf8());
    qputenv("FAKE_DB_SIZE", "8356719");
    qputenv("FAKE_EXTRA_DATABASE", "Archive 2019");

    MigrationWizard wizard(project);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.projectPage());
    QCOMPARE(wizard.method(), MigrationEngine::Method::PgAutoUpgrade);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));

    // pgautoupgrade is refused before anything changes, and the page offers the way out.
    auto *preflight = qobject_cast<PreflightPage *>(wizard.page(MigrationWizard::Preflight));
    auto *button = preflight->findChild<QPushButton *>(QStringLiteral("dumpRestoreButton"));
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(preflight->failed(), StepTimeoutMs);
    auto *checks = preflight->findChild<QTableWidget *>(QStringLiteral("checkTable"));
    QCOMPARE(resultOf(checks, QStringLiteral("database_names")), QStringLiteral("fail"));
    QVERIFY(button->isVisible());
    QCOMPARE(readAll(project + QStringLiteral("/compose.yaml")), original);
    const Expected<std::optional<Journal>> journal = Journal::load(project);
    QVERIFY(journal && journal->has_value());
    QCOMPARE((*journal)->state(), QStringLiteral("refused"));

    // The button asks the wizard, which checks again with dump-restore: the names pass, the backup's question waits.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard.method(), MigrationEngine::Method::DumpRestore);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));
    QVERIFY(!button->isVisible());
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));
    QCOMPARE(resultOf(checks, QStringLiteral("database_names")), QStringLiteral("pass"));
    QVERIFY(!button->isVisible());
    QCOMPARE(wizard.engine()->report().method, QStringLiteral("dump-restore"));
    QCOMPARE(readAll(project + QStringLiteral("/compose.yaml")), original);
    wizard.engine()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
}

void tst_GuardPages::verifyShowsTheRefreshQuestion()
{
    VerifyPage page;
    page.show();
    auto *question = page.findChild<QLabel *>(QStringLiteral("questionLabel"));
    auto *decline = page.findChild<QPushButton *>(QStringLiteral("declineButton"));
    QVERIFY(question && decline);
    QVERIFY(!question->isVisible());
    QVERIFY(!page.isComplete());

    MigrationEngine::Confirmation confirmation;
    confirmation.step = MigrationEngine::Step::Verify;
    confirmation.title = QStringLiteral("Refresh the collation versions");
    confirmation.text = QStringLiteral("ente_db, postgres, template1");
    page.handleStepStarted(MigrationEngine::Step::Verify);
    page.handleConfirmation(confirmation);
    QVERIFY(page.isAsking());
    QVERIFY(page.isComplete()); // Next is the yes
    QVERIFY(question->isVisible());
    QVERIFY(decline->isVisible());
    QVERIFY(question->text().contains(QLatin1String("Refresh the collation versions")));
    QVERIFY(question->text().contains(QLatin1String("ente_db, postgres, template1")));

    page.handleStepFinished(MigrationEngine::Step::Verify, true);
    QVERIFY(!page.isAsking());
    QVERIFY(!question->isVisible());
    QVERIFY(!decline->isVisible());
    QVERIFY(page.isComplete());
}

QTEST_MAIN(tst_GuardPages)
#include "tst_guardpages.moc"
