// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace edm {

/// A unified diff (`--- a/<path>`, `+++ b/<path>`, 3 lines of context) between two versions of one file, byte
/// exact: CRLF line endings, a byte order mark and a missing final newline come through, so that `patch -p1` applies
/// it from the project folder. Our edits change one region at a time; the changed lines between the common head
/// and the common tail form a single hunk.
///
/// Secrets stay out of the context: a context line that holds one of secrets, or looks like a credential
/// (`…PASSWORD: …`, `…SECRET=…`, `…TOKEN…`, `…_KEY…`), ends the context on its side, and the other side is cut to the
/// same length so that `patch` still places the hunk by its line numbers.
class UnifiedDiff
{
public:
    static QByteArray compute(const QByteArray &before, const QByteArray &after, const QString &relativePath,
                              int context = 3, const QStringList &secrets = {});
    static bool looksSecret(const QByteArray &line, const QStringList &secrets);
};

} // namespace edm
