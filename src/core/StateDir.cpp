// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StateDir.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edm {

namespace {

constexpr mode_t FolderMode = 0700;
constexpr mode_t FileMode = 0600;
const char LockName[] = "lock";

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error unsafe(const QString &path, const QString &why)
{
    return Error{QStringLiteral("unsafe_state_folder"),
                 StateDir::trText("%1 %2. Nothing was read from it or written into it. Move it aside (check what it "
                                  "points to or who made it), then run the command again.")
                     .arg(native(path), why),
                 path};
}

Error unwritable(const QString &path, int error)
{
    return Error{QStringLiteral("unwritable"),
                 StateDir::trText("Cannot write %1: %2. The migration needs to write its journal beside the compose "
                                  "file; check the folder's permissions and free space.")
                     .arg(native(path), systemError(error)),
                 path};
}

/// The components of a path below the folder; empty when it is not one ("", absolute, ".", "..").
QStringList components(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.contains(QChar(0)))
        return {};
    const QStringList parts = relative.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return {};
    }
    return parts;
}

/// Checks an opened directory: ours, and not writable by others (made so when it is).
std::optional<QString> checkFolder(int fd)
{
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0)
        return systemError(errno);
    if (!S_ISDIR(st.st_mode))
        return StateDir::trText("is not a folder");
    if (st.st_uid != geteuid())
        return StateDir::trText("belongs to another user (uid %1)").arg(st.st_uid);
    if ((st.st_mode & 07777) != FolderMode && fchmod(fd, FolderMode) != 0)
        return StateDir::trText("may be written by other users and cannot be made private (%1)")
            .arg(systemError(errno));
    return std::nullopt;
}

/// Opens name in dirFd as a folder without following a symlink; creates it (0700) when create and it is absent.
/// -1 with errno set (ELOOP/ENOTDIR for a symlink or non-folder).
int openFolderAt(int dirFd, const QByteArray &name, bool create, bool *made = nullptr)
{
    int fd = openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && create) {
        const bool madeNow = mkdirat(dirFd, name.constData(), FolderMode) == 0;
        if (!madeNow && errno != EEXIST)
            return -1;
        if (made)
            *made = madeNow;
        fd = openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    return fd;
}

Text whyNotAFolder(int dirFd, const QByteArray &name, int error)
{
    struct stat st
    {
    };
    if (fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
        return StateDir::trText("is a symbolic link");
    if (error == ENOTDIR)
        return StateDir::trText("is not a folder");
    return StateDir::trText("cannot be opened (%1)").arg(systemError(error));
}

bool removeTree(int dirFd)
{
    // Takes ownership of nothing: dirFd is duplicated for fdopendir.
    const int dupFd = fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (dupFd < 0)
        return false;
    DIR *dir = fdopendir(dupFd);
    if (!dir) {
        ::close(dupFd);
        return false;
    }
    bool ok = true;
    QList<QByteArray> names;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    closedir(dir);
    for (const QByteArray &name : std::as_const(names)) {
        struct stat st
        {
        };
        if (fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            const int sub = openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                ok = removeTree(sub) && ok;
                ::close(sub);
            }
            ok = unlinkat(dirFd, name.constData(), AT_REMOVEDIR) == 0 && ok;
        } else {
            ok = unlinkat(dirFd, name.constData(), 0) == 0 && ok;
        }
    }
    return ok;
}

} // namespace

QString StateDir::pathFor(const QString &projectDir)
{
    return QDir(projectDir).filePath(name());
}

StateDir::StateDir(QString path, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
{
}

StateDir::StateDir(StateDir &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_fd(std::exchange(other.m_fd, -1))
{
}

StateDir &StateDir::operator=(StateDir &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

StateDir::~StateDir()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Expected<std::optional<StateDir>> StateDir::open(const QString &projectDir, bool create, bool *created)
{
    if (created)
        *created = false;
    const QString path = pathFor(projectDir);
    const int projectFd = ::open(QFile::encodeName(projectDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (projectFd < 0) {
        if (!create && errno == ENOENT)
            return std::optional<StateDir>();
        return Error{QStringLiteral("unreadable"),
                     trText("Cannot open the project folder %1: %2.").arg(native(projectDir), systemError(errno)),
                     projectDir};
    }
    const QByteArray leaf = QFile::encodeName(name());
    const int fd = openFolderAt(projectFd, leaf, create, created);
    const int error = errno;
    if (fd < 0) {
        const QString why = whyNotAFolder(projectFd, leaf, error);
        ::close(projectFd);
        if (error == ENOENT && !create)
            return std::optional<StateDir>();
        if (error == EACCES || error == EROFS || error == ENOSPC)
            return unwritable(path, error);
        return unsafe(path, why);
    }
    ::close(projectFd);
    if (const std::optional<QString> why = checkFolder(fd)) {
        ::close(fd);
        return unsafe(path, *why);
    }
    return std::optional<StateDir>(StateDir(path, fd));
}

Expected<int> StateDir::openParent(const QString &relative, bool create, QString *leaf) const
{
    const QStringList parts = components(relative);
    const QString full = QDir(m_path).filePath(relative);
    if (parts.isEmpty())
        return Error{QStringLiteral("internal"), trText("%1 is not a path inside %2.").arg(relative, native(m_path))};
    int fd = fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return unwritable(full, errno);
    QString walked = m_path;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        walked = QDir(walked).filePath(parts.at(i));
        const QByteArray name = QFile::encodeName(parts.at(i));
        const int next = openFolderAt(fd, name, create);
        const int error = errno;
        if (next < 0) {
            const QString why = whyNotAFolder(fd, name, error);
            ::close(fd);
            if (error == ENOENT)
                return Error{QStringLiteral("unreadable"), trText("%1 does not exist.").arg(native(full)), full};
            return unsafe(walked, why);
        }
        ::close(fd);
        fd = next;
        if (const std::optional<QString> why = checkFolder(fd)) {
            ::close(fd);
            return unsafe(walked, *why);
        }
    }
    *leaf = parts.last();
    return fd;
}

bool StateDir::contains(const QString &relative) const
{
    QString leaf;
    const Expected<int> parent = openParent(relative, false, &leaf);
    if (!parent)
        return parent.error().code != QLatin1String("unreadable");
    struct stat st
    {
    };
    const bool found = fstatat(*parent, QFile::encodeName(leaf).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    ::close(*parent);
    return found;
}

Expected<QByteArray> StateDir::read(const QString &relative, qint64 limit) const
{
    const QString full = QDir(m_path).filePath(relative);
    QString leaf;
    const Expected<int> parent = openParent(relative, false, &leaf);
    if (!parent)
        return parent.error();
    const QByteArray name = QFile::encodeName(leaf);
    // O_NONBLOCK: a FIFO planted under the name must not hang the open.
    const int fd = openat(*parent, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    const int error = errno;
    if (fd < 0) {
        struct stat st
        {
        };
        const bool link = fstatat(*parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
        ::close(*parent);
        if (link)
            return unsafe(full, trText("is a symbolic link"));
        return Error{QStringLiteral("unreadable"), trText("Cannot read %1: %2.").arg(native(full), systemError(error)),
                     full};
    }
    ::close(*parent);
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return unsafe(full, trText("is not a regular file"));
    }
    if (st.st_uid != geteuid()) {
        ::close(fd);
        return unsafe(full, trText("belongs to another user (uid %1)").arg(st.st_uid));
    }
    if (st.st_size > limit) {
        ::close(fd);
        return Error{
            QStringLiteral("input_too_large"),
            trText("%1 is larger than %2 MiB, the most this app reads from such a file. It is not one this app "
                   "wrote; move it aside.")
                .arg(native(full))
                .arg(limit / (1024 * 1024)),
            full};
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int readError = errno;
            ::close(fd);
            return Error{QStringLiteral("unreadable"),
                         trText("Cannot read %1: %2.").arg(native(full), systemError(readError)), full};
        }
        if (n == 0)
            break;
        if (bytes.size() + n > limit) { // grew while read
            ::close(fd);
            return Error{QStringLiteral("input_too_large"),
                         trText("%1 is larger than %2 MiB, the most this app reads from such a file.")
                             .arg(native(full))
                             .arg(limit / (1024 * 1024)),
                         full};
        }
        bytes.append(buffer, n);
    }
    ::close(fd);
    return bytes;
}

Status StateDir::write(const QString &relative, const QByteArray &bytes) const
{
    const QString full = QDir(m_path).filePath(relative);
    QString leaf;
    const Expected<int> parent = openParent(relative, true, &leaf);
    if (!parent)
        return parent.error();
    const int dirFd = *parent;
    const QByteArray name = QFile::encodeName(leaf);
    struct stat st
    {
    };
    if (fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
        ::close(dirFd);
        return unsafe(full, S_ISLNK(st.st_mode) ? trText("is a symbolic link") : trText("is not a regular file"));
    }
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = "." + name + ".tmp-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
        fd = openat(dirFd, temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileMode);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int error = errno;
        ::close(dirFd);
        return unwritable(full, error);
    }
    const auto fail = [&](int error) {
        ::close(fd);
        unlinkat(dirFd, temporary.constData(), 0);
        ::close(dirFd);
        return Status(unwritable(full, error));
    };
    if (fchmod(fd, FileMode) != 0)
        return fail(errno);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(errno);
        written += n;
    }
    if (fsync(fd) != 0)
        return fail(errno);
    if (renameat(dirFd, temporary.constData(), dirFd, name.constData()) != 0)
        return fail(errno);
    ::close(fd);
    ::close(dirFd);
    return {};
}

Status StateDir::clear() const
{
    const int dupFd = fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    if (dupFd < 0)
        return unwritable(m_path, errno);
    DIR *dir = fdopendir(dupFd);
    if (!dir) {
        ::close(dupFd);
        return unwritable(m_path, errno);
    }
    QList<QByteArray> names;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != ".." && name != LockName)
            names.append(name);
    }
    closedir(dir);
    bool ok = true;
    for (const QByteArray &name : std::as_const(names)) {
        struct stat st
        {
        };
        if (fstatat(m_fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            const int sub = openat(m_fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                ok = removeTree(sub) && ok;
                ::close(sub);
            }
            ok = unlinkat(m_fd, name.constData(), AT_REMOVEDIR) == 0 && ok;
        } else {
            ok = unlinkat(m_fd, name.constData(), 0) == 0 && ok;
        }
    }
    if (!ok)
        return Error{QStringLiteral("unwritable"), trText("Cannot delete everything in %1.").arg(native(m_path)),
                     m_path};
    return {};
}

// --- RunLock --------------------------------------------------------------------------------------------------------

namespace {

/// Whether path (not followed when a symlink) is the file open as fd.
bool sameFile(const QString &path, int fd)
{
    struct stat named
    {
    };
    struct stat open
    {
    };
    return fstatat(AT_FDCWD, QFile::encodeName(path).constData(), &named, AT_SYMLINK_NOFOLLOW) == 0 &&
        ::fstat(fd, &open) == 0 && named.st_ino == open.st_ino && named.st_dev == open.st_dev;
}

} // namespace

RunLock::RunLock(int fd, int stateFd, int projectFd)
    : m_fd(fd)
    , m_stateFd(stateFd)
    , m_projectFd(projectFd)
{
}

RunLock::RunLock(RunLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_stateFd(std::exchange(other.m_stateFd, -1))
    , m_projectFd(std::exchange(other.m_projectFd, -1))
{
}

RunLock &RunLock::operator=(RunLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_stateFd = std::exchange(other.m_stateFd, -1);
        m_projectFd = std::exchange(other.m_projectFd, -1);
    }
    return *this;
}

RunLock::~RunLock()
{
    release();
}

void RunLock::release()
{
    if (m_stateFd >= 0 && m_projectFd >= 0) {
        // Still holding the lock: nobody else can be writing into the folder through a run. Only the lock in it:
        // remove both (a run that takes the lock checks afterwards that its file is still the folder's lock).
        bool onlyLock = true;
        const int dupFd = fcntl(m_stateFd, F_DUPFD_CLOEXEC, 0);
        DIR *dir = dupFd >= 0 ? fdopendir(dupFd) : nullptr;
        if (!dir) {
            if (dupFd >= 0)
                ::close(dupFd);
            onlyLock = false;
        }
        while (dir && onlyLock) {
            const dirent *entry = readdir(dir);
            if (!entry)
                break;
            const QByteArray name(entry->d_name);
            onlyLock = name == "." || name == ".." || name == LockName;
        }
        if (dir)
            closedir(dir);
        if (onlyLock && unlinkat(m_stateFd, LockName, 0) == 0)
            unlinkat(m_projectFd, QFile::encodeName(StateDir::name()).constData(), AT_REMOVEDIR);
    }
    for (int *fd : {&m_stateFd, &m_projectFd, &m_fd}) { // m_fd last: closing it releases the flock
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

Expected<RunLock> RunLock::acquire(const QString &projectDir)
{
    // A lock whose file was removed by its last holder (see release()) between our open and our flock is no lock:
    // try again on the new file.
    for (int attempt = 0;; ++attempt) {
        bool stale = false;
        Expected<RunLock> lock = acquireOnce(projectDir, &stale);
        if (!stale || attempt == 10)
            return lock;
    }
}

Expected<RunLock> RunLock::acquireOnce(const QString &projectDir, bool *stale)
{
    bool created = false;
    Expected<std::optional<StateDir>> dir = StateDir::open(projectDir, true, &created);
    if (!dir) {
        struct stat st
        {
        };
        // Removed by the last holder between our mkdir and our open: try again.
        *stale = lstat(QFile::encodeName(StateDir::pathFor(projectDir)).constData(), &st) != 0 && errno == ENOENT;
        return dir.error();
    }
    const StateDir &state = **dir;
    const QString path = QDir(state.path()).filePath(QString::fromLatin1(LockName));
    const int fd =
        openat(state.fd(), LockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, FileMode);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return unsafe(path, StateDir::trText("is a symbolic link"));
        *stale = error == ENOENT; // the folder was removed by the last holder since we opened it
        return unwritable(path, error);
    }
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
        ::close(fd);
        return unsafe(path, StateDir::trText("is not a regular file of yours"));
    }
    int locked = -1;
    do {
        locked = flock(fd, LOCK_EX | LOCK_NB);
    } while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        const int error = errno;
        if (error != EWOULDBLOCK) {
            ::close(fd);
            return unwritable(path, error);
        }
        char buffer[32] = {};
        const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        const qint64 pid = n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
        return Error{QStringLiteral("run_in_progress"),
                     trText("Another run of Ente DB Migration is in progress on this project (pid %1). Wait for it to "
                            "finish, or stop it.")
                         .arg(pid > 0 ? Text(QString::number(pid)) : trText("unknown")),
                     path};
    }
    struct stat named
    {
    };
    if (fstatat(state.fd(), LockName, &named, AT_SYMLINK_NOFOLLOW) != 0 || named.st_ino != st.st_ino ||
        named.st_dev != st.st_dev || !sameFile(state.path(), state.fd())) {
        ::close(fd);
        *stale = true;
        return unwritable(path, ENOENT);
    }
    const QByteArray pid = QByteArray::number(qint64(getpid())) + '\n';
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        const int error = errno;
        ::close(fd);
        return unwritable(path, error);
    }
    if (!created)
        return RunLock(fd, -1, -1);
    const int stateFd = fcntl(state.fd(), F_DUPFD_CLOEXEC, 0);
    const int projectFd = ::open(QFile::encodeName(projectDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (stateFd < 0 || projectFd < 0) { // then the folder stays: nothing worse
        if (stateFd >= 0)
            ::close(stateFd);
        if (projectFd >= 0)
            ::close(projectFd);
        return RunLock(fd, -1, -1);
    }
    return RunLock(fd, stateFd, projectFd);
}

} // namespace edm
