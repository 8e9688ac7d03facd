// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationEngine.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace edm::gui {

class DiffView;

/// A wizard page that shows one or more steps of the MigrationEngine. The wizard hands it the engine's signals for
/// its steps; the page only displays them. When the engine asks for a yes (confirmationNeeded) the page shows the
/// question and the user's Next is the yes: Next then stays on the page, shows the step running, and moves on once
/// the step finished.
class EnginePage : public QWizardPage
{
    Q_OBJECT
public:
    EnginePage(QList<MigrationEngine::Step> steps, QWidget *parent = nullptr);
    ~EnginePage() override;

    bool shows(MigrationEngine::Step step) const { return m_steps.contains(step); }
    /// A new engine (or none): everything shown before is forgotten.
    void setEngine(MigrationEngine *engine);
    MigrationEngine *engine() const { return m_engine; }

    void handleStepStarted(MigrationEngine::Step step);
    void handleStepFinished(MigrationEngine::Step step, bool ok);
    void handleConfirmation(const MigrationEngine::Confirmation &confirmation);
    /// The run ended while one of this page's steps was current (error null: success).
    void handleRunFinished(const Error &error);
    virtual void handleLog(MigrationEngine::Step step, const QString &line);
    virtual void handleProgress(MigrationEngine::Step step, qint64 done, qint64 total, const QString &text);
    virtual void handleMilestone(MigrationEngine::Step step, const QString &text);
    virtual void handleCheck(const MigrationReport::Check &check);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void initializePage() override;

    /// The Next button's text while the page asks (empty: Next).
    QString yesText() const { return m_yesText; }
    /// The engine waits for this page's yes.
    bool isAsking() const { return m_confirmation.has_value(); }
    const std::optional<MigrationEngine::Confirmation> &confirmation() const { return m_confirmation; }
    bool stepStarted() const { return m_started; }
    bool stepDone() const { return m_done; }
    bool stepOk() const { return m_done && m_ok; }
    /// The run ended with an error on this page.
    bool failed() const { return !m_error.isNull(); }
    const Error &error() const { return m_error; }

    /// The page's status line as rich text with an icon (ok, warning, error).
    static QString iconText(const QString &icon, const QString &text);
    /// Makes a read-only text view (a diff) exactly as high as its lines, up to maxLines.
    static void fitToLines(QPlainTextEdit *view, int maxLines);
    /// Shows the engine's question about a change: its title (bold) and text in label, its diff in view, as high as
    /// its lines (up to 16).
    static void showChange(QLabel *label, DiffView *view, const MigrationEngine::Confirmation &confirmation);

protected:
    /// Clears what the page shows.
    virtual void reset() = 0;
    virtual void showConfirmation(const MigrationEngine::Confirmation &confirmation);
    /// Whether the yes may go now (a page may ask the person something first, e.g. whether a file is replaced).
    virtual bool mayConfirm() { return true; }
    /// Just before the yes: hand the page's choices to the engine.
    virtual void beforeYes() { }
    virtual void onStepStarted(MigrationEngine::Step step);
    virtual void onStepFinished(MigrationEngine::Step step, bool ok);
    virtual void onRunFinished(const Error &error);
    /// The Next button's text while the engine waits for the yes ("Back Up", "Stop the Stack", …).
    void setYesText(const QString &text) { m_yesText = text; }
    void setStatus(const QString &icon, const QString &text);
    /// The wizard's view of whether the user's stack was changed (Next after a failure leads to the summary).
    bool stackChanged() const;

private:
    void updateButtons();

    QList<MigrationEngine::Step> m_steps;
    QPointer<MigrationEngine> m_engine;
    std::optional<MigrationEngine::Confirmation> m_confirmation;
    bool m_started = false;
    bool m_done = false;
    bool m_ok = false;
    Error m_error;
    QString m_yesText;
};

} // namespace edm::gui
