// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PagedTextPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <memory>

namespace edm {

namespace {

std::unique_ptr<QTextDocument> layoutPiece(const QString &html, const QFont &font, QPaintDevice *device, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    document->setHtml(html);
    // A table's rows are pieces of their own: no margin above or below a table, so that they stand close together.
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setMargin(0);
            table->setFormat(format);
        }
    }
    document->setTextWidth(width);
    return document;
}

/// The largest line bottom in (from, to] of a laid-out document, so that a split falls between two lines; to when
/// no line ends there.
qreal lineBoundary(const QTextDocument &document, qreal from, qreal to)
{
    qreal best = -1;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF bounds = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        for (int i = 0; text && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const qreal bottom = bounds.top() + line.y() + line.height();
            if (bottom > from && bottom <= to)
                best = qMax(best, bottom);
        }
    }
    return best > from ? best : to;
}

/// Draws the lines of document that lie in [from, to] with from at y: the part of a piece taller than a page that
/// goes on this page. Line by line, so that no line is drawn (even clipped) on two pages.
void drawLines(QPainter &painter, const QTextDocument &document, qreal from, qreal to, qreal y)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF bounds = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        const QBrush background = block.blockFormat().background();
        for (int i = 0; text && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const qreal top = bounds.top() + line.y();
            if (top < from - 0.5 || top + line.height() > to + 0.5)
                continue;
            const QPointF origin(bounds.left(), bounds.top() + y - from);
            if (background.style() != Qt::NoBrush)
                painter.fillRect(QRectF(0, top + y - from, document.textWidth(), line.height()), background);
            line.draw(&painter, origin);
        }
    }
}

} // namespace

void PagedTextPrinter::print(QPagedPaintDevice *device) const
{
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX()).toRectF();
    const qreal width = page.width();
    const qreal height = page.height();
    const qreal gap = device->logicalDpiY() * 2.0 / 72.0; // 2 pt between pieces

    // Painting begins before the pieces are measured: the device's font metrics while it paints are the ones used.
    QPainter painter(device);
    std::vector<std::unique_ptr<QTextDocument>> documents;
    std::vector<std::unique_ptr<QTextDocument>> headers;
    documents.reserve(size_t(m_pieces.size()));
    headers.reserve(size_t(m_pieces.size()));
    for (const Piece &piece : m_pieces) {
        documents.push_back(layoutPiece(piece.html, m_font, device, width));
        headers.push_back(piece.continuedHeader.isEmpty() ? nullptr
                                                          : layoutPiece(piece.continuedHeader, m_font, device, width));
    }
    const auto heightOf = [](const QTextDocument &document) { return document.size().height(); };

    qreal y = 0;
    const auto draw = [&painter, &y](QTextDocument &document, qreal h) {
        painter.save();
        painter.translate(0, y);
        document.drawContents(&painter, QRectF(0, 0, document.textWidth(), h));
        painter.restore();
    };
    const auto newPage = [&device, &y] {
        device->newPage();
        y = 0;
    };

    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        QTextDocument &document = *documents[size_t(i)];
        const qreal own = heightOf(document);
        const auto spaceBefore = [this, gap](qsizetype index) { return m_pieces.at(index).tight ? 0.0 : gap; };
        if (y > 0)
            y += spaceBefore(i);
        // This piece and those kept with it: they move to the next page together when they fit on an empty one.
        qreal group = own;
        for (qsizetype j = i; j < m_pieces.size() - 1 && m_pieces.at(j).keepWithNext; ++j)
            group += spaceBefore(j + 1) + heightOf(*documents[size_t(j + 1)]);
        QTextDocument *header = headers[size_t(i)].get();
        const qreal headerHeight = header ? heightOf(*header) : 0;
        if (y > 0 && y + group > height && headerHeight + group <= height)
            newPage();
        else if (y > 0 && y + own > height)
            newPage(); // the group is taller than a page: at least this piece stays whole
        if (y == 0 && header && i > 0) {
            draw(*header, headerHeight);
            y += headerHeight;
        }
        if (y + own <= height) {
            draw(document, own);
            y += own;
            continue;
        }
        // Taller than a page: split between lines, page by page.
        qreal offset = 0;
        while (offset < own) {
            const qreal cut = lineBoundary(document, offset, offset + (height - y));
            drawLines(painter, document, offset, cut, y);
            y += cut - offset;
            offset = cut;
            if (offset < own)
                newPage();
        }
    }
}

} // namespace edm
