<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../forms/ProjectPage.ui" line="+13"/>
        <source>Compose &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder that holds your compose.yaml (for Ente, usually ente/server or the folder the quickstart made), or the compose file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Postgres major version to move the data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compose service that runs Postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::ComposeDocument</name>
    <message>
        <location filename="../src/core/compose/ComposeDocument.cpp" line="+103"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not valid YAML (line %2, column %3: %4). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid YAML (%2). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a compose file: its top level is not a mapping of keys such as &quot;services&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no plain value at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot find line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value &quot;%1&quot; in %2, line %3, cannot be changed in place: %4. Write it on one line, as in &quot;image: postgres:12&quot;, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its text starts on another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a block scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the quoted text continues on another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it uses escape sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its text continues on another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its text could not be found where the parser says it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing %1 would make it invalid (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the value at %1, line %2 of %3 would also change %4 (the value is shared through a YAML anchor or merge key). Give the service its own &quot;image:&quot; line and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::ComposeProject</name>
    <message>
        <location filename="../src/core/compose/ComposeProject.cpp" line="+137"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 does not exist. Choose the folder that holds your compose.yaml (for Ente, usually ente/server or the folder made by the quickstart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>COMPOSE_FILE names %1, which does not exist. Correct COMPOSE_FILE (in your environment or in .env) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No compose file in %1 (looked for compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml). Choose the folder that holds your Ente compose.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found several compose files (%1); like docker compose, using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 has no service named &quot;%2&quot;. Its services are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 defines no services. Choose the compose file of your Ente server, the one with the postgres, museum and minio services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service in %1 runs the postgres image (services: %2). If your database runs from another image, name its service with --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several services in %1 run Postgres: %2. Choose one with --service NAME (or in the wizard&apos;s service list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service &quot;%1&quot; has no image (it is built from a Dockerfile). The migration changes the image line, so the service needs one, such as &quot;image: postgres:12&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service &quot;%1&quot; runs %2, which is not the official postgres image (nor pgautoupgrade). Only stacks on the official image can be migrated this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The service &quot;%1&quot; reads env_file %2, which does not exist. Docker compose would refuse to start it too; create the file or remove the env_file entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::DotEnv</name>
    <message>
        <location filename="../src/core/compose/DotEnv.cpp" line="+50"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::Interpolator</name>
    <message>
        <location filename="../src/core/compose/Interpolator.cpp" line="+54"/>
        <source>Invalid interpolation format: a lone &quot;$&quot; at the end of &quot;%1&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Invalid interpolation format in &quot;%1&quot; at &quot;%2&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid interpolation format in &quot;%1&quot;: a variable name must follow &quot;${&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Invalid interpolation format in &quot;%1&quot;: &quot;${&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invalid interpolation format in &quot;%1&quot;: unexpected character after &quot;${%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Required variable %1 is missing a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required variable %1 is missing a value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::MigrationPlan</name>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+22"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was changed by something else since the plan was made; nothing was written. Review the file and plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The current image is Alpine-based, so both steps use Alpine images (%1-alpine): Alpine and Debian sort text differently, and switching would leave text indexes in the wrong order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The service already runs pgautoupgrade: an upgrade was started before. Let it finish (its log says when), then switch to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image tag &quot;%1&quot; does not say which Postgres major version runs; the version of the running server decides (the preflight asks it). Pin a version such as postgres:12 in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service runs Postgres %1, newer than the target %2. Postgres data can only move to a newer major version; choose a target above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The image of &quot;%1&quot; is &quot;%2&quot;, and %3 is set in your environment, which this app cannot change. Move %3 into the project&apos;s .env file (or write the image in %4) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image is set by %1 in .env (line %2); that line is what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image &quot;%1&quot; is built from variables (%2); each step writes the full image name in its place, so those variables no longer set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changing the image to %1 would also change %2, so nothing will be changed. Give the service &quot;%3&quot; its own image line and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service &quot;%1&quot; has a healthcheck. pgautoupgrade asks for none while it upgrades: a check that fails during the upgrade can get the container restarted midway. The upgrade step starts only this service and watches its log instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image is pinned by digest only; its Postgres version is read from the running server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No volume is mounted on %1: the database lives inside the container and is lost when the container is removed. Take the backup before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data folder %1 (bound to %2) does not exist on this host. Check the path before migrating: Docker would start an empty database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data is in an anonymous volume, which &quot;docker compose down -v&quot; or a recreated container loses. Take the backup before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PGDATA is %1, not the image&apos;s default; pgautoupgrade is told the same PGDATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No POSTGRES_PASSWORD is set for &quot;%1&quot;; the backup and the checks connect as %2 without a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+48"/>
        <source>Show what the migration would change in a compose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves a self-hosted Ente (or any docker compose) Postgres from one major version to the next, with a verified backup, the compose diff shown first, and proof that every row arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a command, the wizard opens. With a backup file (.sql), the backup browser opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operation ran and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad arguments, or the project or file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>readable but incomplete or suspect (inspect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::cli::PlanCommand</name>
    <message>
        <location filename="../src/cli/PlanCommand.cpp" line="+22"/>
        <source>Shows what migrating the Postgres service of a compose project would change: the detected service and the diff of each image change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres service, when there are several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres major version to move to: 15, 16 (default) or 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the plan (or the error) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>plan takes one PATH, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--target must be a Postgres major version such as 16, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (the running server decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, database %2, password %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>needs migration to Postgres %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade in progress (pgautoupgrade); one step left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already on Postgres %1; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: image → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::gui::MigrationWizard</name>
    <message>
        <location filename="../src/gui/MigrationWizard.cpp" line="+13"/>
        <source>Ente DB Migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::gui::ProjectPage</name>
    <message>
        <location filename="../src/gui/ProjectPage.cpp" line="+33"/>
        <source>Choose the compose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of your Ente server&apos;s compose.yaml. The app reads it and shows what it will change; nothing is changed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postgres 16 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Postgres version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose the compose project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What Ente&apos;s current compose files run (postgres:15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer than Ente&apos;s files: keep postgres:17 in your compose file from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Ente&apos;s migration guide describes; keep postgres:16 in your compose file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder of your compose project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown from the tag → %1 (the running server decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade to %1 in progress (pgautoupgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already the target, nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (named volume) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (folder) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous volume on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none: the data is inside the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, database %2, password %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service already runs Postgres %1. There is nothing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1 of %2, made only after the backup: the image becomes %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
