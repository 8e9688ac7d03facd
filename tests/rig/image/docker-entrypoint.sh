#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# /usr/local/bin/docker-entrypoint.sh of the rig's images (busybox sh).
#
# postgres:12 / postgres:16 (and the -alpine tags): behaves like
# docker-library/postgres' entrypoint: initdb from POSTGRES_* on an empty
# PGDATA, the same start-up lines, then `exec postgres` in the foreground.
#
# pgautoupgrade/pgautoupgrade:16-* (image ENV RIG_IMAGE=pgautoupgrade): this
# file is then pgautoupgrade's own docker-entrypoint.sh, see
# /usr/local/lib/edm-rig/pgautoupgrade-wrapper.sh.
set -e

if [ "${RIG_IMAGE:-}" = pgautoupgrade ]; then
	. /usr/local/lib/edm-rig/pgautoupgrade-wrapper.sh
	exit 99 # not reached: the wrapper exits
fi

. /usr/local/lib/edm-rig/pg-functions.sh

# if first arg looks like a flag, assume we want to run postgres server
case "${1:-}" in
	-*) set -- postgres "$@" ;;
esac

if [ "${1:-}" = 'postgres' ] && ! _pg_want_help "$@"; then
	docker_setup_env
	# setup data directories and permissions (when run as root)
	docker_create_db_directories
	if [ "$(id -u)" = '0' ]; then
		# then restart script as postgres user
		rig_exec_as_postgres "$0" "$@"
	fi

	rig_official_init_or_skip "$@"
fi

exec "$@"
