// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ImageRef.h"

#include <QRegularExpression>
#include <QStringList>

namespace edm {

ImageRef ImageRef::parse(const QString &reference)
{
    ImageRef ref;
    ref.m_reference = reference.trimmed();
    QString rest = ref.m_reference;

    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        ref.m_digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    // A tag follows the last ':' after the last '/' (a registry port such as "localhost:5000/" is not a tag).
    const qsizetype slash = rest.lastIndexOf(u'/');
    if (const qsizetype colon = rest.lastIndexOf(u':'); colon > slash) {
        ref.m_tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    QStringList parts = rest.split(u'/');
    // The first component is a registry when it looks like a host: has '.' or ':', or is "localhost".
    if (parts.size() > 1) {
        const QString &first = parts.first();
        if (first.contains(u'.') || first.contains(u':') || first == QLatin1String("localhost"))
            ref.m_registry = parts.takeFirst();
    }
    ref.m_repository = parts.join(u'/').toLower();
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    ref.m_prefix = lastSlash >= 0 ? rest.left(lastSlash + 1) : QString();

    const QString name = parts.isEmpty() ? QString() : parts.last().toLower();
    const QString registry = ref.m_registry.toLower();
    const bool dockerHub = registry.isEmpty() || registry == QLatin1String("docker.io") ||
        registry == QLatin1String("index.docker.io") || registry == QLatin1String("registry-1.docker.io");
    const bool official =
        (dockerHub &&
         (ref.m_repository == QLatin1String("postgres") || ref.m_repository == QLatin1String("library/postgres"))) ||
        (!dockerHub &&
         (ref.m_repository == QLatin1String("library/postgres") ||
          ref.m_repository.endsWith(QLatin1String("/library/postgres"))));
    static const QStringList derived{QStringLiteral("postgis/postgis"),
                                     QStringLiteral("pgvector/pgvector"),
                                     QStringLiteral("timescale/timescaledb"),
                                     QStringLiteral("timescale/timescaledb-ha"),
                                     QStringLiteral("bitnami/postgresql"),
                                     QStringLiteral("tensorchord/pgvecto-rs"),
                                     QStringLiteral("tensorchord/vchord-postgres")};
    if (ref.m_repository.endsWith(QLatin1String("pgautoupgrade/pgautoupgrade")))
        ref.m_family = Family::PgAutoUpgrade;
    else if (official)
        ref.m_family = Family::Postgres;
    else if (name == QLatin1String("postgres") || name == QLatin1String("postgresql") ||
             derived.contains(ref.m_repository))
        ref.m_family = Family::DerivedPostgres;

    static const QRegularExpression version(QStringLiteral("^(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = version.match(ref.m_tag);
    if (m.hasMatch()) {
        ref.m_major = m.captured(1).toInt();
        ref.m_majorText = ref.m_major < 10 && m.hasCaptured(2) ? m.captured(1) + u'.' + m.captured(2) : m.captured(1);
    }
    static const QRegularExpression flavour(QStringLiteral("(alpine[0-9.]*|bookworm|bullseye|buster|stretch|trixie)"));
    if (const QRegularExpressionMatch f = flavour.match(ref.m_tag); f.hasMatch())
        ref.m_flavour = f.captured(1);
    return ref;
}

} // namespace edm
