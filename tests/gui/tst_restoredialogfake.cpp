// SPDX-License-Identifier: GPL-3.0-or-later
// The Backup Browser's Restore… dialog without the rig: its ServiceRestoreJob finds the container of a project named
// like the recorded one (tests/data/docker/recorded: edm-rec_postgres_1) and restores into it through the fakes
// tests/data/docker/fake/docker (listings) and tests/data/postgres/fake-docker (docker exec … psql).
#include "core/postgres/DumpInspector.h"
#include "gui/AppSettings.h"
#include "gui/RestoreDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;
using namespace edm::gui;

class tst_RestoreDialogFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsAndRestoresThroughTheJob();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void tst_RestoreDialogFake::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("edm-rec"));
    QVERIFY(QDir().mkpath(m_project));
    QFile compose(m_project + QStringLiteral("/compose.yaml"));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  postgres:\n    image: postgres:12\n    environment:\n      POSTGRES_USER: pguser\n"
                  "      POSTGRES_PASSWORD: pgpass\n      POSTGRES_DB: ente_db\n");
    compose.close();
    const QString script = m_dir.filePath(QStringLiteral("docker"));
    QFile wrapper(script);
    QVERIFY(wrapper.open(QIODevice::WriteOnly));
    wrapper.write("#!/bin/sh\ncmd=$1\n[ \"$cmd\" = --host ] && cmd=$3\n"
                  "[ \"$cmd\" = exec ] && exec \"$FAKE_PG_DOCKER\" \"$@\"\nexec \"$FAKE_ENGINE_DOCKER\" \"$@\"\n");
    wrapper.close();
    QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    AppSettings::setDockerBinary(script);
    qunsetenv("DOCKER_HOST");
    qunsetenv("COMPOSE_PROJECT_NAME");
    qputenv("FAKE_ENGINE_DOCKER", EDM_TEST_DATA_DIR "/docker/fake/docker");
    qputenv("FAKE_PG_DOCKER", EDM_TEST_DATA_DIR "/postgres/fake-docker");
    qputenv("FAKE_DOCKER_DATA", EDM_TEST_DATA_DIR "/docker/recorded");
    qputenv("FAKE_PG_DATA", EDM_TEST_DATA_DIR "/postgres/");
    qputenv("FAKE_DOCKER_COMPOSE_VERSION", "compose-v2.29-version");
    qputenv("FAKE_DOCKER_PS", "docker-ps-running");
    qputenv("FAKE_DOCKER_VOLUME", "docker-volume-ls");
    qputenv("FAKE_DOCKER_DEFAULT", "empty");
    qputenv("FAKE_RESTORE_COPY", m_dir.filePath(QStringLiteral("received.sql")).toUtf8());
}

void tst_RestoreDialogFake::findsAndRestoresThroughTheJob()
{
    const QString file = QStringLiteral(EDM_TEST_DATA_DIR "/postgres/small-cluster.sql");
    DumpInspector inspector;
    const Expected<DumpSummary> summary = inspector.inspectFile(file);
    QVERIFY(summary);
    RestoreDialog dialog(file, *summary, m_project);
    dialog.show();
    QSignalSpy looked(&dialog, &RestoreDialog::targetLookedUp);
    QTRY_VERIFY_WITH_TIMEOUT(!looked.isEmpty(), 30000);
    QVERIFY2(dialog.target().has_value(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("containerLabel"))->text()));
    QCOMPARE(dialog.target()->container, QStringLiteral("edm-rec_postgres_1"));
    QVERIFY(dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.confirmationText().contains(QLatin1String("edm-rec_postgres_1")));
    QVERIFY(!dialog.confirmationText().contains(QLatin1String("pgpass")));

    QSignalSpy finished(&dialog, &RestoreDialog::restoreFinished);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
    QVERIFY(box);
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            yes = button;
    }
    QVERIFY(yes);
    yes->click();
    QVERIFY(dialog.isRestoring());
    QVERIFY(finished.wait(60000));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(finished.first().first().toBool(), qPrintable(status));
    QVERIFY2(status.startsWith(QLatin1String("Restored 601 lines")), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("edm-rec_postgres_1")));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("received.sql"))));
    QVERIFY(!dialog.restoreButton()->isVisible());
}

QTEST_MAIN(tst_RestoreDialogFake)
#include "tst_restoredialogfake.moc"
