# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=sh
# Shared by the rig images' entrypoints (busybox ash, POSIX sh). Installed as
# /usr/local/lib/edm-rig/pg-functions.sh and sourced, never run.
#
# These functions imitate docker-library/postgres' docker-entrypoint.sh (the
# copy pgautoupgrade carries as postgres-docker-entrypoint.sh): same names,
# same order of work, same printed lines. Differences forced by busybox:
# no bash arrays, no printf %q, no process substitution, `su` instead of gosu.

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# usage: file_env VAR [DEFAULT]  (VAR_FILE fills VAR from a file, Docker secrets)
file_env() {
	_fe_var="$1"
	_fe_def="${2:-}"
	eval "_fe_val=\${$_fe_var:-}"
	eval "_fe_file=\${${_fe_var}_FILE:-}"
	if [ -n "$_fe_val" ] && [ -n "$_fe_file" ]; then
		printf >&2 'error: both %s and %s are set (but are exclusive)\n' "$_fe_var" "${_fe_var}_FILE"
		exit 1
	fi
	if [ -z "$_fe_val" ]; then
		if [ -n "$_fe_file" ]; then
			_fe_val="$(cat "$_fe_file")"
		else
			_fe_val="$_fe_def"
		fi
	fi
	export "$_fe_var=$_fe_val"
	unset "${_fe_var}_FILE"
}

# re-run "$0 $@" as the postgres user (uid 999), like `exec gosu postgres "$BASH_SOURCE" "$@"`
rig_exec_as_postgres() {
	exec su -s /bin/sh -c 'exec "$0" "$@"' -- postgres "$@"
}

docker_create_db_directories() {
	_user="$(id -u)"

	mkdir -p "$PGDATA"
	# ignore failure since there are cases where we can't chmod
	chmod 00700 "$PGDATA" || :

	mkdir -p /var/run/postgresql || :
	chmod 03775 /var/run/postgresql || :

	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		mkdir -p "$POSTGRES_INITDB_WALDIR"
		if [ "$_user" = '0' ]; then
			find "$POSTGRES_INITDB_WALDIR" \! -user postgres -exec chown postgres '{}' +
		fi
		chmod 700 "$POSTGRES_INITDB_WALDIR"
	fi

	# allow the container to be started with `--user`
	if [ "$_user" = '0' ]; then
		if [ "${MOVING_TO_NEW_STRUCTURE:-0}" -eq 1 ]; then
			find "/var/lib/postgresql" \! -user postgres -exec chown postgres '{}' +
		else
			find "$PGDATA" \! -user postgres -exec chown postgres '{}' +
		fi
		find /var/run/postgresql \! -user postgres -exec chown postgres '{}' +
	fi
}

# The embedded servers' compiled-in socket folder is /tmp; Debian's (and Debian's
# clients') is /var/run/postgresql. initdb 16 rewrites the sample's setting back
# to the compiled-in default, so pin it in the new cluster's postgresql.conf.
rig_pin_socket_dir() {
	if ! grep -q "^unix_socket_directories" "$1/postgresql.conf" 2>/dev/null; then
		printf "unix_socket_directories = '/var/run/postgresql'\t# as Debian's compiled-in default\n" >>"$1/postgresql.conf"
	fi
}

docker_init_database_dir() {
	if [ -n "${POSTGRES_INITDB_WALDIR:-}" ]; then
		set -- --waldir "$POSTGRES_INITDB_WALDIR" "$@"
	fi
	# --pwfile refuses a properly-empty file (hence the "\n"); /dev/stdin instead of <(...)
	printf '%s\n' "$POSTGRES_PASSWORD" |
		eval 'initdb --username="$POSTGRES_USER" --pwfile=/dev/stdin '"$POSTGRES_INITDB_ARGS"' "$@"'
	rig_pin_socket_dir "$PGDATA"
}

docker_verify_minimum_env() {
	if [ -z "$POSTGRES_PASSWORD" ] && [ 'trust' != "$POSTGRES_HOST_AUTH_METHOD" ]; then
		cat >&2 <<-'EOE'
			Error: Database is uninitialized and superuser password is not specified.
			       You must specify POSTGRES_PASSWORD to a non-empty value for the
			       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

			       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
			       connections without a password. This is *not* recommended.

			       See PostgreSQL documentation about "trust":
			       https://www.postgresql.org/docs/current/auth-trust.html
		EOE
		exit 1
	fi
	if [ 'trust' = "$POSTGRES_HOST_AUTH_METHOD" ]; then
		cat >&2 <<-'EOWARN'
			********************************************************************************
			WARNING: POSTGRES_HOST_AUTH_METHOD has been set to "trust". This will allow
			         anyone with access to the Postgres port to access your database without
			         a password, even if POSTGRES_PASSWORD is set. See PostgreSQL
			         documentation about "trust":
			         https://www.postgresql.org/docs/current/auth-trust.html
			         In Docker's default configuration, this is effectively any other
			         container on the same system.

			         It is not recommended to use POSTGRES_HOST_AUTH_METHOD=trust. Replace
			         it with "-e POSTGRES_PASSWORD=password" instead to set a password in
			         "docker run".
			********************************************************************************
		EOWARN
	fi
}

docker_process_sql() {
	if [ -n "$POSTGRES_DB" ]; then
		PGHOST= PGHOSTADDR= psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB" "$@"
	else
		PGHOST= PGHOSTADDR= psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc "$@"
	fi
}

# usage: docker_process_init_files [file [file [...]]]
docker_process_init_files() {
	printf '\n'
	for f; do
		case "$f" in
			*.sh)
				if [ -x "$f" ]; then
					printf '%s: running %s\n' "$0" "$f"
					"$f"
				else
					printf '%s: sourcing %s\n' "$0" "$f"
					. "$f"
				fi
				;;
			*.sql)    printf '%s: running %s\n' "$0" "$f"; docker_process_sql -f "$f"; printf '\n' ;;
			*.sql.gz) printf '%s: running %s\n' "$0" "$f"; gunzip -c "$f" | docker_process_sql; printf '\n' ;;
			*.sql.xz) printf '%s: running %s\n' "$0" "$f"; xzcat "$f" | docker_process_sql; printf '\n' ;;
			*)        printf '%s: ignoring %s\n' "$0" "$f" ;;
		esac
		printf '\n'
	done
}

docker_setup_db() {
	_exists="$(POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" --tuples-only <<-'EOSQL'
		SELECT 1 FROM pg_database WHERE datname = :'db' ;
	EOSQL
	)"
	if [ -z "$_exists" ]; then
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db" ;
		EOSQL
		printf '\n'
	fi
}

docker_setup_env() {
	file_env 'POSTGRES_PASSWORD'
	file_env 'POSTGRES_USER' 'postgres'
	file_env 'POSTGRES_DB' "$POSTGRES_USER"
	file_env 'POSTGRES_INITDB_ARGS'
	: "${POSTGRES_HOST_AUTH_METHOD:=}"

	DATABASE_ALREADY_EXISTS=
	# look specifically for PG_VERSION, as it is expected in the DB dir
	if [ -s "$PGDATA/PG_VERSION" ]; then
		DATABASE_ALREADY_EXISTS='true'
	fi
}

# busybox has no `mountpoint`: is DIR a mount point of this container?
rig_mountpoint() {
	awk -v d="$1" '$5 == d { found = 1 } END { exit !found }' /proc/self/mountinfo
}

# The official entrypoint's check for data of another layout (docker-library/postgres
# PR 1259, in the 13+ entrypoints; only fires when PGDATA is the 18+ default
# /var/lib/postgresql/MAJOR/docker and holds no PG_VERSION). Part of docker_setup_env
# there; a function of its own here because pgautoupgrade's copy does not have it.
rig_find_old_databases() {
	OLD_DATABASES=
	[ "${PG_MAJOR:-0}" -ge 13 ] || return 0
	[ -z "$DATABASE_ALREADY_EXISTS" ] || return 0
	[ "$PGDATA" = "/var/lib/postgresql/$PG_MAJOR/docker" ] || return 0
	for _d in /var/lib/postgresql /var/lib/postgresql/data /var/lib/postgresql/*/docker; do
		if [ -s "$_d/PG_VERSION" ]; then
			OLD_DATABASES="${OLD_DATABASES:+$OLD_DATABASES }$_d"
		fi
	done
	if [ -z "$OLD_DATABASES" ] && [ "$PG_MAJOR" -ge 18 ] && rig_mountpoint /var/lib/postgresql/data; then
		OLD_DATABASES='/var/lib/postgresql/data (unused mount/volume)'
	fi
}

# similar to the above, but errors if there are any "old" databases detected (usually due to upgrades without pg_upgrade)
docker_error_old_databases() {
	if [ -n "${OLD_DATABASES:-}" ]; then
		cat >&2 <<-EOE
			Error: in 18+, these Docker images are configured to store database data in a
			       format which is compatible with "pg_ctlcluster" (specifically, using
			       major-version-specific directory names).  This better reflects how
			       PostgreSQL itself works, and how upgrades are to be performed.

			       See also https://github.com/docker-library/postgres/pull/1259

			       Counter to that, there appears to be PostgreSQL data in:
			         ${OLD_DATABASES}

			       This is usually the result of upgrading the Docker image without
			       upgrading the underlying database using "pg_upgrade" (which requires both
			       versions).

			       The suggested container configuration for 18+ is to place a single mount
			       at /var/lib/postgresql which will then place PostgreSQL data in a
			       subdirectory, allowing usage of "pg_upgrade --link" without mount point
			       boundary issues.

			       See https://github.com/docker-library/postgres/issues/37 for a (long)
			       discussion around this process, and suggestions for how to do so.
		EOE
		exit 1
	fi
}

# append POSTGRES_HOST_AUTH_METHOD to pg_hba.conf for "host" connections
pg_setup_hba_conf() {
	if [ "${1:-}" = 'postgres' ]; then
		shift
	fi
	_auth="$(postgres -C password_encryption "$@")"
	: "${POSTGRES_HOST_AUTH_METHOD:=$_auth}"
	{
		printf '\n'
		if [ 'trust' = "$POSTGRES_HOST_AUTH_METHOD" ]; then
			printf '# warning trust is enabled for all connections\n'
			printf '# see https://www.postgresql.org/docs/%s/auth-trust.html\n' "${PG_MAJOR:-16}"
		fi
		printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD"
	} >> "$PGDATA/pg_hba.conf"
}

# start socket-only postgresql server for setting up or running scripts
docker_temp_server_start() {
	if [ "${1:-}" = 'postgres' ]; then
		shift
	fi
	# does not listen on external TCP/IP and waits until start finishes
	NOTIFY_SOCKET= \
	PGUSER="${PGUSER:-$POSTGRES_USER}" \
	pg_ctl -D "$PGDATA" \
		-o "$* -c listen_addresses='' -p ${PGPORT:-5432}" \
		-w start
}

docker_temp_server_stop() {
	PGUSER="${PGUSER:-postgres}" \
	pg_ctl -D "$PGDATA" -m fast -w stop
}

# check arguments for an option that would cause postgres to stop
_pg_want_help() {
	for arg; do
		case "$arg" in
			-'?'|--help|--describe-config|-V|--version)
				return 0
				;;
		esac
	done
	return 1
}

# the official "initialise an empty PGDATA" block, shared by postgres:* and pgautoupgrade
rig_official_init_or_skip() {
	# only run initialization on an empty data directory
	if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
		docker_verify_minimum_env
		docker_error_old_databases

		# check dir permissions to reduce likelihood of half-initialized database
		ls /docker-entrypoint-initdb.d/ > /dev/null

		docker_init_database_dir
		pg_setup_hba_conf "$@"

		export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
		docker_temp_server_start "$@"

		docker_setup_db
		# shellcheck disable=SC2086
		docker_process_init_files /docker-entrypoint-initdb.d/*

		docker_temp_server_stop
		unset PGPASSWORD

		cat <<-'EOM'

			PostgreSQL init process complete; ready for start up.

		EOM
	else
		cat <<-'EOM'

			PostgreSQL Database directory appears to contain a database; Skipping initialization

		EOM
	fi
}
