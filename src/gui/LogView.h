// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLine.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace edm::gui {

/// A live log: a read-only QPlainTextEdit that keeps at most maximumLines() lines, takes lines in batches (a timer
/// flushes them every 50 ms; under a flood each flush shows only as many of the newest lines as it can lay out in
/// about 8 ms and says how many it passed over, so the event loop never stalls), follows the tail unless told not
/// to, finds text (Ctrl+F), copies, and colours errors (FATAL, PANIC, ERROR) and the lines the upgrade watcher
/// recognises.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /// Queues a line; it appears at the next flush. Never blocks.
    void appendLine(const QString &line);
    void appendLines(const QStringList &lines);
    /// Shows every queued line now.
    void flush();
    void clear();

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    void setFollowTail(bool follow);
    bool followTail() const;
    /// The shown lines (after a flush()).
    QString toPlainText() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    /// Lines received in all, including those dropped by the line limit.
    qint64 receivedLines() const { return m_received; }
    /// Lines passed over because they came faster than the view could show them (see flush()).
    qint64 skippedLines() const { return m_skipped; }

    /// Shows the find bar and focuses it.
    void showFindBar();
    bool findText(const QString &text, bool backward = false);
    /// Copies the selection, or every shown line when nothing is selected.
    void copy();

    /// How a line is coloured: LogLine's tone (core/LogLine.h), which the upgrade watcher's parser decides.
    using LineKind = LogLine::Tone;
    static LineKind classify(QStringView line) { return LogLine::toneOf(line); }

private:
    void scheduleFlush();
    void scrollToEnd();
    int trim();
    qsizetype linesThatFit() const;

    QPlainTextEdit *m_text = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_findButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QTimer *m_flushTimer = nullptr;
    QStringList m_pending;
    int m_maximumLines = 20000;
    // What appending a line and removing the oldest one cost here (nanoseconds, learnt from each flush; the first
    // guesses are on the slow side).
    double m_appendNsPerLine = 10000;
    double m_trimNsPerLine = 50000;
    qint64 m_received = 0;
    qint64 m_skipped = 0;
};

} // namespace edm::gui
