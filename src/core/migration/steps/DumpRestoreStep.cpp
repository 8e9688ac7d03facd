// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/DumpRestoreStep.h"

#include "core/migration/MigrationRun.h"
#include "core/postgres/ServerProbe.h"

#include <QDir>

#include <algorithm>

namespace edm {

DumpRestoreStep::DumpRestoreStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Upgrade, run, parent)
{
}

void DumpRestoreStep::doStart()
{
    if (!m_run.plan->volumeSwitch() || m_run.plan->steps().isEmpty())
        return emitResult(Error{QStringLiteral("internal"), trText("The dump-restore plan has no new volume.")});
    if (!m_run.journal->backup)
        return emitResult(Error{QStringLiteral("no_backup"), trText("There is no backup to restore.")});
    const ImageEdit &edit = m_run.plan->steps().first();
    const VolumeSwitch &sw = *m_run.plan->volumeSwitch();
    const bool volume = sw.type == VolumeMount::Type::Volume;
    Confirmation confirmation;
    confirmation.step = Step::Upgrade;
    confirmation.title = trText("Move the data to %1").arg(sw.written);
    confirmation.text =
        trText("%1 gets the change below: the image %2 and a new %3 for the data; the current one (%4) is not touched "
               "and stays for a rollback. Then only the service \"%5\" starts, creates an empty Postgres %6 database "
               "there, and the backup %7 is restored into it.")
            .arg(edit.relativePath, edit.image,
                 volume ? trText("volume %1").arg(sw.newSource)
                        : trText("folder %1").arg(QDir::toNativeSeparators(sw.newSource)),
                 volume ? sw.oldSource : QDir::toNativeSeparators(sw.oldSource), m_run.options.service)
            .arg(m_run.options.target)
            .arg(QDir::toNativeSeparators(m_run.journal->backup->path));
    confirmation.diff = edit.diff;
    ask(confirmation, [this] { apply(); });
}

void DumpRestoreStep::apply()
{
    const ImageEdit &edit = m_run.plan->steps().first();
    if (const Status applied = edit.apply(); !applied)
        return emitResult(applied.error());
    logRedacted(
        trText("%1: image → %2, data → %3").arg(edit.relativePath, edit.image, m_run.plan->volumeSwitch()->written));
    // From here on the new volume is this migration's own: a repeated step may empty it, a rollback offers to remove
    // it. The original volume is never written, so the data is not "touched".
    const bool used = std::exchange(m_run.journal->newVolumeUsed, true);
    m_run.journal->save();
    if (used)
        return emptyNewVolume([this] { restore(); });
    restore();
}

void DumpRestoreStep::emptyNewVolume(std::function<void()> then)
{
    // An earlier run of this step stopped midway: stop the service, then empty the volume it restored into, so that
    // the image creates a new database there again.
    runDocker(m_run.docker->stop(m_run.target, {m_run.options.service}, this), [this, then] {
        const VolumeSwitch &sw = *m_run.plan->volumeSwitch();
        const auto empty = [this, then](const QString &name) {
            if (name.isEmpty())
                return then();
            logRedacted(trText("Emptying %1, which an interrupted restore left half-filled.").arg(name));
            runDocker(m_run.docker->emptyVolume(name, m_run.service().image, this), then);
        };
        if (sw.type != VolumeMount::Type::Volume)
            return empty(QDir(sw.newSource).exists() ? sw.newSource : QString());
        m_run.docker->findComposeVolume(m_run.target.projectName, sw.newSource, this,
                                        [this, empty](const Expected<QString> &name) {
                                            if (proceed())
                                                empty(name ? *name : QString());
                                        });
    });
}

void DumpRestoreStep::restore()
{
    const VolumeSwitch &sw = *m_run.plan->volumeSwitch();
    if (sw.type == VolumeMount::Type::Bind && !QDir().mkpath(sw.newSource)) {
        return emitResult(
            Error{QStringLiteral("unwritable"),
                  trText("Cannot create the folder %1 for the restored data. Check the permissions of its "
                         "parent folder and resume.")
                      .arg(QDir::toNativeSeparators(sw.newSource))});
    }
    Q_EMIT milestone(trText("Creating the new Postgres %1 database").arg(m_run.options.target));
    restoreBackupIntoService(600 * 1000, [this] {
        logRedacted(trText("The backup was restored into the new Postgres %1 database.").arg(m_run.options.target));
        rehashServicePassword([this] { emitResult(); });
    });
}

void DumpRestoreStep::rehashServicePassword(std::function<void()> then)
{
    // The dump sets the roles' md5 hashes of Postgres 12 again, while a new cluster of 14+ lets clients in over TCP
    // with scram-sha-256 only. The service's own password is known (the compose file has it): store it as scram.
    const Credentials &credentials = m_run.service().credentials;
    if (m_run.options.target < 14 || credentials.password.isEmpty())
        return then();
    ServerProbe *probe = probeFor(m_run.probeContainer);
    probe->roles(this, [this, probe, then, credentials](const Expected<QList<RoleInfo>> &roles) {
        const bool md5 = roles && std::any_of(roles->cbegin(), roles->cend(), [&credentials](const RoleInfo &r) {
                             return r.name == credentials.user && r.password == PasswordKind::Md5;
                         });
        if (!proceed())
            return;
        if (!md5)
            return then();
        QString user = credentials.user;
        QString password = credentials.password;
        const QString sql =
            QStringLiteral("SET password_encryption = 'scram-sha-256';\nALTER ROLE \"%1\" PASSWORD '%2';\n")
                .arg(user.replace(u'"', QStringLiteral("\"\"")), password.replace(u'\'', QStringLiteral("''")));
        probe->query(sql, this, [this, then, credentials](const Expected<ServerProbe::Rows> &done) {
            logRedacted(done ? trText("The password of %1 is stored as scram-sha-256 now, as the new server's "
                                      "pg_hba.conf asks.")
                                   .arg(credentials.user)
                             : trText("Could not store the password of %1 as scram-sha-256: %2")
                                   .arg(credentials.user, done.error().message));
            if (proceed())
                then();
        });
    });
}

} // namespace edm
