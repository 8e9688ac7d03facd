// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EngineDriver.h"

#include "cli/TransferConsole.h"
#include "core/TerminalText.h"
#include "core/migration/FailureSummary.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace edm::cli {

EngineDriver::EngineDriver(MigrationEngine *engine, CommandContext &context, Settings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_context(context)
    , m_settings(settings)
{
    using Step = MigrationEngine::Step;
    connect(engine, &MigrationEngine::stepStarted, this, [this](Step step) {
        if (m_settings.jsonEvents)
            return event(QStringLiteral("step_started"), {{QStringLiteral("step"), MigrationEngine::stepId(step)}});
        m_context.out << "\n== " << MigrationEngine::stepTitle(step) << Qt::endl;
    });
    connect(engine, &MigrationEngine::stepFinished, this, [this](Step step, bool ok) {
        if (m_settings.jsonEvents) {
            return event(QStringLiteral("step_finished"),
                         {{QStringLiteral("step"), MigrationEngine::stepId(step)}, {QStringLiteral("ok"), ok}});
        }
        if (!m_lastProgress.isEmpty())
            m_context.err << Qt::endl;
        m_lastProgress.clear();
        m_lastTenth = -1;
        m_context.out << (ok ? tr("   done: %1") : tr("   FAILED: %1")).arg(MigrationEngine::stepTitle(step))
                      << Qt::endl;
    });
    connect(engine, &MigrationEngine::logLine, this, [this](Step step, const QString &line) {
        if (m_settings.jsonEvents) {
            return event(QStringLiteral("log"),
                         {{QStringLiteral("step"), MigrationEngine::stepId(step)}, {QStringLiteral("line"), line}});
        }
        if (m_settings.verbose || line.startsWith(QLatin1String("$ ")))
            m_context.out << "   " << terminalSafe(line) << Qt::endl;
    });
    connect(engine, &MigrationEngine::milestone, this, [this](Step step, const QString &text) {
        if (m_settings.jsonEvents) {
            return event(QStringLiteral("milestone"),
                         {{QStringLiteral("step"), MigrationEngine::stepId(step)}, {QStringLiteral("text"), text}});
        }
        m_context.out << "   * " << terminalSafe(text) << Qt::endl;
    });
    connect(engine, &MigrationEngine::progress, this,
            [this](Step step, qint64 done, qint64 total, const QString &text) {
                if (m_settings.jsonEvents) {
                    return event(QStringLiteral("progress"),
                                 {{QStringLiteral("step"), MigrationEngine::stepId(step)},
                                  {QStringLiteral("done"), double(done)},
                                  {QStringLiteral("total"), double(total)},
                                  {QStringLiteral("text"), text}});
                }
                if (m_settings.interactive) {
                    if (text == m_lastProgress)
                        return;
                    m_lastProgress = text;
                    m_context.err << '\r' << "   " << terminalSafe(text) << "\x1b[K" << Qt::flush;
                    return;
                }
                // Not a terminal: a line at each tenth of the way, not a stream of carriage returns.
                const int tenth = total > 0 ? int(qMin<qint64>(10, done * 10 / total)) : -1;
                if (tenth < 0 || tenth == m_lastTenth)
                    return;
                m_lastTenth = tenth;
                m_context.out << "   " << terminalSafe(text) << Qt::endl;
            });
    connect(engine, &MigrationEngine::checkResult, this, [this](const MigrationReport::Check &check) {
        if (m_settings.jsonEvents) {
            return event(QStringLiteral("check"),
                         {{QStringLiteral("id"), check.id},
                          {QStringLiteral("title"), check.title.toString()},
                          {QStringLiteral("result"), MigrationReport::checkResultName(check.result)},
                          {QStringLiteral("detail"), check.detail.toString()},
                          {QStringLiteral("fix"), check.fix.toString()},
                          {QStringLiteral("commands"), check.commands}});
        }
        const QString mark = MigrationReport::checkResultName(check.result).toUpper();
        m_context.out << "   [" << mark.leftJustified(4) << "] " << terminalSafe(check.title);
        if (!check.detail.isEmpty())
            m_context.out << ": " << terminalSafe(check.detail);
        m_context.out << Qt::endl;
        if (!check.fix.isEmpty())
            m_context.out << "          " << terminalSafe(tr("fix: %1").arg(check.fix)) << Qt::endl;
        for (const QString &command : check.commands.split(u'\n', Qt::SkipEmptyParts))
            m_context.out << "            " << terminalSafe(command) << Qt::endl;
    });
    connect(engine, &MigrationEngine::stateChanged, this, [this](const QString &state) {
        if (m_settings.jsonEvents)
            event(QStringLiteral("state"), {{QStringLiteral("state"), state}});
    });
    connect(engine, &MigrationEngine::confirmationNeeded, this, &EngineDriver::onConfirmation);
}

void EngineDriver::event(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    m_context.out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << Qt::endl;
}

void EngineDriver::onConfirmation(const MigrationEngine::Confirmation &confirmation)
{
    if (m_settings.jsonEvents) {
        event(QStringLiteral("confirmation"),
              {{QStringLiteral("step"), MigrationEngine::stepId(confirmation.step)},
               {QStringLiteral("title"), confirmation.title},
               {QStringLiteral("text"), confirmation.text},
               {QStringLiteral("diff"), QString::fromUtf8(confirmation.diff)}});
    } else {
        m_context.out << "\n   " << terminalSafe(confirmation.title) << "\n   " << terminalSafe(confirmation.text)
                      << Qt::endl;
        if (!confirmation.diff.isEmpty())
            m_context.out << terminalSafe(QString::fromUtf8(confirmation.diff)) << Qt::flush;
    }
    if (m_settings.yes) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { engine->confirm(true); }, Qt::QueuedConnection);
        return;
    }
    if (!m_settings.interactive) {
        m_context.printError(tr("standard input is not a terminal, so nothing is changed without --yes. Run again "
                                "with --yes to agree to every step shown."));
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { engine->confirm(false); }, Qt::QueuedConnection);
        return;
    }
    m_context.out << tr("   Go ahead? [y/N] ") << Qt::flush;
    std::string answer;
    std::getline(std::cin, answer);
    const QString reply = QString::fromStdString(answer).trimmed().toLower();
    const bool yes = reply == QLatin1String("y") || reply == QLatin1String("yes") || reply == tr("y");
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, yes] { engine->confirm(yes); }, Qt::QueuedConnection);
}

int EngineDriver::run(Action action)
{
    // Ctrl-C and SIGTERM stop the run cleanly: the running docker command is stopped (the engine's cancel), the
    // journal records where it stopped, and the exit code is 5. The handler only writes to a pipe (TransferConsole).
    bool interrupted = false;
    TransferConsole interrupt(m_context, TransferConsole::Mode::None);
    interrupt.onInterrupt([this, &interrupted] {
        interrupted = true;
        m_engine->cancel();
    });
    QEventLoop loop;
    connect(m_engine, &MigrationEngine::finished, &loop, [this, &loop](const Error &error) {
        m_error = error;
        loop.quit();
    });
    QMetaObject::invokeMethod(
        m_engine,
        [this, action] {
            switch (action) {
            case Action::Start:
                m_engine->start();
                break;
            case Action::Resume:
                m_engine->resume();
                break;
            case Action::Rollback:
                m_engine->rollback();
                break;
            }
        },
        Qt::QueuedConnection);
    loop.exec();

    // After a failed migrate or resume: what failed, the state the stack is in, the safe next step (as the wizard).
    std::optional<FailureSummary> failure;
    if (!m_error.isNull() && action != Action::Rollback)
        failure = describeFailure();

    if (m_settings.jsonEvents) {
        QJsonObject fields{{QStringLiteral("ok"), m_error.isNull()}};
        if (!m_error.isNull()) {
            fields.insert(QStringLiteral("code"), m_error.code);
            fields.insert(QStringLiteral("message"), m_error.message.toString());
        }
        if (failure) {
            fields.insert(QStringLiteral("failure"), failure->toJson());
            const QString command = failure->nextCommand(projectDir());
            fields.insert(QStringLiteral("next_command"), command.isEmpty() ? QJsonValue() : QJsonValue(command));
        }
        event(QStringLiteral("finished"), fields);
    } else if (m_error.isNull()) {
        m_context.out << '\n'
                      << (action == Action::Rollback ? tr("Rolled back.") : tr("The migration is complete."))
                      << Qt::endl;
        if (action != Action::Rollback && !m_engine->report().keepImageNote.isEmpty())
            m_context.out << terminalSafe(m_engine->report().keepImageNote) << Qt::endl;
    } else {
        m_context.printError(m_error.message);
        if (failure) {
            m_context.err << '\n'
                          << terminalSafe(tr("What failed: %1").arg(failure->what)) << '\n'
                          << terminalSafe(tr("State now:   %1").arg(failure->state)) << '\n'
                          << terminalSafe(tr("Next step:   %1").arg(failure->next)) << Qt::endl;
            const QString command = failure->nextCommand(projectDir());
            if (!command.isEmpty())
                m_context.err << "             " << terminalSafe(command) << Qt::endl;
        }
    }
    if (interrupted && !m_error.isNull())
        return ExitStopped;
    return ErrorCode::exitCodeFor(m_error);
}

QString EngineDriver::projectDir() const
{
    if (const std::optional<Journal> &journal = m_engine->journal())
        return journal->projectDir();
    if (const std::optional<MigrationPlan> &plan = m_engine->plan())
        return plan->projectDir();
    return m_engine->options().projectPath;
}

FailureSummary EngineDriver::describeFailure()
{
    // A fresh look at the container (the engine asks docker), waited for here: the command line has nothing else to do.
    std::optional<bool> running;
    QEventLoop loop;
    bool answered = false;
    m_engine->lookAtContainer(&loop, [&](std::optional<bool> value) {
        running = value;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return FailureSummary::describe(FailureFacts::from(*m_engine, m_error, running));
}

} // namespace edm::cli
