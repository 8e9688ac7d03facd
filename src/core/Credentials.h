// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace edm {

/// What the official image would use to initialise and what museum uses to log in. Read from a compose service
/// (core/compose), used to reach its server (core/postgres).
struct Credentials
{
    QString user;
    QString database;
    QString password; ///< never printed; empty when not set
    QString passwordFile; ///< POSTGRES_PASSWORD_FILE, a path inside the container
    bool passwordSet() const { return !password.isEmpty() || !passwordFile.isEmpty(); }
};

} // namespace edm
