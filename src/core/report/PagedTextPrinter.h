// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QString>

namespace edm {

/// Lays out a sequence of HTML pieces on the pages of a paged device (a QPdfWriter), as a word processor would with
/// "keep with next" and "keep lines together": a piece (a heading, a table row, a paragraph, a log line) is moved
/// whole to the next page when it does not fit; a piece marked keepWithNext stays on the page of the piece after it
/// (a heading with its first row); a table row that starts a page is preceded by its table's header row again.
/// Text wraps at word boundaries, and anywhere inside a word longer than the line, so nothing is drawn past the
/// right margin. Only a piece taller than a whole page is split, between two of its lines.
class PagedTextPrinter
{
public:
    struct Piece
    {
        QString html;
        bool keepWithNext = false;
        /// HTML drawn before this piece when it starts a page (its table's header row); empty: none.
        QString continuedHeader;
        /// Drawn right below the piece before, without the gap between pieces (a table's next row, a code line).
        bool tight = false;
    };

    explicit PagedTextPrinter(QFont font)
        : m_font(std::move(font))
    {
    }

    void append(Piece piece) { m_pieces.append(std::move(piece)); }
    const QList<Piece> &pieces() const { return m_pieces; }

    /// Paints every piece onto device, inside its page layout's margins.
    void print(QPagedPaintDevice *device) const;

private:
    QFont m_font;
    QList<Piece> m_pieces;
};

} // namespace edm
