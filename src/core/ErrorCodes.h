// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>

namespace edm {

/// The command line's exit codes, the same for every command (README "Exit codes", the man page, --help).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, ///< the operation ran and failed
    ExitUsage = 2, ///< bad arguments or unusable input (also: compose project unusable)
    ExitIncomplete = 3, ///< readable but incomplete or suspect (inspect)
    ExitStreamEnded = 4, ///< the watched log ended (or timed out) before the upgrade completed (watch-log)
    ExitStopped = 5 ///< stopped by the user, or nothing to do (migrate, resume, rollback)
};

/// Every Error::code the app produces, in one registry: the code string, the exit code the command line gives for
/// it, and a one-line description. The codes are a contract (the CLI's JSON, the journal's last error, the README):
/// construct errors with these constants, never with a string literal. tests/unit/tst_errorcodes.cpp fails for a
/// code literal in an Error construction that is not registered here.
namespace ErrorCode {

// clang-format off
inline constexpr QLatin1String Usage{"usage"};
inline constexpr QLatin1String NoComposeFile{"no_compose_file"};
inline constexpr QLatin1String Unreadable{"unreadable"};
inline constexpr QLatin1String InvalidYaml{"invalid_yaml"};
inline constexpr QLatin1String NoPostgresService{"no_postgres_service"};
inline constexpr QLatin1String AmbiguousService{"ambiguous_service"};
inline constexpr QLatin1String ServiceNotFound{"service_not_found"};
inline constexpr QLatin1String UnsupportedImage{"unsupported_image"};
inline constexpr QLatin1String UnsupportedTarget{"unsupported_target"};
inline constexpr QLatin1String UnsupportedVolume{"unsupported_volume"};
inline constexpr QLatin1String UnsupportedEdit{"unsupported_edit"};
inline constexpr QLatin1String EditCheckFailed{"edit_check_failed"};
inline constexpr QLatin1String TargetNotAboveSource{"target_not_above_source"};
inline constexpr QLatin1String FileChanged{"file_changed"};
inline constexpr QLatin1String Unwritable{"unwritable"};
inline constexpr QLatin1String CorruptJournal{"corrupt_journal"};
inline constexpr QLatin1String NothingToReport{"nothing_to_report"};
inline constexpr QLatin1String OpenFailed{"open_failed"};
inline constexpr QLatin1String ReadFailed{"read_failed"};
inline constexpr QLatin1String TempDir{"temp_dir"};
inline constexpr QLatin1String Declined{"declined"};
inline constexpr QLatin1String Cancelled{"cancelled"};
inline constexpr QLatin1String AlreadyTarget{"already_target"};
inline constexpr QLatin1String UnfinishedMigration{"unfinished_migration"};
inline constexpr QLatin1String UnfinishedRollback{"unfinished_rollback"};
inline constexpr QLatin1String ContainerChanged{"container_changed"};
inline constexpr QLatin1String NothingToResume{"nothing_to_resume"};
inline constexpr QLatin1String NothingToRollBack{"nothing_to_roll_back"};
inline constexpr QLatin1String Internal{"internal"};
inline constexpr QLatin1String ProcessNotFound{"process_not_found"};
inline constexpr QLatin1String ProcessFailedToStart{"process_failed_to_start"};
inline constexpr QLatin1String ProcessCrashed{"process_crashed"};
inline constexpr QLatin1String ProcessExitCode{"process_exit_code"};
inline constexpr QLatin1String ProcessTimeout{"process_timeout"};
inline constexpr QLatin1String ProcessCancelled{"process_cancelled"};
inline constexpr QLatin1String ProcessWriteFailed{"process_write_failed"};
inline constexpr QLatin1String DockerNotFound{"docker_not_found"};
inline constexpr QLatin1String DockerPermissionDenied{"docker_permission_denied"};
inline constexpr QLatin1String DockerDaemonDown{"docker_daemon_down"};
inline constexpr QLatin1String DockerUnexpectedOutput{"docker_unexpected_output"};
inline constexpr QLatin1String ComposeNotFound{"compose_not_found"};
inline constexpr QLatin1String ComposeNoFile{"compose_no_file"};
inline constexpr QLatin1String ComposeInvalidFile{"compose_invalid_file"};
inline constexpr QLatin1String ComposeUsage{"compose_usage"};
inline constexpr QLatin1String ComposeBuildFailed{"compose_build_failed"};
inline constexpr QLatin1String ComposePullFailed{"compose_pull_failed"};
inline constexpr QLatin1String NoSuchVolume{"no_such_volume"};
inline constexpr QLatin1String VolumeInUse{"volume_in_use"};
inline constexpr QLatin1String ContainerNameInUse{"container_name_in_use"};
inline constexpr QLatin1String ImagePullFailed{"image_pull_failed"};
inline constexpr QLatin1String DockerDiskFull{"docker_disk_full"};
inline constexpr QLatin1String ContainerExited{"container_exited"};
inline constexpr QLatin1String ContainerNotRunning{"container_not_running"};
inline constexpr QLatin1String ContainerMissing{"container_missing"};
inline constexpr QLatin1String NoSuchContainer{"no_such_container"};
inline constexpr QLatin1String NoSuchService{"no_such_service"};
inline constexpr QLatin1String ExecCommandNotFound{"exec_command_not_found"};
inline constexpr QLatin1String StillRunning{"still_running"};
inline constexpr QLatin1String VolumeMissing{"volume_missing"};
inline constexpr QLatin1String ServerNotRunning{"server_not_running"};
inline constexpr QLatin1String ServerNotReady{"server_not_ready"};
inline constexpr QLatin1String ServerStarting{"server_starting"};
inline constexpr QLatin1String NoPgVersion{"no_pg_version"};
inline constexpr QLatin1String ProbeUnexpectedOutput{"probe_unexpected_output"};
inline constexpr QLatin1String ProbeUnsupported{"probe_unsupported"};
inline constexpr QLatin1String SqlError{"sql_error"};
inline constexpr QLatin1String AuthFailed{"auth_failed"};
inline constexpr QLatin1String AuthNoPassword{"auth_no_password"};
inline constexpr QLatin1String AuthRejected{"auth_rejected"};
inline constexpr QLatin1String RoleMissing{"role_missing"};
inline constexpr QLatin1String DatabaseMissing{"database_missing"};
inline constexpr QLatin1String LoginRejected{"login_rejected"};
inline constexpr QLatin1String LoginRoleMissing{"login_role_missing"};
inline constexpr QLatin1String LoginDatabaseMissing{"login_database_missing"};
inline constexpr QLatin1String LoginMd5UnderScram{"login_md5_under_scram"};
inline constexpr QLatin1String LoginNoHbaEntry{"login_no_hba_entry"};
inline constexpr QLatin1String LoginNoPassword{"login_no_password"};
inline constexpr QLatin1String LoginNoTcp{"login_no_tcp"};
inline constexpr QLatin1String LoginPasswordWrong{"login_password_wrong"};
inline constexpr QLatin1String DumpToolTooOld{"dump_tool_too_old"};
inline constexpr QLatin1String BackupNoContainer{"backup_no_container"};
inline constexpr QLatin1String BackupNoSpace{"backup_no_space"};
inline constexpr QLatin1String BackupDiskFull{"backup_disk_full"};
inline constexpr QLatin1String BackupTargetUnwritable{"backup_target_unwritable"};
inline constexpr QLatin1String BackupExists{"backup_exists"};
inline constexpr QLatin1String BackupWriteFailed{"backup_write_failed"};
inline constexpr QLatin1String BackupContainerDied{"backup_container_died"};
inline constexpr QLatin1String BackupVerifyFailed{"backup_verify_failed"};
inline constexpr QLatin1String BackupCancelled{"backup_cancelled"};
inline constexpr QLatin1String SidecarUnreadable{"sidecar_unreadable"};
inline constexpr QLatin1String SidecarInvalid{"sidecar_invalid"};
inline constexpr QLatin1String SidecarForeign{"sidecar_foreign"};
inline constexpr QLatin1String SidecarVersion{"sidecar_version"};
inline constexpr QLatin1String SidecarWriteFailed{"sidecar_write_failed"};
inline constexpr QLatin1String RestoreNoTarget{"restore_no_target"};
inline constexpr QLatin1String RestoreFileUnreadable{"restore_file_unreadable"};
inline constexpr QLatin1String RestoreCompressed{"restore_compressed"};
inline constexpr QLatin1String RestoreCustomFormat{"restore_custom_format"};
inline constexpr QLatin1String RestoreSqlError{"restore_sql_error"};
inline constexpr QLatin1String RestoreContainerDied{"restore_container_died"};
inline constexpr QLatin1String RestoreCancelled{"restore_cancelled"};
inline constexpr QLatin1String PreflightFailed{"preflight_failed"};
inline constexpr QLatin1String DowngradeTrap{"downgrade_trap"};
inline constexpr QLatin1String NoBackup{"no_backup"};
inline constexpr QLatin1String RehearsalFailed{"rehearsal_failed"};
inline constexpr QLatin1String UpgradeFailed{"upgrade_failed"};
inline constexpr QLatin1String UpgradeTimeout{"upgrade_timeout"};
inline constexpr QLatin1String UpgradeInterrupted{"upgrade_interrupted"};
inline constexpr QLatin1String VerifyFailed{"verify_failed"};
inline constexpr QLatin1String RollbackManual{"rollback_manual"};
inline constexpr QLatin1String UnsafeStateFolder{"unsafe_state_folder"};
inline constexpr QLatin1String RunInProgress{"run_in_progress"};
inline constexpr QLatin1String InputTooLarge{"input_too_large"};
inline constexpr QLatin1String NotRegularFile{"not_regular_file"};
inline constexpr QLatin1String InputTooComplex{"input_too_complex"};
inline constexpr QLatin1String UnsafeOutput{"unsafe_output"};
// clang-format on

/// One registered code.
struct Info
{
    QLatin1String code;
    int exitCode; ///< ExitCode
    const char *description; ///< English, one line, for the registry's readers (docs, tests); not shown to users
};

/// Every registered code, in the order of the registry.
const QList<Info> &all();
bool isKnown(QStringView code);
/// The exit code for an error code: its registered one; ExitFailure for an unknown code.
int exitCodeFor(QStringView code);
/// The exit code for an error: ExitOk for a null error, else exitCodeFor(error.code).
int exitCodeFor(const Error &error);
/// The registered description, or an empty string.
QString description(QStringView code);

/// The uniform JSON form of an error: {"error": {"code", "message", "file", "line", "column"}}; file, line and
/// column are null when unknown.
QJsonObject toJson(const Error &error);

} // namespace ErrorCode

} // namespace edm
