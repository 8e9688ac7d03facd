// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TransferConsole.h"

#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace edm::cli {

namespace {

int interruptPipe[2] = {-1, -1};
struct sigaction previousInt;
struct sigaction previousTerm;

void onSignal(int)
{
    const char byte = 1;
    if (interruptPipe[1] >= 0)
        (void)::write(interruptPipe[1], &byte, 1);
}

} // namespace

std::optional<TransferConsole::Mode> TransferConsole::modeFromName(const QString &name)
{
    if (name == QLatin1String("auto"))
        return Mode::Auto;
    if (name == QLatin1String("bar"))
        return Mode::Bar;
    if (name == QLatin1String("json"))
        return Mode::Json;
    if (name == QLatin1String("none"))
        return Mode::None;
    return std::nullopt;
}

TransferConsole::TransferConsole(CommandContext &context, Mode mode, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_mode(mode)
{
    if (m_mode == Mode::Auto)
        m_mode = isatty(STDERR_FILENO) ? Mode::Bar : Mode::None;
}

TransferConsole::~TransferConsole()
{
    endBar();
    if (m_notifier) {
        sigaction(SIGINT, &previousInt, nullptr);
        sigaction(SIGTERM, &previousTerm, nullptr);
        delete m_notifier;
        ::close(interruptPipe[0]);
        ::close(interruptPipe[1]);
        interruptPipe[0] = interruptPipe[1] = -1;
    }
}

void TransferConsole::onInterrupt(std::function<void()> cancel)
{
    m_cancel = std::move(cancel);
    if (m_notifier || ::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (::read(interruptPipe[0], buffer, sizeof buffer) > 0) { }
        endBar();
        if (m_cancel) {
            m_context.err << QCoreApplication::translate("edm::cli::TransferConsole", "Interrupted: stopping…")
                          << Qt::endl;
            const auto cancel = std::exchange(m_cancel, {});
            cancel();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
}

QString TransferConsole::bar(const TransferStatus &status, int width)
{
    const int percent = status.percent();
    QString bar;
    if (percent >= 0) {
        const int filled = percent * width / 100;
        bar = u'[' + QString(filled, u'#') + QString(width - filled, u'.') + QStringLiteral("] ") +
            QStringLiteral("%1 %").arg(percent, 3) + QStringLiteral("  ");
    }
    QString text = TransferProgress::formatBytes(status.bytes);
    if (status.total > 0)
        text += u' ' +
            QCoreApplication::translate("edm::cli::TransferConsole", "of ~%1")
                .arg(TransferProgress::formatBytes(status.total));
    if (status.bytesPerSecond > 0)
        text += QStringLiteral("  ") + TransferProgress::formatRate(status.bytesPerSecond);
    if (status.etaSeconds >= 0)
        text += QStringLiteral("  ") +
            QCoreApplication::translate("edm::cli::TransferConsole", "%1 left")
                .arg(TransferProgress::formatDuration(status.etaSeconds));
    return bar + text;
}

void TransferConsole::progress(const TransferStatus &status)
{
    if (m_mode == Mode::Bar) {
        // \r and clear to the end of the line: the bar redraws in place.
        m_context.err << '\r' << bar(status) << "\x1b[K";
        m_context.err.flush();
        m_barShown = true;
    } else if (m_mode == Mode::Json) {
        // At most twice a second: a script wants to follow, not to drown.
        if (m_lastJsonMs >= 0 && status.elapsedMs - m_lastJsonMs < 500)
            return;
        m_lastJsonMs = status.elapsedMs;
        event(QStringLiteral("progress"),
              {{QStringLiteral("bytes"), status.bytes},
               {QStringLiteral("total"), status.total},
               {QStringLiteral("percent"), status.percent()},
               {QStringLiteral("bytes_per_second"), qint64(status.bytesPerSecond)},
               {QStringLiteral("eta_seconds"), status.etaSeconds},
               {QStringLiteral("elapsed_ms"), status.elapsedMs}});
    }
}

void TransferConsole::event(const QString &name, QJsonObject fields)
{
    if (m_mode != Mode::Json)
        return;
    fields.insert(QStringLiteral("event"), name);
    m_context.out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << Qt::endl;
}

void TransferConsole::endBar()
{
    if (!m_barShown)
        return;
    m_context.err << '\n';
    m_context.err.flush();
    m_barShown = false;
}

} // namespace edm::cli
