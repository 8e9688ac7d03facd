// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace edm {

/// Replaces every known secret in text shown to the user, written to a log, a report or a journal.
class Redactor
{
public:
    static QString mask() { return QStringLiteral("••••••"); }

    void addSecret(const QString &secret);
    QString redact(QString text) const;
    QByteArray redact(QByteArray bytes) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QStringList m_secrets;
};

} // namespace edm
