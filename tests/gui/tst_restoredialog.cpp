// SPDX-License-Identifier: GPL-3.0-or-later
// The Backup Browser's Restore… dialog against the real rig (tests/rig): a compose project of its own with a fresh
// postgres:16 service; the dialog finds its running container, the confirmation names what the restore writes into,
// and the real dump tests/data/dumps/cluster.sql arrives, every row. Skipped when the rig's engine does not answer
// (run `tests/rig/rig up && eval "$(tests/rig/rig env)"` first).
#include "core/docker/DockerCli.h"
#include "core/postgres/DumpInspector.h"
#include "gui/RestoreDialog.h"

#include "TestSupport.h"

#include <QDialogButtonBox>
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
using namespace edm::test;

namespace {

QString composeProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
    return found.isEmpty() ? QStringLiteral("docker-compose") : found;
}

} // namespace

class tst_RestoreDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noProjectSaysWhy();
    void restoresIntoTheService();

private:
    QTemporaryDir m_root;
    QString m_project;
    QString m_name;
    bool m_up = false;
};

void tst_RestoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST"))
        QSKIP("DOCKER_HOST is not set: run `tests/rig/rig up && eval \"$(tests/rig/rig env)\"` for this test");
    const Run version =
        run(QStringLiteral("docker"),
            {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, {}, 20000);
    if (version.code != 0)
        QSKIP(qPrintable(QStringLiteral("the docker engine at %1 does not answer: %2")
                             .arg(qEnvironmentVariable("DOCKER_HOST"), QString::fromUtf8(version.err.trimmed()))));

    m_name = QStringLiteral("w2restore%1").arg(QCoreApplication::applicationPid());
    m_project = m_root.filePath(m_name);
    QVERIFY(QDir().mkpath(m_project));
    QFile compose(m_project + QStringLiteral("/compose.yaml"));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n"
                  "  postgres:\n"
                  "    image: postgres:16\n"
                  "    network_mode: none\n"
                  "    environment:\n"
                  "      POSTGRES_USER: pguser\n"
                  "      POSTGRES_PASSWORD: pgpass\n"
                  "      POSTGRES_DB: ente_db\n"
                  "    volumes:\n"
                  "      - data:/var/lib/postgresql/data\n"
                  "volumes:\n"
                  "  data:\n");
    compose.close();
    const Run up =
        run(composeProgram(), {QStringLiteral("-p"), m_name, QStringLiteral("up"), QStringLiteral("-d")}, m_project);
    QVERIFY2(up.code == 0, up.err.constData());
    m_up = true;
    // Ready when psql answers over TCP in the container (initdb's temporary server does not listen on TCP).
    const QString container = m_name + QStringLiteral("_postgres_1");
    bool ready = false;
    for (int i = 0; i < 240 && !ready; ++i) {
        const Run ping = run(QStringLiteral("docker"),
                             {QStringLiteral("exec"), container, QStringLiteral("pg_isready"), QStringLiteral("-q"),
                              QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-U"),
                              QStringLiteral("pguser"), QStringLiteral("-d"), QStringLiteral("ente_db")},
                             {}, 20000);
        ready = ping.code == 0;
        if (!ready)
            QTest::qWait(500);
    }
    QVERIFY2(ready, "the postgres:16 service did not get ready");
}

void tst_RestoreDialog::cleanupTestCase()
{
    if (!m_up)
        return;
    const Run down =
        run(composeProgram(), {QStringLiteral("-p"), m_name, QStringLiteral("down"), QStringLiteral("-v")}, m_project);
    if (down.code != 0)
        qWarning("docker-compose down failed (%d): %s", down.code, down.err.constData());
}

void tst_RestoreDialog::noProjectSaysWhy()
{
    QTemporaryDir empty;
    DumpInspector inspector;
    const Expected<DumpSummary> summary = inspector.inspectFile(QStringLiteral(EDM_TEST_DATA_DIR "/dumps/cluster.sql"));
    QVERIFY(summary);
    RestoreDialog dialog(QStringLiteral(EDM_TEST_DATA_DIR "/dumps/cluster.sql"), *summary, empty.path());
    dialog.show();
    QVERIFY(!dialog.target().has_value());
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("containerLabel"))->text().isEmpty());
}

void tst_RestoreDialog::restoresIntoTheService()
{
    const QString file = QStringLiteral(EDM_TEST_DATA_DIR "/dumps/cluster.sql");
    DumpInspector inspector;
    const Expected<DumpSummary> summary = inspector.inspectFile(file);
    QVERIFY(summary);

    RestoreDialog dialog(file, *summary, m_project);
    dialog.show();
    QSignalSpy looked(&dialog, &RestoreDialog::targetLookedUp);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.target().has_value() || !looked.isEmpty(), 60000);
    QVERIFY2(dialog.target().has_value(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("containerLabel"))->text()));
    const QString container = dialog.target()->container;
    QCOMPARE(container, m_name + QStringLiteral("_postgres_1"));
    QVERIFY(dialog.restoreButton()->isEnabled());

    // The confirmation names the file, the service, the container, the project, the databases and the roles.
    const QString question = dialog.confirmationText();
    for (const QString &expected :
         {QStringLiteral("cluster.sql"), QStringLiteral("service postgres"), container,
          QStringLiteral("ente_db (tables: 9, rows: 134)"), QStringLiteral("ente-accounts (tables: 2, rows: 32)"),
          QStringLiteral("museum"), QStringLiteral("ente_reader")}) {
        QVERIFY2(question.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + question));
    }

    // Restore… asks first; Cancel restores nothing.
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), question);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation")));
    QVERIFY(!dialog.isRestoring());

    // Yes: the dump goes in, every row arrives.
    QSignalSpy finished(&dialog, &RestoreDialog::restoreFinished);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    box = dialog.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
    QVERIFY(box);
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            yes = button;
    }
    QVERIFY(yes);
    yes->click();
    QVERIFY(finished.wait(180000));
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(finished.first().first().toBool(), qPrintable(status));
    QVERIFY2(status.startsWith(QLatin1String("Restored")), qPrintable(status));

    const Run count =
        run(QStringLiteral("docker"),
            {QStringLiteral("exec"), QStringLiteral("-e"), QStringLiteral("PGPASSWORD=pgpass"), container,
             QStringLiteral("psql"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-U"),
             QStringLiteral("pguser"), QStringLiteral("-d"), QStringLiteral("ente_db"), QStringLiteral("-Atc"),
             QStringLiteral("select (select count(*) from users) || ' ' || (select count(*) from files) "
                            "|| ' ' || (select count(*) from \"Audit\".\"Login Events\")")},
            {}, 60000);
    QVERIFY2(count.code == 0, count.err.constData());
    QCOMPARE(count.out.trimmed(), QByteArray("12 64 7"));
    // Done: the dialog offers no second restore into the same server.
    QVERIFY(!dialog.restoreButton()->isVisible());
}

QTEST_MAIN(tst_RestoreDialog)
#include "tst_restoredialog.moc"
