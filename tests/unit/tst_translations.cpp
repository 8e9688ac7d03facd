// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French translations are complete, keep every placeholder of their source, and reach the user: the
// binary carries them and follows the locale.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or the plural forms
    QString type; ///< "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children; a plain translation is text.
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.append(current);
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d|%n"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(EDM_SOURCE_DIR "/translations/ente-db-migrate_%1.ts").arg(language);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void binaryFollowsLocale_data();
    void binaryFollowsLocale();
};

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void tst_Translations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);

    QStringList unfinished;
    QStringList broken;
    for (const Message &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (message.type == u"unfinished" || empty) {
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
            continue;
        }
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != wanted)
                broken.append(message.source + QStringLiteral(" → ") + translation);
        }
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated (run the update_translations target, "
                                       "then translate), e.g.:\n  %2")
                            .arg(unfinished.size())
                            .arg(unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
    QVERIFY2(broken.isEmpty(),
             qPrintable(QStringLiteral("placeholders differ from the source:\n  %1")
                            .arg(broken.mid(0, 10).join(QStringLiteral("\n  ")))));
}

void tst_Translations::binaryFollowsLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("C.UTF-8") << QStringLiteral("Commands:");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Befehle:");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Commandes :");
}

void tst_Translations::binaryFollowsLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EDM_BINARY_DIR "/src/ente-db-migrate"), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out.left(400)));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
