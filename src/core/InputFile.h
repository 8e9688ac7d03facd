// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace edm {

/// Reads a file the user points the app at (a compose file, .env, an env_file, an override) with a bound: a regular
/// file only (a folder, FIFO or device is refused at once, without a blocking open) and at most a limit of bytes (a
/// larger file is refused by its size, never read). Symlinks the user made to their own files are followed.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(edm::InputFile)
    EDM_TEXT_FUNCTIONS(edm::InputFile)

public:
    /// Compose files, overrides, .env and env_file: far above any real one (Ente's is about 2 KiB).
    static constexpr qint64 ComposeLimit = 4 * 1024 * 1024;

    /// The bytes of path. Errors: unreadable (cannot open, with the system's reason), not_regular_file,
    /// input_too_large (the message says the limit).
    static Expected<QByteArray> read(const QString &path, qint64 limit = ComposeLimit);
    /// Whether path is something read() may open: it exists and is not a folder (a FIFO or device counts, so that
    /// read() can say what it is instead of "not found").
    static bool isFileLike(const QString &path);
};

} // namespace edm
