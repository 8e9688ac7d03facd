// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace edm {

/// A unified diff (`--- a/<path>`, `+++ b/<path>`, 3 lines of context) between two versions of one file, byte
/// exact: CRLF line endings, a byte order mark and a missing final newline come through, so that `patch -p1` applies
/// it from the project folder. Lines are matched by the shortest edit script (Myers); changes closer than two
/// contexts share a hunk, others get their own (Postgres 18's mount edit is a second change in the same file).
///
/// Secrets stay out of the context: a context line that holds one of secrets, or looks like a credential
/// (`…PASSWORD: …`, `…SECRET=…`, `…TOKEN…`, `…_KEY…`), ends the context on its side, and the other side is cut to the
/// same length so that `patch` still places the hunk by its line numbers; two changes with a secret between them get
/// a hunk each.
class UnifiedDiff
{
public:
    static QByteArray compute(const QByteArray &before, const QByteArray &after, const QString &relativePath,
                              int context = 3, const QStringList &secrets = {});
    static bool looksSecret(const QByteArray &line, const QStringList &secrets);
};

} // namespace edm
