// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InputFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edm {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error tooLarge(const QString &path, qint64 limit)
{
    return Error{QStringLiteral("input_too_large"),
                 InputFile::trText("%1 is larger than %2 MiB, the most this app reads from such a file. Nothing was "
                                   "changed; check that it is the file you meant.")
                     .arg(native(path))
                     .arg(limit / (1024 * 1024)),
                 path};
}

} // namespace

bool InputFile::isFileLike(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISDIR(st.st_mode);
}

Expected<QByteArray> InputFile::read(const QString &path, qint64 limit)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    // stat first: opening a FIFO would block until a writer comes, a device may have side effects.
    if (::stat(name.constData(), &st) != 0) {
        const int error = errno;
        return Error{QStringLiteral("unreadable"),
                     trText("Cannot read %1: %2. Check that the file exists and that you may read it.")
                         .arg(native(path), QString::fromLocal8Bit(std::strerror(error))),
                     path};
    }
    if (S_ISDIR(st.st_mode)) {
        return Error{QStringLiteral("not_regular_file"),
                     trText("%1 is a folder, not a file. Choose the file itself (or the folder that holds it).")
                         .arg(native(path)),
                     path};
    }
    if (!S_ISREG(st.st_mode)) {
        return Error{QStringLiteral("not_regular_file"),
                     trText("%1 is not a regular file (a pipe, socket or device); this app reads only regular files. "
                            "Nothing was read.")
                         .arg(native(path)),
                     path};
    }
    if (st.st_size > limit)
        return tooLarge(path, limit);
    // O_NONBLOCK: if the name was swapped for a FIFO since the stat, the open does not wait for a writer.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        return Error{QStringLiteral("unreadable"),
                     trText("Cannot read %1: %2. Check that the file exists and that you may read it.")
                         .arg(native(path), QString::fromLocal8Bit(std::strerror(error))),
                     path};
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{QStringLiteral("not_regular_file"),
                     trText("%1 is not a regular file (a pipe, socket or device); this app reads only regular files. "
                            "Nothing was read.")
                         .arg(native(path)),
                     path};
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<qint64>(st.st_size, limit)));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return Error{QStringLiteral("unreadable"),
                         trText("Cannot read %1: %2.").arg(native(path), QString::fromLocal8Bit(std::strerror(error))),
                         path};
        }
        if (n == 0)
            break;
        if (bytes.size() + n > limit) {
            ::close(fd);
            return tooLarge(path, limit);
        }
        bytes.append(buffer, n);
    }
    ::close(fd);
    return bytes;
}

} // namespace edm
