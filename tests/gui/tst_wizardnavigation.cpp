// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's navigation and its questions, against tests/data/engine/fake-docker (no rig): Back while nothing has
// changed (also while the engine waits for the backup's or the stop's yes) and not once the stack was stopped; Cancel
// and quit warn of a running step only when one runs; "Later" on the resume question holds for the session; a finished
// summary has no Cancel; every question box is at least as wide as its title.
#include "core/migration/Journal.h"
#include "gui/AppSettings.h"
#include "gui/BackupPage.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxFit.h"
#include "gui/MigrationWizard.h"
#include "gui/PreflightPage.h"
#include "gui/StopPage.h"
#include "gui/SummaryPage.h"

#include "TestSupport.h"
#include "WizardSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

constexpr int StepTimeoutMs = 120 * 1000;

bool backEnabled(QWizard &wizard)
{
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    return back->isVisible() && back->isEnabled();
}

/// The width the box's title needs (what MessageBoxFit promises), in the box's own bold font.
int titleAdvance(const QMessageBox *box)
{
    QFont font = box->font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(box->windowTitle());
}

} // namespace

class tst_WizardNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxFitsItsTitle();
    void backCancelAndQuit();
    void laterMeansLater();
    void finishedSummaryHasNoCancel();

private:
    void seedProject();

    QTemporaryDir m_dir;
    QString m_project;
    QString m_state;
};

void tst_WizardNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    AppSettings::setDockerBinary(engineData(QStringLiteral("fake-docker")));
    qunsetenv("DOCKER_HOST");
    qunsetenv("COMPOSE_PROJECT_NAME");
    qunsetenv("COMPOSE_FILE");
    qputenv("FAKE_DB_SIZE", "8356719");
}

void tst_WizardNavigation::seedProject()
{
    static int count = 0;
    const QString base = m_dir.filePath(QString::number(++count));
    m_project = base + QStringLiteral("/ente");
    m_state = base + QStringLiteral("/state");
    QVERIFY(QDir().mkpath(m_project));
    QVERIFY(QDir().mkpath(m_state));
    QVERIFY(writeAll(m_project + QStringLiteral("/compose.yaml"),
                     readAll(engineData(QStringLiteral("project/compose.yaml")))));
    QVERIFY(writeAll(m_state + QStringLiteral("/container"), "postgres:12\n"));
    QVERIFY(writeAll(m_state + QStringLiteral("/running"), "1\n"));
    QVERIFY(writeAll(m_state + QStringLiteral("/volumes"), "ente_postgres-data postgres-data\n"));
    qputenv("FAKE_STATE", m_state.toUtf8());
}

void tst_WizardNavigation::boxFitsItsTitle()
{
    // A title far longer than the text: QMessageBox alone sizes to the text (and to a third of a small screen).
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Stop the migration of the whole stack while it runs?"),
                    QStringLiteral("Stop?"), QMessageBox::Yes | QMessageBox::No);
    MessageBoxFit::fit(&box);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY2(box.width() >= titleAdvance(&box),
             qPrintable(QStringLiteral("%1 < %2").arg(box.width()).arg(titleAdvance(&box))));
    QVERIFY(box.width() >= MessageBoxFit::titleWidth(&box));
}

void tst_WizardNavigation::backCancelAndQuit()
{
    seedProject();
    MainWindow window(m_project);
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MigrationWizard &wizard = *window.wizard();
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));
    auto *preflight = qobject_cast<PreflightPage *>(wizard.page(MigrationWizard::Preflight));
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));

    // The engine waits for the backup's yes: nothing runs, nothing changed, Back is there.
    QVERIFY(wizard.isBusy());
    QVERIFY(!wizard.isStepRunning());
    QTRY_VERIFY(backEnabled(wizard));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Backup));
    QVERIFY(backEnabled(wizard));

    // Cancel names the waiting question, not a running step; the box is as wide as its title.
    wizard.reject();
    QMessageBox *cancel = nullptr;
    QTRY_VERIFY((cancel = findBox(&wizard, "cancelPrompt")));
    QVERIFY2(!cancel->informativeText().contains(QLatin1String("stopped as safely")),
             qPrintable(cancel->informativeText()));
    QVERIFY2(!cancel->informativeText().contains(QLatin1String("is running")), qPrintable(cancel->informativeText()));
    QVERIFY2(cancel->informativeText().contains(QLatin1String("waits for your yes")),
             qPrintable(cancel->informativeText()));
    QVERIFY(cancel->width() >= titleAdvance(cancel));
    QTest::mouseClick(boxButton(cancel, QMessageBox::RejectRole), Qt::LeftButton);
    QTRY_VERIFY(!findBox(&wizard, "cancelPrompt"));
    QVERIFY(wizard.isBusy());

    // Quitting says the same: a question that waits, no step that runs.
    QString quitText;
    QString quitTitle;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        quitTitle = box->windowTitle();
        quitText = box->text();
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(!window.close());
    QVERIFY2(!quitTitle.isEmpty(), "no question when quitting while the engine waits");
    QVERIFY2(!quitTitle.contains(QLatin1String("running")), qPrintable(quitTitle));
    QVERIFY2(quitText.contains(QLatin1String("waits for your yes")), qPrintable(quitText));
    QVERIFY(window.isVisible());

    // Back to the Project page lets the run go (it changed nothing), and Next starts afresh without a resume question.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));
    QVERIFY(backEnabled(wizard));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Project));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.engine(), StepTimeoutMs);
    const Expected<std::optional<Journal>> journal = Journal::load(m_project);
    QVERIFY(journal && journal->has_value());
    QVERIFY2((*journal)->isFinished(), qPrintable((*journal)->state()));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QVERIFY(!findBox(&wizard, "resumePrompt"));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Preflight));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking() || preflight->failed(), StepTimeoutMs);
    QVERIFY2(!preflight->failed(), qPrintable(preflight->error().message.toString()));

    // The backup changes nothing on the stack: on the Stop page, while its question waits, Back is still there.
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Backup));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton); // the yes to the backup
    auto *stop = qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop));
    QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking() || backup->failed(), StepTimeoutMs);
    QVERIFY2(!backup->failed(), qPrintable(backup->error().message.toString()));
    QVERIFY(!wizard.stackChanged());
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Stop));
    QVERIFY(backEnabled(wizard));

    // The yes to the stop changes the stack: no way back but Roll Back.
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QVERIFY(wizard.stackChanged());
    QVERIFY(!backEnabled(wizard));

    // A step that runs (or has run) is stopped; then quitting asks nothing, as nothing runs.
    wizard.engine()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    QVERIFY(!backEnabled(wizard));
    QVERIFY(window.close());
}

void tst_WizardNavigation::laterMeansLater()
{
    // An unfinished migration (stopped after the stack was stopped) in the project.
    seedProject();
    {
        MigrationWizard wizard(m_project);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
        QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking(), StepTimeoutMs);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        auto *stop = qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop));
        QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking(), StepTimeoutMs);
        QTRY_VERIFY(nextButton(wizard)->isEnabled());
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QVERIFY(wizard.stackChanged());
        wizard.engine()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);
    }
    const Expected<std::optional<Journal>> journal = Journal::load(m_project);
    QVERIFY(journal && journal->has_value() && !(*journal)->isFinished());

    MigrationWizard wizard(m_project);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = findBox(&wizard, "resumePrompt")));
    QVERIFY(prompt->width() >= titleAdvance(prompt));
    QTest::mouseClick(boxButton(prompt, QMessageBox::RejectRole), Qt::LeftButton); // Later
    QTRY_VERIFY(!findBox(&wizard, "resumePrompt"));
    QVERIFY(wizard.postponed(m_project));

    // Not asked again: neither when the wizard looks again nor at the next Next.
    QVERIFY(!wizard.checkJournal());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(!findBox(&wizard, "resumePrompt"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);

    // Opening the project anew (File ▸ Open) is asking for it: the question comes back.
    wizard.openProject(m_project);
    QTRY_VERIFY((prompt = findBox(&wizard, "resumePrompt")));
    QTest::mouseClick(boxButton(prompt, QMessageBox::RejectRole), Qt::LeftButton);

    // A new start (a new wizard) asks again.
    MigrationWizard next(m_project);
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QTRY_VERIFY(findBox(&next, "resumePrompt"));
}

void tst_WizardNavigation::finishedSummaryHasNoCancel()
{
    seedProject();
    MigrationWizard wizard(m_project);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    auto *backup = qobject_cast<BackupPage *>(wizard.page(MigrationWizard::Backup));
    QTRY_VERIFY_WITH_TIMEOUT(backup->isAsking(), StepTimeoutMs);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    auto *stop = qobject_cast<StopPage *>(wizard.page(MigrationWizard::Stop));
    QTRY_VERIFY_WITH_TIMEOUT(stop->isAsking(), StepTimeoutMs);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QVERIFY(wizard.stackChanged());
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    wizard.engine()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), StepTimeoutMs);

    // The way on is the summary with its Roll Back; once the rollback is done, Finish is the only way out.
    for (int i = 0; i < 4 && wizard.currentId() != MigrationWizard::Summary; ++i) {
        QTRY_VERIFY(nextButton(wizard)->isEnabled());
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    }
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Summary));
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    auto *rollback = wizard.summaryPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
    QVERIFY(rollback);
    QTRY_VERIFY(rollback->isVisible() && rollback->isEnabled());
    QTest::mouseClick(rollback, Qt::LeftButton);
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = findBox(&wizard, "rollbackPrompt")));
    QVERIFY(prompt->width() >= titleAdvance(prompt));
    QTest::mouseClick(boxButton(prompt, QMessageBox::DestructiveRole), Qt::LeftButton);
    // The rollback may ask before it touches the volume; say yes.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (QMessageBox *question = findBox(&wizard, "rollbackConfirmation"))
                boxButton(question, QMessageBox::AcceptRole)->click();
            return !wizard.isBusy();
        }(),
        StepTimeoutMs);
    const Expected<std::optional<Journal>> journal = Journal::load(m_project);
    QVERIFY(journal && journal->has_value());
    QCOMPARE((*journal)->state(), QStringLiteral("rolled_back"));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Summary));
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
}

QTEST_MAIN(tst_WizardNavigation)
#include "tst_wizardnavigation.moc"
