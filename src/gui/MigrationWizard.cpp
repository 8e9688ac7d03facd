// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MigrationWizard.h"

#include "gui/AppSettings.h"
#include "gui/BackupPage.h"
#include "gui/FinishPage.h"
#include "gui/MessageBoxFit.h"
#include "gui/PreflightPage.h"
#include "gui/ProjectPage.h"
#include "gui/StopPage.h"
#include "gui/SummaryPage.h"
#include "gui/UpgradePage.h"
#include "gui/VerifyPage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace edm::gui {

namespace {

/// Journal states after which the user's stack is no longer as it was (a stop may have begun).
bool stateChangesStack(const QString &state)
{
    static const QStringList unchanged{QStringLiteral("plan"),      QStringLiteral("plan_done"),
                                       QStringLiteral("preflight"), QStringLiteral("preflight_done"),
                                       QStringLiteral("backup"),    QStringLiteral("backup_done"),
                                       QStringLiteral("rehearse"),  QStringLiteral("rehearse_done")};
    return !state.isEmpty() && !unchanged.contains(state);
}

/// "during “Backup”", "after “Backup”": where a journal's state stands, in words.
QString stateText(const QString &state)
{
    if (state == QLatin1String("rolling_back"))
        return MigrationWizard::tr("while rolling back");
    QString id = state;
    const bool done = id.endsWith(QLatin1String("_done"));
    if (done)
        id.chop(5);
    using Step = MigrationEngine::Step;
    for (Step step : {Step::Plan, Step::Preflight, Step::Backup, Step::Rehearse, Step::Stop, Step::Upgrade,
                      Step::Finish, Step::Verify}) {
        if (MigrationEngine::stepId(step) == id) {
            return done ? MigrationWizard::tr("after \"%1\"").arg(MigrationEngine::stepTitle(step))
                        : MigrationWizard::tr("during \"%1\"").arg(MigrationEngine::stepTitle(step));
        }
    }
    return MigrationWizard::tr("at \"%1\"").arg(state);
}

} // namespace

MigrationWizard::MigrationWizard(const QString &startPath, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Ente DB Migration"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    // While a run is active every page is a commit page (no Back); its button reads like Next.
    setButtonText(QWizard::CommitButton, buttonText(QWizard::NextButton));
    // Not Qt's "&Finish": Alt+F is the File menu's.
    setButtonText(QWizard::FinishButton, tr("Fi&nish"));
    // The next step after a failure that changed nothing (shown only then).
    setButtonText(QWizard::CustomButton1, tr("Retr&y"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            retry();
    });
    connect(this, &QWizard::currentIdChanged, this, [this] { updateFailureButtons(); });

    m_projectPage = new ProjectPage(startPath, this);
    setPage(Project, m_projectPage);
    setPage(Preflight, new PreflightPage(this));
    setPage(Backup, new BackupPage(this));
    setPage(Stop, new StopPage(this));
    setPage(Upgrade, new UpgradePage(this));
    setPage(Finish, new FinishPage(this));
    setPage(Verify, new VerifyPage(this));
    m_summaryPage = new SummaryPage(this);
    setPage(Summary, m_summaryPage);

    m_lastProject = m_projectPage->projectPath();
    connect(m_projectPage, &ProjectPage::planChanged, this, [this] {
        const QString path = m_projectPage->projectPath();
        if (path == m_lastProject)
            return;
        m_lastProject = path;
        Q_EMIT projectChanged(path);
    });
    connect(m_summaryPage, &SummaryPage::exportReportRequested, this, &MigrationWizard::exportReportRequested);
    connect(m_summaryPage, &SummaryPage::openBackupRequested, this, &MigrationWizard::openBackupRequested);
    connect(m_summaryPage, &SummaryPage::rollbackRequested, this, &MigrationWizard::askRollback);
    // Cancel leaves a finished summary (Finish is the way out there).
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateNavigation);

    const QByteArray geometry = QSettings().value(QStringLiteral("wizard/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(860, 700);

    // An unfinished migration in the project: offer to resume or roll it back once the wizard is up.
    QTimer::singleShot(0, this, [this] {
        if (!m_engine)
            checkJournal();
    });
}

MigrationWizard::~MigrationWizard()
{
    // The engine goes first, while the pages it reports to still exist, and without reporting to them.
    if (m_engine) {
        m_engine->disconnect(this);
        delete m_engine;
    }
}

std::optional<MigrationReport> MigrationWizard::currentReport() const
{
    if (!m_engine)
        return std::nullopt;
    return m_engine->report();
}

bool MigrationWizard::isBusy() const
{
    return m_engine && m_engine->isRunning();
}

bool MigrationWizard::isStepRunning() const
{
    if (!isBusy())
        return false;
    if (m_rollingBack)
        return true;
    const QList<EnginePage *> pages = enginePages();
    return std::none_of(pages.begin(), pages.end(), [](const EnginePage *page) { return page->isAsking(); });
}

QString MigrationWizard::waitingText() const
{
    if (!isBusy())
        return {};
    if (isStepRunning()) {
        return tr("\"%1\" is running; it is stopped as safely as it can be.")
            .arg(MigrationEngine::stepTitle(m_engine->currentStep()));
    }
    return tr("The migration waits for your yes to \"%1\"; nothing of that step was done.")
        .arg(MigrationEngine::stepTitle(m_engine->currentStep()));
}

bool MigrationWizard::prompting() const
{
    // A prompt that was answered is closed at once and deleted later: it asks no more.
    return m_prompt && m_prompt->isVisible();
}

QString MigrationWizard::projectKey(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

bool MigrationWizard::postponed(const QString &projectPath) const
{
    return m_postponed.contains(projectKey(projectPath));
}

QList<EnginePage *> MigrationWizard::enginePages() const
{
    QList<EnginePage *> pages;
    for (int id : pageIds()) {
        if (auto *page = qobject_cast<EnginePage *>(this->page(id)))
            pages.append(page);
    }
    return pages;
}

EnginePage *MigrationWizard::pageFor(MigrationEngine::Step step) const
{
    using Step = MigrationEngine::Step;
    switch (step) {
    case Step::Plan:
    case Step::Preflight:
        return qobject_cast<EnginePage *>(page(Preflight));
    case Step::Backup:
    case Step::Rehearse:
        return qobject_cast<EnginePage *>(page(Backup));
    case Step::Stop:
        return qobject_cast<EnginePage *>(page(Stop));
    case Step::Upgrade:
        return qobject_cast<EnginePage *>(page(Upgrade));
    case Step::Finish:
        return qobject_cast<EnginePage *>(page(Finish));
    case Step::Verify:
    case Step::Done:
        return qobject_cast<EnginePage *>(page(Verify));
    }
    return nullptr;
}

MigrationEngine::Options MigrationWizard::engineOptions() const
{
    MigrationEngine::Options options;
    const QString path = m_projectPage->projectPath();
    options.projectPath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    if (const auto &plan = m_projectPage->plan()) {
        options.service = plan->service().name;
        options.target = plan->target();
    }
    options.upgradeImage = m_projectPage->upgradeImage();
    options.finalImage = m_projectPage->finalImage();
    options.backupDir = AppSettings::backupFolder();
    options.healthUrl = AppSettings::healthUrl();
    options.docker.dockerProgram = AppSettings::dockerBinary();
    options.confirmBackup = true;
    options.method = m_method;
    return options;
}

void MigrationWizard::createEngine()
{
    dropEngine();
    m_engine = new MigrationEngine(engineOptions(), this);
    using Step = MigrationEngine::Step;
    connect(m_engine, &MigrationEngine::stepStarted, this, &MigrationWizard::onStepStarted);
    connect(m_engine, &MigrationEngine::stepFinished, this, [this](Step step, bool ok) {
        if (m_rollingBack)
            return;
        if (EnginePage *page = pageFor(step))
            page->handleStepFinished(step, ok);
        updateNavigation();
    });
    connect(m_engine, &MigrationEngine::progress, this,
            [this](Step step, qint64 done, qint64 total, const QString &text) {
                if (m_rollingBack)
                    return m_summaryPage->rollbackProgress(done, total, text);
                if (EnginePage *page = pageFor(step))
                    page->handleProgress(step, done, total, text);
            });
    connect(m_engine, &MigrationEngine::logLine, this, [this](Step step, const QString &line) {
        if (m_rollingBack)
            return m_summaryPage->rollbackLog(line);
        m_summaryPage->runLog(line);
        if (EnginePage *page = pageFor(step))
            page->handleLog(step, line);
    });
    connect(m_engine, &MigrationEngine::upgradeEstimateChanged, this, [this](const UpgradeEstimate &estimate) {
        if (auto *upgrade = qobject_cast<UpgradePage *>(page(Upgrade)))
            upgrade->showEstimate(estimate);
    });
    connect(m_engine, &MigrationEngine::milestone, this, [this](Step step, const QString &text) {
        if (EnginePage *page = pageFor(step))
            page->handleMilestone(step, text);
    });
    connect(m_engine, &MigrationEngine::checkResult, this, [this](const MigrationReport::Check &check) {
        if (EnginePage *page = pageFor(m_engine->currentStep()))
            page->handleCheck(check);
    });
    connect(m_engine, &MigrationEngine::confirmationNeeded, this, &MigrationWizard::onConfirmation);
    connect(m_engine, &MigrationEngine::stateChanged, this, &MigrationWizard::onStateChanged);
    connect(m_engine, &MigrationEngine::finished, this, &MigrationWizard::onFinished);
    for (EnginePage *page : enginePages())
        page->setEngine(m_engine);
    m_summaryPage->setEngine(m_engine);
    m_failure.reset();
}

void MigrationWizard::dropEngine()
{
    if (!m_engine)
        return;
    m_engine->disconnect(this);
    for (EnginePage *page : enginePages())
        page->setEngine(nullptr);
    m_summaryPage->setEngine(nullptr);
    m_engine->deleteLater();
    m_engine = nullptr;
    m_stackChanged = false;
    m_rollingBack = false;
    m_jumpOnStart = false;
    m_failure.reset();
    updateNavigation();
}

void MigrationWizard::startRun(Run run)
{
    const Expected<std::optional<Journal>> journal =
        MigrationEngine::existingJournal(QDir::current().absoluteFilePath(m_projectPage->projectPath()));
    createEngine();
    switch (run) {
    case Run::Start:
        m_engine->start();
        break;
    case Run::Resume:
        m_stackChanged =
            journal && journal->has_value() && (stateChangesStack((*journal)->state()) || (*journal)->dataTouched);
        m_jumpOnStart = true;
        m_engine->resume();
        break;
    case Run::Rollback:
        m_stackChanged = true;
        m_rollingBack = true;
        jumpTo(Summary);
        m_summaryPage->rollbackStarted();
        m_engine->rollback();
        break;
    }
    updateNavigation();
}

bool MigrationWizard::checkJournal()
{
    if (prompting() || isBusy())
        return prompting();
    const QString path = m_projectPage->projectPath();
    if (path.isEmpty())
        return false;
    const Expected<std::optional<Journal>> existing =
        MigrationEngine::existingJournal(QDir::current().absoluteFilePath(path));
    // A journal that cannot be read: the engine says so when the run starts.
    if (!existing || !existing->has_value())
        return false;
    const Journal &journal = **existing;
    if (journal.isFinished() || postponed(path))
        return false;

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("resumePrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unfinished migration"));
    const QDateTime when = journal.updated.isValid() ? journal.updated : journal.created;
    box->setText(tr("A migration of %1 stopped %2 (last recorded %3).")
                     .arg(QDir::toNativeSeparators(journal.projectDir()), stateText(journal.state()),
                          QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
    QString info;
    if (!journal.lastError.isEmpty())
        info = tr("It ended with: %1").arg(journal.lastError) + QStringLiteral("\n\n");
    info += tr("Resume goes on from there. Roll Back puts the original compose file back and, if the data was already "
               "changed, restores the backup. Later leaves everything as it is.");
    box->setInformativeText(info);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton *rollback = box->addButton(tr("Roll &Back"), QMessageBox::DestructiveRole);
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    connect(box, &QMessageBox::buttonClicked, this, [this, resume, rollback, later, path](QAbstractButton *button) {
        if (button == resume)
            QTimer::singleShot(0, this, [this] { startRun(Run::Resume); });
        else if (button == rollback)
            QTimer::singleShot(0, this, [this] { startRun(Run::Rollback); });
        else if (button == later && !postponed(path))
            m_postponed.append(projectKey(path)); // until the next start
    });
    m_prompt = box;
    MessageBoxFit::fit(box);
    box->open();
    return true;
}

void MigrationWizard::askRollback()
{
    if (isBusy() || prompting())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("rollbackPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Roll back the migration"));
    const QString backup = m_engine && m_engine->report().backup
        ? QDir::toNativeSeparators(m_engine->report().backup->path)
        : tr("(none)");
    box->setText(tr("Put the original compose file back and, if the data was already converted, restore the backup "
                    "%1 into the volume?")
                     .arg(backup));
    box->setInformativeText(tr("The volume's current contents are copied aside first; you are asked before that."));
    QPushButton *yes = box->addButton(tr("&Roll Back"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button != yes)
            return;
        if (!m_engine)
            createEngine();
        m_rollingBack = true;
        m_summaryPage->rollbackStarted();
        m_engine->rollback();
        updateNavigation();
    });
    m_prompt = box;
    MessageBoxFit::fit(box);
    box->open();
}

int MigrationWizard::idOf(const QWizardPage *page) const
{
    for (int id : pageIds()) {
        if (this->page(id) == page)
            return id;
    }
    return Project;
}

void MigrationWizard::jumpTo(int id)
{
    if (currentId() == id)
        return;
    m_jumping = true;
    setCurrentId(id);
    m_jumping = false;
}

bool MigrationWizard::validateCurrentPage()
{
    if (m_jumping)
        return true;
    if (currentId() == Project) {
        if (m_discarding || !QWizard::validateCurrentPage())
            return false;
        if (isBusy())
            return true;
        // An unfinished migration first: the engine would refuse a new one.
        if (checkJournal())
            return false;
        m_method = MigrationEngine::Method::PgAutoUpgrade;
        startRun(Run::Start);
        return true;
    }
    return QWizard::validateCurrentPage();
}

void MigrationWizard::noteYes(MigrationEngine::Step step)
{
    using Step = MigrationEngine::Step;
    if (step == Step::Stop || step == Step::Upgrade || step == Step::Finish)
        m_stackChanged = true;
    updateNavigation();
}

void MigrationWizard::useDumpRestore()
{
    if (isBusy() || prompting())
        return;
    m_method = MigrationEngine::Method::DumpRestore;
    startRun(Run::Start);
}

void MigrationWizard::onStepStarted(MigrationEngine::Step step)
{
    if (m_rollingBack)
        return;
    EnginePage *page = pageFor(step);
    if (!page)
        return;
    page->handleStepStarted(step);
    if (m_jumpOnStart) {
        m_jumpOnStart = false;
        jumpTo(idOf(page));
    }
    updateNavigation();
}

void MigrationWizard::onConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    if (!m_rollingBack) {
        if (EnginePage *page = pageFor(confirmation.step))
            page->handleConfirmation(confirmation);
        // Waiting for a yes before the first change: Back is allowed again.
        updateNavigation();
        return;
    }
    // During a rollback (restoring the backup into the volume): a plain question, the Summary page has no Next.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("rollbackConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(confirmation.title);
    box->setText(confirmation.title);
    box->setInformativeText(confirmation.text);
    QPushButton *yes = box->addButton(tr("&Go Ahead"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (m_engine)
            m_engine->confirm(button == yes);
    });
    MessageBoxFit::fit(box);
    box->open();
}

void MigrationWizard::onStateChanged(const QString &state)
{
    // "stop" itself is set before the question; the yes (noteYes) or a later state marks the change.
    if (state != QLatin1String("stop") && stateChangesStack(state))
        m_stackChanged = true;
    updateNavigation();
}

void MigrationWizard::onFinished(const Error &error)
{
    if (m_discarding) {
        m_discarding = false;
        const QString path = m_projectPage->projectPath();
        dropEngine();
        // The run stopped before it changed anything (as a stop in the preflight): nothing to resume or roll back,
        // so the next Next starts afresh instead of asking.
        Expected<std::optional<Journal>> journal =
            MigrationEngine::existingJournal(QDir::current().absoluteFilePath(path));
        if (journal && journal->has_value() && !(*journal)->isFinished() && !stateChangesStack((*journal)->state()) &&
            !(*journal)->dataTouched)
            (*journal)->transition(QStringLiteral("refused"));
        return;
    }
    if (m_rollingBack) {
        m_rollingBack = false;
        if (error.isNull())
            m_failure.reset();
        m_summaryPage->rollbackFinished(error);
        m_summaryPage->setRollbackAvailable(!error.isNull());
        updateNavigation();
        return;
    }
    EnginePage *page = pageFor(m_engine->currentStep());
    if (page)
        page->handleRunFinished(error);
    m_summaryPage->refresh(error);
    m_summaryPage->setRollbackAvailable(!error.isNull() && m_stackChanged);
    showFailure(error);
    if (m_jumpOnStart && page) {
        // A resume that ended before its first step: show why on that step's page.
        m_jumpOnStart = false;
        jumpTo(idOf(page));
    }
    updateNavigation();
}

void MigrationWizard::updateNavigation()
{
    // Back stays while nothing has changed and no step works (the backup alone changes nothing on the stack); once
    // the stack was stopped, there is no way back but Roll Back.
    const bool locked = isStepRunning() || m_stackChanged;
    for (int id : pageIds())
        page(id)->setCommitPage(locked);
    // A finished summary (success, failure or a completed rollback) leaves by Finish only.
    setOption(QWizard::NoCancelButton, currentId() == Summary && !isBusy());
    if (QWizardPage *current = currentPage())
        Q_EMIT current->completeChanged();
    updateFailureButtons();
}

void MigrationWizard::showFailure(const Error &error)
{
    m_failure.reset();
    if (error.isNull() || !m_engine)
        return updateFailureButtons();
    // At once from what the engine knows; then again with a fresh look at the container.
    const auto describe = [this, error](std::optional<bool> running) {
        m_failure = FailureSummary::describe(FailureFacts::from(*m_engine, error, running));
        m_summaryPage->setFailure(m_failure);
        if (m_failure->action == FailureSummary::Next::RollBack) {
            // Something changed: Next leads to the summary and its Roll Back…, whatever the pages saw.
            m_stackChanged = true;
            m_summaryPage->setRollbackAvailable(true);
        }
        updateNavigation();
    };
    describe(std::nullopt);
    MigrationEngine *engine = m_engine;
    m_engine->lookAtContainer(m_engine, [this, engine, describe](std::optional<bool> running) {
        // Only for the run that failed, and only while nothing else started.
        if (engine == m_engine && m_failure && !isBusy())
            describe(running);
    });
}

void MigrationWizard::updateFailureButtons()
{
    const bool failed = m_failure.has_value() && !isBusy();
    const bool retry = failed && m_failure->action == FailureSummary::Next::Retry;
    // After a failure (and during a rollback) the wizard's own default (Finish on the summary) is not the safe one.
    setOption(QWizard::NoDefaultButton, failed || m_rollingBack);
    setOption(QWizard::HaveCustomButton1, retry);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!m_rollingBack);
    if (!failed && !m_rollingBack)
        return;
    for (QWizard::WizardButton which : {QWizard::FinishButton, QWizard::NextButton, QWizard::CommitButton}) {
        if (auto *push = qobject_cast<QPushButton *>(button(which)))
            push->setDefault(false);
    }
    if (!failed)
        return;
    if (retry) {
        if (auto *push = qobject_cast<QPushButton *>(button(QWizard::CustomButton1)))
            push->setDefault(true);
    } else if (currentId() == Summary) {
        m_summaryPage->makeNextStepDefault();
    } else {
        // On the failed page the way on is Next (or the commit button that stands for it) to the summary.
        for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton}) {
            auto *push = qobject_cast<QPushButton *>(button(which));
            if (push && push->isVisible() && push->isEnabled()) {
                push->setDefault(true);
                break;
            }
        }
    }
}

void MigrationWizard::retry()
{
    if (isBusy() || m_prompt || !m_failure || m_failure->action != FailureSummary::Next::Retry)
        return;
    const bool resume = m_failure->retryResumes;
    m_failure.reset();
    startRun(resume ? Run::Resume : Run::Start);
}

void MigrationWizard::openProject(const QString &path)
{
    if (isBusy())
        return;
    dropEngine();
    restart();
    m_projectPage->setProjectPath(path);
    // Opening a project is asking for it anew: its resume question comes back even after "Later".
    m_postponed.removeAll(projectKey(m_projectPage->projectPath()));
    checkJournal();
}

void MigrationWizard::cleanupPage(int id)
{
    // Back from the first step's page to the Project page: the run (failed, cancelled, or waiting for a yes before
    // anything changed) is let go.
    if (id == Preflight && !m_stackChanged && !isStepRunning() && !m_discarding) {
        if (isBusy())
            discardRun();
        else
            dropEngine();
    }
    QWizard::cleanupPage(id);
}

void MigrationWizard::discardRun()
{
    m_discarding = true;
    m_engine->cancel();
}

void MigrationWizard::reject()
{
    if (!isBusy())
        return QWizard::reject();
    if (prompting())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("cancelPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Stop the migration?"));
    box->setText(tr("Stop the migration now?"));
    // Only a step that works is "stopped as safely as it can be"; a question that waits is just not answered.
    box->setInformativeText(waitingText() + u' ' +
                            tr("You are told in which state things are, and the journal keeps where the migration "
                               "stopped: resume or roll back later."));
    QPushButton *stop = box->addButton(tr("&Stop the Migration"), QMessageBox::DestructiveRole);
    QPushButton *goOn = box->addButton(tr("&Continue"), QMessageBox::RejectRole);
    box->setDefaultButton(goOn);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *button) {
        if (button == stop && m_engine)
            m_engine->cancel();
    });
    m_prompt = box;
    MessageBoxFit::fit(box);
    box->open();
}

void MigrationWizard::done(int result)
{
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

} // namespace edm::gui
