// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PostgresMajors.h"

#include <QLocale>

namespace edm {

const QList<PostgresMajors::Major> &PostgresMajors::all()
{
    // Support ends: https://www.postgresql.org/support/versioning/ (the final minor release of each major).
    static const QList<Major> majors{
        {12, true, false, QString(), Layout::DataFolder, QDate(2024, 11, 21)},
        {13, true, false, QString(), Layout::DataFolder, QDate(2025, 11, 13)},
        {14, true, false, QStringLiteral("14.23"), Layout::DataFolder, QDate(2026, 11, 12)},
        {15, true, true, QStringLiteral("15.18"), Layout::DataFolder, QDate(2027, 11, 11)},
        {16, true, true, QStringLiteral("16.14"), Layout::DataFolder, QDate(2028, 11, 9)},
        {17, true, true, QStringLiteral("17.10"), Layout::DataFolder, QDate(2029, 11, 8)},
        {18, false, true, QStringLiteral("18.4"), Layout::VersionedFolder, QDate(2030, 11, 14)},
    };
    return majors;
}

const PostgresMajors::Major *PostgresMajors::find(int major)
{
    for (const Major &m : all()) {
        if (m.major == major)
            return &m;
    }
    return nullptr;
}

QList<int> PostgresMajors::targets()
{
    QList<int> list;
    for (const Major &m : all()) {
        if (m.target)
            list.append(m.major);
    }
    return list;
}

QList<int> PostgresMajors::sources()
{
    QList<int> list;
    for (const Major &m : all()) {
        if (m.source)
            list.append(m.major);
    }
    return list;
}

PostgresMajors::Layout PostgresMajors::layout(int major)
{
    if (const Major *m = find(major))
        return m->layout;
    return major >= 18 ? Layout::VersionedFolder : Layout::DataFolder;
}

QString PostgresMajors::mountTarget(int major)
{
    return QLatin1String(layout(major) == Layout::VersionedFolder ? VersionedMount : DataFolderMount);
}

QString PostgresMajors::defaultPgdata(int major)
{
    if (layout(major) == Layout::VersionedFolder)
        return QStringLiteral("%1/%2/docker").arg(QLatin1String(VersionedMount)).arg(major);
    return QLatin1String(DataFolderMount);
}

Text PostgresMajors::advice(int target)
{
    const Major *m = find(target);
    const QString until = m ? QLocale().toString(m->supportEnds, QStringLiteral("MMMM yyyy")) : QString();
    // One sentence each: the wizard shows it under the target list.
    switch (target) {
    case 15:
        return trText(
                   "Postgres 15 is what Ente's current compose files run (postgres:15), so a compose file downloaded "
                   "again from Ente keeps working on the data; supported until %1.")
            .arg(until);
    case 16:
        return trText(
                   "Postgres 16 is what Ente's migration guide moved to and is supported until %1; keep postgres:16 in "
                   "your compose file afterwards, as Ente's current files name postgres:15, which refuses 16 data.")
            .arg(until);
    case 17:
        return trText("Postgres 17 is supported until %1; keep postgres:17 in your compose file afterwards, as Ente's "
                      "postgres:15 refuses 17 data.")
            .arg(until);
    case 18:
        return trText("Postgres 18 is the newest and is supported longest (until %1); its image keeps the data below "
                      "/var/lib/postgresql, so the volume's mount moves there in the same edit, and Ente's postgres:15 "
                      "refuses 18 data: keep postgres:18 and that mount afterwards.")
            .arg(until);
    default:
        return trText("Postgres %1 is not offered; choose %2.").arg(target).arg(targetList());
    }
}

Text PostgresMajors::targetList()
{
    const QList<int> list = targets();
    QStringList names;
    for (int t : list)
        names.append(QString::number(t));
    const QString last = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? Text(last) : trText("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace edm
