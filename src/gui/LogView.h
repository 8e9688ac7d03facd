// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLine.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace edm::gui {

class LogModel;

/// A live log: a list view over a ring buffer of at most maximumLines() lines (LogModel), so that a flood costs only
/// the lines that arrive and the few rows in view, never a relayout of text. Lines are taken in batches (a timer
/// shows the queued ones once a frame), the view follows the tail unless told not to, finds text (Ctrl+F), copies
/// (the selected lines, else all), and colours errors (FATAL, PANIC, ERROR) and the lines the upgrade watcher
/// recognises.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /// Queues a line; it appears at the next flush (within a frame). Never blocks.
    void appendLine(const QString &line);
    void appendLines(const QStringList &lines);
    /// Shows every queued line now.
    void flush();
    void clear();

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    void setFollowTail(bool follow);
    bool followTail() const;
    /// The shown lines (after a flush()), one per line.
    QString toPlainText() const;
    /// How many lines are shown, and one of them (0 is the oldest kept).
    int lineCount() const;
    QString lineAt(int row) const;
    /// The rows of the selected lines, in order.
    QList<int> selectedRows() const;
    /// The selected lines, one per line (empty when none is selected).
    QString selectedText() const;
    QListView *listView() const { return m_list; }
    /// Lines received in all, including those dropped by the line limit.
    qint64 receivedLines() const { return m_received; }

    /// Shows the find bar and focuses it.
    void showFindBar();
    /// Selects the next line (or previous, backward) containing text, case-insensitively, from the current line on,
    /// wrapping around once; stops following the tail when found.
    bool findText(const QString &text, bool backward = false);
    /// Copies the selected lines, or every shown line when nothing is selected.
    void copy();

    /// How a line is coloured: LogLine's tone (core/LogLine.h), which the upgrade watcher's parser decides.
    using LineKind = LogLine::Tone;
    static LineKind classify(QStringView line) { return LogLine::toneOf(line); }

private:
    void scheduleFlush();
    void scrollToEnd();

    LogModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_findButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QTimer *m_flushTimer = nullptr;
    QStringList m_pending;
    int m_maximumLines = 20000;
    qint64 m_received = 0;
};

} // namespace edm::gui
