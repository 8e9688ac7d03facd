// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace edm {

/// A docker image reference, `[registry/][path/]name[:tag][@digest]`, with what we need to know about Postgres
/// images: which family it is, its major version and its OS flavour.
class ImageRef
{
public:
    enum class Family
    {
        Other,
        /// The official image: `postgres`, `library/postgres`, `docker.io/library/postgres`, or a mirror's
        /// `…/library/postgres` (mirror.gcr.io/library/postgres, public.ecr.aws/docker/library/postgres).
        Postgres,
        PgAutoUpgrade,
        /// An image built on Postgres by someone else (`ghcr.io/immich-app/postgres`, `postgis/postgis`,
        /// `timescale/timescaledb`, `pgvector/pgvector`): it carries extensions the official image lacks.
        DerivedPostgres
    };

    static ImageRef parse(const QString &reference);

    QString reference() const { return m_reference; }
    QString registry() const { return m_registry; } ///< "" when none was written (Docker Hub)
    QString repository() const { return m_repository; } ///< e.g. "library/postgres", "pgautoupgrade/pgautoupgrade"
    QString tag() const { return m_tag; }
    QString digest() const { return m_digest; }
    /// Everything before the repository's last component, as written: "docker.io/library/", "mirror.gcr.io/", "".
    QString prefix() const { return m_prefix; }

    Family family() const { return m_family; }
    /// Any image that runs Postgres (official, pgautoupgrade or derived): what service detection looks for.
    bool isPostgresFamily() const { return m_family != Family::Other; }
    bool isOfficialPostgres() const { return m_family == Family::Postgres; }

    /// The major version from the tag: 12 for "12", "12.22", "12-alpine", "12.22-bookworm"; 9 for "9.6" (see
    /// majorText()); 0 when the tag says none ("latest", "alpine", no tag, digest only).
    int major() const { return m_major; }
    /// "12", "9.6", or "" when unknown.
    QString majorText() const { return m_majorText; }
    /// "alpine", "bookworm", "bullseye", "trixie", … from the tag; "" for the default (Debian) flavour.
    QString flavour() const { return m_flavour; }
    bool isAlpine() const { return m_flavour.startsWith(QLatin1String("alpine")); }

private:
    QString m_reference;
    QString m_registry;
    QString m_repository;
    QString m_prefix;
    QString m_tag;
    QString m_digest;
    QString m_majorText;
    QString m_flavour;
    Family m_family = Family::Other;
    int m_major = 0;
};

} // namespace edm
