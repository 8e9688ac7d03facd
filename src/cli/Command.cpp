// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"

#include <QJsonDocument>

namespace edm::cli {

Command::~Command() = default;

int Command::execute(CommandContext &context)
{
    m_context = &context;
    const bool parsed = m_parser.parse(context.arguments);
    // After a failed parse the options seen so far are still known: a script that asked for --json gets its error
    // as JSON too.
    m_json = m_jsonOption && m_parser.isSet(*m_jsonOption);
    if (!parsed)
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out << m_parser.helpText();
        if (!m_helpEpilogue.isEmpty())
            context.out << '\n' << m_helpEpilogue << '\n';
        return ExitOk;
    }
    return run();
}

void Command::setDescription(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void Command::setHelpEpilogue(const QString &epilogue)
{
    m_helpEpilogue = epilogue;
}

void Command::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    ++m_positionalCount;
}

void Command::addPathArgument()
{
    m_pathIndex = m_positionalCount;
    addPositionalArgument(QStringLiteral("PATH"),
                          tr("The project folder or compose file (default: the current folder)."),
                          QStringLiteral("[PATH]"));
}

void Command::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void Command::addServiceOption()
{
    m_serviceOption.emplace(QStringLiteral("service"), tr("The Postgres service, when there are several."),
                            QStringLiteral("NAME"));
    m_parser.addOption(*m_serviceOption);
}

void Command::addDockerOption()
{
    m_dockerOption.emplace(QStringLiteral("docker"), tr("The docker program to use."), QStringLiteral("PATH"));
    m_parser.addOption(*m_dockerOption);
}

void Command::addJsonOption(const QString &description, JsonLayout layout)
{
    m_jsonOption.emplace(QStringLiteral("json"), description);
    m_jsonLayout = layout;
    m_parser.addOption(*m_jsonOption);
}

QString Command::service() const
{
    return m_serviceOption ? m_parser.value(*m_serviceOption) : QString();
}

DockerCliOptions Command::dockerOptions() const
{
    DockerCliOptions options;
    options.environment = m_context->environment;
    if (m_dockerOption)
        options.dockerProgram = m_parser.value(*m_dockerOption);
    return options;
}

QDir Command::workingDirectory() const
{
    return QDir(m_context->workingDirectory.isEmpty() ? QDir::currentPath() : m_context->workingDirectory);
}

QString Command::absolutePath(const QString &argument) const
{
    return QDir::cleanPath(workingDirectory().absoluteFilePath(argument));
}

QString Command::projectPath() const
{
    return absolutePath(m_parser.positionalArguments().value(m_pathIndex, QStringLiteral(".")));
}

int Command::fail(const Error &error) const
{
    return fail(error, ErrorCode::exitCodeFor(error));
}

int Command::fail(const Error &error, int exitCode) const
{
    printError(error.message);
    if (m_json) {
        m_context->out << QJsonDocument(ErrorCode::toJson(error))
                              .toJson(m_jsonLayout == JsonLayout::Lines ? QJsonDocument::Compact
                                                                        : QJsonDocument::Indented);
        if (m_jsonLayout == JsonLayout::Lines)
            m_context->out << '\n';
        m_context->out.flush();
    }
    return exitCode;
}

int Command::usageError(const QString &message) const
{
    return fail(Error(ErrorCode::Usage, message), ExitUsage);
}

void Command::printError(const QString &message) const
{
    m_context->printError(message);
}

} // namespace edm::cli
