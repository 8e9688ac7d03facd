// SPDX-License-Identifier: GPL-3.0-or-later
// The details people notice on the pages (issue 14, point 8): the Verify page fits 800×600 and its rows table takes
// the spare room; preflight fixes read as one sentence with their SQL behind "Show commands"; the Backup Browser's
// file field is read-only and looks so; numbers follow the UI's locale (German: "1.081", never "1081" beside it).
#include "gui/BackupBrowser.h"
#include "gui/MigrationWizard.h"
#include "gui/PreflightPage.h"
#include "gui/VerifyPage.h"

#include "TestSupport.h"

#include <QCheckBox>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

MigrationReport::Check check(int i, MigrationReport::CheckResult result = MigrationReport::CheckResult::Pass)
{
    MigrationReport::Check c;
    c.id = QStringLiteral("check_%1").arg(i);
    c.title = QStringLiteral("Check number %1").arg(i);
    c.result = result;
    c.detail = QStringLiteral("A detail long enough to wrap once or twice in a table cell of a normal width, which is "
                              "what the verify step's checks say about the new server, number %1.")
                   .arg(i);
    return c;
}

} // namespace

class tst_PageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyPageFits800x600();
    void fixCommandsBehindToggle();
    void backupFileFieldReadOnly();
    void numbersInTheUiLocale();
    void cleanup();

private:
    QTemporaryDir m_dir;
};

void tst_PageLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_PageLayout::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_PageLayout::verifyPageFits800x600()
{
    // The page in a wizard set up as MigrationWizard is (modern style, the 48 px logo), shown on its own.
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    auto *verify = new VerifyPage;
    wizard.setPage(MigrationWizard::Verify, verify);
    wizard.resize(860, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Verify));
    verify->handleStepStarted(MigrationEngine::Step::Verify);
    for (int i = 0; i < 20; ++i)
        verify->handleCheck(check(i));
    QCoreApplication::processEvents();

    // What the wizard can shrink to on this page: its size hint and the minimum it sets itself from its layout.
    const QSize minimum = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
    QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));

    // The spare room goes to the rows table; the checks scroll.
    auto *checks = verify->findChild<QTableWidget *>(QStringLiteral("checkTable"));
    auto *rows = verify->findChild<QTableWidget *>(QStringLiteral("rowTable"));
    QTRY_VERIFY2(rows->height() > checks->height(),
                 qPrintable(QStringLiteral("rows %1, checks %2").arg(rows->height()).arg(checks->height())));
    wizard.resize(800, 600);
    QTRY_COMPARE(wizard.size(), QSize(800, 600));
    // Nothing on the page is squeezed below its minimum at 800×600.
    QTRY_VERIFY2(
        verify->height() >= verify->minimumSizeHint().height(),
        qPrintable(QStringLiteral("page %1 < %2").arg(verify->height()).arg(verify->minimumSizeHint().height())));
    QVERIFY(rows->height() >= 4 * rows->fontMetrics().lineSpacing());
}

void tst_PageLayout::fixCommandsBehindToggle()
{
    PreflightPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("checkTable"));
    auto *toggle = page.findChild<QCheckBox *>(QStringLiteral("commandsToggle"));
    QVERIFY(table && toggle);
    page.handleCheck(check(1));
    QVERIFY(!toggle->isVisible()); // nothing to show

    MigrationReport::Check fix = check(2, MigrationReport::CheckResult::Warn);
    fix.fix = QStringLiteral("Run the commands below in psql as a superuser.");
    fix.commands = QStringLiteral("ALTER DATABASE ente_db REFRESH COLLATION VERSION;\nALTER DATABASE postgres REFRESH "
                                  "COLLATION VERSION;");
    page.handleCheck(fix);
    QVERIFY(toggle->isVisible());
    QVERIFY(!toggle->isChecked());
    QVERIFY(toggle->text().contains(u'&'));
    const QString shortText = table->item(1, 1)->text();
    QVERIFY2(shortText.contains(fix.fix), qPrintable(shortText));
    QVERIFY2(!shortText.contains(QLatin1String("ALTER DATABASE")), qPrintable(shortText));

    toggle->setChecked(true);
    const QString longText = table->item(1, 1)->text();
    QVERIFY2(longText.contains(fix.fix), qPrintable(longText));
    QVERIFY2(longText.contains(QLatin1String("ALTER DATABASE ente_db REFRESH COLLATION VERSION;")),
             qPrintable(longText));
    QVERIFY(longText.contains(QLatin1String("ALTER DATABASE postgres")));
    toggle->setChecked(false);
    QVERIFY(!table->item(1, 1)->text().contains(QLatin1String("ALTER DATABASE")));
}

void tst_PageLayout::backupFileFieldReadOnly()
{
    BackupBrowser browser;
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *field = browser.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    QVERIFY(field);
    QVERIFY(field->isReadOnly());
    // It looks like text, not like a box to type into.
    QVERIFY(!field->hasFrame());
    QCOMPARE(field->palette().color(QPalette::Base), field->palette().color(QPalette::Window));
    field->setText(QStringLiteral("/backups/pg12.backup.sql"));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("typed"));
    QCOMPARE(field->text(), QStringLiteral("/backups/pg12.backup.sql"));
}

void tst_PageLayout::numbersInTheUiLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // cluster.sql (1,080 lines) and something after its end mark, from line 1,081 on.
    QByteArray bytes = readAll(QStringLiteral(EDM_TEST_DATA_DIR "/dumps/cluster.sql"));
    QCOMPARE(bytes.count('\n'), 1080);
    bytes += "SELECT 1;\nSELECT 2;\n";
    const QString path = m_dir.filePath(QStringLiteral("trailing.sql"));
    QVERIFY(writeAll(path, bytes));

    BackupBrowser browser;
    browser.show();
    QSignalSpy spy(&browser, &BackupBrowser::inspected);
    browser.openFile(path);
    QVERIFY(spy.wait(30000));
    auto *problems = browser.findChild<QListWidget *>(QStringLiteral("problemList"));
    QVERIFY(problems->count() >= 1);
    QString all;
    for (int i = 0; i < problems->count(); ++i)
        all += problems->item(i)->text() + u'\n';
    QVERIFY2(all.contains(QLatin1String("1.081")), qPrintable(all));
    // Never a number of four digits or more without the German group separator beside it.
    QVERIFY2(!all.contains(QRegularExpression(QStringLiteral("(?<![\\d.])\\d{4,}"))), qPrintable(all));
}

QTEST_MAIN(tst_PageLayout)
#include "tst_pagelayout.moc"
