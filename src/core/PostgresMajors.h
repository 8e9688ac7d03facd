// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace edm {

/// Every Postgres major the app knows, in one table: whether it can be migrated from or to, what pgautoupgrade
/// builds for it, where its official image keeps the data, when its support ends, and one line of advice for the
/// target list. Adding a major is one row here (and images for the test rig).
class PostgresMajors
{
    Q_DECLARE_TR_FUNCTIONS(edm::PostgresMajors)
    EDM_TEXT_FUNCTIONS(edm::PostgresMajors)

public:
    /// Where the official image keeps the data inside the container.
    enum class Layout
    {
        /// 14–17 (and older): the volume is mounted at /var/lib/postgresql/data, which is PGDATA.
        DataFolder,
        /// 18 and newer: the volume is mounted at /var/lib/postgresql; PGDATA is /var/lib/postgresql/<major>/docker.
        VersionedFolder
    };

    struct Major
    {
        int major = 0;
        bool source = false; ///< a stack on it can be migrated
        bool target = false; ///< offered as a target
        QString pgautoupgradeVersion; ///< the version pgautoupgrade's -trixie/-alpine tags build now; "" when none
        Layout layout = Layout::DataFolder;
        QDate supportEnds; ///< the PostgreSQL project's final release for the major
    };

    static const QList<Major> &all();
    /// The row for major, or nullptr.
    static const Major *find(int major);
    static QList<int> targets();
    static QList<int> sources();
    static constexpr int DefaultTarget = 16;

    static Layout layout(int major);
    /// The folder the official image mounts its volume at: /var/lib/postgresql/data, or /var/lib/postgresql for 18+.
    static QString mountTarget(int major);
    /// The official image's PGDATA: /var/lib/postgresql/data, or /var/lib/postgresql/18/docker for 18+.
    static QString defaultPgdata(int major);
    static constexpr const char *DataFolderMount = "/var/lib/postgresql/data";
    static constexpr const char *VersionedMount = "/var/lib/postgresql";

    /// One sentence on what moving to target means for an Ente install (shown next to the choice).
    static Text advice(int target);
    /// "15, 16, 17 or 18" in the UI's words.
    static Text targetList();
};

} // namespace edm
