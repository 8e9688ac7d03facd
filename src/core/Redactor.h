// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace edm {

/// Replaces every known secret in text shown to the user, written to a log, a report or a journal. A secret is
/// masked in every form it can be written in: as decoded, as a compose file writes it (`$` as `$$`, a YAML
/// double-quoted escape `\"`, `\\`, `\xNN`, a single-quoted `''`), and as JSON and URLs encode it.
/// A secret shorter than MinimumLength cannot be masked without blanking ordinary words: a line that shows it (the
/// secret standing alone, not inside a longer word) is left out instead, and the first one left out is replaced
/// by tooShortNotice().
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(edm::Redactor)
    EDM_TEXT_FUNCTIONS(edm::Redactor)

public:
    static constexpr qsizetype MinimumLength = 4;

    static QString mask() { return QStringLiteral("••••••"); }
    static Text tooShortNotice();
    /// Every form secret may be written in (decoded first), without duplicates.
    static QStringList writtenForms(const QString &secret);

    void addSecret(const QString &secret);
    QString redact(QString text) const;
    QByteArray redact(QByteArray bytes) const;
    /// Every string (and key) of a JSON value redacted as text: a line left out stays inside its string, so the
    /// JSON stays valid (redacting a JSON document's text could cut one of its lines).
    QJsonValue redact(const QJsonValue &value) const;
    QJsonObject redact(const QJsonObject &object) const;
    /// Every plain part of a Text (its data and arguments) redacted.
    Text redactText(const Text &text) const;
    bool isEmpty() const { return m_secrets.isEmpty() && m_shortSecrets.isEmpty(); }

private:
    QStringList m_secrets; ///< every written form, longest first
    QStringList m_shortSecrets; ///< every written form of the secrets too short to mask
    mutable bool m_noticeGiven = false;
};

} // namespace edm
