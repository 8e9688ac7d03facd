// SPDX-License-Identifier: GPL-3.0-or-later
// The layering of src/, held by a test: reads every #include of every .h/.cpp under src/ and checks it against the
// matrix below (docs/ARCHITECTURE.md explains it). A failure names the file, the line and the rule it breaks.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

/// Which layers each layer may include, besides itself. A layer is a folder of src/: "core" is the files directly in
/// src/core (Result, Redactor, Credentials, LogLine, Translations), "core/X" a subsystem, "main" src/main.cpp.
/// Generated headers (Version.h; a form's ui_*.h in gui) are allowed where noted in generatedAllowed().
const QHash<QString, QSet<QString>> &allowedMatrix()
{
    static const QHash<QString, QSet<QString>> matrix{
        {QStringLiteral("core"), {}},
        {QStringLiteral("core/compose"), {QStringLiteral("core")}},
        {QStringLiteral("core/docker"), {QStringLiteral("core"), QStringLiteral("core/compose")}},
        {QStringLiteral("core/job"), {QStringLiteral("core"), QStringLiteral("core/docker")}},
        {QStringLiteral("core/postgres"),
         {QStringLiteral("core"), QStringLiteral("core/docker"), QStringLiteral("core/job")}},
        {QStringLiteral("core/migration"),
         {QStringLiteral("core"), QStringLiteral("core/compose"), QStringLiteral("core/docker"),
          QStringLiteral("core/postgres"), QStringLiteral("core/job")}},
        {QStringLiteral("core/report"), {QStringLiteral("core"), QStringLiteral("core/migration")}},
        {QStringLiteral("gui"),
         {QStringLiteral("core"), QStringLiteral("core/compose"), QStringLiteral("core/postgres"),
          QStringLiteral("core/migration"), QStringLiteral("core/report"), QStringLiteral("core/job")}},
        {QStringLiteral("cli"),
         {QStringLiteral("core"), QStringLiteral("core/compose"), QStringLiteral("core/docker"),
          QStringLiteral("core/postgres"), QStringLiteral("core/migration"), QStringLiteral("core/report"),
          QStringLiteral("core/job")}},
        {QStringLiteral("main"), {QStringLiteral("gui"), QStringLiteral("cli")}},
    };
    return matrix;
}

/// The layer of a file under src/ ("src/core/docker/DockerCli.cpp" → "core/docker"); empty when it has none.
QString layerOfFile(const QString &path)
{
    const QStringList parts = path.split(u'/');
    if (parts.size() < 2 || parts.first() != QLatin1String("src"))
        return {};
    if (parts.size() == 2)
        return parts.at(1) == QLatin1String("main.cpp") ? QStringLiteral("main") : QString();
    if (parts.at(1) == QLatin1String("core"))
        return parts.size() == 3 ? QStringLiteral("core") : QStringLiteral("core/") + parts.at(2);
    return parts.at(1);
}

/// The layer of an included path (relative to src/, as every include is); empty for a generated header.
QString layerOfInclude(const QString &include)
{
    return layerOfFile(QStringLiteral("src/") + include);
}

/// Headers the build generates: Version.h (anyone), a form's ui_X.h (gui only), a .moc file (its own source).
bool generatedAllowed(const QString &layer, const QString &include)
{
    if (include == QLatin1String("Version.h") || include.endsWith(QLatin1String(".moc")))
        return true;
    return layer == QLatin1String("gui") && include.startsWith(QLatin1String("ui_")) &&
        include.endsWith(QLatin1String(".h")) && !include.contains(u'/');
}

/// Every include in contents (the text of path, relative to the repository) that crosses a forbidden boundary, as
/// "src/gui/X.cpp:3 includes core/docker/Y.h: gui may not include core/docker".
QStringList check(const QString &path, const QByteArray &contents)
{
    static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*(["<])([^">]+)[">])"));
    QStringList problems;
    const QString layer = layerOfFile(path);
    if (!allowedMatrix().contains(layer)) {
        problems.append(QStringLiteral("%1: its folder is not in the layer matrix of tst_layering").arg(path));
        return problems;
    }
    const QList<QByteArray> lines = contents.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = includeLine.match(QString::fromUtf8(lines.at(i)));
        if (!match.hasMatch())
            continue;
        const bool quoted = match.captured(1) == QLatin1String("\"");
        const QString include = match.captured(2);
        const QString where = QStringLiteral("%1:%2 includes %3").arg(path).arg(i + 1).arg(include);
        const QString target = layerOfInclude(include);
        const bool ours = include.startsWith(QLatin1String("core/")) || include.startsWith(QLatin1String("gui/")) ||
            include.startsWith(QLatin1String("cli/"));
        if (!ours) {
            // <QString>, <memory>, <unistd.h>: not ours. A quoted include of ours is written relative to src/.
            if (quoted && !generatedAllowed(layer, include))
                problems.append(where + QStringLiteral(": not a path relative to src/ nor a generated header"));
            continue;
        }
        if (target.isEmpty() || !allowedMatrix().contains(target)) {
            problems.append(where +
                            QStringLiteral(": %1 is not a layer of the matrix").arg(include.section(u'/', 0, 1)));
            continue;
        }
        if (target != layer && !allowedMatrix().value(layer).contains(target))
            problems.append(where + QStringLiteral(": %1 may not include %2").arg(layer, target));
    }
    return problems;
}

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerNamesTheCrossing_data();
    void checkerNamesTheCrossing();
    void everyCoreFolderHasARule();
    void sourceTreeKeepsTheLayers();
};

void tst_Layering::checkerNamesTheCrossing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("gui includes docker")
        << QStringLiteral("src/gui/X.cpp") << QByteArray("#include \"gui/X.h\"\n\n#include \"core/docker/Y.h\"\n")
        << QStringList{QStringLiteral("src/gui/X.cpp:3 includes core/docker/Y.h: gui may not include core/docker")};
    QTest::newRow("gui includes cli") << QStringLiteral("src/gui/X.cpp") << QByteArray("  #  include <cli/Cli.h>\n")
                                      << QStringList{QStringLiteral(
                                             "src/gui/X.cpp:1 includes cli/Cli.h: gui may not include cli")};
    QTest::newRow("core includes gui")
        << QStringLiteral("src/core/Redactor.cpp") << QByteArray("#include \"gui/LogView.h\"\n")
        << QStringList{QStringLiteral("src/core/Redactor.cpp:1 includes gui/LogView.h: core may not include gui")};
    QTest::newRow("core top level includes a subsystem")
        << QStringLiteral("src/core/LogLine.h") << QByteArray("#include \"core/docker/UpgradeLogWatcher.h\"\n")
        << QStringList{QStringLiteral(
               "src/core/LogLine.h:1 includes core/docker/UpgradeLogWatcher.h: core may not include core/docker")};
    QTest::newRow("migration includes cli")
        << QStringLiteral("src/core/migration/A.cpp") << QByteArray("#include \"cli/Cli.h\"\n")
        << QStringList{
               QStringLiteral("src/core/migration/A.cpp:1 includes cli/Cli.h: core/migration may not include cli")};
    QTest::newRow("cli includes gui") << QStringLiteral("src/cli/A.cpp")
                                      << QByteArray("#include \"core/docker/DockerCli.h\"\n#include \"gui/B.h\"\n")
                                      << QStringList{QStringLiteral(
                                             "src/cli/A.cpp:2 includes gui/B.h: cli may not include gui")};
    QTest::newRow("postgres includes compose and migration")
        << QStringLiteral("src/core/postgres/P.h")
        << QByteArray("#include \"core/compose/ComposeProject.h\"\n#include \"core/migration/Journal.h\"\n")
        << QStringList{
               QStringLiteral(
                   "src/core/postgres/P.h:1 includes core/compose/ComposeProject.h: core/postgres may not include "
                   "core/compose"),
               QStringLiteral("src/core/postgres/P.h:2 includes core/migration/Journal.h: core/postgres may not "
                              "include core/migration")};
    QTest::newRow("docker includes postgres")
        << QStringLiteral("src/core/docker/D.cpp") << QByteArray("#include \"core/postgres/Restorer.h\"\n")
        << QStringList{QStringLiteral(
               "src/core/docker/D.cpp:1 includes core/postgres/Restorer.h: core/docker may not include core/postgres")};
    QTest::newRow("compose includes docker")
        << QStringLiteral("src/core/compose/C.cpp") << QByteArray("#include \"core/docker/DockerCli.h\"\n")
        << QStringList{QStringLiteral(
               "src/core/compose/C.cpp:1 includes core/docker/DockerCli.h: core/compose may not include core/docker")};
    QTest::newRow("migration includes the report writers")
        << QStringLiteral("src/core/migration/M.cpp") << QByteArray("#include \"core/report/ReportWriter.h\"\n")
        << QStringList{QStringLiteral("src/core/migration/M.cpp:1 includes core/report/ReportWriter.h: core/migration "
                                      "may not include core/report")};
    QTest::newRow("an unknown core folder")
        << QStringLiteral("src/gui/X.cpp") << QByteArray("#include \"core/nowhere/N.h\"\n")
        << QStringList{
               QStringLiteral("src/gui/X.cpp:1 includes core/nowhere/N.h: core/nowhere is not a layer of the matrix")};
    QTest::newRow("a path not relative to src")
        << QStringLiteral("src/core/docker/D.cpp") << QByteArray("#include \"ProcessRunner.h\"\n")
        << QStringList{QStringLiteral(
               "src/core/docker/D.cpp:1 includes ProcessRunner.h: not a path relative to src/ nor a generated header")};
    QTest::newRow("a form outside gui")
        << QStringLiteral("src/cli/A.cpp") << QByteArray("#include \"ui_BackupPage.h\"\n")
        << QStringList{QStringLiteral(
               "src/cli/A.cpp:1 includes ui_BackupPage.h: not a path relative to src/ nor a generated header")};

    QTest::newRow("allowed: gui uses core services and its form")
        << QStringLiteral("src/gui/RestoreDialog.cpp")
        << QByteArray("#include \"gui/RestoreDialog.h\"\n#include \"core/postgres/ServiceRestoreJob.h\"\n"
                      "#include \"core/LogLine.h\"\n#include \"ui_RestoreDialog.h\"\n#include <QDialog>\n")
        << QStringList{};
    QTest::newRow("allowed: docker uses compose, generated and system headers")
        << QStringLiteral("src/core/docker/DockerCli.cpp")
        << QByteArray("#include \"core/compose/ComposeProject.h\"\n#include \"Version.h\"\n#include <unistd.h>\n"
                      "// #include \"gui/LogView.h\" is only a comment\n")
        << QStringList{};
    QTest::newRow("allowed: report writers read the model")
        << QStringLiteral("src/core/report/ReportWriter.h")
        << QByteArray("#include \"core/migration/MigrationReport.h\"\n") << QStringList{};
    QTest::newRow("allowed: main chooses gui or cli")
        << QStringLiteral("src/main.cpp") << QByteArray("#include \"cli/Cli.h\"\n#include \"gui/GuiApp.h\"\n")
        << QStringList{};
}

void tst_Layering::checkerNamesTheCrossing()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, expected);
    QCOMPARE(check(path, contents), expected);
}

void tst_Layering::everyCoreFolderHasARule()
{
    // A new subsystem must be placed in the matrix (and in docs/ARCHITECTURE.md) before it can be included.
    const QDir core(QStringLiteral(EDM_SOURCE_DIR "/src/core"));
    QVERIFY(core.exists());
    const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(folders.contains(QStringLiteral("docker")));
    for (const QString &folder : folders) {
        QVERIFY2(allowedMatrix().contains(QStringLiteral("core/") + folder),
                 qPrintable(QStringLiteral("src/core/%1 has no row in the layer matrix of tst_layering").arg(folder)));
    }
}

void tst_Layering::sourceTreeKeepsTheLayers()
{
    const QDir root(QStringLiteral(EDM_SOURCE_DIR));
    QDirIterator it(root.filePath(QStringLiteral("src")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList problems;
    int files = 0;
    int includes = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        QFile source(file);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray contents = source.readAll();
        ++files;
        includes += int(contents.count("#include \""));
        problems += check(root.relativeFilePath(file), contents);
    }
    // The scan saw the tree (a wrong EDM_SOURCE_DIR would find nothing and pass).
    QVERIFY2(files > 100, qPrintable(QString::number(files)));
    QVERIFY2(includes > 200, qPrintable(QString::number(includes)));
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
