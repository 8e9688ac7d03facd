// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLine.h"

#include <QAbstractListModel>
#include <QFont>
#include <QList>
#include <QString>

namespace edm::gui {

/// The lines of a LogView: a ring buffer of at most capacity() lines. Appending a batch costs the batch (and the
/// removal of as many of the oldest lines, one rowsRemoved at the front), never the lines kept. Each line's colour
/// comes from its LogLine tone (ForegroundRole, BackgroundRole, FontRole); every row has the same height and the width
/// of the longest line seen (SizeHintRole), so a QListView with uniform item sizes lays the rows out without asking
/// for each.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ToneRole = Qt::UserRole ///< the line's LogLine::Tone, as int
    };

    explicit LogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    /// Keeps the newest lines that fit (a model reset when lines are dropped or the buffer moves).
    void setCapacity(int lines);
    /// The font the view shows the lines in (for the rows' size and the bold of milestones).
    void setFont(const QFont &font);

    /// Appends lines, the oldest lines beyond capacity() removed first; returns how many rows were removed.
    int append(const QStringList &lines);
    void clear();
    QString line(int row) const;
    LogLine::Tone tone(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QString> m_ring; ///< capacity() slots; row r is m_ring[(m_first + r) % capacity()]
    mutable QList<qint8> m_tones; ///< each slot's tone, -1 until asked (painting asks only for the rows in view)
    int m_capacity = 20000;
    int m_first = 0;
    int m_count = 0;
    QFont m_font;
    QFont m_boldFont;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    qsizetype m_longest = 0; ///< characters of the longest line seen since the last clear()
};

} // namespace edm::gui
