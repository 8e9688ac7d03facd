// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationEngine's backup file, headless against the fake docker (tests/support/EngineSupport.h): the default name
// carries the source's version and the time, an earlier backup under that name keeps its bytes (the engine takes the
// next free name), and a file the person named is replaced only when they said so.
#include "EngineSupport.h"

#include <QTest>

using namespace edm;
using namespace edm::test;

class TestEngineBackupName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_rig = std::make_unique<EngineRig>(); }
    void cleanup() { m_rig.reset(); }

    void defaultNameHasVersionAndTime();
    void earlierBackupStays();
    void chosenFileIsNotReplacedUnasked();
    void chosenFileReplacedWhenAgreed();

private:
    /// The engine's clock for these tests, and the name it gives the backup.
    static QDateTime when() { return QDateTime(QDate(2026, 12, 5), QTime(16, 12, 30), Qt::UTC); }
    QString nameAt(const QString &suffix = {}) const
    {
        return m_rig->projectDir() +
            QStringLiteral("/pg12.22-%1%2.backup.sql")
                .arg(when().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
    }
    std::unique_ptr<EngineDriver> driver(const MigrationEngine::Options &options) const
    {
        auto d = std::make_unique<EngineDriver>(options);
        d->engine()->setClock([] { return when(); });
        return d;
    }

    std::unique_ptr<EngineRig> m_rig;
};

void TestEngineBackupName::defaultNameHasVersionAndTime()
{
    MigrationEngine::Options options = m_rig->options();
    options.confirmBackup = true;
    auto d = driver(options);
    QString asked;
    d->answer = [&](const MigrationEngine::Confirmation &c) {
        // The name shown at the question is the name written.
        if (c.step == Step::Backup)
            asked = d->engine()->backupFile();
        return true;
    };
    QVERIFY(d->run(EngineDriver::Action::Start));
    QVERIFY2(d->result().error.isNull(), qPrintable(d->result().error.message.toString()));
    QCOMPARE(asked, nameAt());
    QCOMPARE(d->engine()->backupFile(), nameAt());
    QCOMPARE(d->engine()->report().backup->path, nameAt());
    QCOMPARE(readAll(nameAt()), readAll(engineData(QStringLiteral("cluster.sql"))));
}

void TestEngineBackupName::earlierBackupStays()
{
    // A backup of an earlier run in the same minute, and a stray sidecar of the next name.
    const QByteArray earlier = "-- the earlier backup\n";
    QVERIFY(writeAll(nameAt(), earlier));
    QVERIFY(writeAll(nameAt(QStringLiteral("-2")) + QStringLiteral(".json"), "{}"));
    auto d = driver(m_rig->options());
    QVERIFY(d->run(EngineDriver::Action::Start));
    QVERIFY2(d->result().error.isNull(), qPrintable(d->result().error.message.toString()));
    QCOMPARE(readAll(nameAt()), earlier);
    QCOMPARE(d->engine()->backupFile(), nameAt(QStringLiteral("-3")));
    QCOMPARE(m_rig->journal().value(QStringLiteral("backup")).toObject().value(QStringLiteral("path")).toString(),
             nameAt(QStringLiteral("-3")));
    QCOMPARE(readAll(nameAt(QStringLiteral("-3"))), readAll(engineData(QStringLiteral("cluster.sql"))));
}

void TestEngineBackupName::chosenFileIsNotReplacedUnasked()
{
    const QString chosen = m_rig->projectDir() + QStringLiteral("/mine.sql");
    const QByteArray earlier = "-- the person's own file\n";
    QVERIFY(writeAll(chosen, earlier));
    MigrationEngine::Options options = m_rig->options();
    options.confirmBackup = true;
    auto d = driver(options);
    d->answer = [&](const MigrationEngine::Confirmation &c) {
        if (c.step == Step::Backup)
            d->engine()->setBackupFile(chosen); // as the wizard does when no one said "replace"
        return true;
    };
    QVERIFY(d->run(EngineDriver::Action::Start));
    QCOMPARE(d->result().error.code, QStringLiteral("backup_exists"));
    QVERIFY(d->result().error.message.toString().contains(chosen));
    QCOMPARE(readAll(chosen), earlier);
    QCOMPARE(m_rig->journalState(), QStringLiteral("backup"));
    QVERIFY(m_rig->calls(dumpall).isEmpty());
    QVERIFY(m_rig->calls(composeDown).isEmpty());
}

void TestEngineBackupName::chosenFileReplacedWhenAgreed()
{
    const QString chosen = m_rig->projectDir() + QStringLiteral("/mine.sql");
    QVERIFY(writeAll(chosen, "-- the person's own file, to be replaced\n"));
    MigrationEngine::Options options = m_rig->options();
    options.confirmBackup = true;
    auto d = driver(options);
    d->answer = [&](const MigrationEngine::Confirmation &c) {
        if (c.step == Step::Backup)
            d->engine()->setBackupFile(chosen, true);
        return true;
    };
    QVERIFY(d->run(EngineDriver::Action::Start));
    QVERIFY2(d->result().error.isNull(), qPrintable(d->result().error.message.toString()));
    QCOMPARE(readAll(chosen), readAll(engineData(QStringLiteral("cluster.sql"))));
    QCOMPARE(d->engine()->backupFile(), chosen);
}

QTEST_GUILESS_MAIN(TestEngineBackupName)
#include "tst_engine_backupname.moc"
