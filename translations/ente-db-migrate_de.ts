<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/AboutDialog.ui" line="+8"/>
        <source>About Ente DB Migration</source>
        <translation>Über Ente DB Migration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application name and version</source>
        <translation>Name und Version der Anwendung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moves a self-hosted Ente (or any docker compose) Postgres to a new major version, with a verified backup, the compose change shown first, and proof that every row arrived.</source>
        <translation>Bringt das Postgres eines selbst gehosteten Ente (oder jedes docker-compose-Projekts) auf eine neue Hauptversion, mit geprüfter Sicherung, der Compose-Änderung vorab und dem Nachweis, dass jede Zeile angekommen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yaml-cpp:</source>
        <translation>yaml-cpp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yaml-cpp version</source>
        <translation>yaml-cpp-Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not made by Ente: an independent tool for people who run Ente themselves.</source>
        <translation>Nicht von Ente: ein unabhängiges Werkzeug für Menschen, die Ente selbst betreiben.</translation>
    </message>
</context>
<context>
    <name>BackupBrowser</name>
    <message>
        <location filename="../forms/BackupBrowser.ui" line="+8"/>
        <source>Backup Browser</source>
        <translation>Sicherungs-Browser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dump being shown</source>
        <translation>Der angezeigte Dump</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup (.sql, .sql.gz)</source>
        <translation>Eine andere Sicherung öffnen (.sql, .sql.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup</source>
        <translation>Eine andere Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the backup</source>
        <translation>Die Sicherung wird gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the file has been read</source>
        <translation>Wie viel der Datei gelesen wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the file</source>
        <translation>Das Lesen der Datei anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped from:</source>
        <translation>Gesichert von:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source server version</source>
        <translation>Version des Quellservers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped by:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dump tool version</source>
        <translation>Version des Dump-Werkzeugs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 check against the sidecar</source>
        <translation>SHA-256-Prüfung gegen die Beschreibungsdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the sidecar says about the backup</source>
        <translation>Was die Beschreibungsdatei über die Sicherung sagt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents of the backup</source>
        <translation>Inhalt der Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Databases</source>
        <translation>&amp;Datenbanken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases and tables with their row counts</source>
        <translation>Datenbanken und Tabellen mit ihren Zeilenzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database in the dump; expand one to see its tables and their row counts</source>
        <translation>Jede Datenbank im Dump; klappen Sie eine auf, um ihre Tabellen und deren Zeilenzahlen zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database / table</source>
        <translation>Datenbank / Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size in the dump</source>
        <translation>Größe im Dump</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;llen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles in the backup</source>
        <translation>Rollen in der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles the dump creates, and how their passwords are stored</source>
        <translation>Die Rollen, die der Dump anlegt, und wie ihre Passwörter gespeichert sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in the backup</source>
        <translation>In der Sicherung gefundene Probleme</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../forms/BackupPage.ui" line="+11"/>
        <source>B&amp;ackup file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where pg_dumpall&apos;s output is written. It appears under this name only when it is complete and verified.</source>
        <translation>Wohin die Ausgabe von pg_dumpall geschrieben wird. Sie erscheint unter diesem Namen erst, wenn sie vollständig und geprüft ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>Wäh&amp;len…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../forms/FinishPage.ui" line="+14"/>
        <source>The change to the compose file; it is made only when you press the button below</source>
        <translation>Die Änderung an der Compose-Datei; sie wird erst vorgenommen, wenn Sie die Schaltfläche unten drücken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../forms/PreflightPage.ui" line="+18"/>
        <source>Use &amp;dump-restore instead</source>
        <translation>Stattdessen Dump-&amp;Restore verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again with the dump-restore method: the backup is restored into a new volume, which handles any database name</source>
        <translation>Erneut mit der Dump-Restore-Methode prüfen: Die Sicherung wird in ein neues Volume wiederhergestellt, was mit jedem Datenbanknamen zurechtkommt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each check of the server and the machine; a failed check says how to fix it</source>
        <translation>Jede Prüfung des Servers und des Rechners; eine fehlgeschlagene Prüfung sagt, wie sie zu beheben ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sh&amp;ow commands</source>
        <translation>Befehle anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the SQL statements and commands behind each fix</source>
        <translation>Zeigt die SQL-Anweisungen und Befehle hinter jeder Behebung</translation>
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
        <translation>Durch&amp;suchen…</translation>
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
        <location line="+17"/>
        <source>Choose the images (ad&amp;vanced)</source>
        <translation>Images wählen (e&amp;rweitert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name other images than the app&apos;s choice: a mirror&apos;s copy, a digest, or the old guide&apos;s pgautoupgrade/pgautoupgrade:16-bookworm</source>
        <translation>Andere Images als die von der App gewählten angeben: die Kopie eines Mirrors, einen Digest oder pgautoupgrade/pgautoupgrade:16-bookworm aus der alten Anleitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upgrade image:</source>
        <translation>&amp;Upgrade-Image:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Final i&amp;mage:</source>
        <translation>Endgültiges I&amp;mage:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ervice:</source>
        <translation>D&amp;ienst:</translation>
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
    <name>ReportExport</name>
    <message>
        <location filename="../forms/ReportExport.ui" line="+8"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report holds what was done and when, the compose diffs, the backup with its SHA-256, every check and the row counts before and after. Passwords are never part of it.</source>
        <translation>Der Bericht enthält, was wann getan wurde, die Compose-Diffs, die Sicherung mit ihrem SHA-256, jede Prüfung und die Zeilenzahlen vorher und nachher. Passwörter sind nie Teil davon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML and PDF to read or print, Markdown to paste into an issue, JSON for scripts</source>
        <translation>HTML und PDF zum Lesen oder Drucken, Markdown zum Einfügen in ein Issue, JSON für Skripte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the report is written (readable only by you)</source>
        <translation>Wohin der Bericht geschrieben wird (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose where to save the report</source>
        <translation>Wählen, wo der Bericht gespeichert wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open the report after saving</source>
        <translation>Bericht nach dem Speichern öff&amp;nen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved report in the application your desktop uses for its type</source>
        <translation>Den gespeicherten Bericht in der Anwendung zeigen, die Ihr Desktop für diesen Typ verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../forms/RestoreDialog.ui" line="+8"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compose &amp;project:</source>
        <translation>Compose-&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compose project to restore into</source>
        <translation>Compose-Projekt, in das wiederhergestellt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that holds the compose file, or the compose file itself; press Enter after typing</source>
        <translation>Der Ordner mit der Compose-Datei oder die Compose-Datei selbst; drücken Sie nach dem Tippen die Eingabetaste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the project folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres &amp;service:</source>
        <translation>Postgres-&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres service to restore into</source>
        <translation>Postgres-Dienst, in den wiederhergestellt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service whose running container receives the dump</source>
        <translation>Der Dienst, dessen laufender Container den Dump erhält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The target container</source>
        <translation>Der Zielcontainer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the dump has been fed to the server</source>
        <translation>Wie viel des Dumps dem Server übergeben wurde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore status</source>
        <translation>Stand der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore log</source>
        <translation>Protokoll der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What docker and psql said, and the lines rewritten for the target</source>
        <translation>Was docker und psql gesagt haben, und die für das Ziel umgeschriebenen Zeilen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../forms/SettingsDialog.ui" line="+8"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Docker program:</source>
        <translation>&amp;Docker-Programm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker program</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command line client to use; leave empty to use docker from PATH</source>
        <translation>Der zu verwendende docker-Kommandozeilen-Client; leer lassen, um docker aus dem PATH zu verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = docker on PATH</source>
        <translation>leer = docker im PATH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the docker program</source>
        <translation>Docker-Programm wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which docker program is used</source>
        <translation>Welches docker-Programm verwendet wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where backups and reports are saved by default; leave empty to use the compose project&apos;s folder</source>
        <translation>Wo Sicherungen und Berichte standardmäßig gespeichert werden; leer lassen, um den Ordner des Compose-Projekts zu verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = the compose project&apos;s folder</source>
        <translation>leer = der Ordner des Compose-Projekts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Museum &amp;health URL:</source>
        <translation>&amp;Health-URL von museum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Museum health URL</source>
        <translation>Health-URL von museum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ente&apos;s museum answers on /ping; the Verify step asks it after the upgrade. Leave empty to skip that check</source>
        <translation>Entes museum antwortet auf /ping; der Prüfschritt fragt es nach dem Upgrade. Leer lassen, um diese Prüfung zu überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://localhost:8080/ping</source>
        <translation>http://localhost:8080/ping</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the application; takes effect at the next start</source>
        <translation>Die Sprache der Anwendung; wirkt beim nächsten Start</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>StopPage</name>
    <message>
        <location filename="../forms/StopPage.ui" line="+9"/>
        <source>How to stop</source>
        <translation>Wie angehalten wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop and &amp;remove the containers (compose down)</source>
        <translation>Container anhalten und entfe&amp;rnen (compose down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Ente&apos;s guide does: the containers are removed; volumes and data stay</source>
        <translation>Was Entes Anleitung tut: Die Container werden entfernt; Volumes und Daten bleiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the containers and &amp;keep them (compose stop)</source>
        <translation>Container anhalten und &amp;behalten (compose stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The containers stay, stopped, with their settings</source>
        <translation>Die Container bleiben, angehalten, mit ihren Einstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../forms/SummaryPage.ui" line="+50"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Was getan wurde:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what was done, the diffs, the checks and the row counts as HTML, Markdown, JSON or PDF</source>
        <translation>Was getan wurde, die Diffs, die Prüfungen und die Zeilenzahlen als HTML, Markdown, JSON oder PDF speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Backup…</source>
        <translation>Sicherung öff&amp;nen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside the backup: databases, tables, row counts, roles</source>
        <translation>In die Sicherung schauen: Datenbanken, Tabellen, Zeilenzahlen, Rollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Roll Back…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the original compose file back and, when the data was changed, restore the backup</source>
        <translation>Die ursprüngliche Compose-Datei zurücklegen und, wenn die Daten geändert wurden, die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lo&amp;g Details</source>
        <translation>Protokoll anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the log of the run (and of the rollback), with the failing lines highlighted</source>
        <translation>Zeigt das Protokoll des Laufs (und des Zurücksetzens), die fehlgeschlagenen Zeilen hervorgehoben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollback progress</source>
        <translation>Fortschritt des Zurücksetzens</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <location filename="../forms/UpgradePage.ui" line="+14"/>
        <source>The change to the compose file; it is made only when you press the button below</source>
        <translation>Die Änderung an der Compose-Datei; sie wird erst vorgenommen, wenn Sie die Schaltfläche unten drücken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The phase of the upgrade reached, as recognised in the container&apos;s log</source>
        <translation>Die erreichte Phase des Upgrades, wie sie im Protokoll des Containers erkannt wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time since the upgrade container was started</source>
        <translation>Zeit seit dem Start des Upgrade-Containers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated from the size of the data and the time the conversion took</source>
        <translation>Geschätzt aus der Größe der Daten und der Dauer der Umwandlung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phas&amp;es:</source>
        <translation>&amp;Phasen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phases of the upgrade, as recognised in the container&apos;s log</source>
        <translation>Die Phasen des Upgrades, wie sie im Protokoll des Containers erkannt wurden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Container log:</source>
        <translation>&amp;Container-Protokoll:</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../forms/VerifyPage.ui" line="+25"/>
        <source>&amp;Leave Them as They Are</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not refresh the collation versions; the check then says what to run later</source>
        <translation>Die Collation-Versionen nicht aktualisieren; die Prüfung sagt dann, was später auszuführen ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was checked on the new server</source>
        <translation>Was auf dem neuen Server geprüft wurde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rows per table, in the backup and on the new server:</source>
        <translation>Zei&amp;len pro Tabelle, in der Sicherung und auf dem neuen Server:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every table&apos;s rows as the backup holds them (before) and as the new server counts them (after)</source>
        <translation>Die Zeilen jeder Tabelle, wie die Sicherung sie enthält (vorher) und wie der neue Server sie zählt (nachher)</translation>
    </message>
</context>
<context>
    <name>edm::BackupSidecar</name>
    <message>
        <location filename="../src/core/postgres/BackupSidecar.cpp" line="+134"/>
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
    <name>edm::BackupStep</name>
    <message>
        <location filename="../src/core/migration/steps/BackupStep.cpp" line="+24"/>
        <source>Back up the databases</source>
        <translation>Die Datenbanken sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dumpall writes every database and role of the service &quot;%1&quot; to %2. Nothing of the stack changes.</source>
        <translation>pg_dumpall schreibt jede Datenbank und Rolle des Dienstes „%1“ nach %2. Am Stack ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backup written: %1 (%2, SHA-256 %3)</source>
        <translation>Sicherung geschrieben: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>edm::BackupWriter</name>
    <message>
        <location filename="../src/core/postgres/BackupWriter.cpp" line="+33"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The folder %1 is not on a usable file system.</source>
        <translation>Der Ordner %1 liegt auf keinem nutzbaren Dateisystem.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
        <source>No Postgres container to back up: start the stack (docker compose up -d) first.</source>
        <translation>Kein Postgres-Container zum Sichern: Starten Sie zuerst den Stack (docker compose up -d).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The pg_dumpall inside the container %1 is version %2, older than the server (%3), and cannot dump it (&quot;aborting because of server version mismatch&quot;). A server&apos;s backup needs a pg_dumpall of its own major version or newer, as the official postgres:%4 image has. Check the image of the service.</source>
        <translation>pg_dumpall im Container %1 hat Version %2, älter als der Server (%3), und kann ihn nicht sichern („aborting because of server version mismatch“). Die Sicherung eines Servers braucht pg_dumpall seiner eigenen Hauptversion oder neuer, wie es das offizielle Image postgres:%4 mitbringt. Prüfen Sie das Image des Dienstes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder %1 for the backup does not exist. Create it, or choose another one.</source>
        <translation>Der Ordner %1 für die Sicherung existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already; the backup does not replace it. Choose another file name, or move that file away first.</source>
        <translation>%1 existiert bereits; die Sicherung ersetzt die Datei nicht. Wählen Sie einen anderen Dateinamen oder verschieben Sie diese Datei zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup cannot be written in %1: %2. Choose a folder you may write to.</source>
        <translation>Die Sicherung kann in %1 nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the backup to %1 (through a temporary file beside it)</source>
        <translation>Die Sicherung wird nach %1 geschrieben (über eine temporäre Datei daneben)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The partial file was removed; nothing was written under %1.</source>
        <translation>Die unvollständige Datei wurde entfernt; unter %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was cancelled after %1.</source>
        <translation>Die Sicherung wurde nach %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk is full: writing the backup failed after %1 (%2). %3 Free space in %4 (the backup needs about %5), or choose another folder.</source>
        <translation>Der Datenträger ist voll: Das Schreiben der Sicherung schlug nach %1 fehl (%2). %3 Schaffen Sie Platz in %4 (die Sicherung braucht etwa %5) oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the backup failed after %1: %2. %3</source>
        <translation>Das Schreiben der Sicherung schlug nach %1 fehl: %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The container %1 stopped during the backup, after %2 had been written. %3</source>
        <translation>Der Container %1 wurde während der Sicherung beendet, nachdem %2 geschrieben waren. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pg_dumpall failed after %1 had been written. %2</source>
        <translation>pg_dumpall schlug fehl, nachdem %1 geschrieben waren. %2</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="-108"/>
        <source>The backup was cancelled before it started.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie begann.</translation>
    </message>
</context>
<context>
    <name>edm::Checks</name>
    <message>
        <location filename="../src/core/migration/Checks.cpp" line="+110"/>
        <source>Password hashes</source>
        <translation>Passwort-Hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role depends on md5 password hashes.</source>
        <translation>Keine Rolle hängt von md5-Passwort-Hashes ab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has an md5 password hash; the new cluster&apos;s pg_hba.conf asks for scram-sha-256, so the app stores its password (from the compose file) as scram-sha-256 after the restore.</source>
        <translation>%1 hat einen md5-Passwort-Hash; die pg_hba.conf des neuen Clusters verlangt scram-sha-256, daher speichert die App sein Passwort (aus der Compose-Datei) nach der Wiederherstellung als scram-sha-256.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 have md5 password hashes. The new Postgres %2 cluster&apos;s pg_hba.conf asks for scram-sha-256, which an md5 hash cannot answer: they cannot log in over the network after the restore. The app re-stores only %3&apos;s password, which the compose file holds.</source>
        <translation>%1 haben md5-Passwort-Hashes. Die pg_hba.conf des neuen Postgres-%2-Clusters verlangt scram-sha-256, worauf ein md5-Hash nicht antworten kann: Sie können sich nach der Wiederherstellung nicht über das Netz anmelden. Die App speichert nur das Passwort von %3 neu, das die Compose-Datei enthält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 have md5 password hashes. They keep working after pgautoupgrade, which keeps the old pg_hba.conf (md5), but a new Postgres %2 cluster&apos;s pg_hba.conf asks for scram-sha-256 and would refuse them.</source>
        <translation>%1 haben md5-Passwort-Hashes. Sie funktionieren nach pgautoupgrade weiter, das die alte pg_hba.conf (md5) behält, aber die pg_hba.conf eines neuen Postgres-%2-Clusters verlangt scram-sha-256 und würde sie ablehnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then md5 can become scram-sha-256 in pg_hba.conf.</source>
        <translation>Dann kann md5 in pg_hba.conf zu scram-sha-256 werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text sort order</source>
        <translation>Sortierung von Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The databases use byte order (C) or ICU; a change of the C library does not affect their indexes.</source>
        <translation>Die Datenbanken verwenden Byte-Reihenfolge (C) oder ICU; ein Wechsel der C-Bibliothek betrifft ihre Indizes nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 sort text with the C library&apos;s locale, and %2 uses another C library than %3 (Alpine&apos;s musl ↔ Debian&apos;s glibc): text indexes would be in the wrong order.</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek, und %2 verwendet eine andere C-Bibliothek als %3 (musl von Alpine ↔ glibc von Debian): Textindizes wären in falscher Reihenfolge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sort text with the C library&apos;s locale; %2 is built on Debian %3, %4 on Debian %5, whose glibc may sort some text differently: text indexes may be in the wrong order.</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek; %2 basiert auf Debian %3, %4 auf Debian %5, dessen glibc manchen Text anders sortieren kann: Textindizes können in falscher Reihenfolge sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sort text with the C library&apos;s locale, and the images&apos; tags do not say which system they are built on; if the C library changes, text indexes may be in the wrong order.</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek, und die Tags der Images sagen nicht, auf welchem System sie gebaut sind; wechselt die C-Bibliothek, können Textindizes in falscher Reihenfolge sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sort text with the C library&apos;s locale; both images are built on %2, so the order stays.</source>
        <translation>%1 sortieren Text mit der Locale der C-Bibliothek; beide Images basieren auf %2, daher bleibt die Reihenfolge.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+8"/>
        <source>Collation versions refreshed: %1</source>
        <translation>Collation-Versionen aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing the collation version failed for %1: %2</source>
        <translation>Das Aktualisieren der Collation-Version ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The collation version changed for %1 and was not refreshed, as asked; the indexes were rebuilt by the migration, but Postgres warns about the mismatch at every connection until it is.</source>
        <translation>Die Collation-Version hat sich für %1 geändert und wurde wie gewünscht nicht aktualisiert; die Migration hat die Indizes neu aufgebaut, aber Postgres warnt bei jeder Verbindung vor der Abweichung, bis sie aktualisiert ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (recorded %2, now %3)</source>
        <translation>%1 (gespeichert %2, jetzt %3)</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Collation versions</source>
        <translation>Collation-Versionen</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>On the new server, store these passwords again as scram-sha-256 (the commands below, in psql as a superuser; ALTER ROLE … PASSWORD with the same password works too).</source>
        <translation>Speichern Sie diese Passwörter auf dem neuen Server erneut als scram-sha-256 (die Befehle unten, in psql als Superuser; ALTER ROLE … PASSWORD mit demselben Passwort geht auch).</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>After the migration, rebuild the text indexes and refresh the collation version in each database (the commands below; REFRESH COLLATION VERSION needs Postgres 15 or newer). The verify step compares the recorded and actual collation versions.</source>
        <translation>Bauen Sie nach der Migration die Textindizes neu auf und aktualisieren Sie die Sortierfolgen-Version in jeder Datenbank (die Befehle unten; REFRESH COLLATION VERSION braucht Postgres 15 oder neuer). Der Prüfschritt vergleicht die aufgezeichnete und die tatsächliche Sortierfolgen-Version.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run the commands below in psql as a superuser.</source>
        <translation>Führen Sie die Befehle unten in psql als Superuser aus.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The collation version changed for %1; the migration rebuilt the indexes, so only the recorded version is left to refresh.</source>
        <translation>Die Collation-Version hat sich für %1 geändert; die Migration hat die Indizes neu aufgebaut, daher bleibt nur die gespeicherte Version zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The collation version changed for %1, and the upgrade did not rebuild the indexes (PGAUTO_REINDEX=no): text indexes may be in the wrong order.</source>
        <translation>Die Collation-Version hat sich für %1 geändert, und das Upgrade hat die Indizes nicht neu aufgebaut (PGAUTO_REINDEX=no): Textindizes können in falscher Reihenfolge sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every database&apos;s recorded collation version is the one the server has now.</source>
        <translation>Die gespeicherte Collation-Version jeder Datenbank ist die, die der Server jetzt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server records no collation versions (Postgres before 15, or C and ICU locales only).</source>
        <translation>Der Server speichert keine Collation-Versionen (Postgres vor 15, oder nur C- und ICU-Locales).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service &quot;%1&quot; has a healthcheck. pgautoupgrade asks for none while it upgrades (a failing check can get the container restarted midway); the app starts only this service for the upgrade and follows its log instead.</source>
        <translation>Der Dienst „%1“ hat einen Healthcheck. pgautoupgrade verlangt, dass während des Upgrades keiner aktiv ist (eine fehlschlagende Prüfung kann den Container mittendrin neu starten lassen); die App startet für das Upgrade nur diesen Dienst und verfolgt stattdessen sein Protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do for the migration. If you run pgautoupgrade by hand, disable the healthcheck (healthcheck: disable: true) until it is done.</source>
        <translation>Für die Migration nichts zu tun. Wenn Sie pgautoupgrade von Hand ausführen, schalten Sie den Healthcheck ab (healthcheck: disable: true), bis es fertig ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PGDATA is %1, a sub-folder of the volume mounted on %2; the upgrade gets the same PGDATA and the data stays in that sub-folder.</source>
        <translation>PGDATA ist %1, ein Unterordner des auf %2 eingehängten Volumes; das Upgrade erhält dasselbe PGDATA, und die Daten bleiben in diesem Unterordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PGDATA is %1, not the image&apos;s default %2; the upgrade gets the same PGDATA.</source>
        <translation>PGDATA ist %1, nicht der Standard %2 des Images; das Upgrade erhält dasselbe PGDATA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep PGDATA in the compose file as it is; do not change it during the migration.</source>
        <translation>Lassen Sie PGDATA in der Compose-Datei, wie es ist; ändern Sie es nicht während der Migration.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>One-shot upgrade</source>
        <translation>Upgrade im One-Shot-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sets PGAUTO_ONESHOT=yes: pgautoupgrade&apos;s container exits once the upgrade has finished instead of starting the server. That is expected; the app then starts the final image itself.</source>
        <translation>Der Dienst setzt PGAUTO_ONESHOT=yes: Der Container von pgautoupgrade beendet sich nach abgeschlossenem Upgrade, statt den Server zu starten. Das ist erwartet; die App startet dann selbst das endgültige Image.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+308"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>The server already runs PostgreSQL %1.</source>
        <translation>Der Server läuft bereits mit PostgreSQL %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.</source>
        <translation>Nichts zu migrieren. Nennt die Compose-Datei noch ein älteres Image, ändern Sie es auf postgres:%1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PostgreSQL %1, while the image tag says %2.</source>
        <translation>PostgreSQL %1, während das Image-Tag %2 sagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL %1 → %2</source>
        <translation>PostgreSQL %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image and data</source>
        <translation>Image und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is from PostgreSQL %1 but the compose file names %2.</source>
        <translation>Die Daten stammen von PostgreSQL %1, aber die Compose-Datei nennt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the image back to postgres:%1 in %2.</source>
        <translation>Setzen Sie das Image in %2 zurück auf postgres:%1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space for the backup</source>
        <translation>Platz für die Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 does not exist or cannot be read.</source>
        <translation>Der Sicherungsordner %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the folder, or choose another backup folder.</source>
        <translation>Legen Sie den Ordner an oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free in %2; the backup needs about %3 (1.2 × the databases&apos; %4).</source>
        <translation>%1 frei in %2; die Sicherung braucht etwa %3 (1,2 × die %4 der Datenbanken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space there or choose another backup folder.</source>
        <translation>Schaffen Sie dort Platz oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of databases; %2 free in %3</source>
        <translation>%1 an Datenbanken; %2 frei in %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade lock file</source>
        <translation>Upgrade-Sperrdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists: an earlier pgautoupgrade run was interrupted.</source>
        <translation>%1 existiert: Ein früherer pgautoupgrade-Lauf wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore your backup of the data from before that run, or, if you know the data is intact, remove the file (the command below).</source>
        <translation>Stellen Sie Ihre Sicherung der Daten von vor diesem Lauf wieder her, oder, wenn Sie wissen, dass die Daten intakt sind, entfernen Sie die Datei (der Befehl unten).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>DROP EXTENSION %1; -- in %2</source>
        <translation>DROP EXTENSION %1; -- in %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Upgrade with the image that provides %1 and its own upgrade path (the image&apos;s or the extension&apos;s documentation says how), or, if nothing uses them, remove them first (the commands below).</source>
        <translation>Führen Sie das Upgrade mit dem Image durch, das %1 mitbringt, und mit dessen eigenem Upgrade-Weg (die Dokumentation des Images oder der Erweiterung sagt, wie), oder entfernen Sie sie zuerst, wenn nichts sie verwendet (die Befehle unten).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Look at what it holds; if it is not needed, remove it (the command below) and start again, or use the pgautoupgrade method.</source>
        <translation>Sehen Sie nach, was es enthält; wenn es nicht gebraucht wird, entfernen Sie es (der Befehl unten) und beginnen Sie neu, oder verwenden Sie die Methode pgautoupgrade.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>None left in the data folder.</source>
        <translation>Keine im Datenordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not look for %1: %2</source>
        <translation>Konnte nicht nach %1 suchen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only PostgreSQL&apos;s own (contrib) extensions are installed; the PostgreSQL %1 image carries them.</source>
        <translation>Es sind nur die eigenen Erweiterungen von PostgreSQL (contrib) installiert; das Image von PostgreSQL %1 enthält sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not part of PostgreSQL&apos;s contrib modules, so the plain postgres:%2 image the data is restored into does not carry them, and the restore would fail at CREATE EXTENSION.</source>
        <translation>%1: nicht Teil der contrib-Module von PostgreSQL, daher enthält das reine Image postgres:%2, in das die Daten wiederhergestellt werden, sie nicht, und die Wiederherstellung würde bei CREATE EXTENSION scheitern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not part of PostgreSQL&apos;s contrib modules, so pgautoupgrade&apos;s image does not carry them, and pg_upgrade would stop (&quot;loadable libraries missing&quot;) after the old data was moved aside.</source>
        <translation>%1: nicht Teil der contrib-Module von PostgreSQL, daher enthält das Image von pgautoupgrade sie nicht, und pg_upgrade würde abbrechen („loadable libraries missing“), nachdem die alten Daten beiseitegeschoben wurden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database names</source>
        <translation>Datenbanknamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database name contains a space.</source>
        <translation>Kein Datenbankname enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contain whitespace; the restore through psql handles such names.</source>
        <translation>%1 enthalten Leerzeichen; die Wiederherstellung über psql kommt mit solchen Namen zurecht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contain whitespace. pgautoupgrade&apos;s post-upgrade loop splits such names, after the data was converted: the container exits midway and leaves its lock file behind.</source>
        <translation>%1 enthalten Leerzeichen. Die Schleife, die pgautoupgrade nach dem Upgrade durchläuft, zerlegt solche Namen, nachdem die Daten umgewandelt wurden: Der Container beendet sich mittendrin und lässt seine Sperrdatei zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the dump-restore method (%1 on the command line, “Use dump-restore instead” in the wizard), which restores the backup into a new volume and handles any name; or rename the databases (ALTER DATABASE &quot;old name&quot; RENAME TO old_name) if nothing refers to them by name.</source>
        <translation>Verwenden Sie die Dump-Restore-Methode (%1 auf der Befehlszeile, „Stattdessen Dump-Restore verwenden“ im Assistenten), die die Sicherung in ein neues Volume wiederherstellt und mit jedem Namen zurechtkommt; oder benennen Sie die Datenbanken um (ALTER DATABASE &quot;old name&quot; RENAME TO old_name), wenn nichts sie über ihren Namen anspricht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Install user</source>
        <translation>Installationsbenutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster&apos;s install user (the role with oid 10) could not be read; pgautoupgrade needs POSTGRES_USER (%1) to be that role.</source>
        <translation>Der Installationsbenutzer des Clusters (die Rolle mit oid 10) konnte nicht gelesen werden; pgautoupgrade braucht POSTGRES_USER (%1) als genau diese Rolle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>POSTGRES_USER %1 is the cluster&apos;s install user.</source>
        <translation>POSTGRES_USER %1 ist der Installationsbenutzer des Clusters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster was created by %1, POSTGRES_USER is %2: the new cluster is created by %2 and the restore brings %1 along as a role.</source>
        <translation>Der Cluster wurde von %1 angelegt, POSTGRES_USER ist %2: Der neue Cluster wird von %2 angelegt, und die Wiederherstellung bringt %1 als Rolle mit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>POSTGRES_USER is %1, but the cluster was created by %2 (the role with oid 10). pgautoupgrade creates the new cluster as POSTGRES_USER, and pg_upgrade refuses it: “database user is not the install user”.</source>
        <translation>POSTGRES_USER ist %1, aber der Cluster wurde von %2 angelegt (der Rolle mit oid 10). pgautoupgrade legt den neuen Cluster als POSTGRES_USER an, und pg_upgrade lehnt ihn ab: „database user is not the install user“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set POSTGRES_USER to %1 in the compose file (with that role&apos;s password in POSTGRES_PASSWORD) for the migration, or use the dump-restore method (%2).</source>
        <translation>Setzen Sie für die Migration POSTGRES_USER in der Compose-Datei auf %1 (mit dem Passwort dieser Rolle in POSTGRES_PASSWORD), oder verwenden Sie die Dump-Restore-Methode (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New data folder</source>
        <translation>Neuer Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is free for the restored data; the current folder stays as it is.</source>
        <translation>%1 ist frei für die wiederhergestellten Daten; der aktuelle Ordner bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already and is not empty.</source>
        <translation>%1 existiert bereits und ist nicht leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that folder away (it may hold data), then start again.</source>
        <translation>Verschieben Sie diesen Ordner (er kann Daten enthalten) und beginnen Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data volume</source>
        <translation>Neues Datenvolume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist yet; the restore creates it, and the current volume stays as it is.</source>
        <translation>%1 existiert noch nicht; die Wiederherstellung legt es an, und das aktuelle Volume bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume %1 exists already; it may hold data.</source>
        <translation>Das Volume %1 existiert bereits; es kann Daten enthalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the compose image is older than the data</source>
        <translation>das Compose-Image ist älter als die Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough space for the backup</source>
        <translation>nicht genug Platz für die Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pgautoupgrade lock file is left in the data folder</source>
        <translation>im Datenordner liegt noch eine pgautoupgrade-Sperrdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new volume for the data exists already</source>
        <translation>das neue Volume für die Daten existiert bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extensions that the upgrade image does not carry</source>
        <translation>Erweiterungen, die das Upgrade-Image nicht enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database names with whitespace, which pgautoupgrade cannot handle</source>
        <translation>Datenbanknamen mit Leerzeichen, mit denen pgautoupgrade nicht zurechtkommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POSTGRES_USER is not the cluster&apos;s install user</source>
        <translation>POSTGRES_USER ist nicht der Installationsbenutzer des Clusters</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup&apos;s row counts are not known, so the rows cannot be compared.</source>
        <translation>Die Zeilenzahlen der Sicherung sind nicht bekannt, daher können die Zeilen nicht verglichen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the migration from the backup step.</source>
        <translation>Setzen Sie die Migration ab dem Sicherungsschritt fort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All %1 rows in %2 tables arrived.</source>
        <translation>Alle %1 Zeilen in %2 Tabellen sind angekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 tables differ from the backup.</source>
        <translation>%1 von %2 Tabellen weichen von der Sicherung ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back, or restore the backup into the new server.</source>
        <translation>Setzen Sie zurück oder stellen Sie die Sicherung im neuen Server wieder her.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+8"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compose file must name postgres:%1.</source>
        <translation>Die Compose-Datei muss postgres:%1 nennen.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeDocument</name>
    <message>
        <location filename="../src/core/compose/ComposeDocument.cpp" line="+149"/>
        <source>%1 expands to more than %2 values once its aliases are resolved (line %3): it is not a compose file this app can read safely. Nothing was changed; check the file&apos;s anchors and aliases (*name).</source>
        <translation>%1 wächst auf mehr als %2 Werte an, sobald seine Aliase aufgelöst sind (Zeile %3): Das ist keine Compose-Datei, die diese App sicher lesen kann. Nichts wurde geändert; prüfen Sie die Anker und Aliase der Datei (*name).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid YAML (line %2, column %3: %4). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3: %4). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid YAML (%2). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (%2). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not valid YAML (line %2, column %3: a quoted value starts here and is never closed). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3: Hier beginnt ein Wert in Anführungszeichen, der nie geschlossen wird). Korrigieren Sie die Datei in einem Texteditor und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a compose file: its top level is not a mapping of keys such as &quot;services&quot;; nothing was changed.</source>
        <translation>%1 ist keine Compose-Datei: Ihre oberste Ebene ist keine Zuordnung von Schlüsseln wie „services“; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+65"/>
        <source>Cannot add &quot;%1&quot; to %2 in %3: %4. Add it by hand and try again; nothing was changed.</source>
        <translation>„%1“ kann nicht zu %2 in %3 hinzugefügt werden: %4. Fügen Sie es von Hand hinzu und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has no entries there to write it beside</source>
        <translation>die Datei hat dort keine Einträge, neben die es geschrieben werden könnte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is there already</source>
        <translation>der Schlüssel ist bereits vorhanden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its entries come from an alias or merge key</source>
        <translation>seine Einträge stammen aus einem Alias oder Merge-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries could not be found where the parser says they are</source>
        <translation>seine Einträge stehen nicht dort, wo der Parser sie meldet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the mapping is written in a way this app does not edit</source>
        <translation>die Zuordnung ist in einer Form geschrieben, die diese App nicht bearbeitet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two changes of %1 would overlap; nothing was changed.</source>
        <translation>Zwei Änderungen an %1 würden sich überschneiden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing %1 would make it invalid (%2); it was left as it is.</source>
        <translation>Eine Änderung von %1 würde die Datei ungültig machen (%2); sie wurde so belassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changing the value at %1, line %2 of %3 would also change %4 (the value is shared through a YAML anchor or merge key). Give the service its own &quot;image:&quot; line and try again; nothing was changed.</source>
        <translation>Eine Änderung des Werts an %1, Zeile %2 von %3, würde auch %4 ändern (der Wert wird über einen YAML-Anker oder Merge-Schlüssel geteilt). Geben Sie dem Dienst eine eigene „image:“-Zeile und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeProject</name>
    <message>
        <location filename="../src/core/compose/ComposeProject.cpp" line="+189"/>
        <source>%1 does not exist. Choose the folder that holds your compose.yaml (for Ente, usually ente/server or the folder made by the quickstart).</source>
        <translation>%1 existiert nicht. Wählen Sie den Ordner mit Ihrer compose.yaml (bei Ente meist ente/server oder der vom Quickstart angelegte Ordner).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>COMPOSE_FILE names %1, which does not exist. Correct COMPOSE_FILE (in your environment or in .env) and try again.</source>
        <translation>COMPOSE_FILE nennt %1, das nicht existiert. Korrigieren Sie COMPOSE_FILE (in Ihrer Umgebung oder in .env) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No compose file in %1 (looked for compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml). Choose the folder that holds your Ente compose.yaml.</source>
        <translation>Keine Compose-Datei in %1 (gesucht: compose.yaml, compose.yml, docker-compose.yml und docker-compose.yaml). Wählen Sie den Ordner mit der compose.yaml Ihres Ente-Servers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found several compose files (%1); like docker compose, using %2.</source>
        <translation>Mehrere Compose-Dateien gefunden (%1); wie docker compose wird %2 verwendet.</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+349"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: the values of this file add up to more than %3 MiB once their variables are filled in; compose values are never that long. Check the variables the lines repeat.</source>
        <translation>%1, Zeile %2: Die Werte dieser Datei ergeben zusammen mehr als %3 MiB, sobald ihre Variablen eingesetzt sind; Compose-Werte sind nie so lang. Prüfen Sie die Variablen, die die Zeilen wiederholen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 has no service named &quot;%2&quot;. Its services are: %3.</source>
        <translation>%1 hat keinen Dienst namens „%2“. Seine Dienste sind: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 defines no services. Choose the compose file of your Ente server, the one with the postgres, museum and minio services.</source>
        <translation>%1 definiert keine Dienste. Wählen Sie die Compose-Datei Ihres Ente-Servers, die mit den Diensten postgres, museum und minio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No service in %1 runs the postgres image (services: %2). If your database runs from another image, name its service with --service.</source>
        <translation>Kein Dienst in %1 verwendet das postgres-Image (Dienste: %2). Wenn Ihre Datenbank aus einem anderen Image läuft, nennen Sie ihren Dienst mit --service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several services in %1 run Postgres: %2. Choose one with --service NAME (or in the wizard&apos;s service list).</source>
        <translation>Mehrere Dienste in %1 verwenden Postgres: %2. Wählen Sie einen mit --service NAME (oder in der Dienstliste des Assistenten).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service &quot;%1&quot; has no image (it is built from a Dockerfile). The migration changes the image line, so the service needs one, such as &quot;image: postgres:12&quot;.</source>
        <translation>Der Dienst „%1“ hat kein Image (er wird aus einem Dockerfile gebaut). Die Migration ändert die Image-Zeile, daher braucht der Dienst eine, etwa „image: postgres:12“.</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>The image of &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Image von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>The service &quot;%1&quot; runs %2, an image built on Postgres by someone else, not the official postgres image. Such images carry extensions (vector search, geodata, time series) that neither pgautoupgrade nor the official postgres image has, so an upgrade this way would leave the data unreadable. Upgrade it the way the image&apos;s makers document (usually their own newer tag, or a dump and restore with that image).</source>
        <translation>Der Dienst „%1“ verwendet %2, ein von Dritten auf Postgres aufgebautes Image, nicht das offizielle postgres-Image. Solche Images bringen Erweiterungen mit (Vektorsuche, Geodaten, Zeitreihen), die weder pgautoupgrade noch das offizielle postgres-Image haben, daher würde ein Upgrade auf diesem Weg die Daten unlesbar machen. Aktualisieren Sie es so, wie die Macher des Images es dokumentieren (meist mit ihrem eigenen neueren Tag oder mit Dump und Wiederherstellung mit diesem Image).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service &quot;%1&quot; runs %2, which is not the official postgres image (nor pgautoupgrade). Only stacks on the official image can be migrated this way.</source>
        <translation>Der Dienst „%1“ verwendet %2, nicht das offizielle postgres-Image (und nicht pgautoupgrade). Nur Stacks mit dem offiziellen Image können so migriert werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The service &quot;%1&quot; reads env_file %2, which does not exist. Docker compose would refuse to start it too; create the file or remove the env_file entry.</source>
        <translation>Der Dienst „%1“ liest env_file %2, das nicht existiert. Auch docker compose würde ihn nicht starten; legen Sie die Datei an oder entfernen Sie den env_file-Eintrag.</translation>
    </message>
</context>
<context>
    <name>edm::DataVersionJob</name>
    <message>
        <location filename="../src/core/migration/steps/DataVersionJob.cpp" line="+34"/>
        <source>Data version before start: %1 (%2).</source>
        <translation>Datenversion vor dem Start: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>edm::DataVersionPeek</name>
    <message>
        <location filename="../src/core/migration/DataVersionPeek.cpp" line="+44"/>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+60"/>
        <source>Image and data</source>
        <translation>Image und Daten</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The compose file names %1, which keeps its data below /var/lib/postgresql and refuses to start on a volume mounted at /var/lib/postgresql/data (&quot;Error: in 18+, these Docker images are configured to store database data in a format which is compatible with pg_ctlcluster&quot;). The data there is from PostgreSQL %2.</source>
        <translation>Die Compose-Datei nennt %1, das seine Daten unterhalb von /var/lib/postgresql ablegt und nicht auf einem Volume startet, das unter /var/lib/postgresql/data eingehängt ist („Error: in 18+, these Docker images are configured to store database data in a format which is compatible with pg_ctlcluster“). Die Daten dort stammen von PostgreSQL %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3 and migrate with target %4: the migration moves the mount to /var/lib/postgresql in the same edit.</source>
        <translation>Setzen Sie „image: %1“ für den Dienst „%2“ in %3 zurück und migrieren Sie mit dem Ziel %4: Die Migration verlegt den Einhängepunkt in derselben Änderung nach /var/lib/postgresql.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data in the volume is from PostgreSQL %1, laid out the Postgres 18 way (in %2), but the compose file names %3, which finds nothing at /var/lib/postgresql/data and would initialise a new, empty database there.</source>
        <translation>Die Daten im Volume stammen von PostgreSQL %1, nach Art von Postgres 18 abgelegt (in %2), aber die Compose-Datei nennt %3, das unter /var/lib/postgresql/data nichts findet und dort eine neue, leere Datenbank anlegen würde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3 and keep the volume mounted at /var/lib/postgresql; nothing was started.</source>
        <translation>Setzen Sie „image: %1“ für den Dienst „%2“ in %3 zurück und lassen Sie das Volume unter /var/lib/postgresql eingehängt; nichts wurde gestartet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The data in the volume is from PostgreSQL %1 (its PG_VERSION), but the compose file names %2, which refuses to start on it (&quot;database files are incompatible with server&quot;). A compose file downloaded again from Ente names postgres:15.</source>
        <translation>Die Daten im Volume stammen von PostgreSQL %1 (seine PG_VERSION), aber die Compose-Datei nennt %2, das damit nicht startet („database files are incompatible with server“). Eine erneut von Ente heruntergeladene Compose-Datei nennt postgres:15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3, then start the stack; the data needs no migration.</source>
        <translation>Setzen Sie „image: %1“ für den Dienst „%2“ in %3 zurück und starten Sie dann den Stack; die Daten brauchen keine Migration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PGDATA is not in a volume, so there is no PG_VERSION to read before the start</source>
        <translation>PGDATA liegt in keinem Volume, daher gibt es vor dem Start keine PG_VERSION zu lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read %1 in the container %2 (not started)</source>
        <translation>%1 im Container %2 gelesen (nicht gestartet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no named volume and no container to read PG_VERSION from</source>
        <translation>kein benanntes Volume und kein Container, aus dem PG_VERSION gelesen werden könnte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read %1 in the volume %2 (through a container that was created, never started, and removed)</source>
        <translation>%1 im Volume %2 gelesen (über einen Container, der angelegt, nie gestartet und entfernt wurde)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the volume %1 does not exist yet</source>
        <translation>das Volume %1 existiert noch nicht</translation>
    </message>
</context>
<context>
    <name>edm::DockerCli</name>
    <message>
        <location filename="../src/core/docker/DockerCli.cpp" line="+99"/>
        <source>Docker answered something that cannot be read (%1). Please report this, with the versions of docker and compose.</source>
        <translation>Docker hat etwas geantwortet, das nicht lesbar ist (%1). Bitte melden Sie das, mit den Versionen von docker und compose.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the docker context &quot;%1&quot;</source>
        <translation>der Docker-Kontext „%1“</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Docker was not found (neither &quot;%1&quot; nor &quot;docker-compose&quot; is on PATH). Install Docker (on Debian and Ubuntu: sudo apt install docker.io docker-compose), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker wurde nicht gefunden (weder „%1“ noch „docker-compose“ ist im PATH). Installieren Sie Docker (unter Debian und Ubuntu: sudo apt install docker.io docker-compose) oder wählen Sie das docker-Programm in den Einstellungen (--docker PFAD).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker Compose was not found: neither &quot;docker compose&quot; (v2) nor &quot;docker-compose&quot; (v1) works. Install the compose plugin (the docker-compose-plugin package, or docker-compose-v2 on Debian and Ubuntu), or docker-compose.</source>
        <translation>Docker Compose wurde nicht gefunden: weder „docker compose“ (v2) noch „docker-compose“ (v1) funktioniert. Installieren Sie das Compose-Plugin (Paket docker-compose-plugin, oder docker-compose-v2 unter Debian und Ubuntu) oder docker-compose.</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>There is no container &quot;%1&quot;. Start the stack (docker compose up -d) and try again.</source>
        <translation>Es gibt keinen Container „%1“. Starten Sie den Stack (docker compose up -d) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+10"/>
        <source>line %1 is not a JSON object: %2</source>
        <translation>Zeile %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+164"/>
        <source>There is no volume &quot;%1&quot;.</source>
        <translation>Es gibt kein Volume „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The volume &quot;%1&quot; is still used by a container. Remove that container first (docker ps -a --filter volume=%1 lists it).</source>
        <translation>Das Volume „%1“ wird noch von einem Container verwendet. Entfernen Sie zuerst diesen Container (docker ps -a --filter volume=%1 zeigt ihn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A container named &quot;%1&quot; exists already, left by an earlier run. Remove it (docker rm -f %1) and try again.</source>
        <translation>Ein Container namens „%1“ existiert bereits, von einem früheren Lauf übrig. Entfernen Sie ihn (docker rm -f %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Docker could not pull the image. Check the image name and tag, your connection to the registry, and any registry login.</source>
        <translation>Docker konnte das Image nicht herunterladen. Prüfen Sie Image-Namen und Tag, die Verbindung zur Registry und eine eventuelle Anmeldung dort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk Docker keeps its data on is full. Free some space (docker system df shows what Docker uses) and try again.</source>
        <translation>Der Datenträger, auf dem Docker seine Daten ablegt, ist voll. Schaffen Sie Platz (docker system df zeigt, was Docker belegt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>docker-compose was not found. Install Docker Compose (the docker-compose-plugin package gives &quot;docker compose&quot;), or choose the program in the settings.</source>
        <translation>docker-compose wurde nicht gefunden. Installieren Sie Docker Compose (das Paket docker-compose-plugin liefert „docker compose“) oder wählen Sie das Programm in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker was not found. Install Docker (on Debian and Ubuntu: sudo apt install docker.io), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker wurde nicht gefunden. Installieren Sie Docker (unter Debian und Ubuntu: sudo apt install docker.io) oder wählen Sie das docker-Programm in den Einstellungen (--docker PFAD).</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>You may not use the Docker daemon at %1: permission denied on its socket. Add your user to the docker group (sudo usermod -aG docker $USER, then log out and in again), or run as a user who may use docker.</source>
        <translation>Sie dürfen den Docker-Daemon unter %1 nicht verwenden: Zugriff auf seinen Socket verweigert. Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER, dann ab- und wieder anmelden) oder arbeiten Sie als Benutzer, der docker verwenden darf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker daemon is not running, or cannot be reached at %1. Start it (sudo systemctl start docker, or open Docker Desktop) and try again; if it runs elsewhere, check DOCKER_HOST and the docker context (docker context ls).</source>
        <translation>Der Docker-Daemon läuft nicht oder ist unter %1 nicht erreichbar. Starten Sie ihn (sudo systemctl start docker oder Docker Desktop öffnen) und versuchen Sie es erneut; läuft er woanders, prüfen Sie DOCKER_HOST und den Docker-Kontext (docker context ls).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compose project has no service &quot;%1&quot;. Choose the service as it is named in the compose file.</source>
        <translation>Das Compose-Projekt hat keinen Dienst „%1“. Wählen Sie den Dienst so, wie er in der Compose-Datei heißt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no container &quot;%1&quot; (any more). Start the stack (docker compose up -d) and try again.</source>
        <translation>Es gibt keinen Container „%1“ (mehr). Starten Sie den Stack (docker compose up -d) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 is not running. Start the stack (docker compose up -d); if it stops again, its log says why.</source>
        <translation>Der Container %1 läuft nicht. Starten Sie den Stack (docker compose up -d); hält er wieder an, nennt sein Protokoll den Grund.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command does not exist in the container %1. Is it the Postgres container, running the image the compose file names?</source>
        <translation>Der Befehl existiert im Container %1 nicht. Ist es der Postgres-Container mit dem Image, das die Compose-Datei nennt?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 found no compose file. Choose the folder that holds your compose.yaml, and check that the file still exists.</source>
        <translation>%1 hat keine Compose-Datei gefunden. Wählen Sie den Ordner mit Ihrer compose.yaml und prüfen Sie, ob die Datei noch existiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot read the compose file. Correct the place it names, then try again.</source>
        <translation>%1 kann die Compose-Datei nicht lesen. Korrigieren Sie die genannte Stelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 refused the command line it was given. Your compose version may be too old or too new for this release; please report it with the output of &quot;%1 version&quot;.</source>
        <translation>%1 hat die übergebene Befehlszeile abgelehnt. Ihre Compose-Version ist womöglich zu alt oder zu neu für diese Version; bitte melden Sie das mit der Ausgabe von „%1 version“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed to build an image. See the build output, fix the Dockerfile or the build context, and try again.</source>
        <translation>%1 konnte kein Image bauen. Sehen Sie sich die Build-Ausgabe an, korrigieren Sie das Dockerfile oder den Build-Kontext und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not pull an image. Check the image name and tag in the compose file, your connection to the registry, and any registry login.</source>
        <translation>%1 konnte ein Image nicht laden. Prüfen Sie Image-Name und Tag in der Compose-Datei, Ihre Verbindung zur Registry und eine etwaige Registry-Anmeldung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was interrupted.</source>
        <translation>%1 wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>edm::DumpInspector</name>
    <message>
        <location filename="../src/core/postgres/DumpInspector.cpp" line="+683"/>
        <source>The compressed file cannot be opened: zlib could not start.</source>
        <translation>Die komprimierte Datei kann nicht geöffnet werden: zlib konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>After the compressed data the file holds bytes that are not gzip; they were ignored. The file may have been appended to by mistake.</source>
        <translation>Nach den komprimierten Daten enthält die Datei Bytes, die kein gzip sind; sie wurden ignoriert. Womöglich wurde versehentlich etwas an die Datei angehängt.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+25"/>
        <source>The file is compressed with %1, which this app does not read. Decompress it first (%2) and open the .sql file inside.</source>
        <translation>Die Datei ist mit %1 komprimiert, das diese App nicht liest. Entpacken Sie sie zuerst (%2) und öffnen Sie die .sql-Datei darin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is a %1, not a PostgreSQL dump. Choose the .sql file that pg_dumpall wrote.</source>
        <translation>Die Datei ist ein(e) %1, kein PostgreSQL-Dump. Wählen Sie die .sql-Datei, die pg_dumpall geschrieben hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is a pg_dump tar-format archive (pg_dump -Ft). This app reads plain SQL dumps only: restore it with pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.</source>
        <translation>Die Datei ist ein pg_dump-Archiv im tar-Format (pg_dump -Ft). Diese App liest nur SQL-Dumps im Klartext: Stellen Sie sie mit pg_restore wieder her oder wandeln Sie sie erst in SQL um mit „pg_restore -f dump.sql DATEI“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a tar archive, not a PostgreSQL dump. Unpack it and open the .sql file inside.</source>
        <translation>Die Datei ist ein tar-Archiv, kein PostgreSQL-Dump. Entpacken Sie es und öffnen Sie die .sql-Datei darin.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+6"/>
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
        <location line="+8"/>
        <source>Lines end in CR LF (Windows line endings) from line %1 on (%2 in all): the file was converted after pg_dump wrote it. A restore would put a carriage return into every multi-line value and statement. Use the original file, or convert it back with “dos2unix”.</source>
        <translation>Ab Zeile %1 enden Zeilen mit CR LF (Windows-Zeilenenden) (%2 insgesamt): Die Datei wurde umgewandelt, nachdem pg_dump sie geschrieben hatte. Eine Wiederherstellung würde in jeden mehrzeiligen Wert und jede Anweisung einen Wagenrücklauf einfügen. Verwenden Sie die Originaldatei oder wandeln Sie sie mit „dos2unix“ zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some lines are neither SQL, psql commands nor comments (%1 in all, the first on line %2: “%3”): something other than pg_dump wrote into the file (an error message, a prompt). psql would fail on them.</source>
        <translation>Einige Zeilen sind weder SQL noch psql-Befehle noch Kommentare (%1 insgesamt, die erste in Zeile %2: „%3“): Etwas anderes als pg_dump hat in die Datei geschrieben (eine Fehlermeldung, eine Eingabeaufforderung). psql würde daran scheitern.</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>edm::DumpRestoreStep</name>
    <message>
        <location filename="../src/core/migration/steps/DumpRestoreStep.cpp" line="+21"/>
        <source>The dump-restore plan has no new volume.</source>
        <translation>Der Dump-Restore-Plan hat kein neues Volume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the data to %1</source>
        <translation>Die Daten nach %1 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gets the change below: the image %2 and a new %3 for the data; the current one (%4) is not touched and stays for a rollback. Then only the service &quot;%5&quot; starts, creates an empty Postgres %6 database there, and the backup %7 is restored into it.</source>
        <translation>%1 erhält die folgende Änderung: das Image %2 und ein neues %3 für die Daten; das aktuelle (%4) wird nicht angerührt und bleibt für ein Zurücksetzen. Dann startet nur der Dienst „%5“, legt dort eine leere Postgres-%6-Datenbank an, und die Sicherung %7 wird darin wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: image → %2, data → %3</source>
        <translation>%1: Image → %2, Daten → %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Emptying %1, which an interrupted restore left half-filled.</source>
        <translation>%1 wird geleert, das eine unterbrochene Wiederherstellung halb gefüllt hinterließ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the folder %1 for the restored data. Check the permissions of its parent folder and resume.</source>
        <translation>Der Ordner %1 für die wiederhergestellten Daten kann nicht angelegt werden. Prüfen Sie die Rechte seines übergeordneten Ordners und setzen Sie fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the new Postgres %1 database</source>
        <translation>Die neue Postgres-%1-Datenbank wird angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored into the new Postgres %1 database.</source>
        <translation>Die Sicherung wurde in der neuen Postgres-%1-Datenbank wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The password of %1 is stored as scram-sha-256 now, as the new server&apos;s pg_hba.conf asks.</source>
        <translation>Das Passwort von %1 ist jetzt als scram-sha-256 gespeichert, wie die pg_hba.conf des neuen Servers verlangt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not store the password of %1 as scram-sha-256: %2</source>
        <translation>Das Passwort von %1 konnte nicht als scram-sha-256 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>edm::FailureSummary</name>
    <message>
        <location filename="../src/core/migration/FailureSummary.cpp" line="+108"/>
        <source>&quot;%1&quot; was stopped: %2</source>
        <translation>„%1“ wurde angehalten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compose file was changed and names an image this migration did not write.</source>
        <translation>Die Compose-Datei wurde geändert und nennt ein Image, das diese Migration nicht geschrieben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compose file is unchanged.</source>
        <translation>Die Compose-Datei ist unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compose file names %1 (before the migration: %2).</source>
        <translation>Die Compose-Datei nennt %1 (vor der Migration: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compose file still names %1.</source>
        <translation>Die Compose-Datei nennt weiterhin %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the Postgres container runs is unknown: docker did not answer.</source>
        <translation>Ob der Postgres-Container läuft, ist unbekannt: Docker hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Postgres container is running.</source>
        <translation>Der Postgres-Container läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Postgres container is not running.</source>
        <translation>Der Postgres-Container läuft nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data was converted to the new version.</source>
        <translation>Die Daten wurden in die neue Version umgewandelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data conversion began and did not finish: the old image cannot use the volume as it is.</source>
        <translation>Die Umwandlung der Daten hat begonnen und nicht geendet: Das alte Image kann das Volume so nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is unchanged.</source>
        <translation>Die Daten sind unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roll back: the original compose file is put back, the backup restored into the volume and the stack started as before.</source>
        <translation>Zurücksetzen: Die ursprüngliche Compose-Datei wird zurückgelegt, die Sicherung in das Volume wiederhergestellt und der Stack wie zuvor gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back: the original compose file is put back and the stack started as before.</source>
        <translation>Zurücksetzen: Die ursprüngliche Compose-Datei wird zurückgelegt und der Stack wie zuvor gestartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed. Fix the cause above, then retry &quot;%1&quot;.</source>
        <translation>Nichts wurde geändert. Beheben Sie die Ursache oben und wiederholen Sie dann „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: close, or choose another project or target version.</source>
        <translation>Nichts wurde geändert: Schließen Sie, oder wählen Sie ein anderes Projekt oder eine andere Zielversion.</translation>
    </message>
</context>
<context>
    <name>edm::FinishStep</name>
    <message>
        <location filename="../src/core/migration/steps/FinishStep.cpp" line="+19"/>
        <source>Start the stack</source>
        <translation>Den Stack starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole stack starts again, on Postgres %1 with the restored data.</source>
        <translation>Der ganze Stack startet wieder, mit Postgres %1 und den wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the image to %1</source>
        <translation>Das Image auf %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the change below, then the whole stack starts again on Postgres %2.</source>
        <translation>%1 erhält die folgende Änderung, dann startet der ganze Stack wieder mit Postgres %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: image → %2</source>
        <translation>%1: Image → %2</translation>
    </message>
</context>
<context>
    <name>edm::ImagePolicy</name>
    <message>
        <location filename="../src/core/compose/ImagePolicy.cpp" line="+52"/>
        <source>The current image is Alpine-based, so the new images are Alpine-based too (%1-alpine): Alpine and Debian sort text differently, and switching would leave text indexes in the wrong order.</source>
        <translation>Das aktuelle Image basiert auf Alpine, daher basieren auch die neuen Images auf Alpine (%1-alpine): Alpine und Debian sortieren Text unterschiedlich, und ein Wechsel würde Textindizes in falscher Reihenfolge hinterlassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The current image is pinned to Debian %1. The images for Postgres %2 are built on Debian trixie, whose C library sorts some text differently, so the upgrade reindexes (pgautoupgrade does that by default) and the new image is %3.</source>
        <translation>Das aktuelle Image ist auf Debian %1 festgelegt. Die Images für Postgres %2 basieren auf Debian trixie, dessen C-Bibliothek manchen Text anders sortiert, daher indiziert das Upgrade neu (pgautoupgrade tut das standardmäßig), und das neue Image ist %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current image is pinned by digest; a digest names one build of one version, so the new image is named by its tag (%1). Pin its digest again after the migration if you want one.</source>
        <translation>Das aktuelle Image ist per Digest festgelegt; ein Digest bezeichnet einen einzigen Build einer einzigen Version, daher wird das neue Image über sein Tag benannt (%1). Legen Sie nach der Migration wieder seinen Digest fest, wenn Sie einen möchten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The images come from the mirror %1; the upgrade image %2 comes from Docker Hub. If this host reaches only the mirror, name the upgrade image&apos;s mirror copy with --upgrade-image (or the wizard&apos;s advanced settings).</source>
        <translation>Die Images kommen vom Mirror %1; das Upgrade-Image %2 kommt von Docker Hub. Erreicht dieser Rechner nur den Mirror, geben Sie die Kopie des Upgrade-Images auf dem Mirror mit --upgrade-image an (oder in den erweiterten Einstellungen des Assistenten).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The upgrade image &quot;%1&quot; is not a pgautoupgrade image. Name pgautoupgrade/pgautoupgrade (or a mirror&apos;s copy of it) with a tag for Postgres %2, such as %3.</source>
        <translation>Das Upgrade-Image „%1“ ist kein pgautoupgrade-Image. Geben Sie pgautoupgrade/pgautoupgrade (oder dessen Kopie auf einem Mirror) mit einem Tag für Postgres %2 an, etwa %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upgrade image &quot;%1&quot; upgrades to Postgres %2, not to the target %3.</source>
        <translation>Das Upgrade-Image „%1“ aktualisiert auf Postgres %2, nicht auf das Ziel %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The final image &quot;%1&quot; is not the official postgres image. Name postgres (or a mirror&apos;s …/library/postgres) with a tag for Postgres %2, such as %3.</source>
        <translation>Das endgültige Image „%1“ ist nicht das offizielle postgres-Image. Geben Sie postgres (oder …/library/postgres eines Mirrors) mit einem Tag für Postgres %2 an, etwa %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final image &quot;%1&quot; runs Postgres %2, not the target %3.</source>
        <translation>Das endgültige Image „%1“ führt Postgres %2 aus, nicht das Ziel %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The upgrade image %1 and the final image %2 are built on different C libraries (%3 and %4): indexes on text that the upgrade builds may be in the wrong order for the final server. Run REINDEX DATABASE in each database after the migration, or choose images of one flavour.</source>
        <translation>Das Upgrade-Image %1 und das endgültige Image %2 basieren auf verschiedenen C-Bibliotheken (%3 und %4): Textindizes, die das Upgrade aufbaut, können für den endgültigen Server in falscher Reihenfolge sein. Führen Sie nach der Migration in jeder Datenbank REINDEX DATABASE aus, oder wählen Sie Images derselben Variante.</translation>
    </message>
</context>
<context>
    <name>edm::InputFile</name>
    <message>
        <location filename="../src/core/InputFile.cpp" line="+25"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file. Nothing was changed; check that it is the file you meant.</source>
        <translation>%1 ist größer als %2 MiB, mehr liest diese App aus einer solchen Datei nicht. Nichts wurde geändert; prüfen Sie, ob es die gemeinte Datei ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is a folder, not a file. Choose the file itself (or the folder that holds it).</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie die Datei selbst (oder den Ordner, der sie enthält).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>%1 is not a regular file (a pipe, socket or device); this app reads only regular files. Nothing was read.</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); diese App liest nur reguläre Dateien. Nichts wurde gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>edm::InspectionJob</name>
    <message>
        <location filename="../src/core/postgres/InspectionJob.cpp" line="+54"/>
        <source>The inspection of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>edm::Interpolator</name>
    <message>
        <location filename="../src/core/compose/Interpolator.cpp" line="+35"/>
        <location line="+20"/>
        <source>Interpolating &quot;%1&quot; gives a value longer than %2 MiB; compose values are never that long. Check the variables it uses (a variable that repeats itself doubles on every line).</source>
        <translation>Das Interpolieren von „%1“ ergibt einen Wert, der länger als %2 MiB ist; Compose-Werte sind nie so lang. Prüfen Sie die Variablen, die er verwendet (eine Variable, die sich selbst wiederholt, verdoppelt sich mit jeder Zeile).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invalid interpolation format: a lone &quot;$&quot; at the end of &quot;%1&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Ungültiges Interpolationsformat: ein einzelnes „$“ am Ende von „%1“. Schreiben Sie „$$“ für ein wörtliches Dollarzeichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Invalid interpolation format in &quot;%1&quot; at &quot;%2&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Ungültiges Interpolationsformat in „%1“ bei „%2“. Schreiben Sie „$$“ für ein wörtliches Dollarzeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>edm::Job</name>
    <message>
        <location filename="../src/core/job/Job.cpp" line="+54"/>
        <source>Stopped, as asked.</source>
        <translation>Angehalten, wie gewünscht.</translation>
    </message>
</context>
<context>
    <name>edm::Journal</name>
    <message>
        <location filename="../src/core/migration/Journal.cpp" line="+97"/>
        <source>The migration journal %1 is damaged (%2). Your compose file&apos;s original is kept in %3; compare it with compose.yaml before deleting the folder.</source>
        <translation>Das Migrationsjournal %1 ist beschädigt (%2). Das Original Ihrer Compose-Datei liegt in %3; vergleichen Sie es mit compose.yaml, bevor Sie den Ordner löschen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration journal %1 was written by a newer version of this app. Use that version to resume or roll back.</source>
        <translation>Das Migrationsjournal %1 wurde von einer neueren Version dieser App geschrieben. Verwenden Sie diese Version, um fortzusetzen oder zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The migration journal %1 is not one this app wrote: its entry %2 (&quot;%3&quot;) is not a file of the project. Nothing was changed. Move the folder %4 aside and check your compose files by hand.</source>
        <translation>Das Migrationsjournal %1 stammt nicht von dieser App: Sein Eintrag %2 („%3“) ist keine Datei des Projekts. Nichts wurde geändert. Verschieben Sie den Ordner %4 beiseite und prüfen Sie Ihre Compose-Dateien von Hand.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 is not inside the project folder %2; its original cannot be kept.</source>
        <translation>%1 liegt nicht im Projektordner %2; sein Original kann nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The kept original of %1 is missing.</source>
        <translation>Das aufbewahrte Original von %1 fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kept original of %1 is missing (%2).</source>
        <translation>Das aufbewahrte Original von %1 fehlt (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>edm::Main</name>
    <message>
        <location filename="../src/main.cpp" line="+38"/>
        <source>%1: no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set). The command line needs none: run &quot;%1 --help&quot; for its commands.</source>
        <translation>%1: keine Anzeige, auf der sich der Assistent öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Die Befehlszeile braucht keine: Führen Sie „%1 --help“ aus, um ihre Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationEngine</name>
    <message>
        <location filename="../src/core/migration/MigrationTypes.cpp" line="+21"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the stack</source>
        <translation>Stack anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the new image</source>
        <translation>Auf das neue Image umstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/core/migration/MigrationEngine.cpp" line="+258"/>
        <source>image → %1, data → %2</source>
        <translation>Image → %1, Daten → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image → %1</source>
        <translation>Image → %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>There is no unfinished migration in %1 to resume.</source>
        <translation>In %1 gibt es keine unvollendete Migration, die fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A rollback of this project stopped before it was finished. Run the rollback again to finish it.</source>
        <translation>Das Zurücksetzen dieses Projekts wurde vor seinem Ende unterbrochen. Setzen Sie erneut zurück, um es abzuschließen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A migration of this project stopped at &quot;%1&quot; and was not finished. Resume it or roll it back before starting a new one.</source>
        <translation>Eine Migration dieses Projekts hielt bei „%1“ an und wurde nicht abgeschlossen. Setzen Sie sie fort oder setzen Sie sie zurück, bevor Sie eine neue beginnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service &quot;%1&quot; already runs Postgres %2; there is nothing to migrate.</source>
        <translation>Der Dienst „%1“ läuft bereits mit Postgres %2; es gibt nichts zu migrieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resuming the migration after &quot;%1&quot;.</source>
        <translation>Die Migration wird nach „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Stopped before &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Vor „%1“ angehalten, wie gewünscht. Setzen Sie die Migration fort oder nehmen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Keep &quot;image: %1&quot; for the service &quot;%2&quot; in %3 from now on. A compose file downloaded again from Ente may name an older Postgres (Ente&apos;s own files use postgres:15), which refuses to start on this data (&quot;database files are incompatible with server&quot;).</source>
        <translation>Behalten Sie ab jetzt „image: %1“ für den Dienst „%2“ in %3. Eine erneut von Ente heruntergeladene Compose-Datei kann ein älteres Postgres nennen (Entes eigene Dateien verwenden postgres:15), das mit diesen Daten nicht startet („database files are incompatible with server“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &quot;image: %1&quot; for the service &quot;%2&quot; in %3 from now on (Ente&apos;s own files use postgres:15 too). An older image refuses to start on this data (&quot;database files are incompatible with server&quot;).</source>
        <translation>Behalten Sie ab jetzt „image: %1“ für den Dienst „%2“ in %3 (auch Entes eigene Dateien verwenden postgres:15). Ein älteres Image startet mit diesen Daten nicht („database files are incompatible with server“).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Stopped after &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Wie gewünscht nach „%1“ angehalten. Setzen Sie die Migration fort oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Nothing was started or changed.</source>
        <translation>Nichts wurde gestartet oder geändert.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>There is no migration of %1 to roll back.</source>
        <translation>Es gibt keine Migration von %1, die zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last migration of %1 stopped before it changed anything: there is nothing to roll back.</source>
        <translation>Die letzte Migration von %1 wurde beendet, bevor sie etwas geändert hat: Es gibt nichts zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationPlan</name>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+32"/>
        <source>%1 was changed by something else since the plan was made; nothing was written. Review the file and plan again.</source>
        <translation>%1 wurde seit dem Erstellen des Plans von etwas anderem geändert; nichts wurde geschrieben. Prüfen Sie die Datei und planen Sie erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2. The file was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <location filename="../src/core/compose/DataMount.cpp" line="+34"/>
        <source>The dump-restore method cannot be used for the service &quot;%1&quot;: %2 Use the pgautoupgrade method, or change that and try again.</source>
        <translation>Die Dump-Restore-Methode kann für den Dienst „%1“ nicht verwendet werden: %2 Verwenden Sie die Methode pgautoupgrade, oder ändern Sie das und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its data is not in a named volume or a folder of the host, so there is no volume to keep aside for a rollback.</source>
        <translation>seine Daten liegen weder in einem benannten Volume noch in einem Ordner des Rechners, daher gibt es kein Volume, das für ein Zurücksetzen beiseitegelegt werden könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>no compose file mounts %1 in a way this app can change.</source>
        <translation>keine Compose-Datei hängt %1 so ein, dass diese App es ändern kann.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the volume&apos;s source &quot;%1&quot; is written with variables.</source>
        <translation>die Quelle „%1“ des Volumes ist mit Variablen geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its image and its volume are set in different files (%1 and %2), and both must change in one edit.</source>
        <translation>sein Image und sein Volume stehen in verschiedenen Dateien (%1 und %2), und beide müssen in einer Änderung geändert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the compose files already declare a volume &quot;%1&quot;; it may hold data.</source>
        <translation>die Compose-Dateien deklarieren bereits ein Volume „%1“; es kann Daten enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the volume &quot;%1&quot; is declared in another compose file than the one that mounts it.</source>
        <translation>das Volume „%1“ ist in einer anderen Compose-Datei deklariert als der, die es einhängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no compose file declares the volume &quot;%1&quot; under &quot;volumes:&quot;.</source>
        <translation>keine Compose-Datei deklariert das Volume „%1“ unter „volumes:“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the volume&apos;s mount point &quot;%1&quot; is written with variables.</source>
        <translation>der Einhängepunkt „%1“ des Volumes ist mit Variablen geschrieben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PGDATA is set to %1 in the service, so the volume stays mounted at %2: Postgres %3 uses that PGDATA as it is.</source>
        <translation>PGDATA ist im Dienst auf %1 gesetzt, daher bleibt das Volume unter %2 eingehängt: Postgres %3 verwendet dieses PGDATA unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postgres %1 keeps its data below %2, so the data volume of &quot;%3&quot; must be mounted there instead of at %4, and this app cannot make that change safely: %5 Change the mount by hand (or choose target 17), then plan again.</source>
        <translation>Postgres %1 legt seine Daten unterhalb von %2 ab, daher muss das Datenvolume von „%3“ dort statt unter %4 eingehängt werden, und diese App kann diese Änderung nicht sicher vornehmen: %5 Ändern Sie die Einbindung von Hand (oder wählen Sie das Ziel 17) und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the data is in an anonymous volume, and a new mount point would give the service a new, empty one.</source>
        <translation>die Daten liegen in einem anonymen Volume, und ein neuer Einhängepunkt gäbe dem Dienst ein neues, leeres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the volume is mounted at %1, not at %2.</source>
        <translation>das Volume ist unter %1 eingehängt, nicht unter %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another mount, %1, is nested below the data&apos;s mount point.</source>
        <translation>eine andere Einbindung, %1, liegt unterhalb des Einhängepunkts der Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another mount already uses %1.</source>
        <translation>eine andere Einbindung verwendet %1 bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mount &quot;%1&quot; is written with variables.</source>
        <translation>die Einbindung „%1“ ist mit Variablen geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image and the volume are set in different files (%1 and %2), and both must change in one edit.</source>
        <translation>das Image und das Volume stehen in verschiedenen Dateien (%1 und %2), und beide müssen in einer Änderung geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+71"/>
        <source>The target must be %1 (the Postgres major version to move to), not &quot;%2&quot;.</source>
        <translation>Das Ziel muss %1 sein (die Postgres-Hauptversion, auf die gewechselt wird), nicht „%2“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The target must be %1 (the Postgres major version to move to), not %2.</source>
        <translation>Das Ziel muss %1 sein (die Postgres-Hauptversion, auf die gewechselt wird), nicht %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service already runs pgautoupgrade: an upgrade was started before. Let it finish (its log says when), then switch to %1.</source>
        <translation>Der Dienst läuft bereits mit pgautoupgrade: Ein Upgrade wurde schon begonnen. Lassen Sie es abschließen (sein Protokoll sagt, wann), dann wechseln Sie auf %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image tag &quot;%1&quot; does not say which Postgres major version runs; the version of the running server decides (the preflight asks it). Pin a version such as postgres:12 in the future.</source>
        <translation>Das Image-Tag „%1“ sagt nicht, welche Postgres-Hauptversion läuft; die Version des laufenden Servers entscheidet (die Vorabprüfung fragt sie ab). Legen Sie künftig eine Version fest, etwa postgres:12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service runs Postgres %1, newer than the target %2. Postgres data can only move to a newer major version; choose a target above %1.</source>
        <translation>Der Dienst läuft mit Postgres %1, neuer als das Ziel %2. Postgres-Daten können nur auf eine neuere Hauptversion wechseln; wählen Sie ein Ziel über %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service &quot;%1&quot; already runs pgautoupgrade: an upgrade was started before. Let it finish with the pgautoupgrade method; dump-restore starts from the original image.</source>
        <translation>Der Dienst „%1“ läuft bereits mit pgautoupgrade: Ein Upgrade wurde schon begonnen. Lassen Sie es mit der Methode pgautoupgrade abschließen; dump-restore beginnt beim ursprünglichen Image.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image of &quot;%1&quot; is &quot;%2&quot;, and %3 is set in your environment, which this app cannot change. Move %3 into the project&apos;s .env file (or write the image in %4) and try again.</source>
        <translation>Das Image von „%1“ ist „%2“, und %3 ist in Ihrer Umgebung gesetzt, die diese App nicht ändern kann. Verschieben Sie %3 in die .env-Datei des Projekts (oder schreiben Sie das Image in %4) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is set by %1 in .env (line %2); that line is what changes.</source>
        <translation>Das Image wird durch %1 in .env gesetzt (Zeile %2); diese Zeile wird geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image &quot;%1&quot; is built from variables (%2); each step writes the full image name in its place, so those variables no longer set it.</source>
        <translation>Das Image „%1“ wird aus Variablen gebildet (%2); jeder Schritt schreibt den vollen Image-Namen an ihre Stelle, sodass diese Variablen es nicht mehr setzen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Postgres %1 keeps its data below %2: the first step also mounts the data volume there instead of at %3 (shown in its diff). pgautoupgrade moves the data into %4 itself.</source>
        <translation>Postgres %1 legt seine Daten unterhalb von %2 ab: Der erste Schritt hängt das Datenvolume auch dort statt unter %3 ein (in seinem Diff gezeigt). pgautoupgrade verschiebt die Daten selbst nach %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PGDATA is set to %1 in the service, so the volume&apos;s mount stays as it is: Postgres %2 uses that PGDATA.</source>
        <translation>PGDATA ist im Dienst auf %1 gesetzt, daher bleibt die Einbindung des Volumes, wie sie ist: Postgres %2 verwendet dieses PGDATA.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changing the image to %1 would also change %2, so nothing will be changed. Give the service &quot;%3&quot; its own image line and try again.</source>
        <translation>Eine Änderung des Images auf %1 würde auch %2 ändern, daher wird nichts geändert. Geben Sie dem Dienst „%3“ eine eigene Image-Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../src/core/migration/MigrationReport.cpp" line="+61"/>
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
    <name>edm::MigrationStep</name>
    <message>
        <location filename="../src/core/migration/steps/MigrationStep.cpp" line="+62"/>
        <source>Stopped before &quot;%1&quot;, as asked; nothing of that step was changed. Resume the migration to go on, or roll it back.</source>
        <translation>Wie gewünscht vor „%1“ angehalten; von diesem Schritt wurde nichts geändert. Setzen Sie die Migration fort oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopped during &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Während „%1“ angehalten, wie gewünscht. Setzen Sie die Migration fort oder nehmen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The service &quot;%1&quot; was started, but no container of it can be found.</source>
        <translation>Der Dienst „%1“ wurde gestartet, aber kein Container davon ist zu finden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The service &quot;%1&quot; is not running; starting it.</source>
        <translation>Der Dienst „%1“ läuft nicht; er wird gestartet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring the backup</source>
        <translation>Die Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>edm::PostgresMajors</name>
    <message>
        <location filename="../src/core/PostgresMajors.cpp" line="+78"/>
        <source>Postgres 15 is what Ente&apos;s current compose files run (postgres:15), so a compose file downloaded again from Ente keeps working on the data; supported until %1.</source>
        <translation>Postgres 15 verwenden Entes aktuelle Compose-Dateien (postgres:15), daher funktioniert eine erneut von Ente heruntergeladene Compose-Datei weiter mit den Daten; unterstützt bis %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres 16 is what Ente&apos;s migration guide moved to and is supported until %1; keep postgres:16 in your compose file afterwards, as Ente&apos;s current files name postgres:15, which refuses 16 data.</source>
        <translation>Auf Postgres 16 ging Entes Migrationsanleitung, und es wird bis %1 unterstützt; behalten Sie danach postgres:16 in Ihrer Compose-Datei, denn Entes aktuelle Dateien nennen postgres:15, das 16er-Daten ablehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres 17 is supported until %1; keep postgres:17 in your compose file afterwards, as Ente&apos;s postgres:15 refuses 17 data.</source>
        <translation>Postgres 17 wird bis %1 unterstützt; behalten Sie danach postgres:17 in Ihrer Compose-Datei, denn Entes postgres:15 lehnt 17er-Daten ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postgres 18 is the newest and is supported longest (until %1); its image keeps the data below /var/lib/postgresql, so the volume&apos;s mount moves there in the same edit, and Ente&apos;s postgres:15 refuses 18 data: keep postgres:18 and that mount afterwards.</source>
        <translation>Postgres 18 ist die neueste Version und wird am längsten unterstützt (bis %1); sein Image legt die Daten unterhalb von /var/lib/postgresql ab, daher wird die Einbindung des Volumes in derselben Änderung dorthin verlegt, und Entes postgres:15 lehnt 18er-Daten ab: Behalten Sie danach postgres:18 und diese Einbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres %1 is not offered; choose %2.</source>
        <translation>Postgres %1 wird nicht angeboten; wählen Sie %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>edm::PreflightStep</name>
    <message>
        <location filename="../src/core/migration/steps/PreflightStep.cpp" line="+23"/>
        <source>Docker and compose</source>
        <translation>Docker und Compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, engine at %3</source>
        <translation>%1 %2, Engine unter %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preflight found what must be fixed first: the compose image is older than the data. Nothing was started or changed. %1</source>
        <translation>Die Vorabprüfung fand, was zuerst behoben werden muss: Das Compose-Image ist älter als die Daten. Nichts wurde gestartet oder geändert. %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the server already runs PostgreSQL %1</source>
        <translation>der Server läuft bereits mit PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The preflight found what must be fixed first: %1. Nothing was changed.</source>
        <translation>Die Vorabprüfung fand, was zuerst behoben werden muss: %1. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>edm::ProcessRunner</name>
    <message>
        <location filename="../src/core/docker/ProcessRunner.cpp" line="+217"/>
        <source>cannot read the input file %1: %2</source>
        <translation>die Eingabedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>reading the input file %1 failed: %2</source>
        <translation>das Lesen der Eingabedatei %1 schlug fehl: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>writing its output failed: %1. Check the free space and the permissions where the output goes</source>
        <translation>das Schreiben der Ausgabe schlug fehl: %1. Prüfen Sie den freien Speicher und die Rechte am Ziel der Ausgabe</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The program %1 does not exist. Check the path, or install it.</source>
        <translation>Das Programm %1 existiert nicht. Prüfen Sie den Pfad oder installieren Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program &quot;%1&quot; was not found on PATH. Install it, or give the full path to it.</source>
        <translation>Das Programm „%1“ wurde im PATH nicht gefunden. Installieren Sie es oder geben Sie den vollen Pfad an.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
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
    <name>edm::Redactor</name>
    <message>
        <location filename="../src/core/Redactor.cpp" line="+57"/>
        <source>The password is too short to mask safely; lines that would show it are left out.</source>
        <translation>Das Passwort ist zu kurz, um es sicher zu maskieren; Zeilen, die es zeigen würden, werden weggelassen.</translation>
    </message>
</context>
<context>
    <name>edm::RehearseStep</name>
    <message>
        <location filename="../src/core/migration/steps/RehearseStep.cpp" line="+19"/>
        <source>There is no backup to rehearse with.</source>
        <translation>Es gibt keine Sicherung für einen Probelauf.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>edm::ReportWriter</name>
    <message>
        <location filename="../src/core/report/ReportWriter.cpp" line="+34"/>
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
        <location line="+176"/>
        <location line="+143"/>
        <location line="+51"/>
        <location line="+175"/>
        <source>Ente DB Migration report</source>
        <translation>Ente-DB-Migration – Bericht</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+192"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+194"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Compose file</source>
        <translation>Compose-Datei</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Postgres before</source>
        <translation>Postgres vorher</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+3"/>
        <location line="+191"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+193"/>
        <source>Postgres after</source>
        <translation>Postgres nachher</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+188"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+188"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+24"/>
        <location line="+164"/>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+187"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+188"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+40"/>
        <location line="+140"/>
        <location line="+24"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+179"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+44"/>
        <location line="+134"/>
        <location line="+24"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+178"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+178"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+170"/>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+168"/>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Every table has as many rows as in the backup.</source>
        <translation>Jede Tabelle hat so viele Zeilen wie in der Sicherung.</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Some tables differ from the backup.</source>
        <translation>Einige Tabellen weichen von der Sicherung ab.</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+165"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+163"/>
        <source>Match</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+156"/>
        <source>Changes to the compose file</source>
        <translation>Änderungen an der Compose-Datei</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+156"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+155"/>
        <source>Upgrade log around the completion line</source>
        <translation>Upgrade-Protokoll um die Abschlusszeile</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>**NO**</source>
        <translation>**NEIN**</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 is a symbolic link; the report is not written through it (its target stays as it is). Give the path of a regular file, or remove the link first.</source>
        <translation>%1 ist ein symbolischer Link; der Bericht wird nicht durch ihn hindurch geschrieben (sein Ziel bleibt, wie es ist). Geben Sie den Pfad einer regulären Datei an oder entfernen Sie zuerst den Link.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2, not a regular file; nothing was written. Give the path of a new or regular file.</source>
        <translation>%1 ist %2, keine reguläre Datei; nichts wurde geschrieben. Geben Sie den Pfad einer neuen oder regulären Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a device, pipe or socket</source>
        <translation>ein Gerät, eine Pipe oder ein Socket</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../src/core/postgres/RestoreStream.cpp" line="+213"/>
        <source>the role %1 exists in the target already: not created again, its attributes and password are set by the next line</source>
        <translation>die Rolle %1 existiert im Ziel bereits: nicht erneut angelegt, ihre Attribute und ihr Passwort setzt die nächste Zeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LOCALE_PROVIDER dropped (Postgres %1 has only libc)</source>
        <translation>LOCALE_PROVIDER entfernt (Postgres %1 kennt nur libc)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../src/core/postgres/Restorer.cpp" line="+52"/>
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
        <location line="+39"/>
        <source>Starting a throwaway container %1 of %2</source>
        <translation>Ein Wegwerf-Container %1 von %2 wird gestartet</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The restore was cancelled before it started.</source>
        <translation>Die Wiederherstellung wurde abgebrochen, bevor sie begann.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The throwaway container of %1 could not be started.</source>
        <translation>Der Wegwerf-Container von %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Restoring %1 into %2 (%3)</source>
        <translation>%1 wird in %2 wiederhergestellt (%3)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The restore stopped at line %1 of %2: %3: %4</source>
        <translation>Die Wiederherstellung hielt in Zeile %1 von %2 an: %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target already has a database %1 with data in it. Restore into an empty server (a new volume), or drop that database first if it holds nothing you need.</source>
        <translation>Das Ziel hat bereits eine Datenbank %1 mit Daten darin. Stellen Sie in einen leeren Server (ein neues Volume) wieder her, oder löschen Sie diese Datenbank zuerst, wenn sie nichts enthält, was Sie brauchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything before that line was restored; nothing after it.</source>
        <translation>Alles vor dieser Zeile wurde wiederhergestellt; nichts danach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The restore was cancelled at line %1 of %2; the target holds what came before.</source>
        <translation>Die Wiederherstellung wurde in Zeile %1 von %2 abgebrochen; das Ziel enthält, was davor kam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The container %1 stopped during the restore, at line %2 of the dump.</source>
        <translation>Der Container %1 wurde während der Wiederherstellung beendet, bei Zeile %2 des Dumps.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1 failed at byte %2: %3. The restore is incomplete.</source>
        <translation>Das Lesen von %1 schlug bei Byte %2 fehl: %3. Die Wiederherstellung ist unvollständig.</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>edm::RollbackJob</name>
    <message>
        <location filename="../src/core/migration/steps/RollbackJob.cpp" line="+45"/>
        <source>Cannot restore %1: %2. Its original is kept in %3.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Sein Original liegt in %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is back to its original bytes.</source>
        <translation>%1 hat wieder seine ursprünglichen Bytes.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+35"/>
        <source>The compose file is back to its original, but the data volume cannot be found. Start the service and restore %1 with &quot;ente-db-migrate restore&quot;.</source>
        <translation>Die Compose-Datei ist wieder im Original, aber das Datenvolume ist nicht zu finden. Starten Sie den Dienst und stellen Sie %1 mit „ente-db-migrate restore“ wieder her.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the backup into %1</source>
        <translation>Die Sicherung in %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume %1 holds data that pgautoupgrade converted (or began to convert). Its contents are first copied to a new volume %2, which is kept; then %1 is emptied, %3 starts on it with a new database, and the backup %4 is restored into it.</source>
        <translation>Das Volume %1 enthält Daten, die pgautoupgrade umgewandelt hat (oder umzuwandeln begann). Sein Inhalt wird zuerst in ein neues Volume %2 kopiert, das erhalten bleibt; dann wird %1 geleert, %3 startet darauf mit einer neuen Datenbank, und die Sicherung %4 wird darin wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The converted data is kept in the volume %1.</source>
        <translation>Die umgewandelten Daten bleiben im Volume %1 erhalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder %1 holds the data restored for Postgres %2; the original folder was not touched. Remove it when you no longer need it.</source>
        <translation>Der Ordner %1 enthält die für Postgres %2 wiederhergestellten Daten; der ursprüngliche Ordner wurde nicht angerührt. Entfernen Sie ihn, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the volume %1</source>
        <translation>Das Volume %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original data was never touched by the dump-restore method: it is in its volume as before. The new volume %1 holds the copy restored for Postgres %2 and is not needed for the rollback. Answer no to keep it (remove it later with &quot;docker volume rm %1&quot;).</source>
        <translation>Die Dump-Restore-Methode hat die ursprünglichen Daten nie angerührt: Sie liegen wie zuvor in ihrem Volume. Das neue Volume %1 enthält die für Postgres %2 wiederhergestellte Kopie und wird für das Zurücksetzen nicht gebraucht. Antworten Sie mit Nein, um es zu behalten (später entfernen mit „docker volume rm %1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The volume %1 is kept.</source>
        <translation>Das Volume %1 bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The volume %1 was removed.</source>
        <translation>Das Volume %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume %1 is kept: %2</source>
        <translation>Das Volume %1 bleibt erhalten: %2</translation>
    </message>
</context>
<context>
    <name>edm::RunLock</name>
    <message>
        <location filename="../src/core/StateDir.cpp" line="+573"/>
        <source>Another run of Ente DB Migration is in progress on this project (pid %1). Wait for it to finish, or stop it.</source>
        <translation>Auf diesem Projekt läuft bereits ein anderer Lauf von Ente DB Migration (PID %1). Warten Sie, bis er fertig ist, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>edm::ServerProbe</name>
    <message>
        <location filename="../src/core/postgres/ServerProbe.cpp" line="+375"/>
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
        <location line="+10"/>
        <source>The cluster&apos;s install user could not be read: %1</source>
        <translation>Der Installationsbenutzer des Clusters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1 --version&quot; in %2 printed no version (&quot;%3&quot;).</source>
        <translation>„%1 --version“ in %2 gab keine Version aus („%3“).</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+4"/>
        <source>%1 cannot log in over TCP: no line of pg_hba.conf allows it. Add a host line for it (the official image adds &quot;host all all all scram-sha-256&quot;).</source>
        <translation>%1 kann sich nicht über TCP anmelden: Keine Zeile von pg_hba.conf erlaubt es. Fügen Sie eine host-Zeile dafür hinzu (das offizielle Image fügt „host all all all scram-sha-256“ hinzu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server in %1 does not listen on TCP (127.0.0.1), so museum cannot reach it either. Check listen_addresses in postgresql.conf (the official image sets &apos;*&apos;).</source>
        <translation>Der Server in %1 lauscht nicht auf TCP (127.0.0.1), also kann auch museum ihn nicht erreichen. Prüfen Sie listen_addresses in postgresql.conf (das offizielle Image setzt &apos;*&apos;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pg_hba.conf rules could not be read, so it is unknown whether this login checked the password.</source>
        <translation>Die pg_hba.conf-Regeln konnten nicht gelesen werden, daher ist unbekannt, ob diese Anmeldung das Passwort geprüft hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No line of pg_hba.conf lets a client on another host (museum on the compose network) log in as %1.</source>
        <translation>Keine Zeile von pg_hba.conf lässt einen Client auf einem anderen Host (museum im Compose-Netz) als %1 herein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logs in over 127.0.0.1 (trusted), but museum will be refused: the password is stored as an md5 hash and pg_hba.conf (line %2) requires scram-sha-256 for other hosts. Set the password again while password_encryption is scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), or change that line to md5.</source>
        <translation>%1 meldet sich über 127.0.0.1 an (vertrauenswürdig), aber museum wird abgewiesen: Das Passwort ist als md5-Hash gespeichert, und pg_hba.conf (Zeile %2) verlangt für andere Hosts scram-sha-256. Setzen Sie das Passwort erneut, während password_encryption scram-sha-256 ist (ALTER ROLE %1 PASSWORD &apos;…&apos;), oder ändern Sie diese Zeile auf md5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be compared with the stored one: %1</source>
        <translation>Das Passwort konnte nicht mit dem gespeicherten verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 logs in over 127.0.0.1 only because that address is trusted: the password in the compose file is not the one stored for the role (%2), so museum will be refused. Put the right password in the compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD &apos;…&apos;).</source>
        <translation>%1 meldet sich über 127.0.0.1 nur an, weil diese Adresse vertrauenswürdig ist: Das Passwort in der Compose-Datei ist nicht das für die Rolle gespeicherte (%2), daher wird museum abgewiesen. Tragen Sie das richtige Passwort in die Compose-Datei oder .env ein oder setzen Sie es in der Datenbank (ALTER ROLE %1 PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The extensions of the database %1 could not be listed: %2</source>
        <translation>Die Erweiterungen der Datenbank %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <location line="+3"/>
        <source>The %1 inside the container %2 (version %3) is older than the server (%4) and refuses to dump it. A server&apos;s backup needs a %1 of its own major version or newer: the official postgres image of that version has one. Check the image of the service.</source>
        <translation>Das %1 im Container %2 (Version %3) ist älter als der Server (%4) und weigert sich, ihn zu sichern. Die Sicherung eines Servers braucht ein %1 seiner eigenen Hauptversion oder neuer: Das offizielle postgres-Image dieser Version hat eines. Prüfen Sie das Image des Dienstes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postgres in %1 is starting up or shutting down and does not accept connections yet. Wait until it is ready, then try again.</source>
        <translation>Postgres in %1 startet oder fährt herunter und nimmt noch keine Verbindungen an. Warten Sie, bis es bereit ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 refused the password from the compose file. Check POSTGRES_PASSWORD in the compose file or .env.</source>
        <translation>Postgres in %1 hat das Passwort aus der Compose-Datei abgelehnt. Prüfen Sie POSTGRES_PASSWORD in der Compose-Datei oder .env.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../src/core/docker/ServiceContainer.cpp" line="+38"/>
        <source>The search for the container was stopped.</source>
        <translation>Die Suche nach dem Container wurde angehalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The container %1 of the service %2 is not running (%3). Start it first: docker compose up -d %2</source>
        <translation>Der Container %1 des Dienstes %2 läuft nicht (%3). Starten Sie ihn zuerst: docker compose up -d %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 of the project %2 has no container. Start it first: docker compose up -d %1</source>
        <translation>Der Dienst %1 des Projekts %2 hat keinen Container. Starten Sie ihn zuerst: docker compose up -d %1</translation>
    </message>
</context>
<context>
    <name>edm::ServiceRestoreJob</name>
    <message>
        <location filename="../src/core/postgres/ServiceRestoreJob.cpp" line="+68"/>
        <source>The service %1 runs in the container %2 now, not in %3 as confirmed. Nothing was restored.</source>
        <translation>Der Dienst %1 läuft jetzt im Container %2, nicht in %3 wie bestätigt. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The search for the container was stopped.</source>
        <translation>Die Suche nach dem Container wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>edm::StateDir</name>
    <message>
        <location filename="../src/core/StateDir.cpp" line="-538"/>
        <source>%1 %2. Nothing was read from it or written into it. Move it aside (check what it points to or who made it), then run the command again.</source>
        <translation>%1 %2. Daraus wurde nichts gelesen und nichts hineingeschrieben. Verschieben Sie es beiseite (prüfen Sie, worauf es zeigt oder wer es angelegt hat) und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2. The migration needs to write its journal beside the compose file; check the folder&apos;s permissions and free space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Migration muss ihr Journal neben die Compose-Datei schreiben; prüfen Sie die Rechte des Ordners und den freien Speicher.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+33"/>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+222"/>
        <source>belongs to another user (uid %1)</source>
        <translation>gehört einem anderen Benutzer (UID %1)</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>may be written by other users and cannot be made private (%1)</source>
        <translation>kann von anderen Benutzern beschrieben werden und lässt sich nicht privat machen (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+179"/>
        <location line="+69"/>
        <location line="+194"/>
        <source>is a symbolic link</source>
        <translation>ist ein symbolischer Link</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>cannot be opened (%1)</source>
        <translation>kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open the project folder %1: %2.</source>
        <translation>Der Projektordner %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a path inside %2.</source>
        <translation>%1 ist kein Pfad innerhalb von %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+36"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+59"/>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file. It is not one this app wrote; move it aside.</source>
        <translation>%1 ist größer als %2 MiB, mehr liest diese App aus einer solchen Datei nicht. Sie stammt nicht von dieser App; verschieben Sie sie beiseite.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file.</source>
        <translation>%1 ist größer als %2 MiB, mehr liest diese App aus einer solchen Datei nicht.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cannot delete everything in %1.</source>
        <translation>In %1 kann nicht alles gelöscht werden.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>is not a regular file of yours</source>
        <translation>ist keine reguläre Datei, die Ihnen gehört</translation>
    </message>
</context>
<context>
    <name>edm::StopStep</name>
    <message>
        <location filename="../src/core/migration/steps/StopStep.cpp" line="+17"/>
        <source>Stop the stack</source>
        <translation>Stack anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;%1 down&quot;: every container of the project stops and is removed (volumes and data stay). Ente is offline until the migration finishes.</source>
        <translation>„%1 down“ ausführen: Jeder Container des Projekts wird angehalten und entfernt (Volumes und Daten bleiben). Ente ist offline, bis die Migration abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop every service of the project, &quot;%1&quot; included. Ente is offline until the migration finishes.</source>
        <translation>Jeden Dienst des Projekts anhalten, „%1“ eingeschlossen. Ente ist offline, bis die Migration abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The container %1 still runs after stopping the stack. Stop it with &quot;docker stop %1&quot; and resume.</source>
        <translation>Der Container %1 läuft nach dem Anhalten des Stacks noch. Halten Sie ihn mit „docker stop %1“ an und setzen Sie fort.</translation>
    </message>
</context>
<context>
    <name>edm::TransferProgress</name>
    <message>
        <location filename="../src/core/postgres/TransferProgress.cpp" line="+24"/>
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
    <name>edm::UpgradeEstimate</name>
    <message>
        <location filename="../src/core/migration/UpgradeEstimate.cpp" line="+94"/>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading</source>
        <translation>Upgrade läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reindexing</source>
        <translation>Neuindizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the new server</source>
        <translation>Start des neuen Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>edm::UpgradeLogWatcher</name>
    <message>
        <location filename="../src/core/docker/UpgradeLogWatcher.cpp" line="+130"/>
        <source> … [line cut at %1 bytes]</source>
        <translation> … [Zeile nach %1 Bytes abgeschnitten]</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>This pgautoupgrade image upgrades the data to PostgreSQL %1, but the target is %2. Do not stop it midway (that leaves the data half converted): let it finish, then either keep PostgreSQL %1 (postgres:%1 in the compose file from now on) or restore the backup and use pgautoupgrade&apos;s tag for %2.</source>
        <translation>Dieses pgautoupgrade-Image aktualisiert die Daten auf PostgreSQL %1, das Ziel ist aber %2. Halten Sie es nicht mittendrin an (das hinterlässt halb umgewandelte Daten): Lassen Sie es abschließen und behalten Sie dann entweder PostgreSQL %1 (ab jetzt postgres:%1 in der Compose-Datei) oder stellen Sie die Sicherung wieder her und verwenden Sie das pgautoupgrade-Tag für %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>pgautoupgrade found upgrade_in_progress.lock in the data folder: an earlier upgrade was interrupted (stopped, or failed before its completion line), so the data may be half converted, and it refuses to start. Restore the backup into a fresh volume (Rollback does this). Delete the lock file only if you know the earlier run converted the data completely (its log ended with “Upgrade to PostgreSQL … complete.”), then start the container again.</source>
        <translation>pgautoupgrade fand upgrade_in_progress.lock im Datenordner: Ein früheres Upgrade wurde unterbrochen (angehalten oder vor seiner Abschlusszeile gescheitert), die Daten können also halb umgewandelt sein, und es verweigert den Start. Stellen Sie die Sicherung in ein frisches Volume wieder her (das macht „Zurücksetzen“). Löschen Sie die Sperrdatei nur, wenn Sie wissen, dass der frühere Lauf die Daten vollständig umgewandelt hat (sein Protokoll endete mit „Upgrade to PostgreSQL … complete.“), und starten Sie dann den Container erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pgautoupgrade could not create its temporary folder %1 in the data volume and stopped; the data was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has free space, then start the container again.</source>
        <translation>pgautoupgrade konnte seinen temporären Ordner %1 im Datenvolume nicht anlegen und hat angehalten; die Daten blieben, wo sie waren. Stellen Sie sicher, dass das Volume für den Benutzer postgres (uid 999) beschreibbar ist und freien Platz hat, und starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data volume holds files of a PostgreSQL version this pgautoupgrade image cannot upgrade to %1 (already %1 or newer, or older than 9.5); nothing was converted. Check PG_VERSION in the volume and the image tag. Releases from October 2024 to August 2025 leave upgrade_in_progress.lock behind in this case: delete it before the next try.</source>
        <translation>Das Datenvolume enthält Dateien einer PostgreSQL-Version, die dieses pgautoupgrade-Image nicht auf %1 aktualisieren kann (bereits %1 oder neuer, oder älter als 9.5); nichts wurde umgewandelt. Prüfen Sie PG_VERSION im Volume und das Image-Tag. Versionen von Oktober 2024 bis August 2025 lassen in diesem Fall upgrade_in_progress.lock zurück: Löschen Sie sie vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder “%1” of an earlier, failed upgrade is still in the data volume, so pgautoupgrade stopped before changing anything. The earlier run may have moved your data into “old”: restore the backup into a fresh volume, or move the contents of “old” back and delete “old” and “new” by hand if you know they hold nothing else.</source>
        <translation>Der Ordner „%1“ eines früheren, gescheiterten Upgrades liegt noch im Datenvolume, daher hat pgautoupgrade angehalten, bevor es etwas änderte. Der frühere Lauf hat Ihre Daten womöglich nach „old“ verschoben: Stellen Sie die Sicherung in ein frisches Volume wieder her, oder verschieben Sie den Inhalt von „old“ zurück und löschen Sie „old“ und „new“ von Hand, wenn Sie wissen, dass sie nichts anderes enthalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pg_upgrade failed; its messages are in the lines above. The old data is now in the folder “old” of the volume, and the next start will fail too (on pgautoupgrade&apos;s lock file, on that folder, or with initdb refusing the folder). Restore the backup into a fresh volume, and fix what pg_upgrade did not accept before trying again.</source>
        <translation>pg_upgrade ist gescheitert; seine Meldungen stehen in den Zeilen oben. Die alten Daten liegen jetzt im Ordner „old“ des Volumes, und auch der nächste Start wird scheitern (an der Sperrdatei von pgautoupgrade, an diesem Ordner oder weil initdb den Ordner ablehnt). Stellen Sie die Sicherung in ein frisches Volume wieder her und beheben Sie, was pg_upgrade nicht akzeptiert hat, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data was converted, but updating the statistics and reindexing afterwards failed (%1). Fix the cause shown above (often a unique index that no longer holds after a collation change) and run REINDEX yourself before using the database, or restore the backup.</source>
        <translation>Die Daten wurden umgewandelt, aber das anschließende Aktualisieren der Statistiken und Neuindizieren schlug fehl (%1). Beheben Sie die oben gezeigte Ursache (oft ein eindeutiger Index, der nach einem Collation-Wechsel nicht mehr gilt) und führen Sie selbst REINDEX aus, bevor Sie die Datenbank verwenden, oder stellen Sie die Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The data folder has no PG_VERSION but holds other files, so the entrypoint tried to create a new cluster there and initdb refused. A failed pgautoupgrade run leaves this behind (the data moved into its folders “old” and “new”), or the volume is mounted at the wrong path. Restore the backup into a fresh volume; delete nothing in this volume before you have a verified backup.</source>
        <translation>Der Datenordner hat keine PG_VERSION, enthält aber andere Dateien, daher versuchte der Entrypoint, dort einen neuen Cluster anzulegen, und initdb lehnte ab. Ein gescheiterter pgautoupgrade-Lauf hinterlässt das (die Daten wurden in seine Ordner „old“ und „new“ verschoben), oder das Volume ist am falschen Pfad eingehängt. Stellen Sie die Sicherung in ein frisches Volume wieder her; löschen Sie nichts in diesem Volume, bevor Sie eine geprüfte Sicherung haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postgres 18 and newer keep their data below /var/lib/postgresql (in 18/docker), and this image refuses to start on a volume mounted at /var/lib/postgresql/data. Mount the data volume at /var/lib/postgresql instead (in the service&apos;s volumes: &quot;…:/var/lib/postgresql&quot;); if the data is from an older major, put the old image back and migrate with target 18, which moves the mount and the data together. Nothing was changed.</source>
        <translation>Postgres 18 und neuer legen ihre Daten unterhalb von /var/lib/postgresql ab (in 18/docker), und dieses Image startet nicht auf einem Volume, das unter /var/lib/postgresql/data eingehängt ist. Hängen Sie das Datenvolume stattdessen unter /var/lib/postgresql ein (in den volumes: des Dienstes: „…:/var/lib/postgresql“); stammen die Daten von einer älteren Hauptversion, setzen Sie das alte Image zurück und migrieren Sie mit dem Ziel 18, das Einbindung und Daten gemeinsam verlegt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+62"/>
        <source>The PostgreSQL server failed to start (%1). The lines above say why; fix the cause (permissions, configuration, disk space) and start the container again.</source>
        <translation>Der PostgreSQL-Server konnte nicht starten (%1). Die Zeilen oben nennen den Grund; beheben Sie ihn (Rechte, Konfiguration, Speicherplatz) und starten Sie den Container erneut.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>PostgreSQL stopped with a PANIC before the upgrade was done (%1). Do not use this data: restore the backup into a fresh volume.</source>
        <translation>PostgreSQL hielt mit einer PANIC an, bevor das Upgrade fertig war (%1). Verwenden Sie diese Daten nicht: Stellen Sie die Sicherung in ein frisches Volume wieder her.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PostgreSQL %1 started, but the target is %2: the container does not run the image the migration needs (the compose file may still name the old image, or a re-downloaded one changed it). Stop it and check the image of the Postgres service.</source>
        <translation>PostgreSQL %1 ist gestartet, aber das Ziel ist %2: Der Container verwendet nicht das Image, das die Migration braucht (die Compose-Datei nennt womöglich noch das alte Image, oder eine neu heruntergeladene hat es geändert). Halten Sie ihn an und prüfen Sie das Image des Postgres-Dienstes.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The data is from PostgreSQL %1, but the container runs PostgreSQL %2, which cannot read newer data (“database files are incompatible with server”). The compose image must stay on the data&apos;s major version: set it back to postgres:%1 (a re-downloaded compose file, such as Ente&apos;s, may have put back an older one) and start again. Nothing was changed.</source>
        <translation>Die Daten stammen von PostgreSQL %1, aber der Container verwendet PostgreSQL %2, das neuere Daten nicht lesen kann („database files are incompatible with server“). Das Compose-Image muss auf der Hauptversion der Daten bleiben: Setzen Sie es zurück auf postgres:%1 (eine neu heruntergeladene Compose-Datei, etwa die von Ente, hat womöglich ein älteres zurückgebracht) und starten Sie erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+10"/>
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
        <location line="+4"/>
        <source>A server had started after the data was converted, but pgautoupgrade never printed that the upgrade was complete, so it cannot be called done. Look at the lines above; restore the backup if in doubt.</source>
        <translation>Nach dem Umwandeln der Daten war ein Server gestartet, aber pgautoupgrade hat nie gemeldet, dass das Upgrade abgeschlossen ist, daher gilt es nicht als fertig. Sehen Sie sich die Zeilen oben an; stellen Sie im Zweifel die Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stopped after the data was converted, while statistics and indexes were being rebuilt. pgautoupgrade releases since February 2026 then leave upgrade_in_progress.lock behind and refuse the next start; earlier ones start normally without finishing, and indexes may be left invalid. Restore the backup, or remove the lock file, start the pgautoupgrade image again and let it finish (then run REINDEX if the release did not).</source>
        <translation>Es hielt nach dem Umwandeln der Daten an, während Statistiken und Indizes neu aufgebaut wurden. pgautoupgrade-Versionen seit Februar 2026 lassen dann upgrade_in_progress.lock zurück und verweigern den nächsten Start; frühere starten normal, ohne abzuschließen, und Indizes können ungültig bleiben. Stellen Sie die Sicherung wieder her, oder entfernen Sie die Sperrdatei, starten Sie das pgautoupgrade-Image erneut und lassen Sie es abschließen (führen Sie dann REINDEX aus, falls die Version es nicht tat).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stopped while the data was being converted: the volume is half converted and the next start will fail (on pgautoupgrade&apos;s lock file, a left-over folder, or initdb refusing the folder). Restore the backup into a fresh volume.</source>
        <translation>Es hielt an, während die Daten umgewandelt wurden: Das Volume ist halb umgewandelt, und der nächste Start wird scheitern (an der Sperrdatei von pgautoupgrade, einem übrig gebliebenen Ordner oder weil initdb den Ordner ablehnt). Stellen Sie die Sicherung in ein frisches Volume wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade had not begun; the lines above say why. Fix the cause and start the container again.</source>
        <translation>Das Upgrade hatte nicht begonnen; die Zeilen oben nennen den Grund. Beheben Sie ihn und starten Sie den Container erneut.</translation>
    </message>
</context>
<context>
    <name>edm::UpgradeStep</name>
    <message>
        <location filename="../src/core/migration/steps/UpgradeStep.cpp" line="+89"/>
        <source>Re-attached to the running upgrade container %1; its log is read again from the start</source>
        <translation>Wieder mit dem laufenden Upgrade-Container %1 verbunden; sein Protokoll wird noch einmal von Anfang an gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The upgrade had started, but its container no longer runs: the data&apos;s version decides.</source>
        <translation>Das Upgrade hatte begonnen, aber sein Container läuft nicht mehr: Die Version der Daten entscheidet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data version: %1 (%2).</source>
        <translation>Version der Daten: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade completed while nobody watched: the data is on Postgres %1; going on with the final image</source>
        <translation>Das Upgrade wurde abgeschlossen, während niemand zusah: Die Daten sind auf Postgres %1; weiter mit dem endgültigen Image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade did not convert the data (it is still on Postgres %1): it runs again</source>
        <translation>Das Upgrade hat die Daten nicht umgewandelt (sie sind noch auf Postgres %1): Es läuft noch einmal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upgrade was interrupted and its container is gone; the data&apos;s version cannot be read (%1), so pgautoupgrade may have left it half-converted. Roll back to restore the backup.</source>
        <translation>Das Upgrade wurde unterbrochen und sein Container ist fort; die Version der Daten kann nicht gelesen werden (%1), pgautoupgrade hat sie also vielleicht halb umgewandelt hinterlassen. Setzen Sie zurück, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the image to %1</source>
        <translation>Das Image auf %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the change below, then only the service &quot;%2&quot; starts with it. pgautoupgrade converts the data to Postgres %3 in place; the log is followed until the upgrade is complete and the new server accepts connections.</source>
        <translation>%1 erhält die folgende Änderung, dann startet nur der Dienst „%2“ damit. pgautoupgrade wandelt die Daten an Ort und Stelle in Postgres %3 um; das Protokoll wird verfolgt, bis das Upgrade abgeschlossen ist und der neue Server Verbindungen annimmt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: image → %2</source>
        <translation>%1: Image → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The upgrade did not complete within %1 minutes. The container was stopped; your backup is intact. Last lines of the log:</source>
        <translation>Das Upgrade wurde nicht innerhalb von %1 Minuten abgeschlossen. Der Container wurde angehalten; Ihre Sicherung ist unversehrt. Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Upgrading the data from Postgres %1 to %2</source>
        <translation>Die Daten werden von Postgres %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data converted; updating statistics and rebuilding indexes</source>
        <translation>Daten umgewandelt; Statistiken werden aktualisiert und Indizes neu aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade complete; waiting for the final server start</source>
        <translation>Upgrade abgeschlossen; warte auf den endgültigen Serverstart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is already on Postgres %1; no upgrade needed</source>
        <translation>Die Daten sind bereits auf Postgres %1; kein Upgrade nötig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Postgres %1 server accepts connections</source>
        <translation>Der Postgres-%1-Server nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last lines of the log:</source>
        <translation>Letzte Zeilen des Protokolls:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade complete; pgautoupgrade&apos;s one-shot mode ends its container, and the final image starts next</source>
        <translation>Upgrade abgeschlossen; der One-Shot-Modus von pgautoupgrade beendet seinen Container, als Nächstes startet das endgültige Image</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The upgrade was interrupted and its container stopped. pgautoupgrade may have left its data half-converted: resume to let it try again, or roll back to restore the backup.</source>
        <translation>Das Upgrade wurde unterbrochen und sein Container angehalten. pgautoupgrade hat die Daten womöglich halb umgewandelt hinterlassen: Setzen Sie fort, damit es es erneut versucht, oder setzen Sie zurück, um die Sicherung wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>edm::VerifyStep</name>
    <message>
        <location filename="../src/core/migration/steps/VerifyStep.cpp" line="+77"/>
        <source>Login over TCP with the password</source>
        <translation>Anmeldung über TCP mit dem Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 logs in to %2 the way museum does.</source>
        <translation>%1 meldet sich bei %2 so an, wie museum es tut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Health URL</source>
        <translation>Health-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered.</source>
        <translation>%1 hat geantwortet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start museum (docker compose up -d) and check its log.</source>
        <translation>Starten Sie museum (docker compose up -d) und prüfen Sie sein Protokoll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collation versions</source>
        <translation>Collation-Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the databases&apos; collation versions: %1</source>
        <translation>Die Collation-Versionen der Datenbanken konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refresh the collation versions</source>
        <translation>Die Collation-Versionen aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The C library of the new image sorts text in a newer version than %1 recorded. The migration rebuilt the indexes, so the app records the new version for each (ALTER DATABASE … REFRESH COLLATION VERSION); until then Postgres warns about the mismatch at every connection. Nothing else changes.</source>
        <translation>Die C-Bibliothek des neuen Images sortiert Text in einer neueren Version als der für %1 gespeicherten. Die Migration hat die Indizes neu aufgebaut, daher speichert die App für jede Datenbank die neue Version (ALTER DATABASE … REFRESH COLLATION VERSION); bis dahin warnt Postgres bei jeder Verbindung vor der Abweichung. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: collation version refreshed</source>
        <translation>%1: Collation-Version aktualisiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The migrated server failed some checks (see the list). Your backup is intact: roll back to return to Postgres %1, or fix what the checks say and verify again with resume.</source>
        <translation>Der migrierte Server hat einige Prüfungen nicht bestanden (siehe Liste). Ihre Sicherung ist unversehrt: Setzen Sie zurück, um zu Postgres %1 zurückzukehren, oder beheben Sie, was die Prüfungen sagen, und prüfen Sie mit „Fortsetzen“ erneut.</translation>
    </message>
</context>
<context>
    <name>edm::cli::BackupCommand</name>
    <message>
        <location filename="../src/cli/BackupCommand.cpp" line="+47"/>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to show progress: bar (on a terminal), json (one object per line on standard output), none; default: a bar when standard error is a terminal.</source>
        <translation>Wie der Fortschritt gezeigt wird: bar (in einem Terminal), json (ein Objekt pro Zeile auf der Standardausgabe), none; Standard: ein Balken, wenn die Standardfehlerausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Exit codes: 0 the backup is complete and verified, 1 it failed (nothing is left under the file&apos;s name), 2 bad arguments or an unusable project.</source>
        <translation>Exit-Codes: 0 die Sicherung ist vollständig und geprüft, 1 sie ist gescheitert (unter dem Dateinamen bleibt nichts), 2 falsche Argumente oder ein unbrauchbares Projekt.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backs up the Postgres service of a compose project with pg_dumpall (run in its container), into a file that gets its name only once the dump is complete and verified, with a SHA-256 and a .json description beside it. Default file: pg&lt;version&gt;-&lt;date&gt;-&lt;time&gt;.backup.sql in the project folder (-2, -3, … added when that name is taken). A file given with -o that exists already is not replaced: the command refuses.</source>
        <translation>Sichert den Postgres-Dienst eines Compose-Projekts mit pg_dumpall (in seinem Container ausgeführt) in eine Datei, die ihren Namen erst erhält, wenn der Dump vollständig und geprüft ist, mit einem SHA-256 und einer .json-Beschreibung daneben. Standarddatei: pg&lt;version&gt;-&lt;date&gt;-&lt;time&gt;.backup.sql im Projektordner (mit angehängtem -2, -3, …, wenn der Name vergeben ist). Eine mit -o angegebene Datei, die bereits existiert, wird nicht ersetzt: Der Befehl verweigert das.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress muss bar, json oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one PATH, got %1.</source>
        <translation>ein PFAD erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Backing up %1 (container %2, PostgreSQL %3, about %4) to %5</source>
        <translation>Sichere %1 (Container %2, PostgreSQL %3, etwa %4) nach %5</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+3"/>
        <source>(A previous backup of that name was replaced.)</source>
        <translation>(Eine frühere Sicherung dieses Namens wurde ersetzt.)</translation>
    </message>
</context>
<context>
    <name>edm::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+51"/>
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
        <location line="+22"/>
        <source>%1: no such file or folder. Give a backup (.sql) to open it in the backup browser, or a compose project&apos;s folder or file to open it in the wizard.</source>
        <translation>%1: keine solche Datei und kein solcher Ordner. Geben Sie eine Sicherung (.sql) an, um sie im Sicherungs-Browser zu öffnen, oder den Ordner oder die Datei eines Compose-Projekts, um es im Assistenten zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>unbekannter Befehl „%1“. Führen Sie „%2 --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>edm::cli::Command</name>
    <message>
        <location filename="../src/cli/Command.cpp" line="+49"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Der Projektordner oder die Compose-Datei (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Der Postgres-Dienst, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker program to use.</source>
        <translation>Das zu verwendende docker-Programm.</translation>
    </message>
</context>
<context>
    <name>edm::cli::EngineDriver</name>
    <message>
        <location filename="../src/cli/EngineDriver.cpp" line="+39"/>
        <source>   done: %1</source>
        <translation>   fertig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>   FAILED: %1</source>
        <translation>   FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+57"/>
        <source>Rolled back.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The migration is complete.</source>
        <translation>Die Migration ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State now:   %1</source>
        <translation>Zustand jetzt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step:   %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::InspectCommand</name>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="+51"/>
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
        <location line="+2"/>
        <source>password of unknown kind</source>
        <translation>Passwort unbekannter Art</translation>
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
        <location line="-125"/>
        <source>Reads a backup made by pg_dumpall or pg_dump (plain SQL, or .sql.gz) and says what is in it: server version, roles, databases, tables with their row counts, and whether it is complete. Exit codes: 0 complete, 3 readable but incomplete or suspect, 2 cannot be read.</source>
        <translation>Liest eine mit pg_dumpall oder pg_dump erstellte Sicherung (SQL im Klartext oder .sql.gz) und sagt, was sie enthält: Serverversion, Rollen, Datenbanken, Tabellen mit ihren Zeilenzahlen und ob sie vollständig ist. Exit-Codes: 0 vollständig, 3 lesbar, aber unvollständig oder verdächtig, 2 nicht lesbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dump file (.sql or .sql.gz), or - for standard input.</source>
        <translation>Die Dump-Datei (.sql oder .sql.gz), oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary (or the error) as JSON.</source>
        <translation>Die Zusammenfassung (oder den Fehler) als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>inspect needs the dump FILE to read.</source>
        <translation>inspect braucht die zu lesende Dump-DATEI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspect takes one FILE, got %1.</source>
        <translation>inspect nimmt eine DATEI, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../src/cli/MigrateCommand.cpp" line="+24"/>
        <source>Migrates the Postgres service of a compose project to a newer major version: preflight checks, a verified backup, stop, upgrade, switch to the new image, verify. Asks before each change unless --yes.</source>
        <translation>Migriert den Postgres-Dienst eines Compose-Projekts auf eine neuere Hauptversion: Vorabprüfungen, eine geprüfte Sicherung, Anhalten, Upgrade, Wechsel auf das neue Image, Prüfung. Fragt vor jeder Änderung, außer mit --yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continues a migration that stopped (closed, crashed or failed) from its journal.</source>
        <translation>Setzt eine angehaltene Migration (geschlossen, abgestürzt oder gescheitert) anhand ihres Journals fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoes a migration: the original compose file comes back byte for byte and, when the data was already converted, the backup is restored into the volume for the original Postgres version.</source>
        <translation>Macht eine Migration rückgängig: Die ursprüngliche Compose-Datei kommt Byte für Byte zurück und, wenn die Daten bereits umgewandelt waren, wird die Sicherung in das Volume für die ursprüngliche Postgres-Version wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+16"/>
        <source>How the data moves: &quot;pgautoupgrade&quot; (default) converts it in place with the pgautoupgrade image; &quot;dump-restore&quot; restores the backup into a new volume &lt;volume&gt;-pg&lt;target&gt; (a folder &lt;dir&gt;-pg&lt;target&gt; for a bind mount) for the plain target image and keeps the old volume untouched for a rollback.</source>
        <translation>Wie die Daten umziehen: „pgautoupgrade“ (Standard) wandelt sie mit dem pgautoupgrade-Image an Ort und Stelle um; „dump-restore“ stellt die Sicherung in ein neues Volume &lt;volume&gt;-pg&lt;ziel&gt; (einen Ordner &lt;ordner&gt;-pg&lt;ziel&gt; bei einem Bind-Mount) für das reine Ziel-Image wieder her und lässt das alte Volume für ein Zurücksetzen unangetastet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--method must be pgautoupgrade or dump-restore.</source>
        <translation>--method muss pgautoupgrade oder dump-restore sein.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Restore the backup into a throwaway container of the target version and verify it there before touching the real data.</source>
        <translation>Die Sicherung in einen Wegwerf-Container der Zielversion wiederherstellen und dort prüfen, bevor die echten Daten angerührt werden.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Postgres major version to move to: 15, 16 (default), 17 or 18.</source>
        <translation>Die Postgres-Hauptversion, auf die gewechselt wird: 15, 16 (Standard), 17 oder 18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:&lt;target&gt;-trixie, or &lt;target&gt;-alpine for an Alpine stack), e.g. a mirror&apos;s copy or a digest.</source>
        <translation>Das pgautoupgrade-Image für das Upgrade (Standard: pgautoupgrade/pgautoupgrade:&lt;ziel&gt;-trixie, oder &lt;ziel&gt;-alpine bei einem Alpine-Stack), z. B. die Kopie eines Mirrors oder ein Digest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The postgres image to run afterwards (default: postgres:&lt;target&gt; in the current image&apos;s registry and flavour), e.g. a mirror&apos;s copy or a digest.</source>
        <translation>Das postgres-Image, das danach läuft (Standard: postgres:&lt;ziel&gt; in Registry und Variante des aktuellen Images), z. B. die Kopie eines Mirrors oder ein Digest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where the backup is written (default: the project folder).</source>
        <translation>Wohin die Sicherung geschrieben wird (Standard: der Projektordner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes to wait for the upgrade to complete (default 60).</source>
        <translation>Minuten, die auf den Abschluss des Upgrades gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Exit codes: 0 done, 1 a step failed (see the message; resume or roll back), 2 bad arguments or an unusable project, 5 stopped by you or nothing to do.</source>
        <translation>Exit-Codes: 0 fertig, 1 ein Schritt ist gescheitert (siehe Meldung; fortsetzen oder zurücksetzen), 2 falsche Argumente oder ein unbrauchbares Projekt, 5 von Ihnen angehalten oder nichts zu tun.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected one PATH, got %1.</source>
        <translation>ein PFAD erwartet, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--timeout must be a number of minutes.</source>
        <translation>--timeout muss eine Anzahl Minuten sein.</translation>
    </message>
</context>
<context>
    <name>edm::cli::PlanCommand</name>
    <message>
        <location filename="../src/cli/PlanCommand.cpp" line="+21"/>
        <source>Shows what migrating the Postgres service of a compose project would change: the detected service and the diff of each image change. Changes nothing.</source>
        <translation>Zeigt, was die Migration des Postgres-Dienstes eines Compose-Projekts ändern würde: den erkannten Dienst und den Diff jeder Image-Änderung. Ändert nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the plan (or the error) as JSON.</source>
        <translation>Den Plan (oder den Fehler) als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Postgres major version to move to: 15, 16 (default), 17 or 18.</source>
        <translation>Die Postgres-Hauptversion, auf die gewechselt wird: 15, 16 (Standard), 17 oder 18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:&lt;target&gt;-trixie, or &lt;target&gt;-alpine for an Alpine stack).</source>
        <translation>Das pgautoupgrade-Image für das Upgrade (Standard: pgautoupgrade/pgautoupgrade:&lt;ziel&gt;-trixie, oder &lt;ziel&gt;-alpine bei einem Alpine-Stack).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The postgres image to run afterwards (default: postgres:&lt;target&gt; in the current image&apos;s registry and flavour).</source>
        <translation>Das postgres-Image, das danach läuft (Standard: postgres:&lt;ziel&gt; in Registry und Variante des aktuellen Images).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan takes one PATH, got %1.</source>
        <translation>plan nimmt einen PFAD, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../src/cli/ReportCommand.cpp" line="+23"/>
        <source>Writes the report of a project&apos;s migration: steps, diffs, backup, checks, row counts, warnings.</source>
        <translation>Schreibt den Bericht der Migration eines Projekts: Schritte, Diffs, Sicherung, Prüfungen, Zeilenzahlen, Warnungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>html, md, json or pdf.</source>
        <translation>html, md, json oder pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write (default: ente-db-migration-YYYYMMDD-HHMM.&lt;format&gt; here).</source>
        <translation>Die zu schreibende Datei (Standard: ente-db-migration-JJJJMMTT-HHMM.&lt;Format&gt; hier).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give --format html, md, json or pdf (or an -o FILE with one of those extensions).</source>
        <translation>geben Sie --format html, md, json oder pdf an (oder -o DATEI mit einer dieser Endungen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no migration of %1 has been recorded yet, so there is nothing to report.</source>
        <translation>für %1 wurde noch keine Migration aufgezeichnet, daher gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>edm::cli::RestoreCommand</name>
    <message>
        <location filename="../src/cli/RestoreCommand.cpp" line="+76"/>
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
        <location line="-73"/>
        <source>Restores a pg_dumpall file into the Postgres service of a compose project (psql with ON_ERROR_STOP: it stops at the first error and says on which line of the file), or with --image into a throwaway container of that image, whose row counts are then compared with the dump&apos;s.</source>
        <translation>Stellt eine pg_dumpall-Datei im Postgres-Dienst eines Compose-Projekts wieder her (psql mit ON_ERROR_STOP: Es hält beim ersten Fehler an und nennt die Zeile der Datei) oder mit --image in einem Wegwerf-Container dieses Images, dessen Zeilenzahlen dann mit denen des Dumps verglichen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump to restore (.sql).</source>
        <translation>Der wiederherzustellende Dump (.sql).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore into the service without asking.</source>
        <translation>In den Dienst wiederherstellen, ohne zu fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new throwaway container of IMAGE (e.g. postgres:16) instead of the service, compare its row counts with the dump&apos;s, then remove it.</source>
        <translation>In einen neuen Wegwerf-Container von IMAGE (z. B. postgres:16) statt in den Dienst wiederherstellen, seine Zeilenzahlen mit denen des Dumps vergleichen und ihn dann entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --image: leave the container running.</source>
        <translation>Mit --image: den Container laufen lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to show progress: bar, json or none; default: a bar when standard error is a terminal.</source>
        <translation>Wie der Fortschritt gezeigt wird: bar, json oder none; Standard: ein Balken, wenn die Standardfehlerausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Exit codes: 0 restored (and, with --image, every row counted), 1 the restore failed or the counts differ, 2 bad arguments, an unusable project or file, or no --yes where it is needed.</source>
        <translation>Exit-Codes: 0 wiederhergestellt (und mit --image jede Zeile gezählt), 1 die Wiederherstellung ist gescheitert oder die Zahlen weichen ab, 2 falsche Argumente, ein unbrauchbares Projekt oder eine unbrauchbare Datei, oder kein --yes, wo es nötig ist.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The dump %1 cannot be read: %2.</source>
        <translation>Der Dump %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the .sql file.</source>
        <translation>%1 ist komprimiert (gzip). Entpacken Sie es zuerst (gunzip -k %1) und stellen Sie dann die .sql-Datei wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a pg_dump archive in the custom format, which psql cannot read; restore it with pg_restore.</source>
        <translation>%1 ist ein pg_dump-Archiv im Custom-Format, das psql nicht lesen kann; stellen Sie es mit pg_restore wieder her.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a plain SQL dump: it holds binary data. Restore takes the .sql file a backup of this app (or pg_dumpall) wrote. Nothing was restored.</source>
        <translation>%1 ist kein reiner SQL-Dump: Die Datei enthält Binärdaten. Die Wiederherstellung erwartet die .sql-Datei, die eine Sicherung dieser App (oder pg_dumpall) geschrieben hat. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress muss bar, json oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected FILE [PATH].</source>
        <translation>DATEI [PFAD] erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restore %1 into the service %2 (container %3)? Its roles and databases are added to the running server.</source>
        <translation>%1 in den Dienst %2 (Container %3) wiederherstellen? Seine Rollen und Datenbanken werden dem laufenden Server hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add --yes to restore without a question on a terminal.</source>
        <translation>Fügen Sie --yes hinzu, um in einem Terminal ohne Rückfrage wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored.</source>
        <translation>Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+6"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
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
    <name>edm::cli::StatusCommand</name>
    <message>
        <location filename="../src/cli/StatusCommand.cpp" line="+23"/>
        <source>Shows where the migration of a compose project stands.</source>
        <translation>Zeigt, wo die Migration eines Compose-Projekts steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not exist. Give the folder of your compose project.</source>
        <translation>%1 existiert nicht. Geben Sie den Ordner Ihres Compose-Projekts an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No migration has been started in %1.</source>
        <translation>In %1 wurde keine Migration begonnen.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../src/cli/TransferConsole.cpp" line="+74"/>
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
        <location filename="../src/cli/WatchLogCommand.cpp" line="+65"/>
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
        <location line="+15"/>
        <source>The Postgres major version the upgrade must reach: 14 to 18 (an older one for a plain server&apos;s log); a log that upgrades to another one fails. Without it, the target the log announces (16 until it does).</source>
        <translation>Die Postgres-Hauptversion, die das Upgrade erreichen muss: 14 bis 18 (eine ältere für das Protokoll eines einfachen Servers); ein Protokoll, das auf eine andere aktualisiert, schlägt fehl. Ohne diese Angabe das Ziel, das das Protokoll ankündigt (16, bis es das tut).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Upgrade target: PostgreSQL %1 (announced by the log)</source>
        <translation>Upgrade-Ziel: PostgreSQL %1 (vom Protokoll angekündigt)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+104"/>
        <source>--target must be a Postgres major version up to 18 (pgautoupgrade upgrades to 14 to 18), not &quot;%1&quot;.</source>
        <translation>--target muss eine Postgres-Hauptversion bis 18 sein (pgautoupgrade aktualisiert auf 14 bis 18), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a folder, not a log file. Give the file docker logs was saved to, or - for standard input.</source>
        <translation>%1 ist ein Ordner, keine Protokolldatei. Geben Sie die Datei an, in die docker logs gespeichert wurde, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Follows the log of a pgautoupgrade (or Postgres) container, from a file or standard input, and prints one line per recognised event: upgrade started, finished or failed, no upgrade needed, server starting, ready for connections, FATAL lines. Exits 0 once the upgrade is complete and the final server of the target version accepts connections, 1 when it failed, 4 when the log ended or the time ran out first. For example: docker compose logs -f postgres | %1 watch-log</source>
        <translation>Folgt dem Protokoll eines pgautoupgrade- (oder Postgres-)Containers aus einer Datei oder der Standardeingabe und gibt eine Zeile pro erkanntem Ereignis aus: Upgrade begonnen, abgeschlossen oder gescheitert, kein Upgrade nötig, Server startet, bereit für Verbindungen, FATAL-Zeilen. Endet mit 0, sobald das Upgrade abgeschlossen ist und der endgültige Server der Zielversion Verbindungen annimmt, mit 1, wenn es scheiterte, mit 4, wenn das Protokoll endete oder die Zeit zuerst ablief. Zum Beispiel: docker compose logs -f postgres | %1 watch-log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log to read; - or nothing reads standard input.</source>
        <translation>Das zu lesende Protokoll; - oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per line: event, line, and the event&apos;s details.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben: Ereignis, Zeile und die Details des Ereignisses.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give up (exit code 4) when the upgrade is not done after SECONDS (0: wait forever).</source>
        <translation>Aufgeben (Exit-Code 4), wenn das Upgrade nach SEKUNDEN nicht fertig ist (0: ewig warten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow only this compose service when the log interleaves several (docker compose up).</source>
        <translation>Nur diesem Compose-Dienst folgen, wenn das Protokoll mehrere verschränkt (docker compose up).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>watch-log takes one FILE, got %1.</source>
        <translation>watch-log nimmt eine DATEI, %1 erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <source>nothing was written to %1 within %n second(s): no program writes the log into this FIFO.</source>
        <translation>
            <numerusform>innerhalb von %n Sekunde wurde nichts nach %1 geschrieben: Kein Programm schreibt das Protokoll in diese FIFO.</numerusform>
            <numerusform>innerhalb von %n Sekunden wurde nichts nach %1 geschrieben: Kein Programm schreibt das Protokoll in diese FIFO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
    <name>edm::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="+22"/>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Version %2</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the licence&apos;s text in your browser</source>
        <translation>Den Lizenztext im Browser öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the project&apos;s website in your browser</source>
        <translation>Die Website des Projekts im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;</source>
        <translation>Lizenziert unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>edm::gui::BackupBrowser</name>
    <message>
        <location filename="../src/gui/BackupBrowser.cpp" line="+33"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md5</source>
        <translation>md5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCRAM-SHA-256</source>
        <translation>SCRAM-SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_dumpall (all databases and roles of a server)</source>
        <translation>pg_dumpall (alle Datenbanken und Rollen eines Servers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump (one database)</source>
        <translation>pg_dump (eine Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump custom-format archive (restore it with pg_restore)</source>
        <translation>pg_dump-Archiv im Custom-Format (mit pg_restore wiederherstellen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PostgreSQL dump</source>
        <translation>kein PostgreSQL-Dump</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump being shown; Open… chooses another</source>
        <translation>Der angezeigte Dump; Öffnen… wählt einen anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+330"/>
        <source>Restore this backup into the Postgres service of a compose project</source>
        <translation>Diese Sicherung im Postgres-Dienst eines Compose-Projekts wiederherstellen</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+1"/>
        <source>Close the backup browser</source>
        <translation>Den Sicherungs-Browser schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+141"/>
        <source>Reading %1 was stopped. Open it again to see what it holds.</source>
        <translation>Das Lesen von %1 wurde angehalten. Öffnen Sie die Datei erneut, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Open a backup to see what it holds.</source>
        <translation>Öffnen Sie eine Sicherung, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – Backup Browser</source>
        <translation>%1 – Sicherungs-Browser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+226"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>&amp;Databases</source>
        <translation>&amp;Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;llen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)</source>
        <translation>PostgreSQL-Dumps (*.sql *.sql.gz *.dump);;Sicherungsbeschreibungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;But its SHA-256 does not match the sidecar:&lt;/b&gt; the file changed after the backup was made.</source>
        <translation>&lt;b&gt;Aber ihr SHA-256 stimmt nicht mit der Sicherungsbeschreibung überein:&lt;/b&gt; Die Datei wurde verändert, nachdem die Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, gzip-compressed; %2 of SQL</source>
        <translation>%1, gzip-komprimiert; %2 SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 lines</source>
        <translation>%1; %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>not stated in the file</source>
        <translation>in der Datei nicht angegeben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump %1</source>
        <translation>pg_dump %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the dumped database)</source>
        <translation>(die Datenbank des Dumps)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on the server when it was backed up</source>
        <translation>%1 auf dem Server zum Zeitpunkt der Sicherung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cut off</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends inside this table&apos;s data: rows after %1 are missing.</source>
        <translation>Die Datei endet mitten in den Daten dieser Tabelle: Die Zeilen nach %1 fehlen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database&apos;s part of the dump is not complete.</source>
        <translation>Der Teil des Dumps für diese Datenbank ist nicht vollständig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Databases (%1)</source>
        <translation>&amp;Datenbanken (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ro&amp;les (%1)</source>
        <translation>Ro&amp;llen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Probleme (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>databases: %1, tables: %2, rows: %3</source>
        <translation>Datenbanken: %1, Tabellen: %2, Zeilen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Complete.&lt;/b&gt; The dump ends with its end mark and nothing is cut off: %1.</source>
        <translation>&lt;b&gt;Vollständig.&lt;/b&gt; Der Dump endet mit seiner Endmarke, und nichts ist abgeschnitten: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Complete, but suspect.&lt;/b&gt; %1 (%2). See Problems.</source>
        <translation>&lt;b&gt;Vollständig, aber verdächtig.&lt;/b&gt; %1 (%2). Siehe Probleme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Incomplete.&lt;/b&gt; %1 Do not rely on this backup; see Problems for everything found.</source>
        <translation>&lt;b&gt;Unvollständig.&lt;/b&gt; %1 Verlassen Sie sich nicht auf diese Sicherung; unter Probleme finden Sie alles, was gefunden wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not a plain SQL dump.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein SQL-Dump im Klartext.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be read as a PostgreSQL dump.</source>
        <translation>Diese Datei kann nicht als PostgreSQL-Dump gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a plain SQL dump made by pg_dumpall or pg_dump can be restored here</source>
        <translation>Hier kann nur ein mit pg_dumpall oder pg_dump erstellter SQL-Dump im Klartext wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decompress the file first (gunzip), then open and restore the .sql</source>
        <translation>Entpacken Sie die Datei zuerst (gunzip), öffnen Sie dann die .sql und stellen Sie sie wieder her</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (no sidecar to check it against)</source>
        <translation>%1 (keine Sicherungsbeschreibung zum Abgleichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no %1 next to the backup: nothing records what its hash should be.</source>
        <translation>Neben der Sicherung liegt keine Datei %1: Nirgends ist festgehalten, welchen Hash sie haben sollte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (the sidecar cannot be read)</source>
        <translation>%1 (die Sicherungsbeschreibung kann nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – matches the sidecar</source>
        <translation>%1 – stimmt mit der Sicherungsbeschreibung überein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – does NOT match the sidecar</source>
        <translation>%1 – stimmt NICHT mit der Sicherungsbeschreibung überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sidecar records %1: the file changed after the backup was made, or the sidecar belongs to another file.</source>
        <translation>Die Sicherungsbeschreibung verzeichnet %1: Die Datei wurde verändert, nachdem die Sicherung erstellt wurde, oder die Beschreibung gehört zu einer anderen Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no hash</source>
        <translation>kein Hash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 of %2</source>
        <translation>Der Dienst %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded size %1, the file has %2</source>
        <translation>verzeichnete Größe %1, die Datei hat %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown (no sidecar)</source>
        <translation>unbekannt (keine Sicherungsbeschreibung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (the sidecar cannot be read)</source>
        <translation>unbekannt (die Sicherungsbeschreibung kann nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>edm::gui::BackupPage</name>
    <message>
        <location filename="../src/gui/BackupPage.cpp" line="+27"/>
        <source>Back up the databases</source>
        <translation>Die Datenbanken sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every database and role, dumped with pg_dumpall while the old server runs. Nothing of the stack changes in this step.</source>
        <translation>Jede Datenbank und jede Rolle, gesichert mit pg_dumpall, während der alte Server läuft. Am Stack ändert sich in diesem Schritt nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Back &amp;Up</source>
        <translation>Si&amp;chern</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup log</source>
        <translation>Protokoll der Sicherung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the preflight checks…</source>
        <translation>Warten auf die Vorabprüfungen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where the backup goes, then press %1.</source>
        <translation>Wählen Sie, wohin die Sicherung geschrieben wird, und drücken Sie dann %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Replace it with the new backup? It is replaced only once the new backup is complete and verified.</source>
        <translation>%1 existiert bereits. Durch die neue Sicherung ersetzen? Die Datei wird erst ersetzt, wenn die neue Sicherung vollständig und geprüft ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the File</source>
        <translation>Datei &amp;behalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the backup…</source>
        <translation>Die Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL dumps (*.sql)</source>
        <translation>SQL-Dumps (*.sql)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rehearsing: restoring the backup into a throwaway container…</source>
        <translation>Probelauf: Die Sicherung wird in einem Wegwerf-Container wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 written.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is complete and verified.</source>
        <translation>Die Sicherung ist vollständig und geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: stop the stack.</source>
        <translation>Als Nächstes: Stack anhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup was written under the chosen name.</source>
        <translation>Unter dem gewählten Namen wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 tables, %2 rows (databases with tables: %3).</source>
        <translation>%1 Tabellen, %2 Zeilen (Datenbanken mit Tabellen: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete: the end-of-dump mark, every database and all COPY data are there.</source>
        <translation>Vollständig: Die Endmarke des Dumps, jede Datenbank und alle COPY-Daten sind vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written, not verified.</source>
        <translation>Geschrieben, nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>edm::gui::EnginePage</name>
    <message>
        <location filename="../src/gui/EnginePage.cpp" line="+128"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>edm::gui::FinishPage</name>
    <message>
        <location filename="../src/gui/FinishPage.cpp" line="+13"/>
        <source>Switch to the new image</source>
        <translation>Auf das neue Image wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compose file gets the plain Postgres image it keeps from now on, and the whole stack starts again.</source>
        <translation>Die Compose-Datei erhält das normale Postgres-Image, das sie von nun an behält, und der ganze Stack startet wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply and Start</source>
        <translation>Anwenden und &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file for the final image</source>
        <translation>Änderung an der Compose-Datei für das endgültige Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>Die Änderung an der Compose-Datei erscheint hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output of starting the stack</source>
        <translation>Ausgabe beim Starten des Stacks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the upgrade…</source>
        <translation>Warten auf das Upgrade…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting the stack on the new image…</source>
        <translation>Der Stack wird mit dem neuen Image gestartet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stack runs on the new image.</source>
        <translation>Der Stack läuft mit dem neuen Image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the checks of the new server (they already run).</source>
        <translation>Als Nächstes: die Prüfungen des neuen Servers (sie laufen bereits).</translation>
    </message>
</context>
<context>
    <name>edm::gui::LogView</name>
    <message>
        <location filename="../src/gui/LogView.cpp" line="+115"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The output appears here.</source>
        <translation>Die Ausgabe erscheint hier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: next match; Shift+Enter: previous match; Escape: close</source>
        <translation>Enter: nächster Treffer; Shift+Enter: vorheriger Treffer; Escape: schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation>Vorwärts suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fo&amp;llow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text in the log (Ctrl+F)</source>
        <translation>Text im Protokoll suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation>Die ausgewählten Zeilen kopieren, oder das ganze Protokoll, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>edm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+50"/>
        <location line="+144"/>
        <source>Ente DB Migration</source>
        <translation>Ente DB Migration</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder of the compose project to migrate</source>
        <translation>Den Ordner des zu migrierenden Compose-Projekts wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Backup…</source>
        <translation>&amp;Sicherung öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what a backup holds, check it, restore it</source>
        <translation>Ansehen, was eine Sicherung enthält, sie prüfen, sie wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the migration&apos;s report as HTML, Markdown, JSON or PDF</source>
        <translation>Den Bericht der Migration als HTML, Markdown, JSON oder PDF speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the application</source>
        <translation>Die Anwendung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker program, backup folder, health URL, language</source>
        <translation>Docker-Programm, Sicherungsordner, Health-URL, Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ente DB Migration</source>
        <translation>Ü&amp;ber Ente DB Migration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – Ente DB Migration</source>
        <translation>%1 – Ente DB Migration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the Compose Project</source>
        <translation>Compose-Projekt öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)</source>
        <translation>PostgreSQL-Dumps (*.sql *.sql.gz *.dump);;Sicherungsbeschreibungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no report yet: it begins once the migration has started.</source>
        <translation>Es gibt noch keinen Bericht: Er beginnt, sobald die Migration gestartet wurde.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Quit while a step is running?</source>
        <translation>Beenden, während ein Schritt läuft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the migration is still running. If you quit now it stops where it is; the next start offers to resume the migration or to roll it back.</source>
        <translation>Ein Schritt der Migration läuft noch. Wenn Sie jetzt beenden, hält er dort an, wo er gerade ist; beim nächsten Start wird angeboten, die Migration fortzusetzen oder zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit the migration?</source>
        <translation>Migration beenden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit now, the next start offers to resume the migration or to roll it back.</source>
        <translation>Wenn Sie jetzt beenden, bietet der nächste Start an, die Migration fortzusetzen oder zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>edm::gui::MigrationWizard</name>
    <message>
        <location filename="../src/gui/MigrationWizard.cpp" line="+75"/>
        <source>Fi&amp;nish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>while rolling back</source>
        <translation>beim Zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>after &quot;%1&quot;</source>
        <translation>nach „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during &quot;%1&quot;</source>
        <translation>während „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at &quot;%1&quot;</source>
        <translation>bei „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ente DB Migration</source>
        <translation>Ente DB Migration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retr&amp;y</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is running; it is stopped as safely as it can be.</source>
        <translation>„%1“ läuft; der Schritt wird so sicher wie möglich angehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migration waits for your yes to &quot;%1&quot;; nothing of that step was done.</source>
        <translation>Die Migration wartet auf Ihr Ja zu „%1“; von diesem Schritt wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Unfinished migration</source>
        <translation>Nicht abgeschlossene Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A migration of %1 stopped %2 (last recorded %3).</source>
        <translation>Eine Migration von %1 wurde %2 angehalten (zuletzt verzeichnet: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ended with: %1</source>
        <translation>Sie endete mit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume goes on from there. Roll Back puts the original compose file back and, if the data was already changed, restores the backup. Later leaves everything as it is.</source>
        <translation>„Fortsetzen“ macht dort weiter. „Zurücksetzen“ legt die ursprüngliche Compose-Datei zurück und stellt, falls die Daten bereits verändert wurden, die Sicherung wieder her. „Später“ lässt alles, wie es ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Roll back the migration</source>
        <translation>Migration zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the original compose file back and, if the data was already converted, restore the backup %1 into the volume?</source>
        <translation>Die ursprüngliche Compose-Datei zurücklegen und, falls die Daten bereits umgewandelt wurden, die Sicherung %1 im Volume wiederherstellen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume&apos;s current contents are copied aside first; you are asked before that.</source>
        <translation>Der aktuelle Inhalt des Volumes wird vorher beiseitekopiert; Sie werden davor gefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Go Ahead</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Stop the migration?</source>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the migration now?</source>
        <translation>Migration jetzt anhalten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are told in which state things are, and the journal keeps where the migration stopped: resume or roll back later.</source>
        <translation>Sie erfahren, in welchem Zustand alles ist, und das Journal hält fest, wo die Migration stehen blieb: Setzen Sie später fort oder zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the Migration</source>
        <translation>Migration &amp;anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weitermachen</translation>
    </message>
</context>
<context>
    <name>edm::gui::PreflightPage</name>
    <message>
        <location filename="../src/gui/PreflightPage.cpp" line="+30"/>
        <location line="+3"/>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The app looks at docker, the server, the disk and the passwords before anything is changed.</source>
        <translation>Die App prüft docker, den Server, die Festplatte und die Passwörter, bevor irgendetwas geändert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands run by the preflight</source>
        <translation>Von der Vorabprüfung ausgeführte Befehle</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every check passed or only warns. Next: the backup.</source>
        <translation>Alle Prüfungen sind bestanden oder warnen nur. Als Nächstes: die Sicherung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>edm::gui::ProjectPage</name>
    <message>
        <location filename="../src/gui/ProjectPage.cpp" line="+38"/>
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
        <source>Postgres 18 (newest)</source>
        <translation>Postgres 18 (neueste)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
        <source>Upgrade image</source>
        <translation>Upgrade-Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final image</source>
        <translation>Endgültiges Image</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the compose project folder</source>
        <translation>Ordner des Compose-Projekts wählen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the folder of your compose project.</source>
        <translation>Wählen Sie den Ordner Ihres Compose-Projekts.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the service</source>
        <translation>Dienst wählen</translation>
    </message>
    <message>
        <location line="+22"/>
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
<context>
    <name>edm::gui::ReportExport</name>
    <message>
        <location filename="../src/gui/ReportExport.cpp" line="+37"/>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (eigenständige Webseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (für Skripte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file to save the report to.</source>
        <translation>Wählen Sie eine Datei, in der der Bericht gespeichert werden soll.</translation>
    </message>
</context>
<context>
    <name>edm::gui::ReportSavedNotice</name>
    <message>
        <location filename="../src/gui/ReportSavedNotice.cpp" line="+23"/>
        <source>Report Saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report was saved to %1</source>
        <translation>Der Bericht wurde gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the folder that holds the report in your file manager</source>
        <translation>Zeigt den Ordner mit dem Bericht in Ihrer Dateiverwaltung</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 could not be opened: it no longer exists.</source>
        <translation>%1 konnte nicht geöffnet werden: Es existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: the desktop has no file manager set up for folders, or it could not be started.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Arbeitsumgebung hat keine Dateiverwaltung für Ordner eingerichtet, oder sie konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be opened: the desktop has no application set up for this kind of file, or it could not be started. Open it from your file manager instead.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Arbeitsumgebung hat keine Anwendung für diese Art Datei eingerichtet, oder sie konnte nicht gestartet werden. Öffnen Sie sie stattdessen aus Ihrer Dateiverwaltung.</translation>
    </message>
</context>
<context>
    <name>edm::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/RestoreDialog.cpp" line="+30"/>
        <source>Restore &lt;b&gt;%1&lt;/b&gt; into the running Postgres of a compose project. psql stops at the first error and says on which line of the file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im laufenden Postgres eines Compose-Projekts wiederherstellen. psql hält beim ersten Fehler an und nennt die betroffene Zeile der Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into the chosen service</source>
        <translation>In den gewählten Dienst wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for confirmation, then restores the backup into the container shown</source>
        <translation>Fragt nach einer Bestätigung und stellt die Sicherung dann im angezeigten Container wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the restore</source>
        <translation>Wiederherstellung anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop feeding the dump; what was restored so far stays in the server</source>
        <translation>Den Dump nicht weiter einspielen; was bis dahin wiederhergestellt wurde, bleibt im Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the compose project</source>
        <translation>Compose-Projekt wählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The project has no services.</source>
        <translation>Das Projekt hat keine Dienste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <source>Looking for the running container of %1…</source>
        <translation>Suche nach dem laufenden Container von %1…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1 (%2, image %3): the dump goes into its server.</source>
        <translation>%1 (%2, Image %3): Der Dump wird in dessen Server eingespielt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (tables: %2, rows: %3)</source>
        <translation>%1 (Tabellen: %2, Zeilen: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dumped database</source>
        <translation>die Datenbank des Dumps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore %1 into the service %2 (container %3) of the project %4?</source>
        <translation>%1 in den Dienst %2 (Container %3) des Projekts %4 wiederherstellen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databases written on its server: %1.</source>
        <translation>Datenbanken, die auf seinem Server geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles created or changed (their passwords too): %1.</source>
        <translation>Rollen, die angelegt oder geändert werden (auch ihre Passwörter): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty database of the same name is dropped and created again from the dump. Data already in the server is not removed first: if a table exists already, the restore stops at that line, and what was restored until then stays.</source>
        <translation>Eine leere Datenbank gleichen Namens wird gelöscht und aus dem Dump neu angelegt. Bereits im Server vorhandene Daten werden vorher nicht entfernt: Existiert eine Tabelle bereits, hält die Wiederherstellung an dieser Zeile an, und was bis dahin wiederhergestellt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This dump is INCOMPLETE: the restore will stop where the file ends.</source>
        <translation>Dieser Dump ist UNVOLLSTÄNDIG: Die Wiederherstellung hält dort an, wo die Datei endet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore into %1?</source>
        <translation>In %1 wiederherstellen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore into %1</source>
        <translation>In %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asking %1 for its roles and databases…</source>
        <translation>%1 wird nach seinen Rollen und Datenbanken gefragt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring into %1 (PostgreSQL %2)…</source>
        <translation>Wiederherstellung in %1 (PostgreSQL %2)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored %1 lines (%2) into %3.</source>
        <translation>%1 Zeilen (%2) in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds the backup&apos;s data now.</source>
        <translation>%1 enthält jetzt die Daten der Sicherung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. What was restored until then stays in %1.</source>
        <translation>Angehalten. Was bis dahin wiederhergestellt wurde, bleibt in %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop the restore?</source>
        <translation>Wiederherstellung anhalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore is still running. Stop it? What was restored until then stays in the server.</source>
        <translation>Die Wiederherstellung läuft noch. Anhalten? Was bis dahin wiederhergestellt wurde, bleibt im Server.</translation>
    </message>
</context>
<context>
    <name>edm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+47"/>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System (follows the desktop&apos;s language)</source>
        <translation>System (folgt der Sprache des Desktops)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the docker program</source>
        <translation>Docker-Programm wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>docker is not on PATH: install it, or choose the program here.</source>
        <translation>docker ist nicht im PATH: Installieren Sie es oder wählen Sie das Programm hier aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses %1 (docker on PATH).</source>
        <translation>Verwendet %1 (docker im PATH).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an executable program.</source>
        <translation>Dies ist kein ausführbares Programm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses %1.</source>
        <translation>Verwendet %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The docker program %1 does not exist. Choose the docker client, or leave the field empty to use docker on PATH.</source>
        <translation>Das docker-Programm %1 existiert nicht. Wählen Sie den Docker-Client aus oder lassen Sie das Feld leer, um docker aus dem PATH zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an executable program. Choose the docker client, or leave the field empty to use docker on PATH.</source>
        <translation>%1 ist kein ausführbares Programm. Wählen Sie den Docker-Client aus oder lassen Sie das Feld leer, um docker aus dem PATH zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup folder %1 does not exist. Create it first, or leave the field empty.</source>
        <translation>Der Sicherungsordner %1 existiert nicht. Legen Sie ihn zuerst an oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The health URL must be an http or https address, such as http://localhost:8080/ping.</source>
        <translation>Die Health-URL muss eine http- oder https-Adresse sein, etwa http://localhost:8080/ping.</translation>
    </message>
</context>
<context>
    <name>edm::gui::StopPage</name>
    <message>
        <location filename="../src/gui/StopPage.cpp" line="+13"/>
        <source>Stop the stack</source>
        <translation>Stack anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres must not run while its data is converted. Ente is offline from here until the new server runs.</source>
        <translation>Postgres darf nicht laufen, während seine Daten umgewandelt werden. Ente ist ab hier offline, bis der neue Server läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+3"/>
        <source>S&amp;top the Stack</source>
        <translation>Stack a&amp;nhalten</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Output of the stop command</source>
        <translation>Ausgabe des Befehls zum Anhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the backup…</source>
        <translation>Warten auf die Sicherung…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1 down&quot; stops every container of the project and removes them; volumes and data stay. Press %2 to go ahead.</source>
        <translation>„%1 down“ hält jeden Container des Projekts an und entfernt ihn; Volumes und Daten bleiben erhalten. Drücken Sie %2, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1 stop&quot; stops every service of the project, &quot;%2&quot; included; the containers are kept. Press %3 to go ahead.</source>
        <translation>„%1 stop“ hält jeden Dienst des Projekts an, „%2“ eingeschlossen; die Container bleiben erhalten. Drücken Sie %3, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping the stack…</source>
        <translation>Der Stack wird angehalten…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stack is stopped.</source>
        <translation>Der Stack ist angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the upgrade.</source>
        <translation>Als Nächstes: das Upgrade.</translation>
    </message>
</context>
<context>
    <name>edm::gui::SummaryPage</name>
    <message>
        <location filename="../src/gui/SummaryPage.cpp" line="+19"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, and what to keep in mind from now on.</source>
        <translation>Was getan wurde und was Sie von nun an beachten sollten.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The migration is complete: %1 runs Postgres %2.</source>
        <translation>Die Migration ist abgeschlossen: %1 läuft mit Postgres %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The migration was rolled back.</source>
        <translation>Die Migration wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Log of the run</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The migration did not finish: %1</source>
        <translation>Die Migration wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration is not finished.</source>
        <translation>Die Migration ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compose file:</source>
        <translation>Compose-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (the change to %2 was rolled back)</source>
        <translation>%1 (die Änderung zu %2 wurde zurückgesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (planned: %2, not done)</source>
        <translation>%1 (geplant: %2, nicht ausgeführt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postgres:</source>
        <translation>Postgres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 rows in %2 tables arrived</source>
        <translation>alle %1 Zeilen in %2 Tabellen sind angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 tables differ</source>
        <translation>%1 von %2 Tabellen weichen ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stack down:</source>
        <translation>Stack angehalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s, from stopping it until the new server answered</source>
        <translation>%1 s, vom Anhalten bis zur ersten Antwort des neuen Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rolled back: the stack is back on its original image %1 and its original data (the compose file has its original bytes; the data is the backup&apos;s when it had been converted).</source>
        <translation>Zurückgesetzt: Der Stack läuft wieder mit seinem ursprünglichen Image %1 und seinen ursprünglichen Daten (die Compose-Datei hat ihre ursprünglichen Bytes; die Daten sind die der Sicherung, wenn sie umgewandelt worden waren).</translation>
    </message>
</context>
<context>
    <name>edm::gui::UpgradePage</name>
    <message>
        <location filename="../src/gui/UpgradePage.cpp" line="+16"/>
        <source>Upgrade the data</source>
        <translation>Upgrade der Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pgautoupgrade converts the data to the new Postgres in place. The log is followed until the upgrade is truly complete.</source>
        <translation>pgautoupgrade wandelt die Daten an Ort und Stelle für das neue Postgres um. Das Protokoll wird verfolgt, bis das Upgrade wirklich abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply and Upgrade</source>
        <translation>&amp;Anwenden und Upgrade starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file for the upgrade</source>
        <translation>Änderung an der Compose-Datei für das Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>Die Änderung an der Compose-Datei erscheint hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade phases</source>
        <translation>Phasen des Upgrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container log</source>
        <translation>Container-Protokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the stack to stop…</source>
        <translation>Warten, bis der Stack angehalten ist…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The upgrade was still running when the app closed: its container&apos;s log is followed again from the start.</source>
        <translation>Das Upgrade lief noch, als die Anwendung geschlossen wurde: Das Protokoll seines Containers wird noch einmal von Anfang an verfolgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Elapsed: %1</source>
        <translation>Vergangen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left: estimating…</source>
        <translation>Restzeit: wird geschätzt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading: the compose file names pgautoupgrade&apos;s image now, and its container runs.</source>
        <translation>Upgrade läuft: Die Compose-Datei nennt jetzt das Image von pgautoupgrade, und sein Container läuft.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The data is on the new Postgres; its container was stopped again.</source>
        <translation>Die Daten sind jetzt auf dem neuen Postgres; sein Container wurde wieder angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: switch to the plain image.</source>
        <translation>Als Nächstes: zum normalen Image wechseln.</translation>
    </message>
</context>
<context>
    <name>edm::gui::VerifyPage</name>
    <message>
        <location filename="../src/gui/VerifyPage.cpp" line="+21"/>
        <source>Verify the new server</source>
        <translation>Neuen Server prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version, every table&apos;s rows, the roles and the login, compared with the backup.</source>
        <translation>Die Version, die Zeilen jeder Tabelle, die Rollen und die Anmeldung, verglichen mit der Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts before and after</source>
        <translation>Zeilenzahlen vorher und nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The checks run once the stack is up on the new image.</source>
        <translation>Die Prüfungen laufen, sobald der Stack mit dem neuen Image läuft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the new server…</source>
        <translation>Der neue Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every check passed: the migration is complete.</source>
        <translation>Alle Prüfungen bestanden: Die Migration ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
</TS>
