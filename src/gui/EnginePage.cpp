// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/EnginePage.h"

#include "gui/DiffView.h"
#include "gui/MigrationWizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>

namespace edm::gui {

EnginePage::EnginePage(QList<MigrationEngine::Step> steps, QWidget *parent)
    : QWizardPage(parent)
    , m_steps(std::move(steps))
{
}

EnginePage::~EnginePage() = default;

QString EnginePage::iconText(const QString &icon, const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<table><tr><td valign=\"top\"><img src=\":/icons/%1.svg\" width=\"16\" height=\"16\"></td>"
                          "<td>&nbsp;%2</td></tr></table>")
        .arg(icon, html);
}

void EnginePage::showChange(QLabel *label, DiffView *view, const MigrationEngine::Confirmation &confirmation)
{
    label->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(confirmation.title.toHtmlEscaped(), confirmation.text.toHtmlEscaped()));
    view->setDiff(confirmation.diff);
    fitToLines(view, 16);
}

void EnginePage::fitToLines(QPlainTextEdit *view, int maxLines)
{
    const int lines = qBound(3, view->document()->blockCount(), maxLines);
    const int frame = 2 * view->frameWidth();
    const int margins =
        int(2 * view->document()->documentMargin()) + view->contentsMargins().top() + view->contentsMargins().bottom();
    const int scrollBar = view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(lines * view->fontMetrics().lineSpacing() + frame + margins + scrollBar);
}

void EnginePage::setEngine(MigrationEngine *engine)
{
    m_engine = engine;
    m_confirmation.reset();
    m_started = false;
    m_done = false;
    m_ok = false;
    m_error = {};
    setStatus({}, {});
    reset();
    updateButtons();
}

void EnginePage::setStatus(const QString &icon, const QString &text)
{
    auto *label = findChild<QLabel *>(QStringLiteral("statusLabel"));
    if (!label)
        return;
    label->setText(text.isEmpty() ? QString() : (icon.isEmpty() ? text.toHtmlEscaped() : iconText(icon, text)));
    label->setVisible(!text.isEmpty());
}

bool EnginePage::stackChanged() const
{
    const auto *wizard = qobject_cast<const MigrationWizard *>(this->wizard());
    return wizard && wizard->stackChanged();
}

void EnginePage::handleStepStarted(MigrationEngine::Step step)
{
    m_started = true;
    m_done = false;
    m_error = {};
    onStepStarted(step);
    updateButtons();
}

void EnginePage::handleStepFinished(MigrationEngine::Step step, bool ok)
{
    m_confirmation.reset();
    // A page of several steps (backup and rehearsal) is done with its last.
    if (!ok || step == m_steps.last() || !m_engine || !m_engine->steps().contains(m_steps.last())) {
        m_done = true;
        m_ok = ok;
    }
    onStepFinished(step, ok);
    updateButtons();
}

void EnginePage::handleConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    m_confirmation = confirmation;
    showConfirmation(confirmation);
    updateButtons();
}

void EnginePage::handleRunFinished(const Error &error)
{
    m_confirmation.reset();
    if (!error.isNull()) {
        m_error = error;
        setStatus(QStringLiteral("error"), error.message);
    }
    onRunFinished(error);
    updateButtons();
}

void EnginePage::handleLog(MigrationEngine::Step, const QString &) { }
void EnginePage::handleProgress(MigrationEngine::Step, qint64, qint64, const QString &) { }
void EnginePage::handleMilestone(MigrationEngine::Step, const QString &) { }
void EnginePage::handleCheck(const MigrationReport::Check &) { }

void EnginePage::showConfirmation(const MigrationEngine::Confirmation &) { }

void EnginePage::onStepStarted(MigrationEngine::Step) { }

void EnginePage::onStepFinished(MigrationEngine::Step, bool ok)
{
    if (ok)
        setStatus(QStringLiteral("ok"), tr("Done."));
}

void EnginePage::onRunFinished(const Error &) { }

bool EnginePage::isComplete() const
{
    if (m_confirmation)
        return true;
    if (m_done && m_ok)
        return true;
    // After a failure, Next leads to the summary (and its Roll Back…) once the stack was changed; before that
    // nothing needs undoing and the way on is Back or Cancel.
    return failed() && stackChanged();
}

bool EnginePage::validatePage()
{
    if (m_confirmation && m_engine) {
        if (!mayConfirm())
            return false; // the question stays open
        beforeYes();
        m_confirmation.reset();
        m_started = true;
        if (auto *wizard = qobject_cast<MigrationWizard *>(this->wizard()))
            wizard->noteYes(m_steps.first());
        m_engine->confirm(true);
        updateButtons();
        return false;
    }
    return isComplete();
}

int EnginePage::nextId() const
{
    if (failed() || (m_done && !m_ok))
        return MigrationWizard::Summary;
    return QWizardPage::nextId();
}

void EnginePage::initializePage()
{
    updateButtons();
}

void EnginePage::updateButtons()
{
    QString next;
    if (m_confirmation && !m_yesText.isEmpty())
        next = m_yesText;
    else if (wizard())
        next = wizard()->buttonText(QWizard::NextButton);
    if (!next.isEmpty()) {
        setButtonText(QWizard::NextButton, next);
        setButtonText(QWizard::CommitButton, next);
    }
    Q_EMIT completeChanged();
}

} // namespace edm::gui
