// SPDX-License-Identifier: GPL-3.0-or-later
// The main window around the wizard: its menus and shortcuts, recent projects, drops, the remembered geometry; and
// the dialogs it opens: Export Report (all four formats), Preferences (values round-trip and are checked), About.
#include "core/Translations.h"
#include "core/migration/MigrationReport.h"
#include "gui/AboutDialog.h"
#include "gui/AppSettings.h"
#include "gui/BackupBrowser.h"
#include "gui/MainWindow.h"
#include "gui/MigrationWizard.h"
#include "gui/ProjectPage.h"
#include "gui/ReportExport.h"
#include "gui/SettingsDialog.h"

#include "TestSupport.h"
#include "WidgetSupport.h"

#include "Version.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

QByteArray composeFile()
{
    return "services:\n  postgres:\n    image: postgres:12\n    environment:\n"
           "      POSTGRES_USER: pguser\n      POSTGRES_PASSWORD: hunter22\n      POSTGRES_DB: ente_db\n"
           "    volumes:\n      - postgres-data:/var/lib/postgresql/data\n"
           "volumes:\n  postgres-data:\n";
}

/// A report as a finished migration leaves it, with a row-count table.
MigrationReport sampleReport()
{
    MigrationReport report;
    report.appVersion = QStringLiteral(EDM_VERSION);
    report.created = QDateTime(QDate(2026, 11, 25), QTime(9, 41), Qt::UTC);
    report.projectDir = QStringLiteral("/srv/ente/server");
    report.composeFile = QStringLiteral("compose.yaml");
    report.service = QStringLiteral("postgres");
    report.method = QStringLiteral("pgautoupgrade");
    report.versionBefore = QStringLiteral("12.22");
    report.versionAfter = QStringLiteral("16.14");
    report.imageBefore = QStringLiteral("postgres:12");
    report.imageAfter = QStringLiteral("postgres:16");
    report.outcome = MigrationReport::Outcome::Succeeded;
    report.backup = MigrationReport::Backup{QStringLiteral("/srv/ente/server/pg12.backup.sql"), 39018,
                                            QStringLiteral("ab12cd34"), report.created, true};
    report.checks.append({QStringLiteral("server_version"),
                          QStringLiteral("Server version"),
                          MigrationReport::CheckResult::Pass,
                          QStringLiteral("16.14"),
                          {}});
    report.rowCounts.append({QStringLiteral("ente_db"), QStringLiteral("public"), QStringLiteral("users"), 4711, 4711});
    report.rowCounts.append(
        {QStringLiteral("ente_db"), QStringLiteral("public"), QStringLiteral("files"), 123456, 123456});
    report.redactor.addSecret(QStringLiteral("hunter22"));
    return report;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menusAndShortcuts();
    void recentProjects();
    void exportReport_data();
    void exportReport();
    void exportFollowsFormat();
    void exportRefusesUnwritable();
    void settingsRoundTrip();
    void settingsValidation_data();
    void settingsValidation();
    void about();
    void dropBackupOpensBrowser();
    void dropFolderOpensProject();
    void geometryRemembered();

private:
    QTemporaryDir m_project;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(writeAll(m_project.filePath(QStringLiteral("compose.yaml")), composeFile()));
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::menusAndShortcuts()
{
    MainWindow window(m_project.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Settings"), QStringLiteral("&Help")}));

    QCOMPARE(window.openProjectAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
    QCOMPARE(window.openBackupAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QCOMPARE(window.exportReportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(window.quitAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QVERIFY(!window.preferencesAction()->shortcut().isEmpty());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutQtAction")));
    for (QAction *action : {window.openProjectAction(), window.openBackupAction(), window.exportReportAction(),
                            window.preferencesAction()}) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        // The SVG icons render sharp at twice the size (high DPI).
        QCOMPARE(action->icon().pixmap(QSize(32, 32)).size(), QSize(32, 32));
    }

    auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QVERIFY(file->actions().contains(window.openProjectAction()));
    QVERIFY(file->actions().contains(window.recentMenu()->menuAction()));
    QVERIFY(file->actions().contains(window.openBackupAction()));
    QVERIFY(file->actions().contains(window.exportReportAction()));
    QVERIFY(file->actions().contains(window.quitAction()));

    // No run yet: no report to export.
    QVERIFY(!window.wizard()->currentReport().has_value());
    QVERIFY(!window.exportReportAction()->isEnabled());
    // The wizard sits inside the window, not in a window of its own.
    QCOMPARE(window.centralWidget(), static_cast<QWidget *>(window.wizard()));
    QVERIFY(!window.wizard()->isWindow());
}

void tst_MainWindow::recentProjects()
{
    QTemporaryDir other;
    QVERIFY(writeAll(other.filePath(QStringLiteral("compose.yaml")), composeFile()));
    QSettings().setValue(QStringLiteral("recentProjects"),
                         QStringList{QDir::toNativeSeparators(other.path()), QStringLiteral("/srv/ente/server")});
    MainWindow window(m_project.path());
    window.show();
    Q_EMIT window.recentMenu()->aboutToShow();
    QStringList entries;
    for (QAction *action : window.recentMenu()->actions())
        entries.append(action->data().toString());
    QVERIFY2(entries.contains(QDir::toNativeSeparators(other.path())), qPrintable(entries.join(u' ')));
    QVERIFY(entries.contains(QStringLiteral("/srv/ente/server")));

    // Choosing one opens it in the wizard.
    QSignalSpy changed(window.wizard(), &MigrationWizard::projectChanged);
    for (QAction *action : window.recentMenu()->actions()) {
        if (action->data().toString() == QDir::toNativeSeparators(other.path()))
            action->trigger();
    }
    QTRY_COMPARE(QDir::cleanPath(QDir::fromNativeSeparators(window.wizard()->projectPage()->projectPath())),
                 QDir::cleanPath(other.path()));
}

void tst_MainWindow::exportReport_data()
{
    QTest::addColumn<ReportWriter::Format>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html") << ReportWriter::Format::Html << QByteArray("<!DOCTYPE html>");
    QTest::newRow("markdown") << ReportWriter::Format::Markdown << QByteArray("#");
    QTest::newRow("json") << ReportWriter::Format::Json << QByteArray("{");
    QTest::newRow("pdf") << ReportWriter::Format::Pdf << QByteArray("%PDF-");
}

void tst_MainWindow::exportReport()
{
    QFETCH(ReportWriter::Format, format);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    AppSettings::setBackupFolder(dir.path());

    ReportExport dialog(sampleReport());
    dialog.show();
    // The default name is ReportWriter's, in the backup folder of the settings.
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY2(QFileInfo(dialog.path()).fileName().startsWith(QLatin1String("ente-db-migration-")),
             qPrintable(dialog.path()));
    dialog.setFormat(format);
    QCOMPARE(QFileInfo(dialog.path()).suffix(), ReportWriter::extension(format));
    dialog.setOpenAfterSaving(false);
    if (format == ReportWriter::Format::Html)
        screenshot(&dialog, "report-export.png");

    QSignalSpy saved(&dialog, &ReportExport::saved);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QFile file(dialog.path());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner); // 0600
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QVERIFY(!bytes.contains("hunter22"));
    if (format != ReportWriter::Format::Pdf) {
        // The row-count table: each table with its count.
        QVERIFY(bytes.contains("users"));
        QVERIFY(bytes.contains("files"));
        QVERIFY(bytes.contains("123456") || bytes.contains("123,456") ||
                bytes.contains("123\xc2\xa0"
                               "456"));
        QVERIFY(bytes.contains("4711") || bytes.contains("4,711"));
    } else {
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.contains("%%EOF"));
    }
}

void tst_MainWindow::exportFollowsFormat()
{
    ReportExport dialog(sampleReport());
    dialog.setPath(QStringLiteral("/tmp/my-report.html"));
    dialog.setFormat(ReportWriter::Format::Pdf);
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/my-report.pdf"));
    dialog.setFormat(ReportWriter::Format::Markdown);
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/my-report.md"));
    dialog.setPath(QStringLiteral("/tmp/notes"));
    dialog.setFormat(ReportWriter::Format::Json);
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/notes.json"));
}

void tst_MainWindow::exportRefusesUnwritable()
{
    ReportExport dialog(sampleReport());
    dialog.setOpenAfterSaving(false);
    dialog.setPath(QStringLiteral("/nonexistent-folder/report.html"));
    dialog.show();
    QVERIFY(!dialog.save());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(!labelText(&dialog, "errorLabel").isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-folder/report.html")));
}

void tst_MainWindow::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString docker = dir.filePath(QStringLiteral("docker"));
    QVERIFY(writeAll(docker, "#!/bin/sh\nexit 0\n"));
    QFile::setPermissions(docker, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    AppSettings::setHealthUrl(QStringLiteral("http://localhost:8080/ping"));
    {
        SettingsDialog dialog;
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("healthEdit"))->text(),
                 QStringLiteral("http://localhost:8080/ping"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(), QString());
        QStringList languages;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        for (int i = 0; i < combo->count(); ++i)
            languages.append(combo->itemText(i));
        // System, then every language the binary ships (a test binary has no translations compiled in: English).
        const QStringList available = availableLanguages();
        QCOMPARE(languages.size(), available.size() + 1);
        QVERIFY(languages.contains(QStringLiteral("English")));
        if (available.contains(QStringLiteral("de")))
            QVERIFY2(languages.contains(QStringLiteral("Deutsch")), qPrintable(languages.join(u',')));
        if (available.contains(QStringLiteral("fr")))
            QVERIFY(languages.contains(QStringLiteral("Français")));

        dialog.findChild<QLineEdit *>(QStringLiteral("dockerEdit"))->setText(docker);
        QVERIFY(labelText(&dialog, "dockerHint").contains(docker));
        dialog.findChild<QLineEdit *>(QStringLiteral("backupEdit"))->setText(dir.path());
        dialog.findChild<QLineEdit *>(QStringLiteral("healthEdit"))
            ->setText(QStringLiteral("https://ente.example/ping"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        screenshot(&dialog, "settings.png");
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(AppSettings::dockerBinary(), QFileInfo(docker).absoluteFilePath());
    QCOMPARE(AppSettings::backupFolder(), QFileInfo(dir.path()).absoluteFilePath());
    QCOMPARE(AppSettings::healthUrl(), QStringLiteral("https://ente.example/ping"));
    QCOMPARE(AppSettings::language(), QStringLiteral("en"));

    // Opened again, the dialog shows what was saved; emptied, the docker field means docker on PATH.
    SettingsDialog again;
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("dockerEdit"))->text(), docker);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("en"));
    again.findChild<QLineEdit *>(QStringLiteral("dockerEdit"))->clear();
    again.findChild<QLineEdit *>(QStringLiteral("healthEdit"))->clear();
    QVERIFY(again.save());
    QCOMPARE(AppSettings::dockerBinary(), QString());
    QCOMPARE(AppSettings::healthUrl(), QString());
}

void tst_MainWindow::settingsValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("docker missing") << "dockerEdit"
                                    << "/nonexistent/docker"
                                    << "does not exist";
    QTest::newRow("docker not executable") << "dockerEdit"
                                           << "@plain"
                                           << "not an executable";
    QTest::newRow("docker is a folder") << "dockerEdit"
                                        << "@dir"
                                        << "not an executable";
    QTest::newRow("backup folder missing") << "backupEdit"
                                           << "/nonexistent/backups"
                                           << "does not exist";
    QTest::newRow("health ftp") << "healthEdit"
                                << "ftp://localhost/ping"
                                << "http or https";
    QTest::newRow("health no scheme") << "healthEdit"
                                      << "localhost:8080/ping"
                                      << "http or https";
    QTest::newRow("health no host") << "healthEdit"
                                    << "http:///ping"
                                    << "http or https";
}

void tst_MainWindow::settingsValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QTemporaryDir dir;
    if (value == QLatin1String("@plain")) {
        value = dir.filePath(QStringLiteral("plain"));
        QVERIFY(writeAll(value, "not a program"));
    } else if (value == QLatin1String("@dir")) {
        value = dir.path();
    }
    SettingsDialog dialog;
    dialog.show();
    dialog.findChild<QLineEdit *>(field)->setText(value);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.validationError().contains(error), qPrintable(dialog.validationError()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    // Nothing was saved.
    QCOMPARE(AppSettings::dockerBinary(), QString());
    QCOMPARE(AppSettings::backupFolder(), QString());
    QCOMPARE(AppSettings::healthUrl(), QString());
}

void tst_MainWindow::about()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(labelText(&dialog, "nameLabel").contains(QLatin1String(EDM_APP_NAME)));
    QVERIFY(labelText(&dialog, "nameLabel").contains(QLatin1String(EDM_VERSION)));
    QVERIFY(labelText(&dialog, "qtLabel").contains(QLatin1String(qVersion())));
    QVERIFY(labelText(&dialog, "qtLabel").contains(QLatin1String(QT_VERSION_STR)));
    QVERIFY2(labelText(&dialog, "yamlLabel").startsWith(QLatin1String("0.")),
             qPrintable(labelText(&dialog, "yamlLabel")));
    const QString licence = labelText(&dialog, "licenceLabel");
    QVERIFY2(licence.contains(QLatin1String("GNU General Public License, version 3 or later")), qPrintable(licence));
    QVERIFY2(licence.contains(QLatin1String("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">")),
             qPrintable(licence));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("licenceLabel"))->openExternalLinks());
    QVERIFY(labelText(&dialog, "linkLabel").contains(QLatin1String("https://")));
    screenshot(&dialog, "about.png");
}

void tst_MainWindow::dropBackupOpensBrowser()
{
    MainWindow window(m_project.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString file = QStringLiteral(EDM_TEST_DATA_DIR "/dumps/cluster.sql");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    auto *browser = window.findChild<BackupBrowser *>();
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QCOMPARE(browser->filePath(), file);
    QTRY_VERIFY(browser->summary().has_value());
    QCOMPARE(browser->summary()->verdict(), DumpSummary::Verdict::Complete);

    // Something else (a text file) is refused.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral(EDM_TEST_DATA_DIR "/dumps/notes.txt"))});
    QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_MainWindow::dropFolderOpensProject()
{
    QTemporaryDir other;
    QVERIFY(writeAll(other.filePath(QStringLiteral("docker-compose.yml")), composeFile()));
    MainWindow window(m_project.path());
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other.path())});
    QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(window.rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(QDir::cleanPath(QDir::fromNativeSeparators(window.wizard()->projectPage()->projectPath())),
                 QDir::cleanPath(other.path()));
    QVERIFY(!window.findChild<BackupBrowser *>());
}

void tst_MainWindow::geometryRemembered()
{
    {
        MainWindow window(m_project.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 700);
        QVERIFY(window.close());
    }
    QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    MainWindow again(m_project.path());
    QCOMPARE(again.size(), QSize(900, 700));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
