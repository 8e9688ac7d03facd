// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DiffView.h"
#include "gui/MigrationWizard.h"
#include "gui/ProjectPage.h"

#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

class tst_ProjectPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsServiceAndDiff();
    void errorDisablesNext();
    void chooseAmongSeveralServices();
    void targetChangesTheDiff();
    void remembersRecentProjects();
};

void tst_ProjectPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
}

void tst_ProjectPage::showsServiceAndDiff()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"),
                     "services:\n  db:\n    image: postgres:12 # ente\n    environment:\n"
                     "      - POSTGRES_USER=pguser\n      - POSTGRES_PASSWORD=hunter22\n"
                     "    volumes:\n      - ./pgdata:/var/lib/postgresql/data\n"));
    MigrationWizard wizard(dir.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    ProjectPage *page = wizard.projectPage();
    QVERIFY(page->plan().has_value());
    QVERIFY(labelText(page, "imageValue").contains(QStringLiteral("postgres:12 (compose.yaml, line 3)")));
    QCOMPARE(labelText(page, "versionValue"), QStringLiteral("12 → 16"));
    QVERIFY(labelText(page, "volumeValue").contains(QStringLiteral("(folder) on /var/lib/postgresql/data")));
    QVERIFY(labelText(page, "userValue").startsWith(QStringLiteral("pguser, database pguser, password ••••••")));
    QVERIFY(!labelText(page, "userValue").contains(QStringLiteral("hunter22")));
    QVERIFY(labelText(page, "warningsLabel").contains(QStringLiteral("does not exist")));
    auto *diff = page->findChild<DiffView *>(QStringLiteral("diffView"));
    QVERIFY(diff);
    QVERIFY(diff->toPlainText().contains(QStringLiteral("+    image: pgautoupgrade/pgautoupgrade:16-bookworm # ente")));
    QVERIFY(diff->toPlainText().contains(QStringLiteral("-    image: postgres:12 # ente")));
    QVERIFY(page->isComplete());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled() || wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_ProjectPage::errorDisablesNext()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), "services:\n  db:\n    image: postgres:12\n   bad: x\n"));
    MigrationWizard wizard(dir.path());
    wizard.show();
    ProjectPage *page = wizard.projectPage();
    QVERIFY(!page->plan());
    QCOMPARE(page->error().code, QStringLiteral("invalid_yaml"));
    auto *error = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("line 4")));
    QVERIFY(!page->isComplete());

    // Fixing the file and choosing the folder again clears the error.
    QVERIFY(writeAll(dir.filePath("compose.yaml"), "services:\n  db:\n    image: postgres:12\n"));
    page->setProjectPath(dir.path());
    QVERIFY(page->plan());
    QVERIFY(!error->isVisible());
    QVERIFY(page->isComplete());
}

void tst_ProjectPage::chooseAmongSeveralServices()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"),
                     "services:\n  old:\n    image: postgres:12\n  other:\n    image: postgres:13-alpine\n"));
    MigrationWizard wizard(dir.path());
    ProjectPage *page = wizard.projectPage();
    QCOMPARE(page->error().code, QStringLiteral("ambiguous_service"));
    auto *services = page->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    QVERIFY(services->isEnabled());
    QCOMPARE(services->count(), 2);
    services->setCurrentIndex(services->findText(QStringLiteral("other")));
    Q_EMIT services->activated(services->currentIndex());
    QVERIFY(page->plan());
    QCOMPARE(page->plan()->service().name, QStringLiteral("other"));
    QCOMPARE(page->plan()->steps().first().image, QStringLiteral("pgautoupgrade/pgautoupgrade:16-alpine"));
}

void tst_ProjectPage::targetChangesTheDiff()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), "services:\n  db:\n    image: postgres:12\n"));
    MigrationWizard wizard(dir.path());
    ProjectPage *page = wizard.projectPage();
    auto *target = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    target->setCurrentIndex(target->findData(15));
    QCOMPARE(page->plan()->steps().last().image, QStringLiteral("postgres:15"));
    QVERIFY(labelText(page, "targetHint").contains(QStringLiteral("postgres:15")));
    QVERIFY(page->findChild<DiffView *>(QStringLiteral("diffView"))
                ->toPlainText()
                .contains(QStringLiteral(":15-bookworm")));
    // Each choice says in one sentence what it means for an Ente install.
    QCOMPARE(target->count(), 3);
    for (int major : {15, 16, 17}) {
        const int index = target->findData(major);
        QVERIFY(index >= 0);
        QCOMPARE(target->itemData(index, Qt::ToolTipRole).toString(), MigrationPlan::targetDescription(major));
        QVERIFY(MigrationPlan::targetDescription(major).contains(QStringLiteral("postgres:%1").arg(major)));
    }
    target->setCurrentIndex(target->findData(17));
    QCOMPARE(page->plan()->steps().last().image, QStringLiteral("postgres:17"));
    QCOMPARE(labelText(page, "targetHint"), MigrationPlan::targetDescription(17));
}

void tst_ProjectPage::remembersRecentProjects()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), "services:\n  db:\n    image: postgres:12\n"));
    MigrationWizard wizard(dir.path());
    QVERIFY(wizard.projectPage()->validatePage());
    QCOMPARE(ProjectPage::recentProjects().first(), QDir::toNativeSeparators(dir.path()));
}

QTEST_MAIN(tst_ProjectPage)
#include "tst_projectpage.moc"
