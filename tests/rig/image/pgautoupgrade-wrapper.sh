# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=sh
# pgautoupgrade's outer docker-entrypoint.sh, imitated per release era (busybox
# sh). Sourced by /usr/local/bin/docker-entrypoint.sh when RIG_IMAGE=pgautoupgrade,
# so "$0" is /usr/local/bin/docker-entrypoint.sh as in the real image.
#
# Eras (PGAUTO_RIG_ERA), each following pgautoupgrade/docker-pgautoupgrade:
#   2024   0276f9d (Jul 2024)  no wrapper: docker-entrypoint.sh is the whole upgrade
#   middle efe71eb (Nov 2024)  wrapper runs the inner script in the foreground; no
#                              signal forwarding (docker stop waits, then SIGKILL)
#   2025   09bf873 (Sep 2025, the last 16-bookworm build)  inner in background,
#                              signals forwarded, but `set -e` around `wait`: a
#                              docker stop ends pid 1 at once (exit 130)
#   2026   HEAD (trixie era)   as 2025, `set +e` and a second wait: clean stop
. /usr/local/lib/edm-rig/pgautoupgrade-era.sh

if [ "$RIG_ERA" = 2024 ]; then
	exec /usr/local/bin/postgres-docker-entrypoint.sh "$@"
fi

set -e
set -o pipefail 2>/dev/null || :

EXISTING_PG_HBA_CONF=0
EXISTING_POSTGRESQL_CONF=0
POSTGRESQL_DATA_DIRECTORY_HAS_DATA=0
if [ "$RIG_ERA" != 2026 ]; then
	EXISTING_PGDATA_PERMISSIONS=$(stat -c %a "$PGDATA")
	EXISTING_PGDATA_OWNER_GROUP=$(stat -c "%u:%g" "$PGDATA")
fi

if [ -d "$PGDATA" ] && [ -f "$PGDATA/PG_VERSION" ]; then
	POSTGRESQL_DATA_DIRECTORY_HAS_DATA=1
	if [ "$RIG_ERA" = 2026 ]; then
		EXISTING_PGDATA_PERMISSIONS=$(stat -c %a "$PGDATA")
		EXISTING_PGDATA_OWNER_GROUP=$(stat -c "%u:%g" "$PGDATA")
	fi

	if [ -f "${PGDATA}/postgresql.conf" ]; then
		EXISTING_POSTGRESQL_CONF=1
	else
		echo "-------------------------------------------------------------------------------"
		echo "The Postgres data directory at ${PGDATA} is missing a postgresql.conf file. Copying a standard version of ours."
		echo "-------------------------------------------------------------------------------"
		cp -f /opt/pgautoupgrade/postgresql.conf "${PGDATA}/postgresql.conf"
	fi

	if [ -f "${PGDATA}/pg_hba.conf" ]; then
		EXISTING_PG_HBA_CONF=1
	else
		echo "-------------------------------------------------------------------------------"
		echo "The Postgres data directory at ${PGDATA} is missing a pg_hba.conf file. Copying a standard version of ours."
		echo "-------------------------------------------------------------------------------"
		cp -f "/opt/pgautoupgrade/pg_hba.conf" "${PGDATA}/pg_hba.conf"
	fi
fi

if [ "$RIG_ERA" = middle ]; then
	# foreground, no traps: pid 1 ignores docker's SIGINT, the stop ends in SIGKILL
	/usr/local/bin/postgres-docker-entrypoint.sh "$@"
	exit_code=0
else
	/usr/local/bin/postgres-docker-entrypoint.sh "$@" &
	pid="$!"

	forward_signal() {
		kill -s "$1" "$pid"
	}
	trap 'forward_signal TERM' TERM
	trap 'forward_signal INT' INT
	trap 'forward_signal HUP' HUP
	trap 'forward_signal QUIT' QUIT

	if [ "$RIG_ERA" = 2025 ]; then
		# still under `set -e`: a non-zero wait (child failed, or a trapped signal
		# arrived) ends the wrapper here, with that status
		wait "$pid"
		exit_code=$?
	else
		set +e
		wait "$pid"
		exit_code=$?
		if kill -0 "$pid" 2>/dev/null; then
			wait "$pid"
			exit_code=$?
		fi
	fi
fi

if [ "x${PGAUTO_ONESHOT:-}" = "xyes" ] && { [ "$RIG_ERA" = middle ] || [ "$POSTGRESQL_DATA_DIRECTORY_HAS_DATA" = 1 ]; }; then
	if [ "$EXISTING_POSTGRESQL_CONF" = "0" ]; then
		echo "-------------------------------------------------------------------------------"
		echo "Removing postgresql.conf from ${PGDATA}, as it was not provided by the data directory before the upgrade."
		echo "-------------------------------------------------------------------------------"
		rm -rf "${PGDATA}/postgresql.conf"
	fi

	if [ "$EXISTING_PG_HBA_CONF" = "0" ]; then
		echo "-------------------------------------------------------------------------------"
		echo "Removing pg_hba.conf from ${PGDATA}, as it was not provided by the data directory before the upgrade."
		echo "-------------------------------------------------------------------------------"
		rm -rf "${PGDATA}/pg_hba.conf"
	fi

	echo "-------------------------------------------------------------------------------"
	echo "Restoring original data permissions to ${PGDATA}"
	echo "-------------------------------------------------------------------------------"
	chmod -R "$EXISTING_PGDATA_PERMISSIONS" "$PGDATA"
	chown -R "$EXISTING_PGDATA_OWNER_GROUP" "$PGDATA"
fi

# Run a sync before exiting, just to ensure everything is flushed to disk before docker terminates the process
sync

exit "$exit_code"
