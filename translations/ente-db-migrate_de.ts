<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupBrowser</name>
    <message>
        <location filename="../forms/BackupBrowser.ui" line="+8"/>
        <source>Backup Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dump being shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup (.sql, .sql.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the file has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format:</source>
        <translation type="unfinished">Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation type="unfinished">Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped by:</source>
        <translation type="unfinished">Erstellt mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dump tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation type="unfinished">SHA-256:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 check against the sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the sidecar says about the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases and tables with their row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database in the dump; expand one to see its tables and their row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size in the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles the dump creates, and how their passwords are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../forms/ProjectPage.ui" line="+13"/>
        <source>Compose &amp;project:</source>
        <translation>Compose-&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder that holds your compose.yaml (for Ente, usually ente/server or the folder the quickstart made), or the compose file itself</source>
        <translation>Der Ordner mit Ihrer compose.yaml (bei Ente meist ente/server oder der Ordner, den der Quickstart angelegt hat) oder die Compose-Datei selbst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the project folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Postgres major version to move the data to</source>
        <translation>Die Postgres-Hauptversion, in die die Daten überführt werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compose service that runs Postgres</source>
        <translation>Der Compose-Dienst, der Postgres ausführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres:</source>
        <translation>Postgres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data volume:</source>
        <translation>Datenvolume:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
</context>
<context>
    <name>edm::BackupSidecar</name>
    <message>
        <location filename="../src/core/postgres/BackupSidecar.cpp" line="+132"/>
        <source>This JSON file is not a backup description written by Ente DB Migration.</source>
        <translation>Diese JSON-Datei ist keine von Ente DB Migration geschriebene Sicherungsbeschreibung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup description has format version %1; this release reads version %2. Use a newer release of the app.</source>
        <translation>Diese Sicherungsbeschreibung hat Formatversion %1; diese Version liest Version %2. Verwenden Sie eine neuere Version der App.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+7"/>
        <source>The backup description %1 cannot be written: %2.</source>
        <translation>Die Sicherungsbeschreibung %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup description %1 cannot be read: %2.</source>
        <translation>Die Sicherungsbeschreibung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup description %1 is not valid JSON (%2).</source>
        <translation>Die Sicherungsbeschreibung %1 ist kein gültiges JSON (%2).</translation>
    </message>
</context>
<context>
    <name>edm::BackupWriter</name>
    <message>
        <location filename="../src/core/postgres/BackupWriter.cpp" line="+34"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The folder %1 is not on a usable file system.</source>
        <translation>Der Ordner %1 liegt auf keinem nutzbaren Dateisystem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enough free space for the backup in %1: it needs about %2 (%3 × the databases&apos; size of %4), and only %5 are free on %6. Free some space there, or choose a folder on a disk with more room.</source>
        <translation>Nicht genug freier Speicher für die Sicherung in %1: Sie braucht etwa %2 (%3 × die Größe der Datenbanken von %4), und auf %6 sind nur %5 frei. Schaffen Sie dort Platz oder wählen Sie einen Ordner auf einem Datenträger mit mehr Platz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is not a pg_dumpall file (%1)</source>
        <translation>es ist keine pg_dumpall-Datei (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends inside the data of table %1 (database %2)</source>
        <translation>es endet mitten in den Daten der Tabelle %1 (Datenbank %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the final line &quot;-- PostgreSQL database cluster dump complete&quot; is missing</source>
        <translation>die letzte Zeile „-- PostgreSQL database cluster dump complete“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database %1 is not in it</source>
        <translation>die Datenbank %1 ist nicht enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the section of database %1 is not complete</source>
        <translation>der Abschnitt der Datenbank %1 ist nicht vollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data of table %1 in %2 is cut off</source>
        <translation>die Daten der Tabelle %1 in %2 sind abgeschnitten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump is not complete: %1.</source>
        <translation>Der Dump ist nicht vollständig: %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No Postgres container to back up: start the stack (docker compose up -d) first.</source>
        <translation>Kein Postgres-Container zum Sichern: Starten Sie zuerst den Stack (docker compose up -d).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The pg_dumpall inside the container %1 is version %2, older than the server (%3), and cannot dump it (&quot;aborting because of server version mismatch&quot;). A server&apos;s backup needs a pg_dumpall of its own major version or newer, as the official postgres:%4 image has. Check the image of the service.</source>
        <translation>pg_dumpall im Container %1 hat Version %2, älter als der Server (%3), und kann ihn nicht sichern („aborting because of server version mismatch“). Die Sicherung eines Servers braucht pg_dumpall seiner eigenen Hauptversion oder neuer, wie es das offizielle Image postgres:%4 mitbringt. Prüfen Sie das Image des Dienstes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder %1 for the backup does not exist. Create it, or choose another one.</source>
        <translation>Der Ordner %1 für die Sicherung existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup cannot be written in %1: %2. Choose a folder you may write to.</source>
        <translation>Die Sicherung kann in %1 nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writing the backup to %1 (through a temporary file beside it)</source>
        <translation>Die Sicherung wird nach %1 geschrieben (über eine temporäre Datei daneben)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The partial file was removed; nothing was written under %1.</source>
        <translation>Die unvollständige Datei wurde entfernt; unter %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup was cancelled after %1.</source>
        <translation>Die Sicherung wurde nach %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full: writing the backup failed after %1 (%2). %3 Free space in %4 (the backup needs about %5), or choose another folder.</source>
        <translation>Der Datenträger ist voll: Das Schreiben der Sicherung schlug nach %1 fehl (%2). %3 Schaffen Sie Platz in %4 (die Sicherung braucht etwa %5) oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the backup failed after %1: %2. %3</source>
        <translation>Das Schreiben der Sicherung schlug nach %1 fehl: %2. %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The container %1 stopped during the backup, after %2 had been written. %3</source>
        <translation>Der Container %1 wurde während der Sicherung beendet, nachdem %2 geschrieben waren. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_dumpall failed after %1 had been written. %2</source>
        <translation>pg_dumpall schlug fehl, nachdem %1 geschrieben waren. %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup could not be saved under %1: %2. %3</source>
        <translation>Die Sicherung konnte nicht unter %1 gespeichert werden: %2. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup complete: %1, %2, SHA-256 %3</source>
        <translation>Sicherung vollständig: %1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The backup itself is complete and verified: %1 (SHA-256 %2).</source>
        <translation>Die Sicherung selbst ist vollständig und geprüft: %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The backup was cancelled before it started.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie begann.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeDocument</name>
    <message>
        <location filename="../src/core/compose/ComposeDocument.cpp" line="+106"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not valid YAML (line %2, column %3: %4). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3: %4). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid YAML (%2). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (%2). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not valid YAML (line %2, column %3: a quoted value starts here and is never closed). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3: Hier beginnt ein Wert in Anführungszeichen, der nie geschlossen wird). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a compose file: its top level is not a mapping of keys such as &quot;services&quot;; nothing was changed.</source>
        <translation>%1 ist keine Compose-Datei: Ihre oberste Ebene ist keine Zuordnung von Schlüsseln wie „services“; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has no plain value at %2.</source>
        <translation>%1 hat an %2 keinen einfachen Wert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot find line %2.</source>
        <translation>%1: Zeile %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value &quot;%1&quot; in %2, line %3, cannot be changed in place: %4. Write it on one line, as in &quot;image: postgres:12&quot;, and try again.</source>
        <translation>Der Wert „%1“ in %2, Zeile %3, kann nicht an Ort und Stelle geändert werden: %4. Schreiben Sie ihn in eine Zeile, wie in „image: postgres:12“, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its text starts on another line</source>
        <translation>sein Text beginnt in einer anderen Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a block scalar</source>
        <translation>er ist ein Block-Skalar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the quoted text continues on another line</source>
        <translation>der Text in Anführungszeichen geht in einer anderen Zeile weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it uses escape sequences</source>
        <translation>er verwendet Escape-Sequenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its text continues on another line</source>
        <translation>sein Text geht in einer anderen Zeile weiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its text could not be found where the parser says it is</source>
        <translation>sein Text steht nicht dort, wo der Parser ihn meldet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing %1 would make it invalid (%2); it was left as it is.</source>
        <translation>Eine Änderung von %1 würde die Datei ungültig machen (%2); sie wurde so belassen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the value at %1, line %2 of %3 would also change %4 (the value is shared through a YAML anchor or merge key). Give the service its own &quot;image:&quot; line and try again; nothing was changed.</source>
        <translation>Eine Änderung des Werts an %1, Zeile %2 von %3, würde auch %4 ändern (der Wert wird über einen YAML-Anker oder Merge-Schlüssel geteilt). Geben Sie dem Dienst eine eigene „image:“-Zeile und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeProject</name>
    <message>
        <location filename="../src/core/compose/ComposeProject.cpp" line="+135"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 does not exist. Choose the folder that holds your compose.yaml (for Ente, usually ente/server or the folder made by the quickstart).</source>
        <translation>%1 existiert nicht. Wählen Sie den Ordner mit Ihrer compose.yaml (bei Ente meist ente/server oder der vom Quickstart angelegte Ordner).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>COMPOSE_FILE names %1, which does not exist. Correct COMPOSE_FILE (in your environment or in .env) and try again.</source>
        <translation>COMPOSE_FILE nennt %1, das nicht existiert. Korrigieren Sie COMPOSE_FILE (in Ihrer Umgebung oder in .env) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No compose file in %1 (looked for compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml). Choose the folder that holds your Ente compose.yaml.</source>
        <translation>Keine Compose-Datei in %1 (gesucht: compose.yaml, compose.yml, docker-compose.yml und docker-compose.yaml). Wählen Sie den Ordner mit der compose.yaml Ihres Ente-Servers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found several compose files (%1); like docker compose, using %2.</source>
        <translation>Mehrere Compose-Dateien gefunden (%1); wie docker compose wird %2 verwendet.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 has no service named &quot;%2&quot;. Its services are: %3.</source>
        <translation>%1 hat keinen Dienst namens „%2“. Seine Dienste sind: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 defines no services. Choose the compose file of your Ente server, the one with the postgres, museum and minio services.</source>
        <translation>%1 definiert keine Dienste. Wählen Sie die Compose-Datei Ihres Ente-Servers, die mit den Diensten postgres, museum und minio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No service in %1 runs the postgres image (services: %2). If your database runs from another image, name its service with --service.</source>
        <translation>Kein Dienst in %1 verwendet das postgres-Image (Dienste: %2). Wenn Ihre Datenbank aus einem anderen Image läuft, nennen Sie ihren Dienst mit --service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several services in %1 run Postgres: %2. Choose one with --service NAME (or in the wizard&apos;s service list).</source>
        <translation>Mehrere Dienste in %1 verwenden Postgres: %2. Wählen Sie einen mit --service NAME (oder in der Dienstliste des Assistenten).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service &quot;%1&quot; has no image (it is built from a Dockerfile). The migration changes the image line, so the service needs one, such as &quot;image: postgres:12&quot;.</source>
        <translation>Der Dienst „%1“ hat kein Image (er wird aus einem Dockerfile gebaut). Die Migration ändert die Image-Zeile, daher braucht der Dienst eine, etwa „image: postgres:12“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image of &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Image von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service &quot;%1&quot; runs %2, which is not the official postgres image (nor pgautoupgrade). Only stacks on the official image can be migrated this way.</source>
        <translation>Der Dienst „%1“ verwendet %2, nicht das offizielle postgres-Image (und nicht pgautoupgrade). Nur Stacks mit dem offiziellen Image können so migriert werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The service &quot;%1&quot; reads env_file %2, which does not exist. Docker compose would refuse to start it too; create the file or remove the env_file entry.</source>
        <translation>Der Dienst „%1“ liest env_file %2, das nicht existiert. Auch docker compose würde ihn nicht starten; legen Sie die Datei an oder entfernen Sie den env_file-Eintrag.</translation>
    </message>
</context>
<context>
    <name>edm::DockerCli</name>
    <message>
        <location filename="../src/core/docker/DockerCli.cpp" line="+97"/>
        <source>Docker answered something that cannot be read (%1). Please report this, with the versions of docker and compose.</source>
        <translation>Docker hat etwas geantwortet, das nicht lesbar ist (%1). Bitte melden Sie das, mit den Versionen von docker und compose.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the docker context &quot;%1&quot;</source>
        <translation>der Docker-Kontext „%1“</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Docker was not found (neither &quot;%1&quot; nor &quot;docker-compose&quot; is on PATH). Install Docker (on Debian and Ubuntu: sudo apt install docker.io docker-compose), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker wurde nicht gefunden (weder „%1“ noch „docker-compose“ ist im PATH). Installieren Sie Docker (unter Debian und Ubuntu: sudo apt install docker.io docker-compose) oder wählen Sie das docker-Programm in den Einstellungen (--docker PFAD).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Docker Compose was not found: neither &quot;docker compose&quot; (v2) nor &quot;docker-compose&quot; (v1) works. Install the compose plugin (the docker-compose-plugin package, or docker-compose-v2 on Debian and Ubuntu), or docker-compose.</source>
        <translation>Docker Compose wurde nicht gefunden: weder „docker compose“ (v2) noch „docker-compose“ (v1) funktioniert. Installieren Sie das Compose-Plugin (Paket docker-compose-plugin, oder docker-compose-v2 unter Debian und Ubuntu) oder docker-compose.</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>There is no container &quot;%1&quot;. Start the stack (docker compose up -d) and try again.</source>
        <translation>Es gibt keinen Container „%1“. Starten Sie den Stack (docker compose up -d) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The container %1 was created but never started. Start the stack (docker compose up -d) and try again.</source>
        <translation>Der Container %1 wurde erstellt, aber nie gestartet. Starten Sie den Stack (docker compose up -d) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>an array element is not an object</source>
        <translation>ein Array-Element ist kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON error at offset %1: %2</source>
        <translation>JSON-Fehler bei Offset %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1 is not a JSON object: %2</source>
        <translation>Zeile %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The container %1 exited with code %2.</source>
        <translation>Der Container %1 wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ran out of memory: give Docker more memory.</source>
        <translation>Ihm ging der Speicher aus: Geben Sie Docker mehr Speicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It left no log. Start it in the foreground (docker compose up SERVICE) to see why.</source>
        <translation>Er hinterließ kein Protokoll. Starten Sie ihn im Vordergrund (docker compose up DIENST), um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last log lines say why; fix that, then start it again:</source>
        <translation>Seine letzten Protokollzeilen nennen den Grund; beheben Sie ihn und starten Sie ihn erneut:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>docker-compose was not found. Install Docker Compose (the docker-compose-plugin package gives &quot;docker compose&quot;), or choose the program in the settings.</source>
        <translation>docker-compose wurde nicht gefunden. Installieren Sie Docker Compose (das Paket docker-compose-plugin liefert „docker compose“) oder wählen Sie das Programm in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker was not found. Install Docker (on Debian and Ubuntu: sudo apt install docker.io), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker wurde nicht gefunden. Installieren Sie Docker (unter Debian und Ubuntu: sudo apt install docker.io) oder wählen Sie das docker-Programm in den Einstellungen (--docker PFAD).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You may not use the Docker daemon at %1: permission denied on its socket. Add your user to the docker group (sudo usermod -aG docker $USER, then log out and in again), or run as a user who may use docker.</source>
        <translation>Sie dürfen den Docker-Daemon unter %1 nicht verwenden: Zugriff auf seinen Socket verweigert. Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER, dann ab- und wieder anmelden) oder arbeiten Sie als Benutzer, der docker verwenden darf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Docker daemon is not running, or cannot be reached at %1. Start it (sudo systemctl start docker, or open Docker Desktop) and try again; if it runs elsewhere, check DOCKER_HOST and the docker context (docker context ls).</source>
        <translation>Der Docker-Daemon läuft nicht oder ist unter %1 nicht erreichbar. Starten Sie ihn (sudo systemctl start docker oder Docker Desktop öffnen) und versuchen Sie es erneut; läuft er woanders, prüfen Sie DOCKER_HOST und den Docker-Kontext (docker context ls).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compose project has no service &quot;%1&quot;. Choose the service as it is named in the compose file.</source>
        <translation>Das Compose-Projekt hat keinen Dienst „%1“. Wählen Sie den Dienst so, wie er in der Compose-Datei heißt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no container &quot;%1&quot; (any more). Start the stack (docker compose up -d) and try again.</source>
        <translation>Es gibt keinen Container „%1“ (mehr). Starten Sie den Stack (docker compose up -d) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The container %1 is not running. Start the stack (docker compose up -d); if it stops again, its log says why.</source>
        <translation>Der Container %1 läuft nicht. Starten Sie den Stack (docker compose up -d); hält er wieder an, nennt sein Protokoll den Grund.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command does not exist in the container %1. Is it the Postgres container, running the image the compose file names?</source>
        <translation>Der Befehl existiert im Container %1 nicht. Ist es der Postgres-Container mit dem Image, das die Compose-Datei nennt?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 found no compose file. Choose the folder that holds your compose.yaml, and check that the file still exists.</source>
        <translation>%1 hat keine Compose-Datei gefunden. Wählen Sie den Ordner mit Ihrer compose.yaml und prüfen Sie, ob die Datei noch existiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot read the compose file. Correct the place it names, then try again.</source>
        <translation>%1 kann die Compose-Datei nicht lesen. Korrigieren Sie die genannte Stelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the command line it was given. Your compose version may be too old or too new for this release; please report it with the output of &quot;%1 version&quot;.</source>
        <translation>%1 hat die übergebene Befehlszeile abgelehnt. Ihre Compose-Version ist womöglich zu alt oder zu neu für diese Version; bitte melden Sie das mit der Ausgabe von „%1 version“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed to build an image. See the build output, fix the Dockerfile or the build context, and try again.</source>
        <translation>%1 konnte kein Image bauen. Sehen Sie sich die Build-Ausgabe an, korrigieren Sie das Dockerfile oder den Build-Kontext und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not pull an image. Check the image name and tag in the compose file, your connection to the registry, and any registry login.</source>
        <translation>%1 konnte ein Image nicht laden. Prüfen Sie Image-Name und Tag in der Compose-Datei, Ihre Verbindung zur Registry und eine etwaige Registry-Anmeldung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was interrupted.</source>
        <translation>%1 wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>edm::DotEnv</name>
    <message>
        <location filename="../src/core/compose/DotEnv.cpp" line="+50"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>edm::DumpInspector</name>
    <message>
        <location filename="../src/core/postgres/DumpInspector.cpp" line="+695"/>
        <source>The compressed file cannot be opened: zlib could not start.</source>
        <translation>Die komprimierte Datei kann nicht geöffnet werden: zlib konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>After the compressed data the file holds bytes that are not gzip; they were ignored. The file may have been appended to by mistake.</source>
        <translation>Nach den komprimierten Daten enthält die Datei Bytes, die kein gzip sind; sie wurden ignoriert. Womöglich wurde versehentlich etwas an die Datei angehängt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compressed data is damaged after %1 bytes of SQL (zlib: %2). The file was corrupted when it was copied or stored; use another copy of the backup.</source>
        <translation>Die komprimierten Daten sind nach %1 Bytes SQL beschädigt (zlib: %2). Die Datei wurde beim Kopieren oder Speichern beschädigt; verwenden Sie eine andere Kopie der Sicherung.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the table of contents (toc.dat) of a pg_dump directory-format archive</source>
        <translation>das Inhaltsverzeichnis (toc.dat) eines pg_dump-Archivs im Verzeichnisformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pg_dump tar-format archive</source>
        <translation>ein pg_dump-Archiv im tar-Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pg_dump custom-format archive (pg_dump -Fc)</source>
        <translation>ein pg_dump-Archiv im Custom-Format (pg_dump -Fc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of database “%1”, from PostgreSQL %2, made by pg_dump %3</source>
        <translation> der Datenbank „%1“, von PostgreSQL %2, erstellt mit pg_dump %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1%2. This app reads plain SQL dumps only: restore it with pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.</source>
        <translation>Die Datei ist %1%2. Diese App liest nur SQL-Dumps im Klartext: Stellen Sie sie mit pg_restore wieder her oder wandeln Sie sie erst in SQL um mit „pg_restore -f dump.sql DATEI“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file is compressed with %1, which this app does not read. Decompress it first (%2) and open the .sql file inside.</source>
        <translation>Die Datei ist mit %1 komprimiert, das diese App nicht liest. Entpacken Sie sie zuerst (%2) und öffnen Sie die .sql-Datei darin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is a %1, not a PostgreSQL dump. Choose the .sql file that pg_dumpall wrote.</source>
        <translation>Die Datei ist ein(e) %1, kein PostgreSQL-Dump. Wählen Sie die .sql-Datei, die pg_dumpall geschrieben hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is a pg_dump tar-format archive (pg_dump -Ft). This app reads plain SQL dumps only: restore it with pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.</source>
        <translation>Die Datei ist ein pg_dump-Archiv im tar-Format (pg_dump -Ft). Diese App liest nur SQL-Dumps im Klartext: Stellen Sie sie mit pg_restore wieder her oder wandeln Sie sie erst in SQL um mit „pg_restore -f dump.sql DATEI“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a tar archive, not a PostgreSQL dump. Unpack it and open the .sql file inside.</source>
        <translation>Die Datei ist ein tar-Archiv, kein PostgreSQL-Dump. Entpacken Sie es und öffnen Sie die .sql-Datei darin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is binary, not a PostgreSQL dump. A plain dump is text that starts with “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump).</source>
        <translation>Die Datei ist binär, kein PostgreSQL-Dump. Ein Klartext-Dump ist Text, der mit „-- PostgreSQL database cluster dump“ (pg_dumpall) oder „-- PostgreSQL database dump“ (pg_dump) beginnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file starts with a UTF-8 byte order mark, which pg_dump never writes: an editor saved it. psql would fail on the first statement; remove the first three bytes or use the original file.</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke, die pg_dump nie schreibt: Ein Editor hat sie gespeichert. psql würde an der ersten Anweisung scheitern; entfernen Sie die ersten drei Bytes oder verwenden Sie die Originaldatei.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The file is text but not a PostgreSQL dump: none of its first lines is the header “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump).</source>
        <translation>Die Datei ist Text, aber kein PostgreSQL-Dump: Keine ihrer ersten Zeilen ist der Kopf „-- PostgreSQL database cluster dump“ (pg_dumpall) oder „-- PostgreSQL database dump“ (pg_dump).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file is binary, not a PostgreSQL dump.</source>
        <translation>Die Datei ist binär, kein PostgreSQL-Dump.</translation>
    </message>
    <message>
        <location line="+744"/>
        <source>The file is text but not a PostgreSQL dump: it has no “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump) header.</source>
        <translation>Die Datei ist Text, aber kein PostgreSQL-Dump: Sie hat keinen Kopf „-- PostgreSQL database cluster dump“ (pg_dumpall) oder „-- PostgreSQL database dump“ (pg_dump).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The compressed file holds no data: the backup wrote nothing. Make the backup again.</source>
        <translation>Die komprimierte Datei enthält keine Daten: Die Sicherung hat nichts geschrieben. Erstellen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty: the backup wrote nothing. Make the backup again.</source>
        <translation>Die Datei ist leer: Die Sicherung hat nichts geschrieben. Erstellen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (database “%1”)</source>
        <translation> (Datenbank „%1“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends inside the data of table %1%2, before its first row: the backup was cut off there, and everything after it is missing.</source>
        <translation>Die Datei endet in den Daten der Tabelle %1%2 vor ihrer ersten Zeile: Die Sicherung wurde dort abgeschnitten, und alles danach fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file ends inside the data of table %1%2, after row %3: the backup was cut off there, and everything after it is missing.</source>
        <translation>Die Datei endet in den Daten der Tabelle %1%2 nach Zeile %3: Die Sicherung wurde dort abgeschnitten, und alles danach fehlt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file ends in the middle of an SQL statement that starts on line %1 (“%2”): the backup was cut off there, and everything after it is missing.</source>
        <translation>Die Datei endet mitten in einer SQL-Anweisung, die in Zeile %1 beginnt („%2“): Die Sicherung wurde dort abgeschnitten, und alles danach fehlt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> It stopped after database “%1”; any database after it is missing.</source>
        <translation> Sie endete nach der Datenbank „%1“; jede Datenbank danach fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It stopped inside database “%1”.</source>
        <translation> Sie endete innerhalb der Datenbank „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends without the line “-- PostgreSQL database cluster dump complete” that pg_dumpall writes last: the backup did not finish.%1</source>
        <translation>Der Datei fehlt die Zeile „-- PostgreSQL database cluster dump complete“, die pg_dumpall zuletzt schreibt: Die Sicherung wurde nicht abgeschlossen.%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file ends without the line “-- PostgreSQL database dump complete” that pg_dump writes last: the backup did not finish.</source>
        <translation>Der Datei fehlt die Zeile „-- PostgreSQL database dump complete“, die pg_dump zuletzt schreibt: Die Sicherung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section of database %1 lacks its end mark “-- PostgreSQL database dump complete”: its pg_dump did not finish, so its data may be incomplete.</source>
        <translation>Dem Abschnitt der Datenbank %1 fehlt seine Endmarke „-- PostgreSQL database dump complete“: Sein pg_dump wurde nicht abgeschlossen, die Daten können also unvollständig sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is more after the dump’s end mark, from line %1 on: two files were joined, or something else wrote into the backup. Check where it came from.</source>
        <translation>Nach der Endmarke des Dumps folgt noch etwas, ab Zeile %1: Zwei Dateien wurden zusammengefügt, oder etwas anderes hat in die Sicherung geschrieben. Prüfen Sie, woher es stammt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines end in CR LF (Windows line endings) from line %1 on (%2 in all): the file was converted after pg_dump wrote it. A restore would put a carriage return into every multi-line value and statement. Use the original file, or convert it back with “dos2unix”.</source>
        <translation>Ab Zeile %1 enden Zeilen mit CR LF (Windows-Zeilenenden) (%2 insgesamt): Die Datei wurde umgewandelt, nachdem pg_dump sie geschrieben hatte. Eine Wiederherstellung würde in jeden mehrzeiligen Wert und jede Anweisung einen Wagenrücklauf einfügen. Verwenden Sie die Originaldatei oder wandeln Sie sie mit „dos2unix“ zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some lines are neither SQL, psql commands nor comments (%1 in all, the first on line %2: “%3”): something other than pg_dump wrote into the file (an error message, a prompt). psql would fail on them.</source>
        <translation>Einige Zeilen sind weder SQL noch psql-Befehle noch Kommentare (%1 insgesamt, die erste in Zeile %2: „%3“): Etwas anderes als pg_dump hat in die Datei geschrieben (eine Fehlermeldung, eine Eingabeaufforderung). psql würde daran scheitern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The compressed file ends early: its gzip stream is cut off after %1 bytes of SQL, as when a copy or download is interrupted.</source>
        <translation>Die komprimierte Datei endet zu früh: Ihr gzip-Strom bricht nach %1 Bytes SQL ab, wie bei einer unterbrochenen Kopie oder einem abgebrochenen Download.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is a folder, not a dump file. (A pg_dump directory-format backup is a folder: restore it with pg_restore.)</source>
        <translation>%1 ist ein Ordner, keine Dump-Datei. (Eine pg_dump-Sicherung im Verzeichnisformat ist ein Ordner: Stellen Sie sie mit pg_restore wieder her.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>The inspection of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>edm::Interpolator</name>
    <message>
        <location filename="../src/core/compose/Interpolator.cpp" line="+54"/>
        <source>Invalid interpolation format: a lone &quot;$&quot; at the end of &quot;%1&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Ungültiges Interpolationsformat: ein einzelnes „$“ am Ende von „%1“. Schreiben Sie „$$“ für ein wörtliches Dollarzeichen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid interpolation format in &quot;%1&quot; at &quot;%2&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Ungültiges Interpolationsformat in „%1“ bei „%2“. Schreiben Sie „$$“ für ein wörtliches Dollarzeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid interpolation format in &quot;%1&quot;: a variable name must follow &quot;${&quot;.</source>
        <translation>Ungültiges Interpolationsformat in „%1“: Auf „${“ muss ein Variablenname folgen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Invalid interpolation format in &quot;%1&quot;: &quot;${&quot; is never closed.</source>
        <translation>Ungültiges Interpolationsformat in „%1“: „${“ wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Invalid interpolation format in &quot;%1&quot;: unexpected character after &quot;${%2&quot;.</source>
        <translation>Ungültiges Interpolationsformat in „%1“: unerwartetes Zeichen nach „${%2“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Required variable %1 is missing a value.</source>
        <translation>Der erforderlichen Variable %1 fehlt ein Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required variable %1 is missing a value: %2</source>
        <translation>Der erforderlichen Variable %1 fehlt ein Wert: %2</translation>
    </message>
</context>
<context>
    <name>edm::Journal</name>
    <message>
        <location filename="../src/core/migration/Journal.cpp" line="+33"/>
        <source>Cannot write %1: %2. The migration needs to write its journal beside the compose file; check the folder&apos;s permissions and free space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Migration muss ihr Journal neben die Compose-Datei schreiben; prüfen Sie die Rechte des Ordners und den freien Speicher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2. Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the migration journal %1: %2.</source>
        <translation>Das Migrationsjournal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration journal %1 is damaged (%2). Your compose file&apos;s original is kept in %3; compare it with compose.yaml before deleting the folder.</source>
        <translation>Das Migrationsjournal %1 ist beschädigt (%2). Das Original Ihrer Compose-Datei liegt in %3; vergleichen Sie es mit compose.yaml, bevor Sie den Ordner löschen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration journal %1 was written by a newer version of this app. Use that version to resume or roll back.</source>
        <translation>Das Migrationsjournal %1 wurde von einer neueren Version dieser App geschrieben. Verwenden Sie diese Version, um fortzusetzen oder zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The kept original of %1 is missing (%2).</source>
        <translation>Das aufbewahrte Original von %1 fehlt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kept original of %1 does not match its recorded checksum; it was changed after the migration kept it.</source>
        <translation>Das aufbewahrte Original von %1 passt nicht zu seiner gespeicherten Prüfsumme; es wurde geändert, nachdem die Migration es aufbewahrt hatte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No original of %1 was kept.</source>
        <translation>Von %1 wurde kein Original aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationEngine</name>
    <message>
        <location filename="../src/core/migration/MigrationEngine.cpp" line="+83"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1128"/>
        <location line="+10"/>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="-1136"/>
        <location line="+396"/>
        <source>Stop the stack</source>
        <translation>Stack anhalten</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to the new image</source>
        <translation>Auf das neue Image umstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>image → %1</source>
        <translation>Image → %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no unfinished migration in %1 to resume.</source>
        <translation>In %1 gibt es keine unvollendete Migration, die fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A migration of this project stopped at &quot;%1&quot; and was not finished. Resume it or roll it back before starting a new one.</source>
        <translation>Eine Migration dieses Projekts hielt bei „%1“ an und wurde nicht abgeschlossen. Setzen Sie sie fort oder setzen Sie sie zurück, bevor Sie eine neue beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service &quot;%1&quot; already runs Postgres %2; there is nothing to migrate.</source>
        <translation>Der Dienst „%1“ läuft bereits mit Postgres %2; es gibt nichts zu migrieren.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Resuming the migration after &quot;%1&quot;.</source>
        <translation>Die Migration wird nach „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep &quot;image: %1&quot; for the service &quot;%2&quot; in %3 from now on. A compose file downloaded again from Ente may name an older Postgres (Ente&apos;s own files use postgres:15), which refuses to start on this data (&quot;database files are incompatible with server&quot;).</source>
        <translation>Behalten Sie ab jetzt „image: %1“ für den Dienst „%2“ in %3. Eine erneut von Ente heruntergeladene Compose-Datei kann ein älteres Postgres nennen (Entes eigene Dateien verwenden postgres:15), das mit diesen Daten nicht startet („database files are incompatible with server“).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped after &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Wie gewünscht nach „%1“ angehalten. Setzen Sie die Migration fort oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Stopped before &quot;%1&quot;, as asked; nothing of that step was changed. Resume the migration to go on, or roll it back.</source>
        <translation>Wie gewünscht vor „%1“ angehalten; von diesem Schritt wurde nichts geändert. Setzen Sie die Migration fort oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Run &quot;%1 down&quot;: every container of the project stops and is removed (volumes and data stay). Ente is offline until the migration finishes.</source>
        <translation>„%1 down“ ausführen: Jeder Container des Projekts wird angehalten und entfernt (Volumes und Daten bleiben). Ente ist offline, bis die Migration abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop every service of the project, &quot;%1&quot; included. Ente is offline until the migration finishes.</source>
        <translation>Jeden Dienst des Projekts anhalten, „%1“ eingeschlossen. Ente ist offline, bis die Migration abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The container %1 still runs after stopping the stack. Stop it with &quot;docker stop %1&quot; and resume.</source>
        <translation>Der Container %1 läuft nach dem Anhalten des Stacks noch. Halten Sie ihn mit „docker stop %1“ an und setzen Sie fort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+135"/>
        <source>Change the image to %1</source>
        <translation>Das Image auf %1 ändern</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 gets the change below, then only the service &quot;%2&quot; starts with it. pgautoupgrade converts the data to Postgres %3 in place; the log is followed until the upgrade is complete and the new server accepts connections.</source>
        <translation>%1 erhält die folgende Änderung, dann startet nur der Dienst „%2“ damit. pgautoupgrade wandelt die Daten an Ort und Stelle in Postgres %3 um; das Protokoll wird verfolgt, bis das Upgrade abgeschlossen ist und der neue Server Verbindungen annimmt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+134"/>
        <source>%1: image → %2</source>
        <translation>%1: Image → %2</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+254"/>
        <source>The service &quot;%1&quot; was started, but no container of it can be found.</source>
        <translation>Der Dienst „%1“ wurde gestartet, aber kein Container davon ist zu finden.</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Upgrading the data from Postgres %1 to %2</source>
        <translation>Die Daten werden von Postgres %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data converted; updating statistics and rebuilding indexes</source>
        <translation>Daten umgewandelt; Statistiken werden aktualisiert und Indizes neu aufgebaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade complete; waiting for the final server start</source>
        <translation>Upgrade abgeschlossen; warte auf den endgültigen Serverstart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data is already on Postgres %1; no upgrade needed</source>
        <translation>Die Daten sind bereits auf Postgres %1; kein Upgrade nötig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Postgres %1 server accepts connections</source>
        <translation>Der Postgres-%1-Server nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last lines of the log:</source>
        <translation>Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade did not complete within %1 minutes. The container was stopped; your backup is intact. Last lines of the log:</source>
        <translation>Das Upgrade wurde nicht innerhalb von %1 Minuten abgeschlossen. Der Container wurde angehalten; Ihre Sicherung ist unversehrt. Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The upgrade was interrupted and its container stopped. pgautoupgrade may have left its data half-converted: resume to let it try again, or roll back to restore the backup.</source>
        <translation>Das Upgrade wurde unterbrochen und sein Container angehalten. pgautoupgrade hat die Daten womöglich halb umgewandelt hinterlassen: Setzen Sie fort, damit es es erneut versucht, oder setzen Sie zurück, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 gets the change below, then the whole stack starts again on Postgres %2.</source>
        <translation>%1 erhält die folgende Änderung, dann startet der ganze Stack wieder mit Postgres %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no migration of %1 to roll back.</source>
        <translation>Es gibt keine Migration von %1, die zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot restore %1: %2. Its original is kept in %3.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Sein Original liegt in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is back to its original bytes.</source>
        <translation>%1 hat wieder seine ursprünglichen Bytes.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The service &quot;%1&quot; is not running; starting it.</source>
        <translation>Der Dienst „%1“ läuft nicht; er wird gestartet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker and compose</source>
        <translation>Docker und Compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, engine at %3</source>
        <translation>%1 %2, Engine unter %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service has a healthcheck. pgautoupgrade asks for none while it upgrades; the app starts only this service for the upgrade and follows its log instead of the healthcheck.</source>
        <translation>Der Dienst hat einen Healthcheck. pgautoupgrade verlangt, dass während des Upgrades keiner aktiv ist; die App startet für das Upgrade nur diesen Dienst und verfolgt statt des Healthchecks sein Protokoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PGDATA is %1, a sub-folder of the volume; pgautoupgrade gets the same PGDATA.</source>
        <translation>PGDATA ist %1, ein Unterordner des Volumes; pgautoupgrade erhält dasselbe PGDATA.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+143"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>The server already runs PostgreSQL %1.</source>
        <translation>Der Server läuft bereits mit PostgreSQL %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.</source>
        <translation>Nichts zu migrieren. Nennt die Compose-Datei noch ein älteres Image, ändern Sie es auf postgres:%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server already runs PostgreSQL %1</source>
        <translation>der Server läuft bereits mit PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL %1, while the image tag says %2.</source>
        <translation>PostgreSQL %1, während das Image-Tag %2 sagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL %1 → %2</source>
        <translation>PostgreSQL %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image and data</source>
        <translation>Image und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is from PostgreSQL %1 but the compose file names %2.</source>
        <translation>Die Daten stammen von PostgreSQL %1, aber die Compose-Datei nennt %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the image back to postgres:%1 in %2.</source>
        <translation>Setzen Sie das Image in %2 zurück auf postgres:%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the compose image is older than the data</source>
        <translation>das Compose-Image ist älter als die Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Space for the backup</source>
        <translation>Platz für die Sicherung</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 free in %2; the backup needs about %3 (1.2 × the databases&apos; %4).</source>
        <translation>%1 frei in %2; die Sicherung braucht etwa %3 (1,2 × die %4 der Datenbanken).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free some space there or choose another backup folder.</source>
        <translation>Schaffen Sie dort Platz oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough space for the backup</source>
        <translation>nicht genug Platz für die Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of databases; %2 free in %3</source>
        <translation>%1 an Datenbanken; %2 frei in %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After the migration, as a superuser: SET password_encryption = &apos;scram-sha-256&apos;; then ALTER ROLE %1 PASSWORD &apos;&lt;the same password&gt;&apos;; for each role, and change md5 to scram-sha-256 in pg_hba.conf.</source>
        <translation>Nach der Migration als Superuser: SET password_encryption = &apos;scram-sha-256&apos;; dann ALTER ROLE %1 PASSWORD &apos;&lt;dasselbe Passwort&gt;&apos;; für jede Rolle, und in pg_hba.conf md5 durch scram-sha-256 ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Password hashes</source>
        <translation>Passwort-Hashes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 have md5 passwords. They keep working after pgautoupgrade, which keeps the old pg_hba.conf (md5), but a fresh Postgres %2 cluster uses scram-sha-256 and would refuse them.</source>
        <translation>%1 haben md5-Passwörter. Sie funktionieren nach pgautoupgrade weiter, das die alte pg_hba.conf (md5) behält, aber ein frischer Postgres-%2-Cluster verwendet scram-sha-256 und würde sie ablehnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role depends on md5 password hashes.</source>
        <translation>Keine Rolle hängt von md5-Passwort-Hashes ab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Text sort order</source>
        <translation>Sortierung von Text</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 sort text with the C library&apos;s locale, and the new image uses another C library (Alpine ↔ Debian).</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek, und das neue Image verwendet eine andere C-Bibliothek (Alpine ↔ Debian).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sort text with the C library&apos;s locale; today&apos;s postgres:%2 images are built on a newer Debian (trixie) than postgres:12 (bookworm), whose glibc may sort some text differently.</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek; die heutigen postgres:%2-Images basieren auf einem neueren Debian (trixie) als postgres:12 (bookworm), dessen glibc manchen Text anders sortieren kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the migration run REINDEX DATABASE for each database, then ALTER DATABASE … REFRESH COLLATION VERSION. The verify step compares the recorded and actual collation versions.</source>
        <translation>Führen Sie nach der Migration REINDEX DATABASE für jede Datenbank aus, dann ALTER DATABASE … REFRESH COLLATION VERSION. Der Prüfschritt vergleicht die gespeicherte und die tatsächliche Collation-Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The databases use byte order (C) or ICU; a C library change does not affect their indexes.</source>
        <translation>Die Datenbanken verwenden Byte-Reihenfolge (C) oder ICU; ein Wechsel der C-Bibliothek betrifft ihre Indizes nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Upgrade lock file</source>
        <translation>Upgrade-Sperrdatei</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 exists: an earlier pgautoupgrade run was interrupted.</source>
        <translation>%1 existiert: Ein früherer pgautoupgrade-Lauf wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore your backup of the data from before that run, or, if you know the data is intact, remove the file (docker compose exec %1 rm %2).</source>
        <translation>Stellen Sie Ihre Sicherung der Daten von vor diesem Lauf wieder her oder entfernen Sie, wenn Sie wissen, dass die Daten intakt sind, die Datei (docker compose exec %1 rm %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pgautoupgrade lock file is left in the data folder</source>
        <translation>im Datenordner liegt noch eine pgautoupgrade-Sperrdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None left in the data folder.</source>
        <translation>Keine im Datenordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not look for %1: %2</source>
        <translation>Konnte nicht nach %1 suchen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preflight found what must be fixed first: %1. Nothing was changed.</source>
        <translation>Die Vorabprüfung fand, was zuerst behoben werden muss: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compose file must name postgres:%1.</source>
        <translation>Die Compose-Datei muss postgres:%1 nennen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 roles of the backup exist.</source>
        <translation>Alle %1 Rollen der Sicherung existieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the roles from the backup (its first part).</source>
        <translation>Stellen Sie die Rollen aus der Sicherung wieder her (ihr erster Teil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login over TCP with the password</source>
        <translation>Anmeldung über TCP mit dem Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logs in to %2 the way museum does.</source>
        <translation>%1 meldet sich bei %2 so an, wie museum es tut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The migrated server failed some checks (see the list). Your backup is intact: roll back to return to Postgres %1, or fix what the checks say and verify again with resume.</source>
        <translation>Der migrierte Server hat einige Prüfungen nicht bestanden (siehe Liste). Ihre Sicherung ist unversehrt: Setzen Sie zurück, um zu Postgres %1 zurückzukehren, oder beheben Sie, was die Prüfungen sagen, und prüfen Sie mit „Fortsetzen“ erneut.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+6"/>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The backup&apos;s row counts are not known, so the rows cannot be compared.</source>
        <translation>Die Zeilenzahlen der Sicherung sind nicht bekannt, daher können die Zeilen nicht verglichen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the migration from the backup step.</source>
        <translation>Setzen Sie die Migration ab dem Sicherungsschritt fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All %1 rows in %2 tables arrived.</source>
        <translation>Alle %1 Zeilen in %2 Tabellen sind angekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 tables differ from the backup.</source>
        <translation>%1 von %2 Tabellen weichen von der Sicherung ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back, or restore the backup into the new server.</source>
        <translation>Setzen Sie zurück oder stellen Sie die Sicherung im neuen Server wieder her.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Health URL</source>
        <translation>Health-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered.</source>
        <translation>%1 hat geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start museum (docker compose up -d) and check its log.</source>
        <translation>Starten Sie museum (docker compose up -d) und prüfen Sie sein Protokoll.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Back up the databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dumpall writes every database and role of the service &quot;%1&quot; to %2. Nothing of the stack changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backup written: %1 (%2, SHA-256 %3)</source>
        <translation>Sicherung geschrieben: %1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no backup to rehearse with.</source>
        <translation>Es gibt keine Sicherung für einen Probelauf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backup restored into a throwaway Postgres %1 container with every row.</source>
        <translation>Die Sicherung wurde mit jeder Zeile in einen Wegwerf-Container mit Postgres %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rehearsal&apos;s row counts differ from the backup.</source>
        <translation>Die Zeilenzahlen des Probelaufs weichen von der Sicherung ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the backup with &quot;ente-db-migrate inspect&quot; before going on.</source>
        <translation>Sehen Sie sich die Sicherung mit „ente-db-migrate inspect“ an, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rehearsal failed, so the real data was not touched.</source>
        <translation>Der Probelauf schlug fehl, daher wurden die echten Daten nicht angerührt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The compose file is back to its original, but the data was already converted and there is no backup to restore (%1). Keep the volume as it is: it holds the converted data, which postgres:%2 can run.</source>
        <translation>Die Compose-Datei ist wieder im Original, aber die Daten waren bereits umgewandelt, und es gibt keine Sicherung zum Wiederherstellen (%1). Lassen Sie das Volume, wie es ist: Es enthält die umgewandelten Daten, die postgres:%2 ausführen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compose file is back to its original. The data is in a folder, not a named volume, so it is not replaced automatically: move the folder aside, start the service (it creates a new, empty database) and run &quot;ente-db-migrate restore %1&quot;.</source>
        <translation>Die Compose-Datei ist wieder im Original. Die Daten liegen in einem Ordner, nicht in einem benannten Volume, daher werden sie nicht automatisch ersetzt: Verschieben Sie den Ordner, starten Sie den Dienst (er legt eine neue, leere Datenbank an) und führen Sie „ente-db-migrate restore %1“ aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The compose file is back to its original, but the data volume cannot be found. Start the service and restore %1 with &quot;ente-db-migrate restore&quot;.</source>
        <translation>Die Compose-Datei ist wieder im Original, aber das Datenvolume ist nicht zu finden. Starten Sie den Dienst und stellen Sie %1 mit „ente-db-migrate restore“ wieder her.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore the backup into %1</source>
        <translation>Die Sicherung in %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume %1 holds data that pgautoupgrade converted (or began to convert). Its contents are first copied to a new volume %2, which is kept; then %1 is emptied, %3 starts on it with a new database, and the backup %4 is restored into it.</source>
        <translation>Das Volume %1 enthält Daten, die pgautoupgrade umgewandelt hat (oder umzuwandeln begann). Sein Inhalt wird zuerst in ein neues Volume %2 kopiert, das erhalten bleibt; dann wird %1 geleert, %3 startet darauf mit einer neuen Datenbank, und die Sicherung %4 wird darin wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The converted data is kept in the volume %1.</source>
        <translation>Die umgewandelten Daten bleiben im Volume %1 erhalten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The service did not start.</source>
        <translation>Der Dienst ist nicht gestartet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationPlan</name>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+22"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was changed by something else since the plan was made; nothing was written. Review the file and plan again.</source>
        <translation>%1 wurde seit dem Erstellen des Plans von etwas anderem geändert; nichts wurde geschrieben. Prüfen Sie die Datei und planen Sie erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2. The file was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The current image is Alpine-based, so the new images are Alpine-based too (%1-alpine): Alpine and Debian sort text differently, and switching would leave text indexes in the wrong order.</source>
        <translation>Das aktuelle Image basiert auf Alpine, daher basieren auch die neuen Images auf Alpine (%1-alpine): Alpine und Debian sortieren Text unterschiedlich, und ein Wechsel würde Textindizes in falscher Reihenfolge hinterlassen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service already runs pgautoupgrade: an upgrade was started before. Let it finish (its log says when), then switch to %1.</source>
        <translation>Der Dienst läuft bereits mit pgautoupgrade: Ein Upgrade wurde schon begonnen. Lassen Sie es abschließen (sein Protokoll sagt, wann), dann wechseln Sie auf %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image tag &quot;%1&quot; does not say which Postgres major version runs; the version of the running server decides (the preflight asks it). Pin a version such as postgres:12 in the future.</source>
        <translation>Das Image-Tag „%1“ sagt nicht, welche Postgres-Hauptversion läuft; die Version des laufenden Servers entscheidet (die Vorabprüfung fragt sie ab). Legen Sie künftig eine Version fest, etwa postgres:12.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service runs Postgres %1, newer than the target %2. Postgres data can only move to a newer major version; choose a target above %1.</source>
        <translation>Der Dienst läuft mit Postgres %1, neuer als das Ziel %2. Postgres-Daten können nur auf eine neuere Hauptversion wechseln; wählen Sie ein Ziel über %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The image of &quot;%1&quot; is &quot;%2&quot;, and %3 is set in your environment, which this app cannot change. Move %3 into the project&apos;s .env file (or write the image in %4) and try again.</source>
        <translation>Das Image von „%1“ ist „%2“, und %3 ist in Ihrer Umgebung gesetzt, die diese App nicht ändern kann. Verschieben Sie %3 in die .env-Datei des Projekts (oder schreiben Sie das Image in %4) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image is set by %1 in .env (line %2); that line is what changes.</source>
        <translation>Das Image wird durch %1 in .env gesetzt (Zeile %2); diese Zeile wird geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image &quot;%1&quot; is built from variables (%2); each step writes the full image name in its place, so those variables no longer set it.</source>
        <translation>Das Image „%1“ wird aus Variablen gebildet (%2); jeder Schritt schreibt den vollen Image-Namen an ihre Stelle, sodass diese Variablen es nicht mehr setzen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Changing the image to %1 would also change %2, so nothing will be changed. Give the service &quot;%3&quot; its own image line and try again.</source>
        <translation>Eine Änderung des Images auf %1 würde auch %2 ändern, daher wird nichts geändert. Geben Sie dem Dienst „%3“ eine eigene Image-Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The changed line of %1 also holds the database password, which the diff shows masked; the file keeps it as it is.</source>
        <translation>Die geänderte Zeile von %1 enthält auch das Datenbankpasswort, das der Diff maskiert zeigt; die Datei behält es, wie es ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service &quot;%1&quot; has a healthcheck. pgautoupgrade asks for none while it upgrades: a check that fails during the upgrade can get the container restarted midway. The upgrade step starts only this service and watches its log instead.</source>
        <translation>Der Dienst „%1“ hat einen Healthcheck. pgautoupgrade verlangt, dass während des Upgrades keiner aktiv ist: Eine Prüfung, die während des Upgrades fehlschlägt, kann den Container mittendrin neu starten lassen. Der Upgrade-Schritt startet nur diesen Dienst und beobachtet stattdessen sein Protokoll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is pinned by digest only, which does not say which Postgres major version runs; the version of the running server decides (the preflight asks it).</source>
        <translation>Das Image ist nur per Digest festgelegt, der nicht sagt, welche Postgres-Hauptversion läuft; die Version des laufenden Servers entscheidet (die Vorabprüfung fragt sie ab).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No volume is mounted on %1: the database lives inside the container and is lost when the container is removed. Take the backup before anything else.</source>
        <translation>Auf %1 ist kein Volume eingehängt: Die Datenbank lebt im Container und geht verloren, wenn der Container entfernt wird. Erstellen Sie vor allem anderen die Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder %1 (bound to %2) does not exist on this host. Check the path before migrating: Docker would start an empty database there.</source>
        <translation>Der Datenordner %1 (eingebunden als %2) existiert auf diesem Rechner nicht. Prüfen Sie den Pfad vor der Migration: Docker würde dort eine leere Datenbank starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is in an anonymous volume, which &quot;docker compose down -v&quot; or a recreated container loses. Take the backup before anything else.</source>
        <translation>Die Daten liegen in einem anonymen Volume, das „docker compose down -v“ oder ein neu erstellter Container verliert. Erstellen Sie vor allem anderen die Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PGDATA is %1, not the image&apos;s default; pgautoupgrade is told the same PGDATA.</source>
        <translation>PGDATA ist %1, nicht der Standard des Images; pgautoupgrade erhält dasselbe PGDATA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POSTGRES_PASSWORD is set for &quot;%1&quot;; the backup and the checks connect as %2 without a password.</source>
        <translation>Für „%1“ ist kein POSTGRES_PASSWORD gesetzt; Sicherung und Prüfungen verbinden sich als %2 ohne Passwort.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationReport</name>
    <message>
        <location filename="../src/core/report/MigrationReport.cpp" line="+60"/>
        <source>The migration succeeded.</source>
        <translation>Die Migration war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration failed.</source>
        <translation>Die Migration ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration was rolled back; the original compose file and data are in place.</source>
        <translation>Die Migration wurde zurückgesetzt; die ursprüngliche Compose-Datei und die Daten sind wieder da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration has not finished.</source>
        <translation>Die Migration ist nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>edm::ProcessRunner</name>
    <message>
        <location filename="../src/core/docker/ProcessRunner.cpp" line="+97"/>
        <source>cannot read the input file %1: %2</source>
        <translation>die Eingabedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>reading the input file %1 failed: %2</source>
        <translation>das Lesen der Eingabedatei %1 schlug fehl: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>writing its output failed: %1. Check the free space and the permissions where the output goes</source>
        <translation>das Schreiben der Ausgabe schlug fehl: %1. Prüfen Sie den freien Speicher und die Rechte am Ziel der Ausgabe</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The program %1 does not exist. Check the path, or install it.</source>
        <translation>Das Programm %1 existiert nicht. Prüfen Sie den Pfad oder installieren Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program &quot;%1&quot; was not found on PATH. Install it, or give the full path to it.</source>
        <translation>Das Programm „%1“ wurde im PATH nicht gefunden. Installieren Sie es oder geben Sie den vollen Pfad an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; could not be started: %2. Check that it is a program and that you may run it.</source>
        <translation>„%1“ konnte nicht gestartet werden: %2. Prüfen Sie, ob es ein Programm ist und Sie es ausführen dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; crashed (signal %2).</source>
        <translation>„%1“ ist abgestürzt (Signal %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; crashed.</source>
        <translation>„%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; failed with exit code %2.</source>
        <translation>„%1“ schlug mit Exit-Code %2 fehl.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&quot;%1&quot; did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>„%1“ wurde nicht innerhalb von %n Sekunde beendet und wurde angehalten.</numerusform>
            <numerusform>„%1“ wurde nicht innerhalb von %n Sekunden beendet und wurde angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>„%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was stopped: %2.</source>
        <translation>„%1“ wurde angehalten: %2.</translation>
    </message>
</context>
<context>
    <name>edm::ReportWriter</name>
    <message>
        <location filename="../src/core/report/ReportWriter.cpp" line="+28"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+7"/>
        <location line="+91"/>
        <location line="+95"/>
        <source>Ente DB Migration report</source>
        <translation>Ente-DB-Migration – Bericht</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+89"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+89"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Compose file</source>
        <translation>Compose-Datei</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Postgres before</source>
        <translation>Postgres vorher</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+89"/>
        <source>Postgres after</source>
        <translation>Postgres nachher</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+89"/>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+87"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+15"/>
        <location line="+72"/>
        <location line="+13"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+87"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+86"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+26"/>
        <location line="+59"/>
        <location line="+22"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+85"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+28"/>
        <location line="+57"/>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+85"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+84"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+84"/>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+82"/>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Every table has as many rows as in the backup.</source>
        <translation>Jede Tabelle hat so viele Zeilen wie in der Sicherung.</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Some tables differ from the backup.</source>
        <translation>Einige Tabellen weichen von der Sicherung ab.</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Match</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <source>Changes to the compose file</source>
        <translation>Änderungen an der Compose-Datei</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+81"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+80"/>
        <source>Upgrade log around the completion line</source>
        <translation>Upgrade-Protokoll um die Abschlusszeile</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>**NO**</source>
        <translation>**NEIN**</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the report to %1: %2. Nothing was left behind; free some space or choose another folder.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Es blieb nichts zurück; schaffen Sie Platz oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>edm::RestoreStream</name>
    <message>
        <location filename="../src/core/postgres/RestoreStream.cpp" line="+212"/>
        <source>the role %1 exists in the target already: not created again, its attributes and password are set by the next line</source>
        <translation>die Rolle %1 existiert im Ziel bereits: nicht erneut angelegt, ihre Attribute und ihr Passwort setzt die nächste Zeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LOCALE_PROVIDER dropped (Postgres %1 has only libc)</source>
        <translation>LOCALE_PROVIDER entfernt (Postgres %1 kennt nur libc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LOCALE written as LC_COLLATE and LC_CTYPE for Postgres %1</source>
        <translation>LOCALE als LC_COLLATE und LC_CTYPE für Postgres %1 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the empty database %1 the image created is replaced</source>
        <translation>die leere Datenbank %1, die das Image angelegt hat, wird ersetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CREATE DATABASE %1: %2</source>
        <translation>CREATE DATABASE %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>\restrict and \unrestrict lines made comments: the psql in the target predates them</source>
        <translation>\restrict- und \unrestrict-Zeilen zu Kommentaren gemacht: Das psql im Ziel ist älter als sie</translation>
    </message>
</context>
<context>
    <name>edm::Restorer</name>
    <message>
        <location filename="../src/core/postgres/Restorer.cpp" line="+86"/>
        <source>The dump %1 cannot be read: %2.</source>
        <translation>Der Dump %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the .sql file.</source>
        <translation>%1 ist komprimiert (gzip). Entpacken Sie es zuerst (gunzip -k %1) und stellen Sie dann die .sql-Datei wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a pg_dump archive in the custom format, which psql cannot read; restore it with pg_restore.</source>
        <translation>%1 ist ein pg_dump-Archiv im Custom-Format, das psql nicht lesen kann; stellen Sie es mit pg_restore wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No container to restore into: start the stack (docker compose up -d) first.</source>
        <translation>Kein Container für die Wiederherstellung: Starten Sie zuerst den Stack (docker compose up -d).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting a throwaway container %1 of %2</source>
        <translation>Ein Wegwerf-Container %1 von %2 wird gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+333"/>
        <source>The restore was cancelled before it started.</source>
        <translation>Die Wiederherstellung wurde abgebrochen, bevor sie begann.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>The throwaway container of %1 could not be started.</source>
        <translation>Der Wegwerf-Container von %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Restoring %1 into %2 (%3)</source>
        <translation>%1 wird in %2 wiederhergestellt (%3)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The restore stopped at line %1 of %2: %3: %4</source>
        <translation>Die Wiederherstellung hielt in Zeile %1 von %2 an: %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target already has a database %1 with data in it. Restore into an empty server (a new volume), or drop that database first if it holds nothing you need.</source>
        <translation>Das Ziel hat bereits eine Datenbank %1 mit Daten darin. Stellen Sie in einen leeren Server (ein neues Volume) wieder her, oder löschen Sie diese Datenbank zuerst, wenn sie nichts enthält, was Sie brauchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything before that line was restored; nothing after it.</source>
        <translation>Alles vor dieser Zeile wurde wiederhergestellt; nichts danach.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restore was cancelled at line %1 of %2; the target holds what came before.</source>
        <translation>Die Wiederherstellung wurde in Zeile %1 von %2 abgebrochen; das Ziel enthält, was davor kam.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The container %1 stopped during the restore, at line %2 of the dump.</source>
        <translation>Der Container %1 wurde während der Wiederherstellung beendet, bei Zeile %2 des Dumps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1 failed at byte %2: %3. The restore is incomplete.</source>
        <translation>Das Lesen von %1 schlug bei Byte %2 fehl: %3. Die Wiederherstellung ist unvollständig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 lines (%2) into %3</source>
        <translation>%1 Zeilen (%2) in %3 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>edm::ServerProbe</name>
    <message>
        <location filename="../src/core/postgres/ServerProbe.cpp" line="+403"/>
        <source>The server in %1 answered its version with something unexpected (&quot;%2&quot;).</source>
        <translation>Der Server in %1 hat auf die Versionsabfrage etwas Unerwartetes geantwortet („%2“).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Postgres %1 cannot list its pg_hba.conf rules (pg_hba_file_rules came with 10).</source>
        <translation>Postgres %1 kann seine pg_hba.conf-Regeln nicht auflisten (pg_hba_file_rules gibt es seit 10).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The data directory %1 in %2 holds no PG_VERSION file: it is empty or not a Postgres data directory (is PGDATA set to a sub-folder of the volume?).</source>
        <translation>Das Datenverzeichnis %1 in %2 enthält keine PG_VERSION-Datei: Es ist leer oder kein Postgres-Datenverzeichnis (ist PGDATA auf einen Unterordner des Volumes gesetzt?).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The roles could not be listed: %1</source>
        <translation>Die Rollen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pg_hba.conf rules could not be read: %1</source>
        <translation>Die pg_hba.conf-Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1 --version&quot; in %2 printed no version (&quot;%3&quot;).</source>
        <translation>„%1 --version“ in %2 gab keine Version aus („%3“).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 cannot log in over TCP: its password is stored as an md5 hash, but pg_hba.conf (line %2) requires scram-sha-256, which needs a SCRAM secret. Set the password again while password_encryption is scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), or change that line&apos;s method to md5.</source>
        <translation>%1 kann sich nicht über TCP anmelden: Das Passwort ist als md5-Hash gespeichert, aber pg_hba.conf (Zeile %2) verlangt scram-sha-256, das ein SCRAM-Geheimnis braucht. Setzen Sie das Passwort erneut, während password_encryption scram-sha-256 ist (ALTER ROLE %1 PASSWORD &apos;…&apos;), oder ändern Sie die Methode dieser Zeile auf md5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot log in over TCP: the password in the compose file is not the one stored for the role (checked with %2). Put the right password in the compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD &apos;…&apos;).</source>
        <translation>%1 kann sich nicht über TCP anmelden: Das Passwort in der Compose-Datei ist nicht das für die Rolle gespeicherte (geprüft mit %2). Tragen Sie das richtige Passwort in die Compose-Datei oder .env ein oder setzen Sie es in der Datenbank (ALTER ROLE %1 PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a password method</source>
        <translation>eine Passwortmethode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot log in over TCP: the server asks for a password (%2) and the compose file sets none (POSTGRES_PASSWORD).</source>
        <translation>%1 kann sich nicht über TCP anmelden: Der Server verlangt ein Passwort (%2), und die Compose-Datei setzt keines (POSTGRES_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot log in over TCP: no line of pg_hba.conf allows it. Add a host line for it (the official image adds &quot;host all all all scram-sha-256&quot;).</source>
        <translation>%1 kann sich nicht über TCP anmelden: Keine Zeile von pg_hba.conf erlaubt es. Fügen Sie eine host-Zeile dafür hinzu (das offizielle Image fügt „host all all all scram-sha-256“ hinzu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server in %1 does not listen on TCP (127.0.0.1), so museum cannot reach it either. Check listen_addresses in postgresql.conf (the official image sets &apos;*&apos;).</source>
        <translation>Der Server in %1 lauscht nicht auf TCP (127.0.0.1), also kann auch museum ihn nicht erreichen. Prüfen Sie listen_addresses in postgresql.conf (das offizielle Image setzt &apos;*&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pg_hba.conf rules could not be read, so it is unknown whether this login checked the password.</source>
        <translation>Die pg_hba.conf-Regeln konnten nicht gelesen werden, daher ist unbekannt, ob diese Anmeldung das Passwort geprüft hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No line of pg_hba.conf lets a client on another host (museum on the compose network) log in as %1.</source>
        <translation>Keine Zeile von pg_hba.conf lässt einen Client auf einem anderen Host (museum im Compose-Netz) als %1 herein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logs in over 127.0.0.1 (trusted), but museum will be refused: the password is stored as an md5 hash and pg_hba.conf (line %2) requires scram-sha-256 for other hosts. Set the password again while password_encryption is scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), or change that line to md5.</source>
        <translation>%1 meldet sich über 127.0.0.1 an (vertrauenswürdig), aber museum wird abgewiesen: Das Passwort ist als md5-Hash gespeichert, und pg_hba.conf (Zeile %2) verlangt für andere Hosts scram-sha-256. Setzen Sie das Passwort erneut, während password_encryption scram-sha-256 ist (ALTER ROLE %1 PASSWORD &apos;…&apos;), oder ändern Sie diese Zeile auf md5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be compared with the stored one: %1</source>
        <translation>Das Passwort konnte nicht mit dem gespeicherten verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logs in over 127.0.0.1 only because that address is trusted: the password in the compose file is not the one stored for the role (%2), so museum will be refused. Put the right password in the compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD &apos;…&apos;).</source>
        <translation>%1 meldet sich über 127.0.0.1 nur an, weil diese Adresse vertrauenswürdig ist: Das Passwort in der Compose-Datei ist nicht das für die Rolle gespeicherte (%2), daher wird museum abgewiesen. Tragen Sie das richtige Passwort in die Compose-Datei oder .env ein oder setzen Sie es in der Datenbank (ALTER ROLE %1 PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the server is starting and rejects connections</source>
        <translation>der Server startet und weist Verbindungen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no server answers on 127.0.0.1</source>
        <translation>auf 127.0.0.1 antwortet kein Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postgres in %1 did not accept connections in time (%2). Its log says why: docker logs %1</source>
        <translation>Postgres in %1 hat nicht rechtzeitig Verbindungen angenommen (%2). Sein Protokoll nennt den Grund: docker logs %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>newer</source>
        <translation>neuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older</source>
        <translation>älter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 inside the container %2 (version %3) is older than the server (%4) and refuses to dump it. A server&apos;s backup needs a %1 of its own major version or newer: the official postgres image of that version has one. Check the image of the service.</source>
        <translation>Das %1 im Container %2 (Version %3) ist älter als der Server (%4) und weigert sich, ihn zu sichern. Die Sicherung eines Servers braucht ein %1 seiner eigenen Hauptversion oder neuer: Das offizielle postgres-Image dieser Version hat eines. Prüfen Sie das Image des Dienstes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postgres in %1 is starting up or shutting down and does not accept connections yet. Wait until it is ready, then try again.</source>
        <translation>Postgres in %1 startet oder fährt herunter und nimmt noch keine Verbindungen an. Warten Sie, bis es bereit ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres in %1 refused the password from the compose file. Check POSTGRES_PASSWORD in the compose file or .env.</source>
        <translation>Postgres in %1 hat das Passwort aus der Compose-Datei abgelehnt. Prüfen Sie POSTGRES_PASSWORD in der Compose-Datei oder .env.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres in %1 asks for a password and the compose file sets none (POSTGRES_PASSWORD).</source>
        <translation>Postgres in %1 verlangt ein Passwort, und die Compose-Datei setzt keines (POSTGRES_PASSWORD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres in %1 does not let this user in (pg_hba.conf).</source>
        <translation>Postgres in %1 lässt diesen Benutzer nicht herein (pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres in %1 has no role &quot;%2&quot;. Is POSTGRES_USER in the compose file the user the data was created with?</source>
        <translation>Postgres in %1 hat keine Rolle „%2“. Ist POSTGRES_USER in der Compose-Datei der Benutzer, mit dem die Daten angelegt wurden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 has no database &quot;%2&quot;. Is POSTGRES_DB in the compose file right?</source>
        <translation>Postgres in %1 hat keine Datenbank „%2“. Ist POSTGRES_DB in der Compose-Datei richtig?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres in %1 does not accept connections: the container runs, but the server in it does not (yet). Its log says why: docker logs %1</source>
        <translation>Postgres in %1 nimmt keine Verbindungen an: Der Container läuft, aber der Server darin (noch) nicht. Sein Protokoll nennt den Grund: docker logs %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 reported an error: %2</source>
        <translation>Postgres in %1 meldete einen Fehler: %2</translation>
    </message>
</context>
<context>
    <name>edm::ServiceContainer</name>
    <message>
        <location filename="../src/core/docker/ServiceContainer.cpp" line="+36"/>
        <source>The search for the container was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The container %1 of the service %2 is not running (%3). Start it first: docker compose up -d %2</source>
        <translation type="unfinished">Der Container %1 des Dienstes %2 läuft nicht (%3). Starten Sie ihn zuerst: docker compose up -d %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service %1 of the project %2 has no container. Start it first: docker compose up -d %1</source>
        <translation type="unfinished">Der Dienst %1 des Projekts %2 hat keinen Container. Starten Sie ihn zuerst: docker compose up -d %1</translation>
    </message>
</context>
<context>
    <name>edm::TransferProgress</name>
    <message>
        <location filename="../src/core/postgres/TransferProgress.cpp" line="+23"/>
        <source>%1 of about %2 (%3 %)</source>
        <translation>%1 von etwa %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>edm::UpgradeLogWatcher</name>
    <message>
        <location filename="../src/core/docker/UpgradeLogWatcher.cpp" line="+727"/>
        <source>This pgautoupgrade image upgrades the data to PostgreSQL %1, but the target is %2. Do not stop it midway (that leaves the data half converted): let it finish, then either keep PostgreSQL %1 (postgres:%1 in the compose file from now on) or restore the backup and use pgautoupgrade&apos;s tag for %2.</source>
        <translation>Dieses pgautoupgrade-Image aktualisiert die Daten auf PostgreSQL %1, das Ziel ist aber %2. Halten Sie es nicht mittendrin an (das hinterlässt halb umgewandelte Daten): Lassen Sie es abschließen und behalten Sie dann entweder PostgreSQL %1 (ab jetzt postgres:%1 in der Compose-Datei) oder stellen Sie die Sicherung wieder her und verwenden Sie das pgautoupgrade-Tag für %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>pgautoupgrade found upgrade_in_progress.lock in the data folder: an earlier upgrade was interrupted (stopped, or failed before its completion line), so the data may be half converted, and it refuses to start. Restore the backup into a fresh volume (Rollback does this). Delete the lock file only if you know the earlier run converted the data completely (its log ended with “Upgrade to PostgreSQL … complete.”), then start the container again.</source>
        <translation>pgautoupgrade fand upgrade_in_progress.lock im Datenordner: Ein früheres Upgrade wurde unterbrochen (angehalten oder vor seiner Abschlusszeile gescheitert), die Daten können also halb umgewandelt sein, und es verweigert den Start. Stellen Sie die Sicherung in ein frisches Volume wieder her (das macht „Zurücksetzen“). Löschen Sie die Sperrdatei nur, wenn Sie wissen, dass der frühere Lauf die Daten vollständig umgewandelt hat (sein Protokoll endete mit „Upgrade to PostgreSQL … complete.“), und starten Sie dann den Container erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pgautoupgrade could not create its temporary folder %1 in the data volume and stopped; the data was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has free space, then start the container again.</source>
        <translation>pgautoupgrade konnte seinen temporären Ordner %1 im Datenvolume nicht anlegen und hat angehalten; die Daten blieben, wo sie waren. Stellen Sie sicher, dass das Volume für den Benutzer postgres (uid 999) beschreibbar ist und freien Platz hat, und starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data volume holds files of a PostgreSQL version this pgautoupgrade image cannot upgrade to %1 (already %1 or newer, or older than 9.5); nothing was converted. Check PG_VERSION in the volume and the image tag. Releases from October 2024 to August 2025 leave upgrade_in_progress.lock behind in this case: delete it before the next try.</source>
        <translation>Das Datenvolume enthält Dateien einer PostgreSQL-Version, die dieses pgautoupgrade-Image nicht auf %1 aktualisieren kann (bereits %1 oder neuer, oder älter als 9.5); nichts wurde umgewandelt. Prüfen Sie PG_VERSION im Volume und das Image-Tag. Versionen von Oktober 2024 bis August 2025 lassen in diesem Fall upgrade_in_progress.lock zurück: Löschen Sie sie vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder “%1” of an earlier, failed upgrade is still in the data volume, so pgautoupgrade stopped before changing anything. The earlier run may have moved your data into “old”: restore the backup into a fresh volume, or move the contents of “old” back and delete “old” and “new” by hand if you know they hold nothing else.</source>
        <translation>Der Ordner „%1“ eines früheren, gescheiterten Upgrades liegt noch im Datenvolume, daher hat pgautoupgrade angehalten, bevor es etwas änderte. Der frühere Lauf hat Ihre Daten womöglich nach „old“ verschoben: Stellen Sie die Sicherung in ein frisches Volume wieder her, oder verschieben Sie den Inhalt von „old“ zurück und löschen Sie „old“ und „new“ von Hand, wenn Sie wissen, dass sie nichts anderes enthalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pg_upgrade failed; its messages are in the lines above. The old data is now in the folder “old” of the volume, and the next start will fail too (on pgautoupgrade&apos;s lock file, on that folder, or with initdb refusing the folder). Restore the backup into a fresh volume, and fix what pg_upgrade did not accept before trying again.</source>
        <translation>pg_upgrade ist gescheitert; seine Meldungen stehen in den Zeilen oben. Die alten Daten liegen jetzt im Ordner „old“ des Volumes, und auch der nächste Start wird scheitern (an der Sperrdatei von pgautoupgrade, an diesem Ordner oder weil initdb den Ordner ablehnt). Stellen Sie die Sicherung in ein frisches Volume wieder her und beheben Sie, was pg_upgrade nicht akzeptiert hat, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data was converted, but updating the statistics and reindexing afterwards failed (%1). Fix the cause shown above (often a unique index that no longer holds after a collation change) and run REINDEX yourself before using the database, or restore the backup.</source>
        <translation>Die Daten wurden umgewandelt, aber das anschließende Aktualisieren der Statistiken und Neuindizieren schlug fehl (%1). Beheben Sie die oben gezeigte Ursache (oft ein eindeutiger Index, der nach einem Collation-Wechsel nicht mehr gilt) und führen Sie selbst REINDEX aus, bevor Sie die Datenbank verwenden, oder stellen Sie die Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The data folder has no PG_VERSION but holds other files, so the entrypoint tried to create a new cluster there and initdb refused. A failed pgautoupgrade run leaves this behind (the data moved into its folders “old” and “new”), or the volume is mounted at the wrong path. Restore the backup into a fresh volume; delete nothing in this volume before you have a verified backup.</source>
        <translation>Der Datenordner hat keine PG_VERSION, enthält aber andere Dateien, daher versuchte der Entrypoint, dort einen neuen Cluster anzulegen, und initdb lehnte ab. Ein gescheiterter pgautoupgrade-Lauf hinterlässt das (die Daten wurden in seine Ordner „old“ und „new“ verschoben), oder das Volume ist am falschen Pfad eingehängt. Stellen Sie die Sicherung in ein frisches Volume wieder her; löschen Sie nichts in diesem Volume, bevor Sie eine geprüfte Sicherung haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <source>The PostgreSQL server failed to start (%1). The lines above say why; fix the cause (permissions, configuration, disk space) and start the container again.</source>
        <translation>Der PostgreSQL-Server konnte nicht starten (%1). Die Zeilen oben nennen den Grund; beheben Sie ihn (Rechte, Konfiguration, Speicherplatz) und starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>PostgreSQL stopped with a PANIC before the upgrade was done (%1). Do not use this data: restore the backup into a fresh volume.</source>
        <translation>PostgreSQL hielt mit einer PANIC an, bevor das Upgrade fertig war (%1). Verwenden Sie diese Daten nicht: Stellen Sie die Sicherung in ein frisches Volume wieder her.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PostgreSQL %1 started, but the target is %2: the container does not run the image the migration needs (the compose file may still name the old image, or a re-downloaded one changed it). Stop it and check the image of the Postgres service.</source>
        <translation>PostgreSQL %1 ist gestartet, aber das Ziel ist %2: Der Container verwendet nicht das Image, das die Migration braucht (die Compose-Datei nennt womöglich noch das alte Image, oder eine neu heruntergeladene hat es geändert). Halten Sie ihn an und prüfen Sie das Image des Postgres-Dienstes.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The data is from PostgreSQL %1, but the container runs PostgreSQL %2, which cannot read newer data (“database files are incompatible with server”). The compose image must stay on the data&apos;s major version: set it back to postgres:%1 (a re-downloaded compose file, such as Ente&apos;s, may have put back an older one) and start again. Nothing was changed.</source>
        <translation>Die Daten stammen von PostgreSQL %1, aber der Container verwendet PostgreSQL %2, das neuere Daten nicht lesen kann („database files are incompatible with server“). Das Compose-Image muss auf der Hauptversion der Daten bleiben: Setzen Sie es zurück auf postgres:%1 (eine neu heruntergeladene Compose-Datei, etwa die von Ente, hat womöglich ein älteres zurückgebracht) und starten Sie erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data is still from PostgreSQL %1, but the container runs PostgreSQL %2 (“database files are incompatible with server”). The data must be upgraded first: run the pgautoupgrade image on it, or set the image back to postgres:%1. Nothing was changed.</source>
        <translation>Die Daten stammen noch von PostgreSQL %1, aber der Container verwendet PostgreSQL %2 („database files are incompatible with server“). Die Daten müssen zuerst aktualisiert werden: Führen Sie das pgautoupgrade-Image darauf aus oder setzen Sie das Image zurück auf postgres:%1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refuses the data: “database files are incompatible with server”. The compose image must stay on the major version the data was written with (see PG_VERSION in the volume); set it back and start again. Nothing was changed.</source>
        <translation>Der Server lehnt die Daten ab: „database files are incompatible with server“. Das Compose-Image muss auf der Hauptversion bleiben, mit der die Daten geschrieben wurden (siehe PG_VERSION im Volume); setzen Sie es zurück und starten Sie erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pgautoupgrade could not create its temporary folder %1 in the data volume (exit code %2) and stopped; the data was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has free space, then start the container again.</source>
        <translation>pgautoupgrade konnte seinen temporären Ordner %1 im Datenvolume nicht anlegen (Exit-Code %2) und hat angehalten; die Daten blieben, wo sie waren. Stellen Sie sicher, dass das Volume für den Benutzer postgres (uid 999) beschreibbar ist und freien Platz hat, und starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pgautoupgrade does not recognise the version of the data files (exit code 9); nothing was converted. Check PG_VERSION in the volume and the image tag.</source>
        <translation>pgautoupgrade erkennt die Version der Datendateien nicht (Exit-Code 9); nichts wurde umgewandelt. Prüfen Sie PG_VERSION im Volume und das Image-Tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A folder “%1” of an earlier, failed upgrade is still in the data volume (exit code %2). Restore the backup into a fresh volume, or clean the folders up by hand if you know what they hold.</source>
        <translation>Ein Ordner „%1“ eines früheren, gescheiterten Upgrades liegt noch im Datenvolume (Exit-Code %2). Stellen Sie die Sicherung in ein frisches Volume wieder her oder räumen Sie die Ordner von Hand auf, wenn Sie wissen, was sie enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The container exited with code %1 before the upgrade was done.</source>
        <translation>Der Container wurde mit Code %1 beendet, bevor das Upgrade fertig war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was killed (exit code 137) before the upgrade was done.</source>
        <translation>Der Container wurde getötet (Exit-Code 137), bevor das Upgrade fertig war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was stopped (exit code 143) before the upgrade was done.</source>
        <translation>Der Container wurde angehalten (Exit-Code 143), bevor das Upgrade fertig war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data itself is converted; the server did not come up. The lines above say why; start the container again.</source>
        <translation>Die Daten selbst sind umgewandelt; der Server kam nicht hoch. Die Zeilen oben nennen den Grund; starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A server had started after the data was converted, but pgautoupgrade never printed that the upgrade was complete, so it cannot be called done. Look at the lines above; restore the backup if in doubt.</source>
        <translation>Nach dem Umwandeln der Daten war ein Server gestartet, aber pgautoupgrade hat nie gemeldet, dass das Upgrade abgeschlossen ist, daher gilt es nicht als fertig. Sehen Sie sich die Zeilen oben an; stellen Sie im Zweifel die Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It stopped after the data was converted, while statistics and indexes were being rebuilt. pgautoupgrade releases since February 2026 then leave upgrade_in_progress.lock behind and refuse the next start; earlier ones start normally without finishing, and indexes may be left invalid. Restore the backup, or remove the lock file, start the pgautoupgrade image again and let it finish (then run REINDEX if the release did not).</source>
        <translation>Es hielt nach dem Umwandeln der Daten an, während Statistiken und Indizes neu aufgebaut wurden. pgautoupgrade-Versionen seit Februar 2026 lassen dann upgrade_in_progress.lock zurück und verweigern den nächsten Start; frühere starten normal, ohne abzuschließen, und Indizes können ungültig bleiben. Stellen Sie die Sicherung wieder her, oder entfernen Sie die Sperrdatei, starten Sie das pgautoupgrade-Image erneut und lassen Sie es abschließen (führen Sie dann REINDEX aus, falls die Version es nicht tat).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stopped while the data was being converted: the volume is half converted and the next start will fail (on pgautoupgrade&apos;s lock file, a left-over folder, or initdb refusing the folder). Restore the backup into a fresh volume.</source>
        <translation>Es hielt an, während die Daten umgewandelt wurden: Das Volume ist halb umgewandelt, und der nächste Start wird scheitern (an der Sperrdatei von pgautoupgrade, einem übrig gebliebenen Ordner oder weil initdb den Ordner ablehnt). Stellen Sie die Sicherung in ein frisches Volume wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upgrade had not begun; the lines above say why. Fix the cause and start the container again.</source>
        <translation>Das Upgrade hatte nicht begonnen; die Zeilen oben nennen den Grund. Beheben Sie ihn und starten Sie den Container erneut.</translation>
    </message>
</context>
<context>
    <name>edm::cli::BackupCommand</name>
    <message>
        <location filename="../src/cli/BackupCommand.cpp" line="+26"/>
        <source>Backs up the Postgres service of a compose project with pg_dumpall (run in its container), into a file that gets its name only once the dump is complete and verified, with a SHA-256 and a .json description beside it. Default file: pg&lt;major&gt;.backup.sql in the project folder.</source>
        <translation>Sichert den Postgres-Dienst eines Compose-Projekts mit pg_dumpall (in seinem Container ausgeführt) in eine Datei, die ihren Namen erst erhält, wenn der Dump vollständig und geprüft ist, mit einem SHA-256 und einer .json-Beschreibung daneben. Standarddatei: pg&lt;major&gt;.backup.sql im Projektordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Der Postgres-Dienst, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to show progress: bar (on a terminal), json (one object per line on standard output), none; default: a bar when standard error is a terminal.</source>
        <translation>Wie der Fortschritt gezeigt wird: bar (in einem Terminal), json (ein Objekt pro Zeile auf der Standardausgabe), none; Standard: ein Balken, wenn die Standardfehlerausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The docker program to use.</source>
        <translation>Das zu verwendende docker-Programm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exit codes: 0 the backup is complete and verified, 1 it failed (nothing is left under the file&apos;s name), 2 bad arguments or an unusable project.</source>
        <translation>Exit-Codes: 0 die Sicherung ist vollständig und geprüft, 1 sie ist gescheitert (unter dem Dateinamen bleibt nichts), 2 falsche Argumente oder ein unbrauchbares Projekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress muss bar, json oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected one PATH, got %1.</source>
        <translation>ein PFAD erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Backing up %1 (container %2, PostgreSQL %3, about %4) to %5</source>
        <translation>Sichere %1 (Container %2, PostgreSQL %3, etwa %4) nach %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup complete and verified.</source>
        <translation>Sicherung vollständig und geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidecar:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n table(s), %2 rows</source>
        <translation>
            <numerusform>%1: %n Tabelle, %2 Zeilen</numerusform>
            <numerusform>%1: %n Tabellen, %2 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(A previous backup of that name was replaced.)</source>
        <translation>(Eine frühere Sicherung dieses Namens wurde ersetzt.)</translation>
    </message>
</context>
<context>
    <name>edm::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+49"/>
        <source>Show what the migration would change in a compose project</source>
        <translation>Zeigen, was die Migration in einem Compose-Projekt ändern würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the migration: preflight, backup, upgrade, verify</source>
        <translation>Die Migration ausführen: Vorabprüfung, Sicherung, Upgrade, Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where a project&apos;s migration stands</source>
        <translation>Zeigen, wo die Migration eines Projekts steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a migration that stopped</source>
        <translation>Eine angehaltene Migration fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a migration: original compose file and data back</source>
        <translation>Eine Migration rückgängig machen: ursprüngliche Compose-Datei und Daten zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a migration&apos;s report (HTML, Markdown, JSON, PDF)</source>
        <translation>Den Bericht einer Migration schreiben (HTML, Markdown, JSON, PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what a pg_dumpall or pg_dump backup holds and whether it is complete</source>
        <translation>Sagen, was eine pg_dumpall- oder pg_dump-Sicherung enthält und ob sie vollständig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up a compose project&apos;s Postgres with pg_dumpall into a verified file (with SHA-256)</source>
        <translation>Das Postgres eines Compose-Projekts mit pg_dumpall in eine geprüfte Datei sichern (mit SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a pg_dumpall file into the project&apos;s Postgres, or into a throwaway container</source>
        <translation>Eine pg_dumpall-Datei in das Postgres des Projekts oder in einen Wegwerf-Container wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow a pgautoupgrade or Postgres container log and say when the upgrade is done</source>
        <translation>Einem pgautoupgrade- oder Postgres-Containerprotokoll folgen und sagen, wann das Upgrade fertig ist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: %1 [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves a self-hosted Ente (or any docker compose) Postgres from one major version to the next, with a verified backup, the compose diff shown first, and proof that every row arrived.</source>
        <translation>Bringt das Postgres eines selbst gehosteten Ente (oder jedes docker-compose-Projekts) von einer Hauptversion zur nächsten, mit geprüfter Sicherung, dem Compose-Diff vorab und dem Nachweis, dass jede Zeile angekommen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a command, the wizard opens. With a backup file (.sql), the backup browser opens.</source>
        <translation>Ohne Befehl öffnet sich der Assistent. Mit einer Sicherungsdatei (.sql) öffnet sich der Sicherungs-Browser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Diese Hilfe zeigen; BEFEHL --help zeigt die Optionen eines Befehls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version</source>
        <translation>Die Version zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operation ran and failed</source>
        <translation>der Vorgang lief und ist gescheitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad arguments, or the project or file cannot be used</source>
        <translation>falsche Argumente, oder das Projekt oder die Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>readable but incomplete or suspect (inspect)</source>
        <translation>lesbar, aber unvollständig oder verdächtig (inspect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log ended or timed out before the upgrade completed (watch-log)</source>
        <translation>das Protokoll endete oder die Zeit lief ab, bevor das Upgrade fertig war (watch-log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by you, or nothing to do (migrate, resume, rollback)</source>
        <translation>von Ihnen angehalten oder nichts zu tun (migrate, resume, rollback)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>unbekannter Befehl „%1“. Führen Sie „%2 --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>edm::cli::EngineDriver</name>
    <message>
        <location filename="../src/cli/EngineDriver.cpp" line="+34"/>
        <source>   done: %1</source>
        <translation>   fertig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>   FAILED: %1</source>
        <translation>   FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>standard input is not a terminal, so nothing is changed without --yes. Run again with --yes to agree to every step shown.</source>
        <translation>die Standardeingabe ist kein Terminal, daher wird ohne --yes nichts geändert. Führen Sie den Befehl erneut mit --yes aus, um jedem gezeigten Schritt zuzustimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   Go ahead? [y/N] </source>
        <translation>   Fortfahren? [j/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rolled back.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The migration is complete.</source>
        <translation>Die Migration ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>edm::cli::InspectCommand</name>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="+44"/>
        <location line="+8"/>
        <source>Cannot read standard input: %1.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md5 password</source>
        <translation>md5-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCRAM-SHA-256 password</source>
        <translation>SCRAM-SHA-256-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear-text password</source>
        <translation>Klartext-Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, gzip; %2 of SQL</source>
        <translation>%1, gzip; %2 SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete:</source>
        <translation>Vollständig:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumped by:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pg_dump %1</source>
        <translation>pg_dump %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases:</source>
        <translation>Datenbanken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the dumped database)</source>
        <translation>(die gesicherte Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; tables: %2; rows: %3</source>
        <translation>%1; Tabellen: %2; Zeilen: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(cut off)</source>
        <translation>(abgeschnitten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump is complete.</source>
        <translation>Der Dump ist vollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dump is complete but suspect: see the problems above.</source>
        <translation>Der Dump ist vollständig, aber verdächtig: siehe die Probleme oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dump is INCOMPLETE: see the problems above.</source>
        <translation>Der Dump ist UNVOLLSTÄNDIG: siehe die Probleme oben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be read as a plain SQL dump.</source>
        <translation>Diese Datei kann nicht als SQL-Dump im Klartext gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reads a backup made by pg_dumpall or pg_dump (plain SQL, or .sql.gz) and says what is in it: server version, roles, databases, tables with their row counts, and whether it is complete. Exit codes: 0 complete, 3 readable but incomplete or suspect, 2 cannot be read.</source>
        <translation>Liest eine mit pg_dumpall oder pg_dump erstellte Sicherung (SQL im Klartext oder .sql.gz) und sagt, was sie enthält: Serverversion, Rollen, Datenbanken, Tabellen mit ihren Zeilenzahlen und ob sie vollständig ist. Exit-Codes: 0 vollständig, 3 lesbar, aber unvollständig oder verdächtig, 2 nicht lesbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dump file (.sql or .sql.gz), or - for standard input.</source>
        <translation>Die Dump-Datei (.sql oder .sql.gz), oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary (or the error) as JSON.</source>
        <translation>Die Zusammenfassung (oder den Fehler) als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect needs the dump FILE to read.</source>
        <translation>inspect braucht die zu lesende Dump-DATEI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspect takes one FILE, got %1.</source>
        <translation>inspect nimmt eine DATEI, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a dump.</source>
        <translation>%1 ist kein Dump.</translation>
    </message>
</context>
<context>
    <name>edm::cli::MigrateCommand</name>
    <message>
        <location filename="../src/cli/MigrateCommand.cpp" line="+25"/>
        <source>Migrates the Postgres service of a compose project to a newer major version: preflight checks, a verified backup, stop, upgrade, switch to the new image, verify. Asks before each change unless --yes.</source>
        <translation>Migriert den Postgres-Dienst eines Compose-Projekts auf eine neuere Hauptversion: Vorabprüfungen, eine geprüfte Sicherung, Anhalten, Upgrade, Wechsel auf das neue Image, Prüfung. Fragt vor jeder Änderung, außer mit --yes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continues a migration that stopped (closed, crashed or failed) from its journal.</source>
        <translation>Setzt eine angehaltene Migration (geschlossen, abgestürzt oder gescheitert) anhand ihres Journals fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undoes a migration: the original compose file comes back byte for byte and, when the data was already converted, the backup is restored into the volume for the original Postgres version.</source>
        <translation>Macht eine Migration rückgängig: Die ursprüngliche Compose-Datei kommt Byte für Byte zurück und, wenn die Daten bereits umgewandelt waren, wird die Sicherung in das Volume für die ursprüngliche Postgres-Version wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree to every change without asking.</source>
        <translation>Jeder Änderung zustimmen, ohne zu fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every event as one JSON object per line.</source>
        <translation>Jedes Ereignis als ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every log line.</source>
        <translation>Jede Protokollzeile ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker program to use.</source>
        <translation>Das zu verwendende docker-Programm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Der Postgres-Dienst, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres major version to move to (default 16).</source>
        <translation>Die Postgres-Hauptversion, auf die gewechselt wird (Standard 16).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the backup into a throwaway container of the target version and verify it there before touching the real data.</source>
        <translation>Die Sicherung in einen Wegwerf-Container der Zielversion wiederherstellen und dort prüfen, bevor die echten Daten angerührt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the backup is written (default: the project folder).</source>
        <translation>Wohin die Sicherung geschrieben wird (Standard: der Projektordner).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes to wait for the upgrade to complete (default 60).</source>
        <translation>Minuten, die auf den Abschluss des Upgrades gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exit codes: 0 done, 1 a step failed (see the message; resume or roll back), 2 bad arguments or an unusable project, 5 stopped by you or nothing to do.</source>
        <translation>Exit-Codes: 0 fertig, 1 ein Schritt ist gescheitert (siehe Meldung; fortsetzen oder zurücksetzen), 2 falsche Argumente oder ein unbrauchbares Projekt, 5 von Ihnen angehalten oder nichts zu tun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one PATH, got %1.</source>
        <translation>ein PFAD erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--target must be a Postgres major version such as 16.</source>
        <translation>--target muss eine Postgres-Hauptversion wie 16 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout must be a number of minutes.</source>
        <translation>--timeout muss eine Anzahl Minuten sein.</translation>
    </message>
</context>
<context>
    <name>edm::cli::PlanCommand</name>
    <message>
        <location filename="../src/cli/PlanCommand.cpp" line="+22"/>
        <source>Shows what migrating the Postgres service of a compose project would change: the detected service and the diff of each image change. Changes nothing.</source>
        <translation>Zeigt, was die Migration des Postgres-Dienstes eines Compose-Projekts ändern würde: den erkannten Dienst und den Diff jeder Image-Änderung. Ändert nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Der Postgres-Dienst, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres major version to move to: 15, 16 (default) or 17.</source>
        <translation>Die Postgres-Hauptversion, auf die gewechselt wird: 15, 16 (Standard) oder 17.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the plan (or the error) as JSON.</source>
        <translation>Den Plan (oder den Fehler) als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>plan takes one PATH, got %1.</source>
        <translation>plan nimmt einen PFAD, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--target must be a Postgres major version such as 16, not &quot;%1&quot;.</source>
        <translation>--target muss eine Postgres-Hauptversion wie 16 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres:</source>
        <translation>Postgres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (the running server decides)</source>
        <translation>unbekannt (der laufende Server entscheidet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, database %2, password %3</source>
        <translation>%1, Datenbank %2, Passwort %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (hidden)</source>
        <translation>gesetzt (verborgen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>needs migration to Postgres %1</source>
        <translation>Migration auf Postgres %1 nötig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade in progress (pgautoupgrade); one step left</source>
        <translation>Upgrade läuft (pgautoupgrade); ein Schritt fehlt noch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already on Postgres %1; nothing to do</source>
        <translation>bereits auf Postgres %1; nichts zu tun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: image → %2 (%3)</source>
        <translation>Schritt %1: Image → %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>edm::cli::ReportCommand</name>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="+21"/>
        <source>Writes the report of a project&apos;s migration: steps, diffs, backup, checks, row counts, warnings.</source>
        <translation>Schreibt den Bericht der Migration eines Projekts: Schritte, Diffs, Sicherung, Prüfungen, Zeilenzahlen, Warnungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>html, md, json or pdf.</source>
        <translation>html, md, json oder pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write (default: ente-db-migration-YYYYMMDD-HHMM.&lt;format&gt; here).</source>
        <translation>Die zu schreibende Datei (Standard: ente-db-migration-JJJJMMTT-HHMM.&lt;Format&gt; hier).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give --format html, md, json or pdf (or an -o FILE with one of those extensions).</source>
        <translation>geben Sie --format html, md, json oder pdf an (oder -o DATEI mit einer dieser Endungen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no migration of %1 has been recorded yet, so there is nothing to report.</source>
        <translation>für %1 wurde noch keine Migration aufgezeichnet, daher gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>edm::cli::RestoreCommand</name>
    <message>
        <location filename="../src/cli/RestoreCommand.cpp" line="+34"/>
        <source>[y/N] </source>
        <translation>[j/N] </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database %1 is missing</source>
        <translation>Datenbank %1 fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: table %2 is missing</source>
        <translation>%1: Tabelle %2 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: table %2 has %3 rows, the dump %4</source>
        <translation>%1: Tabelle %2 hat %3 Zeilen, der Dump %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restores a pg_dumpall file into the Postgres service of a compose project (psql with ON_ERROR_STOP: it stops at the first error and says on which line of the file), or with --image into a throwaway container of that image, whose row counts are then compared with the dump&apos;s.</source>
        <translation>Stellt eine pg_dumpall-Datei im Postgres-Dienst eines Compose-Projekts wieder her (psql mit ON_ERROR_STOP: Es hält beim ersten Fehler an und nennt die Zeile der Datei) oder mit --image in einem Wegwerf-Container dieses Images, dessen Zeilenzahlen dann mit denen des Dumps verglichen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dump to restore (.sql).</source>
        <translation>Der wiederherzustellende Dump (.sql).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Der Postgres-Dienst, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into the service without asking.</source>
        <translation>In den Dienst wiederherstellen, ohne zu fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new throwaway container of IMAGE (e.g. postgres:16) instead of the service, compare its row counts with the dump&apos;s, then remove it.</source>
        <translation>In einen neuen Wegwerf-Container von IMAGE (z. B. postgres:16) statt in den Dienst wiederherstellen, seine Zeilenzahlen mit denen des Dumps vergleichen und ihn dann entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --image: leave the container running.</source>
        <translation>Mit --image: den Container laufen lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to show progress: bar, json or none; default: a bar when standard error is a terminal.</source>
        <translation>Wie der Fortschritt gezeigt wird: bar, json oder none; Standard: ein Balken, wenn die Standardfehlerausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The docker program to use.</source>
        <translation>Das zu verwendende docker-Programm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exit codes: 0 restored (and, with --image, every row counted), 1 the restore failed or the counts differ, 2 bad arguments, an unusable project or file, or no --yes where it is needed.</source>
        <translation>Exit-Codes: 0 wiederhergestellt (und mit --image jede Zeile gezählt), 1 die Wiederherstellung ist gescheitert oder die Zahlen weichen ab, 2 falsche Argumente, ein unbrauchbares Projekt oder eine unbrauchbare Datei, oder kein --yes, wo es nötig ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress muss bar, json oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected FILE [PATH].</source>
        <translation>DATEI [PFAD] erwartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore %1 into the service %2 (container %3)? Its roles and databases are added to the running server.</source>
        <translation>%1 in den Dienst %2 (Container %3) wiederherstellen? Seine Rollen und Datenbanken werden dem laufenden Server hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add --yes to restore without a question on a terminal.</source>
        <translation>Fügen Sie --yes hinzu, um in einem Terminal ohne Rückfrage wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored.</source>
        <translation>Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting a throwaway container of %1…</source>
        <translation>Ein Wegwerf-Container von %1 wird gestartet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1 into %2 (PostgreSQL %3)</source>
        <translation>%1 wird in %2 wiederhergestellt (PostgreSQL %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored %1 lines (%2) into %3.</source>
        <translation>%1 Zeilen (%2) in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Every row arrived: %1 rows, as in the dump.</source>
        <translation>Jede Zeile ist angekommen: %1 Zeilen, wie im Dump.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restored data differs from the dump:</source>
        <translation>Die wiederhergestellten Daten weichen vom Dump ab:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 keeps running; remove it with: docker rm -f -v %1</source>
        <translation>Der Container %1 läuft weiter; entfernen Sie ihn mit: docker rm -f -v %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::ServiceContainer</name>
    <message>
        <source>The container %1 of the service %2 is not running (%3). Start it first: docker compose up -d %2</source>
        <translation type="vanished">Der Container %1 des Dienstes %2 läuft nicht (%3). Starten Sie ihn zuerst: docker compose up -d %2</translation>
    </message>
    <message>
        <source>The service %1 of the project %2 has no container. Start it first: docker compose up -d %1</source>
        <translation type="vanished">Der Dienst %1 des Projekts %2 hat keinen Container. Starten Sie ihn zuerst: docker compose up -d %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::StatusCommand</name>
    <message>
        <location filename="../src/cli/StatusCommand.cpp" line="+22"/>
        <source>Shows where the migration of a compose project stands.</source>
        <translation>Zeigt, wo die Migration eines Compose-Projekts steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No migration has been started in %1.</source>
        <translation>In %1 wurde keine Migration begonnen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Migration of &quot;%1&quot; to Postgres %2 (%3)</source>
        <translation>Migration von „%1“ auf Postgres %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished: run &quot;ente-db-migrate resume&quot; to continue or &quot;ente-db-migrate rollback&quot; to undo it.</source>
        <translation>Nicht abgeschlossen: Führen Sie „ente-db-migrate resume“ aus, um fortzusetzen, oder „ente-db-migrate rollback“, um sie rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>edm::cli::TransferConsole</name>
    <message>
        <location filename="../src/cli/TransferConsole.cpp" line="+73"/>
        <source>Interrupted: stopping…</source>
        <translation>Unterbrochen: wird angehalten…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>of ~%1</source>
        <translation>von ~%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::WatchLogCommand</name>
    <message>
        <location filename="../src/cli/WatchLogCommand.cpp" line="+46"/>
        <source>waiting for pgautoupgrade or the server</source>
        <translation>warte auf pgautoupgrade oder den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converting the data</source>
        <translation>Daten werden umgewandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updating statistics and reindexing</source>
        <translation>Statistiken und Neuindizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting the final server</source>
        <translation>der endgültige Server startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>upgrade started: PostgreSQL %1 → %2</source>
        <translation>Upgrade begonnen: PostgreSQL %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upgrade finished: PostgreSQL %1</source>
        <translation>Upgrade abgeschlossen: PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>upgrade failed (%1)</source>
        <translation>Upgrade fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no upgrade needed: the data is already on the target version</source>
        <translation>kein Upgrade nötig: Die Daten sind bereits auf der Zielversion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server starting: PostgreSQL %1</source>
        <translation>Server startet: PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready for connections</source>
        <translation>bereit für Verbindungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fatal: %1</source>
        <translation>fatal: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: line %1: the data volume was empty and a new, empty database was created; the volume is probably not the one that holds your data.</source>
        <translation>Warnung: Zeile %1: Das Datenvolume war leer, und eine neue, leere Datenbank wurde angelegt; das Volume ist wahrscheinlich nicht das mit Ihren Daten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last lines of the log:</source>
        <translation>Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Follows the log of a pgautoupgrade (or Postgres) container, from a file or standard input, and prints one line per recognised event: upgrade started, finished or failed, no upgrade needed, server starting, ready for connections, FATAL lines. Exits 0 once the upgrade is complete and the final server of the target version accepts connections, 1 when it failed, 4 when the log ended or the time ran out first. For example: docker compose logs -f postgres | %1 watch-log</source>
        <translation>Folgt dem Protokoll eines pgautoupgrade- (oder Postgres-)Containers aus einer Datei oder der Standardeingabe und gibt eine Zeile pro erkanntem Ereignis aus: Upgrade begonnen, abgeschlossen oder gescheitert, kein Upgrade nötig, Server startet, bereit für Verbindungen, FATAL-Zeilen. Endet mit 0, sobald das Upgrade abgeschlossen ist und der endgültige Server der Zielversion Verbindungen annimmt, mit 1, wenn es scheiterte, mit 4, wenn das Protokoll endete oder die Zeit zuerst ablief. Zum Beispiel: docker compose logs -f postgres | %1 watch-log</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The log to read; - or nothing reads standard input.</source>
        <translation>Das zu lesende Protokoll; - oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per line: event, line, and the event&apos;s details.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben: Ereignis, Zeile und die Details des Ereignisses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up (exit code 4) when the upgrade is not done after SECONDS (0: wait forever).</source>
        <translation>Aufgeben (Exit-Code 4), wenn das Upgrade nach SEKUNDEN nicht fertig ist (0: ewig warten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Postgres major version the upgrade must reach: 15, 16 (default) or 17.</source>
        <translation>Die Postgres-Hauptversion, die das Upgrade erreichen muss: 15, 16 (Standard) oder 17.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow only this compose service when the log interleaves several (docker compose up).</source>
        <translation>Nur diesem Compose-Dienst folgen, wenn das Protokoll mehrere verschränkt (docker compose up).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>watch-log takes one FILE, got %1.</source>
        <translation>watch-log nimmt eine DATEI, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--target must be a Postgres major version such as 16, not &quot;%1&quot;.</source>
        <translation>--target muss eine Postgres-Hauptversion wie 16 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The upgrade is done: PostgreSQL %1 accepts connections.</source>
        <translation>Das Upgrade ist fertig: PostgreSQL %1 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upgrade is done; pgautoupgrade exited without starting the server, as its one-shot mode asks.</source>
        <translation>Das Upgrade ist fertig; pgautoupgrade wurde beendet, ohne den Server zu starten, wie es sein One-Shot-Modus verlangt.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the upgrade was not done after %n second(s) (%1).</source>
        <translation>
            <numerusform>das Upgrade war nach %n Sekunde nicht fertig (%1).</numerusform>
            <numerusform>das Upgrade war nach %n Sekunden nicht fertig (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the log failed: %1 (%2).</source>
        <translation>das Lesen des Protokolls schlug fehl: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the log ended before the upgrade was done (%1).</source>
        <translation>das Protokoll endete, bevor das Upgrade fertig war (%1).</translation>
    </message>
</context>
<context>
    <name>edm::gui::LogView</name>
    <message>
        <location filename="../src/gui/LogView.cpp" line="+131"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: next match; Shift+Enter: previous match; Escape: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text in the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edm::gui::MigrationWizard</name>
    <message>
        <location filename="../src/gui/MigrationWizard.cpp" line="+13"/>
        <source>Ente DB Migration</source>
        <translation>Ente DB Migration</translation>
    </message>
</context>
<context>
    <name>edm::gui::ProjectPage</name>
    <message>
        <location filename="../src/gui/ProjectPage.cpp" line="+33"/>
        <source>Choose the compose project</source>
        <translation>Compose-Projekt wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of your Ente server&apos;s compose.yaml. The app reads it and shows what it will change; nothing is changed on this page.</source>
        <translation>Der Ordner der compose.yaml Ihres Ente-Servers. Die App liest sie und zeigt, was sie ändern wird; auf dieser Seite wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postgres 16 (recommended)</source>
        <translation>Postgres 16 (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres 15</source>
        <translation>Postgres 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres 17</source>
        <translation>Postgres 17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Postgres version</source>
        <translation>Ziel-Postgres-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose project folder</source>
        <translation>Ordner des Compose-Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres service</source>
        <translation>Postgres-Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file</source>
        <translation>Änderung an der Compose-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>Die Änderung an der Compose-Datei erscheint hier.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose the compose project folder</source>
        <translation>Ordner des Compose-Projekts wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What Ente&apos;s current compose files run (postgres:15).</source>
        <translation>Was Entes aktuelle Compose-Dateien verwenden (postgres:15).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer than Ente&apos;s files: keep postgres:17 in your compose file from now on.</source>
        <translation>Neuer als Entes Dateien: Behalten Sie ab jetzt postgres:17 in Ihrer Compose-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Ente&apos;s migration guide describes; keep postgres:16 in your compose file afterwards.</source>
        <translation>Wie Entes Migrationsanleitung es beschreibt; behalten Sie danach postgres:16 in Ihrer Compose-Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder of your compose project.</source>
        <translation>Wählen Sie den Ordner Ihres Compose-Projekts.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the service</source>
        <translation>Dienst wählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown from the tag → %1 (the running server decides)</source>
        <translation>aus dem Tag unbekannt → %1 (der laufende Server entscheidet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade to %1 in progress (pgautoupgrade)</source>
        <translation>Upgrade auf %1 läuft (pgautoupgrade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already the target, nothing to do</source>
        <translation>%1: bereits das Ziel, nichts zu tun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (named volume) on %2</source>
        <translation>%1 (benanntes Volume) auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (folder) on %2</source>
        <translation>%1 (Ordner) auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous volume on %1</source>
        <translation>anonymes Volume auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none: the data is inside the container</source>
        <translation>keines: Die Daten liegen im Container</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, database %2, password %3</source>
        <translation>%1, Datenbank %2, Passwort %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service already runs Postgres %1. There is nothing to migrate.</source>
        <translation>Der Dienst läuft bereits mit Postgres %1. Es gibt nichts zu migrieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1 of %2, made only after the backup: the image becomes %3 in %4.</source>
        <translation>Änderung %1 von %2, erst nach der Sicherung vorgenommen: Das Image wird %3 in %4.</translation>
    </message>
</context>
</TS>
