"""Building blocks of real-shaped container output, after pgautoupgrade's entrypoint at the commits named."""

PGDATA = "/var/lib/postgresql/data"


class Clock:
    """Postgres log timestamps that move forward."""

    def __init__(self, date, hh, mm, ss):
        self.date = date
        self.t = (hh * 3600 + mm * 60 + ss) * 1000

    def tick(self, ms=3):
        self.t += ms
        return self.stamp()

    def stamp(self):
        ms = self.t % 1000
        s = self.t // 1000
        return f"{self.date} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{ms:03d} UTC"

    def short(self):
        s = self.t // 1000
        return f"{self.date} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} UTC"


def log(c, pid, sev, msg, ms=2):
    return f"{c.tick(ms)} [{pid}] {sev}:  {msg}"


def banner(text, ch="*"):
    return [ch * len(text), text, ch * len(text)]


def skip_init():
    return ["", "PostgreSQL Database directory appears to contain a database; Skipping initialization", ""]


def data_dir_banner():
    return banner(f"PostgreSQL data directory: {PGDATA}", "*")


def version_string(v, debian, gcc):
    return f"PostgreSQL {v} ({debian}) on x86_64-pc-linux-gnu, compiled by {gcc}, 64-bit"


BOOKWORM_GCC = "gcc (Debian 12.2.0-14) 12.2.0"
BOOKWORM_GCC_U1 = "gcc (Debian 12.2.0-14+deb12u1) 12.2.0"
TRIXIE_GCC = "gcc (Debian 14.2.0-19) 14.2.0"


def real_server(c, vstring, first_pid=1, startup_pid=29, extra_before_ready=(), ann_start="", ann_ready=""):
    """The final server: exec postgres, listens on TCP."""
    lines = [
        log(c, first_pid, "LOG", f"starting {vstring}", 80) + ann_start,
        log(c, first_pid, "LOG", 'listening on IPv4 address "0.0.0.0", port 5432', 1),
        log(c, first_pid, "LOG", 'listening on IPv6 address "::", port 5432', 0),
        log(c, first_pid, "LOG", 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"', 3),
        log(c, startup_pid, "LOG", f"database system was shut down at {c.short()}", 6),
    ]
    lines += list(extra_before_ready)
    lines.append(log(c, first_pid, "LOG", "database system is ready to accept connections", 6) + ann_ready)
    return lines


def temp_server_start(c, vstring, pid, startup_pid, ann_start=""):
    """docker_temp_server_start: pg_ctl -w start with listen_addresses='' (socket only)."""
    return [
        "waiting for server to start...." + log(c, pid, "LOG", f"starting {vstring}", 50) + ann_start,
        log(c, pid, "LOG", 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"', 3),
        log(c, startup_pid, "LOG", f"database system was shut down at {c.short()}", 6),
        log(c, pid, "LOG", "database system is ready to accept connections", 5),
        " done",
        "server started",
    ]


def temp_server_stop(c, pid, checkpointer_pid, launcher_pid, buffers=3, lsn="0/3A0B8E8"):
    return [
        "waiting for server to shut down...." + log(c, pid, "LOG", "received fast shutdown request", 40),
        log(c, pid, "LOG", "aborting any active transactions", 1),
        log(c, pid, "LOG", f'background worker "logical replication launcher" (PID {launcher_pid}) exited with exit code 1', 2),
        log(c, checkpointer_pid, "LOG", "shutting down", 1),
        log(c, checkpointer_pid, "LOG", "checkpoint starting: shutdown immediate", 1),
        log(c, checkpointer_pid, "LOG",
            f"checkpoint complete: wrote {buffers} buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; "
            "write=0.004 s, sync=0.002 s, total=0.012 s; sync files=2, longest=0.001 s, average=0.001 s; "
            f"distance=1 kB, estimate=1 kB; lsn={lsn}, redo lsn={lsn}", 12),
        log(c, pid, "LOG", "database system is shut down", 4),
        " done",
        "server stopped",
    ]


DATA_ENTRIES = ["base", "global", "old", "pg_commit_ts", "pg_dynshmem", "pg_hba.conf", "pg_ident.conf", "pg_logical",
                "pg_multixact", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat", "pg_stat_tmp",
                "pg_subtrans", "pg_tblspc", "pg_twophase", "PG_VERSION", "pg_wal", "pg_xact", "postgresql.auto.conf",
                "postgresql.conf", "postmaster.opts"]


def mv_into_old(with_lock):
    """mv -v "${PGDATA}"/* "${OLD}" (until 2025-11): "old" is in the glob, and so is the lock file."""
    entries = list(DATA_ENTRIES)
    if with_lock:
        entries.append("upgrade_in_progress.lock")
    out = []
    for e in entries:
        if e == "old":
            out.append(f"mv: cannot move '{PGDATA}/old' to a subdirectory of itself, '{PGDATA}/old/old'")
        else:
            out.append(f"renamed '{PGDATA}/{e}' -> '{PGDATA}/old/{e}'")
    return out


NEW_ENTRIES = ["base", "global", "pg_commit_ts", "pg_dynshmem", "pg_hba.conf", "pg_ident.conf", "pg_logical",
               "pg_multixact", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat", "pg_stat_tmp",
               "pg_subtrans", "pg_tblspc", "pg_twophase", "PG_VERSION", "pg_wal", "pg_xact", "postgresql.auto.conf",
               "postgresql.conf"]


def mv_new_into_place():
    return [f"renamed '{PGDATA}/new/{e}' -> '{PGDATA}/{e}'" for e in NEW_ENTRIES]


def upgrade_prologue(pgver, target, lock_before_check=False, lock_after_artifacts=False, mv_v=True):
    out = []
    if lock_before_check:
        out.append(f"Creating upgrade lock file at {PGDATA}/upgrade_in_progress.lock")
    out += banner(f"Performing PG upgrade on version {pgver} database files.  Upgrading to version {target}")
    out += banner("Checking for left over artifacts from a failed previous autoupgrade...", "-")
    out += banner("No artifacts found from a failed previous autoupgrade.  Continuing the process.", "-")
    if lock_after_artifacts:
        out.append(f"Creating upgrade lock file at {PGDATA}/upgrade_in_progress.lock")
    out += banner(f"Creating OLD temporary directory {PGDATA}/old", "-")
    out += banner("Creating OLD temporary directory is complete", "-")
    out += banner("Moving existing data files into OLD temporary directory", "-")
    if mv_v:
        out += mv_into_old(lock_before_check or lock_after_artifacts)
    out += banner("Moving existing data files into OLD temporary directory is complete", "-")
    out += banner(f"Creating NEW temporary directory {PGDATA}/new", "-")
    out += banner("Creating NEW temporary directory is complete", "-")
    out += banner("Changing permissions of temporary directories to 0700", "-")
    out += banner("Changing permissions of temporary directories is complete", "-")
    return out


def initdb_args(args):
    out = banner("Remove postmaster.pid file from PG data directory", "-")
    out += banner("Determining our own initdb arguments", "-")
    out += banner(f"The initdb arguments we determined are: {args}", "-")
    out += banner(f"Old database using collation settings: '{args}'.  Initialising new database with those settings too", "-")
    return out


def initdb_output(target_label, major, datadir, locale="en_US.utf8", checksums=False, bindir=None):
    bindir = bindir or f"/usr/lib/postgresql/{major}/bin"
    out = [
        f"Initialising PostgreSQL {target_label} data directory",
        'The files belonging to this database system will be owned by user "postgres".',
        "This user must also own the server process.",
        "",
        f'The database cluster will be initialized with locale "{locale}".',
        'The default text search configuration will be set to "english".',
        "",
        "Data page checksums are enabled." if checksums else "Data page checksums are disabled.",
        "",
        f"fixing permissions on existing directory {datadir} ... ok",
        "creating subdirectories ... ok",
        "selecting dynamic shared memory implementation ... posix",
        "selecting default max_connections ... 100",
        "selecting default shared_buffers ... 128MB",
        "selecting default time zone ... Etc/UTC",
        "creating configuration files ... ok",
        "running bootstrap script ... ok",
        "performing post-bootstrap initialization ... ok",
        "syncing data to disk ... ok",
        "",
        "",
        "Success. You can now start the database server using:",
        "",
        f"    {bindir}/pg_ctl -D {datadir} -l logfile start",
        "",
        'initdb: warning: enabling "trust" authentication for local connections',
        "initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and "
        "--auth-host, the next time you run initdb.",
    ]
    return out


def ok(text):
    return f"{text:<62}ok"


PG_UPGRADE_CHECKS = [
    "Checking cluster versions",
    "Checking database user is the install user",
    "Checking database connection settings",
    "Checking for prepared transactions",
    "Checking for system-defined composite types in user tables",
    "Checking for reg* data types in user tables",
    "Checking for contrib/isn with bigint-passing mismatch",
    'Checking for incompatible "aclitem" data type in user tables',
    "Checking for user-defined encoding conversions",
    "Checking for user-defined postfix operators",
    "Checking for incompatible polymorphic functions",
    "Creating dump of global objects",
    "Creating dump of database schemas",
    "Checking for presence of required libraries",
    "Checking database user is the install user",
    "Checking for prepared transactions",
    "Checking for new cluster tablespace directories",
]

PG_UPGRADE_STEPS_1 = [
    "Setting locale and encoding for new cluster",
    "Analyzing all rows in the new cluster",
    "Freezing all rows in the new cluster",
    "Deleting files from new pg_xact",
    "Copying old pg_xact to new server",
    "Setting oldest XID for new cluster",
    "Setting next transaction ID and epoch for new cluster",
    "Deleting files from new pg_multixact/offsets",
    "Copying old pg_multixact/offsets to new server",
    "Deleting files from new pg_multixact/members",
    "Copying old pg_multixact/members to new server",
    "Setting next multixact ID and offset for new cluster",
    "Resetting WAL archives",
    "Setting frozenxid and minmxid counters in new cluster",
    "Restoring global objects in the new cluster",
]


def pg_upgrade_run(major, fail_restore_stamp=None):
    bindir = f"/usr/lib/postgresql/{major}/bin"
    out = banner(f"Running pg_upgrade command, from {PGDATA}", "-")
    out += ["Performing Consistency Checks", "-----------------------------"]
    out += [ok(x) for x in PG_UPGRADE_CHECKS]
    out += ["", "If pg_upgrade fails after this point, you must re-initdb the", "new cluster before continuing.", "",
            "Performing Upgrade", "------------------"]
    out += [ok(x) for x in PG_UPGRADE_STEPS_1]
    if fail_restore_stamp:
        out += [f"{'Restoring database schemas in the new cluster':<62}",
                "*failure*",
                "",
                f'Consult the last few lines of "{PGDATA}/new/pg_upgrade_output.d/{fail_restore_stamp}/log/'
                'pg_upgrade_dump_16384.log" for',
                "the probable cause of the failure.",
                "Failure, exiting"]
        return out
    out += [ok("Restoring database schemas in the new cluster"), ok('Adding ".old" suffix to old global/pg_control'),
            "", "If you want to start the old cluster, you will need to remove",
            f'the ".old" suffix from {PGDATA}/old/global/pg_control.old.',
            'Because "link" mode was used, the old cluster cannot be safely',
            "started once the new cluster has been started.",
            ok("Linking user relation files"), ok("Setting next OID for new cluster"),
            ok("Sync data directory to disk"), ok("Creating script to delete old cluster"),
            ok("Checking for extension updates"), "", "Upgrade Complete", "----------------",
            "Optimizer statistics are not transferred by pg_upgrade.",
            "Once you start the new server, consider running:",
            f"    {bindir}/vacuumdb --all --analyze-in-stages",
            "Running this script will delete the old cluster's data files:",
            "    ./delete_old_cluster.sh"]
    out += banner("Running pg_upgrade command is complete", "-")
    return out


def upgrade_epilogue(mv_v=True, copying=False):
    if copying:
        out = banner("Copying the new database files to the active directory", "-")
    else:
        out = banner("Moving the new database files to the active directory", "-")
    if mv_v:
        out += mv_new_into_place()
    out += banner("Moving the new database files is complete", "-")
    out += banner("Copying the old pg_hba and pg_ident configuration files across", "-")
    out += banner("Copying the old pg_hba and pg_ident configuration files is complete", "-")
    out += banner("Removing left over database files", "-")
    out += banner("Removing left over database files is complete", "-")
    return out


ENTE_TABLES = [("users", 1, 12), ("key_attributes", 1, 12), ("collections", 3, 41), ("files", 188, 5210),
               ("collection_files", 61, 5210), ("object_keys", 52, 10420)]


def vacuum_table(db, schema, table, pages, rows, xid):
    q = f"{db}.{schema}.{table}"
    return [
        f'INFO:  vacuuming "{q}"',
        f'INFO:  finished vacuuming "{q}": index scans: 0',
        f"pages: 0 removed, {pages} remain, {pages} scanned (100.00% of total)",
        f"tuples: 0 removed, {rows} remain, 0 are dead but not yet removable",
        f"removable cutoff: {xid}, which was 0 XIDs old when operation ended",
        f"frozen: 0 pages from table (0.00% of total) had 0 tuples frozen",
        f"index scan bypassed: 0 pages from table (0.00% of total) have 0 dead item identifiers",
        "avg read rate: 0.000 MB/s, avg write rate: 0.000 MB/s",
        f"buffer usage: {pages * 2 + 30} hits, 0 misses, 0 dirtied",
        "WAL usage: 0 records, 0 full page images, 0 bytes",
        "system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.00 s",
        f'INFO:  analyzing "{schema}.{table}"',
        f'INFO:  "{table}": scanned {pages} of {pages} pages, containing {rows} live rows and 0 dead rows; '
        f"{min(rows, 30000)} rows in sample, {rows} estimated total rows",
    ]


def vacuum_databases(xid=1042, short=False):
    """VACUUM (ANALYZE, VERBOSE, INDEX_CLEANUP FALSE) per database, as psql prints it (shortened: a few catalogs)."""
    out = []
    for db, tables in (("ente_db", [ENTE_TABLES[0], ENTE_TABLES[3]] if not short else ENTE_TABLES[3:4]),
                       ("postgres", [])):
        out += vacuum_table(db, "pg_catalog", "pg_statistic", 19, 409, xid)
        for t, pages, rows in tables:
            out += vacuum_table(db, "public", t, pages, rows, xid)
        out.append("VACUUM")
    return out


def reindexdb_all(concurrently=True, stop_after=None):
    out = []
    for db in ("ente_db", "postgres", "template1"):
        out.append(f'reindexdb: reindexing database "{db}"')
        if stop_after == db:
            return out
        if concurrently:
            out.append("WARNING:  cannot reindex system catalogs concurrently, skipping all")
    return out
