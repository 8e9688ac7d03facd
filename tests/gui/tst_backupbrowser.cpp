// SPDX-License-Identifier: GPL-3.0-or-later
// The Backup Browser on the real dumps in tests/data/dumps (PostgreSQL 12.22, pg_dumpall 15.18): a complete one, a
// compressed one, cut-off ones and files that are not dumps; the SHA-256 against a sidecar (match, mismatch, none).
#include "core/postgres/BackupSidecar.h"
#include "gui/BackupBrowser.h"

#include "WidgetSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

QString dump(const char *name)
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/dumps/") + QLatin1String(name);
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

/// The top-level item named name, or null.
QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &name)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    }
    return nullptr;
}

/// Opens path in browser and waits until it has been read.
bool inspect(BackupBrowser &browser, const QString &path)
{
    QSignalSpy spy(&browser, &BackupBrowser::inspected);
    browser.openFile(path);
    return spy.wait(30000) && !browser.isInspecting();
}

} // namespace

class tst_BackupBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completeDump();
    void compressedDump();
    void truncatedInCopy();
    void footerMissing();
    void notADump_data();
    void notADump();
    void sidecarMatches();
    void sidecarMismatch();
    void sidecarOpensItsBackup();
    void stopWhileReading();
    void backupFiles_data();
    void backupFiles();
};

void tst_BackupBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
}

void tst_BackupBrowser::completeDump()
{
    BackupBrowser browser;
    browser.show();
    QVERIFY(inspect(browser, dump("cluster.sql")));
    QVERIFY(browser.summary().has_value());
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Complete);

    QVERIFY2(labelText(&browser, "verdictLabel").contains(QLatin1String("Complete.")),
             qPrintable(labelText(&browser, "verdictLabel")));
    QVERIFY(labelText(&browser, "formatLabel").contains(QLatin1String("pg_dumpall")));
    QVERIFY2(labelText(&browser, "serverLabel").contains(QLatin1String("PostgreSQL 12.22")),
             qPrintable(labelText(&browser, "serverLabel")));
    QVERIFY2(labelText(&browser, "toolLabel").contains(QLatin1String("15.18")),
             qPrintable(labelText(&browser, "toolLabel")));

    auto *databases = browser.findChild<QTreeWidget *>(QStringLiteral("databaseTree"));
    QVERIFY(databases);
    QTreeWidgetItem *ente = topItem(databases, QStringLiteral("ente_db"));
    QVERIFY(ente);
    QVERIFY(topItem(databases, QStringLiteral("ente-accounts")));
    QCOMPARE(child(ente, QStringLiteral("public.users"))->text(1), QStringLiteral("12"));
    QCOMPARE(child(ente, QStringLiteral("public.files"))->text(1), QStringLiteral("64"));
    QCOMPARE(child(ente, QStringLiteral("\"Audit\".\"Login Events\""))->text(1), QStringLiteral("7"));
    QCOMPARE(child(topItem(databases, QStringLiteral("ente-accounts")), QStringLiteral("public.accounts"))->text(1),
             QStringLiteral("23"));
    QCOMPARE(ente->text(1), QStringLiteral("134")); // 1 + 12 + 12 + 8 + 64 + 20 + 10 + 0 + 7

    auto *roles = browser.findChild<QTreeWidget *>(QStringLiteral("roleTree"));
    QStringList roleNames;
    for (int i = 0; i < roles->topLevelItemCount(); ++i)
        roleNames.append(roles->topLevelItem(i)->text(0) + u':' + roles->topLevelItem(i)->text(1));
    QVERIFY2(roleNames.contains(QStringLiteral("pguser:md5")), qPrintable(roleNames.join(u' ')));
    QVERIFY(roleNames.contains(QStringLiteral("museum:md5")));
    QVERIFY(roleNames.contains(QStringLiteral("ente_reader:SCRAM-SHA-256")));

    QCOMPARE(browser.findChild<QListWidget *>(QStringLiteral("problemList"))->count(), 0);
    QCOMPARE(browser.hashCheck(), BackupBrowser::HashCheck::NoSidecar);
    QCOMPARE(browser.sha256(), fileSha256(dump("cluster.sql")));
    QVERIFY(labelText(&browser, "shaLabel").contains(QLatin1String("no sidecar")));
    QVERIFY(browser.restoreButton()->isEnabled());
}

void tst_BackupBrowser::compressedDump()
{
    BackupBrowser browser;
    QVERIFY(inspect(browser, dump("cluster.sql.gz")));
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Complete);
    QVERIFY(browser.summary()->compressed);
    QVERIFY(labelText(&browser, "sizeLabel").contains(QLatin1String("gzip")));
    // The hash is the file's own (compressed) bytes, as sha256sum gives it.
    QCOMPARE(browser.sha256(), fileSha256(dump("cluster.sql.gz")));
    // psql takes plain SQL: the compressed file is not restored from here.
    QVERIFY(!browser.restoreButton()->isEnabled());
}

void tst_BackupBrowser::truncatedInCopy()
{
    BackupBrowser browser;
    browser.show();
    QVERIFY(inspect(browser, dump("cluster-truncated-in-copy.sql")));
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Incomplete);
    const QString verdict = labelText(&browser, "verdictLabel");
    QVERIFY2(verdict.contains(QLatin1String("Incomplete.")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QLatin1String("public.files")), qPrintable(verdict)); // says why: where it ends

    auto *problems = browser.findChild<QListWidget *>(QStringLiteral("problemList"));
    QVERIFY(problems->count() >= 1);
    auto *tabs = browser.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("problemsTab"));

    auto *databases = browser.findChild<QTreeWidget *>(QStringLiteral("databaseTree"));
    QTreeWidgetItem *files = child(topItem(databases, QStringLiteral("ente_db")), QStringLiteral("public.files"));
    QVERIFY(files);
    QCOMPARE(files->text(1), QStringLiteral("40"));
    QCOMPARE(files->text(2), QStringLiteral("cut off"));
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("databasesTab")));
    databases->scrollToItem(files);
    screenshot(&browser, "backup-browser-truncated.png");
}

void tst_BackupBrowser::footerMissing()
{
    BackupBrowser browser;
    QVERIFY(inspect(browser, dump("cluster-no-footer.sql")));
    QVERIFY(!browser.summary()->complete);
    QVERIFY(labelText(&browser, "verdictLabel").contains(QLatin1String("Incomplete.")));
    QVERIFY(browser.findChild<QListWidget *>(QStringLiteral("problemList"))->count() >= 1);
}

void tst_BackupBrowser::notADump_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("png") << dump("photo.png") << QStringLiteral("Not a plain SQL dump.");
    QTest::newRow("text") << dump("notes.txt") << QStringLiteral("Not a plain SQL dump.");
    QTest::newRow("empty") << dump("empty.sql") << QString();
    QTest::newRow("custom format") << dump("ente_db.dump") << QStringLiteral("pg_restore");
}

void tst_BackupBrowser::notADump()
{
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    BackupBrowser browser;
    QVERIFY(inspect(browser, file));
    QVERIFY(browser.summary().has_value());
    QVERIFY(browser.summary()->verdict() != DumpSummary::Verdict::Complete);
    QVERIFY(!labelText(&browser, "verdictLabel").contains(QLatin1String("Complete.")));
    if (!verdict.isEmpty())
        QVERIFY2(labelText(&browser, "verdictLabel").contains(verdict) ||
                     labelText(&browser, "formatLabel").contains(verdict),
                 qPrintable(labelText(&browser, "verdictLabel")));
    QVERIFY(!browser.restoreButton()->isEnabled());
}

void tst_BackupBrowser::sidecarMatches()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("pg12.backup.sql"));
    QVERIFY(QFile::copy(dump("cluster.sql"), copy));
    BackupSidecar sidecar;
    sidecar.appName = QStringLiteral("Ente DB Migration");
    sidecar.appVersion = QStringLiteral("0.1.0");
    sidecar.file = QStringLiteral("pg12.backup.sql");
    sidecar.sha256 = fileSha256(copy);
    sidecar.bytes = QFileInfo(copy).size();
    sidecar.service = QStringLiteral("postgres");
    sidecar.composeFile = dir.filePath(QStringLiteral("compose.yaml"));
    sidecar.finished = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
    sidecar.databases.append({QStringLiteral("ente_db"), 9 * 1024 * 1024, {}, {}, {}, {}, {}});
    QVERIFY(sidecar.write(BackupSidecar::pathFor(copy)));

    BackupBrowser browser;
    browser.show();
    QVERIFY(inspect(browser, copy));
    QCOMPARE(browser.hashCheck(), BackupBrowser::HashCheck::Match);
    QVERIFY2(labelText(&browser, "shaLabel").contains(QLatin1String("matches the sidecar")),
             qPrintable(labelText(&browser, "shaLabel")));
    QVERIFY(labelText(&browser, "shaLabel").contains(sidecar.sha256));
    QVERIFY2(labelText(&browser, "sidecarLabel").contains(QLatin1String("service postgres")),
             qPrintable(labelText(&browser, "sidecarLabel")));
    screenshot(&browser, "backup-browser.png");
}

void tst_BackupBrowser::sidecarMismatch()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("pg12.backup.sql"));
    QVERIFY(QFile::copy(dump("cluster.sql"), copy));
    BackupSidecar sidecar;
    sidecar.file = QStringLiteral("pg12.backup.sql");
    // The hash of the cut-off file: as if the backup had been replaced after the sidecar was written.
    sidecar.sha256 = fileSha256(dump("cluster-truncated-in-copy.sql"));
    QVERIFY(sidecar.write(BackupSidecar::pathFor(copy)));

    BackupBrowser browser;
    QVERIFY(inspect(browser, copy));
    QCOMPARE(browser.hashCheck(), BackupBrowser::HashCheck::Mismatch);
    QVERIFY2(labelText(&browser, "shaLabel").contains(QLatin1String("does NOT match")),
             qPrintable(labelText(&browser, "shaLabel")));
    QVERIFY(browser.findChild<QLabel *>(QStringLiteral("shaLabel"))->toolTip().contains(sidecar.sha256));

    // A sidecar that is not JSON: said so, the dump is still shown.
    QFile broken(BackupSidecar::pathFor(copy));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ not json");
    broken.close();
    QVERIFY(inspect(browser, copy));
    QCOMPARE(browser.hashCheck(), BackupBrowser::HashCheck::SidecarUnreadable);
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Complete);
}

void tst_BackupBrowser::sidecarOpensItsBackup()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("pg12.backup.sql"));
    QVERIFY(QFile::copy(dump("cluster.sql"), copy));
    BackupSidecar sidecar;
    sidecar.file = QStringLiteral("pg12.backup.sql");
    sidecar.sha256 = fileSha256(copy);
    QVERIFY(sidecar.write(BackupSidecar::pathFor(copy)));

    BackupBrowser browser;
    QVERIFY(inspect(browser, BackupSidecar::pathFor(copy)));
    QCOMPARE(browser.filePath(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(browser.hashCheck(), BackupBrowser::HashCheck::Match);
}

void tst_BackupBrowser::stopWhileReading()
{
    // A dump large enough that reading it takes a while: the Stop button ends it without waiting.
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.sql"));
    {
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QFile in(dump("cluster.sql"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        for (int i = 0; i < 2000; ++i) // about 80 MB
            out.write(bytes);
    }
    BackupBrowser browser;
    browser.show();
    QSignalSpy spy(&browser, &BackupBrowser::inspected);
    browser.openFile(big);
    QVERIFY(browser.isInspecting());
    auto *stop = browser.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(stop && stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!browser.isInspecting());
    QVERIFY(labelText(&browser, "verdictLabel").contains(QLatin1String("was stopped")));
    QVERIFY(!browser.summary().has_value());
    // Opening another file right away works; the stopped reader's late result is ignored.
    QVERIFY(inspect(browser, dump("cluster.sql")));
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Complete);
    QTest::qWait(200);
    QCOMPARE(browser.summary()->verdict(), DumpSummary::Verdict::Complete);
}

void tst_BackupBrowser::backupFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("backup");
    QTest::newRow("sql") << dump("cluster.sql") << true;
    QTest::newRow("sql.gz") << dump("cluster.sql.gz") << true;
    QTest::newRow("pg_dump -Fc") << dump("ente_db.dump") << true;
    QTest::newRow("json without backup") << dump("no-such.sql.json") << false;
    QTest::newRow("yaml") << QStringLiteral("/tmp/compose.yaml") << false;
    QTest::newRow("txt") << dump("notes.txt") << false;
}

void tst_BackupBrowser::backupFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, backup);
    QCOMPARE(BackupBrowser::isBackupFile(path), backup);
}

QTEST_MAIN(tst_BackupBrowser)
#include "tst_backupbrowser.moc"
