// MigrationPlan: the target choice (15, 16, 17), the step images for every source flavour and target, and the
// refusal of a target that is not above the source.
#include "core/compose/MigrationPlan.h"

#include <QFile>
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
    void unsupportedTargetRefused_data();
    void unsupportedTargetRefused();
};

void tst_MigrationPlan::targetsOffered()
{
    QCOMPARE(MigrationPlan::supportedTargets(), (QList<int>{15, 16, 17}));
    QCOMPARE(MigrationPlan::DefaultTarget, 16);
    QCOMPARE(MigrationPlan::Options().target, MigrationPlan::DefaultTarget);
    // One sentence each, naming the image the compose file ends with, and what it means for Ente's own files.
    for (int target : MigrationPlan::supportedTargets()) {
        const QString text = MigrationPlan::targetDescription(target);
        QVERIFY2(text.contains(QStringLiteral("postgres:%1").arg(target)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Ente")), qPrintable(text));
        QVERIFY2(text.endsWith(u'.') && !text.contains(QLatin1String(". ")), qPrintable(text)); // one sentence
    }
    QVERIFY(MigrationPlan::targetDescription(15).contains(QLatin1String("current compose files")));
    QVERIFY(MigrationPlan::targetDescription(16).contains(QLatin1String("refuses 16 data")));
    QVERIFY(MigrationPlan::targetDescription(17).contains(QLatin1String("refuses 17 data")));
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
    QTest::newRow("18") << "18" << 0;
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
        QVERIFY(target.error().message.contains(QLatin1String("15, 16 or 17")));
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
    // Every source flavour Ente installs have had, for every target: pgautoupgrade in the same flavour (Debian
    // without a flavour means bookworm there), then postgres in the same flavour, with the same registry prefix.
    const Flavour flavours[] = {
        {"postgres:12", "-bookworm", "postgres:%1"},
        {"postgres:12.22", "-bookworm", "postgres:%1"},
        {"postgres:12-bookworm", "-bookworm", "postgres:%1-bookworm"},
        {"postgres:12.22-bookworm", "-bookworm", "postgres:%1-bookworm"},
        {"postgres:12-bullseye", "-bookworm", "postgres:%1"},
        {"postgres:12-trixie", "-trixie", "postgres:%1-trixie"},
        {"postgres:12-alpine", "-alpine", "postgres:%1-alpine"},
        {"postgres:12-alpine3.19", "-alpine", "postgres:%1-alpine"},
        {"docker.io/library/postgres:12", "-bookworm", "docker.io/library/postgres:%1"},
        {"docker.io/library/postgres:12-alpine", "-alpine", "docker.io/library/postgres:%1-alpine"},
        {"mirror.example:5000/postgres:12-trixie", "-trixie", "mirror.example:5000/postgres:%1-trixie"},
        {"postgres:13", "-bookworm", "postgres:%1"},
        {"postgres:14-alpine", "-alpine", "postgres:%1-alpine"},
    };
    for (const Flavour &f : flavours) {
        for (int target : {15, 16, 17}) {
            QTest::addRow("%s -> %d", f.source, target)
                << QString::fromLatin1(f.source) << target << QStringLiteral("needs_migration")
                << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1%2").arg(target).arg(f.upgradeSuffix),
                               QString::fromLatin1(f.finalPattern).arg(target)};
        }
    }
    // From Ente's current 15 files to 16 or 17, in their flavour.
    for (int target : {16, 17}) {
        QTest::addRow("postgres:15-trixie -> %d", target)
            << QStringLiteral("postgres:15-trixie") << target << QStringLiteral("needs_migration")
            << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1-trixie").arg(target),
                           QStringLiteral("postgres:%1-trixie").arg(target)};
        QTest::addRow("postgres:15 -> %d", target)
            << QStringLiteral("postgres:15") << target << QStringLiteral("needs_migration")
            << QStringList{QStringLiteral("pgautoupgrade/pgautoupgrade:%1-bookworm").arg(target),
                           QStringLiteral("postgres:%1").arg(target)};
    }
    // An upgrade already under way: only the final image is left, in pgautoupgrade's flavour.
    for (int target : {15, 16, 17}) {
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
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
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
    for (const QString &warning : plan->warnings())
        noted = noted || warning.contains(QLatin1String("Alpine-based"));
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
    const QString message = plan.error().message;
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

void tst_MigrationPlan::unsupportedTargetRefused_data()
{
    QTest::addColumn<int>("target");
    QTest::newRow("13") << 13;
    QTest::newRow("14") << 14;
    QTest::newRow("18") << 18;
    QTest::newRow("0") << 0;
}

void tst_MigrationPlan::unsupportedTargetRefused()
{
    QFETCH(int, target);
    QTemporaryDir dir;
    const Expected<MigrationPlan> plan = planFor(dir, QStringLiteral("postgres:12"), target);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, QStringLiteral("unsupported_target"));
    QVERIFY(plan.error().message.contains(QLatin1String("15, 16 or 17")));
}

QTEST_GUILESS_MAIN(tst_MigrationPlan)
#include "tst_migrationplan.moc"
