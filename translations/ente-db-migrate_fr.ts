<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/AboutDialog.ui" line="+8"/>
        <source>About Ente DB Migration</source>
        <translation>À propos d’Ente DB Migration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application name and version</source>
        <translation>Nom et version de l’application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moves a self-hosted Ente (or any docker compose) Postgres to a new major version, with a verified backup, the compose change shown first, and proof that every row arrived.</source>
        <translation>Fait passer le Postgres d’un Ente auto-hébergé (ou de tout projet docker compose) à une nouvelle version majeure, avec une sauvegarde vérifiée, la modification compose montrée d’abord, et la preuve que chaque ligne est arrivée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yaml-cpp:</source>
        <translation>yaml-cpp :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yaml-cpp version</source>
        <translation>Version de yaml-cpp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not made by Ente: an independent tool for people who run Ente themselves.</source>
        <translation>Pas fait par Ente : un outil indépendant pour celles et ceux qui hébergent Ente eux-mêmes.</translation>
    </message>
</context>
<context>
    <name>BackupBrowser</name>
    <message>
        <location filename="../forms/BackupBrowser.ui" line="+8"/>
        <source>Backup Browser</source>
        <translation>Navigateur de sauvegardes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dump being shown</source>
        <translation>Le dump affiché</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup (.sql, .sql.gz)</source>
        <translation>Ouvrir une autre sauvegarde (.sql, .sql.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another backup</source>
        <translation>Ouvrir une autre sauvegarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the backup</source>
        <translation>Lecture de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the file has been read</source>
        <translation>Quelle part du fichier a été lue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the file</source>
        <translation>Arrêter la lecture du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped from:</source>
        <translation>Sauvegardé depuis :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source server version</source>
        <translation>Version du serveur source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dump tool version</source>
        <translation>Version de l’outil de dump</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 check against the sidecar</source>
        <translation>Vérification SHA-256 par rapport au fichier de description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by:</source>
        <translation>Créé avec :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the sidecar says about the backup</source>
        <translation>Ce que le fichier de description dit de la sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents of the backup</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Databases</source>
        <translation>&amp;Bases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databases and tables with their row counts</source>
        <translation>Bases et tables avec leur nombre de lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database in the dump; expand one to see its tables and their row counts</source>
        <translation>Chaque base du dump ; dépliez-en une pour voir ses tables et leur nombre de lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database / table</source>
        <translation>Base / table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size in the dump</source>
        <translation>Taille dans le dump</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ro&amp;les</source>
        <translation>Rô&amp;les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles in the backup</source>
        <translation>Rôles de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles the dump creates, and how their passwords are stored</source>
        <translation>Les rôles que crée le dump, et comment leurs mots de passe sont stockés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superutilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in the backup</source>
        <translation>Problèmes trouvés dans la sauvegarde</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../forms/BackupPage.ui" line="+11"/>
        <source>B&amp;ackup file:</source>
        <translation>Fichier de sauve&amp;garde :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where pg_dumpall&apos;s output is written. It appears under this name only when it is complete and verified.</source>
        <translation>Où la sortie de pg_dumpall est écrite. Elle n’apparaît sous ce nom qu’une fois complète et vérifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification:</source>
        <translation>Vérification :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../forms/FinishPage.ui" line="+14"/>
        <source>The change to the compose file; it is made only when you press the button below</source>
        <translation>La modification du fichier compose ; elle n’est faite que lorsque vous appuyez sur le bouton ci-dessous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output:</source>
        <translation>S&amp;ortie :</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../forms/PreflightPage.ui" line="+18"/>
        <source>Use &amp;dump-restore instead</source>
        <translation>Utiliser plutôt &amp;dump-restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again with the dump-restore method: the backup is restored into a new volume, which handles any database name</source>
        <translation>Vérifier à nouveau avec la méthode dump-restore : la sauvegarde est restaurée dans un nouveau volume, ce qui accepte n’importe quel nom de base</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Checks:</source>
        <translation>&amp;Vérifications :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each check of the server and the machine; a failed check says how to fix it</source>
        <translation>Chaque vérification du serveur et de la machine ; une vérification en échec indique comment corriger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sh&amp;ow commands</source>
        <translation>Afficher les c&amp;ommandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the SQL statements and commands behind each fix</source>
        <translation>Affiche les instructions SQL et les commandes derrière chaque correction</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../forms/ProjectPage.ui" line="+13"/>
        <source>Compose &amp;project:</source>
        <translation>&amp;Projet compose :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder that holds your compose.yaml (for Ente, usually ente/server or the folder the quickstart made), or the compose file itself</source>
        <translation>Le dossier qui contient votre compose.yaml (pour Ente, en général ente/server ou le dossier créé par le quickstart), ou le fichier compose lui-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the project folder</source>
        <translation>Choisir le dossier du projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Postgres major version to move the data to</source>
        <translation>La version majeure de Postgres vers laquelle migrer les données</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the images (ad&amp;vanced)</source>
        <translation>Choisir les images (ava&amp;ncé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name other images than the app&apos;s choice: a mirror&apos;s copy, a digest, or the old guide&apos;s pgautoupgrade/pgautoupgrade:16-bookworm</source>
        <translation>Indiquer d’autres images que celles choisies par l’application : la copie d’un miroir, une empreinte (digest) ou le pgautoupgrade/pgautoupgrade:16-bookworm de l’ancien guide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upgrade image:</source>
        <translation>&amp;Image de mise à niveau :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Final i&amp;mage:</source>
        <translation>Image &amp;définitive :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ervice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compose service that runs Postgres</source>
        <translation>Le service compose qui exécute Postgres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres:</source>
        <translation>Postgres :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data volume:</source>
        <translation>Volume de données :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../forms/ReportExport.ui" line="+8"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report holds what was done and when, the compose diffs, the backup with its SHA-256, every check and the row counts before and after. Passwords are never part of it.</source>
        <translation>Le rapport contient ce qui a été fait et quand, les diffs compose, la sauvegarde avec son SHA-256, chaque vérification et les nombres de lignes avant et après. Les mots de passe n’y figurent jamais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML and PDF to read or print, Markdown to paste into an issue, JSON for scripts</source>
        <translation>HTML et PDF pour lire ou imprimer, Markdown pour coller dans un ticket, JSON pour les scripts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the report is written (readable only by you)</source>
        <translation>Où le rapport est écrit (lisible par vous seul)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose where to save the report</source>
        <translation>Choisir où enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open the report after saving</source>
        <translation>&amp;Ouvrir le rapport après l’enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved report in the application your desktop uses for its type</source>
        <translation>Afficher le rapport enregistré dans l’application que votre bureau utilise pour ce type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../forms/RestoreDialog.ui" line="+8"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compose &amp;project:</source>
        <translation>&amp;Projet compose :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compose project to restore into</source>
        <translation>Projet compose dans lequel restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that holds the compose file, or the compose file itself; press Enter after typing</source>
        <translation>Le dossier qui contient le fichier compose, ou le fichier compose lui-même ; appuyez sur Entrée après la saisie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the project folder</source>
        <translation>Choisir le dossier du projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres &amp;service:</source>
        <translation>&amp;Service Postgres :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres service to restore into</source>
        <translation>Service Postgres dans lequel restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service whose running container receives the dump</source>
        <translation>Le service dont le conteneur en marche reçoit le dump</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Container:</source>
        <translation>Conteneur :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The target container</source>
        <translation>Le conteneur cible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the dump has been fed to the server</source>
        <translation>Quelle part du dump a été transmise au serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore status</source>
        <translation>État de la restauration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore log</source>
        <translation>Journal de la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What docker and psql said, and the lines rewritten for the target</source>
        <translation>Ce qu’ont dit docker et psql, et les lignes réécrites pour la cible</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../forms/SettingsDialog.ui" line="+8"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Docker program:</source>
        <translation>Programme &amp;Docker :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker program</source>
        <translation>Programme Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command line client to use; leave empty to use docker from PATH</source>
        <translation>Le client en ligne de commande docker à utiliser ; laissez vide pour utiliser docker du PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = docker on PATH</source>
        <translation>vide = docker du PATH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the docker program</source>
        <translation>Choisir le programme docker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which docker program is used</source>
        <translation>Quel programme docker est utilisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where backups and reports are saved by default; leave empty to use the compose project&apos;s folder</source>
        <translation>Où les sauvegardes et rapports sont enregistrés par défaut ; laissez vide pour utiliser le dossier du projet compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = the compose project&apos;s folder</source>
        <translation>vide = le dossier du projet compose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Museum &amp;health URL:</source>
        <translation>&amp;URL de santé de museum :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Museum health URL</source>
        <translation>URL de santé de museum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ente&apos;s museum answers on /ping; the Verify step asks it after the upgrade. Leave empty to skip that check</source>
        <translation>Le museum d’Ente répond sur /ping ; l’étape de vérification l’interroge après la mise à niveau. Laissez vide pour ignorer cette vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://localhost:8080/ping</source>
        <translation>http://localhost:8080/ping</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the application; takes effect at the next start</source>
        <translation>La langue de l’application ; prend effet au prochain démarrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>StopPage</name>
    <message>
        <location filename="../forms/StopPage.ui" line="+9"/>
        <source>How to stop</source>
        <translation>Comment arrêter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop and &amp;remove the containers (compose down)</source>
        <translation>Arrêter et suppr&amp;imer les conteneurs (compose down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Ente&apos;s guide does: the containers are removed; volumes and data stay</source>
        <translation>Ce que fait le guide d’Ente : les conteneurs sont supprimés ; les volumes et les données restent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the containers and &amp;keep them (compose stop)</source>
        <translation>Arrêter les conteneurs et les &amp;garder (compose stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The containers stay, stopped, with their settings</source>
        <translation>Les conteneurs restent, arrêtés, avec leurs réglages</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Output:</source>
        <translation>S&amp;ortie :</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../forms/SummaryPage.ui" line="+50"/>
        <source>&amp;What was done:</source>
        <translation>Ce &amp;qui a été fait :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what was done, the diffs, the checks and the row counts as HTML, Markdown, JSON or PDF</source>
        <translation>Enregistrer ce qui a été fait, les diffs, les vérifications et les nombres de lignes en HTML, Markdown, JSON ou PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Backup…</source>
        <translation>&amp;Ouvrir la sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside the backup: databases, tables, row counts, roles</source>
        <translation>Regarder dans la sauvegarde : bases, tables, nombres de lignes, rôles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Roll Back…</source>
        <translation>Reve&amp;nir en arrière…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the original compose file back and, when the data was changed, restore the backup</source>
        <translation>Remettre le fichier compose d’origine et, si les données ont été modifiées, restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lo&amp;g Details</source>
        <translation>Détails du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the log of the run (and of the rollback), with the failing lines highlighted</source>
        <translation>Affiche le journal de l’exécution (et du retour en arrière), les lignes en échec mises en évidence</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollback progress</source>
        <translation>Progression du retour arrière</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <location filename="../forms/UpgradePage.ui" line="+14"/>
        <source>The change to the compose file; it is made only when you press the button below</source>
        <translation>La modification du fichier compose ; elle n’est faite que lorsque vous appuyez sur le bouton ci-dessous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The phase of the upgrade reached, as recognised in the container&apos;s log</source>
        <translation>La phase atteinte par la mise à niveau, telle que reconnue dans le journal du conteneur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time since the upgrade container was started</source>
        <translation>Temps écoulé depuis le démarrage du conteneur de mise à niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated from the size of the data and the time the conversion took</source>
        <translation>Estimé à partir de la taille des données et de la durée de la conversion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phas&amp;es:</source>
        <translation>P&amp;hases :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phases of the upgrade, as recognised in the container&apos;s log</source>
        <translation>Les phases de la mise à niveau, telles que reconnues dans le journal du conteneur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Container log:</source>
        <translation>&amp;Journal du conteneur :</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../forms/VerifyPage.ui" line="+25"/>
        <source>&amp;Leave Them as They Are</source>
        <translation>Laisser &amp;en l’état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not refresh the collation versions; the check then says what to run later</source>
        <translation>Ne pas actualiser les versions de collation ; la vérification indique alors quoi lancer plus tard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Checks:</source>
        <translation>&amp;Vérifications :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was checked on the new server</source>
        <translation>Ce qui a été vérifié sur le nouveau serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rows per table, in the backup and on the new server:</source>
        <translation>&amp;Lignes par table, dans la sauvegarde et sur le nouveau serveur :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every table&apos;s rows as the backup holds them (before) and as the new server counts them (after)</source>
        <translation>Les lignes de chaque table telles que la sauvegarde les contient (avant) et telles que le nouveau serveur les compte (après)</translation>
    </message>
</context>
<context>
    <name>edm::BackupSidecar</name>
    <message>
        <location filename="../src/core/postgres/BackupSidecar.cpp" line="+134"/>
        <source>This JSON file is not a backup description written by Ente DB Migration.</source>
        <translation>Ce fichier JSON n’est pas une description de sauvegarde écrite par Ente DB Migration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup description has format version %1; this release reads version %2. Use a newer release of the app.</source>
        <translation>Cette description de sauvegarde est au format version %1 ; cette version lit le format %2. Utilisez une version plus récente de l’application.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+7"/>
        <source>The backup description %1 cannot be written: %2.</source>
        <translation>La description de sauvegarde %1 ne peut pas être écrite : %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup description %1 cannot be read: %2.</source>
        <translation>La description de sauvegarde %1 ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup description %1 is not valid JSON (%2).</source>
        <translation>La description de sauvegarde %1 n’est pas un JSON valide (%2).</translation>
    </message>
</context>
<context>
    <name>edm::BackupStep</name>
    <message>
        <location filename="../src/core/migration/steps/BackupStep.cpp" line="+24"/>
        <source>Back up the databases</source>
        <translation>Sauvegarder les bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dumpall writes every database and role of the service &quot;%1&quot; to %2. Nothing of the stack changes.</source>
        <translation>pg_dumpall écrit chaque base et chaque rôle du service « %1 » dans %2. Rien ne change dans la pile.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backup written: %1 (%2, SHA-256 %3)</source>
        <translation>Sauvegarde écrite : %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>edm::BackupWriter</name>
    <message>
        <location filename="../src/core/postgres/BackupWriter.cpp" line="+33"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The folder %1 is not on a usable file system.</source>
        <translation>Le dossier %1 n’est pas sur un système de fichiers utilisable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough free space for the backup in %1: it needs about %2 (%3 × the databases&apos; size of %4), and only %5 are free on %6. Free some space there, or choose a folder on a disk with more room.</source>
        <translation>Pas assez d’espace libre pour la sauvegarde dans %1 : il faut environ %2 (%3 × la taille des bases, %4), et seuls %5 sont libres sur %6. Libérez de l’espace, ou choisissez un dossier sur un disque plus grand.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is not a pg_dumpall file (%1)</source>
        <translation>ce n’est pas un fichier pg_dumpall (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends inside the data of table %1 (database %2)</source>
        <translation>il s’arrête au milieu des données de la table %1 (base %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the final line &quot;-- PostgreSQL database cluster dump complete&quot; is missing</source>
        <translation>la dernière ligne « -- PostgreSQL database cluster dump complete » manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database %1 is not in it</source>
        <translation>la base %1 n’y figure pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the section of database %1 is not complete</source>
        <translation>la section de la base %1 n’est pas complète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data of table %1 in %2 is cut off</source>
        <translation>les données de la table %1 dans %2 sont tronquées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump is not complete: %1.</source>
        <translation>Le dump n’est pas complet : %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Postgres container to back up: start the stack (docker compose up -d) first.</source>
        <translation>Aucun conteneur Postgres à sauvegarder : démarrez d’abord la pile (docker compose up -d).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The pg_dumpall inside the container %1 is version %2, older than the server (%3), and cannot dump it (&quot;aborting because of server version mismatch&quot;). A server&apos;s backup needs a pg_dumpall of its own major version or newer, as the official postgres:%4 image has. Check the image of the service.</source>
        <translation>Le pg_dumpall du conteneur %1 est en version %2, plus ancienne que le serveur (%3), et ne peut pas le sauvegarder (« aborting because of server version mismatch »). La sauvegarde d’un serveur exige un pg_dumpall de même version majeure ou plus récent, comme dans l’image officielle postgres:%4. Vérifiez l’image du service.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder %1 for the backup does not exist. Create it, or choose another one.</source>
        <translation>Le dossier %1 de la sauvegarde n’existe pas. Créez-le, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 est un dossier ; donnez un nom de fichier à la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already; the backup does not replace it. Choose another file name, or move that file away first.</source>
        <translation>%1 existe déjà ; la sauvegarde ne le remplace pas. Choisissez un autre nom de fichier, ou déplacez d’abord ce fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup cannot be written in %1: %2. Choose a folder you may write to.</source>
        <translation>La sauvegarde ne peut pas être écrite dans %1 : %2. Choisissez un dossier où vous avez le droit d’écrire.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the backup to %1 (through a temporary file beside it)</source>
        <translation>Écriture de la sauvegarde dans %1 (via un fichier temporaire à côté)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The partial file was removed; nothing was written under %1.</source>
        <translation>Le fichier partiel a été supprimé ; rien n’a été écrit sous %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was cancelled after %1.</source>
        <translation>La sauvegarde a été annulée après %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk is full: writing the backup failed after %1 (%2). %3 Free space in %4 (the backup needs about %5), or choose another folder.</source>
        <translation>Le disque est plein : l’écriture de la sauvegarde a échoué après %1 (%2). %3 Libérez de l’espace dans %4 (la sauvegarde a besoin d’environ %5), ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the backup failed after %1: %2. %3</source>
        <translation>L’écriture de la sauvegarde a échoué après %1 : %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The container %1 stopped during the backup, after %2 had been written. %3</source>
        <translation>Le conteneur %1 s’est arrêté pendant la sauvegarde, après l’écriture de %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pg_dumpall failed after %1 had been written. %2</source>
        <translation>pg_dumpall a échoué après l’écriture de %1. %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The backup could not be saved under %1: %2. %3</source>
        <translation>La sauvegarde n’a pas pu être enregistrée sous %1 : %2. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup complete: %1, %2, SHA-256 %3</source>
        <translation>Sauvegarde terminée : %1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The backup itself is complete and verified: %1 (SHA-256 %2).</source>
        <translation>La sauvegarde elle-même est complète et vérifiée : %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The backup was cancelled before it started.</source>
        <translation>La sauvegarde a été annulée avant de commencer.</translation>
    </message>
</context>
<context>
    <name>edm::Checks</name>
    <message>
        <location filename="../src/core/migration/Checks.cpp" line="+110"/>
        <source>Password hashes</source>
        <translation>Empreintes des mots de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role depends on md5 password hashes.</source>
        <translation>Aucun rôle ne dépend d’empreintes de mot de passe md5.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has an md5 password hash; the new cluster&apos;s pg_hba.conf asks for scram-sha-256, so the app stores its password (from the compose file) as scram-sha-256 after the restore.</source>
        <translation>%1 a une empreinte de mot de passe md5 ; le pg_hba.conf du nouveau cluster exige scram-sha-256, l’application stocke donc son mot de passe (venant du fichier compose) en scram-sha-256 après la restauration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 have md5 password hashes. The new Postgres %2 cluster&apos;s pg_hba.conf asks for scram-sha-256, which an md5 hash cannot answer: they cannot log in over the network after the restore. The app re-stores only %3&apos;s password, which the compose file holds.</source>
        <translation>%1 ont des empreintes de mot de passe md5. Le pg_hba.conf du nouveau cluster Postgres %2 exige scram-sha-256, auquel une empreinte md5 ne peut pas répondre : ils ne pourront pas se connecter par le réseau après la restauration. L’application ne restocke que le mot de passe de %3, que contient le fichier compose.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 have md5 password hashes. They keep working after pgautoupgrade, which keeps the old pg_hba.conf (md5), but a new Postgres %2 cluster&apos;s pg_hba.conf asks for scram-sha-256 and would refuse them.</source>
        <translation>%1 ont des empreintes de mot de passe md5. Ils continuent de fonctionner après pgautoupgrade, qui garde l’ancien pg_hba.conf (md5), mais le pg_hba.conf d’un nouveau cluster Postgres %2 exige scram-sha-256 et les refuserait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then md5 can become scram-sha-256 in pg_hba.conf.</source>
        <translation>Ensuite md5 peut devenir scram-sha-256 dans pg_hba.conf.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text sort order</source>
        <translation>Ordre de tri du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The databases use byte order (C) or ICU; a change of the C library does not affect their indexes.</source>
        <translation>Les bases utilisent l’ordre des octets (C) ou ICU ; un changement de bibliothèque C n’affecte pas leurs index.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 sort text with the C library&apos;s locale, and %2 uses another C library than %3 (Alpine&apos;s musl ↔ Debian&apos;s glibc): text indexes would be in the wrong order.</source>
        <translation>%1 trient le texte avec la locale de la bibliothèque C, et %2 utilise une autre bibliothèque C que %3 (musl d’Alpine ↔ glibc de Debian) : les index de texte seraient dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sort text with the C library&apos;s locale; %2 is built on Debian %3, %4 on Debian %5, whose glibc may sort some text differently: text indexes may be in the wrong order.</source>
        <translation>%1 trient le texte avec la locale de la bibliothèque C ; %2 repose sur Debian %3, %4 sur Debian %5, dont la glibc peut trier certains textes autrement : les index de texte peuvent être dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sort text with the C library&apos;s locale, and the images&apos; tags do not say which system they are built on; if the C library changes, text indexes may be in the wrong order.</source>
        <translation>%1 trient le texte avec la locale de la bibliothèque C, et les étiquettes des images n’indiquent pas sur quel système elles sont construites ; si la bibliothèque C change, les index de texte peuvent être dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sort text with the C library&apos;s locale; both images are built on %2, so the order stays.</source>
        <translation>%1 trient le texte avec la locale de la bibliothèque C ; les deux images reposent sur %2, l’ordre reste donc le même.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+8"/>
        <source>Collation versions refreshed: %1</source>
        <translation>Versions de collation actualisées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing the collation version failed for %1: %2</source>
        <translation>L’actualisation de la version de collation a échoué pour %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The collation version changed for %1 and was not refreshed, as asked; the indexes were rebuilt by the migration, but Postgres warns about the mismatch at every connection until it is.</source>
        <translation>La version de collation a changé pour %1 et n’a pas été actualisée, comme demandé ; la migration a reconstruit les index, mais Postgres signale l’écart à chaque connexion tant qu’elle ne l’est pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (recorded %2, now %3)</source>
        <translation>%1 (enregistrée %2, maintenant %3)</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+30"/>
        <location line="+24"/>
        <source>Collation versions</source>
        <translation>Versions de collation</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>On the new server, store these passwords again as scram-sha-256 (the commands below, in psql as a superuser; ALTER ROLE … PASSWORD with the same password works too).</source>
        <translation>Sur le nouveau serveur, enregistrez de nouveau ces mots de passe en scram-sha-256 (les commandes ci-dessous, dans psql en superutilisateur ; ALTER ROLE … PASSWORD avec le même mot de passe convient aussi).</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>After the migration, rebuild the text indexes and refresh the collation version in each database (the commands below; REFRESH COLLATION VERSION needs Postgres 15 or newer). The verify step compares the recorded and actual collation versions.</source>
        <translation>Après la migration, reconstruisez les index de texte et actualisez la version de collation dans chaque base (les commandes ci-dessous ; REFRESH COLLATION VERSION demande Postgres 15 ou plus récent). L’étape de vérification compare les versions de collation enregistrée et réelle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run the commands below in psql as a superuser.</source>
        <translation>Exécutez les commandes ci-dessous dans psql en superutilisateur.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The collation version changed for %1; the migration rebuilt the indexes, so only the recorded version is left to refresh.</source>
        <translation>La version de collation a changé pour %1 ; la migration a reconstruit les index, il ne reste donc qu’à actualiser la version enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The collation version changed for %1, and the upgrade did not rebuild the indexes (PGAUTO_REINDEX=no): text indexes may be in the wrong order.</source>
        <translation>La version de collation a changé pour %1, et la mise à niveau n’a pas reconstruit les index (PGAUTO_REINDEX=no) : les index de texte peuvent être dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every database&apos;s recorded collation version is the one the server has now.</source>
        <translation>La version de collation enregistrée de chaque base est celle que le serveur a maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server records no collation versions (Postgres before 15, or C and ICU locales only).</source>
        <translation>Le serveur n’enregistre pas de versions de collation (Postgres avant 15, ou seulement des locales C et ICU).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service &quot;%1&quot; has a healthcheck. pgautoupgrade asks for none while it upgrades (a failing check can get the container restarted midway); the app starts only this service for the upgrade and follows its log instead.</source>
        <translation>Le service « %1 » a un healthcheck. pgautoupgrade n’en veut aucun pendant la mise à niveau (une vérification en échec peut faire redémarrer le conteneur en plein milieu) ; l’application ne démarre que ce service pour la mise à niveau et suit son journal à la place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do for the migration. If you run pgautoupgrade by hand, disable the healthcheck (healthcheck: disable: true) until it is done.</source>
        <translation>Rien à faire pour la migration. Si vous lancez pgautoupgrade à la main, désactivez le healthcheck (healthcheck: disable: true) jusqu’à la fin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PGDATA is %1, a sub-folder of the volume mounted on %2; the upgrade gets the same PGDATA and the data stays in that sub-folder.</source>
        <translation>PGDATA vaut %1, un sous-dossier du volume monté sur %2 ; la mise à niveau reçoit le même PGDATA et les données restent dans ce sous-dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PGDATA is %1, not the image&apos;s default %2; the upgrade gets the same PGDATA.</source>
        <translation>PGDATA vaut %1, pas la valeur par défaut %2 de l’image ; la mise à niveau reçoit le même PGDATA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep PGDATA in the compose file as it is; do not change it during the migration.</source>
        <translation>Laissez PGDATA tel quel dans le fichier compose ; ne le changez pas pendant la migration.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>One-shot upgrade</source>
        <translation>Mise à niveau en mode one-shot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service sets PGAUTO_ONESHOT=yes: pgautoupgrade&apos;s container exits once the upgrade has finished instead of starting the server. That is expected; the app then starts the final image itself.</source>
        <translation>Le service définit PGAUTO_ONESHOT=yes : le conteneur de pgautoupgrade s’arrête une fois la mise à niveau terminée au lieu de démarrer le serveur. C’est normal ; l’application démarre alors elle-même l’image définitive.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+308"/>
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>The server already runs PostgreSQL %1.</source>
        <translation>Le serveur exécute déjà PostgreSQL %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to migrate. If the compose file still names an older image, change it to postgres:%1.</source>
        <translation>Rien à migrer. Si le fichier compose indique encore une image plus ancienne, changez-la en postgres:%1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PostgreSQL %1, while the image tag says %2.</source>
        <translation>PostgreSQL %1, alors que l’étiquette de l’image indique %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL %1 → %2</source>
        <translation>PostgreSQL %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image and data</source>
        <translation>Image et données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is from PostgreSQL %1 but the compose file names %2.</source>
        <translation>Les données viennent de PostgreSQL %1, mais le fichier compose indique %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the image back to postgres:%1 in %2.</source>
        <translation>Remettez l’image à postgres:%1 dans %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space for the backup</source>
        <translation>Espace pour la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 does not exist or cannot be read.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the folder, or choose another backup folder.</source>
        <translation>Créez le dossier ou choisissez un autre dossier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free in %2; the backup needs about %3 (1.2 × the databases&apos; %4).</source>
        <translation>%1 libres dans %2 ; la sauvegarde a besoin d’environ %3 (1,2 × les %4 des bases).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space there or choose another backup folder.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of databases; %2 free in %3</source>
        <translation>%1 de bases ; %2 libres dans %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade lock file</source>
        <translation>Fichier de verrou de mise à niveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists: an earlier pgautoupgrade run was interrupted.</source>
        <translation>%1 existe : une exécution précédente de pgautoupgrade a été interrompue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore your backup of the data from before that run, or, if you know the data is intact, remove the file (the command below).</source>
        <translation>Restaurez votre sauvegarde des données d’avant cette exécution, ou, si vous savez que les données sont intactes, supprimez le fichier (la commande ci-dessous).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>DROP EXTENSION %1; -- in %2</source>
        <translation>DROP EXTENSION %1; -- dans %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Upgrade with the image that provides %1 and its own upgrade path (the image&apos;s or the extension&apos;s documentation says how), or, if nothing uses them, remove them first (the commands below).</source>
        <translation>Faites la mise à niveau avec l’image qui fournit %1 et sa propre procédure (la documentation de l’image ou de l’extension l’explique), ou, si rien ne les utilise, supprimez-les d’abord (les commandes ci-dessous).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Look at what it holds; if it is not needed, remove it (the command below) and start again, or use the pgautoupgrade method.</source>
        <translation>Regardez ce qu’il contient ; s’il n’est pas utile, supprimez-le (la commande ci-dessous) et recommencez, ou utilisez la méthode pgautoupgrade.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>None left in the data folder.</source>
        <translation>Aucun dans le dossier de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not look for %1: %2</source>
        <translation>Impossible de chercher %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only PostgreSQL&apos;s own (contrib) extensions are installed; the PostgreSQL %1 image carries them.</source>
        <translation>Seules les extensions propres à PostgreSQL (contrib) sont installées ; l’image PostgreSQL %1 les contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not part of PostgreSQL&apos;s contrib modules, so the plain postgres:%2 image the data is restored into does not carry them, and the restore would fail at CREATE EXTENSION.</source>
        <translation>%1 : ne font pas partie des modules contrib de PostgreSQL ; l’image simple postgres:%2 dans laquelle les données sont restaurées ne les contient donc pas, et la restauration échouerait à CREATE EXTENSION.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not part of PostgreSQL&apos;s contrib modules, so pgautoupgrade&apos;s image does not carry them, and pg_upgrade would stop (&quot;loadable libraries missing&quot;) after the old data was moved aside.</source>
        <translation>%1 : ne font pas partie des modules contrib de PostgreSQL ; l’image de pgautoupgrade ne les contient donc pas, et pg_upgrade s’arrêterait (« loadable libraries missing ») après avoir mis de côté les anciennes données.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database names</source>
        <translation>Noms des bases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database name contains a space.</source>
        <translation>Aucun nom de base ne contient d’espace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contain whitespace; the restore through psql handles such names.</source>
        <translation>%1 contiennent des espaces ; la restauration via psql gère de tels noms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contain whitespace. pgautoupgrade&apos;s post-upgrade loop splits such names, after the data was converted: the container exits midway and leaves its lock file behind.</source>
        <translation>%1 contiennent des espaces. La boucle que pgautoupgrade exécute après la mise à niveau découpe de tels noms, une fois les données converties : le conteneur s’arrête en plein milieu et laisse son fichier de verrou derrière lui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the dump-restore method (%1 on the command line, “Use dump-restore instead” in the wizard), which restores the backup into a new volume and handles any name; or rename the databases (ALTER DATABASE &quot;old name&quot; RENAME TO old_name) if nothing refers to them by name.</source>
        <translation>Utilisez la méthode dump-restore (%1 en ligne de commande, « Utiliser plutôt dump-restore » dans l’assistant), qui restaure la sauvegarde dans un nouveau volume et gère n’importe quel nom ; ou renommez les bases (ALTER DATABASE &quot;old name&quot; RENAME TO old_name) si rien n’y fait référence par leur nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Install user</source>
        <translation>Utilisateur d’installation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster&apos;s install user (the role with oid 10) could not be read; pgautoupgrade needs POSTGRES_USER (%1) to be that role.</source>
        <translation>L’utilisateur d’installation du cluster (le rôle d’oid 10) n’a pas pu être lu ; pgautoupgrade exige que POSTGRES_USER (%1) soit ce rôle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>POSTGRES_USER %1 is the cluster&apos;s install user.</source>
        <translation>POSTGRES_USER %1 est l’utilisateur d’installation du cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster was created by %1, POSTGRES_USER is %2: the new cluster is created by %2 and the restore brings %1 along as a role.</source>
        <translation>Le cluster a été créé par %1, POSTGRES_USER vaut %2 : le nouveau cluster est créé par %2 et la restauration apporte %1 en tant que rôle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>POSTGRES_USER is %1, but the cluster was created by %2 (the role with oid 10). pgautoupgrade creates the new cluster as POSTGRES_USER, and pg_upgrade refuses it: “database user is not the install user”.</source>
        <translation>POSTGRES_USER vaut %1, mais le cluster a été créé par %2 (le rôle d’oid 10). pgautoupgrade crée le nouveau cluster en tant que POSTGRES_USER, et pg_upgrade le refuse : « database user is not the install user ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set POSTGRES_USER to %1 in the compose file (with that role&apos;s password in POSTGRES_PASSWORD) for the migration, or use the dump-restore method (%2).</source>
        <translation>Pour la migration, mettez POSTGRES_USER à %1 dans le fichier compose (avec le mot de passe de ce rôle dans POSTGRES_PASSWORD), ou utilisez la méthode dump-restore (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New data folder</source>
        <translation>Nouveau dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is free for the restored data; the current folder stays as it is.</source>
        <translation>%1 est libre pour les données restaurées ; le dossier actuel reste tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already and is not empty.</source>
        <translation>%1 existe déjà et n’est pas vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move that folder away (it may hold data), then start again.</source>
        <translation>Déplacez ce dossier (il peut contenir des données), puis recommencez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data volume</source>
        <translation>Nouveau volume de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist yet; the restore creates it, and the current volume stays as it is.</source>
        <translation>%1 n’existe pas encore ; la restauration le crée, et le volume actuel reste tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume %1 exists already; it may hold data.</source>
        <translation>Le volume %1 existe déjà ; il peut contenir des données.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the compose image is older than the data</source>
        <translation>l’image compose est plus ancienne que les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough space for the backup</source>
        <translation>pas assez d’espace pour la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pgautoupgrade lock file is left in the data folder</source>
        <translation>un fichier de verrou de pgautoupgrade reste dans le dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new volume for the data exists already</source>
        <translation>le nouveau volume des données existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extensions that the upgrade image does not carry</source>
        <translation>des extensions que l’image de mise à niveau ne contient pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database names with whitespace, which pgautoupgrade cannot handle</source>
        <translation>des noms de base contenant des espaces, que pgautoupgrade ne sait pas gérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POSTGRES_USER is not the cluster&apos;s install user</source>
        <translation>POSTGRES_USER n’est pas l’utilisateur d’installation du cluster</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Row counts</source>
        <translation>Nombres de lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup&apos;s row counts are not known, so the rows cannot be compared.</source>
        <translation>Les nombres de lignes de la sauvegarde sont inconnus ; les lignes ne peuvent donc pas être comparées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the migration from the backup step.</source>
        <translation>Reprenez la migration à partir de l’étape de sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All %1 rows in %2 tables arrived.</source>
        <translation>Les %1 lignes des %2 tables sont toutes arrivées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 tables differ from the backup.</source>
        <translation>%1 tables sur %2 diffèrent de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back, or restore the backup into the new server.</source>
        <translation>Revenez en arrière, ou restaurez la sauvegarde dans le nouveau serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 roles of the backup exist.</source>
        <translation>Les %1 rôles de la sauvegarde existent tous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: %1</source>
        <translation>Manquants : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the roles from the backup (its first part).</source>
        <translation>Restaurez les rôles depuis la sauvegarde (sa première partie).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compose file must name postgres:%1.</source>
        <translation>Le fichier compose doit indiquer postgres:%1.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeDocument</name>
    <message>
        <location filename="../src/core/compose/ComposeDocument.cpp" line="+149"/>
        <source>%1 expands to more than %2 values once its aliases are resolved (line %3): it is not a compose file this app can read safely. Nothing was changed; check the file&apos;s anchors and aliases (*name).</source>
        <translation>%1 donne plus de %2 valeurs une fois ses alias résolus (ligne %3) : ce n’est pas un fichier compose que cette application peut lire sans risque. Rien n’a été modifié ; vérifiez les ancres et les alias du fichier (*nom).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid YAML (line %2, column %3: %4). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 n’est pas un YAML valide (ligne %2, colonne %3 : %4). Corrigez le fichier dans un éditeur de texte et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid YAML (%2). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 n’est pas un YAML valide (%2). Corrigez le fichier dans un éditeur de texte et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not valid YAML (line %2, column %3: a quoted value starts here and is never closed). Fix the file in a text editor and try again; nothing was changed.</source>
        <translation>%1 n’est pas un YAML valide (ligne %2, colonne %3 : une valeur entre guillemets commence ici et n’est jamais fermée). Corrigez le fichier dans un éditeur de texte et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a compose file: its top level is not a mapping of keys such as &quot;services&quot;; nothing was changed.</source>
        <translation>%1 n’est pas un fichier compose : son premier niveau n’est pas une table de clés comme « services » ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 has no plain value at %2.</source>
        <translation>%1 n’a pas de valeur simple à %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot find line %2.</source>
        <translation>%1 : ligne %2 introuvable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value &quot;%1&quot; in %2, line %3, cannot be changed in place: %4. Write it on one line, as in &quot;image: postgres:12&quot;, and try again.</source>
        <translation>La valeur « %1 » dans %2, ligne %3, ne peut pas être modifiée sur place : %4. Écrivez-la sur une seule ligne, comme « image: postgres:12 », et réessayez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its text starts on another line</source>
        <translation>son texte commence sur une autre ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a block scalar</source>
        <translation>c’est un scalaire de bloc</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the quoted text continues on another line</source>
        <translation>le texte entre guillemets continue sur une autre ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it uses escape sequences</source>
        <translation>il utilise des séquences d’échappement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its text continues on another line</source>
        <translation>son texte continue sur une autre ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its text could not be found where the parser says it is</source>
        <translation>son texte ne se trouve pas là où l’analyseur l’indique</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot add &quot;%1&quot; to %2 in %3: %4. Add it by hand and try again; nothing was changed.</source>
        <translation>Impossible d’ajouter « %1 » à %2 dans %3 : %4. Ajoutez-le à la main et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has no entries there to write it beside</source>
        <translation>le fichier n’y a aucune entrée à côté de laquelle l’écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is there already</source>
        <translation>la clé est déjà présente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its entries come from an alias or merge key</source>
        <translation>ses entrées viennent d’un alias ou d’une clé de fusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries could not be found where the parser says they are</source>
        <translation>ses entrées ne se trouvent pas là où l’analyseur l’indique</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the mapping is written in a way this app does not edit</source>
        <translation>la table est écrite sous une forme que cette application ne modifie pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two changes of %1 would overlap; nothing was changed.</source>
        <translation>Deux modifications de %1 se chevaucheraient ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing %1 would make it invalid (%2); it was left as it is.</source>
        <translation>Modifier %1 le rendrait invalide (%2) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changing the value at %1, line %2 of %3 would also change %4 (the value is shared through a YAML anchor or merge key). Give the service its own &quot;image:&quot; line and try again; nothing was changed.</source>
        <translation>Modifier la valeur à %1, ligne %2 de %3, changerait aussi %4 (la valeur est partagée par une ancre YAML ou une clé de fusion). Donnez au service sa propre ligne « image: » et réessayez ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>edm::ComposeProject</name>
    <message>
        <location filename="../src/core/compose/ComposeProject.cpp" line="+189"/>
        <source>%1 does not exist. Choose the folder that holds your compose.yaml (for Ente, usually ente/server or the folder made by the quickstart).</source>
        <translation>%1 n’existe pas. Choisissez le dossier qui contient votre compose.yaml (pour Ente, en général ente/server ou le dossier créé par le quickstart).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>COMPOSE_FILE names %1, which does not exist. Correct COMPOSE_FILE (in your environment or in .env) and try again.</source>
        <translation>COMPOSE_FILE désigne %1, qui n’existe pas. Corrigez COMPOSE_FILE (dans votre environnement ou dans .env) et réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No compose file in %1 (looked for compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml). Choose the folder that holds your Ente compose.yaml.</source>
        <translation>Aucun fichier compose dans %1 (recherchés : compose.yaml, compose.yml, docker-compose.yml et docker-compose.yaml). Choisissez le dossier qui contient le compose.yaml de votre Ente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found several compose files (%1); like docker compose, using %2.</source>
        <translation>Plusieurs fichiers compose trouvés (%1) ; comme docker compose, utilisation de %2.</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+349"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: the values of this file add up to more than %3 MiB once their variables are filled in; compose values are never that long. Check the variables the lines repeat.</source>
        <translation>%1, ligne %2 : les valeurs de ce fichier dépassent au total %3 Mio une fois leurs variables remplacées ; des valeurs compose ne sont jamais aussi longues. Vérifiez les variables que les lignes répètent.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 has no service named &quot;%2&quot;. Its services are: %3.</source>
        <translation>%1 n’a pas de service nommé « %2 ». Ses services sont : %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 defines no services. Choose the compose file of your Ente server, the one with the postgres, museum and minio services.</source>
        <translation>%1 ne définit aucun service. Choisissez le fichier compose de votre serveur Ente, celui avec les services postgres, museum et minio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No service in %1 runs the postgres image (services: %2). If your database runs from another image, name its service with --service.</source>
        <translation>Aucun service de %1 n’utilise l’image postgres (services : %2). Si votre base tourne sur une autre image, indiquez son service avec --service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several services in %1 run Postgres: %2. Choose one with --service NAME (or in the wizard&apos;s service list).</source>
        <translation>Plusieurs services de %1 exécutent Postgres : %2. Choisissez-en un avec --service NOM (ou dans la liste des services de l’assistant).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The service &quot;%1&quot; has no image (it is built from a Dockerfile). The migration changes the image line, so the service needs one, such as &quot;image: postgres:12&quot;.</source>
        <translation>Le service « %1 » n’a pas d’image (il est construit à partir d’un Dockerfile). La migration modifie la ligne image, le service en a donc besoin, par exemple « image: postgres:12 ».</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>The image of &quot;%1&quot; cannot be read: %2</source>
        <translation>L’image de « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>The service &quot;%1&quot; runs %2, an image built on Postgres by someone else, not the official postgres image. Such images carry extensions (vector search, geodata, time series) that neither pgautoupgrade nor the official postgres image has, so an upgrade this way would leave the data unreadable. Upgrade it the way the image&apos;s makers document (usually their own newer tag, or a dump and restore with that image).</source>
        <translation>Le service « %1 » exécute %2, une image construite sur Postgres par un tiers, et non l’image postgres officielle. De telles images apportent des extensions (recherche vectorielle, données géographiques, séries temporelles) que ni pgautoupgrade ni l’image postgres officielle n’ont : une mise à niveau par ce moyen laisserait les données illisibles. Mettez-le à niveau comme le documentent les auteurs de l’image (en général avec leur propre étiquette plus récente, ou par un dump et une restauration avec cette image).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service &quot;%1&quot; runs %2, which is not the official postgres image (nor pgautoupgrade). Only stacks on the official image can be migrated this way.</source>
        <translation>Le service « %1 » utilise %2, qui n’est pas l’image officielle postgres (ni pgautoupgrade). Seules les piles sur l’image officielle peuvent être migrées ainsi.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The service &quot;%1&quot; reads env_file %2, which does not exist. Docker compose would refuse to start it too; create the file or remove the env_file entry.</source>
        <translation>Le service « %1 » lit le env_file %2, qui n’existe pas. docker compose refuserait aussi de le démarrer ; créez le fichier ou retirez l’entrée env_file.</translation>
    </message>
</context>
<context>
    <name>edm::DataVersionJob</name>
    <message>
        <location filename="../src/core/migration/steps/DataVersionJob.cpp" line="+34"/>
        <source>Data version before start: %1 (%2).</source>
        <translation>Version des données avant démarrage : %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>edm::DataVersionPeek</name>
    <message>
        <location filename="../src/core/migration/DataVersionPeek.cpp" line="+44"/>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+60"/>
        <source>Image and data</source>
        <translation>Image et données</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The compose file names %1, which keeps its data below /var/lib/postgresql and refuses to start on a volume mounted at /var/lib/postgresql/data (&quot;Error: in 18+, these Docker images are configured to store database data in a format which is compatible with pg_ctlcluster&quot;). The data there is from PostgreSQL %2.</source>
        <translation>Le fichier compose indique %1, qui garde ses données sous /var/lib/postgresql et refuse de démarrer sur un volume monté sur /var/lib/postgresql/data (« Error: in 18+, these Docker images are configured to store database data in a format which is compatible with pg_ctlcluster »). Les données qui s’y trouvent viennent de PostgreSQL %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3 and migrate with target %4: the migration moves the mount to /var/lib/postgresql in the same edit.</source>
        <translation>Remettez « image: %1 » pour le service « %2 » dans %3 et migrez avec la cible %4 : la migration déplace le montage vers /var/lib/postgresql dans la même modification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data in the volume is from PostgreSQL %1, laid out the Postgres 18 way (in %2), but the compose file names %3, which finds nothing at /var/lib/postgresql/data and would initialise a new, empty database there.</source>
        <translation>Les données du volume viennent de PostgreSQL %1, rangées à la manière de Postgres 18 (dans %2), mais le fichier compose indique %3, qui ne trouve rien dans /var/lib/postgresql/data et y initialiserait une nouvelle base vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3 and keep the volume mounted at /var/lib/postgresql; nothing was started.</source>
        <translation>Remettez « image: %1 » pour le service « %2 » dans %3 et gardez le volume monté sur /var/lib/postgresql ; rien n’a été démarré.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The data in the volume is from PostgreSQL %1 (its PG_VERSION), but the compose file names %2, which refuses to start on it (&quot;database files are incompatible with server&quot;). A compose file downloaded again from Ente names postgres:15.</source>
        <translation>Les données du volume viennent de PostgreSQL %1 (son PG_VERSION), mais le fichier compose indique %2, qui refuse de démarrer dessus (« database files are incompatible with server »). Un fichier compose retéléchargé depuis Ente indique postgres:15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put &quot;image: %1&quot; back for the service &quot;%2&quot; in %3, then start the stack; the data needs no migration.</source>
        <translation>Remettez « image: %1 » pour le service « %2 » dans %3, puis démarrez la pile ; les données n’ont pas besoin de migration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PGDATA is not in a volume, so there is no PG_VERSION to read before the start</source>
        <translation>PGDATA n’est pas dans un volume : il n’y a donc pas de PG_VERSION à lire avant le démarrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read %1</source>
        <translation>%1 lu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read %1 in the container %2 (not started)</source>
        <translation>%1 lu dans le conteneur %2 (non démarré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no named volume and no container to read PG_VERSION from</source>
        <translation>aucun volume nommé ni conteneur où lire PG_VERSION</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read %1 in the volume %2 (through a container that was created, never started, and removed)</source>
        <translation>%1 lu dans le volume %2 (via un conteneur créé, jamais démarré, puis supprimé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the volume %1 does not exist yet</source>
        <translation>le volume %1 n’existe pas encore</translation>
    </message>
</context>
<context>
    <name>edm::DockerCli</name>
    <message>
        <location filename="../src/core/docker/DockerCli.cpp" line="+99"/>
        <source>Docker answered something that cannot be read (%1). Please report this, with the versions of docker and compose.</source>
        <translation>Docker a répondu quelque chose d’illisible (%1). Merci de le signaler, avec les versions de docker et de compose.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the docker context &quot;%1&quot;</source>
        <translation>le contexte docker « %1 »</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Docker was not found (neither &quot;%1&quot; nor &quot;docker-compose&quot; is on PATH). Install Docker (on Debian and Ubuntu: sudo apt install docker.io docker-compose), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker est introuvable (ni « %1 » ni « docker-compose » ne sont dans le PATH). Installez Docker (sous Debian et Ubuntu : sudo apt install docker.io docker-compose), ou choisissez le programme docker dans les paramètres (--docker CHEMIN).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker Compose was not found: neither &quot;docker compose&quot; (v2) nor &quot;docker-compose&quot; (v1) works. Install the compose plugin (the docker-compose-plugin package, or docker-compose-v2 on Debian and Ubuntu), or docker-compose.</source>
        <translation>Docker Compose est introuvable : ni « docker compose » (v2) ni « docker-compose » (v1) ne fonctionnent. Installez le plugin compose (paquet docker-compose-plugin, ou docker-compose-v2 sous Debian et Ubuntu), ou docker-compose.</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>There is no container &quot;%1&quot;. Start the stack (docker compose up -d) and try again.</source>
        <translation>Il n’y a pas de conteneur « %1 ». Démarrez la pile (docker compose up -d) et réessayez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The container %1 was created but never started. Start the stack (docker compose up -d) and try again.</source>
        <translation>Le conteneur %1 a été créé mais jamais démarré. Démarrez la pile (docker compose up -d) et réessayez.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>an array element is not an object</source>
        <translation>un élément du tableau n’est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON error at offset %1: %2</source>
        <translation>Erreur JSON à la position %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1 is not a JSON object: %2</source>
        <translation>la ligne %1 n’est pas un objet JSON : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The container %1 exited with code %2.</source>
        <translation>Le conteneur %1 s’est terminé avec le code %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ran out of memory: give Docker more memory.</source>
        <translation>Il a manqué de mémoire : donnez plus de mémoire à Docker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It left no log. Start it in the foreground (docker compose up SERVICE) to see why.</source>
        <translation>Il n’a laissé aucun journal. Démarrez-le au premier plan (docker compose up SERVICE) pour voir pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last log lines say why; fix that, then start it again:</source>
        <translation>Ses dernières lignes de journal en donnent la raison ; corrigez-la puis redémarrez-le :</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>There is no volume &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun volume « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The volume &quot;%1&quot; is still used by a container. Remove that container first (docker ps -a --filter volume=%1 lists it).</source>
        <translation>Le volume « %1 » est encore utilisé par un conteneur. Supprimez d’abord ce conteneur (docker ps -a --filter volume=%1 l’affiche).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A container named &quot;%1&quot; exists already, left by an earlier run. Remove it (docker rm -f %1) and try again.</source>
        <translation>Un conteneur nommé « %1 » existe déjà, laissé par une exécution précédente. Supprimez-le (docker rm -f %1) et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Docker could not pull the image. Check the image name and tag, your connection to the registry, and any registry login.</source>
        <translation>Docker n&apos;a pas pu télécharger l&apos;image. Vérifiez le nom et le tag de l&apos;image, votre connexion au registre et une éventuelle connexion à celui-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk Docker keeps its data on is full. Free some space (docker system df shows what Docker uses) and try again.</source>
        <translation>Le disque où Docker garde ses données est plein. Libérez de la place (docker system df montre ce que Docker utilise) et réessayez.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>docker-compose was not found. Install Docker Compose (the docker-compose-plugin package gives &quot;docker compose&quot;), or choose the program in the settings.</source>
        <translation>docker-compose est introuvable. Installez Docker Compose (le paquet docker-compose-plugin fournit « docker compose »), ou choisissez le programme dans les paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker was not found. Install Docker (on Debian and Ubuntu: sudo apt install docker.io), or choose the docker program in the settings (--docker PATH).</source>
        <translation>Docker est introuvable. Installez Docker (sous Debian et Ubuntu : sudo apt install docker.io), ou choisissez le programme docker dans les paramètres (--docker CHEMIN).</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>You may not use the Docker daemon at %1: permission denied on its socket. Add your user to the docker group (sudo usermod -aG docker $USER, then log out and in again), or run as a user who may use docker.</source>
        <translation>Vous n’avez pas le droit d’utiliser le démon Docker sur %1 : permission refusée sur son socket. Ajoutez votre utilisateur au groupe docker (sudo usermod -aG docker $USER, puis déconnectez-vous et reconnectez-vous), ou utilisez un compte autorisé à utiliser docker.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker daemon is not running, or cannot be reached at %1. Start it (sudo systemctl start docker, or open Docker Desktop) and try again; if it runs elsewhere, check DOCKER_HOST and the docker context (docker context ls).</source>
        <translation>Le démon Docker ne tourne pas, ou est injoignable sur %1. Démarrez-le (sudo systemctl start docker, ou ouvrez Docker Desktop) et réessayez ; s’il tourne ailleurs, vérifiez DOCKER_HOST et le contexte docker (docker context ls).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compose project has no service &quot;%1&quot;. Choose the service as it is named in the compose file.</source>
        <translation>Le projet compose n’a pas de service « %1 ». Choisissez le service tel qu’il est nommé dans le fichier compose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no container &quot;%1&quot; (any more). Start the stack (docker compose up -d) and try again.</source>
        <translation>Il n’y a pas (plus) de conteneur « %1 ». Démarrez la pile (docker compose up -d) et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 is not running. Start the stack (docker compose up -d); if it stops again, its log says why.</source>
        <translation>Le conteneur %1 ne tourne pas. Démarrez la pile (docker compose up -d) ; s’il s’arrête à nouveau, son journal dit pourquoi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command does not exist in the container %1. Is it the Postgres container, running the image the compose file names?</source>
        <translation>La commande n’existe pas dans le conteneur %1. Est-ce bien le conteneur Postgres, avec l’image indiquée dans le fichier compose ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 found no compose file. Choose the folder that holds your compose.yaml, and check that the file still exists.</source>
        <translation>%1 n’a trouvé aucun fichier compose. Choisissez le dossier qui contient votre compose.yaml, et vérifiez que le fichier existe toujours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot read the compose file. Correct the place it names, then try again.</source>
        <translation>%1 ne peut pas lire le fichier compose. Corrigez l’endroit indiqué, puis réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 refused the command line it was given. Your compose version may be too old or too new for this release; please report it with the output of &quot;%1 version&quot;.</source>
        <translation>%1 a refusé la ligne de commande reçue. Votre version de compose est peut-être trop ancienne ou trop récente pour cette version ; merci de le signaler avec la sortie de « %1 version ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed to build an image. See the build output, fix the Dockerfile or the build context, and try again.</source>
        <translation>%1 n’a pas pu construire une image. Consultez la sortie de construction, corrigez le Dockerfile ou le contexte, et réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not pull an image. Check the image name and tag in the compose file, your connection to the registry, and any registry login.</source>
        <translation>%1 n’a pas pu télécharger une image. Vérifiez le nom et l’étiquette de l’image dans le fichier compose, votre connexion au registre et une éventuelle connexion au registre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was interrupted.</source>
        <translation>%1 a été interrompu.</translation>
    </message>
</context>
<context>
    <name>edm::DumpInspector</name>
    <message>
        <location filename="../src/core/postgres/DumpInspector.cpp" line="+683"/>
        <source>The compressed file cannot be opened: zlib could not start.</source>
        <translation>Le fichier compressé ne peut pas être ouvert : zlib n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>After the compressed data the file holds bytes that are not gzip; they were ignored. The file may have been appended to by mistake.</source>
        <translation>Après les données compressées, le fichier contient des octets qui ne sont pas du gzip ; ils ont été ignorés. Quelque chose a peut-être été ajouté au fichier par erreur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compressed data is damaged after %1 bytes of SQL (zlib: %2). The file was corrupted when it was copied or stored; use another copy of the backup.</source>
        <translation>Les données compressées sont endommagées après %1 octets de SQL (zlib : %2). Le fichier a été corrompu lors d’une copie ou du stockage ; utilisez une autre copie de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the table of contents (toc.dat) of a pg_dump directory-format archive</source>
        <translation>la table des matières (toc.dat) d’une archive pg_dump au format répertoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pg_dump tar-format archive</source>
        <translation>une archive pg_dump au format tar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pg_dump custom-format archive (pg_dump -Fc)</source>
        <translation>une archive pg_dump au format personnalisé (pg_dump -Fc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of database “%1”, from PostgreSQL %2, made by pg_dump %3</source>
        <translation> de la base « %1 », de PostgreSQL %2, créée par pg_dump %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1%2. This app reads plain SQL dumps only: restore it with pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.</source>
        <translation>Le fichier est %1%2. Cette application ne lit que les dumps SQL en texte brut : restaurez-le avec pg_restore, ou convertissez-le d’abord en SQL avec « pg_restore -f dump.sql FICHIER ».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file is compressed with %1, which this app does not read. Decompress it first (%2) and open the .sql file inside.</source>
        <translation>Le fichier est compressé avec %1, que cette application ne lit pas. Décompressez-le d’abord (%2) et ouvrez le fichier .sql qu’il contient.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is a %1, not a PostgreSQL dump. Choose the .sql file that pg_dumpall wrote.</source>
        <translation>Le fichier est un(e) %1, pas un dump PostgreSQL. Choisissez le fichier .sql écrit par pg_dumpall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is a pg_dump tar-format archive (pg_dump -Ft). This app reads plain SQL dumps only: restore it with pg_restore, or turn it into SQL first with “pg_restore -f dump.sql FILE”.</source>
        <translation>Le fichier est une archive pg_dump au format tar (pg_dump -Ft). Cette application ne lit que les dumps SQL en texte brut : restaurez-le avec pg_restore, ou convertissez-le d’abord en SQL avec « pg_restore -f dump.sql FICHIER ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a tar archive, not a PostgreSQL dump. Unpack it and open the .sql file inside.</source>
        <translation>Le fichier est une archive tar, pas un dump PostgreSQL. Décompressez-la et ouvrez le fichier .sql qu’elle contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is binary, not a PostgreSQL dump. A plain dump is text that starts with “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump).</source>
        <translation>Le fichier est binaire, ce n’est pas un dump PostgreSQL. Un dump en texte brut commence par « -- PostgreSQL database cluster dump » (pg_dumpall) ou « -- PostgreSQL database dump » (pg_dump).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file starts with a UTF-8 byte order mark, which pg_dump never writes: an editor saved it. psql would fail on the first statement; remove the first three bytes or use the original file.</source>
        <translation>Le fichier commence par une marque d’ordre des octets UTF-8, que pg_dump n’écrit jamais : un éditeur l’a enregistré. psql échouerait dès la première instruction ; supprimez les trois premiers octets ou utilisez le fichier d’origine.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The file is text but not a PostgreSQL dump: none of its first lines is the header “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump).</source>
        <translation>Le fichier est du texte mais pas un dump PostgreSQL : aucune de ses premières lignes n’est l’en-tête « -- PostgreSQL database cluster dump » (pg_dumpall) ou « -- PostgreSQL database dump » (pg_dump).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file is binary, not a PostgreSQL dump.</source>
        <translation>Le fichier est binaire, ce n’est pas un dump PostgreSQL.</translation>
    </message>
    <message>
        <location line="+744"/>
        <source>The file is text but not a PostgreSQL dump: it has no “-- PostgreSQL database cluster dump” (pg_dumpall) or “-- PostgreSQL database dump” (pg_dump) header.</source>
        <translation>Le fichier est du texte mais pas un dump PostgreSQL : il n’a pas d’en-tête « -- PostgreSQL database cluster dump » (pg_dumpall) ou « -- PostgreSQL database dump » (pg_dump).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The compressed file holds no data: the backup wrote nothing. Make the backup again.</source>
        <translation>Le fichier compressé ne contient aucune donnée : la sauvegarde n’a rien écrit. Refaites la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty: the backup wrote nothing. Make the backup again.</source>
        <translation>Le fichier est vide : la sauvegarde n’a rien écrit. Refaites la sauvegarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (database “%1”)</source>
        <translation> (base « %1 »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends inside the data of table %1%2, before its first row: the backup was cut off there, and everything after it is missing.</source>
        <translation>Le fichier s’arrête dans les données de la table %1%2, avant sa première ligne : la sauvegarde a été coupée là, et tout ce qui suit manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file ends inside the data of table %1%2, after row %3: the backup was cut off there, and everything after it is missing.</source>
        <translation>Le fichier s’arrête dans les données de la table %1%2, après la ligne %3 : la sauvegarde a été coupée là, et tout ce qui suit manque.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file ends in the middle of an SQL statement that starts on line %1 (“%2”): the backup was cut off there, and everything after it is missing.</source>
        <translation>Le fichier s’arrête au milieu d’une instruction SQL commençant ligne %1 (« %2 ») : la sauvegarde a été coupée là, et tout ce qui suit manque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> It stopped after database “%1”; any database after it is missing.</source>
        <translation> Elle s’est arrêtée après la base « %1 » ; toute base suivante manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> It stopped inside database “%1”.</source>
        <translation> Elle s’est arrêtée à l’intérieur de la base « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends without the line “-- PostgreSQL database cluster dump complete” that pg_dumpall writes last: the backup did not finish.%1</source>
        <translation>Le fichier se termine sans la ligne « -- PostgreSQL database cluster dump complete » que pg_dumpall écrit en dernier : la sauvegarde n’est pas allée au bout.%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file ends without the line “-- PostgreSQL database dump complete” that pg_dump writes last: the backup did not finish.</source>
        <translation>Le fichier se termine sans la ligne « -- PostgreSQL database dump complete » que pg_dump écrit en dernier : la sauvegarde n’est pas allée au bout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section of database %1 lacks its end mark “-- PostgreSQL database dump complete”: its pg_dump did not finish, so its data may be incomplete.</source>
        <translation>La section de la base %1 n’a pas sa marque de fin « -- PostgreSQL database dump complete » : son pg_dump n’est pas allé au bout, ses données peuvent être incomplètes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is more after the dump’s end mark, from line %1 on: two files were joined, or something else wrote into the backup. Check where it came from.</source>
        <translation>Il y a encore du contenu après la marque de fin du dump, à partir de la ligne %1 : deux fichiers ont été joints, ou autre chose a écrit dans la sauvegarde. Vérifiez d’où cela vient.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines end in CR LF (Windows line endings) from line %1 on (%2 in all): the file was converted after pg_dump wrote it. A restore would put a carriage return into every multi-line value and statement. Use the original file, or convert it back with “dos2unix”.</source>
        <translation>À partir de la ligne %1, les lignes finissent par CR LF (fins de ligne Windows) (%2 en tout) : le fichier a été converti après son écriture par pg_dump. Une restauration mettrait un retour chariot dans chaque valeur et instruction multiligne. Utilisez le fichier d’origine, ou reconvertissez-le avec « dos2unix ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some lines are neither SQL, psql commands nor comments (%1 in all, the first on line %2: “%3”): something other than pg_dump wrote into the file (an error message, a prompt). psql would fail on them.</source>
        <translation>Certaines lignes ne sont ni du SQL, ni des commandes psql, ni des commentaires (%1 en tout, la première ligne %2 : « %3 ») : autre chose que pg_dump a écrit dans le fichier (un message d’erreur, une invite). psql échouerait sur elles.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The compressed file ends early: its gzip stream is cut off after %1 bytes of SQL, as when a copy or download is interrupted.</source>
        <translation>Le fichier compressé s’arrête trop tôt : son flux gzip est coupé après %1 octets de SQL, comme lorsqu’une copie ou un téléchargement est interrompu.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is a folder, not a dump file. (A pg_dump directory-format backup is a folder: restore it with pg_restore.)</source>
        <translation>%1 est un dossier, pas un fichier de dump. (Une sauvegarde pg_dump au format répertoire est un dossier : restaurez-la avec pg_restore.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible d’ouvrir %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>The inspection of %1 was cancelled.</source>
        <translation>L’inspection de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>edm::DumpRestoreStep</name>
    <message>
        <location filename="../src/core/migration/steps/DumpRestoreStep.cpp" line="+21"/>
        <source>The dump-restore plan has no new volume.</source>
        <translation>Le plan dump-restore n’a pas de nouveau volume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup to restore.</source>
        <translation>Il n’y a pas de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the data to %1</source>
        <translation>Déplacer les données vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gets the change below: the image %2 and a new %3 for the data; the current one (%4) is not touched and stays for a rollback. Then only the service &quot;%5&quot; starts, creates an empty Postgres %6 database there, and the backup %7 is restored into it.</source>
        <translation>%1 reçoit la modification ci-dessous : l’image %2 et un nouveau %3 pour les données ; l’actuel (%4) n’est pas touché et reste pour un retour arrière. Puis seul le service « %5 » démarre, y crée une base Postgres %6 vide, et la sauvegarde %7 y est restaurée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: image → %2, data → %3</source>
        <translation>%1 : image → %2, données → %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Emptying %1, which an interrupted restore left half-filled.</source>
        <translation>Vidage de %1, qu’une restauration interrompue a laissé à moitié rempli.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the folder %1 for the restored data. Check the permissions of its parent folder and resume.</source>
        <translation>Impossible de créer le dossier %1 pour les données restaurées. Vérifiez les droits de son dossier parent et reprenez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the new Postgres %1 database</source>
        <translation>Création de la nouvelle base Postgres %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored into the new Postgres %1 database.</source>
        <translation>La sauvegarde a été restaurée dans la nouvelle base Postgres %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The password of %1 is stored as scram-sha-256 now, as the new server&apos;s pg_hba.conf asks.</source>
        <translation>Le mot de passe de %1 est maintenant stocké en scram-sha-256, comme l’exige le pg_hba.conf du nouveau serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not store the password of %1 as scram-sha-256: %2</source>
        <translation>Le mot de passe de %1 n’a pas pu être stocké en scram-sha-256 : %2</translation>
    </message>
</context>
<context>
    <name>edm::FailureSummary</name>
    <message>
        <location filename="../src/core/migration/FailureSummary.cpp" line="+108"/>
        <source>&quot;%1&quot; was stopped: %2</source>
        <translation>« %1 » a été arrêtée : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>« %1 » a échoué : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compose file was changed and names an image this migration did not write.</source>
        <translation>Le fichier compose a été modifié et nomme une image que cette migration n’a pas écrite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compose file is unchanged.</source>
        <translation>Le fichier compose est inchangé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compose file names %1 (before the migration: %2).</source>
        <translation>Le fichier compose nomme %1 (avant la migration : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compose file still names %1.</source>
        <translation>Le fichier compose nomme toujours %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the Postgres container runs is unknown: docker did not answer.</source>
        <translation>On ne sait pas si le conteneur Postgres tourne : docker n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Postgres container is running.</source>
        <translation>Le conteneur Postgres tourne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Postgres container is not running.</source>
        <translation>Le conteneur Postgres ne tourne pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data was converted to the new version.</source>
        <translation>Les données ont été converties vers la nouvelle version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data conversion began and did not finish: the old image cannot use the volume as it is.</source>
        <translation>La conversion des données a commencé sans se terminer : l’ancienne image ne peut pas utiliser le volume en l’état.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is unchanged.</source>
        <translation>Les données sont inchangées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roll back: the original compose file is put back, the backup restored into the volume and the stack started as before.</source>
        <translation>Revenir en arrière : le fichier compose d’origine est remis en place, la sauvegarde restaurée dans le volume et la pile démarrée comme avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back: the original compose file is put back and the stack started as before.</source>
        <translation>Revenir en arrière : le fichier compose d’origine est remis en place et la pile démarrée comme avant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed. Fix the cause above, then retry &quot;%1&quot;.</source>
        <translation>Rien n’a été modifié. Corrigez la cause ci-dessus, puis relancez « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: close, or choose another project or target version.</source>
        <translation>Rien n’a été modifié : fermez, ou choisissez un autre projet ou une autre version cible.</translation>
    </message>
</context>
<context>
    <name>edm::FinishStep</name>
    <message>
        <location filename="../src/core/migration/steps/FinishStep.cpp" line="+19"/>
        <source>Start the stack</source>
        <translation>Démarrer la pile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole stack starts again, on Postgres %1 with the restored data.</source>
        <translation>Toute la pile redémarre, sur Postgres %1 avec les données restaurées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the image to %1</source>
        <translation>Changer l’image en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the change below, then the whole stack starts again on Postgres %2.</source>
        <translation>%1 reçoit la modification ci-dessous, puis toute la pile redémarre sur Postgres %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: image → %2</source>
        <translation>%1 : image → %2</translation>
    </message>
</context>
<context>
    <name>edm::ImagePolicy</name>
    <message>
        <location filename="../src/core/compose/ImagePolicy.cpp" line="+52"/>
        <source>The current image is Alpine-based, so the new images are Alpine-based too (%1-alpine): Alpine and Debian sort text differently, and switching would leave text indexes in the wrong order.</source>
        <translation>L’image actuelle est basée sur Alpine, les nouvelles images le sont donc aussi (%1-alpine) : Alpine et Debian trient le texte différemment, et changer laisserait les index de texte dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The current image is pinned to Debian %1. The images for Postgres %2 are built on Debian trixie, whose C library sorts some text differently, so the upgrade reindexes (pgautoupgrade does that by default) and the new image is %3.</source>
        <translation>L’image actuelle est fixée sur Debian %1. Les images de Postgres %2 reposent sur Debian trixie, dont la bibliothèque C trie certains textes autrement : la mise à niveau réindexe donc (pgautoupgrade le fait par défaut) et la nouvelle image est %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current image is pinned by digest; a digest names one build of one version, so the new image is named by its tag (%1). Pin its digest again after the migration if you want one.</source>
        <translation>L’image actuelle est fixée par son empreinte (digest) ; une empreinte désigne une seule construction d’une seule version, la nouvelle image est donc désignée par son étiquette (%1). Fixez de nouveau son empreinte après la migration si vous en voulez une.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The images come from the mirror %1; the upgrade image %2 comes from Docker Hub. If this host reaches only the mirror, name the upgrade image&apos;s mirror copy with --upgrade-image (or the wizard&apos;s advanced settings).</source>
        <translation>Les images viennent du miroir %1 ; l’image de mise à niveau %2 vient de Docker Hub. Si cet hôte n’atteint que le miroir, indiquez la copie de l’image de mise à niveau sur le miroir avec --upgrade-image (ou dans les réglages avancés de l’assistant).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The upgrade image &quot;%1&quot; is not a pgautoupgrade image. Name pgautoupgrade/pgautoupgrade (or a mirror&apos;s copy of it) with a tag for Postgres %2, such as %3.</source>
        <translation>L’image de mise à niveau « %1 » n’est pas une image pgautoupgrade. Indiquez pgautoupgrade/pgautoupgrade (ou sa copie sur un miroir) avec une étiquette pour Postgres %2, comme %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upgrade image &quot;%1&quot; upgrades to Postgres %2, not to the target %3.</source>
        <translation>L’image de mise à niveau « %1 » met à niveau vers Postgres %2, et non vers la cible %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The final image &quot;%1&quot; is not the official postgres image. Name postgres (or a mirror&apos;s …/library/postgres) with a tag for Postgres %2, such as %3.</source>
        <translation>L’image définitive « %1 » n’est pas l’image postgres officielle. Indiquez postgres (ou le …/library/postgres d’un miroir) avec une étiquette pour Postgres %2, comme %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final image &quot;%1&quot; runs Postgres %2, not the target %3.</source>
        <translation>L’image définitive « %1 » exécute Postgres %2, et non la cible %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The upgrade image %1 and the final image %2 are built on different C libraries (%3 and %4): indexes on text that the upgrade builds may be in the wrong order for the final server. Run REINDEX DATABASE in each database after the migration, or choose images of one flavour.</source>
        <translation>L’image de mise à niveau %1 et l’image définitive %2 reposent sur des bibliothèques C différentes (%3 et %4) : les index de texte construits par la mise à niveau peuvent être dans le mauvais ordre pour le serveur final. Lancez REINDEX DATABASE dans chaque base après la migration, ou choisissez des images d’une même variante.</translation>
    </message>
</context>
<context>
    <name>edm::InputFile</name>
    <message>
        <location filename="../src/core/InputFile.cpp" line="+25"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file. Nothing was changed; check that it is the file you meant.</source>
        <translation>%1 dépasse %2 Mio, le maximum que cette application lit dans un tel fichier. Rien n’a été modifié ; vérifiez que c’est bien le fichier voulu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is a folder, not a file. Choose the file itself (or the folder that holds it).</source>
        <translation>%1 est un dossier, pas un fichier. Choisissez le fichier lui-même (ou le dossier qui le contient).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>%1 is not a regular file (a pipe, socket or device); this app reads only regular files. Nothing was read.</source>
        <translation>%1 n’est pas un fichier ordinaire (un tube, un socket ou un périphérique) ; cette application ne lit que des fichiers ordinaires. Rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>edm::InspectionJob</name>
    <message>
        <location filename="../src/core/postgres/InspectionJob.cpp" line="+54"/>
        <source>The inspection of %1 was cancelled.</source>
        <translation>L’inspection de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>edm::Interpolator</name>
    <message>
        <location filename="../src/core/compose/Interpolator.cpp" line="+35"/>
        <location line="+20"/>
        <source>Interpolating &quot;%1&quot; gives a value longer than %2 MiB; compose values are never that long. Check the variables it uses (a variable that repeats itself doubles on every line).</source>
        <translation>L’interpolation de « %1 » donne une valeur de plus de %2 Mio ; des valeurs compose ne sont jamais aussi longues. Vérifiez les variables qu’elle utilise (une variable qui se répète elle-même double à chaque ligne).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invalid interpolation format: a lone &quot;$&quot; at the end of &quot;%1&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Format d’interpolation invalide : un « $ » isolé à la fin de « %1 ». Écrivez « $$ » pour un signe dollar littéral.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Invalid interpolation format in &quot;%1&quot; at &quot;%2&quot;. Write &quot;$$&quot; for a literal dollar sign.</source>
        <translation>Format d’interpolation invalide dans « %1 » à « %2 ». Écrivez « $$ » pour un signe dollar littéral.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid interpolation format in &quot;%1&quot;: a variable name must follow &quot;${&quot;.</source>
        <translation>Format d’interpolation invalide dans « %1 » : un nom de variable doit suivre « ${ ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Invalid interpolation format in &quot;%1&quot;: &quot;${&quot; is never closed.</source>
        <translation>Format d’interpolation invalide dans « %1 » : « ${ » n’est jamais fermé.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Invalid interpolation format in &quot;%1&quot;: unexpected character after &quot;${%2&quot;.</source>
        <translation>Format d’interpolation invalide dans « %1 » : caractère inattendu après « ${%2 ».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Required variable %1 is missing a value.</source>
        <translation>La variable obligatoire %1 n’a pas de valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required variable %1 is missing a value: %2</source>
        <translation>La variable obligatoire %1 n’a pas de valeur : %2</translation>
    </message>
</context>
<context>
    <name>edm::Job</name>
    <message>
        <location filename="../src/core/job/Job.cpp" line="+54"/>
        <source>Stopped, as asked.</source>
        <translation>Arrêté, comme demandé.</translation>
    </message>
</context>
<context>
    <name>edm::Journal</name>
    <message>
        <location filename="../src/core/migration/Journal.cpp" line="+97"/>
        <source>The migration journal %1 is damaged (%2). Your compose file&apos;s original is kept in %3; compare it with compose.yaml before deleting the folder.</source>
        <translation>Le journal de migration %1 est endommagé (%2). L’original de votre fichier compose est conservé dans %3 ; comparez-le avec compose.yaml avant de supprimer le dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration journal %1 was written by a newer version of this app. Use that version to resume or roll back.</source>
        <translation>Le journal de migration %1 a été écrit par une version plus récente de cette application. Utilisez cette version pour reprendre ou revenir en arrière.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The migration journal %1 is not one this app wrote: its entry %2 (&quot;%3&quot;) is not a file of the project. Nothing was changed. Move the folder %4 aside and check your compose files by hand.</source>
        <translation>Le journal de migration %1 n’a pas été écrit par cette application : son entrée %2 (« %3 ») n’est pas un fichier du projet. Rien n’a été modifié. Mettez le dossier %4 de côté et vérifiez vos fichiers compose à la main.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 is not inside the project folder %2; its original cannot be kept.</source>
        <translation>%1 n’est pas dans le dossier du projet %2 ; son original ne peut pas être conservé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The kept original of %1 is missing.</source>
        <translation>L’original conservé de %1 manque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kept original of %1 is missing (%2).</source>
        <translation>L’original conservé de %1 manque (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kept original of %1 does not match its recorded checksum; it was changed after the migration kept it.</source>
        <translation>L’original conservé de %1 ne correspond pas à sa somme de contrôle enregistrée ; il a été modifié après sa conservation par la migration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No original of %1 was kept.</source>
        <translation>Aucun original de %1 n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>edm::Main</name>
    <message>
        <location filename="../src/main.cpp" line="+38"/>
        <source>%1: no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set). The command line needs none: run &quot;%1 --help&quot; for its commands.</source>
        <translation>%1 : aucun affichage où ouvrir l’assistant (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). La ligne de commande n’en a pas besoin : lancez « %1 --help » pour voir ses commandes.</translation>
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
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the stack</source>
        <translation>Arrêter la pile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the new image</source>
        <translation>Passer à la nouvelle image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/core/migration/MigrationEngine.cpp" line="+258"/>
        <source>image → %1, data → %2</source>
        <translation>image → %1, données → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image → %1</source>
        <translation>image → %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>There is no unfinished migration in %1 to resume.</source>
        <translation>Il n’y a pas de migration inachevée à reprendre dans %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A rollback of this project stopped before it was finished. Run the rollback again to finish it.</source>
        <translation>Un retour arrière de ce projet s&apos;est arrêté avant la fin. Relancez le retour arrière pour le terminer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A migration of this project stopped at &quot;%1&quot; and was not finished. Resume it or roll it back before starting a new one.</source>
        <translation>Une migration de ce projet s’est arrêtée à « %1 » sans se terminer. Reprenez-la ou annulez-la avant d’en commencer une nouvelle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service &quot;%1&quot; already runs Postgres %2; there is nothing to migrate.</source>
        <translation>Le service « %1 » exécute déjà Postgres %2 ; il n’y a rien à migrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resuming the migration after &quot;%1&quot;.</source>
        <translation>Reprise de la migration après « %1 ».</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Stopped before &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Arrêté avant « %1 », comme demandé. Reprenez la migration pour continuer, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Keep &quot;image: %1&quot; for the service &quot;%2&quot; in %3 from now on. A compose file downloaded again from Ente may name an older Postgres (Ente&apos;s own files use postgres:15), which refuses to start on this data (&quot;database files are incompatible with server&quot;).</source>
        <translation>Gardez désormais « image: %1 » pour le service « %2 » dans %3. Un fichier compose téléchargé à nouveau depuis Ente peut indiquer un Postgres plus ancien (les fichiers d’Ente utilisent postgres:15), qui refuse de démarrer sur ces données (« database files are incompatible with server »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &quot;image: %1&quot; for the service &quot;%2&quot; in %3 from now on (Ente&apos;s own files use postgres:15 too). An older image refuses to start on this data (&quot;database files are incompatible with server&quot;).</source>
        <translation>Gardez désormais « image: %1 » pour le service « %2 » dans %3 (les fichiers d’Ente utilisent aussi postgres:15). Une image plus ancienne refuse de démarrer sur ces données (« database files are incompatible with server »).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Stopped after &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Arrêté après « %1 », comme demandé. Reprenez la migration pour continuer, ou annulez-la.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Nothing was started or changed.</source>
        <translation>Rien n’a été démarré ni modifié.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>There is no migration of %1 to roll back.</source>
        <translation>Il n’y a pas de migration de %1 à annuler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last migration of %1 stopped before it changed anything: there is nothing to roll back.</source>
        <translation>La dernière migration de %1 s’est arrêtée avant de modifier quoi que ce soit : il n’y a rien à annuler.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationPlan</name>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+32"/>
        <source>%1 was changed by something else since the plan was made; nothing was written. Review the file and plan again.</source>
        <translation>%1 a été modifié par autre chose depuis l’établissement du plan ; rien n’a été écrit. Relisez le fichier et refaites le plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2. The file was left as it was.</source>
        <translation>Impossible d’écrire %1 : %2. Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../src/core/compose/DataMount.cpp" line="+34"/>
        <source>The dump-restore method cannot be used for the service &quot;%1&quot;: %2 Use the pgautoupgrade method, or change that and try again.</source>
        <translation>La méthode dump-restore ne peut pas être utilisée pour le service « %1 » : %2 Utilisez la méthode pgautoupgrade, ou changez cela et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its data is not in a named volume or a folder of the host, so there is no volume to keep aside for a rollback.</source>
        <translation>ses données ne sont ni dans un volume nommé ni dans un dossier de l’hôte : il n’y a donc pas de volume à garder de côté pour un retour arrière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+110"/>
        <source>no compose file mounts %1 in a way this app can change.</source>
        <translation>aucun fichier compose ne monte %1 d’une façon que cette application peut modifier.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the volume&apos;s source &quot;%1&quot; is written with variables.</source>
        <translation>la source « %1 » du volume est écrite avec des variables.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its image and its volume are set in different files (%1 and %2), and both must change in one edit.</source>
        <translation>son image et son volume sont définis dans des fichiers différents (%1 et %2), et les deux doivent changer en une seule modification.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the compose files already declare a volume &quot;%1&quot;; it may hold data.</source>
        <translation>les fichiers compose déclarent déjà un volume « %1 » ; il peut contenir des données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the volume &quot;%1&quot; is declared in another compose file than the one that mounts it.</source>
        <translation>le volume « %1 » est déclaré dans un autre fichier compose que celui qui le monte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no compose file declares the volume &quot;%1&quot; under &quot;volumes:&quot;.</source>
        <translation>aucun fichier compose ne déclare le volume « %1 » sous « volumes: ».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the volume&apos;s mount point &quot;%1&quot; is written with variables.</source>
        <translation>le point de montage « %1 » du volume est écrit avec des variables.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PGDATA is set to %1 in the service, so the volume stays mounted at %2: Postgres %3 uses that PGDATA as it is.</source>
        <translation>PGDATA vaut %1 dans le service, le volume reste donc monté sur %2 : Postgres %3 utilise ce PGDATA tel quel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postgres %1 keeps its data below %2, so the data volume of &quot;%3&quot; must be mounted there instead of at %4, and this app cannot make that change safely: %5 Change the mount by hand (or choose target 17), then plan again.</source>
        <translation>Postgres %1 garde ses données sous %2 : le volume de données de « %3 » doit donc y être monté au lieu de %4, et cette application ne peut pas faire ce changement sans risque : %5 Changez le montage à la main (ou choisissez la cible 17), puis refaites le plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the data is in an anonymous volume, and a new mount point would give the service a new, empty one.</source>
        <translation>les données sont dans un volume anonyme, et un nouveau point de montage donnerait au service un nouveau volume vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the volume is mounted at %1, not at %2.</source>
        <translation>le volume est monté sur %1, et non sur %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another mount, %1, is nested below the data&apos;s mount point.</source>
        <translation>un autre montage, %1, est imbriqué sous le point de montage des données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another mount already uses %1.</source>
        <translation>un autre montage utilise déjà %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mount &quot;%1&quot; is written with variables.</source>
        <translation>le montage « %1 » est écrit avec des variables.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image and the volume are set in different files (%1 and %2), and both must change in one edit.</source>
        <translation>l’image et le volume sont définis dans des fichiers différents (%1 et %2), et les deux doivent changer en une seule modification.</translation>
    </message>
    <message>
        <location filename="../src/core/compose/MigrationPlan.cpp" line="+71"/>
        <source>The target must be %1 (the Postgres major version to move to), not &quot;%2&quot;.</source>
        <translation>La cible doit être %1 (la version majeure de Postgres visée), et non « %2 ».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The target must be %1 (the Postgres major version to move to), not %2.</source>
        <translation>La cible doit être %1 (la version majeure de Postgres visée), et non %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service already runs pgautoupgrade: an upgrade was started before. Let it finish (its log says when), then switch to %1.</source>
        <translation>Le service exécute déjà pgautoupgrade : une mise à niveau a déjà été lancée. Laissez-la finir (son journal dit quand), puis passez à %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image tag &quot;%1&quot; does not say which Postgres major version runs; the version of the running server decides (the preflight asks it). Pin a version such as postgres:12 in the future.</source>
        <translation>L’étiquette d’image « %1 » n’indique pas quelle version majeure de Postgres tourne ; c’est la version du serveur en marche qui décide (les vérifications préalables la demandent). À l’avenir, fixez une version comme postgres:12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service runs Postgres %1, newer than the target %2. Postgres data can only move to a newer major version; choose a target above %1.</source>
        <translation>Le service exécute Postgres %1, plus récent que la cible %2. Les données Postgres ne peuvent passer qu’à une version majeure plus récente ; choisissez une cible au-dessus de %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service &quot;%1&quot; already runs pgautoupgrade: an upgrade was started before. Let it finish with the pgautoupgrade method; dump-restore starts from the original image.</source>
        <translation>Le service « %1 » exécute déjà pgautoupgrade : une mise à niveau a déjà été lancée. Laissez-la finir avec la méthode pgautoupgrade ; dump-restore part de l’image d’origine.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image of &quot;%1&quot; is &quot;%2&quot;, and %3 is set in your environment, which this app cannot change. Move %3 into the project&apos;s .env file (or write the image in %4) and try again.</source>
        <translation>L’image de « %1 » est « %2 », et %3 est défini dans votre environnement, que cette application ne peut pas modifier. Déplacez %3 dans le fichier .env du projet (ou écrivez l’image dans %4) et réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is set by %1 in .env (line %2); that line is what changes.</source>
        <translation>L’image est définie par %1 dans .env (ligne %2) ; c’est cette ligne qui change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image &quot;%1&quot; is built from variables (%2); each step writes the full image name in its place, so those variables no longer set it.</source>
        <translation>L’image « %1 » est construite à partir de variables (%2) ; chaque étape écrit le nom complet de l’image à leur place, si bien que ces variables ne la définissent plus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Postgres %1 keeps its data below %2: the first step also mounts the data volume there instead of at %3 (shown in its diff). pgautoupgrade moves the data into %4 itself.</source>
        <translation>Postgres %1 garde ses données sous %2 : la première étape y monte aussi le volume de données au lieu de %3 (visible dans son diff). pgautoupgrade déplace lui-même les données dans %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PGDATA is set to %1 in the service, so the volume&apos;s mount stays as it is: Postgres %2 uses that PGDATA.</source>
        <translation>PGDATA vaut %1 dans le service, le montage du volume reste donc tel quel : Postgres %2 utilise ce PGDATA.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changing the image to %1 would also change %2, so nothing will be changed. Give the service &quot;%3&quot; its own image line and try again.</source>
        <translation>Changer l’image en %1 modifierait aussi %2, donc rien ne sera modifié. Donnez au service « %3 » sa propre ligne image et réessayez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The changed line of %1 also holds the database password, which the diff shows masked; the file keeps it as it is.</source>
        <translation>La ligne modifiée de %1 contient aussi le mot de passe de la base, que le diff affiche masqué ; le fichier le garde tel quel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service &quot;%1&quot; has a healthcheck. pgautoupgrade asks for none while it upgrades: a check that fails during the upgrade can get the container restarted midway. The upgrade step starts only this service and watches its log instead.</source>
        <translation>Le service « %1 » a un healthcheck. pgautoupgrade n’en veut aucun pendant la mise à niveau : une vérification qui échoue pendant celle-ci peut faire redémarrer le conteneur en plein milieu. L’étape de mise à niveau ne démarre que ce service et surveille son journal à la place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is pinned by digest only, which does not say which Postgres major version runs; the version of the running server decides (the preflight asks it).</source>
        <translation>L’image n’est fixée que par son empreinte (digest), qui n’indique pas quelle version majeure de Postgres tourne ; c’est la version du serveur en marche qui décide (les vérifications préalables la demandent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No volume is mounted on %1: the database lives inside the container and is lost when the container is removed. Take the backup before anything else.</source>
        <translation>Aucun volume n’est monté sur %1 : la base vit dans le conteneur et sera perdue à sa suppression. Faites la sauvegarde avant toute autre chose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder %1 (bound to %2) does not exist on this host. Check the path before migrating: Docker would start an empty database there.</source>
        <translation>Le dossier de données %1 (monté sur %2) n’existe pas sur cet hôte. Vérifiez le chemin avant de migrer : Docker y démarrerait une base vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is in an anonymous volume, which &quot;docker compose down -v&quot; or a recreated container loses. Take the backup before anything else.</source>
        <translation>Les données sont dans un volume anonyme, que « docker compose down -v » ou un conteneur recréé fait perdre. Faites la sauvegarde avant toute autre chose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PGDATA is %1, not the image&apos;s default; pgautoupgrade is told the same PGDATA.</source>
        <translation>PGDATA vaut %1, pas la valeur par défaut de l’image ; pgautoupgrade reçoit le même PGDATA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No POSTGRES_PASSWORD is set for &quot;%1&quot;; the backup and the checks connect as %2 without a password.</source>
        <translation>Aucun POSTGRES_PASSWORD n’est défini pour « %1 » ; la sauvegarde et les vérifications se connectent en tant que %2 sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationReport</name>
    <message>
        <location filename="../src/core/migration/MigrationReport.cpp" line="+61"/>
        <source>The migration succeeded.</source>
        <translation>La migration a réussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration failed.</source>
        <translation>La migration a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration was rolled back; the original compose file and data are in place.</source>
        <translation>La migration a été annulée ; le fichier compose et les données d’origine sont en place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration has not finished.</source>
        <translation>La migration n’est pas terminée.</translation>
    </message>
</context>
<context>
    <name>edm::MigrationStep</name>
    <message>
        <location filename="../src/core/migration/steps/MigrationStep.cpp" line="+62"/>
        <source>Stopped before &quot;%1&quot;, as asked; nothing of that step was changed. Resume the migration to go on, or roll it back.</source>
        <translation>Arrêté avant « %1 », comme demandé ; rien de cette étape n’a été modifié. Reprenez la migration pour continuer, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopped during &quot;%1&quot;, as asked. Resume the migration to go on, or roll it back.</source>
        <translation>Arrêté pendant « %1 », comme demandé. Reprenez la migration pour continuer, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The service &quot;%1&quot; was started, but no container of it can be found.</source>
        <translation>Le service « %1 » a été démarré, mais aucun de ses conteneurs n’est trouvable.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The service &quot;%1&quot; is not running; starting it.</source>
        <translation>Le service « %1 » ne tourne pas ; démarrage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>edm::PostgresMajors</name>
    <message>
        <location filename="../src/core/PostgresMajors.cpp" line="+78"/>
        <source>Postgres 15 is what Ente&apos;s current compose files run (postgres:15), so a compose file downloaded again from Ente keeps working on the data; supported until %1.</source>
        <translation>Postgres 15 est ce qu’utilisent les fichiers compose actuels d’Ente (postgres:15) : un fichier compose retéléchargé depuis Ente continue donc de fonctionner avec les données ; pris en charge jusqu’en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres 16 is what Ente&apos;s migration guide moved to and is supported until %1; keep postgres:16 in your compose file afterwards, as Ente&apos;s current files name postgres:15, which refuses 16 data.</source>
        <translation>Postgres 16 est la cible du guide de migration d’Ente et est pris en charge jusqu’en %1 ; gardez ensuite postgres:16 dans votre fichier compose, car les fichiers actuels d’Ente indiquent postgres:15, qui refuse les données de 16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres 17 is supported until %1; keep postgres:17 in your compose file afterwards, as Ente&apos;s postgres:15 refuses 17 data.</source>
        <translation>Postgres 17 est pris en charge jusqu’en %1 ; gardez ensuite postgres:17 dans votre fichier compose, car le postgres:15 d’Ente refuse les données de 17.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postgres 18 is the newest and is supported longest (until %1); its image keeps the data below /var/lib/postgresql, so the volume&apos;s mount moves there in the same edit, and Ente&apos;s postgres:15 refuses 18 data: keep postgres:18 and that mount afterwards.</source>
        <translation>Postgres 18 est la version la plus récente et celle prise en charge le plus longtemps (jusqu’en %1) ; son image garde les données sous /var/lib/postgresql, le montage du volume y est donc déplacé dans la même modification, et le postgres:15 d’Ente refuse les données de 18 : gardez ensuite postgres:18 et ce montage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres %1 is not offered; choose %2.</source>
        <translation>Postgres %1 n’est pas proposé ; choisissez %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>edm::PreflightStep</name>
    <message>
        <location filename="../src/core/migration/steps/PreflightStep.cpp" line="+23"/>
        <source>Docker and compose</source>
        <translation>Docker et compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, engine at %3</source>
        <translation>%1 %2, moteur sur %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preflight found what must be fixed first: the compose image is older than the data. Nothing was started or changed. %1</source>
        <translation>Les vérifications préalables ont trouvé ce qu’il faut corriger d’abord : l’image compose est plus ancienne que les données. Rien n’a été démarré ni modifié. %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the server already runs PostgreSQL %1</source>
        <translation>le serveur exécute déjà PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server details</source>
        <translation>Détails du serveur</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The preflight found what must be fixed first: %1. Nothing was changed.</source>
        <translation>Les vérifications préalables ont trouvé ce qu’il faut corriger d’abord : %1. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>edm::ProcessRunner</name>
    <message>
        <location filename="../src/core/docker/ProcessRunner.cpp" line="+217"/>
        <source>cannot read the input file %1: %2</source>
        <translation>impossible de lire le fichier d’entrée %1 : %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>reading the input file %1 failed: %2</source>
        <translation>la lecture du fichier d’entrée %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>writing its output failed: %1. Check the free space and the permissions where the output goes</source>
        <translation>l’écriture de la sortie a échoué : %1. Vérifiez l’espace libre et les droits là où va la sortie</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The program %1 does not exist. Check the path, or install it.</source>
        <translation>Le programme %1 n’existe pas. Vérifiez le chemin, ou installez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program &quot;%1&quot; was not found on PATH. Install it, or give the full path to it.</source>
        <translation>Le programme « %1 » est introuvable dans le PATH. Installez-le, ou indiquez son chemin complet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; could not be started: %2. Check that it is a program and that you may run it.</source>
        <translation>« %1 » n’a pas pu être lancé : %2. Vérifiez que c’est un programme et que vous avez le droit de l’exécuter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; crashed (signal %2).</source>
        <translation>« %1 » a planté (signal %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; crashed.</source>
        <translation>« %1 » a planté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; failed with exit code %2.</source>
        <translation>« %1 » a échoué avec le code de sortie %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&quot;%1&quot; did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>« %1 » ne s’est pas terminé en %n seconde et a été arrêté.</numerusform>
            <numerusform>« %1 » ne s’est pas terminé en %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>« %1 » a été annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was stopped: %2.</source>
        <translation>« %1 » a été arrêté : %2.</translation>
    </message>
</context>
<context>
    <name>edm::Redactor</name>
    <message>
        <location filename="../src/core/Redactor.cpp" line="+57"/>
        <source>The password is too short to mask safely; lines that would show it are left out.</source>
        <translation>Le mot de passe est trop court pour être masqué sans risque ; les lignes qui le montreraient sont omises.</translation>
    </message>
</context>
<context>
    <name>edm::RehearseStep</name>
    <message>
        <location filename="../src/core/migration/steps/RehearseStep.cpp" line="+19"/>
        <source>There is no backup to rehearse with.</source>
        <translation>Il n’y a pas de sauvegarde pour la répétition.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup restored into a throwaway Postgres %1 container with every row.</source>
        <translation>La sauvegarde a été restaurée avec toutes ses lignes dans un conteneur Postgres %1 jetable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rehearsal&apos;s row counts differ from the backup.</source>
        <translation>Les nombres de lignes de la répétition diffèrent de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the backup with &quot;ente-db-migrate inspect&quot; before going on.</source>
        <translation>Examinez la sauvegarde avec « ente-db-migrate inspect » avant de continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rehearsal failed, so the real data was not touched.</source>
        <translation>La répétition a échoué ; les vraies données n’ont donc pas été touchées.</translation>
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
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+176"/>
        <location line="+143"/>
        <location line="+51"/>
        <location line="+175"/>
        <source>Ente DB Migration report</source>
        <translation>Rapport Ente DB Migration</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+192"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+194"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Compose file</source>
        <translation>Fichier compose</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+194"/>
        <source>Postgres before</source>
        <translation>Postgres avant</translation>
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
        <translation>Postgres après</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Report created</source>
        <translation>Rapport créé</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>App version</source>
        <translation>Version de l’application</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+188"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+188"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+24"/>
        <location line="+164"/>
        <location line="+14"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+187"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+188"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+40"/>
        <location line="+140"/>
        <location line="+24"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+179"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+44"/>
        <location line="+134"/>
        <location line="+24"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+178"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+178"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+170"/>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+168"/>
        <source>Row counts</source>
        <translation>Nombres de lignes</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Every table has as many rows as in the backup.</source>
        <translation>Chaque table a autant de lignes que dans la sauvegarde.</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Some tables differ from the backup.</source>
        <translation>Certaines tables diffèrent de la sauvegarde.</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+165"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+163"/>
        <source>Match</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+156"/>
        <source>Changes to the compose file</source>
        <translation>Modifications du fichier compose</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+156"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+155"/>
        <source>Upgrade log around the completion line</source>
        <translation>Journal de mise à niveau autour de la ligne de fin</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>**NO**</source>
        <translation>**NON**</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 is a symbolic link; the report is not written through it (its target stays as it is). Give the path of a regular file, or remove the link first.</source>
        <translation>%1 est un lien symbolique ; le rapport n’est pas écrit à travers lui (sa cible reste telle quelle). Indiquez le chemin d’un fichier ordinaire, ou supprimez d’abord le lien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2, not a regular file; nothing was written. Give the path of a new or regular file.</source>
        <translation>%1 est %2, pas un fichier ordinaire ; rien n’a été écrit. Indiquez le chemin d’un nouveau fichier ou d’un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a device, pipe or socket</source>
        <translation>un périphérique, un tube ou un socket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire le rapport dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the report to %1: %2. Nothing was left behind; free some space or choose another folder.</source>
        <translation>Impossible d’écrire le rapport dans %1 : %2. Rien n’a été laissé ; libérez de l’espace ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>edm::RestoreStream</name>
    <message>
        <location filename="../src/core/postgres/RestoreStream.cpp" line="+213"/>
        <source>the role %1 exists in the target already: not created again, its attributes and password are set by the next line</source>
        <translation>le rôle %1 existe déjà dans la cible : pas recréé, ses attributs et son mot de passe sont définis par la ligne suivante</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LOCALE_PROVIDER dropped (Postgres %1 has only libc)</source>
        <translation>LOCALE_PROVIDER retiré (Postgres %1 n’a que libc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LOCALE written as LC_COLLATE and LC_CTYPE for Postgres %1</source>
        <translation>LOCALE écrit en LC_COLLATE et LC_CTYPE pour Postgres %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the empty database %1 the image created is replaced</source>
        <translation>la base vide %1 créée par l’image est remplacée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CREATE DATABASE %1: %2</source>
        <translation>CREATE DATABASE %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>\restrict and \unrestrict lines made comments: the psql in the target predates them</source>
        <translation>lignes \restrict et \unrestrict mises en commentaire : le psql de la cible est antérieur à elles</translation>
    </message>
</context>
<context>
    <name>edm::Restorer</name>
    <message>
        <location filename="../src/core/postgres/Restorer.cpp" line="+52"/>
        <source>The dump %1 cannot be read: %2.</source>
        <translation>Le dump %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the .sql file.</source>
        <translation>%1 est compressé (gzip). Décompressez-le d’abord (gunzip -k %1), puis restaurez le fichier .sql.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a pg_dump archive in the custom format, which psql cannot read; restore it with pg_restore.</source>
        <translation>%1 est une archive pg_dump au format personnalisé, que psql ne peut pas lire ; restaurez-la avec pg_restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No container to restore into: start the stack (docker compose up -d) first.</source>
        <translation>Aucun conteneur où restaurer : démarrez d’abord la pile (docker compose up -d).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Starting a throwaway container %1 of %2</source>
        <translation>Démarrage d’un conteneur jetable %1 de %2</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The restore was cancelled before it started.</source>
        <translation>La restauration a été annulée avant de commencer.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The throwaway container of %1 could not be started.</source>
        <translation>Le conteneur jetable de %1 n’a pas pu être démarré.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Restoring %1 into %2 (%3)</source>
        <translation>Restauration de %1 dans %2 (%3)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The restore stopped at line %1 of %2: %3: %4</source>
        <translation>La restauration s’est arrêtée ligne %1 de %2 : %3 : %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target already has a database %1 with data in it. Restore into an empty server (a new volume), or drop that database first if it holds nothing you need.</source>
        <translation>La cible a déjà une base %1 contenant des données. Restaurez dans un serveur vide (un nouveau volume), ou supprimez d’abord cette base si elle ne contient rien d’utile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything before that line was restored; nothing after it.</source>
        <translation>Tout ce qui précède cette ligne a été restauré ; rien de ce qui suit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The restore was cancelled at line %1 of %2; the target holds what came before.</source>
        <translation>La restauration a été annulée ligne %1 de %2 ; la cible contient ce qui précède.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The container %1 stopped during the restore, at line %2 of the dump.</source>
        <translation>Le conteneur %1 s’est arrêté pendant la restauration, à la ligne %2 du dump.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1 failed at byte %2: %3. The restore is incomplete.</source>
        <translation>La lecture de %1 a échoué à l’octet %2 : %3. La restauration est incomplète.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 lines (%2) into %3</source>
        <translation>%1 lignes (%2) restaurées dans %3</translation>
    </message>
</context>
<context>
    <name>edm::RollbackJob</name>
    <message>
        <location filename="../src/core/migration/steps/RollbackJob.cpp" line="+45"/>
        <source>Cannot restore %1: %2. Its original is kept in %3.</source>
        <translation>Impossible de restaurer %1 : %2. Son original est conservé dans %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is back to its original bytes.</source>
        <translation>%1 a retrouvé ses octets d’origine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The compose file is back to its original, but the data was already converted and there is no backup to restore (%1). Keep the volume as it is: it holds the converted data, which postgres:%2 can run.</source>
        <translation>Le fichier compose est revenu à l’original, mais les données étaient déjà converties et il n’y a pas de sauvegarde à restaurer (%1). Gardez le volume tel quel : il contient les données converties, que postgres:%2 peut exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compose file is back to its original. The data is in a folder, not a named volume, so it is not replaced automatically: move the folder aside, start the service (it creates a new, empty database) and run &quot;ente-db-migrate restore %1&quot;.</source>
        <translation>Le fichier compose est revenu à l’original. Les données sont dans un dossier, pas dans un volume nommé, elles ne sont donc pas remplacées automatiquement : déplacez le dossier, démarrez le service (il crée une base neuve et vide) et exécutez « ente-db-migrate restore %1 ».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The compose file is back to its original, but the data volume cannot be found. Start the service and restore %1 with &quot;ente-db-migrate restore&quot;.</source>
        <translation>Le fichier compose est revenu à l’original, mais le volume de données est introuvable. Démarrez le service et restaurez %1 avec « ente-db-migrate restore ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the backup into %1</source>
        <translation>Restaurer la sauvegarde dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume %1 holds data that pgautoupgrade converted (or began to convert). Its contents are first copied to a new volume %2, which is kept; then %1 is emptied, %3 starts on it with a new database, and the backup %4 is restored into it.</source>
        <translation>Le volume %1 contient des données que pgautoupgrade a converties (ou commencé à convertir). Son contenu est d’abord copié dans un nouveau volume %2, qui est conservé ; puis %1 est vidé, %3 démarre dessus avec une base neuve, et la sauvegarde %4 y est restaurée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The converted data is kept in the volume %1.</source>
        <translation>Les données converties sont conservées dans le volume %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder %1 holds the data restored for Postgres %2; the original folder was not touched. Remove it when you no longer need it.</source>
        <translation>Le dossier %1 contient les données restaurées pour Postgres %2 ; le dossier d’origine n’a pas été touché. Supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the volume %1</source>
        <translation>Supprimer le volume %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original data was never touched by the dump-restore method: it is in its volume as before. The new volume %1 holds the copy restored for Postgres %2 and is not needed for the rollback. Answer no to keep it (remove it later with &quot;docker volume rm %1&quot;).</source>
        <translation>La méthode dump-restore n’a jamais touché les données d’origine : elles sont dans leur volume comme avant. Le nouveau volume %1 contient la copie restaurée pour Postgres %2 et n’est pas nécessaire au retour arrière. Répondez non pour le garder (supprimez-le plus tard avec « docker volume rm %1 »).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The volume %1 is kept.</source>
        <translation>Le volume %1 est conservé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The volume %1 was removed.</source>
        <translation>Le volume %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume %1 is kept: %2</source>
        <translation>Le volume %1 est conservé : %2</translation>
    </message>
</context>
<context>
    <name>edm::RunLock</name>
    <message>
        <location filename="../src/core/StateDir.cpp" line="+573"/>
        <source>Another run of Ente DB Migration is in progress on this project (pid %1). Wait for it to finish, or stop it.</source>
        <translation>Une autre exécution d’Ente DB Migration est en cours sur ce projet (pid %1). Attendez qu’elle se termine, ou arrêtez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>edm::ServerProbe</name>
    <message>
        <location filename="../src/core/postgres/ServerProbe.cpp" line="+375"/>
        <source>The server in %1 answered its version with something unexpected (&quot;%2&quot;).</source>
        <translation>Le serveur de %1 a répondu à la demande de version de façon inattendue (« %2 »).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Postgres %1 cannot list its pg_hba.conf rules (pg_hba_file_rules came with 10).</source>
        <translation>Postgres %1 ne peut pas lister ses règles pg_hba.conf (pg_hba_file_rules est apparu en 10).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The data directory %1 in %2 holds no PG_VERSION file: it is empty or not a Postgres data directory (is PGDATA set to a sub-folder of the volume?).</source>
        <translation>Le répertoire de données %1 dans %2 ne contient pas de fichier PG_VERSION : il est vide ou ce n’est pas un répertoire de données Postgres (PGDATA désigne-t-il un sous-dossier du volume ?).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The roles could not be listed: %1</source>
        <translation>Les rôles n’ont pas pu être listés : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pg_hba.conf rules could not be read: %1</source>
        <translation>Les règles pg_hba.conf n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster&apos;s install user could not be read: %1</source>
        <translation>L’utilisateur d’installation du cluster n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1 --version&quot; in %2 printed no version (&quot;%3&quot;).</source>
        <translation>« %1 --version » dans %2 n’a affiché aucune version (« %3 »).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 cannot log in over TCP: its password is stored as an md5 hash, but pg_hba.conf (line %2) requires scram-sha-256, which needs a SCRAM secret. Set the password again while password_encryption is scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), or change that line&apos;s method to md5.</source>
        <translation>%1 ne peut pas se connecter en TCP : son mot de passe est stocké en empreinte md5, mais pg_hba.conf (ligne %2) exige scram-sha-256, qui nécessite un secret SCRAM. Redéfinissez le mot de passe avec password_encryption à scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), ou passez la méthode de cette ligne à md5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot log in over TCP: the password in the compose file is not the one stored for the role (checked with %2). Put the right password in the compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD &apos;…&apos;).</source>
        <translation>%1 ne peut pas se connecter en TCP : le mot de passe du fichier compose n’est pas celui stocké pour le rôle (vérifié avec %2). Mettez le bon mot de passe dans le fichier compose ou .env, ou définissez-le dans la base (ALTER ROLE %1 PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a password method</source>
        <translation>une méthode par mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot log in over TCP: the server asks for a password (%2) and the compose file sets none (POSTGRES_PASSWORD).</source>
        <translation>%1 ne peut pas se connecter en TCP : le serveur demande un mot de passe (%2) et le fichier compose n’en définit aucun (POSTGRES_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot log in over TCP: no line of pg_hba.conf allows it. Add a host line for it (the official image adds &quot;host all all all scram-sha-256&quot;).</source>
        <translation>%1 ne peut pas se connecter en TCP : aucune ligne de pg_hba.conf ne l’autorise. Ajoutez-lui une ligne host (l’image officielle ajoute « host all all all scram-sha-256 »).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server in %1 does not listen on TCP (127.0.0.1), so museum cannot reach it either. Check listen_addresses in postgresql.conf (the official image sets &apos;*&apos;).</source>
        <translation>Le serveur de %1 n’écoute pas en TCP (127.0.0.1), museum ne peut donc pas non plus l’atteindre. Vérifiez listen_addresses dans postgresql.conf (l’image officielle met &apos;*&apos;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pg_hba.conf rules could not be read, so it is unknown whether this login checked the password.</source>
        <translation>Les règles pg_hba.conf n’ont pas pu être lues ; on ne sait donc pas si cette connexion a vérifié le mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No line of pg_hba.conf lets a client on another host (museum on the compose network) log in as %1.</source>
        <translation>Aucune ligne de pg_hba.conf ne permet à un client d’un autre hôte (museum sur le réseau compose) de se connecter en tant que %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 logs in over 127.0.0.1 (trusted), but museum will be refused: the password is stored as an md5 hash and pg_hba.conf (line %2) requires scram-sha-256 for other hosts. Set the password again while password_encryption is scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), or change that line to md5.</source>
        <translation>%1 se connecte via 127.0.0.1 (de confiance), mais museum sera refusé : le mot de passe est stocké en empreinte md5 et pg_hba.conf (ligne %2) exige scram-sha-256 pour les autres hôtes. Redéfinissez le mot de passe avec password_encryption à scram-sha-256 (ALTER ROLE %1 PASSWORD &apos;…&apos;), ou passez cette ligne à md5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be compared with the stored one: %1</source>
        <translation>Le mot de passe n’a pas pu être comparé à celui stocké : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 logs in over 127.0.0.1 only because that address is trusted: the password in the compose file is not the one stored for the role (%2), so museum will be refused. Put the right password in the compose file or .env, or set it in the database (ALTER ROLE %1 PASSWORD &apos;…&apos;).</source>
        <translation>%1 se connecte via 127.0.0.1 uniquement parce que cette adresse est de confiance : le mot de passe du fichier compose n’est pas celui stocké pour le rôle (%2), museum sera donc refusé. Mettez le bon mot de passe dans le fichier compose ou .env, ou définissez-le dans la base (ALTER ROLE %1 PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The extensions of the database %1 could not be listed: %2</source>
        <translation>Les extensions de la base %1 n’ont pas pu être listées : %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server is starting and rejects connections</source>
        <translation>le serveur démarre et refuse les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no server answers on 127.0.0.1</source>
        <translation>aucun serveur ne répond sur 127.0.0.1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postgres in %1 did not accept connections in time (%2). Its log says why: docker logs %1</source>
        <translation>Postgres dans %1 n’a pas accepté de connexions à temps (%2). Son journal dit pourquoi : docker logs %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>newer</source>
        <translation>plus récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older</source>
        <translation>plus ancien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 inside the container %2 (version %3) is older than the server (%4) and refuses to dump it. A server&apos;s backup needs a %1 of its own major version or newer: the official postgres image of that version has one. Check the image of the service.</source>
        <translation>Le %1 du conteneur %2 (version %3) est plus ancien que le serveur (%4) et refuse de le sauvegarder. La sauvegarde d’un serveur exige un %1 de même version majeure ou plus récent : l’image officielle postgres de cette version en contient un. Vérifiez l’image du service.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postgres in %1 is starting up or shutting down and does not accept connections yet. Wait until it is ready, then try again.</source>
        <translation>Postgres dans %1 démarre ou s’arrête et n’accepte pas encore de connexions. Attendez qu’il soit prêt, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 refused the password from the compose file. Check POSTGRES_PASSWORD in the compose file or .env.</source>
        <translation>Postgres dans %1 a refusé le mot de passe du fichier compose. Vérifiez POSTGRES_PASSWORD dans le fichier compose ou .env.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 asks for a password and the compose file sets none (POSTGRES_PASSWORD).</source>
        <translation>Postgres dans %1 demande un mot de passe et le fichier compose n’en définit aucun (POSTGRES_PASSWORD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres in %1 does not let this user in (pg_hba.conf).</source>
        <translation>Postgres dans %1 n’autorise pas cet utilisateur (pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postgres in %1 has no role &quot;%2&quot;. Is POSTGRES_USER in the compose file the user the data was created with?</source>
        <translation>Postgres dans %1 n’a pas de rôle « %2 ». POSTGRES_USER dans le fichier compose est-il l’utilisateur avec lequel les données ont été créées ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 has no database &quot;%2&quot;. Is POSTGRES_DB in the compose file right?</source>
        <translation>Postgres dans %1 n’a pas de base « %2 ». POSTGRES_DB est-il correct dans le fichier compose ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postgres in %1 does not accept connections: the container runs, but the server in it does not (yet). Its log says why: docker logs %1</source>
        <translation>Postgres dans %1 n’accepte pas de connexions : le conteneur tourne, mais pas (encore) le serveur qu’il contient. Son journal dit pourquoi : docker logs %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postgres in %1 reported an error: %2</source>
        <translation>Postgres dans %1 a signalé une erreur : %2</translation>
    </message>
</context>
<context>
    <name>edm::ServiceContainer</name>
    <message>
        <location filename="../src/core/docker/ServiceContainer.cpp" line="+38"/>
        <source>The search for the container was stopped.</source>
        <translation>La recherche du conteneur a été arrêtée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The container %1 of the service %2 is not running (%3). Start it first: docker compose up -d %2</source>
        <translation>Le conteneur %1 du service %2 ne tourne pas (%3). Démarrez-le d’abord : docker compose up -d %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 of the project %2 has no container. Start it first: docker compose up -d %1</source>
        <translation>Le service %1 du projet %2 n’a pas de conteneur. Démarrez-le d’abord : docker compose up -d %1</translation>
    </message>
</context>
<context>
    <name>edm::ServiceRestoreJob</name>
    <message>
        <location filename="../src/core/postgres/ServiceRestoreJob.cpp" line="+68"/>
        <source>The service %1 runs in the container %2 now, not in %3 as confirmed. Nothing was restored.</source>
        <translation>Le service %1 tourne maintenant dans le conteneur %2, et non dans %3 comme confirmé. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The search for the container was stopped.</source>
        <translation>La recherche du conteneur a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>edm::StateDir</name>
    <message>
        <location filename="../src/core/StateDir.cpp" line="-538"/>
        <source>%1 %2. Nothing was read from it or written into it. Move it aside (check what it points to or who made it), then run the command again.</source>
        <translation>%1 %2. Rien n’y a été lu ni écrit. Mettez-le de côté (vérifiez vers quoi il pointe ou qui l’a créé), puis relancez la commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2. The migration needs to write its journal beside the compose file; check the folder&apos;s permissions and free space.</source>
        <translation>Impossible d’écrire %1 : %2. La migration doit écrire son journal à côté du fichier compose ; vérifiez les droits du dossier et l’espace libre.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+33"/>
        <source>is not a folder</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+222"/>
        <source>belongs to another user (uid %1)</source>
        <translation>appartient à un autre utilisateur (uid %1)</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>may be written by other users and cannot be made private (%1)</source>
        <translation>peut être modifié par d’autres utilisateurs et ne peut pas être rendu privé (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+179"/>
        <location line="+69"/>
        <location line="+194"/>
        <source>is a symbolic link</source>
        <translation>est un lien symbolique</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>cannot be opened (%1)</source>
        <translation>ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open the project folder %1: %2.</source>
        <translation>Impossible d’ouvrir le dossier du projet %1 : %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a path inside %2.</source>
        <translation>%1 n’est pas un chemin dans %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+36"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+59"/>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file. It is not one this app wrote; move it aside.</source>
        <translation>%1 dépasse %2 Mio, le maximum que cette application lit dans un tel fichier. Ce n’est pas un fichier écrit par cette application ; mettez-le de côté.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2 MiB, the most this app reads from such a file.</source>
        <translation>%1 dépasse %2 Mio, le maximum que cette application lit dans un tel fichier.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cannot delete everything in %1.</source>
        <translation>Impossible de tout supprimer dans %1.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>is not a regular file of yours</source>
        <translation>n’est pas un fichier ordinaire qui vous appartient</translation>
    </message>
</context>
<context>
    <name>edm::StopStep</name>
    <message>
        <location filename="../src/core/migration/steps/StopStep.cpp" line="+17"/>
        <source>Stop the stack</source>
        <translation>Arrêter la pile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;%1 down&quot;: every container of the project stops and is removed (volumes and data stay). Ente is offline until the migration finishes.</source>
        <translation>Exécuter « %1 down » : chaque conteneur du projet s’arrête et est supprimé (les volumes et les données restent). Ente est hors ligne jusqu’à la fin de la migration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop every service of the project, &quot;%1&quot; included. Ente is offline until the migration finishes.</source>
        <translation>Arrêter chaque service du projet, « %1 » compris. Ente est hors ligne jusqu’à la fin de la migration.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The container %1 still runs after stopping the stack. Stop it with &quot;docker stop %1&quot; and resume.</source>
        <translation>Le conteneur %1 tourne encore après l’arrêt de la pile. Arrêtez-le avec « docker stop %1 » puis reprenez.</translation>
    </message>
</context>
<context>
    <name>edm::TransferProgress</name>
    <message>
        <location filename="../src/core/postgres/TransferProgress.cpp" line="+24"/>
        <source>%1 of about %2 (%3 %)</source>
        <translation>%1 sur environ %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reindexing</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the new server</source>
        <translation>Démarrage du nouveau serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>edm::UpgradeLogWatcher</name>
    <message>
        <location filename="../src/core/docker/UpgradeLogWatcher.cpp" line="+130"/>
        <source> … [line cut at %1 bytes]</source>
        <translation> … [ligne coupée à %1 octets]</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>This pgautoupgrade image upgrades the data to PostgreSQL %1, but the target is %2. Do not stop it midway (that leaves the data half converted): let it finish, then either keep PostgreSQL %1 (postgres:%1 in the compose file from now on) or restore the backup and use pgautoupgrade&apos;s tag for %2.</source>
        <translation>Cette image pgautoupgrade met les données à niveau vers PostgreSQL %1, mais la cible est %2. Ne l’arrêtez pas en cours (les données resteraient à moitié converties) : laissez-la finir, puis gardez PostgreSQL %1 (postgres:%1 dans le fichier compose désormais) ou restaurez la sauvegarde et utilisez l’étiquette pgautoupgrade de %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>pgautoupgrade found upgrade_in_progress.lock in the data folder: an earlier upgrade was interrupted (stopped, or failed before its completion line), so the data may be half converted, and it refuses to start. Restore the backup into a fresh volume (Rollback does this). Delete the lock file only if you know the earlier run converted the data completely (its log ended with “Upgrade to PostgreSQL … complete.”), then start the container again.</source>
        <translation>pgautoupgrade a trouvé upgrade_in_progress.lock dans le dossier de données : une mise à niveau précédente a été interrompue (arrêtée, ou en échec avant sa ligne de fin), les données peuvent donc être à moitié converties, et il refuse de démarrer. Restaurez la sauvegarde dans un volume neuf (le retour arrière le fait). Ne supprimez le fichier de verrou que si vous savez que l’exécution précédente a entièrement converti les données (son journal finissait par « Upgrade to PostgreSQL … complete. »), puis redémarrez le conteneur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pgautoupgrade could not create its temporary folder %1 in the data volume and stopped; the data was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has free space, then start the container again.</source>
        <translation>pgautoupgrade n’a pas pu créer son dossier temporaire %1 dans le volume de données et s’est arrêté ; les données sont restées en place. Assurez-vous que le volume est accessible en écriture à l’utilisateur postgres (uid 999) et a de l’espace libre, puis redémarrez le conteneur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data volume holds files of a PostgreSQL version this pgautoupgrade image cannot upgrade to %1 (already %1 or newer, or older than 9.5); nothing was converted. Check PG_VERSION in the volume and the image tag. Releases from October 2024 to August 2025 leave upgrade_in_progress.lock behind in this case: delete it before the next try.</source>
        <translation>Le volume de données contient des fichiers d’une version de PostgreSQL que cette image pgautoupgrade ne peut pas mettre à niveau vers %1 (déjà %1 ou plus récente, ou antérieure à 9.5) ; rien n’a été converti. Vérifiez PG_VERSION dans le volume et l’étiquette de l’image. Les versions d’octobre 2024 à août 2025 laissent alors upgrade_in_progress.lock : supprimez-le avant le prochain essai.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder “%1” of an earlier, failed upgrade is still in the data volume, so pgautoupgrade stopped before changing anything. The earlier run may have moved your data into “old”: restore the backup into a fresh volume, or move the contents of “old” back and delete “old” and “new” by hand if you know they hold nothing else.</source>
        <translation>Le dossier « %1 » d’une mise à niveau précédente ratée est toujours dans le volume de données ; pgautoupgrade s’est donc arrêté avant de modifier quoi que ce soit. L’exécution précédente a peut-être déplacé vos données dans « old » : restaurez la sauvegarde dans un volume neuf, ou remettez le contenu de « old » en place et supprimez « old » et « new » à la main si vous savez qu’ils ne contiennent rien d’autre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pg_upgrade failed; its messages are in the lines above. The old data is now in the folder “old” of the volume, and the next start will fail too (on pgautoupgrade&apos;s lock file, on that folder, or with initdb refusing the folder). Restore the backup into a fresh volume, and fix what pg_upgrade did not accept before trying again.</source>
        <translation>pg_upgrade a échoué ; ses messages sont dans les lignes ci-dessus. Les anciennes données sont maintenant dans le dossier « old » du volume, et le prochain démarrage échouera aussi (sur le fichier de verrou de pgautoupgrade, sur ce dossier, ou par refus d’initdb). Restaurez la sauvegarde dans un volume neuf, et corrigez ce que pg_upgrade n’a pas accepté avant de réessayer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data was converted, but updating the statistics and reindexing afterwards failed (%1). Fix the cause shown above (often a unique index that no longer holds after a collation change) and run REINDEX yourself before using the database, or restore the backup.</source>
        <translation>Les données ont été converties, mais la mise à jour des statistiques et la réindexation qui suivent ont échoué (%1). Corrigez la cause affichée ci-dessus (souvent un index unique qui ne tient plus après un changement de collation) et lancez REINDEX vous-même avant d’utiliser la base, ou restaurez la sauvegarde.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The data folder has no PG_VERSION but holds other files, so the entrypoint tried to create a new cluster there and initdb refused. A failed pgautoupgrade run leaves this behind (the data moved into its folders “old” and “new”), or the volume is mounted at the wrong path. Restore the backup into a fresh volume; delete nothing in this volume before you have a verified backup.</source>
        <translation>Le dossier de données n’a pas de PG_VERSION mais contient d’autres fichiers ; le point d’entrée a donc tenté d’y créer un nouveau cluster et initdb a refusé. Une exécution ratée de pgautoupgrade laisse cela (les données déplacées dans ses dossiers « old » et « new »), ou le volume est monté au mauvais chemin. Restaurez la sauvegarde dans un volume neuf ; ne supprimez rien dans ce volume avant d’avoir une sauvegarde vérifiée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postgres 18 and newer keep their data below /var/lib/postgresql (in 18/docker), and this image refuses to start on a volume mounted at /var/lib/postgresql/data. Mount the data volume at /var/lib/postgresql instead (in the service&apos;s volumes: &quot;…:/var/lib/postgresql&quot;); if the data is from an older major, put the old image back and migrate with target 18, which moves the mount and the data together. Nothing was changed.</source>
        <translation>Postgres 18 et les versions plus récentes gardent leurs données sous /var/lib/postgresql (dans 18/docker), et cette image refuse de démarrer sur un volume monté sur /var/lib/postgresql/data. Montez plutôt le volume de données sur /var/lib/postgresql (dans les volumes: du service : « …:/var/lib/postgresql ») ; si les données viennent d’une version majeure plus ancienne, remettez l’ancienne image et migrez avec la cible 18, qui déplace ensemble le montage et les données. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+62"/>
        <source>The PostgreSQL server failed to start (%1). The lines above say why; fix the cause (permissions, configuration, disk space) and start the container again.</source>
        <translation>Le serveur PostgreSQL n’a pas pu démarrer (%1). Les lignes ci-dessus disent pourquoi ; corrigez la cause (droits, configuration, espace disque) et redémarrez le conteneur.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>PostgreSQL stopped with a PANIC before the upgrade was done (%1). Do not use this data: restore the backup into a fresh volume.</source>
        <translation>PostgreSQL s’est arrêté sur une PANIC avant la fin de la mise à niveau (%1). N’utilisez pas ces données : restaurez la sauvegarde dans un volume neuf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PostgreSQL %1 started, but the target is %2: the container does not run the image the migration needs (the compose file may still name the old image, or a re-downloaded one changed it). Stop it and check the image of the Postgres service.</source>
        <translation>PostgreSQL %1 a démarré, mais la cible est %2 : le conteneur n’exécute pas l’image dont la migration a besoin (le fichier compose indique peut-être encore l’ancienne image, ou un fichier retéléchargé l’a changée). Arrêtez-le et vérifiez l’image du service Postgres.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The data is from PostgreSQL %1, but the container runs PostgreSQL %2, which cannot read newer data (“database files are incompatible with server”). The compose image must stay on the data&apos;s major version: set it back to postgres:%1 (a re-downloaded compose file, such as Ente&apos;s, may have put back an older one) and start again. Nothing was changed.</source>
        <translation>Les données viennent de PostgreSQL %1, mais le conteneur exécute PostgreSQL %2, qui ne peut pas lire des données plus récentes (« database files are incompatible with server »). L’image compose doit rester sur la version majeure des données : remettez-la à postgres:%1 (un fichier compose retéléchargé, comme celui d’Ente, a pu en remettre une plus ancienne) et redémarrez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data is still from PostgreSQL %1, but the container runs PostgreSQL %2 (“database files are incompatible with server”). The data must be upgraded first: run the pgautoupgrade image on it, or set the image back to postgres:%1. Nothing was changed.</source>
        <translation>Les données viennent encore de PostgreSQL %1, mais le conteneur exécute PostgreSQL %2 (« database files are incompatible with server »). Les données doivent d’abord être mises à niveau : lancez l’image pgautoupgrade dessus, ou remettez l’image à postgres:%1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refuses the data: “database files are incompatible with server”. The compose image must stay on the major version the data was written with (see PG_VERSION in the volume); set it back and start again. Nothing was changed.</source>
        <translation>Le serveur refuse les données : « database files are incompatible with server ». L’image compose doit rester sur la version majeure avec laquelle les données ont été écrites (voir PG_VERSION dans le volume) ; remettez-la et redémarrez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pgautoupgrade could not create its temporary folder %1 in the data volume (exit code %2) and stopped; the data was left where it was. Make sure the volume is writable by the postgres user (uid 999) and has free space, then start the container again.</source>
        <translation>pgautoupgrade n’a pas pu créer son dossier temporaire %1 dans le volume de données (code de sortie %2) et s’est arrêté ; les données sont restées en place. Assurez-vous que le volume est accessible en écriture à l’utilisateur postgres (uid 999) et a de l’espace libre, puis redémarrez le conteneur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pgautoupgrade does not recognise the version of the data files (exit code 9); nothing was converted. Check PG_VERSION in the volume and the image tag.</source>
        <translation>pgautoupgrade ne reconnaît pas la version des fichiers de données (code de sortie 9) ; rien n’a été converti. Vérifiez PG_VERSION dans le volume et l’étiquette de l’image.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A folder “%1” of an earlier, failed upgrade is still in the data volume (exit code %2). Restore the backup into a fresh volume, or clean the folders up by hand if you know what they hold.</source>
        <translation>Un dossier « %1 » d’une mise à niveau précédente ratée est toujours dans le volume de données (code de sortie %2). Restaurez la sauvegarde dans un volume neuf, ou nettoyez les dossiers à la main si vous savez ce qu’ils contiennent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The container exited with code %1 before the upgrade was done.</source>
        <translation>Le conteneur s’est terminé avec le code %1 avant la fin de la mise à niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was killed (exit code 137) before the upgrade was done.</source>
        <translation>Le conteneur a été tué (code de sortie 137) avant la fin de la mise à niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The container was stopped (exit code 143) before the upgrade was done.</source>
        <translation>Le conteneur a été arrêté (code de sortie 143) avant la fin de la mise à niveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data itself is converted; the server did not come up. The lines above say why; start the container again.</source>
        <translation>Les données elles-mêmes sont converties ; le serveur n’a pas démarré. Les lignes ci-dessus disent pourquoi ; redémarrez le conteneur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server had started after the data was converted, but pgautoupgrade never printed that the upgrade was complete, so it cannot be called done. Look at the lines above; restore the backup if in doubt.</source>
        <translation>Un serveur avait démarré après la conversion des données, mais pgautoupgrade n’a jamais indiqué que la mise à niveau était terminée ; elle ne peut donc pas être considérée comme faite. Consultez les lignes ci-dessus ; restaurez la sauvegarde en cas de doute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stopped after the data was converted, while statistics and indexes were being rebuilt. pgautoupgrade releases since February 2026 then leave upgrade_in_progress.lock behind and refuse the next start; earlier ones start normally without finishing, and indexes may be left invalid. Restore the backup, or remove the lock file, start the pgautoupgrade image again and let it finish (then run REINDEX if the release did not).</source>
        <translation>Il s’est arrêté après la conversion des données, pendant la reconstruction des statistiques et des index. Les versions de pgautoupgrade depuis février 2026 laissent alors upgrade_in_progress.lock et refusent le démarrage suivant ; les précédentes démarrent normalement sans finir, et des index peuvent rester invalides. Restaurez la sauvegarde, ou supprimez le fichier de verrou, relancez l’image pgautoupgrade et laissez-la finir (puis lancez REINDEX si la version ne l’a pas fait).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stopped while the data was being converted: the volume is half converted and the next start will fail (on pgautoupgrade&apos;s lock file, a left-over folder, or initdb refusing the folder). Restore the backup into a fresh volume.</source>
        <translation>Il s’est arrêté pendant la conversion des données : le volume est à moitié converti et le prochain démarrage échouera (sur le fichier de verrou de pgautoupgrade, un dossier restant, ou par refus d’initdb). Restaurez la sauvegarde dans un volume neuf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade had not begun; the lines above say why. Fix the cause and start the container again.</source>
        <translation>La mise à niveau n’avait pas commencé ; les lignes ci-dessus disent pourquoi. Corrigez la cause et redémarrez le conteneur.</translation>
    </message>
</context>
<context>
    <name>edm::UpgradeStep</name>
    <message>
        <location filename="../src/core/migration/steps/UpgradeStep.cpp" line="+89"/>
        <source>Re-attached to the running upgrade container %1; its log is read again from the start</source>
        <translation>Reconnecté au conteneur de mise à niveau en cours %1 ; son journal est relu depuis le début</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The upgrade had started, but its container no longer runs: the data&apos;s version decides.</source>
        <translation>La mise à niveau avait commencé, mais son conteneur ne tourne plus : la version des données décide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data version: %1 (%2).</source>
        <translation>Version des données : %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade completed while nobody watched: the data is on Postgres %1; going on with the final image</source>
        <translation>La mise à niveau s’est terminée sans témoin : les données sont en Postgres %1 ; on continue avec l’image finale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade did not convert the data (it is still on Postgres %1): it runs again</source>
        <translation>La mise à niveau n’a pas converti les données (elles sont toujours en Postgres %1) : elle est relancée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upgrade was interrupted and its container is gone; the data&apos;s version cannot be read (%1), so pgautoupgrade may have left it half-converted. Roll back to restore the backup.</source>
        <translation>La mise à niveau a été interrompue et son conteneur a disparu ; la version des données ne peut pas être lue (%1), pgautoupgrade les a donc peut-être laissées à moitié converties. Revenez en arrière pour restaurer la sauvegarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the image to %1</source>
        <translation>Changer l’image en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the change below, then only the service &quot;%2&quot; starts with it. pgautoupgrade converts the data to Postgres %3 in place; the log is followed until the upgrade is complete and the new server accepts connections.</source>
        <translation>%1 reçoit la modification ci-dessous, puis seul le service « %2 » démarre avec elle. pgautoupgrade convertit les données sur place vers Postgres %3 ; le journal est suivi jusqu’à la fin de la mise à niveau et jusqu’à ce que le nouveau serveur accepte les connexions.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: image → %2</source>
        <translation>%1 : image → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The upgrade did not complete within %1 minutes. The container was stopped; your backup is intact. Last lines of the log:</source>
        <translation>La mise à niveau ne s’est pas terminée en %1 minutes. Le conteneur a été arrêté ; votre sauvegarde est intacte. Dernières lignes du journal :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Upgrading the data from Postgres %1 to %2</source>
        <translation>Mise à niveau des données de Postgres %1 vers %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data converted; updating statistics and rebuilding indexes</source>
        <translation>Données converties ; mise à jour des statistiques et reconstruction des index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade complete; waiting for the final server start</source>
        <translation>Mise à niveau terminée ; attente du démarrage final du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is already on Postgres %1; no upgrade needed</source>
        <translation>Les données sont déjà sur Postgres %1 ; aucune mise à niveau nécessaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Postgres %1 server accepts connections</source>
        <translation>Le serveur Postgres %1 accepte les connexions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last lines of the log:</source>
        <translation>Dernières lignes du journal :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade complete; pgautoupgrade&apos;s one-shot mode ends its container, and the final image starts next</source>
        <translation>Mise à niveau terminée ; le mode one-shot de pgautoupgrade arrête son conteneur, et l’image définitive démarre ensuite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The upgrade was interrupted and its container stopped. pgautoupgrade may have left its data half-converted: resume to let it try again, or roll back to restore the backup.</source>
        <translation>La mise à niveau a été interrompue et son conteneur arrêté. pgautoupgrade a peut-être laissé les données à moitié converties : reprenez pour qu’il réessaie, ou revenez en arrière pour restaurer la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>edm::VerifyStep</name>
    <message>
        <location filename="../src/core/migration/steps/VerifyStep.cpp" line="+77"/>
        <source>Login over TCP with the password</source>
        <translation>Connexion TCP avec le mot de passe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 logs in to %2 the way museum does.</source>
        <translation>%1 se connecte à %2 comme le fait museum.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Health URL</source>
        <translation>URL de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered.</source>
        <translation>%1 a répondu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start museum (docker compose up -d) and check its log.</source>
        <translation>Démarrez museum (docker compose up -d) et consultez son journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collation versions</source>
        <translation>Versions de collation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the databases&apos; collation versions: %1</source>
        <translation>Les versions de collation des bases n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refresh the collation versions</source>
        <translation>Actualiser les versions de collation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The C library of the new image sorts text in a newer version than %1 recorded. The migration rebuilt the indexes, so the app records the new version for each (ALTER DATABASE … REFRESH COLLATION VERSION); until then Postgres warns about the mismatch at every connection. Nothing else changes.</source>
        <translation>La bibliothèque C de la nouvelle image trie le texte dans une version plus récente que celle enregistrée pour %1. La migration a reconstruit les index ; l’application enregistre donc la nouvelle version pour chaque base (ALTER DATABASE … REFRESH COLLATION VERSION) ; d’ici là, Postgres signale l’écart à chaque connexion. Rien d’autre ne change.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: collation version refreshed</source>
        <translation>%1 : version de collation actualisée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The migrated server failed some checks (see the list). Your backup is intact: roll back to return to Postgres %1, or fix what the checks say and verify again with resume.</source>
        <translation>Le serveur migré a échoué à certaines vérifications (voir la liste). Votre sauvegarde est intacte : revenez en arrière pour retrouver Postgres %1, ou corrigez ce que disent les vérifications et vérifiez à nouveau en reprenant.</translation>
    </message>
</context>
<context>
    <name>edm::cli::BackupCommand</name>
    <message>
        <location filename="../src/cli/BackupCommand.cpp" line="+47"/>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to show progress: bar (on a terminal), json (one object per line on standard output), none; default: a bar when standard error is a terminal.</source>
        <translation>Comment afficher la progression : bar (dans un terminal), json (un objet par ligne sur la sortie standard), none ; par défaut : une barre quand la sortie d’erreur est un terminal.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Exit codes: 0 the backup is complete and verified, 1 it failed (nothing is left under the file&apos;s name), 2 bad arguments or an unusable project.</source>
        <translation>Codes de sortie : 0 la sauvegarde est complète et vérifiée, 1 elle a échoué (rien ne reste sous le nom du fichier), 2 arguments incorrects ou projet inutilisable.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backs up the Postgres service of a compose project with pg_dumpall (run in its container), into a file that gets its name only once the dump is complete and verified, with a SHA-256 and a .json description beside it. Default file: pg&lt;version&gt;-&lt;date&gt;-&lt;time&gt;.backup.sql in the project folder (-2, -3, … added when that name is taken). A file given with -o that exists already is not replaced: the command refuses.</source>
        <translation>Sauvegarde le service Postgres d’un projet compose avec pg_dumpall (exécuté dans son conteneur), dans un fichier qui ne reçoit son nom qu’une fois le dump complet et vérifié, avec un SHA-256 et une description .json à côté. Fichier par défaut : pg&lt;version&gt;-&lt;date&gt;-&lt;time&gt;.backup.sql dans le dossier du projet (suivi de -2, -3, … quand ce nom est pris). Un fichier donné avec -o qui existe déjà n’est pas remplacé : la commande refuse.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress doit valoir bar, json ou none, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one PATH, got %1.</source>
        <translation>un seul CHEMIN attendu, %1 reçus.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Backing up %1 (container %2, PostgreSQL %3, about %4) to %5</source>
        <translation>Sauvegarde de %1 (conteneur %2, PostgreSQL %3, environ %4) vers %5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Backup complete and verified.</source>
        <translation>Sauvegarde complète et vérifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 octets)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidecar:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>Base :</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n table(s), %2 rows</source>
        <translation>
            <numerusform>%1 : %n table, %2 lignes</numerusform>
            <numerusform>%1 : %n tables, %2 lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(A previous backup of that name was replaced.)</source>
        <translation>(Une sauvegarde précédente de ce nom a été remplacée.)</translation>
    </message>
</context>
<context>
    <name>edm::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+51"/>
        <source>Show what the migration would change in a compose project</source>
        <translation>Montrer ce que la migration modifierait dans un projet compose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the migration: preflight, backup, upgrade, verify</source>
        <translation>Lancer la migration : vérifications préalables, sauvegarde, mise à niveau, vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where a project&apos;s migration stands</source>
        <translation>Montrer où en est la migration d’un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a migration that stopped</source>
        <translation>Reprendre une migration arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a migration: original compose file and data back</source>
        <translation>Annuler une migration : fichier compose et données d’origine rétablis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a migration&apos;s report (HTML, Markdown, JSON, PDF)</source>
        <translation>Écrire le rapport d’une migration (HTML, Markdown, JSON, PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what a pg_dumpall or pg_dump backup holds and whether it is complete</source>
        <translation>Dire ce que contient une sauvegarde pg_dumpall ou pg_dump et si elle est complète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up a compose project&apos;s Postgres with pg_dumpall into a verified file (with SHA-256)</source>
        <translation>Sauvegarder le Postgres d’un projet compose avec pg_dumpall dans un fichier vérifié (avec SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a pg_dumpall file into the project&apos;s Postgres, or into a throwaway container</source>
        <translation>Restaurer un fichier pg_dumpall dans le Postgres du projet, ou dans un conteneur jetable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow a pgautoupgrade or Postgres container log and say when the upgrade is done</source>
        <translation>Suivre le journal d’un conteneur pgautoupgrade ou Postgres et dire quand la mise à niveau est terminée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Usage : %1 [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves a self-hosted Ente (or any docker compose) Postgres from one major version to the next, with a verified backup, the compose diff shown first, and proof that every row arrived.</source>
        <translation>Fait passer le Postgres d’un Ente auto-hébergé (ou de tout projet docker compose) d’une version majeure à la suivante, avec une sauvegarde vérifiée, le diff compose montré d’abord, et la preuve que chaque ligne est arrivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a command, the wizard opens. With a backup file (.sql), the backup browser opens.</source>
        <translation>Sans commande, l’assistant s’ouvre. Avec un fichier de sauvegarde (.sql), le navigateur de sauvegardes s’ouvre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Afficher cette aide ; COMMANDE --help affiche les options d’une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operation ran and failed</source>
        <translation>l’opération s’est exécutée et a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad arguments, or the project or file cannot be used</source>
        <translation>arguments incorrects, ou projet ou fichier inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>readable but incomplete or suspect (inspect)</source>
        <translation>lisible mais incomplet ou suspect (inspect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log ended or timed out before the upgrade completed (watch-log)</source>
        <translation>le journal s’est terminé ou le délai a expiré avant la fin de la mise à niveau (watch-log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by you, or nothing to do (migrate, resume, rollback)</source>
        <translation>arrêté par vous, ou rien à faire (migrate, resume, rollback)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: no such file or folder. Give a backup (.sql) to open it in the backup browser, or a compose project&apos;s folder or file to open it in the wizard.</source>
        <translation>%1 : fichier ou dossier introuvable. Indiquez une sauvegarde (.sql) pour l’ouvrir dans le navigateur de sauvegardes, ou le dossier ou fichier d’un projet compose pour l’ouvrir dans l’assistant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>commande inconnue « %1 ». Lancez « %2 --help » pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>edm::cli::Command</name>
    <message>
        <location filename="../src/cli/Command.cpp" line="+49"/>
        <source>The project folder or compose file (default: the current folder).</source>
        <translation>Le dossier du projet ou le fichier compose (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Postgres service, when there are several.</source>
        <translation>Le service Postgres, s’il y en a plusieurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker program to use.</source>
        <translation>Le programme docker à utiliser.</translation>
    </message>
</context>
<context>
    <name>edm::cli::EngineDriver</name>
    <message>
        <location filename="../src/cli/EngineDriver.cpp" line="+39"/>
        <source>   done: %1</source>
        <translation>   terminé : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>   FAILED: %1</source>
        <translation>   ÉCHEC : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>fix: %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>standard input is not a terminal, so nothing is changed without --yes. Run again with --yes to agree to every step shown.</source>
        <translation>l’entrée standard n’est pas un terminal : rien n’est donc modifié sans --yes. Relancez avec --yes pour accepter chaque étape affichée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>   Go ahead? [y/N] </source>
        <translation>   Continuer ? [o/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rolled back.</source>
        <translation>Retour arrière effectué.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The migration is complete.</source>
        <translation>La migration est terminée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What failed: %1</source>
        <translation>Ce qui a échoué : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State now:   %1</source>
        <translation>État actuel :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step:   %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::InspectCommand</name>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="+51"/>
        <location line="+8"/>
        <source>Cannot read standard input: %1.</source>
        <translation>Impossible de lire l’entrée standard : %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no password</source>
        <translation>pas de mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md5 password</source>
        <translation>mot de passe md5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCRAM-SHA-256 password</source>
        <translation>mot de passe SCRAM-SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear-text password</source>
        <translation>mot de passe en clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password of unknown kind</source>
        <translation>mot de passe de type inconnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, gzip; %2 of SQL</source>
        <translation>%1, gzip ; %2 de SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier :</translation>
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
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete:</source>
        <translation>Complet :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumped by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pg_dump %1</source>
        <translation>pg_dump %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>superuser</source>
        <translation>superutilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databases:</source>
        <translation>Bases :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the dumped database)</source>
        <translation>(la base sauvegardée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; tables: %2; rows: %3</source>
        <translation>%1 ; tables : %2 ; lignes : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(cut off)</source>
        <translation>(tronqué)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump is complete.</source>
        <translation>Le dump est complet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dump is complete but suspect: see the problems above.</source>
        <translation>Le dump est complet mais suspect : voir les problèmes ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dump is INCOMPLETE: see the problems above.</source>
        <translation>Le dump est INCOMPLET : voir les problèmes ci-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be read as a plain SQL dump.</source>
        <translation>Ce fichier ne peut pas être lu comme un dump SQL en texte brut.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Reads a backup made by pg_dumpall or pg_dump (plain SQL, or .sql.gz) and says what is in it: server version, roles, databases, tables with their row counts, and whether it is complete. Exit codes: 0 complete, 3 readable but incomplete or suspect, 2 cannot be read.</source>
        <translation>Lit une sauvegarde faite par pg_dumpall ou pg_dump (SQL en texte brut, ou .sql.gz) et dit ce qu’elle contient : version du serveur, rôles, bases, tables avec leur nombre de lignes, et si elle est complète. Codes de sortie : 0 complète, 3 lisible mais incomplète ou suspecte, 2 illisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dump file (.sql or .sql.gz), or - for standard input.</source>
        <translation>Le fichier de dump (.sql ou .sql.gz), ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary (or the error) as JSON.</source>
        <translation>Afficher le résumé (ou l’erreur) en JSON.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>inspect needs the dump FILE to read.</source>
        <translation>inspect a besoin du FICHIER de dump à lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspect takes one FILE, got %1.</source>
        <translation>inspect prend un seul FICHIER, %1 reçus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a dump.</source>
        <translation>%1 n’est pas un dump.</translation>
    </message>
</context>
<context>
    <name>edm::cli::MigrateCommand</name>
    <message>
        <location filename="../src/cli/MigrateCommand.cpp" line="+24"/>
        <source>Migrates the Postgres service of a compose project to a newer major version: preflight checks, a verified backup, stop, upgrade, switch to the new image, verify. Asks before each change unless --yes.</source>
        <translation>Migre le service Postgres d’un projet compose vers une version majeure plus récente : vérifications préalables, sauvegarde vérifiée, arrêt, mise à niveau, passage à la nouvelle image, vérification. Demande avant chaque modification, sauf avec --yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continues a migration that stopped (closed, crashed or failed) from its journal.</source>
        <translation>Reprend une migration arrêtée (fermée, plantée ou en échec) à partir de son journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undoes a migration: the original compose file comes back byte for byte and, when the data was already converted, the backup is restored into the volume for the original Postgres version.</source>
        <translation>Annule une migration : le fichier compose d’origine revient octet pour octet et, si les données étaient déjà converties, la sauvegarde est restaurée dans le volume pour la version d’origine de Postgres.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agree to every change without asking.</source>
        <translation>Accepter chaque modification sans demander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every event as one JSON object per line.</source>
        <translation>Afficher chaque événement comme un objet JSON par ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every log line.</source>
        <translation>Afficher chaque ligne de journal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the data moves: &quot;pgautoupgrade&quot; (default) converts it in place with the pgautoupgrade image; &quot;dump-restore&quot; restores the backup into a new volume &lt;volume&gt;-pg&lt;target&gt; (a folder &lt;dir&gt;-pg&lt;target&gt; for a bind mount) for the plain target image and keeps the old volume untouched for a rollback.</source>
        <translation>Comment les données sont déplacées : « pgautoupgrade » (par défaut) les convertit sur place avec l’image pgautoupgrade ; « dump-restore » restaure la sauvegarde dans un nouveau volume &lt;volume&gt;-pg&lt;cible&gt; (un dossier &lt;dossier&gt;-pg&lt;cible&gt; pour un montage de dossier) pour l’image cible simple, et garde l’ancien volume intact pour un retour arrière.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--method must be pgautoupgrade or dump-restore.</source>
        <translation>--method doit valoir pgautoupgrade ou dump-restore.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Restore the backup into a throwaway container of the target version and verify it there before touching the real data.</source>
        <translation>Restaurer la sauvegarde dans un conteneur jetable de la version cible et la vérifier là, avant de toucher aux vraies données.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Postgres major version to move to: 15, 16 (default), 17 or 18.</source>
        <translation>La version majeure de Postgres visée : 15, 16 (par défaut), 17 ou 18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:&lt;target&gt;-trixie, or &lt;target&gt;-alpine for an Alpine stack), e.g. a mirror&apos;s copy or a digest.</source>
        <translation>L’image pgautoupgrade avec laquelle mettre à niveau (par défaut : pgautoupgrade/pgautoupgrade:&lt;cible&gt;-trixie, ou &lt;cible&gt;-alpine pour une pile Alpine), par exemple la copie d’un miroir ou une empreinte (digest).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The postgres image to run afterwards (default: postgres:&lt;target&gt; in the current image&apos;s registry and flavour), e.g. a mirror&apos;s copy or a digest.</source>
        <translation>L’image postgres à exécuter ensuite (par défaut : postgres:&lt;cible&gt; dans le registre et la variante de l’image actuelle), par exemple la copie d’un miroir ou une empreinte (digest).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where the backup is written (default: the project folder).</source>
        <translation>Où la sauvegarde est écrite (par défaut : le dossier du projet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes to wait for the upgrade to complete (default 60).</source>
        <translation>Minutes d’attente de la fin de la mise à niveau (60 par défaut).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Exit codes: 0 done, 1 a step failed (see the message; resume or roll back), 2 bad arguments or an unusable project, 5 stopped by you or nothing to do.</source>
        <translation>Codes de sortie : 0 terminé, 1 une étape a échoué (voir le message ; reprendre ou revenir en arrière), 2 arguments incorrects ou projet inutilisable, 5 arrêté par vous ou rien à faire.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected one PATH, got %1.</source>
        <translation>un seul CHEMIN attendu, %1 reçus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--timeout must be a number of minutes.</source>
        <translation>--timeout doit être un nombre de minutes.</translation>
    </message>
</context>
<context>
    <name>edm::cli::PlanCommand</name>
    <message>
        <location filename="../src/cli/PlanCommand.cpp" line="+21"/>
        <source>Shows what migrating the Postgres service of a compose project would change: the detected service and the diff of each image change. Changes nothing.</source>
        <translation>Montre ce que changerait la migration du service Postgres d’un projet compose : le service détecté et le diff de chaque changement d’image. Ne modifie rien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the plan (or the error) as JSON.</source>
        <translation>Afficher le plan (ou l’erreur) en JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Postgres major version to move to: 15, 16 (default), 17 or 18.</source>
        <translation>La version majeure de Postgres visée : 15, 16 (par défaut), 17 ou 18.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pgautoupgrade image to upgrade with (default: pgautoupgrade/pgautoupgrade:&lt;target&gt;-trixie, or &lt;target&gt;-alpine for an Alpine stack).</source>
        <translation>L’image pgautoupgrade avec laquelle mettre à niveau (par défaut : pgautoupgrade/pgautoupgrade:&lt;cible&gt;-trixie, ou &lt;cible&gt;-alpine pour une pile Alpine).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The postgres image to run afterwards (default: postgres:&lt;target&gt; in the current image&apos;s registry and flavour).</source>
        <translation>L’image postgres à exécuter ensuite (par défaut : postgres:&lt;cible&gt; dans le registre et la variante de l’image actuelle).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan takes one PATH, got %1.</source>
        <translation>plan prend un seul CHEMIN, %1 reçus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres:</source>
        <translation>Postgres :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (the running server decides)</source>
        <translation>inconnue (le serveur en marche décide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, database %2, password %3</source>
        <translation>%1, base %2, mot de passe %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (hidden)</source>
        <translation>défini (masqué)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>needs migration to Postgres %1</source>
        <translation>migration vers Postgres %1 nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade in progress (pgautoupgrade); one step left</source>
        <translation>mise à niveau en cours (pgautoupgrade) ; il reste une étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already on Postgres %1; nothing to do</source>
        <translation>déjà sur Postgres %1 ; rien à faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: image → %2 (%3)</source>
        <translation>Étape %1 : image → %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>edm::cli::ReportCommand</name>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="+23"/>
        <source>Writes the report of a project&apos;s migration: steps, diffs, backup, checks, row counts, warnings.</source>
        <translation>Écrit le rapport de la migration d’un projet : étapes, diffs, sauvegarde, vérifications, nombres de lignes, avertissements.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>html, md, json or pdf.</source>
        <translation>html, md, json ou pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write (default: ente-db-migration-YYYYMMDD-HHMM.&lt;format&gt; here).</source>
        <translation>Le fichier à écrire (par défaut : ente-db-migration-AAAAMMJJ-HHMM.&lt;format&gt; ici).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give --format html, md, json or pdf (or an -o FILE with one of those extensions).</source>
        <translation>indiquez --format html, md, json ou pdf (ou -o FICHIER avec l’une de ces extensions).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no migration of %1 has been recorded yet, so there is nothing to report.</source>
        <translation>aucune migration de %1 n’a encore été enregistrée : il n’y a donc rien à rapporter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>edm::cli::RestoreCommand</name>
    <message>
        <location filename="../src/cli/RestoreCommand.cpp" line="+76"/>
        <source>[y/N] </source>
        <translation>[o/N] </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database %1 is missing</source>
        <translation>la base %1 manque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: table %2 is missing</source>
        <translation>%1 : la table %2 manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: table %2 has %3 rows, the dump %4</source>
        <translation>%1 : la table %2 a %3 lignes, le dump %4</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Restores a pg_dumpall file into the Postgres service of a compose project (psql with ON_ERROR_STOP: it stops at the first error and says on which line of the file), or with --image into a throwaway container of that image, whose row counts are then compared with the dump&apos;s.</source>
        <translation>Restaure un fichier pg_dumpall dans le service Postgres d’un projet compose (psql avec ON_ERROR_STOP : il s’arrête à la première erreur et indique la ligne du fichier), ou avec --image dans un conteneur jetable de cette image, dont les nombres de lignes sont ensuite comparés à ceux du dump.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dump to restore (.sql).</source>
        <translation>Le dump à restaurer (.sql).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore into the service without asking.</source>
        <translation>Restaurer dans le service sans demander.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new throwaway container of IMAGE (e.g. postgres:16) instead of the service, compare its row counts with the dump&apos;s, then remove it.</source>
        <translation>Restaurer dans un nouveau conteneur jetable de IMAGE (par ex. postgres:16) au lieu du service, comparer ses nombres de lignes à ceux du dump, puis le supprimer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --image: leave the container running.</source>
        <translation>Avec --image : laisser le conteneur tourner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to show progress: bar, json or none; default: a bar when standard error is a terminal.</source>
        <translation>Comment afficher la progression : bar, json ou none ; par défaut : une barre quand la sortie d’erreur est un terminal.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Exit codes: 0 restored (and, with --image, every row counted), 1 the restore failed or the counts differ, 2 bad arguments, an unusable project or file, or no --yes where it is needed.</source>
        <translation>Codes de sortie : 0 restauré (et, avec --image, chaque ligne comptée), 1 la restauration a échoué ou les nombres diffèrent, 2 arguments incorrects, projet ou fichier inutilisable, ou --yes absent là où il est requis.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The dump %1 cannot be read: %2.</source>
        <translation>Le dump %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is compressed (gzip). Uncompress it first (gunzip -k %1), then restore the .sql file.</source>
        <translation>%1 est compressé (gzip). Décompressez-le d’abord (gunzip -k %1), puis restaurez le fichier .sql.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a pg_dump archive in the custom format, which psql cannot read; restore it with pg_restore.</source>
        <translation>%1 est une archive pg_dump au format personnalisé, que psql ne peut pas lire ; restaurez-la avec pg_restore.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a plain SQL dump: it holds binary data. Restore takes the .sql file a backup of this app (or pg_dumpall) wrote. Nothing was restored.</source>
        <translation>%1 n’est pas un dump SQL en texte brut : il contient des données binaires. La restauration attend le fichier .sql écrit par une sauvegarde de cette application (ou par pg_dumpall). Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--progress must be bar, json or none, not &quot;%1&quot;.</source>
        <translation>--progress doit valoir bar, json ou none, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected FILE [PATH].</source>
        <translation>FICHIER [CHEMIN] attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restore %1 into the service %2 (container %3)? Its roles and databases are added to the running server.</source>
        <translation>Restaurer %1 dans le service %2 (conteneur %3) ? Ses rôles et bases sont ajoutés au serveur en marche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add --yes to restore without a question on a terminal.</source>
        <translation>Ajoutez --yes pour restaurer sans question dans un terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting a throwaway container of %1…</source>
        <translation>Démarrage d’un conteneur jetable de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1 into %2 (PostgreSQL %3)</source>
        <translation>Restauration de %1 dans %2 (PostgreSQL %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored %1 lines (%2) into %3.</source>
        <translation>%1 lignes (%2) restaurées dans %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Every row arrived: %1 rows, as in the dump.</source>
        <translation>Chaque ligne est arrivée : %1 lignes, comme dans le dump.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restored data differs from the dump:</source>
        <translation>Les données restaurées diffèrent du dump :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container %1 keeps running; remove it with: docker rm -f -v %1</source>
        <translation>Le conteneur %1 continue de tourner ; supprimez-le avec : docker rm -f -v %1</translation>
    </message>
</context>
<context>
    <name>edm::cli::StatusCommand</name>
    <message>
        <location filename="../src/cli/StatusCommand.cpp" line="+23"/>
        <source>Shows where the migration of a compose project stands.</source>
        <translation>Montre où en est la migration d’un projet compose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the status as JSON.</source>
        <translation>Afficher l’état en JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not exist. Give the folder of your compose project.</source>
        <translation>%1 n’existe pas. Indiquez le dossier de votre projet compose.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No migration has been started in %1.</source>
        <translation>Aucune migration n’a été lancée dans %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Migration of &quot;%1&quot; to Postgres %2 (%3)</source>
        <translation>Migration de « %1 » vers Postgres %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished: run &quot;ente-db-migrate resume&quot; to continue or &quot;ente-db-migrate rollback&quot; to undo it.</source>
        <translation>Non terminée : lancez « ente-db-migrate resume » pour continuer ou « ente-db-migrate rollback » pour l’annuler.</translation>
    </message>
</context>
<context>
    <name>edm::cli::TransferConsole</name>
    <message>
        <location filename="../src/cli/TransferConsole.cpp" line="+74"/>
        <source>Interrupted: stopping…</source>
        <translation>Interrompu : arrêt en cours…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>of ~%1</source>
        <translation>sur ~%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
</context>
<context>
    <name>edm::cli::WatchLogCommand</name>
    <message>
        <location filename="../src/cli/WatchLogCommand.cpp" line="+65"/>
        <source>waiting for pgautoupgrade or the server</source>
        <translation>attente de pgautoupgrade ou du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converting the data</source>
        <translation>conversion des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updating statistics and reindexing</source>
        <translation>mise à jour des statistiques et réindexation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting the final server</source>
        <translation>démarrage du serveur final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Postgres major version the upgrade must reach: 14 to 18 (an older one for a plain server&apos;s log); a log that upgrades to another one fails. Without it, the target the log announces (16 until it does).</source>
        <translation>La version majeure de Postgres que la mise à niveau doit atteindre : 14 à 18 (une plus ancienne pour le journal d’un simple serveur) ; un journal qui met à niveau vers une autre échoue. Sans elle, la cible qu’annonce le journal (16 tant qu’il ne l’a pas annoncée).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Upgrade target: PostgreSQL %1 (announced by the log)</source>
        <translation>Cible de la mise à niveau : PostgreSQL %1 (annoncée par le journal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upgrade started: PostgreSQL %1 → %2</source>
        <translation>mise à niveau commencée : PostgreSQL %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upgrade finished: PostgreSQL %1</source>
        <translation>mise à niveau terminée : PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>upgrade failed (%1)</source>
        <translation>mise à niveau en échec (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no upgrade needed: the data is already on the target version</source>
        <translation>aucune mise à niveau nécessaire : les données sont déjà dans la version cible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server starting: PostgreSQL %1</source>
        <translation>démarrage du serveur : PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready for connections</source>
        <translation>prêt pour les connexions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fatal: %1</source>
        <translation>fatal : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: line %1: the data volume was empty and a new, empty database was created; the volume is probably not the one that holds your data.</source>
        <translation>avertissement : ligne %1 : le volume de données était vide et une nouvelle base vide a été créée ; ce n’est probablement pas le volume qui contient vos données.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last lines of the log:</source>
        <translation>Dernières lignes du journal :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>--target must be a Postgres major version up to 18 (pgautoupgrade upgrades to 14 to 18), not &quot;%1&quot;.</source>
        <translation>--target doit être une version majeure de Postgres jusqu’à 18 (pgautoupgrade met à niveau vers 14 à 18), et non « %1 ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a folder, not a log file. Give the file docker logs was saved to, or - for standard input.</source>
        <translation>%1 est un dossier, pas un fichier journal. Indiquez le fichier où la sortie de docker logs a été enregistrée, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Follows the log of a pgautoupgrade (or Postgres) container, from a file or standard input, and prints one line per recognised event: upgrade started, finished or failed, no upgrade needed, server starting, ready for connections, FATAL lines. Exits 0 once the upgrade is complete and the final server of the target version accepts connections, 1 when it failed, 4 when the log ended or the time ran out first. For example: docker compose logs -f postgres | %1 watch-log</source>
        <translation>Suit le journal d’un conteneur pgautoupgrade (ou Postgres), depuis un fichier ou l’entrée standard, et affiche une ligne par événement reconnu : mise à niveau commencée, terminée ou en échec, aucune mise à niveau nécessaire, démarrage du serveur, prêt pour les connexions, lignes FATAL. Sort avec 0 une fois la mise à niveau terminée et le serveur final de la version cible acceptant les connexions, 1 en cas d’échec, 4 si le journal s’est terminé ou si le délai a expiré avant. Par exemple : docker compose logs -f postgres | %1 watch-log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log to read; - or nothing reads standard input.</source>
        <translation>Le journal à lire ; - ou rien lit l’entrée standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per line: event, line, and the event&apos;s details.</source>
        <translation>Afficher un objet JSON par ligne : événement, ligne et détails de l’événement.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give up (exit code 4) when the upgrade is not done after SECONDS (0: wait forever).</source>
        <translation>Abandonner (code de sortie 4) si la mise à niveau n’est pas terminée après SECONDES (0 : attendre indéfiniment).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow only this compose service when the log interleaves several (docker compose up).</source>
        <translation>Ne suivre que ce service compose quand le journal en entremêle plusieurs (docker compose up).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>watch-log takes one FILE, got %1.</source>
        <translation>watch-log prend un seul FICHIER, %1 reçus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout doit être un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The upgrade is done: PostgreSQL %1 accepts connections.</source>
        <translation>La mise à niveau est terminée : PostgreSQL %1 accepte les connexions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upgrade is done; pgautoupgrade exited without starting the server, as its one-shot mode asks.</source>
        <translation>La mise à niveau est terminée ; pgautoupgrade s’est arrêté sans démarrer le serveur, comme le demande son mode one-shot.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>nothing was written to %1 within %n second(s): no program writes the log into this FIFO.</source>
        <translation>
            <numerusform>rien n’a été écrit dans %1 en %n seconde : aucun programme n’écrit le journal dans cette FIFO.</numerusform>
            <numerusform>rien n’a été écrit dans %1 en %n secondes : aucun programme n’écrit le journal dans cette FIFO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the upgrade was not done after %n second(s) (%1).</source>
        <translation>
            <numerusform>la mise à niveau n’était pas terminée après %n seconde (%1).</numerusform>
            <numerusform>la mise à niveau n’était pas terminée après %n secondes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the log failed: %1 (%2).</source>
        <translation>la lecture du journal a échoué : %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the log ended before the upgrade was done (%1).</source>
        <translation>le journal s’est terminé avant la fin de la mise à niveau (%1).</translation>
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
        <translation>Ouvrir le texte de la licence dans votre navigateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the project&apos;s website in your browser</source>
        <translation>Ouvrir le site web du projet dans votre navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;</source>
        <translation>Sous licence &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 ou ultérieure&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>edm::gui::BackupBrowser</name>
    <message>
        <location filename="../src/gui/BackupBrowser.cpp" line="+33"/>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>texte en clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_dumpall (all databases and roles of a server)</source>
        <translation>pg_dumpall (toutes les bases et tous les rôles d’un serveur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump (one database)</source>
        <translation>pg_dump (une base)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump custom-format archive (restore it with pg_restore)</source>
        <translation>archive pg_dump au format personnalisé (à restaurer avec pg_restore)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PostgreSQL dump</source>
        <translation>pas un dump PostgreSQL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump being shown; Open… chooses another</source>
        <translation>Le dump affiché ; Ouvrir… en choisit un autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+330"/>
        <source>Restore this backup into the Postgres service of a compose project</source>
        <translation>Restaurer cette sauvegarde dans le service Postgres d’un projet compose</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+1"/>
        <source>Close the backup browser</source>
        <translation>Fermer le navigateur de sauvegardes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+141"/>
        <source>Reading %1 was stopped. Open it again to see what it holds.</source>
        <translation>La lecture de %1 a été arrêtée. Rouvrez-le pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Open a backup to see what it holds.</source>
        <translation>Ouvrez une sauvegarde pour voir ce qu’elle contient.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – Backup Browser</source>
        <translation>%1 – Navigateur de sauvegardes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
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
        <translation>&amp;Bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les</source>
        <translation>Rô&amp;les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Backup</source>
        <translation>Ouvrir une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)</source>
        <translation>Dumps PostgreSQL (*.sql *.sql.gz *.dump);;Descriptions de sauvegarde (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;But its SHA-256 does not match the sidecar:&lt;/b&gt; the file changed after the backup was made.</source>
        <translation>&lt;b&gt;Mais son SHA-256 ne correspond pas à la description de sauvegarde :&lt;/b&gt; le fichier a changé après la création de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, gzip-compressed; %2 of SQL</source>
        <translation>%1, compressé avec gzip ; %2 de SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 lines</source>
        <translation>%1 ; %2 lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>not stated in the file</source>
        <translation>non indiqué dans le fichier</translation>
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
        <translation>(la base de données du dump)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on the server when it was backed up</source>
        <translation>%1 sur le serveur au moment de la sauvegarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cut off</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file ends inside this table&apos;s data: rows after %1 are missing.</source>
        <translation>Le fichier se termine au milieu des données de cette table : les lignes après %1 manquent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database&apos;s part of the dump is not complete.</source>
        <translation>La partie du dump consacrée à cette base de données n’est pas complète.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Databases (%1)</source>
        <translation>&amp;Bases de données (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ro&amp;les (%1)</source>
        <translation>Rô&amp;les (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problèmes (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>databases: %1, tables: %2, rows: %3</source>
        <translation>bases de données : %1, tables : %2, lignes : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Complete.&lt;/b&gt; The dump ends with its end mark and nothing is cut off: %1.</source>
        <translation>&lt;b&gt;Complet.&lt;/b&gt; Le dump se termine par sa marque de fin et rien n’est tronqué : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Complete, but suspect.&lt;/b&gt; %1 (%2). See Problems.</source>
        <translation>&lt;b&gt;Complet, mais suspect.&lt;/b&gt; %1 (%2). Voir Problèmes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Incomplete.&lt;/b&gt; %1 Do not rely on this backup; see Problems for everything found.</source>
        <translation>&lt;b&gt;Incomplet.&lt;/b&gt; %1 Ne comptez pas sur cette sauvegarde ; voir Problèmes pour tout ce qui a été trouvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not a plain SQL dump.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pas un dump SQL en texte brut.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be read as a PostgreSQL dump.</source>
        <translation>Ce fichier ne peut pas être lu comme un dump PostgreSQL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a plain SQL dump made by pg_dumpall or pg_dump can be restored here</source>
        <translation>Seul un dump SQL en texte brut fait par pg_dumpall ou pg_dump peut être restauré ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decompress the file first (gunzip), then open and restore the .sql</source>
        <translation>Décompressez d’abord le fichier (gunzip), puis ouvrez et restaurez le .sql</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (no sidecar to check it against)</source>
        <translation>%1 (aucune description de sauvegarde pour le vérifier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no %1 next to the backup: nothing records what its hash should be.</source>
        <translation>Il n’y a pas de fichier %1 à côté de la sauvegarde : rien n’indique quelle devrait être son empreinte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (the sidecar cannot be read)</source>
        <translation>%1 (la description de sauvegarde est illisible)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – matches the sidecar</source>
        <translation>%1 – correspond à la description de sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – does NOT match the sidecar</source>
        <translation>%1 – ne correspond PAS à la description de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sidecar records %1: the file changed after the backup was made, or the sidecar belongs to another file.</source>
        <translation>La description de sauvegarde indique %1 : le fichier a changé après la création de la sauvegarde, ou la description appartient à un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no hash</source>
        <translation>aucune empreinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 of %2</source>
        <translation>Le service %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded size %1, the file has %2</source>
        <translation>taille enregistrée %1, le fichier fait %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown (no sidecar)</source>
        <translation>inconnu (aucune description de sauvegarde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (the sidecar cannot be read)</source>
        <translation>inconnu (la description de sauvegarde est illisible)</translation>
    </message>
</context>
<context>
    <name>edm::gui::BackupPage</name>
    <message>
        <location filename="../src/gui/BackupPage.cpp" line="+27"/>
        <source>Back up the databases</source>
        <translation>Sauvegarder les bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every database and role, dumped with pg_dumpall while the old server runs. Nothing of the stack changes in this step.</source>
        <translation>Toutes les bases de données et tous les rôles, sauvegardés avec pg_dumpall pendant que l’ancien serveur tourne. Rien ne change dans la pile à cette étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Back &amp;Up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup log</source>
        <translation>Journal de la sauvegarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the preflight checks…</source>
        <translation>En attente des vérifications préalables…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where the backup goes, then press %1.</source>
        <translation>Choisissez où enregistrer la sauvegarde, puis appuyez sur %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Replace it with the new backup? It is replaced only once the new backup is complete and verified.</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle sauvegarde ? Il n’est remplacé qu’une fois la nouvelle sauvegarde complète et vérifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the File</source>
        <translation>&amp;Garder le fichier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL dumps (*.sql)</source>
        <translation>Dumps SQL (*.sql)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rehearsing: restoring the backup into a throwaway container…</source>
        <translation>Répétition : restauration de la sauvegarde dans un conteneur jetable…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is complete and verified.</source>
        <translation>La sauvegarde est complète et vérifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: stop the stack.</source>
        <translation>Ensuite : arrêter la pile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup was written under the chosen name.</source>
        <translation>Aucune sauvegarde n’a été écrite sous le nom choisi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 tables, %2 rows (databases with tables: %3).</source>
        <translation>%1 tables, %2 lignes (bases de données contenant des tables : %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete: the end-of-dump mark, every database and all COPY data are there.</source>
        <translation>Complète : la marque de fin du dump, chaque base de données et toutes les données COPY sont présentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written, not verified.</source>
        <translation>Écrite, non vérifiée.</translation>
    </message>
</context>
<context>
    <name>edm::gui::EnginePage</name>
    <message>
        <location filename="../src/gui/EnginePage.cpp" line="+128"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>edm::gui::FinishPage</name>
    <message>
        <location filename="../src/gui/FinishPage.cpp" line="+13"/>
        <source>Switch to the new image</source>
        <translation>Passer à la nouvelle image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The compose file gets the plain Postgres image it keeps from now on, and the whole stack starts again.</source>
        <translation>Le fichier compose reçoit l’image Postgres standard qu’il gardera désormais, et toute la pile redémarre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply and Start</source>
        <translation>Appliquer et &amp;démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file for the final image</source>
        <translation>Modification du fichier compose pour l’image définitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>La modification du fichier compose apparaît ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output of starting the stack</source>
        <translation>Sortie du démarrage de la pile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the upgrade…</source>
        <translation>En attente de la mise à niveau…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting the stack on the new image…</source>
        <translation>Démarrage de la pile sur la nouvelle image…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stack runs on the new image.</source>
        <translation>La pile tourne sur la nouvelle image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the checks of the new server (they already run).</source>
        <translation>Ensuite : les vérifications du nouveau serveur (elles sont déjà en cours).</translation>
    </message>
</context>
<context>
    <name>edm::gui::LogView</name>
    <message>
        <location filename="../src/gui/LogView.cpp" line="+115"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The output appears here.</source>
        <translation>La sortie apparaît ici.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: next match; Shift+Enter: previous match; Escape: close</source>
        <translation>Enter : résultat suivant ; Shift+Enter : résultat précédent ; Escape : fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher le résultat précédent (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher le résultat suivant (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fo&amp;llow</source>
        <translation>S&amp;uivre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text in the log (Ctrl+F)</source>
        <translation>Rechercher du texte dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;py</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation>Copier les lignes sélectionnées, ou tout le journal si rien n’est sélectionné</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
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
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder of the compose project to migrate</source>
        <translation>Choisir le dossier du projet compose à migrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Backup…</source>
        <translation>Ouvrir une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what a backup holds, check it, restore it</source>
        <translation>Voir ce que contient une sauvegarde, la vérifier, la restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the migration&apos;s report as HTML, Markdown, JSON or PDF</source>
        <translation>Enregistrer le rapport de la migration en HTML, Markdown, JSON ou PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the application</source>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker program, backup folder, health URL, language</source>
        <translation>Programme Docker, dossier de sauvegarde, URL de santé, langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ente DB Migration</source>
        <translation>À &amp;propos d’Ente DB Migration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – Ente DB Migration</source>
        <translation>%1 – Ente DB Migration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the Compose Project</source>
        <translation>Ouvrir le projet compose</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Backup</source>
        <translation>Ouvrir une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL dumps (*.sql *.sql.gz *.dump);;Backup sidecars (*.json);;All files (*)</source>
        <translation>Dumps PostgreSQL (*.sql *.sql.gz *.dump);;Descriptions de sauvegarde (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no report yet: it begins once the migration has started.</source>
        <translation>Il n’y a pas encore de rapport : il commence dès que la migration a démarré.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Quit while a step is running?</source>
        <translation>Quitter pendant qu’une étape est en cours ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the migration is still running. If you quit now it stops where it is; the next start offers to resume the migration or to roll it back.</source>
        <translation>Une étape de la migration est encore en cours. Si vous quittez maintenant, elle s’arrête là où elle en est ; au prochain démarrage, il vous sera proposé de reprendre la migration ou de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit the migration?</source>
        <translation>Quitter la migration ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit now, the next start offers to resume the migration or to roll it back.</source>
        <translation>Si vous quittez maintenant, le prochain démarrage proposera de reprendre la migration ou de revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>edm::gui::MigrationWizard</name>
    <message>
        <location filename="../src/gui/MigrationWizard.cpp" line="+75"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>while rolling back</source>
        <translation>pendant le retour arrière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>after &quot;%1&quot;</source>
        <translation>après « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during &quot;%1&quot;</source>
        <translation>pendant « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at &quot;%1&quot;</source>
        <translation>à « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ente DB Migration</source>
        <translation>Ente DB Migration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is running; it is stopped as safely as it can be.</source>
        <translation>« %1 » est en cours ; l’étape est arrêtée aussi sûrement que possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migration waits for your yes to &quot;%1&quot;; nothing of that step was done.</source>
        <translation>La migration attend votre accord pour « %1 » ; rien de cette étape n’a été fait.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Unfinished migration</source>
        <translation>Migration inachevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A migration of %1 stopped %2 (last recorded %3).</source>
        <translation>Une migration de %1 s’est arrêtée %2 (dernier enregistrement : %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ended with: %1</source>
        <translation>Elle s’est terminée par : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume goes on from there. Roll Back puts the original compose file back and, if the data was already changed, restores the backup. Later leaves everything as it is.</source>
        <translation>« Reprendre » continue à partir de là. « Revenir en arrière » remet le fichier compose d’origine en place et, si les données ont déjà été modifiées, restaure la sauvegarde. « Plus tard » laisse tout en l’état.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;Back</source>
        <translation>Revenir en &amp;arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Roll back the migration</source>
        <translation>Revenir en arrière sur la migration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the original compose file back and, if the data was already converted, restore the backup %1 into the volume?</source>
        <translation>Remettre en place le fichier compose d’origine et, si les données ont déjà été converties, restaurer la sauvegarde %1 dans le volume ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume&apos;s current contents are copied aside first; you are asked before that.</source>
        <translation>Le contenu actuel du volume est d’abord copié à part ; on vous le demande avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll Back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Go Ahead</source>
        <translation>&amp;Poursuivre</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Stop the migration?</source>
        <translation>Arrêter la migration ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the migration now?</source>
        <translation>Arrêter la migration maintenant ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are told in which state things are, and the journal keeps where the migration stopped: resume or roll back later.</source>
        <translation>Vous êtes informé de l’état des choses, et le journal garde l’endroit où la migration s’est arrêtée : reprenez ou revenez en arrière plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the Migration</source>
        <translation>&amp;Arrêter la migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>edm::gui::PreflightPage</name>
    <message>
        <location filename="../src/gui/PreflightPage.cpp" line="+30"/>
        <location line="+3"/>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The app looks at docker, the server, the disk and the passwords before anything is changed.</source>
        <translation>L’application examine docker, le serveur, le disque et les mots de passe avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands run by the preflight</source>
        <translation>Commandes exécutées par les vérifications préalables</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every check passed or only warns. Next: the backup.</source>
        <translation>Toutes les vérifications ont réussi ou n’émettent que des avertissements. Ensuite : la sauvegarde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>edm::gui::ProjectPage</name>
    <message>
        <location filename="../src/gui/ProjectPage.cpp" line="+38"/>
        <source>Choose the compose project</source>
        <translation>Choisir le projet compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of your Ente server&apos;s compose.yaml. The app reads it and shows what it will change; nothing is changed on this page.</source>
        <translation>Le dossier du compose.yaml de votre serveur Ente. L’application le lit et montre ce qu’elle va modifier ; rien n’est modifié sur cette page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postgres 16 (recommended)</source>
        <translation>Postgres 16 (recommandé)</translation>
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
        <translation>Postgres 18 (la plus récente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target Postgres version</source>
        <translation>Version cible de Postgres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose project folder</source>
        <translation>Dossier du projet compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres service</source>
        <translation>Service Postgres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file</source>
        <translation>Modification du fichier compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>La modification du fichier compose apparaît ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade image</source>
        <translation>Image de mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final image</source>
        <translation>Image définitive</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the compose project folder</source>
        <translation>Choisir le dossier du projet compose</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the folder of your compose project.</source>
        <translation>Choisissez le dossier de votre projet compose.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the service</source>
        <translation>Choisir le service</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, ligne %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown from the tag → %1 (the running server decides)</source>
        <translation>inconnue d’après l’étiquette → %1 (le serveur en marche décide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade to %1 in progress (pgautoupgrade)</source>
        <translation>mise à niveau vers %1 en cours (pgautoupgrade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already the target, nothing to do</source>
        <translation>%1 : déjà la cible, rien à faire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (named volume) on %2</source>
        <translation>%1 (volume nommé) sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (folder) on %2</source>
        <translation>%1 (dossier) sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous volume on %1</source>
        <translation>volume anonyme sur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none: the data is inside the container</source>
        <translation>aucun : les données sont dans le conteneur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, database %2, password %3</source>
        <translation>%1, base %2, mot de passe %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service already runs Postgres %1. There is nothing to migrate.</source>
        <translation>Le service exécute déjà Postgres %1. Il n’y a rien à migrer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1 of %2, made only after the backup: the image becomes %3 in %4.</source>
        <translation>Modification %1 sur %2, faite seulement après la sauvegarde : l’image devient %3 dans %4.</translation>
    </message>
</context>
<context>
    <name>edm::gui::ReportExport</name>
    <message>
        <location filename="../src/gui/ReportExport.cpp" line="+37"/>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (page web autonome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (pour les scripts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file to save the report to.</source>
        <translation>Choisissez un fichier où enregistrer le rapport.</translation>
    </message>
</context>
<context>
    <name>edm::gui::ReportSavedNotice</name>
    <message>
        <location filename="../src/gui/ReportSavedNotice.cpp" line="+23"/>
        <source>Report Saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report was saved to %1</source>
        <translation>Le rapport a été enregistré dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the folder that holds the report in your file manager</source>
        <translation>Affiche le dossier qui contient le rapport dans votre gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 could not be opened: it no longer exists.</source>
        <translation>%1 n’a pas pu être ouvert : il n’existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: the desktop has no file manager set up for folders, or it could not be started.</source>
        <translation>%1 n’a pas pu être ouvert : le bureau n’a pas de gestionnaire de fichiers configuré pour les dossiers, ou il n’a pas pu être démarré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be opened: the desktop has no application set up for this kind of file, or it could not be started. Open it from your file manager instead.</source>
        <translation>%1 n’a pas pu être ouvert : le bureau n’a pas d’application configurée pour ce type de fichier, ou elle n’a pas pu être démarrée. Ouvrez-le plutôt depuis votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>edm::gui::RestoreDialog</name>
    <message>
        <location filename="../src/gui/RestoreDialog.cpp" line="+30"/>
        <source>Restore &lt;b&gt;%1&lt;/b&gt; into the running Postgres of a compose project. psql stops at the first error and says on which line of the file.</source>
        <translation>Restaurer &lt;b&gt;%1&lt;/b&gt; dans le Postgres en marche d’un projet compose. psql s’arrête à la première erreur et indique à quelle ligne du fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into the chosen service</source>
        <translation>Restaurer dans le service choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for confirmation, then restores the backup into the container shown</source>
        <translation>Demande une confirmation, puis restaure la sauvegarde dans le conteneur affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the restore</source>
        <translation>Arrêter la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop feeding the dump; what was restored so far stays in the server</source>
        <translation>Cesser d’envoyer le dump ; ce qui a déjà été restauré reste dans le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the compose project</source>
        <translation>Choisir le projet compose</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The project has no services.</source>
        <translation>Le projet n’a aucun service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <source>Looking for the running container of %1…</source>
        <translation>Recherche du conteneur en marche de %1…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1 (%2, image %3): the dump goes into its server.</source>
        <translation>%1 (%2, image %3) : le dump est envoyé dans son serveur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (tables: %2, rows: %3)</source>
        <translation>%1 (tables : %2, lignes : %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dumped database</source>
        <translation>la base de données du dump</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore %1 into the service %2 (container %3) of the project %4?</source>
        <translation>Restaurer %1 dans le service %2 (conteneur %3) du projet %4 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databases written on its server: %1.</source>
        <translation>Bases de données écrites sur son serveur : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles created or changed (their passwords too): %1.</source>
        <translation>Rôles créés ou modifiés (mots de passe compris) : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty database of the same name is dropped and created again from the dump. Data already in the server is not removed first: if a table exists already, the restore stops at that line, and what was restored until then stays.</source>
        <translation>Une base de données vide du même nom est supprimée puis recréée à partir du dump. Les données déjà présentes dans le serveur ne sont pas supprimées au préalable : si une table existe déjà, la restauration s’arrête à cette ligne, et ce qui a été restauré jusque-là reste en place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This dump is INCOMPLETE: the restore will stop where the file ends.</source>
        <translation>Ce dump est INCOMPLET : la restauration s’arrêtera là où le fichier se termine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore into %1?</source>
        <translation>Restaurer dans %1 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore into %1</source>
        <translation>Restaurer dans %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asking %1 for its roles and databases…</source>
        <translation>Interrogation de %1 sur ses rôles et ses bases de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring into %1 (PostgreSQL %2)…</source>
        <translation>Restauration dans %1 (PostgreSQL %2)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored %1 lines (%2) into %3.</source>
        <translation>%1 lignes (%2) restaurées dans %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds the backup&apos;s data now.</source>
        <translation>%1 contient maintenant les données de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. What was restored until then stays in %1.</source>
        <translation>Arrêté. Ce qui a été restauré jusque-là reste dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop the restore?</source>
        <translation>Arrêter la restauration ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore is still running. Stop it? What was restored until then stays in the server.</source>
        <translation>La restauration est toujours en cours. L’arrêter ? Ce qui a été restauré jusque-là reste dans le serveur.</translation>
    </message>
</context>
<context>
    <name>edm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+47"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System (follows the desktop&apos;s language)</source>
        <translation>Système (suit la langue du bureau)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the docker program</source>
        <translation>Choisir le programme docker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>docker is not on PATH: install it, or choose the program here.</source>
        <translation>docker n’est pas dans le PATH : installez-le, ou choisissez le programme ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses %1 (docker on PATH).</source>
        <translation>Utilise %1 (docker dans le PATH).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file does not exist.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an executable program.</source>
        <translation>Ce n’est pas un programme exécutable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses %1.</source>
        <translation>Utilise %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The docker program %1 does not exist. Choose the docker client, or leave the field empty to use docker on PATH.</source>
        <translation>Le programme docker %1 n’existe pas. Choisissez le client docker, ou laissez le champ vide pour utiliser le docker du PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an executable program. Choose the docker client, or leave the field empty to use docker on PATH.</source>
        <translation>%1 n’est pas un programme exécutable. Choisissez le client docker, ou laissez le champ vide pour utiliser le docker du PATH.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup folder %1 does not exist. Create it first, or leave the field empty.</source>
        <translation>Le dossier de sauvegarde %1 n’existe pas. Créez-le d’abord, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The health URL must be an http or https address, such as http://localhost:8080/ping.</source>
        <translation>L’URL de santé doit être une adresse http ou https, par exemple http://localhost:8080/ping.</translation>
    </message>
</context>
<context>
    <name>edm::gui::StopPage</name>
    <message>
        <location filename="../src/gui/StopPage.cpp" line="+13"/>
        <source>Stop the stack</source>
        <translation>Arrêter la pile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgres must not run while its data is converted. Ente is offline from here until the new server runs.</source>
        <translation>Postgres ne doit pas tourner pendant la conversion de ses données. Ente est hors ligne à partir d’ici, jusqu’à ce que le nouveau serveur tourne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+3"/>
        <source>S&amp;top the Stack</source>
        <translation>Arrê&amp;ter la pile</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Output of the stop command</source>
        <translation>Sortie de la commande d’arrêt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the backup…</source>
        <translation>En attente de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1 down&quot; stops every container of the project and removes them; volumes and data stay. Press %2 to go ahead.</source>
        <translation>« %1 down » arrête tous les conteneurs du projet et les supprime ; les volumes et les données restent. Appuyez sur %2 pour continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1 stop&quot; stops every service of the project, &quot;%2&quot; included; the containers are kept. Press %3 to go ahead.</source>
        <translation>« %1 stop » arrête tous les services du projet, « %2 » compris ; les conteneurs sont conservés. Appuyez sur %3 pour continuer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping the stack…</source>
        <translation>Arrêt de la pile…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stack is stopped.</source>
        <translation>La pile est arrêtée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the upgrade.</source>
        <translation>Ensuite : la mise à niveau.</translation>
    </message>
</context>
<context>
    <name>edm::gui::SummaryPage</name>
    <message>
        <location filename="../src/gui/SummaryPage.cpp" line="+19"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, and what to keep in mind from now on.</source>
        <translation>Ce qui a été fait, et ce qu’il faut garder à l’esprit désormais.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The migration is complete: %1 runs Postgres %2.</source>
        <translation>La migration est terminée : %1 tourne sous Postgres %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The migration was rolled back.</source>
        <translation>La migration a été annulée par un retour arrière.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Log of the run</source>
        <translation>Journal de l’exécution</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The migration did not finish: %1</source>
        <translation>La migration ne s’est pas terminée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The migration is not finished.</source>
        <translation>La migration n’est pas terminée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compose file:</source>
        <translation>Fichier compose :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Image:</source>
        <translation>Image :</translation>
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
        <translation>%1 (le passage à %2 a été annulé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (planned: %2, not done)</source>
        <translation>%1 (prévu : %2, non fait)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postgres:</source>
        <translation>Postgres :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup:</source>
        <translation>Sauvegarde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 rows in %2 tables arrived</source>
        <translation>les %1 lignes des %2 tables sont toutes arrivées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 tables differ</source>
        <translation>%1 tables sur %2 diffèrent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stack down:</source>
        <translation>Pile arrêtée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s, from stopping it until the new server answered</source>
        <translation>%1 s, de son arrêt jusqu’à la réponse du nouveau serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rollback</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling back…</source>
        <translation>Retour arrière en cours…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rolled back: the stack is back on its original image %1 and its original data (the compose file has its original bytes; the data is the backup&apos;s when it had been converted).</source>
        <translation>Retour en arrière effectué : la pile tourne de nouveau sur son image d’origine %1 avec ses données d’origine (le fichier compose a ses octets d’origine ; les données sont celles de la sauvegarde si elles avaient été converties).</translation>
    </message>
</context>
<context>
    <name>edm::gui::UpgradePage</name>
    <message>
        <location filename="../src/gui/UpgradePage.cpp" line="+16"/>
        <source>Upgrade the data</source>
        <translation>Mettre à niveau les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pgautoupgrade converts the data to the new Postgres in place. The log is followed until the upgrade is truly complete.</source>
        <translation>pgautoupgrade convertit les données sur place vers le nouveau Postgres. Le journal est suivi jusqu’à ce que la mise à niveau soit réellement terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply and Upgrade</source>
        <translation>Appliquer et mettre à &amp;niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to the compose file for the upgrade</source>
        <translation>Modification du fichier compose pour la mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to the compose file appears here.</source>
        <translation>La modification du fichier compose apparaît ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade phases</source>
        <translation>Phases de la mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container log</source>
        <translation>Journal du conteneur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the stack to stop…</source>
        <translation>En attente de l’arrêt de la pile…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The upgrade was still running when the app closed: its container&apos;s log is followed again from the start.</source>
        <translation>La mise à niveau tournait encore à la fermeture de l’application : le journal de son conteneur est de nouveau suivi depuis le début.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Elapsed: %1</source>
        <translation>Écoulé : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About %1 left</source>
        <translation>Encore environ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left: estimating…</source>
        <translation>Temps restant : estimation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading: the compose file names pgautoupgrade&apos;s image now, and its container runs.</source>
        <translation>Mise à niveau en cours : le fichier compose désigne maintenant l’image de pgautoupgrade, et son conteneur tourne.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The data is on the new Postgres; its container was stopped again.</source>
        <translation>Les données sont passées au nouveau Postgres ; son conteneur a de nouveau été arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: switch to the plain image.</source>
        <translation>Ensuite : passer à l’image standard.</translation>
    </message>
</context>
<context>
    <name>edm::gui::VerifyPage</name>
    <message>
        <location filename="../src/gui/VerifyPage.cpp" line="+21"/>
        <source>Verify the new server</source>
        <translation>Vérifier le nouveau serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version, every table&apos;s rows, the roles and the login, compared with the backup.</source>
        <translation>La version, les lignes de chaque table, les rôles et la connexion, comparés à la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts before and after</source>
        <translation>Nombres de lignes avant et après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The checks run once the stack is up on the new image.</source>
        <translation>Les vérifications s’exécutent dès que la pile tourne sur la nouvelle image.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the new server…</source>
        <translation>Vérification du nouveau serveur…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every check passed: the migration is complete.</source>
        <translation>Toutes les vérifications ont réussi : la migration est terminée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing</source>
        <translation>absente</translation>
    </message>
</context>
</TS>
