// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard driven through a whole migration against the real docker rig (tests/rig), by pressing Next on every
// page: what each page shows, Cancel during the backup, and the resume prompt after a simulated crash.
#include "core/Translations.h"
#include "gui/BackupPage.h"
#include "gui/DiffView.h"
#include "gui/FinishPage.h"
#include "gui/LogView.h"
#include "gui/MigrationWizard.h"
#include "gui/PreflightPage.h"
#include "gui/ProjectPage.h"
#include "gui/StopPage.h"
#include "gui/SummaryPage.h"
#include "gui/UpgradePage.h"
#include "gui/VerifyPage.h"

#include "TestSupport.h"
#include "WidgetSupport.h"
#include "WizardSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

constexpr int StepTimeoutMs = 600 * 1000;

/// Saves the wizard as it looks now, when EDM_SCREENSHOT_DIR is set (scripts/screenshots).
void screenshot(QWidget &wizard, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("EDM_SCREENSHOT_DIR"))
        return;
    QTest::qWait(200); // let the last batched log lines and layouts settle
    if (auto *log = wizard.findChild<LogView *>())
        log->flush();
    edm::test::screenshot(&wizard, name);
}

/// The test runs in English under ctest; scripts/screenshots also runs it in German (EDM_LANGUAGE=de).
bool inEnglish()
{
    const QString language = qEnvironmentVariable("EDM_LANGUAGE");
    return language.isEmpty() || language.startsWith(QLatin1String("en"));
}

} // namespace

class tst_MigrationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullMigration();
    void cancelDuringBackupThenResume();
    void cleanup();

private:
    void finishAfterCrash(const QString &dir, const QMap<QString, qint64> &counts, const QByteArray &original,
                          const QString &backupFile);
    /// Seeds an Ente-like postgres:12 project in a folder unique to this run; returns table → rows.
    QMap<QString, qint64> seed(const QString &name, QString *dir);

    QTemporaryDir m_root{QStringLiteral("/tmp/edm-gui-XXXXXX")};
    QStringList m_projects;
};

void tst_MigrationWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    installTranslators(qEnvironmentVariable("EDM_LANGUAGE"));
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (host.isEmpty())
        QSKIP("DOCKER_HOST is not set: these tests need the docker rig (./scripts/test brings it up, or "
              "eval \"$(tests/rig/rig env)\" after tests/rig/rig up).");
    if (host.startsWith(QLatin1String("unix://")) && !QFile::exists(host.mid(7)))
        QSKIP(qPrintable(QStringLiteral("The rig's docker socket %1 does not exist: run tests/rig/rig up.").arg(host)));
    const Run info =
        run(QStringLiteral("docker"),
            {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, {}, 30000);
    if (info.code != 0)
        QSKIP(qPrintable(QStringLiteral("The docker engine at %1 does not answer: %2")
                             .arg(host, QString::fromUtf8(info.err).trimmed())));
}

void tst_MigrationWizard::cleanup()
{
    for (const QString &dir : std::as_const(m_projects))
        run(QStringLiteral("docker-compose"), {QStringLiteral("down"), QStringLiteral("-v")}, dir, 180000);
    m_projects.clear();
}

QMap<QString, qint64> tst_MigrationWizard::seed(const QString &name, QString *dir)
{
    const QString unique = name + QStringLiteral("x") + QString::number(QCoreApplication::applicationPid());
    *dir = m_root.filePath(unique);
    m_projects.append(*dir);
    QByteArray error;
    const QMap<QString, qint64> counts = seedRig(*dir, &error);
    if (counts.isEmpty())
        qWarning("rig seed failed: %s", error.constData());
    return counts;
}

void tst_MigrationWizard::fullMigration()
{
    QString dir;
    const QMap<QString, qint64> counts = seed(QStringLiteral("guifull"), &dir);
    QVERIFY2(counts.size() >= 10, "the rig did not seed the project");
    const QString composeFile = dir + QStringLiteral("/compose.yaml");
    const QByteArray original = readAll(composeFile);

    auto first = std::make_unique<MigrationWizard>(dir);
    MigrationWizard &wizard = *first;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Project));
    QVERIFY(wizard.projectPage()->plan().has_value());
    QCOMPARE(wizard.projectPage()->plan()->service().name, QStringLiteral("postgres"));
    QVERIFY(!wizard.engine());
    QVERIFY(!wizard.currentReport());
    screenshot(wizard, QStringLiteral("01-project.png"));

    // Preflight: the checklist; the engine then waits for the backup's yes.
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));
    QVERIFY(wizard.engine());
    QVERIFY(wizard.isBusy());
    auto *preflight = qobject_cast<PreflightPage *>(wizard.page(MigrationWizard::Preflight));
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));
    QVERIFY(preflight->isComplete());
    auto *checks = child<QTableWidget>(preflight, "checkTable");
    QVERIFY(checks->rowCount() >= 5);
    QStringList ids;
    for (int i = 0; i < checks->rowCount(); ++i) {
        ids.append(checks->item(i, 0)->data(Qt::UserRole).toString());
        QVERIFY2(checks->item(i, 1)->data(Qt::UserRole).toString() != QLatin1String("fail"),
                 qPrintable(checks->item(i, 1)->text()));
        QVERIFY(!checks->item(i, 0)->icon().isNull());
    }
    QVERIFY(ids.contains(QStringLiteral("server_version")));
    QVERIFY(ids.contains(QStringLiteral("disk_space")));
    screenshot(wizard, QStringLiteral("02-preflight.png"));

    // Backup: the file, chosen before the yes; progress to 100 %; verification, SHA-256, size.
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Backup));
    // A new name: the server's version and the time, never an earlier backup's.
    const QString backupFile = QDir::fromNativeSeparators(child<QLineEdit>(backup, "fileEdit")->text());
    QVERIFY2(QRegularExpression(QStringLiteral("^%1/pg12\\.\\d+-\\d{8}-\\d{4}(-\\d+)?\\.backup\\.sql$")
                                    .arg(QRegularExpression::escape(dir)))
                 .match(backupFile)
                 .hasMatch(),
             qPrintable(backupFile));
    QVERIFY(child<QLineEdit>(backup, "fileEdit")->isEnabled());
    QVERIFY(!QFile::exists(backupFile));
    // Nothing has changed yet: Back leads back to the preflight (tst_wizardnavigation holds the rest of Back's rules).
    QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(pressNext(wizard)); // = Back Up
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->stepDone() || backup->failed(), StepTimeoutMs);
    QVERIFY2(backup->stepOk(), qPrintable(backup->error().message.toString()));
    auto *bar = child<QProgressBar>(backup, "progressBar");
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
    QVERIFY(QFile::exists(backupFile));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(labelText(backup, "shaValue")).hasMatch());
    QVERIFY(!labelText(backup, "sizeValue").isEmpty());
    // Words are asserted in English only; scripts/screenshots runs this test in German too.
    if (inEnglish()) {
        QVERIFY(labelText(backup, "sizeValue").contains(QStringLiteral("bytes")));
        QVERIFY(labelText(backup, "verifiedValue").contains(QStringLiteral("Complete")));
    }
    QVERIFY(!child<QLabel>(backup, "progressLabel")->text().isEmpty());
    QVERIFY(!child<QLineEdit>(backup, "fileEdit")->isEnabled());
    QCOMPARE(readAll(composeFile), original);
    screenshot(wizard, QStringLiteral("03-backup.png"));

    // A crash while the stop waits for its yes: the app goes away with the engine mid-run. The next start offers to
    // resume (or roll back), and Resume leads to the Stop page; from there on, the rest of the migration.
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop))->isAsking(), StepTimeoutMs);
    QVERIFY(wizard.isBusy());
    first.reset();
    return finishAfterCrash(dir, counts, original, backupFile);
}

void tst_MigrationWizard::finishAfterCrash(const QString &dir, const QMap<QString, qint64> &counts,
                                           const QByteArray &original, const QString &backupFile)
{
    const QString composeFile = dir + QStringLiteral("/compose.yaml");
    MigrationWizard wizard(dir);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy exportSpy(&wizard, &MigrationWizard::exportReportRequested);
    QSignalSpy backupSpy(&wizard, &MigrationWizard::openBackupRequested);
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = findBox(&wizard, "resumePrompt")));
    if (inEnglish()) {
        QVERIFY2(prompt->text().contains(QStringLiteral("during \"Stop the stack\"")), qPrintable(prompt->text()));
        QVERIFY(boxButton(prompt, QStringLiteral("Roll Back")));
        QVERIFY(boxButton(prompt, QStringLiteral("Later")));
    }
    QVERIFY(boxButton(prompt, QMessageBox::DestructiveRole)); // Roll Back
    QVERIFY(boxButton(prompt, QMessageBox::RejectRole)); // Later
    boxButton(prompt, QMessageBox::AcceptRole)->click(); // Resume

    // Stop: the choice, then the command's output.
    auto *stop = qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop));
    QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking() || stop->failed(), StepTimeoutMs);
    QVERIFY2(!stop->failed(), qPrintable(stop->error().message.toString()));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Stop));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QRadioButton>(stop, "downRadio")->isChecked());
    QVERIFY(child<QRadioButton>(stop, "downRadio")->isEnabled());
    QVERIFY(labelText(stop, "questionLabel").contains(QStringLiteral("down")));
    QVERIFY(pressNext(wizard)); // = Stop the Stack
    QTRY_VERIFY_WITH_TIMEOUT(stop->stepDone() || stop->failed(), StepTimeoutMs);
    QVERIFY2(stop->stepOk(), qPrintable(stop->error().message.toString()));
    QVERIFY(wizard.stackChanged());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    auto *stopLog = child<LogView>(stop, "logView");
    stopLog->flush();
    QVERIFY(stopLog->toPlainText().contains(QStringLiteral(" down")));
    screenshot(wizard, QStringLiteral("04-stop.png"));

    // Upgrade: the diff before the change, the change only on the yes; then the log and the phases.
    auto *upgrade = qobject_cast<UpgradePage *>(wizard.page(MigrationWizard::Upgrade));
    QTRY_VERIFY_WITH_TIMEOUT(upgrade->isAsking(), StepTimeoutMs);
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Upgrade));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    const QString upgradeDiff = child<DiffView>(upgrade, "diffView")->toPlainText();
    QVERIFY(upgradeDiff.contains(QStringLiteral("+    image: pgautoupgrade/pgautoupgrade:16-trixie")));
    QVERIFY(upgradeDiff.contains(QStringLiteral("-    image: postgres:12")));
    QCOMPARE(readAll(composeFile), original); // not yet
    QVERIFY(pressNext(wizard)); // = Apply and Upgrade
    QTRY_VERIFY_WITH_TIMEOUT(upgrade->stepDone() || upgrade->failed(), StepTimeoutMs);
    QVERIFY2(upgrade->stepOk(), qPrintable(upgrade->error().message.toString()));
    QVERIFY(readAll(composeFile).contains("image: pgautoupgrade/pgautoupgrade:16-trixie"));
    auto *phases = child<QListWidget>(upgrade, "phaseList");
    QVERIFY(phases->count() >= 2);
    QVERIFY(phases->item(0)->text().contains(QStringLiteral("12")));
    auto *upgradeLog = child<LogView>(upgrade, "logView");
    upgradeLog->flush();
    QVERIFY(upgradeLog->toPlainText().contains(QStringLiteral("PostgreSQL")));
    screenshot(wizard, QStringLiteral("05-upgrade.png"));

    // Finish: the second diff, then the stack starts.
    auto *finish = qobject_cast<FinishPage *>(wizard.page(MigrationWizard::Finish));
    QTRY_VERIFY_WITH_TIMEOUT(finish->isAsking(), StepTimeoutMs);
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Finish));
    const QString finishDiff = child<DiffView>(finish, "diffView")->toPlainText();
    QVERIFY(finishDiff.contains(QStringLiteral("-    image: pgautoupgrade/pgautoupgrade:16-trixie")));
    QVERIFY(finishDiff.contains(QStringLiteral("+    image: postgres:16")));
    QVERIFY(pressNext(wizard)); // = Apply and Start
    QTRY_VERIFY_WITH_TIMEOUT(finish->stepDone() || finish->failed(), StepTimeoutMs);
    QVERIFY2(finish->stepOk(), qPrintable(finish->error().message.toString()));
    QByteArray expected = original;
    expected.replace("image: postgres:12", "image: postgres:16");
    QCOMPARE(readAll(composeFile), expected);
    screenshot(wizard, QStringLiteral("06-finish.png"));

    // Verify: every check green, every table's rows equal.
    auto *verify = qobject_cast<VerifyPage *>(wizard.page(MigrationWizard::Verify));
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Verify));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    QVERIFY2(verify->stepOk(), qPrintable(verify->error().message.toString()));
    auto *verifyChecks = child<QTableWidget>(verify, "checkTable");
    QVERIFY(verifyChecks->rowCount() >= 4);
    for (int i = 0; i < verifyChecks->rowCount(); ++i) {
        QVERIFY2(
            verifyChecks->item(i, 1)->data(Qt::UserRole).toString() == QLatin1String("pass"),
            qPrintable(verifyChecks->item(i, 0)->text() + QStringLiteral(": ") + verifyChecks->item(i, 1)->text()));
        QVERIFY(!verifyChecks->item(i, 0)->icon().isNull());
    }
    auto *rows = child<QTableWidget>(verify, "rowTable");
    QCOMPARE(rows->columnCount(), 4);
    QMap<QString, qint64> shown;
    for (int r = 0; r < rows->rowCount(); ++r) {
        QVERIFY2(rows->item(r, 3)->data(Qt::UserRole).toBool(), qPrintable(rows->item(r, 1)->text()));
        if (rows->item(r, 0)->text() == QLatin1String("ente_db"))
            shown.insert(rows->item(r, 1)->text(), QLocale().toLongLong(rows->item(r, 3)->text()));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QCOMPARE(shown.value(it.key(), -1), it.value());
    screenshot(wizard, QStringLiteral("07-verify.png"));

    // Summary: the outcome, the image to keep, the report and the backup.
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Summary));
    SummaryPage *summary = wizard.summaryPage();
    if (inEnglish())
        QVERIFY(labelText(summary, "outcomeLabel").contains(QStringLiteral("complete")));
    QVERIFY(labelText(summary, "keepImageLabel").contains(QStringLiteral("postgres:16")));
    QVERIFY(!child<QPushButton>(summary, "rollbackButton")->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(child<QPushButton>(summary, "exportButton"), Qt::LeftButton);
    QCOMPARE(exportSpy.count(), 1);
    QTest::mouseClick(child<QPushButton>(summary, "openBackupButton"), Qt::LeftButton);
    QCOMPARE(backupSpy.count(), 1);
    QCOMPARE(backupSpy.at(0).at(0).toString(), backupFile);
    const std::optional<MigrationReport> report = wizard.currentReport();
    QVERIFY(report);
    QCOMPARE(report->outcome, MigrationReport::Outcome::Succeeded);
    QVERIFY(report->allRowsMatch());
    screenshot(wizard, QStringLiteral("08-summary.png"));
}

void tst_MigrationWizard::cancelDuringBackupThenResume()
{
    QString dir;
    const QMap<QString, qint64> counts = seed(QStringLiteral("guicancel"), &dir);
    QVERIFY2(counts.size() >= 10, "the rig did not seed the project");
    QString backupFile;

    // 1. Cancel while pg_dumpall streams: the Cancel button, then the prompt's "Stop the Migration".
    {
        MigrationWizard wizard(dir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(pressNext(wizard));
        auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
        QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking(), StepTimeoutMs);
        QVERIFY(pressNext(wizard));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Backup));
        backupFile = QDir::fromNativeSeparators(child<QLineEdit>(backup, "fileEdit")->text());
        QVERIFY(!backupFile.isEmpty());
        bool cancelled = false;
        connect(wizard.engine(), &MigrationEngine::progress, &wizard,
                [&](MigrationEngine::Step step, qint64 done, qint64, const QString &) {
                    if (step != MigrationEngine::Step::Backup || done <= 0 || cancelled)
                        return;
                    cancelled = true;
                    QTimer::singleShot(0, &wizard, [&wizard] {
                        wizard.button(QWizard::CancelButton)->click();
                        QMessageBox *box = findBox(&wizard, "cancelPrompt");
                        QVERIFY(box);
                        QAbstractButton *stopButton = boxButton(box, QStringLiteral("Stop the Migration"));
                        QVERIFY(stopButton);
                        stopButton->click();
                    });
                });
        QVERIFY(pressNext(wizard)); // = Back Up
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
        QVERIFY(cancelled);
        QVERIFY(backup->failed());
        QVERIFY2(backup->error().code.contains(QStringLiteral("cancelled")), qPrintable(backup->error().code));
        QVERIFY(labelText(backup, "statusLabel").contains(backup->error().message.toString().left(20).toHtmlEscaped()));
        QVERIFY(!QFile::exists(backupFile));
        QVERIFY(!wizard.stackChanged());
        QVERIFY(!backup->isComplete()); // nothing to move on to; Back or Cancel
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        // Not busy any more: Cancel closes.
        wizard.button(QWizard::CancelButton)->click();
        QVERIFY(!wizard.isVisible());
    }

    // 2. The prompt names the state; Resume goes on with the backup, which now completes.
    {
        auto wizard = std::make_unique<MigrationWizard>(dir);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QMessageBox *prompt = nullptr;
        QTRY_VERIFY((prompt = findBox(wizard.get(), "resumePrompt")));
        QVERIFY2(prompt->text().contains(QStringLiteral("during \"Backup\"")), qPrintable(prompt->text()));
        QVERIFY(boxButton(prompt, QStringLiteral("Roll Back")));
        QVERIFY(boxButton(prompt, QStringLiteral("Later")));
        boxButton(prompt, QStringLiteral("Resume"))->click();
        auto *backup = qobject_cast<BackupPage *>(wizard->page(MigrationWizard::Backup));
        QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || backup->failed(), StepTimeoutMs);
        QCOMPARE(wizard->currentId(), int(MigrationWizard::Backup));
        // The name may be a minute later than the cancelled one's; nothing is under that one.
        QVERIFY(!QFile::exists(backupFile));
        backupFile = QDir::fromNativeSeparators(child<QLineEdit>(backup, "fileEdit")->text());
        QVERIFY(pressNext(*wizard));
        QTRY_VERIFY_WITH_TIMEOUT(backup->stepDone() || backup->failed(), StepTimeoutMs);
        QVERIFY2(backup->stepOk(), qPrintable(backup->error().message.toString()));
        QVERIFY(QFile::exists(backupFile));
        auto *stop = qobject_cast<StopPage *>(wizard->page(MigrationWizard::Stop));
        QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking(), StepTimeoutMs);
        QVERIFY(wizard->isBusy());
    }
}

QTEST_MAIN(tst_MigrationWizard)
#include "tst_migrationwizard.moc"
