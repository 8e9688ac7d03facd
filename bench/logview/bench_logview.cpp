// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logview — the log view takes 100,000 lines per second for 10 s while a heartbeat timer measures
// the event loop's worst stall (target: under 50 ms) and the memory stays bounded.
//
// usage: bench_logview [--seconds N] [--rate LINES_PER_SECOND] [--markdown FILE]
// Prints the figures; with --markdown also writes them as FILE (bench/results/logview.md). Exits 1 when a target is
// missed. Runs on any Qt platform (ctest uses offscreen; the figures under xcb are similar).
#include "gui/LogView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long"), QStringLiteral("N"),
                                           QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("lines per second"),
                                        QStringLiteral("LINES"), QStringLiteral("100000"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("write the results there"),
                                            QStringLiteral("FILE"));
    parser.addOptions({secondsOption, rateOption, markdownOption});
    parser.process(app);
    const int seconds = qMax(1, parser.value(secondsOption).toInt());
    const qint64 rate = qMax(1, parser.value(rateOption).toInt());
    constexpr qint64 StallTargetMs = 50;
    constexpr qint64 HeartbeatMs = 5;
    constexpr qint64 GrowthLimitKiB = 20 * 1024;

    edm::gui::LogView view;
    view.resize(900, 600);
    view.show();
    const qint64 rssStart = rssKiB();

    QElapsedTimer clock;
    qint64 produced = 0;
    qint64 worstGapMs = 0;
    qint64 lastBeat = 0;
    QList<qint64> gaps;
    qint64 rssAfterWarmup = -1;
    qint64 rssPeak = rssStart;

    // The producer: as many lines as the rate asks for by now (so a late tick catches up, as a real flood would).
    QTimer producer;
    producer.setInterval(10);
    QObject::connect(&producer, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() * rate / 1000;
        QStringList lines;
        lines.reserve(int(due - produced));
        for (; produced < due; ++produced) {
            if (produced % 5000 == 0) {
                lines.append(QStringLiteral("2026-11-25 09:00:00.000 UTC [1] LOG:  database system is ready to "
                                            "accept connections"));
            } else if (produced % 1000 == 0) {
                lines.append(QStringLiteral("2026-11-25 09:00:00.000 UTC [%1] FATAL:  the benchmark's error line %2")
                                 .arg(produced % 97)
                                 .arg(produced));
            } else {
                lines.append(QStringLiteral("postgres-1  | 2026-11-25 09:00:00.000 UTC [%1] LOG:  line %2 of the "
                                            "log view benchmark, with some words to make it as long as a real one")
                                 .arg(produced % 97)
                                 .arg(produced));
            }
        }
        view.appendLines(lines);
    });
    // The heartbeat: how late the event loop serves a 5 ms timer.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(int(HeartbeatMs));
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 gap = now - lastBeat;
        lastBeat = now;
        gaps.append(gap);
        worstGapMs = std::max(worstGapMs, gap);
    });
    QTimer memory;
    memory.setInterval(250);
    QObject::connect(&memory, &QTimer::timeout, [&] {
        const qint64 rss = rssKiB();
        rssPeak = std::max(rssPeak, rss);
        if (rssAfterWarmup < 0 && clock.elapsed() >= 2000)
            rssAfterWarmup = rss;
    });
    QTimer::singleShot(seconds * 1000, &app, [&] {
        producer.stop();
        heartbeat.stop();
        memory.stop();
        view.flush();
        app.quit();
    });
    clock.start();
    producer.start();
    heartbeat.start();
    memory.start();
    app.exec();

    const double elapsed = double(clock.elapsed()) / 1000.0;
    const qint64 rssEnd = rssKiB();
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    const qint64 growth = rssPeak - (rssAfterWarmup < 0 ? rssStart : rssAfterWarmup);
    const int shown = view.textEdit()->document()->blockCount();
    const bool stallOk = worstGapMs < StallTargetMs;
    const bool memoryOk = growth < GrowthLimitKiB && shown <= view.maximumLines();

    QString text;
    QTextStream out(&text);
    out << "| | |\n|---|---|\n";
    out << "| lines appended | " << produced << " in " << QString::number(elapsed, 'f', 2) << " s ("
        << qint64(double(produced) / elapsed) << " lines/s; asked " << rate << ") |\n";
    out << "| lines shown at the end | " << shown << " (limit " << view.maximumLines() << ") |\n";
    out << "| heartbeat (" << HeartbeatMs << " ms timer) | " << gaps.size() << " beats; worst gap **" << worstGapMs
        << " ms**, 99th percentile " << p99 << " ms |\n";
    out << "| RSS | start " << rssStart / 1024 << " MB, after 2 s " << rssAfterWarmup / 1024 << " MB, peak "
        << rssPeak / 1024 << " MB, end " << rssEnd / 1024 << " MB (growth after 2 s: " << growth / 1024 << " MB) |\n";
    out << "\nWorst event-loop stall: " << worstGapMs << " ms; target < " << StallTargetMs << " ms — **"
        << (stallOk ? "met" : "missed") << "**.\n";
    out << "Memory: growth after warm-up " << growth / 1024 << " MB with " << produced << " lines appended; bounded (< "
        << GrowthLimitKiB / 1024 << " MB, lines kept ≤ limit) — **" << (memoryOk ? "met" : "missed") << "**.\n";
    out.flush();
    std::fputs(text.toUtf8().constData(), stdout);

    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream md(&file);
            md << "# Benchmark: logview\n\n"
               << "Written by `bench_logview --markdown` (ctest -L bench: `bench_logview`). The log view "
                  "(src/gui/LogView) takes "
               << rate << " lines per second for " << seconds
               << " s, each tick of a 10 ms producer timer appending the lines due by then; a 5 ms heartbeat timer "
                  "measures how late the event loop serves it. Platform: "
               << QGuiApplication::platformName() << ".\n\n"
               << text << "\n## Machine\n\n| | |\n|---|---|\n"
               << "| date | " << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               << " UTC |\n"
               << "| kernel | " << QSysInfo::kernelType() << ' ' << QSysInfo::kernelVersion() << " |\n"
               << "| CPU | " << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
               << " cores |\n"
               << "| Qt | " << qVersion() << " |\n";
        }
    }
    return stallOk && memoryOk ? 0 : 1;
}
