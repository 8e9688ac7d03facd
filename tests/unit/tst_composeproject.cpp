// SPDX-License-Identifier: GPL-3.0-or-later
// The compose engine against the test table in tests/data/compose (see its README.md for the format of a case).
#include "core/ErrorCodes.h"
#include "core/compose/MigrationPlan.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace edm;

using edm::test::readAll;

namespace {

QString casesDir()
{
    return QStringLiteral(EDM_TEST_DATA_DIR "/compose");
}

/// Every file under dir with its SHA-256, to prove that nothing on disk changed.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes.insert(path, QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
    }
    return hashes;
}

/// Every value written for POSTGRES_PASSWORD anywhere in the project: none may appear in what the engine reports.
QStringList passwordsIn(const QString &dir)
{
    static const QRegularExpression assignment(QStringLiteral("POSTGRES_PASSWORD\\s*[:=]\\s*[\"']?([^\\s\"'#]{6,})"));
    QStringList passwords;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString text = QString::fromUtf8(readAll(it.next()));
        for (auto m = assignment.globalMatch(text); m.hasNext();) {
            const QString value = m.next().captured(1);
            if (!value.startsWith(u'$'))
                passwords.append(value);
        }
    }
    return passwords;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QDir().mkpath(to);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

} // namespace

class tst_ComposeProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void atLeastThirtyCases();
    void applyWritesAtomicallyAndRefusesChangedFiles();
    void dumpRestorePlan_data();
    void dumpRestorePlan();
};

void tst_ComposeProject::table_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << QDir(casesDir()).filePath(name);
}

void tst_ComposeProject::table()
{
    QFETCH(QString, caseDir);
    const QJsonObject spec = QJsonDocument::fromJson(readAll(caseDir + QStringLiteral("/case.json"))).object();
    QVERIFY2(!spec.isEmpty(), "case.json missing or invalid");

    // Work on a copy, so that bind mounts and relative paths are the test's own; the original must not change.
    QTemporaryDir tmp;
    QVERIFY(copyTree(caseDir + QStringLiteral("/project"), tmp.filePath(QStringLiteral("project"))));
    const QString root = tmp.filePath(QStringLiteral("project"));
    const QString path = tmp.filePath(spec.value(QStringLiteral("path")).toString(QStringLiteral("project")));

    QProcessEnvironment env;
    const QJsonObject envSpec = spec.value(QStringLiteral("env")).toObject();
    for (auto it = envSpec.begin(); it != envSpec.end(); ++it)
        env.insert(it.key(), it.value().toString());

    MigrationPlan::Options options;
    options.service = spec.value(QStringLiteral("service")).toString();
    options.target = spec.value(QStringLiteral("target")).toInt(16);

    const auto before = snapshot(root);
    const Expected<MigrationPlan> plan = MigrationPlan::create(path, options, env);
    QCOMPARE(snapshot(root), before); // planning never writes

    if (spec.contains(QStringLiteral("error"))) {
        const QJsonObject error = spec.value(QStringLiteral("error")).toObject();
        QVERIFY2(!plan.ok(), "the plan succeeded, an error was expected");
        QCOMPARE(plan.error().code, error.value(QStringLiteral("code")).toString());
        if (error.contains(QStringLiteral("line")))
            QCOMPARE(plan.error().line, error.value(QStringLiteral("line")).toInt());
        if (error.contains(QStringLiteral("column")))
            QCOMPARE(plan.error().column, error.value(QStringLiteral("column")).toInt());
        QVERIFY(!plan.error().message.isEmpty());
        for (const QString &password : passwordsIn(root))
            QVERIFY2(!plan.error().message.toString().contains(password), qPrintable(plan.error().message.toString()));
        const QJsonObject errorJson = ErrorCode::toJson(plan.error()).value(QStringLiteral("error")).toObject();
        QCOMPARE(errorJson.keys(), (QStringList{"code", "column", "file", "line", "message"}));
        return;
    }

    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().code + u' ' + plan.error().message.toString()));
    const QJsonObject json = plan->toJson();
    // mount_move only when Postgres 18's mount moves, and then the case says where.
    QStringList keys{"compose_file", "credentials", "image", "image_line", "major",   "project_dir",
                     "service",      "status",      "steps", "volume",     "warnings"};
    if (spec.value(QStringLiteral("expect")).toObject().contains(QStringLiteral("mount_move")))
        keys.insert(keys.indexOf(QStringLiteral("project_dir")), QStringLiteral("mount_move"));
    QCOMPARE(json.keys(), keys);
    const QJsonObject expect = spec.value(QStringLiteral("expect")).toObject();
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (it.key() == QLatin1String("warnings_contain")) {
            const QString all = QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson();
            for (const QJsonValue &fragment : it.value().toArray())
                QVERIFY2(all.contains(fragment.toString()),
                         qPrintable(fragment.toString() + QStringLiteral(" not in ") + all));
        } else if (it.key() == QLatin1String("step_images")) {
            QStringList images;
            for (const ImageEdit &step : plan->steps())
                images.append(step.image);
            QCOMPARE(images, it.value().toVariant().toStringList());
        } else if (it.key() == QLatin1String("step_files")) {
            QStringList files;
            for (const ImageEdit &step : plan->steps())
                files.append(step.relativePath);
            QCOMPARE(files, it.value().toVariant().toStringList());
        } else if (it.key() == QLatin1String("volume") && it.value().isObject()) {
            const QJsonObject actual = json.value(QStringLiteral("volume")).toObject();
            const QJsonObject wanted = it.value().toObject();
            for (auto v = wanted.begin(); v != wanted.end(); ++v)
                QCOMPARE(actual.value(v.key()), v.value());
        } else {
            if (json.value(it.key()) != it.value()) {
                QFAIL(qPrintable(
                    QStringLiteral("%1: got %2, expected %3")
                        .arg(it.key(),
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{json.value(it.key())}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)))));
            }
        }
    }

    // The password never appears in what plan prints.
    QStringList passwords = passwordsIn(root);
    if (!plan->service().credentials.password.isEmpty())
        passwords.append(plan->service().credentials.password);
    for (const QString &password : std::as_const(passwords))
        QVERIFY2(!QJsonDocument(json).toJson().contains(password.toUtf8()), qPrintable(password));

    // Each step's bytes are exactly the expected ones, and its diff applies with patch -p1 on top of the last.
    const QString patch = QStandardPaths::findExecutable(QStringLiteral("patch"));
    QVERIFY2(!patch.isEmpty(), "patch(1) is needed; scripts/test installs it");
    QTemporaryDir patched;
    QVERIFY(copyTree(root, patched.path()));
    int number = 0;
    for (const ImageEdit &step : plan->steps()) {
        ++number;
        const QString expectedPath = caseDir + QStringLiteral("/expected/step%1/").arg(number) + step.relativePath;
        QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + QStringLiteral(" is missing")));
        QCOMPARE(step.after, readAll(expectedPath));
        QProcess process;
        process.setWorkingDirectory(patched.path());
        process.start(patch, {QStringLiteral("-p1"), QStringLiteral("--quiet"), QStringLiteral("--binary")});
        QVERIFY(process.waitForStarted());
        process.write(step.diff);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        QCOMPARE(readAll(patched.filePath(step.relativePath)), step.after);
    }
    if (plan->status() == MigrationPlan::Status::AlreadyTarget)
        QVERIFY(plan->steps().isEmpty());

    // Applying the steps for real writes exactly those bytes; the rest of the project stays byte-identical.
    for (const ImageEdit &step : plan->steps()) {
        const Status applied = step.apply();
        QVERIFY2(applied.ok(), qPrintable(applied.error().message.toString()));
        QCOMPARE(readAll(step.file), step.after);
    }
    auto after = snapshot(root);
    for (const ImageEdit &step : plan->steps()) {
        after.remove(step.file);
        auto copy = before;
        copy.remove(step.file);
        QCOMPARE(after, copy);
    }
}

void tst_ComposeProject::atLeastThirtyCases()
{
    QVERIFY(QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 30);
}

void tst_ComposeProject::applyWritesAtomicallyAndRefusesChangedFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    const QByteArray original = "services:\n  postgres:\n    image: postgres:12\n";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
    }
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY(plan.ok());
    const ImageEdit step = plan->steps().first();

    // Someone edits the file between plan and apply: nothing is written.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# edited by hand\n");
    }
    const QByteArray changed = readAll(file);
    const Status refused = step.apply();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("file_changed"));
    QCOMPARE(readAll(file), changed);

    // Back to the original: apply, apply again (idempotent), revert.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
    }
    QVERIFY(step.apply().ok());
    QCOMPARE(readAll(file), step.after);
    QVERIFY(step.apply().ok());
    QVERIFY(step.revert().ok());
    QCOMPARE(readAll(file), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"compose.yaml"}); // no leftovers

    // An unwritable folder: the error says so and the file is untouched.
    if (geteuid() != 0) { // root writes anyway
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const Status denied = step.apply();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, QStringLiteral("unwritable"));
        QCOMPARE(readAll(file), original);
    }
}

// The dump-restore method's plan: one edit (plain target image + the new volume, declared where the old one is), or a
// refusal that says why.
void tst_ComposeProject::dumpRestorePlan_data()
{
    QTest::addColumn<QByteArray>("compose");
    QTest::addColumn<QByteArray>("dotEnv");
    QTest::addColumn<QByteArray>("after"); // empty: refused
    QTest::addColumn<QString>("newSource"); // or the refusal's fragment
    QTest::newRow("ente named volume")
        << QByteArray("services:\n  postgres:\n    image: postgres:12\n    volumes:\n"
                      "      - postgres-data:/var/lib/postgresql/data\n\nvolumes:\n  postgres-data:\n")
        << QByteArray()
        << QByteArray("services:\n  postgres:\n    image: postgres:16\n    volumes:\n"
                      "      - postgres-data-pg16:/var/lib/postgresql/data\n\nvolumes:\n  postgres-data:\n"
                      "  postgres-data-pg16:\n")
        << "postgres-data-pg16";
    QTest::newRow("bind mount, trailing slash, alpine")
        << QByteArray("services:\n  db:\n    image: postgres:12-alpine\n    volumes:\n"
                      "      - ./pgdata/:/var/lib/postgresql/data:z\n      - ./init:/docker-entrypoint-initdb.d\n")
        << QByteArray()
        << QByteArray("services:\n  db:\n    image: postgres:16-alpine\n    volumes:\n"
                      "      - ./pgdata-pg16:/var/lib/postgresql/data:z\n      - ./init:/docker-entrypoint-initdb.d\n")
        << "/pgdata-pg16";
    QTest::newRow("image in .env") << QByteArray("services:\n  db:\n    image: ${PG_IMAGE}\n    volumes:\n"
                                                 "      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n")
                                   << QByteArray("PG_IMAGE=postgres:12\n") << QByteArray() << "different files";
    QTest::newRow("anonymous volume") << QByteArray("services:\n  db:\n    image: postgres:12\n    volumes:\n"
                                                    "      - /var/lib/postgresql/data\n")
                                      << QByteArray() << QByteArray() << "no volume to keep aside";
    QTest::newRow("volume name with a variable")
        << QByteArray("services:\n  db:\n    image: postgres:12\n    volumes:\n"
                      "      - ${VOL:-pg}:/var/lib/postgresql/data\nvolumes:\n  pg:\n")
        << QByteArray() << QByteArray() << "variables";
}

void tst_ComposeProject::dumpRestorePlan()
{
    QFETCH(QByteArray, compose);
    QFETCH(QByteArray, dotEnv);
    QFETCH(QByteArray, after);
    QFETCH(QString, newSource);
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(compose);
    }
    if (!dotEnv.isEmpty()) {
        QFile f(dir.filePath(QStringLiteral(".env")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(dotEnv);
    }
    MigrationPlan::Options options;
    options.newVolume = true;
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), options, QProcessEnvironment());
    if (after.isEmpty()) {
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("unsupported_volume"));
        QVERIFY2(plan.error().message.toString().contains(newSource), qPrintable(plan.error().message.toString()));
        return;
    }
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message.toString()));
    QCOMPARE(plan->steps().size(), 1);
    QCOMPARE(plan->steps().first().after, after);
    QVERIFY(plan->steps().first().diff.contains("-pg16"));
    QVERIFY(plan->volumeSwitch().has_value());
    QVERIFY2(plan->volumeSwitch()->newSource.endsWith(newSource), qPrintable(plan->volumeSwitch()->newSource));
    QVERIFY(plan->volumeSwitch()->newSource != plan->volumeSwitch()->oldSource);
    // The pgautoupgrade method of the same project keeps the volume and has two image steps.
    const Expected<MigrationPlan> inPlace = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY(inPlace.ok());
    QCOMPARE(inPlace->steps().size(), 2);
    QVERIFY(!inPlace->volumeSwitch().has_value());
}

QTEST_GUILESS_MAIN(tst_ComposeProject)
#include "tst_composeproject.moc"
