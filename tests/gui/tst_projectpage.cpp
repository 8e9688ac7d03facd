// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DiffView.h"
#include "gui/MigrationWizard.h"
#include "gui/ProjectPage.h"

#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
    void eighteenMovesTheMountInTheSameDiff();
    void advancedImages();
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
    QVERIFY(diff->toPlainText().contains(QStringLiteral("+    image: pgautoupgrade/pgautoupgrade:16-trixie # ente")));
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
    QVERIFY(
        page->findChild<DiffView *>(QStringLiteral("diffView"))->toPlainText().contains(QStringLiteral(":15-trixie")));
    // Each choice says in one sentence what it means for an Ente install.
    QCOMPARE(target->count(), 4);
    for (int major : {15, 16, 17, 18}) {
        const int index = target->findData(major);
        QVERIFY(index >= 0);
        QCOMPARE(target->itemData(index, Qt::ToolTipRole).toString(), MigrationPlan::targetDescription(major));
        QVERIFY(MigrationPlan::targetDescription(major).contains(QStringLiteral("postgres:%1").arg(major)));
    }
    target->setCurrentIndex(target->findData(17));
    QCOMPARE(page->plan()->steps().last().image, QStringLiteral("postgres:17"));
    QCOMPARE(labelText(page, "targetHint"), MigrationPlan::targetDescription(17));
}

void tst_ProjectPage::eighteenMovesTheMountInTheSameDiff()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"),
                     "services:\n  postgres:\n    image: postgres:15\n    volumes:\n      - "
                     "postgres-data:/var/lib/postgresql/data\nvolumes:\n  postgres-data:\n"));
    MigrationWizard wizard(dir.path());
    ProjectPage *page = wizard.projectPage();
    auto *target = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    target->setCurrentIndex(target->findData(18));
    QVERIFY(page->plan());
    QVERIFY(page->plan()->mountMove());
    const QString diff = page->findChild<DiffView *>(QStringLiteral("diffView"))->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("+    image: pgautoupgrade/pgautoupgrade:18-trixie")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+      - postgres-data:/var/lib/postgresql\n")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("-      - postgres-data:/var/lib/postgresql/data")), qPrintable(diff));
    QVERIFY(labelText(page, "targetHint").contains(QStringLiteral("newest")));
}

void tst_ProjectPage::advancedImages()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath("compose.yaml"), "services:\n  db:\n    image: postgres:12\n"));
    MigrationWizard wizard(dir.path());
    ProjectPage *page = wizard.projectPage();
    auto *group = page->findChild<QCheckBox *>(QStringLiteral("imagesCheck"));
    auto *upgrade = page->findChild<QLineEdit *>(QStringLiteral("upgradeImageEdit"));
    auto *final = page->findChild<QLineEdit *>(QStringLiteral("finalImageEdit"));
    QVERIFY(group && upgrade && final);
    // Collapsed by default; the app's choice shows as the placeholder.
    QVERIFY(!group->isChecked());
    QVERIFY(!upgrade->isVisibleTo(page));
    QCOMPARE(upgrade->placeholderText(), QStringLiteral("pgautoupgrade/pgautoupgrade:16-trixie"));
    QCOMPARE(final->placeholderText(), QStringLiteral("postgres:16"));
    // Typed while collapsed: ignored.
    upgrade->setText(QStringLiteral("pgautoupgrade/pgautoupgrade:16-bookworm"));
    QCOMPARE(page->upgradeImage(), QString());
    group->setChecked(true);
    QVERIFY(upgrade->isVisibleTo(page));
    QCOMPARE(page->upgradeImage(), QStringLiteral("pgautoupgrade/pgautoupgrade:16-bookworm"));
    QVERIFY(page->plan());
    QCOMPARE(page->plan()->steps().first().image, QStringLiteral("pgautoupgrade/pgautoupgrade:16-bookworm"));
    // A final image that is not the official one: the page says why and cannot go on.
    final->setText(QStringLiteral("ghcr.io/immich-app/postgres:16"));
    Q_EMIT final->textEdited(final->text());
    QTRY_VERIFY(!page->plan());
    QVERIFY(labelText(page, "errorLabel").contains(QStringLiteral("not the official postgres image")));
    QVERIFY(!page->isComplete());
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
