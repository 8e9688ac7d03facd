#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# /usr/local/bin/postgres-docker-entrypoint.sh of the rig's pgautoupgrade image
# (busybox sh). Imitates pgautoupgrade/docker-pgautoupgrade's script of the
# same name (and, for PGAUTO_RIG_ERA=2024, its single docker-entrypoint.sh):
# the same echo lines in the same order, the same exit codes (1 lock file,
# 7/8 temp dirs, 9 unrecognised version, 10/11 left-over old/new), the same
# data layout changes in the volume (old/, new/, lock file, pg_control.old,
# delete_old_cluster.sh), target 18's move of old data from /var/lib/postgresql
# into PGDATA=/var/lib/postgresql/18/docker (era 2026). The only stand-in is the
# pg_upgrade binary: the rig's /usr/lib/postgresql/N/bin/pg_upgrade moves the
# data with a real dump and restore (old server -> pg_dumpall 15 -> psql -> new
# server) and prints pg_upgrade's report. Era and fault knobs: pgautoupgrade-era.sh.
set -e
set -o pipefail 2>/dev/null || :

. /usr/local/lib/edm-rig/pg-functions.sh
. /usr/local/lib/edm-rig/pgautoupgrade-era.sh

# Define the path to the upgrade lock file using PGDATA if set, otherwise default
UPGRADE_LOCK_FILE="${PGDATA:-/var/lib/postgresql/data}/upgrade_in_progress.lock"

initdb_locale() {
	echo "Initialising PostgreSQL ${PGTARGET} data directory"
	bin_path=$(get_bin_path)
	if [ "$RIG_ERA" != 2026 ]; then
		# shellcheck disable=SC2086
		${bin_path}/initdb --username="${POSTGRES_USER}" ${POSTGRES_INITDB_ARGS} ${PGDATA}/new/
	else
		# shellcheck disable=SC2086
		${bin_path}/initdb --username="${POSTGRES_USER}" ${POSTGRES_INITDB_ARGS} ${NEW}
	fi
}

get_bin_path() {
	echo "/usr/lib/postgresql/${PGTARGET%%.*}/bin"
}

create_upgrade_lock_file() {
	echo "Creating upgrade lock file at $UPGRADE_LOCK_FILE"
	touch "$UPGRADE_LOCK_FILE"
}

remove_upgrade_lock_file() {
	echo "Removing upgrade lock file at $UPGRADE_LOCK_FILE"
	rm -f "$UPGRADE_LOCK_FILE"
}

# GNU `mv -v SRC... DIR` as the Debian images print it (busybox mv has no -v)
rig_mv_v() {
	_dest=$(eval "printf '%s' \"\${$#}\"")
	_rc=0
	while [ $# -gt 1 ]; do
		_src="$1"
		shift
		[ -e "$_src" ] || [ -L "$_src" ] || { echo "mv: cannot stat '$_src': No such file or directory" >&2; _rc=1; continue; }
		_base=${_src##*/}
		if [ "$_src" = "$_dest" ]; then
			echo "mv: cannot move '$_src' to a subdirectory of itself, '$_dest/$_base'" >&2
			_rc=1
			continue
		fi
		if mv -f "$_src" "$_dest/"; then
			echo "renamed '$_src' -> '$_dest/$_base'"
		else
			_rc=1
		fi
	done
	return $_rc
}

# the single-user SHOW that pgautoupgrade uses to read the old cluster's settings
rig_single_show() {
	# shellcheck disable=SC2086
	echo "SHOW $1" | "${OLDPATH}/bin/postgres" --single $RUN_OPTIONS -D "${OLD}" "${POSTGRES_DB}" | grep "$2 = \"" | cut -d '"' -f 2
}

_main() {
	# if first arg looks like a flag, assume we want to run postgres server
	case "${1:-}" in
		-*) set -- postgres "$@" ;;
	esac

	if [ "${1:-}" = 'postgres' ] && ! _pg_want_help "$@"; then
		docker_setup_env

		PGTARGET_MAJOR=${PGTARGET%%.*}
		MOVING_TO_NEW_STRUCTURE=0
		# target 18 (upstream since Oct 2025): the volume at /var/lib/postgresql, old data
		# right in it, is moved into PGDATA=/var/lib/postgresql/18/docker
		if [ "$RIG_ERA" = 2026 ] && [ -s "/var/lib/postgresql/PG_VERSION" ] && [ "$PGTARGET_MAJOR" -eq 18 ] && [ "$PGDATA" = "/var/lib/postgresql/18/docker" ]; then
			MOVING_TO_NEW_STRUCTURE=1
		fi

		# setup data directories and permissions (when run as root)
		docker_create_db_directories
		if [ "$(id -u)" = '0' ]; then
			rig_exec_as_postgres "$0" "$@"
		fi

		rig_official_init_or_skip "$@"
	fi

	UPGRADE_PERFORMED=0
	### The main pgautoupgrade scripting starts here ###

	echo "************************************"
	echo "PostgreSQL data directory: ${PGDATA}"
	echo "************************************"

	PGTARGET_MAJOR=${PGTARGET%%.*}
	: "${MOVING_TO_NEW_STRUCTURE:=0}"
	PGVER=$PGTARGET_MAJOR
	if [ "$MOVING_TO_NEW_STRUCTURE" -eq 1 ]; then
		PGVER=$(cat "/var/lib/postgresql/PG_VERSION")
	elif [ -s "${PGDATA}/PG_VERSION" ]; then
		PGVER=$(cat "${PGDATA}/PG_VERSION")
	fi

	if [ "${PGVER}" != "${PGTARGET_MAJOR}" ]; then
		if [ "$RIG_ERA" = middle ]; then
			create_upgrade_lock_file
		fi
		RECOGNISED=0
		OLDPATH=unset
		case "$PGVER" in
			9.5|9.6|10|11|12) RECOGNISED=1 ;;
			13) [ "$PGTARGET_MAJOR" -gt 13 ] && RECOGNISED=1 ;;
			14) [ "$PGTARGET_MAJOR" -gt 14 ] && RECOGNISED=1 ;;
			15) [ "$PGTARGET_MAJOR" -gt 15 ] && RECOGNISED=1 ;;
			16) [ "$PGTARGET_MAJOR" -gt 16 ] && RECOGNISED=1 ;;
			17) [ "$PGTARGET_MAJOR" -gt 17 ] && RECOGNISED=1 ;;
		esac
		if [ "${RECOGNISED}" -eq 1 ]; then
			OLDPATH="/usr/local-pg${PGVER}"
			echo "*******************************************************************************************"
			echo "Performing PG upgrade on version ${PGVER} database files.  Upgrading to version ${PGTARGET}"
			echo "*******************************************************************************************"
		else
			echo "****************************************************************************"
			echo "Unrecognised version of PostgreSQL database files found, aborting completely"
			echo "****************************************************************************"
			exit 9
		fi

		echo "----------------------------------------------------------------------"
		echo "Checking for left over artifacts from a failed previous autoupgrade..."
		echo "----------------------------------------------------------------------"
		OLD="${PGDATA}/old"
		NEW="${PGDATA}/new"
		if [ -d "${OLD}" ]; then
			echo "*****************************************"
			echo "Left over OLD directory found.  Aborting."
			echo "*****************************************"
			exit 10
		fi
		if [ -d "${NEW}" ]; then
			echo "*****************************************"
			echo "Left over NEW directory found.  Aborting."
			echo "*****************************************"
			exit 11
		fi
		echo "-------------------------------------------------------------------------------"
		echo "No artifacts found from a failed previous autoupgrade.  Continuing the process."
		echo "-------------------------------------------------------------------------------"

		if [ "$RIG_ERA" = 2025 ] || [ "$RIG_ERA" = 2026 ]; then
			if [ "$(id -u)" != "$(id -u postgres)" ]; then
				echo "*******************************************************************************************"
				echo "Postgres container does not yet run as postgres user. Downgrading now using gosu."
				echo "*******************************************************************************************"
				rig_exec_as_postgres "$0" "$@"
			fi

			if [ "$MOVING_TO_NEW_STRUCTURE" -eq 1 ] && [ -d "$PGDATA" ]; then
				echo "-------------------------------------------------------------------------------"
				echo "Emptying out existing PGDATA directory at ${PGDATA} prior to moving data to new structure."
				echo "-------------------------------------------------------------------------------"
				rm -rf "${PGDATA:?}/"*
			fi

			create_upgrade_lock_file
		fi

		# Don't automatically abort on non-0 exit status, as that messes with these upcoming mv commands
		set +e

		echo "---------------------------------------"
		echo "Creating OLD temporary directory ${OLD}"
		echo "---------------------------------------"
		mkdir "${OLD}"
		if [ ! -d "${OLD}" ]; then
			echo "*********************************************************************"
			echo "Creation of temporary directory '${OLD}' failed.  Aborting completely"
			echo "*********************************************************************"
			exit 7
		fi
		echo "--------------------------------------------"
		echo "Creating OLD temporary directory is complete"
		echo "--------------------------------------------"

		echo "-------------------------------------------------------"
		echo "Moving existing data files into OLD temporary directory"
		echo "-------------------------------------------------------"
		if [ "$RIG_ERA" = 2026 ] && [ "$MOVING_TO_NEW_STRUCTURE" -eq 1 ]; then
			find /var/lib/postgresql \
				-mindepth 1 -maxdepth 1 \
				-not -name 18 \
				-not -name "upgrade_in_progress.lock" \
				-exec mv {} "${OLD}/" \;
		elif [ "$RIG_ERA" = 2026 ]; then
			find "${PGDATA}" \
				-mindepth 1 -maxdepth 1 \
				-not -name "old" \
				-not -name "upgrade_in_progress.lock" \
				-exec mv {} "${OLD}/" \;
		else
			# the glob also catches old/ itself (an error line) and, in these eras,
			# the lock file, which thus ends up inside old/
			rig_mv_v "${PGDATA}"/* "${OLD}"
		fi
		echo "-------------------------------------------------------------------"
		echo "Moving existing data files into OLD temporary directory is complete"
		echo "-------------------------------------------------------------------"
		rig_fault_exit move

		echo "---------------------------------------"
		echo "Creating NEW temporary directory ${NEW}"
		echo "---------------------------------------"
		mkdir "${NEW}"
		if [ ! -d "${NEW}" ]; then
			echo "********************************************************************"
			echo "Creation of temporary directory '${NEW}' failed. Aborting completely"
			echo "********************************************************************"
			if [ "$MOVING_TO_NEW_STRUCTURE" -eq 1 ]; then
				rig_mv_v "${OLD}"/* "/var/lib/postgresql"
			else
				rig_mv_v "${OLD}"/* "${PGDATA}"
			fi
			[ "$RIG_ERA" = 2024 ] || rmdir old
			exit 8
		fi
		echo "--------------------------------------------"
		echo "Creating NEW temporary directory is complete"
		echo "--------------------------------------------"

		echo "-----------------------------------------------------"
		echo "Changing permissions of temporary directories to 0700"
		echo "-----------------------------------------------------"
		chmod 0700 "${OLD}" "${NEW}"
		echo "---------------------------------------------------------"
		echo "Changing permissions of temporary directories is complete"
		echo "---------------------------------------------------------"

		# Return the error handling back to automatically aborting on non-0 exit status
		set -e

		# Remove 'postgres' element from 'postgres --runtime-option vars'
		RUN_OPTIONS=
		if [ "$RIG_ERA" = 2025 ] || [ "$RIG_ERA" = 2026 ]; then
			RUN_OPTIONS=$(shift; printf '%s' "$*")
		fi

		DATA_CHECKSUMS_PARAMETER=
		if [ "$RIG_ERA" = 2026 ]; then
			# target 18 defaults to checksums: say --no-data-checksums unless the old cluster had them
			case "$POSTGRES_INITDB_ARGS" in
				*data-checksums*) ;;
				*)
					if [ "$(rig_single_show DATA_CHECKSUMS data_checksums)" = on ]; then
						DATA_CHECKSUMS_PARAMETER="--data-checksums"
					elif [ "$PGTARGET_MAJOR" -eq 18 ]; then
						DATA_CHECKSUMS_PARAMETER="--no-data-checksums"
					fi
					;;
			esac
		fi

		if [ "x${POSTGRES_INITDB_ARGS}" != "x" ]; then
			if [ -n "$DATA_CHECKSUMS_PARAMETER" ]; then
				POSTGRES_INITDB_ARGS="${POSTGRES_INITDB_ARGS} ${DATA_CHECKSUMS_PARAMETER}"
				echo "------------------------------------------------------------------------------"
				echo "Amending initdb arguments passed in from the environment: ${POSTGRES_INITDB_ARGS}"
				echo "------------------------------------------------------------------------------"
			else
				echo "------------------------------------------------------------------------------"
				echo "Using initdb arguments passed in from the environment: ${POSTGRES_INITDB_ARGS}"
				echo "------------------------------------------------------------------------------"
			fi
		else
			echo "-------------------------------------------------"
			echo "Remove postmaster.pid file from PG data directory"
			echo "-------------------------------------------------"
			rm -f "${OLD}"/postmaster.pid

			echo "------------------------------------"
			echo "Determining our own initdb arguments"
			echo "------------------------------------"
			COLLATE=unset
			CTYPE=unset
			ENCODING=unset
			case "$RIG_ERA" in
				2024)
					COLLATE=$(rig_single_show LC_COLLATE lc_collate)
					CTYPE=$(rig_single_show LC_CTYPE lc_ctype)
					ENCODING=$(rig_single_show SERVER_ENCODING server_encoding)
					POSTGRES_INITDB_ARGS="--locale=${COLLATE} --lc-collate=${COLLATE} --lc-ctype=${CTYPE} --encoding=${ENCODING}"
					;;
				middle|2025)
					ENCODING=$(rig_single_show SERVER_ENCODING server_encoding)
					if [ "${PGVER%%.*}" -lt 16 ]; then
						COLLATE=$(rig_single_show LC_COLLATE lc_collate)
						CTYPE=$(rig_single_show LC_CTYPE lc_ctype)
						POSTGRES_INITDB_ARGS="--locale=${COLLATE} --lc-collate=${COLLATE} --lc-ctype=${CTYPE} --encoding=${ENCODING}"
					else
						POSTGRES_INITDB_ARGS="--encoding=${ENCODING}"
					fi
					if [ "$RIG_ERA" = 2025 ]; then
						POSTGRES_INITDB_ARGS="${POSTGRES_INITDB_ARGS} ${RUN_OPTIONS}"
					fi
					;;
				2026)
					ENCODING=$(rig_single_show SERVER_ENCODING server_encoding)
					# upstream compares the *target* major here, so a 16 target gets no locale
					if [ "$PGTARGET_MAJOR" -lt 16 ]; then
						COLLATE=$(rig_single_show LC_COLLATE lc_collate)
						CTYPE=$(rig_single_show LC_CTYPE lc_ctype)
						POSTGRES_INITDB_ARGS="--locale=${COLLATE} --lc-collate=${COLLATE} --lc-ctype=${CTYPE} --encoding=${ENCODING} ${DATA_CHECKSUMS_PARAMETER}"
					else
						POSTGRES_INITDB_ARGS="--encoding=${ENCODING} ${DATA_CHECKSUMS_PARAMETER}"
					fi
					POSTGRES_INITDB_ARGS="${POSTGRES_INITDB_ARGS} ${RUN_OPTIONS}"
					;;
			esac

			echo "---------------------------------------------------------------"
			echo "The initdb arguments we determined are: ${POSTGRES_INITDB_ARGS}"
			echo "---------------------------------------------------------------"
		fi

		echo "--------------------------------------------------------------------------------------------------------------------"
		echo "Old database using collation settings: '${POSTGRES_INITDB_ARGS}'.  Initialising new database with those settings too"
		echo "--------------------------------------------------------------------------------------------------------------------"
		initdb_locale "${POSTGRES_INITDB_ARGS}"
		rig_pin_socket_dir "${NEW}"
		echo "------------------------------------"
		echo "New database initialisation complete"
		echo "------------------------------------"

		# Change into the PostgreSQL database directory, to avoid a pg_upgrade error about write permissions
		cd "${PGDATA}"

		echo "---------------------------------------"
		echo "Running pg_upgrade command, from $(pwd)"
		echo "---------------------------------------"
		bin_path=$(get_bin_path)
		if [ "$RIG_ERA" = 2025 ] || [ "$RIG_ERA" = 2026 ]; then
			export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
			"${bin_path}/pg_upgrade" --username="${POSTGRES_USER}" --link \
				--old-datadir "${OLD}" --new-datadir "${NEW}" \
				--old-bindir "${OLDPATH}/bin" --new-bindir "${bin_path}" \
				--socketdir="/var/run/postgresql" \
				--old-options "${RUN_OPTIONS}" --new-options "${RUN_OPTIONS}"
			unset PGPASSWORD
		else
			"${bin_path}/pg_upgrade" --username="${POSTGRES_USER}" --link -d "${OLD}" -D "${NEW}" -b "${OLDPATH}/bin" -B "${bin_path}" --socketdir="/var/run/postgresql"
		fi
		echo "--------------------------------------"
		echo "Running pg_upgrade command is complete"
		echo "--------------------------------------"

		if [ "$RIG_ERA" = 2026 ]; then
			echo "-----------------------------------------------------"
			echo "Copying the new database files to the active directory"
			echo "-----------------------------------------------------"
			cp -l -r "${NEW}"/* "${PGDATA}"
		else
			echo "-----------------------------------------------------"
			echo "Moving the new database files to the active directory"
			echo "-----------------------------------------------------"
			rig_mv_v "${NEW}"/* "${PGDATA}"
		fi
		echo "-----------------------------------------"
		echo "Moving the new database files is complete"
		echo "-----------------------------------------"

		# Re-use the pg_hba.conf and pg_ident.conf from the old data directory
		echo "--------------------------------------------------------------"
		echo "Copying the old pg_hba and pg_ident configuration files across"
		echo "--------------------------------------------------------------"
		cp -f "${OLD}/pg_hba.conf" "${OLD}/pg_ident.conf" "${PGDATA}"
		echo "-------------------------------------------------------------------"
		echo "Copying the old pg_hba and pg_ident configuration files is complete"
		echo "-------------------------------------------------------------------"

		echo "---------------------------------"
		echo "Removing left over database files"
		echo "---------------------------------"
		rm -rf "${OLD}" "${NEW}" ~/delete_old_cluster.sh
		echo "---------------------------------------------"
		echo "Removing left over database files is complete"
		echo "---------------------------------------------"

		case "$RIG_ERA" in
			2024)
				rig_completion_block \
					"**********************************************************" \
					"Automatic upgrade process finished with no errors reported"
				;;
			middle)
				UPGRADE_PERFORMED=1
				echo "***************************************************************************************"
				echo "Automatic upgrade process finished upgrading the data format to PostgreSQL ${PGTARGET}."
				echo "The database has not yet been reindexed nor updated the query planner stats.  Those    "
				echo "will be done by a background task shortly.                                             "
				echo "***************************************************************************************"
				remove_upgrade_lock_file
				;;
			*)
				echo "***************************************************************************************"
				echo "Automatic upgrade process finished upgrading the data format to PostgreSQL ${PGTARGET}."
				echo "***************************************************************************************"

				UPGRADE_PERFORMED=1

				export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
				docker_temp_server_start "$@"

				if [ -e "${PGDATA}/update_extensions.sql" ]; then
					echo "*******************"
					echo "Updating extensions"
					echo "*******************"
					if [ "$RIG_ERA" = 2026 ]; then
						psql --username="${POSTGRES_USER}" "${POSTGRES_DB:-postgres}" < "${PGDATA}/update_extensions.sql"
					else
						psql --username="${POSTGRES_USER}" < "${PGDATA}/update_extensions.sql"
					fi
					rm -rf "${PGDATA}/update_extensions.sql"
				fi

				echo "****************************"
				echo "Updating query planner stats"
				echo "****************************"

				DB_LIST=$(echo 'SELECT datname FROM pg_catalog.pg_database WHERE datistemplate IS FALSE' | psql --username="${POSTGRES_USER}" -1t --csv "${POSTGRES_DB}")
				for DATABASE in ${DB_LIST}; do
					echo "VACUUM (ANALYZE, VERBOSE, INDEX_CLEANUP FALSE)" | psql --username="${POSTGRES_USER}" -t --csv "${DATABASE}"
				done
				rig_fault_exit post

				if [ "x${PGAUTO_REINDEX:-}" != "xno" ]; then
					echo "------------------------"
					echo "Reindexing the databases"
					echo "------------------------"

					if [ "$PGTARGET_MAJOR" -le 15 ]; then
						reindexdb --all --username="${POSTGRES_USER}"
					else
						reindexdb --all --concurrently --username="${POSTGRES_USER}"
					fi

					echo "-------------------------------"
					echo "End of reindexing the databases"
					echo "-------------------------------"
				fi

				unset PGPASSWORD
				docker_temp_server_stop

				rig_completion_block \
					"*******************************************" \
					"Upgrade to PostgreSQL ${PGTARGET} complete."

				remove_upgrade_lock_file
				;;
		esac
	fi

	### The main pgautoupgrade scripting ends here ###

	case "$RIG_ERA" in
		2024)
			if [ "x${PGAUTO_ONESHOT:-}" = "xyes" ]; then
				echo "*****************************************************************************************************"
				echo "'One shot' automatic upgrade was requested, so exiting now rather than starting the PostgreSQL server"
				echo "*****************************************************************************************************"
			else
				exec "$@"
			fi
			;;
		middle)
			if [ "${UPGRADE_PERFORMED}" -eq 1 ]; then
				/usr/local/bin/pgautoupgrade-postupgrade.sh "${PGDATA}" "${POSTGRES_DB}" "${PGAUTO_ONESHOT:-}" 2>&1 &
				echo "****************************"
				echo "Post upgrade script launched"
				echo "****************************"
				exec "$@"
			elif [ "x${PGAUTO_ONESHOT:-}" = "xyes" ]; then
				echo "***********************************************************************************"
				echo "'One shot' automatic upgrade was requested, so exiting as there is no upgrade to do"
				echo "If you're seeing this message and expecting an upgrade to be happening, it probably"
				echo "means the container is being started in a loop and a previous run already did it :)"
				echo "***********************************************************************************"
			else
				exec "$@"
			fi
			;;
		*)
			if [ "x${PGAUTO_ONESHOT:-}" = "xyes" ]; then
				if [ "${UPGRADE_PERFORMED}" -eq 1 ]; then
					echo "**********************************************************************************"
					echo "'One shot' automatic upgrade was requested, so exiting as the upgrade has finished"
					echo "**********************************************************************************"
				else
					echo "***********************************************************************************"
					echo "'One shot' automatic upgrade was requested, so exiting as there is no upgrade to do"
					echo "If you're seeing this message and expecting an upgrade to be happening, it probably"
					echo "means the container is being started in a loop and a previous run already did it :)"
					echo "***********************************************************************************"
				fi
			else
				exec "$@"
			fi
			;;
	esac
}

# Check if an upgrade lock file exists at script start and exit if it does
if [ "$RIG_ERA" != 2024 ] && [ -f "$UPGRADE_LOCK_FILE" ]; then
	echo "Upgrade lock file already exists, indicating an incomplete previous upgrade. Exiting."
	exit 1
fi

_main "$@"
