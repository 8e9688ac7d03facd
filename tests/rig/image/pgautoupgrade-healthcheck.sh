#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# /usr/local/bin/pgautoupgrade-healthcheck.sh of the rig's pgautoupgrade image
# (the image's HEALTHCHECK, as in pgautoupgrade since Oct 2024).
read_env_or_file() {
	eval "_f=\${${1}_FILE:-}"
	if [ -n "$_f" ] && [ -s "$_f" ]; then
		cat "$_f"
	else
		eval "printf '%s\n' \"\${$1:-}\""
	fi
}

UPGRADE_LOCK_FILE="${PGDATA:-/var/lib/postgresql/data}/upgrade_in_progress.lock"

# Check if an upgrade is in progress and keep the container alive
if [ -f "$UPGRADE_LOCK_FILE" ]; then
	exit 0
fi

POSTGRES_DB_VALUE=$(read_env_or_file POSTGRES_DB)
POSTGRES_USER_VALUE=$(read_env_or_file POSTGRES_USER)

pg_isready -d "${POSTGRES_DB_VALUE}" -U "${POSTGRES_USER_VALUE}"
exit $?
