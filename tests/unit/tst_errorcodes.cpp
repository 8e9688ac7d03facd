// SPDX-License-Identifier: GPL-3.0-or-later
// The error-code registry: every code the sources construct an Error with is registered, every code the README and
// the man page show exists, and the exit codes the command line gives for them.
#include "core/ErrorCodes.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace edm;

namespace {

struct Use
{
    QString code;
    int line = 0;
};

/// The code literals of Error constructions in text: Error(QStringLiteral("x"), …), Error{…}, Error name(…),
/// error.code = QStringLiteral("x"), error.code == QLatin1String("x"); across line breaks.
QList<Use> codeLiterals(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:\\bError\\s*(?:[A-Za-z_]\\w*\\s*)?[({]|\\.code\\s*==?)\\s*"
                       "(?:QStringLiteral|QLatin1String|QLatin1StringView|u)\\s*\\(\\s*\"([^\"]*)\""));
    QList<Use> uses;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        uses.append({m.captured(1), int(text.left(m.capturedStart(1)).count(u'\n')) + 1});
    }
    return uses;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// "code": "x" in documentation (also the man page's \(dq quoting).
QStringList documentedCodes(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:\"|\\\\\\(dq)code(?:\"|\\\\\\(dq)\\s*:\\s*(?:\"|\\\\\\(dq)([A-Za-z0-9_]+)(?:\"|\\\\\\(dq)"));
    QStringList codes;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        codes.append(it.next().captured(1));
    return codes;
}

} // namespace

class tst_ErrorCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry();
    void scanner_data();
    void scanner();
    void sourcesUseRegisteredCodes();
    void documentedCodesExist();
    void exitCodes_data();
    void exitCodes();
    void json();
};

void tst_ErrorCodes::registry()
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const ErrorCode::Info &info : ErrorCode::all()) {
        const QString code = info.code;
        QVERIFY2(snakeCase.match(code).hasMatch(), qPrintable(code));
        QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("%1 is registered twice").arg(code)));
        seen.insert(code);
        QVERIFY2(info.exitCode >= ExitFailure && info.exitCode <= ExitStopped, qPrintable(code));
        QVERIFY2(qstrlen(info.description) > 10, qPrintable(code));
        QVERIFY(ErrorCode::isKnown(code));
        QCOMPARE(ErrorCode::description(code), QString::fromUtf8(info.description));
    }
    QVERIFY(seen.size() > 90);
    QVERIFY(!ErrorCode::isKnown(u"no_such_code"));
    QVERIFY(ErrorCode::description(u"no_such_code").isEmpty());
}

void tst_ErrorCodes::scanner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("call") << QStringLiteral("x;\nreturn Error(QStringLiteral(\"a_b\"), tr(\"m\"));") << "a_b" << 2;
    QTest::newRow("braces, next line") << QStringLiteral("return Error{\n    QStringLiteral(\"c\"),\n tr(\"m\")};")
                                       << "c" << 2;
    QTest::newRow("named") << QStringLiteral("const Error declined{QStringLiteral(\"d\"), m};") << "d" << 1;
    QTest::newRow("assigned") << QStringLiteral("\n\nerror.code = QStringLiteral(\"e\");") << "e" << 3;
    QTest::newRow("compared") << QStringLiteral("if (m_error.code == QLatin1String(\"f\"))") << "f" << 1;
}

void tst_ErrorCodes::scanner()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    const QList<Use> uses = codeLiterals(text);
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().code, code);
    QCOMPARE(uses.first().line, line);
    // What is not an Error construction is not a code.
    QVERIFY(codeLiterals(QStringLiteral("event(QStringLiteral(\"upgrade_failed\"), line);")).isEmpty());
}

void tst_ErrorCodes::sourcesUseRegisteredCodes()
{
    const QString root = QStringLiteral(EDM_SOURCE_DIR "/src");
    QStringList unknown;
    int files = 0;
    int uses = 0;
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        for (const Use &use : codeLiterals(readText(path))) {
            ++uses;
            if (!ErrorCode::isKnown(use.code)) {
                unknown.append(QStringLiteral("%1:%2: \"%3\"")
                                   .arg(QDir(QStringLiteral(EDM_SOURCE_DIR)).relativeFilePath(path))
                                   .arg(use.line)
                                   .arg(use.code));
            }
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("error codes missing from src/core/ErrorCodes.cpp:\n") + unknown.join(u'\n')));
    Q_UNUSED(uses);
}

void tst_ErrorCodes::documentedCodesExist()
{
    const QString readme = readText(QStringLiteral(EDM_SOURCE_DIR "/README.md"));
    const QString manPage = readText(QStringLiteral(EDM_SOURCE_DIR "/packaging/ente-db-migrate.1.in"));
    QVERIFY(!readme.isEmpty());
    QVERIFY(!manPage.isEmpty());
    const QStringList inReadme = documentedCodes(readme);
    // The README's example (plan on a missing folder) is there; the check would pass vacuously without it.
    QVERIFY(inReadme.contains(QStringLiteral("no_compose_file")));
    QCOMPARE(documentedCodes(QStringLiteral("\\fB{\\(dqcode\\(dq: \\(dqinvalid_yaml\\(dq}\\fR")),
             QStringList{QStringLiteral("invalid_yaml")});
    QStringList unknown;
    for (const QString &code : inReadme + documentedCodes(manPage)) {
        if (!ErrorCode::isKnown(code))
            unknown.append(code);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u' ')));
}

void tst_ErrorCodes::exitCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    // The migration's contract (migrate, resume, rollback): 2 an unusable project, 5 stopped or nothing to do.
    for (const char *code :
         {"usage", "no_compose_file", "unreadable", "invalid_yaml", "no_postgres_service", "ambiguous_service",
          "service_not_found", "unsupported_image", "edit_check_failed", "target_not_above_source", "corrupt_journal"})
        QTest::newRow(code) << QString::fromLatin1(code) << int(ExitUsage);
    for (const char *code : {"declined", "cancelled", "already_target", "unfinished_migration", "nothing_to_resume",
                             "nothing_to_roll_back"})
        QTest::newRow(code) << QString::fromLatin1(code) << int(ExitStopped);
    for (const char *code : {"upgrade_failed", "backup_disk_full", "docker_daemon_down", "process_timeout",
                             "unsupported_volume", "backup_cancelled", "no_such_code"})
        QTest::newRow(code) << QString::fromLatin1(code) << int(ExitFailure);
}

void tst_ErrorCodes::exitCodes()
{
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QCOMPARE(ErrorCode::exitCodeFor(code), exitCode);
    QCOMPARE(ErrorCode::exitCodeFor(Error(code, QStringLiteral("m"))), exitCode);
    QCOMPARE(ErrorCode::exitCodeFor(Error()), int(ExitOk));
}

void tst_ErrorCodes::json()
{
    const QJsonObject located =
        ErrorCode::toJson(Error(ErrorCode::InvalidYaml, QStringLiteral("bad"), QStringLiteral("/p/compose.yaml"), 3, 7))
            .value(QStringLiteral("error"))
            .toObject();
    QCOMPARE(located.keys(), (QStringList{"code", "column", "file", "line", "message"}));
    QCOMPARE(located.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_yaml"));
    QCOMPARE(located.value(QStringLiteral("message")).toString(), QStringLiteral("bad"));
    QCOMPARE(located.value(QStringLiteral("file")).toString(), QStringLiteral("/p/compose.yaml"));
    QCOMPARE(located.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(located.value(QStringLiteral("column")).toInt(), 7);
    const QJsonObject bare =
        ErrorCode::toJson(Error(ErrorCode::Usage, QStringLiteral("m"))).value(QStringLiteral("error")).toObject();
    QCOMPARE(bare.keys(), (QStringList{"code", "column", "file", "line", "message"}));
    QVERIFY(bare.value(QStringLiteral("file")).isNull());
    QVERIFY(bare.value(QStringLiteral("line")).isNull());
    QVERIFY(bare.value(QStringLiteral("column")).isNull());
}

QTEST_GUILESS_MAIN(tst_ErrorCodes)
#include "tst_errorcodes.moc"
