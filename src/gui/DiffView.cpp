// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DiffView.h"

#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace edm::gui {

namespace {

class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u'+')) {
            format.setForeground(QColor(0x1b, 0x5e, 0x20));
            format.setBackground(QColor(0xe6, 0xff, 0xec));
        } else if (text.startsWith(u'-')) {
            format.setForeground(QColor(0xb7, 0x1c, 0x1c));
            format.setBackground(QColor(0xff, 0xeb, 0xe9));
        } else if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x0d, 0x47, 0xa1));
        } else if (text.startsWith(u'\\')) {
            format.setForeground(Qt::gray);
            format.setFontItalic(true);
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

class DiffLineNumbers : public QWidget
{
public:
    explicit DiffLineNumbers(DiffView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintMargin(event); }

private:
    DiffView *m_view;
};

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new DiffHighlighter(document());
    m_margin = new DiffLineNumbers(this);
    connect(this, &QPlainTextEdit::updateRequest, this, &DiffView::updateMargin);
    setViewportMargins(marginWidth(), 0, 0, 0);
}

void DiffView::setPlaceholder(const QString &text)
{
    setPlaceholderText(text);
}

void DiffView::setDiff(const QByteArray &diff)
{
    m_diff = diff;
    m_numbers.clear();
    // Show CR as nothing: the diff keeps CRLF files byte exact, the view shows the lines.
    QString text = QString::fromUtf8(diff);
    if (text.endsWith(u'\n'))
        text.chop(1);
    text.remove(u'\r');
    static const QRegularExpression hunk(QStringLiteral("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@"));
    int oldLine = 0;
    int newLine = 0;
    for (const QString &line : text.split(u'\n')) {
        if (const auto m = hunk.match(line); m.hasMatch()) {
            oldLine = m.captured(1).toInt();
            newLine = m.captured(2).toInt();
            m_numbers.append({0, 0});
        } else if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")) ||
                   line.startsWith(u'\\') || oldLine + newLine == 0) {
            m_numbers.append({0, 0});
        } else if (line.startsWith(u'+')) {
            m_numbers.append({0, newLine++});
        } else if (line.startsWith(u'-')) {
            m_numbers.append({oldLine++, 0});
        } else {
            m_numbers.append({oldLine++, newLine++});
        }
    }
    setPlainText(text);
    setViewportMargins(marginWidth(), 0, 0, 0);
}

int DiffView::marginWidth() const
{
    int widest = 1;
    for (const auto &pair : m_numbers)
        widest = qMax(widest, qMax(pair.first, pair.second));
    const int digits = int(QString::number(widest).size());
    return 20 + 2 * digits * fontMetrics().horizontalAdvance(u'9');
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

void DiffView::updateMargin(const QRect &rect, int dy)
{
    if (dy)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
}

void DiffView::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int column = (marginWidth() - 20) / 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const auto numbers = m_numbers.value(block.blockNumber());
        if (numbers.first > 0)
            painter.drawText(4, top, column, height, Qt::AlignRight, QString::number(numbers.first));
        if (numbers.second > 0)
            painter.drawText(column + 12, top, column, height, Qt::AlignRight, QString::number(numbers.second));
        block = block.next();
        top += height;
    }
}

} // namespace edm::gui
