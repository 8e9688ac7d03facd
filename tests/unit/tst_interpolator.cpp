// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ComposeProject.h"
#include "core/compose/Interpolator.h"
#include "core/compose/MigrationPlan.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace edm;

class tst_Interpolator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpolate_data();
    void interpolate();
    void errors_data();
    void errors();
    void soleVariable_data();
    void soleVariable();
    void requiredVariableInComposeFile_data();
    void requiredVariableInComposeFile();
};

static std::optional<QString> lookup(const QString &name)
{
    if (name == QLatin1String("TAG"))
        return QStringLiteral("12");
    if (name == QLatin1String("EMPTY"))
        return QString();
    if (name == QLatin1String("IMG"))
        return QStringLiteral("postgres:12-alpine");
    return std::nullopt;
}

void tst_Interpolator::interpolate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unset");

    QTest::newRow("plain") << "postgres:12"
                           << "postgres:12" << QStringList();
    QTest::newRow("braced") << "postgres:${TAG}"
                            << "postgres:12" << QStringList();
    QTest::newRow("bare") << "postgres:$TAG"
                          << "postgres:12" << QStringList();
    QTest::newRow("bare stops at non-name") << "$TAG-alpine"
                                            << "12-alpine" << QStringList();
    QTest::newRow("escaped dollar") << "pa$$word"
                                    << "pa$word" << QStringList();
    QTest::newRow("escaped then var") << "$$$TAG"
                                      << "$12" << QStringList();
    QTest::newRow("default used when unset") << "${NOPE:-16}"
                                             << "16" << QStringList();
    QTest::newRow("colon default used when empty") << "${EMPTY:-16}"
                                                   << "16" << QStringList();
    QTest::newRow("dash default not used when empty") << "x${EMPTY-16}x"
                                                      << "xx" << QStringList();
    QTest::newRow("dash default used when unset") << "${NOPE-16}"
                                                  << "16" << QStringList();
    QTest::newRow("default not used when set") << "${TAG:-16}"
                                               << "12" << QStringList();
    QTest::newRow("nested default") << "${NOPE:-${TAG}}"
                                    << "12" << QStringList();
    QTest::newRow("nested default with text") << "${NOPE:-postgres:${TAG}-x}"
                                              << "postgres:12-x" << QStringList();
    QTest::newRow("alternative when set") << "${TAG:+set}"
                                          << "set" << QStringList();
    QTest::newRow("alternative when unset") << "a${NOPE:+set}b"
                                            << "ab" << QStringList();
    QTest::newRow("unset becomes empty") << "postgres:${NOPE}"
                                         << "postgres:" << QStringList{"NOPE"};
    QTest::newRow("whole image") << "${IMG}"
                                 << "postgres:12-alpine" << QStringList();
    QTest::newRow("required set") << "${TAG:?need a tag}"
                                  << "12" << QStringList();
}

void tst_Interpolator::interpolate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, unset);
    const Interpolator::Result result = Interpolator(lookup).interpolate(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value, expected);
    QCOMPARE(result.unset, unset);
}

void tst_Interpolator::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("lone dollar at end") << "abc$"
                                        << "$$";
    QTest::newRow("dollar digit") << "a$1"
                                  << "$$";
    QTest::newRow("unclosed") << "${TAG"
                              << "never closed";
    QTest::newRow("bad operator") << "${TAG*x}"
                                  << "unexpected";
    QTest::newRow("empty name") << "${}"
                                << "variable name";
    QTest::newRow("required missing") << "${NOPE:?set NOPE first}"
                                      << "Required variable NOPE is missing a value: set NOPE first";
    QTest::newRow("required unset, no colon") << "${NOPE?set NOPE first}"
                                              << "Required variable NOPE is missing a value: set NOPE first";
    QTest::newRow("required empty") << "${EMPTY:?}"
                                    << "EMPTY";
}

void tst_Interpolator::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const Interpolator::Result result = Interpolator(lookup).interpolate(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
}

void tst_Interpolator::soleVariable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("variable");
    QTest::newRow("braced") << "${PG_IMAGE}"
                            << "PG_IMAGE";
    QTest::newRow("bare") << "$PG_IMAGE"
                          << "PG_IMAGE";
    QTest::newRow("default") << "${PG_IMAGE:-postgres:12}"
                             << "PG_IMAGE";
    QTest::newRow("partial") << "postgres:${TAG}"
                             << "";
    QTest::newRow("two") << "${A}${B}"
                         << "";
    QTest::newRow("literal") << "postgres:12"
                             << "";
}

void tst_Interpolator::soleVariable()
{
    QFETCH(QString, text);
    QFETCH(QString, variable);
    QCOMPARE(Interpolator::soleVariable(text), variable);
}

void tst_Interpolator::requiredVariableInComposeFile_data()
{
    QTest::addColumn<QByteArray>("compose");
    QTest::addColumn<QString>("expected");
    const QByteArray tail =
        "    environment:\n      POSTGRES_PASSWORD: pw\n  museum:\n    image: ghcr.io/ente-io/server\n";
    QTest::newRow("postgres tag")
        << QByteArray("services:\n  postgres:\n    image: postgres:${PGTAG:?set PGTAG in .env}\n" + tail)
        << "compose.yaml, line 3: The image of \"postgres\" cannot be read: Required variable "
           "PGTAG is missing a value: set PGTAG in .env";
    QTest::newRow("whole image") << QByteArray("services:\n  postgres:\n    image: \"${DB_IMAGE?name the image}\"\n" +
                                               tail)
                                 << "compose.yaml, line 3: The image of \"postgres\" cannot be read: Required "
                                    "variable DB_IMAGE is missing a value: name the image";
    QTest::newRow("another service") << QByteArray("services:\n  postgres:\n    image: postgres:12\n" + tail +
                                                   "  web:\n    image: \"nginx:${WEB:?}\"\n")
                                     << "compose.yaml, line 9: The image of \"web\" cannot be read: Required "
                                        "variable WEB is missing a value.";
}

void tst_Interpolator::requiredVariableInComposeFile()
{
    // `${VAR:?message}` with VAR unset: the plan (and inspect) says what compose says, with the file's own message
    // and the line; before, the Postgres service was "not found".
    QFETCH(QByteArray, compose);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile file(dir.filePath("compose.yaml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(compose);
    file.close();
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY(!plan);
    QCOMPARE(plan.error().message.toString(), expected.replace(QStringLiteral("compose.yaml"), file.fileName()));
    QCOMPARE(plan.error().line, expected.contains(QLatin1String("line 9")) ? 9 : 3);
    // Set (in the project's .env), it plans.
    QFile env(dir.filePath(".env"));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("PGTAG=12\nDB_IMAGE=postgres:12\nWEB=1\n");
    env.close();
    const Expected<MigrationPlan> set = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY2(set, set ? "" : qPrintable(set.error().message.toString()));
}

QTEST_GUILESS_MAIN(tst_Interpolator)
#include "tst_interpolator.moc"
