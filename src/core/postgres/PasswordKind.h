// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace edm {

/// The kind of a role's stored password, as a dump (`ALTER ROLE … PASSWORD '…'`) or the server (pg_authid) holds it.
/// Only the kind is ever kept; the hash or the password itself is never read into the app.
enum class PasswordKind
{
    Unknown, ///< not readable (the probe's user is not a superuser)
    None, ///< no password (no PASSWORD clause, PASSWORD NULL)
    Md5, ///< 'md5…' (Postgres ≤ 13 by default)
    Scram, ///< 'SCRAM-SHA-256$…' (Postgres ≥ 14 by default)
    Plain ///< anything else: a clear-text password (very old servers)
};

/// The kind's stable name, as the probe's query and the JSON outputs spell it: "unknown", "none", "md5",
/// "scram-sha-256", "plain".
inline QString passwordKindName(PasswordKind kind)
{
    switch (kind) {
    case PasswordKind::None:
        return QStringLiteral("none");
    case PasswordKind::Md5:
        return QStringLiteral("md5");
    case PasswordKind::Scram:
        return QStringLiteral("scram-sha-256");
    case PasswordKind::Plain:
        return QStringLiteral("plain");
    case PasswordKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

/// The kind named name (see passwordKindName); Unknown for any other name.
inline PasswordKind passwordKindFromName(const QString &name)
{
    for (const PasswordKind kind : {PasswordKind::None, PasswordKind::Md5, PasswordKind::Scram, PasswordKind::Plain}) {
        if (name == passwordKindName(kind))
            return kind;
    }
    return PasswordKind::Unknown;
}

} // namespace edm
