#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# /usr/local/bin/docker-entrypoint.sh of the rig's images (busybox sh).
#
# postgres:12 ... postgres:18 (and the -alpine/-trixie tags): behaves like
# docker-library/postgres' entrypoint: initdb from POSTGRES_* on an empty
# PGDATA, the same start-up lines, then `exec postgres` in the foreground;
# 13+ also refuse data of the old layout when PGDATA is the 18+ default
# (/var/lib/postgresql/MAJOR/docker), as the official entrypoint does.
#
# pgautoupgrade/pgautoupgrade:* (image ENV RIG_IMAGE=pgautoupgrade): this
# file is then pgautoupgrade's own docker-entrypoint.sh, see
# /usr/local/lib/edm-rig/pgautoupgrade-wrapper.sh.
set -e

# Rig only: the fake non-contrib extensions named in EDM_RIG_EXTENSIONS (image ENV:
# `vector` in postgres:12/14/15, empty elsewhere) become available to this image's
# server; their files live in /usr/local/share/edm-rig/extension.
if [ "$(id -u)" = 0 ] && [ -n "${EDM_RIG_EXTENSIONS:-}" ]; then
	for _ext in $EDM_RIG_EXTENSIONS; do
		for _f in /usr/local/share/edm-rig/extension/"$_ext".control /usr/local/share/edm-rig/extension/"$_ext"--*.sql; do
			[ -e "$_f" ] && ln -sf "$_f" "/usr/lib/postgresql/${PG_MAJOR}/share/postgresql/extension/"
		done
	done
fi

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
	rig_find_old_databases
	# setup data directories and permissions (when run as root)
	docker_create_db_directories
	if [ "$(id -u)" = '0' ]; then
		# then restart script as postgres user
		rig_exec_as_postgres "$0" "$@"
	fi

	rig_official_init_or_skip "$@"
fi

exec "$@"
