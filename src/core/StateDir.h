// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace edm {

/// The app's folder inside a compose project, `<project>/.ente-db-migrate/`, opened so that nothing planted in it
/// can redirect a read or a write: the folder is opened once (no symlink followed, owned by the user, never
/// group/world-writable) and everything in it is reached relative to that open folder, again without following a
/// symlink. Writes go to a temporary file in the same folder (mode 0600) that is renamed over the name, so a
/// symlink or device planted under the name is refused, never written through.
class StateDir
{
    Q_DECLARE_TR_FUNCTIONS(edm::StateDir)
    EDM_TEXT_FUNCTIONS(edm::StateDir)

public:
    static QString name() { return QStringLiteral(".ente-db-migrate"); }
    static QString pathFor(const QString &projectDir);

    /// The state folder of projectDir. An absent folder is an empty optional, unless create is set: then it is
    /// created, mode 0700 whatever the umask. A symlink, a non-folder, or a folder of another user is an error
    /// (code unsafe_state_folder); a folder of ours that others may write is made 0700 again. created, when given,
    /// says whether this call made the folder.
    static Expected<std::optional<StateDir>> open(const QString &projectDir, bool create, bool *created = nullptr);

    StateDir(StateDir &&other) noexcept;
    StateDir &operator=(StateDir &&other) noexcept;
    ~StateDir();
    Q_DISABLE_COPY(StateDir)

    QString path() const { return m_path; }
    /// The folder's file descriptor (for a lock or openat); owned by this object.
    int fd() const { return m_fd; }

    /// Whether relative (a path below the folder, "/"-separated, no "." or "..") names something, without
    /// following a symlink.
    bool contains(const QString &relative) const;
    /// The bytes of a regular file below the folder, at most limit bytes (a larger file is an error that says the
    /// limit). A symlink, a non-regular file or a file of another user anywhere on the way is an error.
    Expected<QByteArray> read(const QString &relative, qint64 limit) const;
    /// Replaces a file below the folder atomically (a temporary file in its folder, mode 0600, renamed over it),
    /// creating missing folders on the way (0700). A symlink or non-regular file under that name is refused.
    Status write(const QString &relative, const QByteArray &bytes) const;
    /// Deletes everything in the folder except the run lock, without following a symlink.
    Status clear() const;

private:
    StateDir(QString path, int fd);
    /// The folder holding relative's last component, opened (and created when create) without following a
    /// symlink; the descriptor is the caller's to close.
    Expected<int> openParent(const QString &relative, bool create, QString *leaf) const;

    QString m_path;
    int m_fd = -1;
};

/// One run per project: an exclusive advisory lock (flock) on `.ente-db-migrate/lock`, held while this object
/// lives and released by the kernel when the process ends however it ends. The holder's pid is written into the
/// file, for the message a second run gets.
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(edm::RunLock)
    EDM_TEXT_FUNCTIONS(edm::RunLock)

public:
    /// Takes the lock of projectDir without waiting (creating the state folder when needed). Another holder is
    /// the error run_in_progress naming its pid. When the folder was created for this lock and holds nothing but the
    /// lock when it is released (the run was refused before it wrote anything), the lock file and the folder are
    /// removed again: a run that did nothing leaves nothing behind.
    static Expected<RunLock> acquire(const QString &projectDir);

    RunLock(RunLock &&other) noexcept;
    RunLock &operator=(RunLock &&other) noexcept;
    ~RunLock();
    Q_DISABLE_COPY(RunLock)

private:
    RunLock(int fd, int stateFd, int projectFd);
    /// One try of acquire(); stale: the lock file taken is no longer the folder's (removed by its last holder).
    static Expected<RunLock> acquireOnce(const QString &projectDir, bool *stale);
    /// Removes the lock file and the folder when the folder holds nothing else, then releases the lock.
    void release();
    int m_fd = -1;
    int m_stateFd = -1; ///< the state folder, when this lock created it (else -1)
    int m_projectFd = -1; ///< the project folder, when this lock created the state folder (else -1)
};

} // namespace edm
