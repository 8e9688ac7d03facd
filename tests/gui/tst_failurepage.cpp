// SPDX-License-Identifier: GPL-3.0-or-later
// The failure page that leads out (issue 14, 1), offscreen against tests/data/engine/fake-docker: after an injected
// upgrade failure the summary says what failed, the state the stack is in and the next step, Roll Back… is the
// default (never Finish), Finish and Cancel are disabled while the rollback runs, and afterwards the compose file has
// its original bytes. A preflight guard's refusal changes nothing: the next step is Retry, the default button.
#include "core/Translations.h"
#include "core/migration/FailureSummary.h"
#include "core/migration/Journal.h"
#include "gui/AppSettings.h"
#include "gui/BackupPage.h"
#include "gui/LogView.h"
#include "gui/MigrationWizard.h"
#include "gui/PreflightPage.h"
#include "gui/StopPage.h"
#include "gui/SummaryPage.h"
#include "gui/UpgradePage.h"

#include "TestSupport.h"
#include "WidgetSupport.h"
#include "WizardSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

constexpr int StepTimeoutMs = 120 * 1000;

/// One of FailureSummary's sentences in the language the test runs in (scripts/screenshots also runs it in German:
/// EDM_LANGUAGE=de).
QString summaryText(const char *source)
{
    return QCoreApplication::translate("edm::FailureSummary", source);
}

bool isDefault(QAbstractButton *button)
{
    auto *push = qobject_cast<QPushButton *>(button);
    return push && push->isDefault();
}

} // namespace

class tst_FailurePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void upgradeFailureLeadsToRollBack();
    void refusedPreflightOffersRetry();

private:
    QByteArray setUpProject(); ///< the original compose bytes
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString m_state;
};

void tst_FailurePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    AppSettings::setDockerBinary(engineData(QStringLiteral("fake-docker")));
    qunsetenv("DOCKER_HOST");
    qunsetenv("COMPOSE_PROJECT_NAME");
    qunsetenv("COMPOSE_FILE");
    qputenv("FAKE_DB_SIZE", "8356719");
    installTranslators(qEnvironmentVariable("EDM_LANGUAGE"));
}

void tst_FailurePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("ente"));
    m_state = m_dir->filePath(QStringLiteral("state"));
    qputenv("FAKE_STATE", m_state.toUtf8());
}

QByteArray tst_FailurePage::setUpProject()
{
    if (!QDir().mkpath(m_project) || !QDir().mkpath(m_state))
        return {};
    const QByteArray original = readAll(engineData(QStringLiteral("project/compose.yaml")));
    writeAll(m_project + QStringLiteral("/compose.yaml"), original);
    writeAll(m_state + QStringLiteral("/container"), "postgres:12\n");
    writeAll(m_state + QStringLiteral("/running"), "1\n");
    writeAll(m_state + QStringLiteral("/volumes"), "ente_postgres-data postgres-data\n");
    return original;
}

void tst_FailurePage::upgradeFailureLeadsToRollBack()
{
    const QByteArray original = setUpProject();
    QVERIFY(!original.isEmpty());
    const QString composeFile = m_project + QStringLiteral("/compose.yaml");
    // pgautoupgrade's log reports a failed pg_upgrade.
    QVERIFY(writeAll(m_state + QStringLiteral("/UPGRADE_LOG"),
                     QByteArray(EDM_TEST_DATA_DIR "/logs/rig-fault-upgrade-fail.docker.log")));

    MigrationWizard wizard(m_project);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(pressNext(wizard));
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    auto *preflight = qobject_cast<PreflightPage *>(wizard.page(MigrationWizard::Preflight));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));
    QVERIFY(pressNext(wizard)); // to the Backup page
    QVERIFY(pressNext(wizard)); // = Back Up
    QTRY_VERIFY_WITH_TIMEOUT(backup->stepDone() || backup->failed(), StepTimeoutMs);
    QVERIFY2(backup->stepOk(), qPrintable(backup->error().message.toString()));
    auto *stop = qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop));
    QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking() || stop->failed(), StepTimeoutMs);
    QVERIFY(pressNext(wizard)); // to the Stop page
    QVERIFY(pressNext(wizard)); // = Stop the Stack
    auto *upgrade = qobject_cast<UpgradePage *>(wizard.page(MigrationWizard::Upgrade));
    QTRY_VERIFY_WITH_TIMEOUT(upgrade->isAsking() || stop->failed(), StepTimeoutMs);
    QVERIFY2(!stop->failed(), qPrintable(stop->error().message.toString()));
    QVERIFY(pressNext(wizard)); // to the Upgrade page
    QVERIFY(pressNext(wizard)); // = Apply and Upgrade
    QTRY_VERIFY_WITH_TIMEOUT(upgrade->failed(), StepTimeoutMs);
    QCOMPARE(upgrade->error().code, QStringLiteral("upgrade_failed"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    QVERIFY(readAll(composeFile).contains("image: pgautoupgrade/pgautoupgrade:16-trixie"));

    // The failure's next step is the rollback; on the failed page the way there is Next, the default.
    QVERIFY(wizard.failure().has_value());
    QCOMPARE(wizard.failure()->action, FailureSummary::Next::RollBack);
    QVERIFY(isDefault(nextButton(wizard)));
    QVERIFY(!wizard.button(QWizard::CustomButton1)->isVisible());
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Summary));

    // The three lines: what failed (one sentence, not the log), the state now (after docker's fresh look), the next.
    SummaryPage *summary = wizard.summaryPage();
    auto *what = child<QLabel>(summary, "failureWhatLabel");
    auto *state = child<QLabel>(summary, "failureStateLabel");
    auto *next = child<QLabel>(summary, "failureNextLabel");
    QVERIFY(what && state && next);
    QVERIFY(what->isVisible() && state->isVisible() && next->isVisible());
    QVERIFY(what->wordWrap() && state->wordWrap() && next->wordWrap());
    QVERIFY2(what->text().contains(MigrationEngine::stepTitle(MigrationEngine::Step::Upgrade).toHtmlEscaped()),
             qPrintable(what->text()));
    QVERIFY2(!what->text().contains(QLatin1String("Last lines of the log")), qPrintable(what->text()));
    QTRY_VERIFY2(state->text().contains(summaryText("The Postgres container is not running.")),
                 qPrintable(state->text()));
    QVERIFY2(state->text().contains(QLatin1String("pgautoupgrade/pgautoupgrade:16-trixie")), qPrintable(state->text()));
    QVERIFY2(
        state->text().contains(summaryText("The data conversion began and did not finish: the old image cannot use the "
                                           "volume as it is.")),
        qPrintable(state->text()));
    QVERIFY2(
        next->text().contains(summaryText("Roll back: the original compose file is put back, the backup restored into "
                                          "the volume and the stack started as before.")),
        qPrintable(next->text()));
    // The step list marks the failed step and does not call the image change done.
    const QString steps = child<QTextBrowser>(summary, "detailsBrowser")->toPlainText();
    QVERIFY2(steps.contains(QStringLiteral("✗ ")), qPrintable(steps));
    QVERIFY2(!steps.contains(QStringLiteral("postgres:12 → postgres:16")), qPrintable(steps));
    // The log is behind Details, collapsed; it holds the failing lines.
    auto *toggle = child<QToolButton>(summary, "logToggle");
    auto *log = child<LogView>(summary, "runLog");
    QVERIFY(toggle->isVisible());
    QVERIFY(!log->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(log->isVisible());
    log->flush();
    QVERIFY(log->lineCount() > 0);
    screenshot(&wizard, QStringLiteral("09-failure.png"));

    // Roll Back… is the default; Finish is not.
    auto *rollback = child<QPushButton>(summary, "rollbackButton");
    QVERIFY(rollback->isVisible() && rollback->isEnabled());
    QVERIFY(rollback->isDefault());
    QVERIFY(!isDefault(wizard.button(QWizard::FinishButton)));

    // The rollback: while it runs (its question about the volume waits), Finish, Back and Cancel are disabled.
    QTest::mouseClick(rollback, Qt::LeftButton);
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = findBox(&wizard, "rollbackPrompt")));
    boxButton(prompt, QMessageBox::DestructiveRole)->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = findBox(&wizard, "rollbackConfirmation")), StepTimeoutMs);
    QVERIFY(wizard.isBusy());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!isDefault(wizard.button(QWizard::FinishButton)));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    boxButton(question, QMessageBox::AcceptRole)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);

    // Afterwards: the original bytes, and the page says the stack is back on its original image and data.
    QCOMPARE(readAll(composeFile), original);
    QVERIFY(!wizard.failure().has_value());
    const QString status = child<QLabel>(summary, "statusLabel")->text();
    if (qEnvironmentVariable("EDM_LANGUAGE", QStringLiteral("en")) == QLatin1String("en"))
        QVERIFY2(status.contains(QLatin1String("back on its original image postgres:12")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("postgres:12")), qPrintable(status));
    QVERIFY(!child<QWidget>(summary, "failureBox")->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
    const Expected<std::optional<Journal>> journal = Journal::load(m_project);
    QVERIFY(journal && journal->has_value());
    QCOMPARE((*journal)->state(), QStringLiteral("rolled_back"));
}

void tst_FailurePage::refusedPreflightOffersRetry()
{
    const QByteArray original = setUpProject();
    QVERIFY(!original.isEmpty());
    // A guard refuses: a role that did not create the database is not the install user pgautoupgrade needs.
    qputenv("FAKE_INSTALL_USER", "postgres");
    MigrationWizard wizard(m_project);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(pressNext(wizard));
    auto *preflight = qobject_cast<PreflightPage *>(wizard.page(MigrationWizard::Preflight));
    QTRY_VERIFY_WITH_TIMEOUT(preflight->failed(), StepTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    QCOMPARE(preflight->error().code, QStringLiteral("preflight_failed"));

    // Nothing changed: the next step is Retry, the default button; Next (to a summary) is not offered.
    QVERIFY(wizard.failure().has_value());
    QCOMPARE(wizard.failure()->action, FailureSummary::Next::Retry);
    QTRY_VERIFY2(wizard.failure()->state.contains(summaryText("The Postgres container is running.")),
                 qPrintable(wizard.failure()->state));
    QVERIFY(wizard.failure()->state.contains(
        summaryText("The compose file still names %1.").arg(QLatin1String("postgres:12"))));
    QAbstractButton *retry = wizard.button(QWizard::CustomButton1);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QVERIFY(isDefault(retry));
    QVERIFY(!isDefault(nextButton(wizard)));
    QCOMPARE(readAll(m_project + QStringLiteral("/compose.yaml")), original);
    screenshot(&wizard, QStringLiteral("10-refused.png"));

    // The cause fixed, Retry checks again: the guard passes and the backup's question waits.
    qunsetenv("FAKE_INSTALL_USER");
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!wizard.failure().has_value());
    QVERIFY(!retry->isVisible());
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));
    QCOMPARE(readAll(m_project + QStringLiteral("/compose.yaml")), original);
    wizard.engine()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    // The cancelled run is described too, after docker's look at the container (nothing changed: Close).
    QTRY_VERIFY_WITH_TIMEOUT(wizard.failure() &&
                                 !wizard.failure()->state.contains(summaryText(
                                     "Whether the Postgres container runs is unknown: docker did not answer.")),
                             StepTimeoutMs);
    QCOMPARE(wizard.failure()->action, FailureSummary::Next::Close);
}

QTEST_MAIN(tst_FailurePage)
#include "tst_failurepage.moc"
