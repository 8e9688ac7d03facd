// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Text.h"

#include "core/Redactor.h"
#include "core/Text.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace edm {

/// What a migration did, for people to keep or share: the project, each step with its times, the diffs applied,
/// the backup, every check, the row counts before and after, warnings, and the log around the completion line.
/// The writers (ReportWriter) render it as HTML, Markdown, JSON or PDF; no secret is ever part of the output.
class MigrationReport
{
    Q_DECLARE_TR_FUNCTIONS(edm::MigrationReport)
    EDM_TEXT_FUNCTIONS(edm::MigrationReport)

public:
    enum class CheckResult
    {
        Pass,
        Warn,
        Fail,
        Skipped
    };
    enum class Outcome
    {
        Succeeded,
        Failed,
        RolledBack,
        InProgress
    };

    struct Step
    {
        QString id; ///< "backup", "stop", "upgrade", …
        Text title;
        QDateTime started;
        QDateTime finished;
        QString outcome; ///< "done", "failed", "skipped", "cancelled"
        Text note;
        qint64 waitedMs = 0; ///< time its questions waited for the person: not part of its duration
        /// From its start to its end, without the time its questions waited; -1 when either time is unknown.
        qint64 durationMs() const
        {
            return started.isValid() && finished.isValid() ? qMax(qint64(0), started.msecsTo(finished) - waitedMs) : -1;
        }
    };
    struct Diff
    {
        Text title; ///< e.g. "image → postgres:16"
        QString file; ///< relative path
        QByteArray diff;
    };
    struct Backup
    {
        QString path;
        qint64 bytes = 0;
        QString sha256;
        QDateTime finished;
        bool verified = false;
    };
    struct Check
    {
        QString id;
        Text title;
        CheckResult result = CheckResult::Pass;
        Text detail;
        Text fix; ///< one short sentence: what to do
        QString commands = {}; ///< the SQL or shell commands behind fix, one a line; empty when there are none
        /// The fix and its commands as one text, for reports and the command line.
        QString fixText() const { return commands.isEmpty() ? fix.toString() : fix.toString() + u'\n' + commands; }
    };
    struct RowCount
    {
        QString database;
        QString schema;
        QString table;
        qint64 expected = 0; ///< rows in the backup
        qint64 actual = -1; ///< rows on the new server; -1 when not counted
        bool matches() const { return actual == expected; }
    };

    QString appVersion;
    QDateTime created = QDateTime::currentDateTimeUtc(); ///< when the report was made (ReportWriter::write stamps it)
    QString projectDir;
    QString composeFile;
    QString service;
    QString method; ///< "pgautoupgrade" or "dump-restore"
    int targetMajor = 16;
    QString versionBefore; ///< server version, e.g. "12.22"
    QString versionAfter;
    QString imageBefore;
    QString imageAfter;
    Outcome outcome = Outcome::InProgress;
    Text keepImageNote; ///< which image the compose file must keep from now on
    QList<Step> steps;
    QList<Diff> diffs;
    std::optional<Backup> backup;
    QList<Check> checks;
    QList<RowCount> rowCounts;
    QList<Text> warnings;
    QStringList logExcerpt;
    /// The databases whose collation version the verify step refreshed (ALTER DATABASE … REFRESH COLLATION VERSION).
    QStringList collationRefreshed;

    /// Secrets to keep out of every rendering (the database password, …).
    Redactor redactor;

    static QString checkResultName(CheckResult result);
    static QString outcomeName(Outcome outcome);
    QString outcomeText() const;
    bool allRowsMatch() const;
    /// How long the stack was down: from the moment the stop step acted (its question answered) to the end of the
    /// finish step, whose server then answered; -1 while either is not done.
    qint64 downtimeMs() const;

    /// How toJson() writes the texts: shown in the language loaded now (the exported report, documented in
    /// docs/report-schema.md), or kept for later (the journal: source, context and arguments, see Text::toJson).
    enum class TextForm
    {
        Shown,
        Kept
    };
    /// The JSON form; secrets are not redacted here: ReportWriter and the journal do that on the finished JSON.
    QJsonObject toJson(TextForm form = TextForm::Shown) const;
    /// Reads either form back (a shown text is a plain one).
    static MigrationReport fromJson(const QJsonObject &json);
};

} // namespace edm
