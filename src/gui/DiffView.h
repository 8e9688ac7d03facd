// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace edm::gui {

/// A read-only unified diff: monospace, added lines green, removed lines red, hunk headers blue, with the line
/// numbers of the old and the new file in a margin.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QByteArray &diff);
    QByteArray diff() const { return m_diff; }
    /// Shown (greyed) when there is no diff to show.
    void setPlaceholder(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class DiffLineNumbers;
    int marginWidth() const;
    void paintMargin(QPaintEvent *event);
    void updateMargin(const QRect &rect, int dy);

    QByteArray m_diff;
    QWidget *m_margin = nullptr;
    QList<QPair<int, int>> m_numbers; ///< per block: old and new line number (0: none)
};

} // namespace edm::gui
