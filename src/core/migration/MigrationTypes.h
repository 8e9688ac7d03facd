// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/docker/DockerCli.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

/// The words of a migration that the engine, its steps and whoever drives them share: the steps, the methods, the
/// options of a run and the question a step asks before it changes the stack. MigrationEngine names them too
/// (MigrationEngine::Step, …).
namespace edm::migration {
Q_NAMESPACE

enum class Step
{
    Plan,
    Preflight,
    Backup,
    Rehearse, ///< optional: restore the backup into a throwaway target container and verify it there
    Stop,
    Upgrade, ///< edit 1 (pgautoupgrade's image), start only the service, follow its log until truly done
    Finish, ///< edit 2 (the plain target image) and start the whole stack
    Verify,
    Done
};
Q_ENUM_NS(Step)

/// How the data moves: pgautoupgrade converts it in place (the documented way); dump-restore restores the backup
/// into a new volume for the target image and keeps the old volume untouched.
enum class Method
{
    PgAutoUpgrade,
    DumpRestore
};
Q_ENUM_NS(Method)

struct Options
{
    QString projectPath; ///< folder or compose file
    QString service; ///< empty: detect
    int target = 16;
    QString upgradeImage; ///< override of the pgautoupgrade image ("" = ImagePolicy's choice)
    QString finalImage; ///< override of the final image ("" = ImagePolicy's choice)
    Method method = Method::PgAutoUpgrade;
    bool rehearse = false;
    QString backupDir; ///< empty: the project folder
    QString backupFile; ///< empty: <backupDir>/pg<version>-<yyyyMMdd-HHmm>.backup.sql, a name not yet taken
    bool replaceBackup = false; ///< the person agreed that backupFile, which exists, is replaced
    bool stopWholeStack = true; ///< `down` (true) or `stop SERVICE…` for everything but Postgres
    QString healthUrl; ///< museum's /ping, optional
    int upgradeTimeoutSeconds = 3600;
    bool confirmBackup = false; ///< ask (confirmationNeeded) before the backup, so a wizard can choose the file
    DockerCliOptions docker;
};

/// A change waiting for the user's yes.
struct Confirmation
{
    Step step = Step::Plan;
    QString title; ///< "Stop the stack"
    QString text; ///< what will happen and what it means
    QByteArray diff; ///< the compose change, when there is one
    bool destructive = false;
};

/// "plan", "backup", … as the journal and the report name a step.
QString stepId(Step step);
/// The step's translated title.
QString stepTitle(Step step);
/// The step's title as a Text (translated when shown): what the report and the journal keep.
Text stepTitleText(Step step);
/// "pgautoupgrade" or "dump-restore".
QString methodId(Method method);
std::optional<Method> methodFromId(const QString &id);

} // namespace edm::migration

Q_DECLARE_METATYPE(edm::migration::Confirmation)
