// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redactor.h"

#include <algorithm>

namespace edm {

void Redactor::addSecret(const QString &secret)
{
    // Very short values ("a", "1") would blank out ordinary text; they are weak passwords, but still ours to hide.
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so that a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, mask());
    return text;
}

QByteArray Redactor::redact(QByteArray bytes) const
{
    for (const QString &secret : m_secrets)
        bytes.replace(secret.toUtf8(), mask().toUtf8());
    return bytes;
}

} // namespace edm
