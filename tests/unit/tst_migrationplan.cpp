// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationPlan: the target choice (15, 16, 17), the step images for every source flavour and target, and the
// refusal of a target that is not above the source.
#include "core/Redactor.h"
#include "core/compose/MigrationPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

namespace {

Expected<MigrationPlan> planFor(const QTemporaryDir &dir, const QString &image, int target)
{
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("test"), file.errorString()};
    file.write(QStringLiteral("services:\n"
                              "  postgres:\n"
                              "    image: %1\n"
                              "    environment:\n"
                              "      POSTGRES_USER: pguser\n"
                              "      POSTGRES_PASSWORD: pgpass\n"
                              "    volumes:\n"
                              "      - pgdata:/var/lib/postgresql/data\n"
                              "volumes:\n"
                              "  pgdata:\n")
                   .arg(image)
                   .toUtf8());
    file.close();
    MigrationPlan::Options options;
    options.target = target;
    return MigrationPlan::create(dir.path(), options, QProcessEnvironment());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The 1-based number of the first line that ends in a bare \n (no \r before it); 0 when every line ends in \r\n.
int firstBareNewline(const QByteArray &bytes)
{
    int line = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '\n')
            continue;
        if (i == 0 || bytes.at(i - 1) != '\r')
            return line;
        ++line;
    }
    return 0;
}

QStringList stepImages(const MigrationPlan &plan)
{
    QStringList images;
    for (const ImageEdit &step : plan.steps())
        images.append(step.image);
    return images;
}

} // namespace

class tst_MigrationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsOffered();
    void parseTarget_data();
    void parseTarget();
    void matrix_data();
    void matrix();
    void refusesTargetNotAboveSource_data();
    void refusesTargetNotAboveSource();
    void sameMajorIsAlreadyTarget_data();
    void sameMajorIsAlreadyTarget();
    void imageOverrides_data();
    void imageOverrides();
    void unsupportedTargetRefused_data();
    void unsupportedTargetRefused();
    void crlfKeptByDumpRestore_data();
    void crlfKeptByDumpRestore();
    void passwordOnChangedLineMasked_data();
    void passwordOnChangedLineMasked();
};

void tst_MigrationPlan::targetsOffered()
{
    QCOMPARE(MigrationPlan::supportedTargets(), (QList<int>{15, 16, 17, 18}));
    QCOMPARE(MigrationPlan::DefaultTarget, 16);
    QCOMPARE(MigrationPlan::Options().target, MigrationPlan::DefaultTarget);
    // One sentence each, naming the image the compose file ends with, and what it means for Ente's own files.
    for (int target : MigrationPlan::supportedTargets()) {
        const QString text = MigrationPlan::targetDescription(target);
        QVERIFY2(text.contains(QStringLiteral("postgres:%1").arg(target)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Ente")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("supported")), qPrintable(text));
        QVERIFY2(text.endsWith(u'.') && !text.contains(QLatin1String(". ")), qPrintable(text)); // one sentence
    }
    QVERIFY(MigrationPlan::targetDescription(15).contains(QLatin1String("current compose files")));
    QVERIFY(MigrationPlan::targetDescription(16).contains(QLatin1String("refuses 16 data")));
    QVERIFY(MigrationPlan::targetDescription(17).contains(QLatin1String("refuses 17 data")));
    QVERIFY(MigrationPlan::targetDescription(18).contains(QLatin1String("newest")));
    QVERIFY(MigrationPlan::targetDescription(18).contains(QLatin1String("mount moves")));
    QVERIFY(MigrationPlan::targetDescription(18).contains(QLatin1String("2030")));
}

void tst_MigrationPlan::parseTarget_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: refused
    QTest::newRow("15") << "15" << 15;
    QTest::newRow("16") << "16" << 16;
    QTest::newRow("17") << "17" << 17;
    QTest::newRow("spaces") << " 16 " << 16;
    QTest::newRow("12") << "12" << 0;
    QTest::newRow("14") << "14" << 0;
    QTest::newRow("18") << "18" << 18;
    QTest::newRow("19") << "19" << 0;
    QTest::newRow("16.4") << "16.4" << 0;
    QTest::newRow("word") << "abc" << 0;
    QTest::newRow("empty") << "" << 0;
}

void tst_MigrationPlan::parseTarget()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const Expected<int> target = MigrationPlan::parseTarget(text);
    if (expected == 0) {
        QVERIFY(!target);
        QCOMPARE(target.error().code, QStringLiteral("unsupported_target"));
        QVERIFY(target.error().message.toString().contains(QLatin1String("15, 16, 17 or 18")));
    } else {
        QVERIFY(target);
        QCOMPARE(*target, expected);
    }
}

void tst_MigrationPlan::matrix_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("images");

    struct Flavour
    {
        const char *source; ///< %1 is nothing; the source major is in the tag
        const char *upgradeSuffix;
        const char *finalPattern; ///< %1: the target major
    };
    // Every source flavour Ente installs have had, for every target: pgautoupgrade on the same C library (trixie for
    // every Debian source, Alpine for Alpine), then postgres in the same tag style, with the same registry or mirror.
    const Flavour flavours[] = {
        {"postgres:12", "-trixie", "postgres:%1"},
        {"postgres:12.22", "-trixie", "postgres:%1"},
        {"postgres:12-bookworm", "-trixie", "postgres:%1-trixie"},
        {"postgres:12.22-bookworm", "-trixie", "postgres:%1-trixie"},
        {"postgres:12-bullseye", "-trixie", "postgres:%1-trixie"},
        {"postgres:12-trixie", "-trixie", "postgres:%1-trixie"},
        {"postgres:12-alpine", "-alpine", "postgres:%1-alpine"},
        {"postgres:12-alpine3.19", "-alpine", "postgres:%1-alpine"},
        {"docker.io/library/postgres:12", "-trixie", "docker.io/library/postgres:%1"},
        {"docker.io/library/postgres:12-alpine", "-alpine", "docker.io/library/postgres:%1-alpine"},
        {"library/postgres:12", "-trixie", "library/postgres:%1"},
        {"mirror.gcr.io/library/postgres:12-trixie", "-trixie", "mirror.gcr.io/library/postgres:%1-trixie"},
        {"public.ecr.aws/docker/library/postgres:12", "-trixie", "public.ecr.aws/docker/library/postgres:%1"},
        {"postgres:13", "-trixie", "postgres:%1"},
        {"postgres:14-alpine", "-alpine", "postgres:%1-alpine"},
    };
    for (const Flavour &f : flavours) {
        for (int target : {15, 16, 17, 18}) {
            QTest::addRow("%s -> %d", f.source, target)
                << QString::fromLatin1(f.source) << target << QStringLiteral("needs_migration")
                << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1%2").arg(target).arg(f.upgradeSuffix),
                               QString::fromLatin1(f.finalPattern).arg(target)};
        }
    }
    // From Ente's current 15 files to 16, 17 or 18, in their flavour.
    for (int target : {16, 17, 18}) {
        QTest::addRow("postgres:15-trixie -> %d", target)
            << QStringLiteral("postgres:15-trixie") << target << QStringLiteral("needs_migration")
            << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1-trixie").arg(target),
                           QStringLiteral("postgres:%1-trixie").arg(target)};
        QTest::addRow("postgres:15 -> %d", target)
            << QStringLiteral("postgres:15") << target << QStringLiteral("needs_migration")
            << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1-trixie").arg(target),
                           QStringLiteral("postgres:%1").arg(target)};
    }
    // An upgrade already under way: only the final image is left, in pgautoupgrade's flavour.
    for (int target : {15, 16, 17, 18}) {
        QTest::addRow("pgautoupgrade alpine in progress -> %d", target)
            << QStringLiteral("pgautoupgrade/pgautoupgrade:%1-alpine").arg(target) << target
            << QStringLiteral("in_progress") << QStringList{QStringLiteral("postgres:%1-alpine").arg(target)};
        QTest::addRow("pgautoupgrade trixie in progress -> %d", target)
            << QStringLiteral("pgautoupgrade/pgautoupgrade:%1-trixie").arg(target) << target
            << QStringLiteral("in_progress") << QStringList{QStringLiteral("postgres:%1-trixie").arg(target)};
        QTest::addRow("pgautoupgrade bookworm in progress -> %d", target)
            << QStringLiteral("pgautoupgrade/pgautoupgrade:%1-bookworm").arg(target) << target
            << QStringLiteral("in_progress") << QStringList{QStringLiteral("postgres:%1").arg(target)};
    }
}

void tst_MigrationPlan::matrix()
{
    QFETCH(QString, source);
    QFETCH(int, target);
    QFETCH(QString, status);
    QFETCH(QStringList, images);

    QTemporaryDir dir;
    const Expected<MigrationPlan> plan = planFor(dir, source, target);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QCOMPARE(MigrationPlan::statusName(plan->status()), status);
    QCOMPARE(plan->target(), target);
    QCOMPARE(stepImages(*plan), images);
    // targetImages() is what the steps come from, and what the engine's rollback and the wizard show.
    QCOMPARE(MigrationPlan::targetImages(plan->service().ref, target).last(), images.last());
    // The steps' diffs name exactly those images.
    for (const ImageEdit &step : plan->steps())
        QVERIFY2(step.diff.contains(("+    image: " + step.image).toUtf8()), step.diff.constData());
    // Alpine ↔ Debian would change the text sort order: said when the images are Alpine.
    const bool alpine = source.contains(QLatin1String("alpine"));
    bool noted = false;
    for (const Text &warning : plan->warnings())
        noted = noted || warning.toString().contains(QLatin1String("Alpine-based"));
    QCOMPARE(noted, alpine);
}

void tst_MigrationPlan::refusesTargetNotAboveSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("target");
    QTest::newRow("16 -> 15") << "postgres:16" << 15;
    QTest::newRow("17 -> 15") << "postgres:17-alpine" << 15;
    QTest::newRow("17 -> 16") << "postgres:17" << 16;
    QTest::newRow("18 -> 17") << "postgres:18-trixie" << 17;
    QTest::newRow("16.4-bookworm -> 15") << "postgres:16.4-bookworm" << 15;
}

void tst_MigrationPlan::refusesTargetNotAboveSource()
{
    QFETCH(QString, source);
    QFETCH(int, target);
    QTemporaryDir dir;
    const Expected<MigrationPlan> plan = planFor(dir, source, target);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, QStringLiteral("target_not_above_source"));
    // Clear: both versions, and what to do.
    const QString message = plan.error().message.toString();
    QVERIFY2(message.contains(QStringLiteral("Postgres %1").arg(ImageRef::parse(source).majorText())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("target %1").arg(target)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("choose a target above")), qPrintable(message));
    QCOMPARE(plan.error().line, 3); // points at the image line
}

void tst_MigrationPlan::sameMajorIsAlreadyTarget_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("target");
    QTest::newRow("15 -> 15") << "postgres:15" << 15;
    QTest::newRow("15-trixie -> 15") << "postgres:15-trixie" << 15;
    QTest::newRow("16-alpine -> 16") << "postgres:16-alpine" << 16;
    QTest::newRow("17 -> 17") << "postgres:17" << 17;
}

void tst_MigrationPlan::sameMajorIsAlreadyTarget()
{
    QFETCH(QString, source);
    QFETCH(int, target);
    QTemporaryDir dir;
    const Expected<MigrationPlan> plan = planFor(dir, source, target);
    QVERIFY(plan);
    QCOMPARE(plan->status(), MigrationPlan::Status::AlreadyTarget);
    QVERIFY(plan->steps().isEmpty()); // nothing to change; migrate refuses with already_target
}

void tst_MigrationPlan::imageOverrides_data()
{
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("final");
    QTest::addColumn<QStringList>("images"); // empty: refused with unsupported_image
    QTest::addColumn<QString>("warning"); // a fragment of a warning, or ""
    QTest::newRow("the guide's exact tag")
        << "pgautoupgrade/pgautoupgrade:16-bookworm"
        << "" << QStringList{"pgautoupgrade/pgautoupgrade:16-bookworm", "postgres:16"} << "";
    QTest::newRow("mirror copies") << "mirror.example/pgautoupgrade/pgautoupgrade:16-trixie"
                                   << "mirror.gcr.io/library/postgres:16"
                                   << QStringList{"mirror.example/pgautoupgrade/pgautoupgrade:16-trixie",
                                                  "mirror.gcr.io/library/postgres:16"}
                                   << "";
    QTest::newRow("digest") << ""
                            << "postgres:16@sha256:0123abcd"
                            << QStringList{"pgautoupgrade/pgautoupgrade:16-trixie", "postgres:16@sha256:0123abcd"}
                            << "";
    QTest::newRow("different C libraries")
        << "pgautoupgrade/pgautoupgrade:16-alpine"
        << "" << QStringList{"pgautoupgrade/pgautoupgrade:16-alpine", "postgres:16"} << "different C libraries";
    QTest::newRow("not pgautoupgrade") << "postgres:16"
                                       << "" << QStringList{} << "";
    QTest::newRow("pgautoupgrade for another major") << "pgautoupgrade/pgautoupgrade:17-trixie"
                                                     << "" << QStringList{} << "";
    QTest::newRow("final not official") << ""
                                        << "ghcr.io/immich-app/postgres:16" << QStringList{} << "";
    QTest::newRow("final of another major") << ""
                                            << "postgres:15" << QStringList{} << "";
}

void tst_MigrationPlan::imageOverrides()
{
    QFETCH(QString, upgrade);
    QFETCH(QString, final);
    QFETCH(QStringList, images);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(planFor(dir, QStringLiteral("postgres:12"), 16)); // writes compose.yaml
    MigrationPlan::Options options;
    options.target = 16;
    options.upgradeImage = upgrade;
    options.finalImage = final;
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), options, QProcessEnvironment());
    if (images.isEmpty()) {
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, QStringLiteral("unsupported_image"));
        QVERIFY2(plan.error().message.toString().contains(upgrade.isEmpty() ? final : upgrade),
                 qPrintable(plan.error().message.toString()));
        return;
    }
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QCOMPARE(stepImages(*plan), images);
    if (!warning.isEmpty())
        QVERIFY2(toStringList(plan->warnings()).join(u'\n').contains(warning),
                 qPrintable(toStringList(plan->warnings()).join(u'\n')));
}

void tst_MigrationPlan::unsupportedTargetRefused_data()
{
    QTest::addColumn<int>("target");
    QTest::newRow("13") << 13;
    QTest::newRow("14") << 14;
    QTest::newRow("19") << 19;
    QTest::newRow("0") << 0;
}

void tst_MigrationPlan::unsupportedTargetRefused()
{
    QFETCH(int, target);
    QTemporaryDir dir;
    const Expected<MigrationPlan> plan = planFor(dir, QStringLiteral("postgres:12"), target);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, QStringLiteral("unsupported_target"));
    QVERIFY(plan.error().message.toString().contains(QLatin1String("15, 16, 17 or 18")));
}

void tst_MigrationPlan::crlfKeptByDumpRestore_data()
{
    QTest::addColumn<QString>("caseName"); // a folder of tests/data/compose
    QTest::newRow("crlf") << "07-crlf";
    QTest::newRow("bom, crlf, no final newline") << "75-bom-crlf-no-final-newline";
    QTest::newRow("crlf, volume declared last, no final newline") << "87-crlf-volume-last-no-final-newline";
}

void tst_MigrationPlan::crlfKeptByDumpRestore()
{
    // dump-restore changes the image and the mount and inserts the new volume's declaration: every line it writes
    // ends as the file's lines do.
    QFETCH(QString, caseName);
    const QString caseDir = QStringLiteral(EDM_TEST_DATA_DIR "/compose/") + caseName;
    const QByteArray original = readFile(caseDir + QStringLiteral("/project/compose.yaml"));
    QVERIFY(original.contains("\r\n"));
    QCOMPARE(firstBareNewline(original), 0);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("compose.yaml")), original));
    MigrationPlan::Options options;
    options.newVolume = true;
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), options, QProcessEnvironment());
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QCOMPARE(plan->steps().size(), 1);
    QVERIFY(plan->volumeSwitch().has_value());
    QVERIFY(plan->volumeSwitch()->declared);
    const QByteArray after = plan->steps().first().after;
    QVERIFY2(firstBareNewline(after) == 0,
             qPrintable(QStringLiteral("line %1 ends in a bare \\n").arg(firstBareNewline(after))));
    QCOMPARE(after.count("\r\n"), after.count('\n'));
    QVERIFY2(after.contains("  pgdata-pg16:\r\n"), after.constData());
    QVERIFY2(after.contains("      - pgdata-pg16:/var/lib/postgresql/data\r\n"), after.constData());
    if (const QString expected = caseDir + QStringLiteral("/expected/dump-restore/compose.yaml");
        QFile::exists(expected)) {
        QCOMPARE(after, readFile(expected));
    }
    // What is written is what was planned.
    QVERIFY(plan->steps().first().apply().ok());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("compose.yaml"))), after);
}

void tst_MigrationPlan::passwordOnChangedLineMasked_data()
{
    QTest::addColumn<QByteArray>("compose");
    QTest::addColumn<bool>("newVolume");
    QTest::addColumn<bool>("onChangedLine"); // else next to it: left out of the context
    const QByteArray oneLine = "services:\n"
                               "  postgres: {image: postgres:12, environment: {POSTGRES_USER: pguser, "
                               "POSTGRES_PASSWORD: Pw-on-the-line-7}, volumes: [\"pgdata:/var/lib/postgresql/data\"]}\n"
                               "volumes:\n"
                               "  pgdata:\n";
    const QByteArray withVolume = "services:\n"
                                  "  postgres: {\n"
                                  "    image: \"postgres:12\",\n"
                                  "    environment: {POSTGRES_PASSWORD: Pw-on-the-line-7}, volumes: [pgdata:/var/lib/"
                                  "postgresql/data]\n"
                                  "  }\n"
                                  "volumes:\n"
                                  "  pgdata:\n";
    QTest::newRow("image line, pgautoupgrade") << oneLine << false << true;
    QTest::newRow("image and volume line, dump-restore") << oneLine << true << true;
    QTest::newRow("volume line, dump-restore") << withVolume << true << true;
    QTest::newRow("next to the image line, pgautoupgrade") << withVolume << false << false;
}

void tst_MigrationPlan::passwordOnChangedLineMasked()
{
    QFETCH(QByteArray, compose);
    QFETCH(bool, newVolume);
    QFETCH(bool, onChangedLine);
    const QByteArray password = "Pw-on-the-line-7";
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("compose.yaml")), compose));
    MigrationPlan::Options options;
    options.newVolume = newVolume;
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), options, QProcessEnvironment());
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QCOMPARE(plan->service().credentials.password, QString::fromUtf8(password));
    QCOMPARE(plan->steps().size(), newVolume ? 1 : 2);
    const QByteArray mask = Redactor::mask().toUtf8();
    for (const ImageEdit &step : plan->steps()) {
        QVERIFY2(!step.diff.contains(password), step.diff.constData());
        QCOMPARE(step.diff.contains(mask), onChangedLine);
        // The file itself keeps the password as it is.
        QVERIFY(step.after.contains(password));
    }
    // plan --json: the same diffs, never the password.
    const QJsonObject json = plan->toJson();
    QVERIFY(!QJsonDocument(json).toJson().contains(password));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), plan->steps().size());
    for (const QJsonValue &step : steps) {
        const QString diff = step.toObject().value(QStringLiteral("diff")).toString();
        QVERIFY(!diff.isEmpty());
        QCOMPARE(diff.contains(Redactor::mask()), onChangedLine);
    }
    bool warned = false;
    for (const Text &warning : plan->warnings())
        warned = warned || warning.toString().contains(QLatin1String("shows masked"));
    QCOMPARE(warned, onChangedLine);
}

QTEST_GUILESS_MAIN(tst_MigrationPlan)
#include "tst_migrationplan.moc"
