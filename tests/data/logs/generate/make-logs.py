#!/usr/bin/env python3
"""Writes tests/data/logs/*.log and their .expected sidecars (not the rig-* copies). Usage: make-logs.py [OUTDIR]

Each scenario is the container's own output (as `docker logs` shows it), written after pgautoupgrade's entrypoint at a
given commit, with the events a reader expects annotated on the lines that carry them (`line\\0event args; ...`).
The framing (docker logs, compose v1/v2 prefixes, colours, CRLF, timestamps) is applied here, and the annotation's
line numbers follow the framed file. Nothing here runs the watcher.
"""
import os
import sys

from blocks import *

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = lambda line, ann: f"{line}\0{ann}"  # noqa: E731


def ann(s):
    return "\0" + s


class Framing:
    def __init__(self, kind="raw", crlf=False, color=False, timestamps=False, service="postgres", project="ente",
                 exit_code=None, exit_ann=None, header=True, v2_old_names=False):
        self.kind, self.crlf, self.color, self.timestamps = kind, crlf, color, timestamps
        self.service, self.project = service, project
        self.exit_code, self.exit_ann, self.header = exit_code, exit_ann, header
        self.v2_old_names = v2_old_names

    def describe(self):
        k = {"raw": "docker logs", "v2": "docker compose (v2) up", "v1": "docker-compose (v1) up",
             "v2logs": "docker compose (v2) logs -f"}[self.kind]
        extras = []
        if self.color:
            extras.append("colours")
        if self.crlf:
            extras.append("CRLF (tty: true)")
        if self.timestamps:
            extras.append("--timestamps")
        return k + (", " + ", ".join(extras) if extras else "")

    def render(self, lines):
        """Returns (bytes, [(line_number, annotation)])."""
        out = []  # list of (text_bytes, annotation or None)
        esc = "\x1b"
        cyan = f"{esc}[36m"
        reset = f"{esc}[0m"
        if self.kind == "v2":
            name = f"{self.project}-{self.service}-1" if self.v2_old_names else f"{self.service}-1"
            width = len(name) + 1
            prefix = f"{name:<{width}}| "
            if self.header:
                if self.color:
                    out.append((f"{esc}[?25l[+] Running 1/1", None))
                    out.append((f" {esc}[32m✔{esc}[0m Container {self.project}-{self.service}-1  "
                                f"{esc}[32mRecreated{esc}[0m{esc}[34m                       0.1s {esc}[0m", None))
                    out.append((f"{esc}[?25hAttaching to {name}", None))
                else:
                    out.append((f" Container {self.project}-{self.service}-1  Recreating", None))
                    out.append((f" Container {self.project}-{self.service}-1  Recreated", None))
                    out.append((f"Attaching to {name}", None))
        elif self.kind == "v2logs":
            name = f"{self.service}-1"
            prefix = f"{name:<{len(name) + 1}}| "
        elif self.kind == "v1":
            name = f"{self.service}_1"
            width = len(self.service) + 3
            prefix = f"{name:<{width}} |"
            if self.header:
                out.append((f"Recreating {self.project}_{self.service}_1 ... ", None))
                out.append((f"Recreating {self.project}_{self.service}_1 ... done" if not self.color else
                            f"Recreating {self.project}_{self.service}_1 ... {esc}[32mdone{esc}[0m", None))
                out.append((f"Attaching to {self.project}_{self.service}_1", None))
        else:
            prefix = ""
        eol = "\r" if self.crlf else ""
        ts_sec = 0
        for raw in lines:
            text, _, a = raw.partition("\0")
            ts = ""
            if self.timestamps:
                ts_sec += 1
                ts = f"2025-09-02T10:{ts_sec // 60 % 60:02d}:{ts_sec % 60:02d}.{(ts_sec * 7919) % 1000000000:09d}Z "
            if self.kind in ("v2", "v2logs"):
                p = f"{cyan}{prefix}{reset}" if self.color else prefix
                line = f"{p}{ts}{text}{eol}"
            elif self.kind == "v1":
                p = f"{cyan}{prefix}{reset} " if self.color else prefix + " "
                line = f"{p}{ts}{text}{eol}"
            else:
                line = f"{ts}{text}{eol}"
            out.append((line, a or None))
        trailer = ""
        if self.exit_code is not None and self.kind in ("v2", "v1"):
            if self.kind == "v2":
                status = f"{self.service}-1 exited with code {self.exit_code}"
                if self.color:
                    out.append((f"{cyan}\r{esc}[K{status}", self.exit_ann))
                    trailer = reset  # the colour's reset follows the status line's newline
                else:
                    out.append((status, self.exit_ann))
            else:
                status = f"{self.project}_{self.service}_1 exited with code {self.exit_code}"
                out.append((status, self.exit_ann))
        data = "".join(t + "\n" for t, _ in out) + trailer
        anns = [(i + 1, a) for i, (_, a) in enumerate(out) if a]
        return data.encode("utf-8"), anns


SCENARIOS = []


def scenario(name, title, source, framing, target=16):
    def deco(fn):
        SCENARIOS.append((name, title, source, framing, target, fn))
        return fn

    return deco


PG12_20 = version_string("12.20", "Debian 12.20-1.pgdg120+1", BOOKWORM_GCC)


# --- Era 1: until 2024-10-03 ("finished with no errors reported", then the real server) ---------------------------

def era1_success_lines(oneshot=False):
    c = Clock("2024-09-28", 14, 2, 11)
    v = version_string("16.4", "Debian 16.4-1.pgdg120+2", BOOKWORM_GCC)
    L = skip_init() + data_dir_banner()
    L += upgrade_prologue("12", "16")
    L[L.index("Performing PG upgrade on version 12 database files.  Upgrading to version 16")] += ann(
        "upgrade_started 12 16")
    L += initdb_args("--locale=en_US.utf8 --lc-collate=en_US.utf8 --lc-ctype=en_US.utf8 --encoding=UTF8")
    L += initdb_output("16", 16, f"{PGDATA}/new/")
    L += banner("New database initialisation complete", "-")
    L += pg_upgrade_run(16)
    L += upgrade_epilogue()
    fin = banner("Automatic upgrade process finished with no errors reported")
    fin[1] += ann("upgrade_finished 16")
    L += fin
    if oneshot:
        one = banner("'One shot' automatic upgrade was requested, so exiting now rather than starting the PostgreSQL "
                     "server")
        one[1] += ann("outcome done")
        return L + one
    L += real_server(c, v, ann_start=ann("server_starting 16.4"), ann_ready=ann("ready; outcome done"))
    # Ente's museum connects with a password the server does not know: a client's failure, after the upgrade is done.
    L.append(A(log(c, 71, "FATAL", 'password authentication failed for user "pguser"', 900), "fatal"))
    L.append(log(c, 71, "DETAIL", 'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 99: '
                                  '"host all all all md5"', 0))
    return L


@scenario("era1-2024-success.v2-color", "12 → 16, release of 2024-09 (documented wording), then a client's failed "
          "login after the start", "10a4664 (2024-09-30), docker-entrypoint.sh",
          Framing("v2", color=True))
def _():
    return era1_success_lines()


@scenario("era1-2024-success.v1-crlf", "the same run seen through docker-compose v1 with tty: true",
          "10a4664 (2024-09-30), docker-entrypoint.sh", Framing("v1", crlf=True))
def _():
    return era1_success_lines()


@scenario("era1-2024-oneshot.raw", "12 → 16 with PGAUTO_ONESHOT=yes, release of 2024-09: exits instead of starting",
          "10a4664 (2024-09-30), docker-entrypoint.sh", Framing("raw"))
def _():
    return era1_success_lines(oneshot=True)


@scenario("era1-left-over-old.raw", "next start after a failed run of 2024-09 left the folder old behind "
          "(exit 8 moved the data back but kept old/ until a7817cf)",
          "10a4664 (2024-09-30), docker-entrypoint.sh", Framing("raw"))
def _():
    L = skip_init() + data_dir_banner()
    L += banner("Performing PG upgrade on version 12 database files.  Upgrading to version 16")
    L[-2] += ann("upgrade_started 12 16")
    L += banner("Checking for left over artifacts from a failed previous autoupgrade...", "-")
    b = banner("Left over OLD directory found.  Aborting.")
    b[1] += ann("upgrade_failed left_over_old; outcome failed")
    return L + b


# --- Era 2: 2024-10-04 … 2025-03-30 (data format done, then the real server while a background task optimises) -----

def era2_success_lines(oneshot=False):
    c = Clock("2024-11-20", 9, 41, 2)
    v = version_string("16.5", "Debian 16.5-1.pgdg120+1", BOOKWORM_GCC)
    L = skip_init() + data_dir_banner()
    L += upgrade_prologue("12", "16", lock_before_check=True)
    L[L.index("Performing PG upgrade on version 12 database files.  Upgrading to version 16")] += ann(
        "upgrade_started 12 16")
    L += initdb_args("--locale=en_US.utf8 --lc-collate=en_US.utf8 --lc-ctype=en_US.utf8 --encoding=UTF8")
    L += initdb_output("16", 16, f"{PGDATA}/new/")
    L += banner("New database initialisation complete", "-")
    L += pg_upgrade_run(16)
    L += upgrade_epilogue()
    L += ["***************************************************************************************",
          "Automatic upgrade process finished upgrading the data format to PostgreSQL 16.",
          "The database has not yet been reindexed nor updated the query planner stats.  Those    ",
          "will be done by a background task shortly.                                             ",
          "***************************************************************************************",
          f"Removing upgrade lock file at {PGDATA}/upgrade_in_progress.lock",
          "------ Checking if PostgreSQL is running, loop count 0 ------",
          "PostgreSQL is not yet running, lets wait then try again...",
          "****************************",
          "Post upgrade script launched",
          "****************************"]
    # the image's healthcheck (pg_isready) knocks while the server starts: a client FATAL from another pid
    L += real_server(c, v, startup_pid=30, ann_start=ann("server_starting 16.5"), ann_ready=ann("ready"),
                     extra_before_ready=[A(log(c, 31, "FATAL", "the database system is starting up", 2), "fatal")])
    L += ["------ Checking if PostgreSQL is running, loop count 1 ------",
          "PostgreSQL is running.  Post upgrade tasks will start shortly"]
    # Ente's museum starts meanwhile; one try with a stale password
    L.append(A(log(c, 45, "FATAL", 'password authentication failed for user "pguser"', 700), "fatal"))
    L.append(log(c, 45, "DETAIL", 'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 99: '
                                  '"host all all all md5"', 0))
    L += banner("Updating query planner stats", "-")
    L += vacuum_databases(short=True)
    L += banner("Finished updating query planner stats", "-")
    L += banner("Reindexing the databases", "-")
    for db in ("postgres", "ente_db"):
        L += banner(f"Starting reindex of {db}", "-")
        L += ["WARNING:  cannot reindex system catalogs concurrently, skipping all", "REINDEX"]
        L += banner(f"Finished reindex of {db}", "-")
    L += banner("End of reindexing the databases", "-")
    if oneshot:
        one = banner("'One shot' automatic upgrade was requested, so exiting now that the post upgrade tasks have "
                     "finished")
        one[1] += ann("upgrade_finished 16; outcome done")
        L += one
        L += ["waiting for server to shut down...." + log(c, 1, "LOG", "received fast shutdown request", 30),
              log(c, 1, "LOG", "aborting any active transactions", 1),
              log(c, 1, "LOG", 'background worker "logical replication launcher" (PID 36) exited with exit code 1', 1),
              log(c, 28, "LOG", "shutting down", 1),
              log(c, 28, "LOG", "checkpoint starting: shutdown immediate", 1),
              log(c, 28, "LOG", "checkpoint complete: wrote 915 buffers (5.6%); 0 WAL file(s) added, 0 removed, 2 "
                                "recycled; write=0.052 s, sync=0.031 s, total=0.101 s; sync files=312, longest=0.002 "
                                "s, average=0.001 s; distance=33121 kB, estimate=33121 kB; lsn=0/5C1F0A8, redo "
                                "lsn=0/5C1F0A8", 100),
              log(c, 1, "LOG", "database system is shut down", 4),
              " done", "server stopped"]
        L += banner("Restoring original data permissions to /var/lib/postgresql/data", "-")
        return L
    fin = banner("Post upgrade tasks have finished successfully.  PostgreSQL should now be fully updated and online")
    fin[1] += ann("upgrade_finished 16; outcome done")
    return L + fin


@scenario("era2-background-success.v2", "12 → 16, release of 2024-11: the real server starts while VACUUM ANALYZE and "
          "REINDEX run in a background task; the healthcheck and a client's failed login meanwhile are no failure",
          "57fa939 (2024-10-25) + pgautoupgrade-postupgrade.sh of the same commit", Framing("v2"))
def _():
    return era2_success_lines()


@scenario("era2-background-oneshot.v1-color", "12 → 16 with PGAUTO_ONESHOT=yes, release of 2024-11: the background "
          "task stops the server after its work", "57fa939 (2024-10-25) + efe71eb's outer entrypoint (2024-11-14)",
          Framing("v1", color=True, exit_code=0))
def _():
    return era2_success_lines(oneshot=True)


# --- Era 3: since 2025-03-31 (VACUUM ANALYZE and REINDEX on a temporary server, then the real one) ------------------

def era3_lines(*, date, hh, mm, target_label, major, vstring, lock_before_check, mv_v=True, copying=False,
               concurrently=True, interrupt_in_reindex=False, reindex_error=None, oneshot=False, initdb=None,
               ann_version=None):
    c = Clock(date, hh, mm, 5)
    L = skip_init() + data_dir_banner()
    L += upgrade_prologue("12", target_label, lock_before_check=lock_before_check,
                          lock_after_artifacts=not lock_before_check, mv_v=mv_v)
    L[L.index(f"Performing PG upgrade on version 12 database files.  Upgrading to version {target_label}")] += ann(
        f"upgrade_started 12 {major}")
    L += initdb_args(initdb or "--encoding=UTF8  ")
    L += initdb_output(target_label, major, f"{PGDATA}/new")
    L += banner("New database initialisation complete", "-")
    L += pg_upgrade_run(major)
    L += upgrade_epilogue(mv_v=mv_v, copying=copying)
    L += banner(f"Automatic upgrade process finished upgrading the data format to PostgreSQL {target_label}.")
    tv = vstring.split()[1]
    L += temp_server_start(c, vstring, 88, 91, ann_start=ann(f"server_starting {tv}"))
    L += banner("Updating query planner stats")
    L += vacuum_databases()
    L += banner("Reindexing the databases", "-")
    if interrupt_in_reindex:
        return L + reindexdb_all(concurrently, stop_after="ente_db")
    if reindex_error:
        L += ['reindexdb: reindexing database "ente_db"']
        L.append(log(c, 140, "ERROR", reindex_error[0], 20000))
        L.append(log(c, 140, "HINT", "Check free disk space.", 0))
        L.append(log(c, 140, "STATEMENT", "REINDEX DATABASE CONCURRENTLY ente_db;", 0))
        L.append(A(f'reindexdb: error: reindexing of database "ente_db" failed: ERROR:  {reindex_error[0]}',
                   "upgrade_failed post_upgrade_tasks; outcome failed"))
        L.append("HINT:  Check free disk space.")
        return L
    L += reindexdb_all(concurrently)
    L += banner("End of reindexing the databases", "-")
    L += temp_server_stop(c, 88, 89, 94)
    fin = banner(f"Upgrade to PostgreSQL {target_label} complete.")
    fin[1] += ann(f"upgrade_finished {target_label}")
    L += fin
    L.append(f"Removing upgrade lock file at {PGDATA}/upgrade_in_progress.lock")
    if oneshot:
        return L
    L += real_server(c, vstring, startup_pid=31, ann_start=ann(f"server_starting {tv}"),
                     ann_ready=ann("ready; outcome done"))
    return L


E3_BOOKWORM_16 = version_string("16.10", "Debian 16.10-1.pgdg12+1", BOOKWORM_GCC_U1)


@scenario("era3-2025-05-success.v1-color", "12 → 16, release of 2025-05 (PGTARGET without minor: “PostgreSQL 16.”), "
          "VACUUM ANALYZE and REINDEX on a temporary server (socket only) before the real start",
          "a2f8748 (2025-04-08), postgres-docker-entrypoint.sh", Framing("v1", color=True))
def _():
    v = version_string("16.9", "Debian 16.9-1.pgdg120+1", BOOKWORM_GCC_U1)
    return era3_lines(date="2025-05-20", hh=7, mm=12, target_label="16", major=16, vstring=v, lock_before_check=True)


@scenario("era3-bookworm-16.10-success.v2-color-crlf", "12 → 16.10, the last 16-bookworm image (2025-09): lock file "
          "created after the artifact check and moved into old/ by mv -v (its “cannot move … old” error is harmless)",
          "4b607d4 (2025-08-20), postgres-docker-entrypoint.sh", Framing("v2", color=True, crlf=True))
def _():
    return era3_lines(date="2025-09-02", hh=18, mm=30, target_label="16.10", major=16, vstring=E3_BOOKWORM_16,
                      lock_before_check=False)


E3_TRIXIE_16 = version_string("16.13", "Debian 16.13-1.pgdg13+1", TRIXIE_GCC)


@scenario("era3-2026-interrupted.v2", "12 → 16.13 on trixie (2026-03), stopped (docker compose stop) while REINDEX ran "
          "on the temporary server: since 033ea05 the lock file stays in PGDATA",
          "033ea05 (2026-02-04) … 4caf6a0 (2026-02-24), postgres-docker-entrypoint.sh",
          Framing("v2", exit_code=143, exit_ann="upgrade_failed exited_early; outcome failed"))
def _():
    return era3_lines(date="2026-03-10", hh=21, mm=5, target_label="16.13", major=16, vstring=E3_TRIXIE_16,
                      lock_before_check=False, mv_v=False, copying=True, interrupt_in_reindex=True)


@scenario("era3-2026-lock-file.v2", "the next start after the interrupted run: pgautoupgrade refuses",
          "033ea05 (2026-02-04) … HEAD, postgres-docker-entrypoint.sh", Framing("v2", exit_code=1))
def _():
    return [A("Upgrade lock file already exists, indicating an incomplete previous upgrade. Exiting.",
              "upgrade_failed lock_file; outcome failed")]


@scenario("era3-reindex-failure.v2", "12 → 16.10 (2025-09): REINDEX CONCURRENTLY on the temporary server runs out of "
          "disk; set -e ends the container", "4b607d4 (2025-08-20), postgres-docker-entrypoint.sh",
          Framing("v2", exit_code=1))
def _():
    return era3_lines(date="2025-09-02", hh=18, mm=30, target_label="16.10", major=16, vstring=E3_BOOKWORM_16,
                      lock_before_check=False,
                      reindex_error=('could not extend file "base/16384/16553": No space left on device',))


@scenario("era3-oneshot-success.v2logs", "12 → 16.10 with PGAUTO_ONESHOT=yes (2025-09), read with docker compose logs -f",
          "3807f47 (2025-08-15), postgres-docker-entrypoint.sh", Framing("v2logs"))
def _():
    L = era3_lines(date="2025-09-02", hh=18, mm=30, target_label="16.10", major=16, vstring=E3_BOOKWORM_16,
                   lock_before_check=False, oneshot=True)
    one = banner("'One shot' automatic upgrade was requested, so exiting as the upgrade has finished")
    one[1] += ann("outcome done")
    L += one
    L += banner("Restoring original data permissions to /var/lib/postgresql/data", "-")
    return L


@scenario("era3-target17-success.v2", "12 → 17.6 with the 17-bookworm image, target 17",
          "4b607d4 (2025-08-20), postgres-docker-entrypoint.sh", Framing("v2"), target=17)
def _():
    v = version_string("17.6", "Debian 17.6-1.pgdg12+1", BOOKWORM_GCC_U1)
    return era3_lines(date="2025-09-02", hh=18, mm=30, target_label="17.6", major=17, vstring=v,
                      lock_before_check=False)


@scenario("era3-target15-success.raw", "12 → 15.14 with the 15-bookworm image, target 15 (Ente's current major): "
          "locale arguments for initdb and a plain reindexdb --all", "4b607d4 (2025-08-20), postgres-docker-entrypoint.sh",
          Framing("raw"), target=15)
def _():
    v = version_string("15.14", "Debian 15.14-1.pgdg12+1", BOOKWORM_GCC_U1)
    return era3_lines(date="2025-09-02", hh=18, mm=30, target_label="15.14", major=15, vstring=v,
                      lock_before_check=False, concurrently=False,
                      initdb="--locale=en_US.utf8 --lc-collate=en_US.utf8 --lc-ctype=en_US.utf8 --encoding=UTF8  ")


# --- failure paths -----------------------------------------------------------------------------------------------

@scenario("era3-unrecognised-version.v2", "data already on 17 given to the 16 image (2025-05): the lock file is "
          "created before the check in that window (57fa939 … b0ba8bb), exit 9", "a2f8748 (2025-04-08)",
          Framing("v2", exit_code=9))
def _():
    L = skip_init() + data_dir_banner()
    L.append(f"Creating upgrade lock file at {PGDATA}/upgrade_in_progress.lock")
    b = banner("Unrecognised version of PostgreSQL database files found, aborting completely")
    b[1] += ann("upgrade_failed unrecognised_version; outcome failed")
    return L + b


@scenario("era3-temp-dir-failed.raw-crlf", "disk full: creating the OLD temporary directory fails (exit 7; the lock "
          "file stays since b0ba8bb)", "4b607d4 (2025-08-20)", Framing("raw", crlf=True))
def _():
    L = skip_init() + data_dir_banner()
    L += banner("Performing PG upgrade on version 12 database files.  Upgrading to version 16.10")
    L[-2] += ann("upgrade_started 12 16")
    L += banner("Checking for left over artifacts from a failed previous autoupgrade...", "-")
    L += banner("No artifacts found from a failed previous autoupgrade.  Continuing the process.", "-")
    L.append(f"Creating upgrade lock file at {PGDATA}/upgrade_in_progress.lock")
    L += banner(f"Creating OLD temporary directory {PGDATA}/old", "-")
    L.append(f"mkdir: cannot create directory '{PGDATA}/old': No space left on device")
    b = banner(f"Creation of temporary directory '{PGDATA}/old' failed.  Aborting completely")
    b[1] += ann("upgrade_failed temp_directory; outcome failed")
    return L + b


@scenario("era3-pg-upgrade-failure.v2", "pg_upgrade fails restoring the schema (2025-09); set -e exits 1",
          "4b607d4 (2025-08-20)", Framing("v2", exit_code=1))
def _():
    L = skip_init() + data_dir_banner()
    L += upgrade_prologue("12", "16.10", lock_after_artifacts=True)
    L[L.index("Performing PG upgrade on version 12 database files.  Upgrading to version 16.10")] += ann(
        "upgrade_started 12 16")
    L += initdb_args("--encoding=UTF8  ")
    L += initdb_output("16.10", 16, f"{PGDATA}/new")
    L += banner("New database initialisation complete", "-")
    L += pg_upgrade_run(16, fail_restore_stamp="20250902T183112.481")
    L[-1] += ann("upgrade_failed pg_upgrade; outcome failed")
    return L


@scenario("era3-after-pg-upgrade-failure.v2", "the next start after that failure (2025-09): PG_VERSION is in old/, so "
          "the entrypoint tries initdb on the non-empty folder", "4b607d4 (2025-08-20)", Framing("v2", exit_code=1))
def _():
    return [A(f'initdb: error: directory "{PGDATA}" exists but is not empty',
              "upgrade_failed data_directory_not_empty; outcome failed"),
            f'initdb: hint: If you want to create a new database system, either remove or empty the directory '
            f'"{PGDATA}" or run initdb with an argument other than "{PGDATA}".']


@scenario("era3-left-over-new.v1", "a NEW folder left by hand after cleaning up a failed run (2025-09), exit 11",
          "4b607d4 (2025-08-20)", Framing("v1", exit_code=11))
def _():
    L = skip_init() + data_dir_banner()
    L += banner("Performing PG upgrade on version 12 database files.  Upgrading to version 16.10")
    L[-2] += ann("upgrade_started 12 16")
    L += banner("Checking for left over artifacts from a failed previous autoupgrade...", "-")
    b = banner("Left over NEW directory found.  Aborting.")
    b[1] += ann("upgrade_failed left_over_new; outcome failed")
    return L + b


@scenario("era3-oneshot-nothing-to-do.v2", "PGAUTO_ONESHOT=yes on data already on 16 (2025-09): exits, nothing to do",
          "3807f47 (2025-08-15) + docker-entrypoint.sh of efe71eb", Framing("v2", exit_code=0))
def _():
    L = skip_init() + data_dir_banner()
    one = ["***********************************************************************************",
           A("'One shot' automatic upgrade was requested, so exiting as there is no upgrade to do",
             "no_upgrade_needed; outcome done"),
           "If you're seeing this message and expecting an upgrade to be happening, it probably",
           "means the container is being started in a loop and a previous run already did it :)",
           "***********************************************************************************"]
    L += one
    L += banner("Restoring original data permissions to /var/lib/postgresql/data", "-")
    return L


@scenario("era3-already-16.raw-timestamps", "the 16 image on data already on 16 (2025-09): no upgrade, the server "
          "starts; read with docker logs --timestamps", "4b607d4 (2025-08-20)", Framing("raw", timestamps=True))
def _():
    c = Clock("2025-09-02", 19, 2, 40)
    L = skip_init() + data_dir_banner()
    L += real_server(c, E3_BOOKWORM_16, ann_start=ann("no_upgrade_needed; server_starting 16.10"),
                     ann_ready=ann("ready; outcome done"))
    return L


@scenario("era3-empty-volume.v2", "the 16 image on an empty volume (2025-09): initdb and its socket-only temporary "
          "server, then a new empty cluster starts: no upgrade, and a warning that the volume held no data",
          "4b607d4 (2025-08-20)", Framing("v2", v2_old_names=True))
def _():
    c = Clock("2025-09-02", 19, 10, 1)
    L = initdb_output("16", 16, PGDATA, locale="en_US.utf8")[1:]
    L[L.index(f"    /usr/lib/postgresql/16/bin/pg_ctl -D {PGDATA} -l logfile start")] = \
        f"    pg_ctl -D {PGDATA} -l logfile start"
    L += temp_server_start(c, E3_BOOKWORM_16, 48, 51, ann_start=ann("server_starting 16.10"))
    L += ["CREATE DATABASE", "", "",
          "/usr/local/bin/postgres-docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*", ""]
    L += temp_server_stop(c, 48, 49, 54, buffers=922, lsn="0/1912A10")
    L += ["", A("PostgreSQL init process complete; ready for start up.", "database_initialised"), ""]
    L += data_dir_banner()
    L += real_server(c, E3_BOOKWORM_16, startup_pid=64, ann_start=ann("no_upgrade_needed; server_starting 16.10"),
                     ann_ready=ann("ready; outcome done"))
    return L


@scenario("postgres15-on-16-data.v2-color", "Ente's compose file re-downloaded: postgres:15 on data already moved to "
          "16 refuses to start", "postgres:15-trixie (2026)", Framing("v2", color=True, exit_code=1))
def _():
    c = Clock("2026-03-11", 8, 0, 12)
    L = skip_init()
    L.append(A(log(c, 1, "FATAL", "database files are incompatible with server", 40),
               "fatal; upgrade_failed incompatible_data; outcome failed"))
    L.append(log(c, 1, "DETAIL", "The data directory was initialized by PostgreSQL version 16, which is not "
                                 "compatible with this version 15.16 (Debian 15.16-1.pgdg13+1).", 0))
    return L


@scenario("postgres16-on-12-data.raw", "the image changed straight to postgres:16 without pgautoupgrade: it refuses "
          "the 12 data", "postgres:16-bookworm (2024-09)", Framing("raw"))
def _():
    c = Clock("2024-09-28", 13, 55, 1)
    L = skip_init()
    L.append(A(log(c, 1, "FATAL", "database files are incompatible with server", 40),
               "fatal; upgrade_failed incompatible_data; outcome failed"))
    L.append(log(c, 1, "DETAIL", "The data directory was initialized by PostgreSQL version 12, which is not "
                                 "compatible with this version 16.4 (Debian 16.4-1.pgdg120+2).", 0))
    return L


@scenario("postgres12-still-running.v2", "the compose file still names postgres:12: the old server starts",
          "postgres:12-bookworm (2024-09)", Framing("v2"))
def _():
    c = Clock("2024-09-28", 13, 50, 30)
    L = skip_init()
    L += real_server(c, PG12_20, startup_pid=27,
                     ann_start=ann("server_starting 12.20; upgrade_failed wrong_server_version; outcome failed"))
    return L


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, title, source, framing, target, fn in SCENARIOS:
        data, anns = framing.render(fn())
        with open(os.path.join(OUT, name + ".log"), "wb") as f:
            f.write(data)
        lines = [f"# {title}", f"# source: pgautoupgrade {source}; framing: {framing.describe()}" if "postgres:" not in source
                 else f"# source: {source}; framing: {framing.describe()}", f"target {target}"]
        outcome = None
        for number, a in anns:
            for item in (x.strip() for x in a.split(";")):
                if item.startswith("outcome "):
                    outcome = f"{item} {number}"
                else:
                    lines.append(f"{number} {item}")
        lines.append(outcome or "outcome open")
        with open(os.path.join(OUT, name + ".expected"), "w") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{name}: {len(data)} bytes, {data.count(10)} lines, {outcome}")


if __name__ == "__main__":
    main()
