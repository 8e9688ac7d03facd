// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logview — the log view takes 100,000 lines per second for 10 s while a heartbeat timer measures the event
// loop's stalls (target: the worst under 16 ms, one frame at 60 Hz) and the memory stays bounded; then the same flood
// goes into a plain QPlainTextEdit (appendPlainText of each batch, maximumBlockCount at the same limit), the reference
// measured in the same run on the same machine, and the figures are printed as ratios against it.
//
// usage: bench_logview [--seconds N] [--rate LINES_PER_SECOND] [--markdown FILE] [--no-reference]
// Prints the figures; with --markdown also writes them as FILE (bench/results/logview.md). Exits 1 when a target is
// missed. Runs on any Qt platform (ctest uses offscreen; the figures under xcb are similar).
#include "gui/LogView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <time.h>

namespace {

constexpr qint64 StallTargetMs = 16;
constexpr qint64 HeartbeatMs = 5;
constexpr qint64 GrowthLimitKiB = 20 * 1024;
constexpr int MaximumLines = 20000;

/// The CPU time this thread used so far, in microseconds: what an event's handling cost, whatever else the machine
/// runs meanwhile.
qint64 threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

/// Measures the CPU time of each event the application delivers (outermost deliveries only).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const qint64 start = threadCpuUs();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (recording)
            eventCpuUs.append(threadCpuUs() - start);
        return result;
    }

    bool recording = false;
    QList<qint64> eventCpuUs;

private:
    int m_depth = 0;
};

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Figures
{
    qint64 produced = 0;
    double seconds = 0;
    qint64 beats = 0;
    qint64 worstMs = 0;
    qint64 p99Ms = 0;
    qint64 rssStart = 0;
    qint64 rssAfterWarmup = -1;
    qint64 rssPeak = 0;
    qint64 rssEnd = 0;
    qint64 worstEventUs = 0; ///< the CPU time of the costliest event (the view's work, without the machine's load)
    qint64 p99EventUs = 0;
    qint64 growthKiB() const { return rssPeak - (rssAfterWarmup < 0 ? rssStart : rssAfterWarmup); }
};

QString benchLine(qint64 n)
{
    if (n % 5000 == 0)
        return QStringLiteral("2026-11-25 09:00:00.000 UTC [1] LOG:  database system is ready to accept connections");
    if (n % 1000 == 0) {
        return QStringLiteral("2026-11-25 09:00:00.000 UTC [%1] FATAL:  the benchmark's error line %2")
            .arg(n % 97)
            .arg(n);
    }
    return QStringLiteral("postgres-1  | 2026-11-25 09:00:00.000 UTC [%1] LOG:  line %2 of the log view benchmark, "
                          "with some words to make it as long as a real one")
        .arg(n % 97)
        .arg(n);
}

/// Floods append() with rate lines a second for seconds (a 10 ms producer timer appending the lines due by then, so
/// that a late tick catches up as a real flood would) while a 5 ms heartbeat timer measures how late the event loop
/// serves it. end() runs after the flood (a last flush).
Figures flood(int seconds, qint64 rate, const std::function<void(const QStringList &)> &append,
              const std::function<void()> &end)
{
    Figures f;
    f.rssStart = rssKiB();
    f.rssPeak = f.rssStart;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    QList<qint64> gaps;

    QTimer producer;
    producer.setInterval(10);
    QObject::connect(&producer, &QTimer::timeout, [&] {
        // A view that cannot keep up falls behind: a late tick brings at most 100 ms of lines (a pipe's producer
        // waits too), so that a slow view gets fewer lines rather than ever larger batches.
        const qint64 due = std::min(clock.elapsed() * rate / 1000, f.produced + rate / 10);
        QStringList lines;
        lines.reserve(int(due - f.produced));
        for (; f.produced < due; ++f.produced)
            lines.append(benchLine(f.produced));
        append(lines);
    });
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(int(HeartbeatMs));
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        gaps.append(now - lastBeat);
        lastBeat = now;
    });
    QTimer memory;
    memory.setInterval(250);
    QObject::connect(&memory, &QTimer::timeout, [&] {
        const qint64 rss = rssKiB();
        f.rssPeak = std::max(f.rssPeak, rss);
        if (f.rssAfterWarmup < 0 && clock.elapsed() >= 2000)
            f.rssAfterWarmup = rss;
    });
    auto *app = static_cast<TimingApplication *>(QCoreApplication::instance());
    app->eventCpuUs.clear();
    app->recording = true;
    QTimer::singleShot(seconds * 1000, &loop, [&] {
        producer.stop();
        heartbeat.stop();
        memory.stop();
        end();
        loop.quit();
    });
    clock.start();
    producer.start();
    heartbeat.start();
    memory.start();
    loop.exec();

    app->recording = false;
    QList<qint64> events = app->eventCpuUs;
    std::sort(events.begin(), events.end());
    f.worstEventUs = events.isEmpty() ? 0 : events.last();
    f.p99EventUs = events.isEmpty() ? 0 : events.at(qsizetype(double(events.size() - 1) * 0.99));
    f.seconds = double(clock.elapsed()) / 1000.0;
    f.rssEnd = rssKiB();
    std::sort(gaps.begin(), gaps.end());
    f.beats = gaps.size();
    f.worstMs = gaps.isEmpty() ? 0 : gaps.last();
    f.p99Ms = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    return f;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("?");
}

QString ratio(qint64 a, qint64 b)
{
    return b > 0 ? QString::number(double(a) / double(b), 'f', 2) : QStringLiteral("–");
}

void row(QTextStream &out, const QString &what, const Figures &f, qint64 rate, qint64 shown)
{
    out << "| " << what << " | " << f.produced << " in " << QString::number(f.seconds, 'f', 2) << " s ("
        << qint64(double(f.produced) / f.seconds) << " lines/s; asked " << rate << ") | " << shown << " | " << f.beats
        << " | **" << f.worstMs << " ms** | " << f.p99Ms << " ms | "
        << QString::number(double(f.worstEventUs) / 1000, 'f', 1) << " ms / "
        << QString::number(double(f.p99EventUs) / 1000, 'f', 1) << " ms | " << f.rssAfterWarmup / 1024 << " → "
        << f.rssPeak / 1024 << " MB (+" << f.growthKiB() / 1024 << ") |\n";
}

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long"), QStringLiteral("N"),
                                           QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("lines per second"),
                                        QStringLiteral("LINES"), QStringLiteral("100000"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("write the results there"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption noReferenceOption(QStringLiteral("no-reference"),
                                               QStringLiteral("only the log view (for profiling)"));
    parser.addOptions({secondsOption, rateOption, markdownOption, noReferenceOption});
    parser.process(app);
    const int seconds = qMax(1, parser.value(secondsOption).toInt());
    const qint64 rate = qMax(1, parser.value(rateOption).toInt());

    const QString loadBefore = loadAverage();
    // The log view first, then the reference, each in a window of the same size.
    Figures view;
    qint64 viewShown = 0;
    {
        edm::gui::LogView log;
        log.setMaximumLines(MaximumLines);
        log.resize(900, 600);
        log.show();
        view = flood(
            seconds, rate, [&log](const QStringList &lines) { log.appendLines(lines); }, [&log] { log.flush(); });
        viewShown = log.lineCount();
    }
    Figures plain;
    qint64 plainShown = 0;
    if (!parser.isSet(noReferenceOption)) {
        QPlainTextEdit edit;
        edit.setReadOnly(true);
        edit.setUndoRedoEnabled(false);
        edit.setLineWrapMode(QPlainTextEdit::NoWrap);
        edit.setMaximumBlockCount(MaximumLines);
        edit.resize(900, 600);
        edit.show();
        plain = flood(
            seconds, rate,
            [&edit](const QStringList &lines) {
                if (!lines.isEmpty())
                    edit.appendPlainText(lines.join(u'\n'));
            },
            [] {});
        plainShown = edit.document()->blockCount();
    }

    const bool stallOk = view.worstMs < StallTargetMs;
    const bool memoryOk = view.growthKiB() < GrowthLimitKiB && viewShown <= MaximumLines;
    const bool allShown = viewShown == qMin<qint64>(view.produced, MaximumLines);

    QString text;
    QTextStream out(&text);
    out << "| | lines appended | lines shown at the end (limit " << MaximumLines << ") | heartbeats (" << HeartbeatMs
        << " ms timer) | worst gap | 99th percentile | costliest event, CPU (worst / 99th percentile) | RSS after 2 s "
           "→ "
        << "peak |\n|---|---|---|---|---|---|---|---|\n";
    row(out, QStringLiteral("LogView"), view, rate, viewShown);
    row(out, QStringLiteral("QPlainTextEdit (reference)"), plain, rate, plainShown);
    out << "\nAgainst the reference in this run: worst gap " << ratio(view.worstMs, plain.worstMs)
        << "×, 99th percentile " << ratio(view.p99Ms, plain.p99Ms) << "×; costliest event "
        << ratio(view.worstEventUs, plain.worstEventUs)
        << "× (LogView ÷ QPlainTextEdit; lower is better). Load average before the run: " << loadBefore
        << ", after: " << loadAverage() << " (the machine is shared; a gap includes the time other processes ran).\n";
    out << "Worst event-loop stall of the log view: " << view.worstMs << " ms; target < " << StallTargetMs
        << " ms (one frame) — **" << (stallOk ? "met" : "missed") << "**.\n";
    out << "Memory: growth after warm-up " << view.growthKiB() / 1024 << " MB with " << view.produced
        << " lines appended; bounded (< " << GrowthLimitKiB / 1024 << " MB, lines kept ≤ limit) — **"
        << (memoryOk ? "met" : "missed") << "**.\n";
    out << "Every line shown (none passed over): the last " << viewShown << " of " << view.produced << " — **"
        << (allShown ? "yes" : "no") << "**.\n";
    out.flush();
    std::fputs(text.toUtf8().constData(), stdout);

    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream md(&file);
            md << "# Benchmark: logview\n\n"
               << "Written by `bench_logview --markdown` (ctest -L bench: `bench_logview`). The log view "
                  "(src/gui/LogView: a QListView over a ring buffer of lines, LogModel) takes "
               << rate << " lines per second for " << seconds
               << " s, each tick of a 10 ms producer timer appending the lines due by then; a 5 ms heartbeat timer "
                  "measures how late the event loop serves it. The reference, in the same run: the same flood into "
                  "a plain QPlainTextEdit (appendPlainText of each tick's lines, maximumBlockCount "
               << MaximumLines << "). Platform: " << QGuiApplication::platformName() << ".\n\n"
               << text << "\n## Machine\n\n| | |\n|---|---|\n"
               << "| date | " << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               << " UTC |\n"
               << "| kernel | " << QSysInfo::kernelType() << ' ' << QSysInfo::kernelVersion() << " |\n"
               << "| CPU | " << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
               << " cores |\n"
               << "| Qt | " << qVersion() << " |\n";
        }
    }
    return stallOk && memoryOk && allShown ? 0 : 1;
}
