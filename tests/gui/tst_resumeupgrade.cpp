// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the wizard resumed while the upgrade still runs (the app was closed mid-upgrade). Without the rig: the
// engine runs against tests/data/engine/fake-docker, whose pgautoupgrade container replays the first lines of a
// recorded log and holds there until the test lets it go on. The wizard opens the Upgrade page in its running state
// (no diff, no "Apply and Upgrade"), its log from the log's start, the phase reached, the elapsed time since the
// journal's start (ticking with the engine's clock, which the test sets) and "estimating…"; then the run completes.
#include "core/Translations.h"
#include "gui/AppSettings.h"
#include "gui/DiffView.h"
#include "gui/EnginePage.h"
#include "gui/LogView.h"
#include "gui/MigrationWizard.h"
#include "gui/UpgradePage.h"

#include "EngineSupport.h"
#include "WidgetSupport.h"
#include "WizardSupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

constexpr int StepTimeoutMs = 120 * 1000;

/// The page's text in the language the test runs in (scripts/screenshots also runs it in German: EDM_LANGUAGE=de).
QString pageText(const char *source)
{
    return QCoreApplication::translate("edm::gui::UpgradePage", source);
}

} // namespace

class tst_ResumeUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resumeReattachesToRunningUpgrade();
};

void tst_ResumeUpgrade::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    installTranslators(qEnvironmentVariable("EDM_LANGUAGE"));
}

void tst_ResumeUpgrade::resumeReattachesToRunningUpgrade()
{
    // A journal as the engine leaves it mid-upgrade: the edit applied, pgautoupgrade's container running.
    EngineRig source;
    QVERIFY(migrateFully(source));
    EngineRig rig;
    rig.adopt(source, QStringLiteral("upgrade"), true);
    const QDateTime started(QDate(2026, 1, 1), QTime(9, 59), Qt::UTC);
    QJsonObject json = rig.journal();
    json.insert(QStringLiteral("upgrade_started"), started.toString(Qt::ISODateWithMs));
    QVERIFY(writeAll(Journal::pathFor(rig.projectDir()), QJsonDocument(json).toJson()));
    QVERIFY(writeAll(rig.composePath(), withImage(rig.originalCompose(), upgradeImage)));
    rig.setState(QStringLiteral("container"), "pgautoupgrade/pgautoupgrade:16-trixie\n");
    rig.setState(QStringLiteral("running"), "1\n");
    rig.setKnob(QStringLiteral("LOG_MODE"), QStringLiteral("hold"));
    rig.setKnob(QStringLiteral("LOG_LINES"), QStringLiteral("20"));

    // The wizard's engine reads the environment and the settings, as in the app.
    const QProcessEnvironment env = rig.options().docker.environment;
    for (const char *name : {"DOCKER_HOST", "COMPOSE_PROJECT_NAME", "COMPOSE_FILE"})
        qunsetenv(name);
    for (const char *name : {"FAKE_STATE", "FAKE_LOG", "FAKE_DB_SIZE"})
        qputenv(name, env.value(QLatin1String(name)).toUtf8());
    AppSettings::setDockerBinary(engineData(QStringLiteral("fake-docker")));

    MigrationWizard wizard(rig.projectDir());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = findBox(&wizard, "resumePrompt")));
    QAbstractButton *resume = nullptr;
    for (QAbstractButton *button : prompt->buttons()) {
        if (prompt->buttonRole(button) == QMessageBox::AcceptRole)
            resume = button;
    }
    QVERIFY(resume);
    resume->click();

    // The engine's clock is the test's: 65 s after the journal's start.
    QTRY_VERIFY(wizard.engine());
    auto now = std::make_shared<QDateTime>(started.addSecs(65));
    wizard.engine()->setClock([now] { return *now; });

    // The Upgrade page, running: no diff, no question, the log from its start, the phase and the elapsed time.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MigrationWizard::Upgrade), StepTimeoutMs);
    auto *page = qobject_cast<UpgradePage *>(wizard.page(MigrationWizard::Upgrade));
    QVERIFY(page);
    auto *log = page->findChild<LogView *>(QStringLiteral("logView"));
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(page, "phaseLabel") ==
            pageText("Phase: %1").arg(UpgradeEstimate::phaseName(UpgradeEstimate::Phase::Upgrading)),
        StepTimeoutMs);
    log->flush();
    QVERIFY2(log->toPlainText().contains(QStringLiteral(
                 "PostgreSQL Database directory appears to contain a database; Skipping initialization")),
             qPrintable(log->toPlainText()));
    QVERIFY(!log->toPlainText().contains(QStringLiteral("2026-01-01T"))); // docker's timestamps are not shown
    QVERIFY(page->stepStarted());
    QVERIFY(!page->isAsking());
    auto *diff = page->findChild<DiffView *>(QStringLiteral("diffView"));
    QVERIFY(diff->diff().isEmpty());
    QVERIFY(!diff->isVisible());
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(nextButton(wizard)->text() != pageText("&Apply and Upgrade"));
    QCOMPARE(labelText(page, "questionLabel"),
             pageText("The upgrade was still running when the app closed: its container's log is followed again from "
                      "the start."));
    QTRY_COMPARE(labelText(page, "elapsedLabel"), pageText("Elapsed: %1").arg(QStringLiteral("01:05")));
    QCOMPARE(labelText(page, "estimateLabel"), pageText("Time left: estimating…"));
    edm::test::screenshot(&wizard, QStringLiteral("upgrade-resumed.png"));

    // The elapsed time follows the engine's clock.
    *now = started.addSecs(2 * 60 + 5);
    QTRY_COMPARE(labelText(page, "elapsedLabel"), pageText("Elapsed: %1").arg(QStringLiteral("02:05")));

    // The container goes on: the upgrade completes, and so does the run (yes to the remaining questions).
    rig.setState(QStringLiteral("go"), {});
    QTRY_VERIFY_WITH_TIMEOUT(page->stepDone(), StepTimeoutMs);
    QVERIFY2(page->stepOk(), qPrintable(page->error().message.toString()));
    QTRY_COMPARE(labelText(page, "phaseLabel"),
                 pageText("Phase: %1").arg(UpgradeEstimate::phaseName(UpgradeEstimate::Phase::Complete)));
    QCOMPARE(labelText(page, "estimateLabel"), QString());
    QVERIFY(!log->toPlainText().isEmpty());
    // Next says yes to each remaining question and moves on from each finished step, as a person would.
    const bool ended = QTest::qWaitFor(
        [&wizard] {
            if (!wizard.isBusy())
                return true;
            auto *current = qobject_cast<EnginePage *>(wizard.currentPage());
            if (current && (current->isAsking() || current->stepOk()) && nextButton(wizard)->isEnabled())
                nextButton(wizard)->click();
            return false;
        },
        StepTimeoutMs);
    QVERIFY(ended);
    QCOMPARE(rig.journalState(), QStringLiteral("done"));
    QCOMPARE(rig.compose(), withImage(rig.originalCompose(), targetImage));
    QCOMPARE(rig.calls(QStringLiteral("^docker logs -f --timestamps ente-postgres-1$")).size(), 1);
    QVERIFY(rig.calls(composeUpService).isEmpty()); // never started again
}

QTEST_MAIN(tst_ResumeUpgrade)
#include "tst_resumeupgrade.moc"
