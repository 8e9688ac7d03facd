// SPDX-License-Identifier: GPL-3.0-or-later
// The Redactor: a password masked in every form a compose file, JSON or a URL writes it, and a password too short
// to mask left out by line; and the plan's diff and JSON of a project whose password is written escaped.
#include "core/Redactor.h"
#include "core/compose/MigrationPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace edm;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenForms_data();
    void writtenForms();
    void encodedForms();
    void shortPasswordDropsLines();
    void jsonStaysValid();
    void planHidesEscapedPassword_data();
    void planHidesEscapedPassword();
};

void tst_Redactor::writtenForms_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("written"); // as it stands in a file
    QTest::newRow("raw") << "s3cret-pass"
                         << "POSTGRES_PASSWORD: s3cret-pass";
    QTest::newRow("$$-escaped") << "pa$word-123"
                                << "POSTGRES_PASSWORD: pa$$word-123";
    QTest::newRow("yaml \\\"") << "say\"hi\"-now"
                               << "POSTGRES_PASSWORD: \"say\\\"hi\\\"-now\"";
    QTest::newRow("yaml \\\\") << "back\\slash-1"
                               << "POSTGRES_PASSWORD: \"back\\\\slash-1\"";
    QTest::newRow("yaml \\x") << QStringLiteral("tab\there-1") << "POSTGRES_PASSWORD: \"tab\\x09here-1\"";
    QTest::newRow("single-quoted") << "it's-mine-1"
                                   << "POSTGRES_PASSWORD: 'it''s-mine-1'";
    QTest::newRow("$$ and quotes") << "a$\"b-long"
                                   << "POSTGRES_PASSWORD: \"a$$\\\"b-long\"";
}

void tst_Redactor::writtenForms()
{
    QFETCH(QString, password);
    QFETCH(QString, written);
    Redactor redactor;
    redactor.addSecret(password);
    const QString shown = redactor.redact(written);
    QVERIFY2(shown.contains(Redactor::mask()), qPrintable(shown));
    QVERIFY2(shown.startsWith(QLatin1String("POSTGRES_PASSWORD: ")), qPrintable(shown));
    // Nothing of the password's distinctive part is left.
    QVERIFY2(!shown.contains(password.right(4)), qPrintable(shown));
    QCOMPARE(QString::fromUtf8(redactor.redact(written.toUtf8())), shown);
}

void tst_Redactor::encodedForms()
{
    const QString password = QStringLiteral("p@ss/w\"rd\\x");
    Redactor redactor;
    redactor.addSecret(password);
    // JSON, as QJsonDocument writes the string.
    const QByteArray json = QJsonDocument(QJsonObject{{"line", "password=" + password}}).toJson();
    QVERIFY(!QString::fromUtf8(json).contains(password)); // the JSON form differs from the raw one
    QVERIFY2(!redactor.redact(json).contains("rd\\\\x"), redactor.redact(json).constData());
    QVERIFY(redactor.redact(json).contains(Redactor::mask().toUtf8()));
    // A URL.
    const QString url = QStringLiteral("postgres://pguser:%1@postgres:5432/ente_db")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(password)));
    QCOMPARE(redactor.redact(url), QStringLiteral("postgres://pguser:%1@postgres:5432/ente_db").arg(Redactor::mask()));
}

void tst_Redactor::shortPasswordDropsLines()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("a"));
    const QString text = QStringLiteral("Starting the database\nPOSTGRES_PASSWORD=a\nall ready\nuser:a@host\nend");
    const QString shown = redactor.redact(text);
    // The letter is not replaced inside words; the lines that show the password alone are gone, with one notice.
    QVERIFY2(shown.contains(QLatin1String("Starting the database")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("all ready")));
    QVERIFY(!shown.contains(QLatin1String("POSTGRES_PASSWORD")));
    QVERIFY(!shown.contains(QLatin1String("user:a@host")));
    QCOMPARE(shown.count(Redactor::tooShortNotice()), 1);
    QVERIFY(!shown.contains(Redactor::mask()));
    // Said once: a later text drops its line without a second notice.
    const QString later = redactor.redact(QStringLiteral("password a\nok"));
    QCOMPARE(later, QStringLiteral("ok"));
}

void tst_Redactor::jsonStaysValid()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("ab"));
    redactor.addSecret(QStringLiteral("long-password"));
    const QJsonObject report{{"log", QJsonArray{"first", "pw ab here", "last"}},
                             {"diff", "line one\npassword: ab\nline three"},
                             {"note", "uses long-password"}};
    const QJsonObject redacted = redactor.redact(report);
    const QByteArray text = QJsonDocument(redacted).toJson();
    QVERIFY(!QJsonDocument::fromJson(text).isNull());
    QVERIFY(!text.contains("long-password"));
    QVERIFY(!text.contains("pw ab here"));
    QVERIFY(!text.contains("password: ab"));
    QCOMPARE(redacted.value("note").toString(), QStringLiteral("uses ") + Redactor::mask());
    QVERIFY(redacted.value("diff").toString().contains(QLatin1String("line three")));
}

void tst_Redactor::planHidesEscapedPassword_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("visible");
    // A one-line flow mapping puts the password on the changed line itself, so the diff must mask it.
    QTest::newRow("$$") << QByteArray("pa$$word-xyz") << QByteArray("word-xyz");
    QTest::newRow("yaml escape") << QByteArray("\"pa\\\"ss\\\\word-xyz\"") << QByteArray("word-xyz");
    QTest::newRow("single quoted") << QByteArray("'pa''ss-word-xyz'") << QByteArray("word-xyz");
}

void tst_Redactor::planHidesEscapedPassword()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, visible);
    QTemporaryDir dir;
    const QByteArray compose = "services:\n  postgres: {image: postgres:12, environment: {POSTGRES_USER: pguser, "
                               "POSTGRES_PASSWORD: " +
        written +
        ", POSTGRES_DB: ente_db}, volumes: [\"postgres-data:/var/lib/postgresql/data\"]}\n"
        "volumes:\n  postgres-data:\n";
    QVERIFY(writeFile(dir.filePath("compose.yaml"), compose));
    const Expected<MigrationPlan> plan = MigrationPlan::create(dir.path(), {}, QProcessEnvironment());
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.toString()));
    QVERIFY(!plan->steps().isEmpty());
    for (const ImageEdit &edit : plan->steps()) {
        QVERIFY2(!edit.diff.contains(visible), edit.diff.constData());
        QVERIFY(edit.diff.contains(Redactor::mask().toUtf8()));
        QVERIFY(edit.after.contains(written)); // the file itself keeps its bytes
    }
    const QByteArray json = QJsonDocument(plan->toJson()).toJson();
    QVERIFY2(!json.contains(visible), json.constData());
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
