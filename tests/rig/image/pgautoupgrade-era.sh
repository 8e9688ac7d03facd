# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=sh
# Which pgautoupgrade release the rig image imitates, and the rig's fault knobs.
# Sourced by the pgautoupgrade scripts of the rig image (busybox sh).
#
#   PGAUTO_RIG_ERA   2024 | middle (alias 2024b) | 2025 (default of the -bookworm
#                    tags; aliases bookworm, current) | 2026 (default of the -trixie
#                    and -alpine tags; aliases head, trixie)
#   PGAUTO_RIG_FAULT none (default) | upgrade-fail | exit-early | no-completion |
#                    corrupt-completion | hang
#   PGAUTO_RIG_FAULT_AT   where exit-early strikes: move | upgrade (default) | post
#   PGAUTO_RIG_EXIT_CODE  exit status of exit-early (default 137)
#   PGAUTO_RIG_SLOW  seconds to sleep inside pg_upgrade ("Linking user relation files")
# The default is the image's (ENV RIG_ERA_DEFAULT): 2025 in the frozen -bookworm
# tags, 2026 in the -trixie and -alpine tags (today's builds).
case "${PGAUTO_RIG_ERA:-${RIG_ERA_DEFAULT:-2025}}" in
	2024) RIG_ERA=2024 ;;
	middle|2024b|2025a) RIG_ERA=middle ;;
	2025|bookworm|current|'') RIG_ERA=2025 ;;
	2026|head|trixie) RIG_ERA=2026 ;;
	*)
		echo "edm-rig: unknown PGAUTO_RIG_ERA='${PGAUTO_RIG_ERA}' (expected 2024, middle, 2025 or 2026)" >&2
		exit 2
		;;
esac
export RIG_ERA
# Until Aug 2025 the images' PGTARGET was the bare major ("16"), then the full version ("16.10").
: "${PGTARGET:=16}"
case "$RIG_ERA" in
	2024|middle) PGTARGET="${PGTARGET%%.*}" ;;
esac
export PGTARGET

# rig_fault_exit WHERE: the exit-early knob
rig_fault_exit() {
	if [ "${PGAUTO_RIG_FAULT:-none}" = exit-early ] && [ "${PGAUTO_RIG_FAULT_AT:-upgrade}" = "$1" ]; then
		exit "${PGAUTO_RIG_EXIT_CODE:-137}"
	fi
}

# rig_completion_block STARS TEXT: print the era's completion line between its
# two star lines, unless a knob says otherwise
rig_completion_block() {
	case "${PGAUTO_RIG_FAULT:-none}" in
		no-completion) return 0 ;;
		hang)
			# the upgrade is done, but the line never comes and the container stays up
			while :; do sleep 5; done
			;;
		corrupt-completion)
			# cut mid-line, then bytes that are not UTF-8 and an escape sequence, then garbage
			_rc_half=$(( ${#2} / 2 ))
			echo "$1"
			printf '%s\377\376\033[0m%s\n' "$(printf '%s' "$2" | cut -c "1-$_rc_half")" \
				"$(printf '%s' "$2" | cut -c "$(( _rc_half + 3 ))-" | tr 'a-z' 'A-Z')"
			echo "$1"
			;;
		*)
			echo "$1"
			echo "$2"
			echo "$1"
			;;
	esac
}
