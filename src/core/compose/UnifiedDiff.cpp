// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/UnifiedDiff.h"

#include <QList>

#include <QRegularExpression>
#include <algorithm>

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

namespace {

/// One line of the edit script: kept (in both), removed (from a) or added (in b).
struct Op
{
    char kind; // ' ', '-', '+'
    qsizetype a; // index in a (for ' ' and '-')
    qsizetype b; // index in b (for ' ' and '+')
};

/// The shortest edit script between a and b (Myers' O((N+M)·D) algorithm): our edits change a few lines, so D is
/// small even in a large file.
QList<Op> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype max = n + m;
    const qsizetype offset = max + 1;
    QList<qsizetype> v(2 * max + 3, 0);
    QList<QList<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= max && found < 0; ++d) {
        trace.append(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                         : v[offset + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    // Walk back through the saved frontiers.
    QList<Op> ops;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const QList<qsizetype> &prev = trace.at(d);
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1]);
        const qsizetype prevK = down ? k + 1 : k - 1;
        const qsizetype prevX = prev[offset + prevK];
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            ops.append({' ', x, y});
        }
        if (down)
            ops.append({'+', x, --y});
        else
            ops.append({'-', --x, y});
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        ops.append({' ', x, y});
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

} // namespace

QByteArray UnifiedDiff::compute(const QByteArray &before, const QByteArray &after, const QString &relativePath,
                                int context, const QStringList &secrets)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    const QList<Op> ops = editScript(a, b);

    // Runs of changed lines, as [first, last) indexes into ops.
    struct Block
    {
        qsizetype first;
        qsizetype last;
    };
    QList<Block> blocks;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (ops.at(i).kind == ' ')
            continue;
        qsizetype j = i;
        while (j < ops.size() && ops.at(j).kind != ' ')
            ++j;
        blocks.append({i, j});
        i = j;
    }
    const auto secretAt = [&](qsizetype op) { return looksSecret(a.at(ops.at(op).a), secrets); };

    // Hunks: blocks closer than two contexts join, unless a secret lies between them.
    QList<Block> hunks;
    for (const Block &block : std::as_const(blocks)) {
        if (!hunks.isEmpty() && block.first - hunks.last().last <= 2 * context) {
            bool secret = false;
            for (qsizetype i = hunks.last().last; i < block.first && !secret; ++i)
                secret = secretAt(i);
            if (!secret) {
                hunks.last().last = block.last;
                continue;
            }
        }
        hunks.append(block);
    }

    const QByteArray path = relativePath.toUtf8();
    QByteArray out = "--- a/" + path + "\n+++ b/" + path + "\n";
    for (const Block &hunk : std::as_const(hunks)) {
        // Context stops short of secrets, equally on both sides (a file's start or end may still cut one side).
        int safe = context;
        for (int i = 1; i <= safe && hunk.first - i >= 0; ++i) {
            if (secretAt(hunk.first - i))
                safe = i - 1;
        }
        for (int i = 0; i < safe && hunk.last + i < ops.size(); ++i) {
            if (secretAt(hunk.last + i))
                safe = i;
        }
        const qsizetype start = qMax<qsizetype>(0, hunk.first - safe);
        const qsizetype end = qMin(ops.size(), hunk.last + safe);
        qsizetype aCount = 0;
        qsizetype bCount = 0;
        for (qsizetype i = start; i < end; ++i) {
            aCount += ops.at(i).kind != '+' ? 1 : 0;
            bCount += ops.at(i).kind != '-' ? 1 : 0;
        }
        // Where the hunk starts in each file: the first line it shows there, or the line before an empty range.
        qsizetype aStart = 0;
        qsizetype bStart = 0;
        for (qsizetype i = 0; i < start; ++i) {
            aStart += ops.at(i).kind != '+' ? 1 : 0;
            bStart += ops.at(i).kind != '-' ? 1 : 0;
        }
        out += "@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@\n";
        // Within a hunk, removed lines come before added ones of the same run, as diff(1) writes them.
        for (qsizetype i = start; i < end;) {
            if (ops.at(i).kind == ' ') {
                appendLine(out, ' ', a.at(ops.at(i).a));
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < end && ops.at(j).kind != ' ')
                ++j;
            for (qsizetype k = i; k < j; ++k) {
                if (ops.at(k).kind == '-')
                    appendLine(out, '-', a.at(ops.at(k).a));
            }
            for (qsizetype k = i; k < j; ++k) {
                if (ops.at(k).kind == '+')
                    appendLine(out, '+', b.at(ops.at(k).b));
            }
            i = j;
        }
    }
    return out;
}

} // namespace edm
