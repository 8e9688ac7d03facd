// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandContext.h"
#include "core/postgres/TransferProgress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QSocketNotifier;

namespace edm::cli {

/// The terminal side of a long transfer (backup, restore): a progress bar on a terminal, JSON lines for scripts, or
/// nothing; and Ctrl-C (SIGINT, SIGTERM) turned into a clean cancel, so that no partial file is left behind.
class TransferConsole : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Auto, ///< a bar when standard error is a terminal, else nothing
        Bar,
        Json,
        None
    };

    static std::optional<Mode> modeFromName(const QString &name); ///< "bar", "json", "none", "auto"

    TransferConsole(CommandContext &context, Mode mode, QObject *parent = nullptr);
    ~TransferConsole() override;

    bool json() const { return m_mode == Mode::Json; }
    /// Called (once) when the user interrupts; the handlers are installed for the console's lifetime.
    void onInterrupt(std::function<void()> cancel);
    void progress(const TransferStatus &status);
    /// Json mode: one object per line on standard output, with "event": name.
    void event(const QString &name, QJsonObject fields = {});
    /// Ends the bar's line (before other output).
    void endBar();

    static QString bar(const TransferStatus &status, int width = 28);

private:
    CommandContext &m_context;
    Mode m_mode;
    bool m_barShown = false;
    qint64 m_lastJsonMs = -1;
    std::function<void()> m_cancel;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace edm::cli
