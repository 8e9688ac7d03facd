// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogModel.h"

#include "core/LogLine.h"

#include <QBrush>
#include <QColor>
#include <QFontMetrics>
#include <QSize>

namespace edm::gui {

namespace {
constexpr int RowPadding = 2; ///< pixels above and below a line's text
constexpr int SidePadding = 8; ///< pixels beside the longest line
} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_ring.resize(m_capacity);
    m_tones = QList<qint8>(m_capacity, -1);
    setFont(QFont());
}

void LogModel::setCapacity(int lines)
{
    lines = qMax(1, lines);
    if (lines == m_capacity)
        return;
    beginResetModel();
    QList<QString> ring(lines);
    const int keep = qMin(m_count, lines);
    for (int i = 0; i < keep; ++i)
        ring[i] = m_ring.at((m_first + m_count - keep + i) % m_capacity);
    m_ring = std::move(ring);
    m_tones = QList<qint8>(lines, -1);
    m_capacity = lines;
    m_first = 0;
    m_count = keep;
    endResetModel();
}

void LogModel::setFont(const QFont &font)
{
    m_font = font;
    m_boldFont = font;
    m_boldFont.setBold(true);
    const QFontMetrics metrics(m_boldFont);
    m_charWidth = qMax(1, metrics.horizontalAdvance(u'M'));
    m_lineHeight = metrics.height() + RowPadding;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(m_count - 1), {Qt::SizeHintRole, Qt::FontRole});
}

int LogModel::append(const QStringList &lines)
{
    if (lines.isEmpty())
        return 0;
    // More than the buffer holds: only the newest would stay.
    const qsizetype skip = qMax<qsizetype>(0, lines.size() - m_capacity);
    const int n = int(lines.size() - skip);
    const int overflow = qMax(0, m_count + n - m_capacity);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        for (int i = 0; i < overflow; ++i) {
            m_ring[(m_first + i) % m_capacity] = QString();
            m_tones[(m_first + i) % m_capacity] = -1;
        }
        m_first = (m_first + overflow) % m_capacity;
        m_count -= overflow;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count + n - 1);
    for (qsizetype i = skip; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        m_longest = qMax(m_longest, line.size());
        m_ring[(m_first + m_count) % m_capacity] = line;
        m_tones[(m_first + m_count) % m_capacity] = -1;
        ++m_count;
    }
    endInsertRows();
    return overflow;
}

void LogModel::clear()
{
    beginResetModel();
    m_ring = QList<QString>(m_capacity);
    m_tones = QList<qint8>(m_capacity, -1);
    m_first = 0;
    m_count = 0;
    m_longest = 0;
    endResetModel();
}

QString LogModel::line(int row) const
{
    return row >= 0 && row < m_count ? m_ring.at((m_first + row) % m_capacity) : QString();
}

LogLine::Tone LogModel::tone(int row) const
{
    if (row < 0 || row >= m_count)
        return LogLine::Tone::Plain;
    qint8 &tone = m_tones[(m_first + row) % m_capacity];
    if (tone < 0)
        tone = qint8(LogLine::toneOf(m_ring.at((m_first + row) % m_capacity)));
    return LogLine::Tone(tone);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return line(index.row());
    case ToneRole:
        return int(tone(index.row()));
    case Qt::SizeHintRole:
        return QSize(int(qMin<qsizetype>(m_longest, 100000)) * m_charWidth + SidePadding, m_lineHeight);
    case Qt::FontRole:
        switch (tone(index.row())) {
        case LogLine::Tone::Command:
        case LogLine::Tone::Milestone:
            return m_boldFont;
        case LogLine::Tone::Plain:
        case LogLine::Tone::Error:
            return m_font;
        }
        return {};
    case Qt::ForegroundRole:
        switch (tone(index.row())) {
        case LogLine::Tone::Plain:
            return {};
        case LogLine::Tone::Command:
            return QBrush(QColor(0x45, 0x5a, 0x64));
        case LogLine::Tone::Error:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case LogLine::Tone::Milestone:
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        }
        return {};
    case Qt::BackgroundRole:
        if (tone(index.row()) == LogLine::Tone::Error)
            return QBrush(QColor(0xff, 0xeb, 0xe9));
        return {};
    default:
        return {};
    }
}

} // namespace edm::gui
