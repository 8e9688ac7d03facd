// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogView.h"

#include "core/LogLine.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace edm::gui {

namespace {

constexpr int FlushIntervalMs = 50;
constexpr qint64 FlushBudgetMs = 8;
constexpr int MinLinesPerFlush = 20;

class LogHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        switch (LogLine::toneOf(text)) {
        case LogLine::Tone::Plain:
            return;
        case LogLine::Tone::Command:
            format.setForeground(QColor(0x45, 0x5a, 0x64));
            format.setFontWeight(QFont::Bold);
            break;
        case LogLine::Tone::Error:
            format.setForeground(QColor(0xb7, 0x1c, 0x1c));
            format.setBackground(QColor(0xff, 0xeb, 0xe9));
            break;
        case LogLine::Tone::Milestone:
            format.setForeground(QColor(0x1b, 0x5e, 0x20));
            format.setFontWeight(QFont::Bold);
            break;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The line limit is kept by trim(), not by QPlainTextEdit::maximumBlockCount: that one trims after every insert
    // with a cost that does not shrink with the insert (about 17 ms a time here), more than a flush may take.
    // No undo history: it would keep every line ever appended (and every line dropped) in memory.
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Log"));
    m_text->setPlaceholderText(tr("The output appears here."));
    m_text->setTabChangesFocus(true);
    new LogHighlighter(m_text->document());

    // The find bar (Ctrl+F), hidden until asked for.
    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    auto *findLabel = new QLabel(tr("F&ind:"), m_findBar);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setToolTip(tr("Enter: next match; Shift+Enter: previous match; Escape: close"));
    findLabel->setBuddy(m_findEdit);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    previous->setArrowType(Qt::UpArrow);
    previous->setAccessibleName(tr("Find previous"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (Enter)"));
    next->setArrowType(Qt::DownArrow);
    next->setAccessibleName(tr("Find next"));
    m_findStatus = new QLabel(m_findBar);
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    findLayout->addWidget(findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();

    // The tool row: follow the tail, find, copy.
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setText(tr("&Follow"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setToolTip(tr("Keep the newest line in view"));
    m_findButton = new QToolButton(this);
    m_findButton->setText(tr("Fin&d…"));
    m_findButton->setToolTip(tr("Find text in the log (Ctrl+F)"));
    m_copyButton = new QToolButton(this);
    m_copyButton->setText(tr("Co&py"));
    m_copyButton->setToolTip(tr("Copy the selected lines, or the whole log when nothing is selected"));
    for (QToolButton *button : {m_followButton, m_findButton, m_copyButton}) {
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoRaise(true);
        tools->addWidget(button);
    }
    tools->addStretch(1);

    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(tools);
    setFocusProxy(m_text);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &LogView::flush);

    connect(m_followButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            scrollToEnd();
    });
    // Scrolling up stops following; scrolling back to the end follows again.
    connect(m_text->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar *bar = m_text->verticalScrollBar();
        QTimer::singleShot(0, this, [this, bar] { m_followButton->setChecked(bar->value() >= bar->maximum()); });
    });
    connect(m_findButton, &QToolButton::clicked, this, &LogView::showFindBar);
    connect(m_copyButton, &QToolButton::clicked, this, &LogView::copy);
    connect(m_findEdit, &QLineEdit::returnPressed, this,
            [this] { findText(m_findEdit->text(), QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { m_findStatus->clear(); });
    connect(previous, &QToolButton::clicked, this, [this] { findText(m_findEdit->text(), true); });
    connect(next, &QToolButton::clicked, this, [this] { findText(m_findEdit->text(), false); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_text->setFocus();
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &LogView::showFindBar);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
}

LogView::~LogView() = default;

void LogView::appendLine(const QString &line)
{
    ++m_received;
    m_pending.append(line);
    // Lines beyond the limit would be dropped by the document anyway: never queue more than it keeps.
    if (m_pending.size() > 2 * m_maximumLines)
        m_pending.remove(0, m_pending.size() - m_maximumLines);
    scheduleFlush();
}

void LogView::appendLines(const QStringList &lines)
{
    for (const QString &line : lines)
        appendLine(line);
}

void LogView::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LogView::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > m_maximumLines)
        m_pending.remove(0, m_pending.size() - m_maximumLines);
    // A flood (a chatty container, a runaway loop) can bring more lines than a text view lays out in time: show the
    // newest the view can take in one flush, say how many were passed over, and never stall the event loop.
    const qsizetype fit = linesThatFit();
    if (m_pending.size() > fit) {
        const qsizetype skipped = m_pending.size() - fit + 1; // one line for the marker
        m_pending.remove(0, skipped);
        m_skipped += skipped;
        m_pending.prepend(
            tr("[… %n line(s) not shown: they came faster than the view can show them]", nullptr, int(skipped)));
    }
    const bool follow = m_followButton->isChecked();
    QScrollBar *bar = m_text->verticalScrollBar();
    const int keep = bar->value();
    QElapsedTimer timer;
    timer.start();
    const qsizetype count = m_pending.size();
    m_text->appendPlainText(m_pending.join(u'\n'));
    m_pending.clear();
    const qint64 appended = timer.nsecsElapsed();
    const int removed = trim();
    const qint64 trimmed = timer.nsecsElapsed() - appended;
    // What a line costs on this machine, to aim the next flushes at FlushBudgetMs.
    const auto learn = [](double &estimate, qint64 nanoseconds, qsizetype lines) {
        if (lines >= MinLinesPerFlush)
            estimate = 0.5 * estimate + 0.5 * double(nanoseconds) / double(lines);
    };
    learn(m_appendNsPerLine, appended, count);
    learn(m_trimNsPerLine, trimmed, removed);
    if (follow)
        scrollToEnd();
    else
        bar->setValue(keep);
}

qsizetype LogView::linesThatFit() const
{
    // Lines that fit below the limit cost their append; beyond it, each also removes the oldest line, which costs
    // several times more (QTextDocument relays out what follows).
    const double budget = double(FlushBudgetMs) * 1e6;
    const qsizetype room = qMax(0, m_maximumLines - m_text->document()->blockCount());
    const qsizetype free = qMin(room, qsizetype(budget / m_appendNsPerLine));
    const double left = budget - double(free) * m_appendNsPerLine;
    const qsizetype trimming = qsizetype(qMax(0.0, left) / (m_appendNsPerLine + m_trimNsPerLine));
    return qMax<qsizetype>(MinLinesPerFlush, free + trimming);
}

int LogView::trim()
{
    QTextDocument *document = m_text->document();
    const int excess = document->blockCount() - m_maximumLines;
    if (excess <= 0)
        return 0;
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, excess);
    cursor.removeSelectedText();
    return excess;
}

void LogView::scrollToEnd()
{
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->maximum());
}

void LogView::clear()
{
    m_flushTimer->stop();
    m_pending.clear();
    m_received = 0;
    m_skipped = 0;
    m_text->clear();
}

void LogView::setMaximumLines(int lines)
{
    m_maximumLines = qMax(1, lines);
    trim();
}

void LogView::setFollowTail(bool follow)
{
    m_followButton->setChecked(follow);
}

bool LogView::followTail() const
{
    return m_followButton->isChecked();
}

QString LogView::toPlainText() const
{
    return m_text->toPlainText();
}

void LogView::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool LogView::findText(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    flush();
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QTextCursor before = m_text->textCursor();
    bool found = m_text->find(text, flags);
    if (!found) {
        // Wrap around once; when there is no match at all, the selection stays as it was.
        QTextCursor cursor = before;
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        found = m_text->find(text, flags);
        if (!found)
            m_text->setTextCursor(before);
    }
    if (found)
        m_followButton->setChecked(false);
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void LogView::copy()
{
    flush();
    const QTextCursor cursor = m_text->textCursor();
    QString text = cursor.hasSelection() ? cursor.selection().toPlainText() : m_text->toPlainText();
    QApplication::clipboard()->setText(text);
}

} // namespace edm::gui
