// SPDX-License-Identifier: GPL-3.0-or-later
// Text: a message kept as its source, context and arguments and translated when shown, so that what the journal
// and the report keep reads in the language of whoever reads it (not of whoever ran the migration).
#include "core/Redactor.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace edm;

namespace {

// Strings of the app with a German translation (translations/ente-db-migrate_de.ts).
Text stopTheStack()
{
    return Text("edm::MigrationEngine", "Stop the stack");
}
Text lastLines()
{
    return Text("edm::UpgradeStep", "Last lines of the log:");
}
Text timedOut(int seconds)
{
    return Text("edm::ProcessRunner", "\"%1\" did not finish within %n second(s) and was stopped.", nullptr, seconds);
}

} // namespace

class tst_Text : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void translatedWhenShownNotWhenMade();
    void sourceStringIsEnglish();
    void argumentsAsQStringArg_data();
    void argumentsAsQStringArg();
    void argumentTextsAreTranslatedToo();
    void pluralsKeepTheirNumber();
    void joinedTexts();
    void jsonRoundTrip();
    void oldJournalStringsArePlain();
    void hostileJsonIsBounded();
    void redactionReachesDataOnly();
    void comparesAsShown();

private:
    void german(bool on);
    std::unique_ptr<QTranslator> m_german;
};

void tst_Text::init()
{
    m_german = std::make_unique<QTranslator>();
    QVERIFY(m_german->load(QStringLiteral(":/i18n/ente-db-migrate_de.qm")));
}

void tst_Text::cleanup()
{
    german(false);
    m_german.reset();
}

void tst_Text::german(bool on)
{
    if (on)
        QCoreApplication::installTranslator(m_german.get());
    else
        QCoreApplication::removeTranslator(m_german.get());
}

void tst_Text::translatedWhenShownNotWhenMade()
{
    german(true);
    const Text made = stopTheStack() + u'\n' + lastLines();
    QCOMPARE(made.toString(), QStringLiteral("Stack anhalten\nLetzte Zeilen des Protokolls:"));
    german(false);
    // Made while German was loaded, shown in English: what `status` in an English terminal prints.
    QCOMPARE(made.toString(), QStringLiteral("Stop the stack\nLast lines of the log:"));
    const QString asQString = made;
    QCOMPARE(asQString, QStringLiteral("Stop the stack\nLast lines of the log:"));
}

void tst_Text::sourceStringIsEnglish()
{
    german(true);
    QCOMPARE(timedOut(5).arg(QStringLiteral("docker")).sourceString(),
             QStringLiteral("\"docker\" did not finish within 5 second(s) and was stopped."));
    QCOMPARE(timedOut(5).arg(QStringLiteral("docker")).toString(),
             QStringLiteral("„docker“ wurde nicht innerhalb von 5 Sekunden beendet und wurde angehalten."));
}

void tst_Text::argumentsAsQStringArg_data()
{
    QTest::addColumn<QString>("made");
    QTest::addColumn<QString>("expected");
    const char *c = "tst_Text";
    // An argument holding "%1" or "%2": sequential arg() replaces it on the next call, multi-arg does not.
    QTest::newRow("sequential") << Text(c, "%1 and %2").arg(QStringLiteral("a%2")).arg(QStringLiteral("b")).toString()
                                << QStringLiteral("%1 and %2").arg(QStringLiteral("a%2")).arg(QStringLiteral("b"));
    QTest::newRow("multi") << Text(c, "%1 and %2").arg(QStringLiteral("a%2"), QStringLiteral("b")).toString()
                           << QStringLiteral("%1 and %2").arg(QStringLiteral("a%2"), QStringLiteral("b"));
    QTest::newRow("numbers") << Text(c, "%1|%2|%3").arg(42).arg(qint64(-7), 5).arg(255, 0, 16).toString()
                             << QStringLiteral("%1|%2|%3").arg(42).arg(qint64(-7), 5).arg(255, 0, 16);
    QTest::newRow("double") << Text(c, "%1 s").arg(3.14159, 0, 'f', 1).toString()
                            << QStringLiteral("%1 s").arg(3.14159, 0, 'f', 1);
    QTest::newRow("padded") << Text(c, "[%1]").arg(QStringLiteral("x"), -4, u'.').toString()
                            << QStringLiteral("[%1]").arg(QStringLiteral("x"), -4, u'.');
    QTest::newRow("latin1 and char") << Text(c, "%1%2").arg(QLatin1String("ab")).arg(QChar(u'c')).toString()
                                     << QStringLiteral("abc");
    QTest::newRow("nine at once") << Text(c, "%1%2%3%4%5%6%7%8%9")
                                         .arg(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                              QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                              QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"))
                                         .toString()
                                  << QStringLiteral("123456789");
}

void tst_Text::argumentsAsQStringArg()
{
    QFETCH(QString, made);
    QFETCH(QString, expected);
    QCOMPARE(made, expected);
}

void tst_Text::argumentTextsAreTranslatedToo()
{
    const Text text = Text("tst_Text", "Stopped before \"%1\".").arg(stopTheStack());
    german(true);
    QCOMPARE(text.toString(), QStringLiteral("Stopped before \"Stack anhalten\"."));
    german(false);
    QCOMPARE(text.toString(), QStringLiteral("Stopped before \"Stop the stack\"."));
    // Kept and read back, the argument is still a Text of its own.
    const Text back = Text::fromJson(text.toJson());
    german(true);
    QCOMPARE(back.toString(), QStringLiteral("Stopped before \"Stack anhalten\"."));
}

void tst_Text::pluralsKeepTheirNumber()
{
    const Text one = timedOut(1).arg(QStringLiteral("pg_dumpall"));
    const Text kept = Text::fromJson(one.toJson());
    german(true);
    QCOMPARE(kept.toString(),
             QStringLiteral("„pg_dumpall“ wurde nicht innerhalb von 1 Sekunde beendet und wurde angehalten."));
    german(false);
    QCOMPARE(kept.toString(), QStringLiteral("\"pg_dumpall\" did not finish within 1 second(s) and was stopped."));
}

void tst_Text::joinedTexts()
{
    const Text joined =
        joinTexts({stopTheStack(), Text(QStringLiteral("data")), lastLines()}, Text(QStringLiteral(", ")));
    QCOMPARE(joined.toString(), QStringLiteral("Stop the stack, data, Last lines of the log:"));
    german(true);
    QCOMPARE(Text::fromJson(joined.toJson()).toString(),
             QStringLiteral("Stack anhalten, data, Letzte Zeilen des Protokolls:"));
    QCOMPARE(toStringList({stopTheStack(), Text(QStringLiteral("x"))}),
             QStringList({QStringLiteral("Stack anhalten"), QStringLiteral("x")}));
    QVERIFY((Text() + Text()).isEmpty());
    QVERIFY(!(Text() + stopTheStack()).isEmpty());
}

void tst_Text::jsonRoundTrip()
{
    german(true); // what is kept does not depend on the language loaded while it was made
    const Text text = lastLines() + u'\n' + Text("tst_Text", "%1 of %2").arg(3).arg(stopTheStack());
    const QJsonValue json = text.toJson();
    const QByteArray bytes = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    QVERIFY2(!bytes.contains("Letzte") && !bytes.contains("anhalten"), bytes.constData());
    QVERIFY(bytes.contains("\"src\":\"Last lines of the log:\""));
    QVERIFY(bytes.contains("\"ctx\":\"edm::UpgradeStep\""));
    const Text back = Text::fromJson(QJsonDocument::fromJson(bytes).array().first());
    QVERIFY(back.sameAs(text));
    QCOMPARE(back.toString(), text.toString());
    german(false);
    QCOMPARE(back.toString(), QStringLiteral("Last lines of the log:\n3 of Stop the stack"));
    // A plain text is a plain JSON string: readers of the journal that know no Text still read it.
    QCOMPARE(Text(QStringLiteral("just data")).toJson(), QJsonValue(QStringLiteral("just data")));
}

void tst_Text::oldJournalStringsArePlain()
{
    const Text old = Text::fromJson(QJsonValue(QStringLiteral("Das Upgrade ist fehlgeschlagen.")));
    QVERIFY(old.isPlain());
    QCOMPARE(old.toString(), QStringLiteral("Das Upgrade ist fehlgeschlagen."));
    QVERIFY(Text::fromJson(QJsonValue()).isEmpty());
    QVERIFY(Text::fromJson(QJsonValue(42)).isEmpty());
    QVERIFY(Text::fromJson(QJsonObject{{QStringLiteral("ctx"), QStringLiteral("x")}}).isEmpty());
}

void tst_Text::hostileJsonIsBounded()
{
    // Deep nesting: every level an argument of the one above.
    QJsonValue deep = QStringLiteral("leaf");
    for (int i = 0; i < 200; ++i) {
        deep = QJsonObject{{QStringLiteral("ctx"), QStringLiteral("c")},
                           {QStringLiteral("src"), QStringLiteral("(%1)")},
                           {QStringLiteral("args"), QJsonArray{QJsonArray{deep}}}};
    }
    const QString shown = Text::fromJson(deep).toString();
    QVERIFY2(shown.size() < 64, qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1String("leaf")));
    // Wide: a hundred thousand arguments and parts are read as at most a bounded number.
    QJsonArray many;
    for (int i = 0; i < 100000; ++i)
        many.append(QStringLiteral("%1").arg(i));
    const Text wideArgs = Text::fromJson(QJsonObject{{QStringLiteral("ctx"), QStringLiteral("c")},
                                                     {QStringLiteral("src"), QStringLiteral("%1")},
                                                     {QStringLiteral("args"), QJsonArray{many}}});
    QCOMPARE(wideArgs.toJson().toObject().value(QStringLiteral("args")).toArray().first().toArray().size(), 64);
    const Text wideJoin = Text::fromJson(QJsonObject{{QStringLiteral("join"), many}});
    QVERIFY(wideJoin.toString().size() < 1000);
}

void tst_Text::redactionReachesDataOnly()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("hunter2-secret"));
    const Text text = Text("tst_Text", "login as %1 failed: %2")
                          .arg(QStringLiteral("ente"))
                          .arg(Text(QStringLiteral("password hunter2-secret rejected")));
    const Text masked = redactor.redactText(text + u' ' + Text(QStringLiteral("(hunter2-secret)")));
    QVERIFY(!masked.toString().contains(QLatin1String("hunter2-secret")));
    QVERIFY(!QJsonDocument(QJsonArray{masked.toJson()}).toJson().contains("hunter2-secret"));
    QVERIFY(masked.toString().startsWith(QLatin1String("login as ente failed: password ")));
    QVERIFY(masked.toJson()
                .toObject()
                .value(QStringLiteral("join"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("src")) == QJsonValue(QStringLiteral("login as %1 failed: %2")));
}

void tst_Text::comparesAsShown()
{
    QVERIFY(stopTheStack() == Text(QStringLiteral("Stop the stack")));
    QVERIFY(!stopTheStack().sameAs(Text(QStringLiteral("Stop the stack"))));
    QVERIFY(stopTheStack().sameAs(stopTheStack()));
    QVERIFY(QStringLiteral("Stop the stack") == stopTheStack().toString());
    QVERIFY(stopTheStack() != lastLines());
}

QTEST_GUILESS_MAIN(tst_Text)
#include "tst_text.moc"
