// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/UnifiedDiff.h"

#include <QList>
#include <QRegularExpression>

namespace edm {

namespace {

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

QByteArray range(qsizetype start, qsizetype count)
{
    // Unified diff ranges are 1-based; an empty range names the line before it.
    if (count == 0)
        return QByteArray::number(start) + ",0";
    if (count == 1)
        return QByteArray::number(start + 1);
    return QByteArray::number(start + 1) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray &out, char mark, const QByteArray &line)
{
    out += mark;
    out += line;
    if (!line.endsWith('\n'))
        out += "\n\\ No newline at end of file\n";
}

} // namespace

bool UnifiedDiff::looksSecret(const QByteArray &line, const QStringList &secrets)
{
    static const QRegularExpression credential(
        QStringLiteral("(password|passwd|secret|token|_key|apikey)[\\w.-]*[\"']?\\s*[:=]"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(line);
    if (credential.match(text).hasMatch())
        return true;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && text.contains(secret))
            return true;
    }
    return false;
}

QByteArray UnifiedDiff::compute(const QByteArray &before, const QByteArray &after, const QString &relativePath,
                                int context, const QStringList &secrets)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    const qsizetype aChangeEnd = a.size() - tail;
    const qsizetype bChangeEnd = b.size() - tail;
    // Context stops short of secrets, equally on both sides (a file's start or end may still cut one side).
    int safe = context;
    for (int i = 1; i <= safe && head - i >= 0; ++i) {
        if (looksSecret(a.at(head - i), secrets))
            safe = i - 1;
    }
    for (int i = 0; i < safe && aChangeEnd + i < a.size(); ++i) {
        if (looksSecret(a.at(aChangeEnd + i), secrets))
            safe = i;
    }
    context = safe;
    const qsizetype start = qMax<qsizetype>(0, head - context);
    const qsizetype aEnd = qMin(a.size(), aChangeEnd + context);
    const qsizetype bEnd = qMin(b.size(), bChangeEnd + context);

    const QByteArray path = relativePath.toUtf8();
    QByteArray out = "--- a/" + path + "\n+++ b/" + path + "\n";
    out += "@@ -" + range(start, aEnd - start) + " +" + range(start, bEnd - start) + " @@\n";
    for (qsizetype i = start; i < head; ++i)
        appendLine(out, ' ', a.at(i));
    for (qsizetype i = head; i < aChangeEnd; ++i)
        appendLine(out, '-', a.at(i));
    for (qsizetype i = head; i < bChangeEnd; ++i)
        appendLine(out, '+', b.at(i));
    for (qsizetype i = aChangeEnd; i < aEnd; ++i)
        appendLine(out, ' ', a.at(i));
    return out;
}

} // namespace edm
