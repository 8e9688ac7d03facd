// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogView.h"

#include "gui/LogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace edm::gui {

namespace {

/// Lines queued by appendLine() are shown once a frame (60 Hz): a flood costs one model insert per frame.
constexpr int FlushIntervalMs = 16;

/// Paints a row as one line of text in the model's colours: no elision, no line breaking, no style primitives, so a
/// view full of new lines costs a few hundred microseconds to paint (QStyledItemDelegate's text layout costs ten
/// times that).
class LogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        if (selected) {
            painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
        } else if (const QVariant background = index.data(Qt::BackgroundRole); background.isValid()) {
            painter->fillRect(option.rect, background.value<QBrush>());
        }
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(selected                   ? option.palette.color(group, QPalette::HighlightedText)
                            : foreground.isValid() ? foreground.value<QBrush>().color()
                                                   : option.palette.color(group, QPalette::Text));
        const QVariant font = index.data(Qt::FontRole);
        painter->setFont(font.isValid() ? font.value<QFont>() : option.font);
        const QFontMetrics metrics = painter->fontMetrics();
        const int baseline = option.rect.y() + (option.rect.height() - metrics.height()) / 2 + metrics.ascent();
        painter->drawText(QPointF(option.rect.x() + TextMargin, baseline), index.data(Qt::DisplayRole).toString());
        // The current line, for the keyboard.
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(option.palette.color(group, QPalette::Highlight));
            painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
        }
    }

    static constexpr int TextMargin = 3;
};

/// The list, with a placeholder while it is empty.
class LogListView : public QListView
{
public:
    using QListView::QListView;
    QString placeholder;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        QColor colour = palette().color(QPalette::Text);
        colour.setAlphaF(0.5);
        painter.setPen(colour);
        painter.drawText(viewport()->rect().adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, placeholder);
    }
};

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_model = new LogModel(this);
    m_model->setCapacity(m_maximumLines);
    m_model->setFont(font);
    auto *list = new LogListView(this);
    list->placeholder = tr("The output appears here.");
    m_list = list;
    m_list->setObjectName(QStringLiteral("logList"));
    m_list->setFont(font);
    m_list->setModel(m_model);
    // Every row as high as the first and as wide as the longest line: no row is measured on its own.
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new LogDelegate(m_list));
    m_list->setWordWrap(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setAccessibleName(tr("Log"));
    m_list->setTabKeyNavigation(false);

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
    m_followButton->setText(tr("Fo&llow"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setToolTip(tr("Keep the newest line in view"));
    m_findButton = new QToolButton(this);
    m_findButton->setText(tr("Find…"));
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

    layout->addWidget(m_list, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(tools);
    setFocusProxy(m_list);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &LogView::flush);

    connect(m_followButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            scrollToEnd();
    });
    // Scrolling up stops following; scrolling back to the end follows again.
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar *bar = m_list->verticalScrollBar();
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
        m_list->setFocus();
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &LogView::showFindBar);
    // Ctrl+C in the list copies the selected lines (QListView alone would copy only the current one).
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_list);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogView::copy);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
}

LogView::~LogView() = default;

void LogView::appendLine(const QString &line)
{
    ++m_received;
    m_pending.append(line);
    // Lines beyond the limit would be dropped at the flush anyway: never queue more than it keeps.
    if (m_pending.size() > 2 * m_maximumLines)
        m_pending.remove(0, m_pending.size() - m_maximumLines);
    scheduleFlush();
}

void LogView::appendLines(const QStringList &lines)
{
    m_received += lines.size();
    m_pending.append(lines);
    if (m_pending.size() > 2 * m_maximumLines)
        m_pending.remove(0, m_pending.size() - m_maximumLines);
    if (!lines.isEmpty())
        scheduleFlush();
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
    const bool follow = m_followButton->isChecked();
    QScrollBar *bar = m_list->verticalScrollBar();
    const int keep = bar->value();
    const int removed = m_model->append(m_pending);
    m_pending.clear();
    if (follow) {
        scrollToEnd();
    } else {
        // The lines in view stay in view while the oldest go (the bar counts rows).
        bar->setValue(qMax(0, keep - removed));
    }
}

void LogView::scrollToEnd()
{
    m_list->scrollToBottom();
}

void LogView::clear()
{
    m_flushTimer->stop();
    m_pending.clear();
    m_received = 0;
    m_model->clear();
}

void LogView::setMaximumLines(int lines)
{
    m_maximumLines = qMax(1, lines);
    m_model->setCapacity(m_maximumLines);
}

void LogView::setFollowTail(bool follow)
{
    m_followButton->setChecked(follow);
}

bool LogView::followTail() const
{
    return m_followButton->isChecked();
}

int LogView::lineCount() const
{
    return m_model->rowCount();
}

QString LogView::lineAt(int row) const
{
    return m_model->line(row);
}

QString LogView::toPlainText() const
{
    QStringList lines;
    lines.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->line(row));
    return lines.join(u'\n');
}

QList<int> LogView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString LogView::selectedText() const
{
    QStringList lines;
    for (int row : selectedRows())
        lines.append(m_model->line(row));
    return lines.join(u'\n');
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
    const int count = m_model->rowCount();
    const QModelIndex current = m_list->currentIndex();
    // From the line after (before) the current one, around once, the current line last.
    const int from = current.isValid() ? current.row() : (backward ? count : -1);
    int found = -1;
    for (int step = 1; step <= count && found < 0; ++step) {
        const int row = ((backward ? from - step : from + step) % count + count) % count;
        if (m_model->line(row).contains(text, Qt::CaseInsensitive))
            found = row;
    }
    if (found >= 0) {
        m_followButton->setChecked(false);
        const QModelIndex index = m_model->index(found);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_findStatus->setText(found >= 0 ? QString() : tr("Not found"));
    return found >= 0;
}

void LogView::copy()
{
    flush();
    const QString selected = selectedText();
    QApplication::clipboard()->setText(selected.isEmpty() ? toPlainText() : selected);
}

} // namespace edm::gui
