// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compose/ImageRef.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace edm {

/// Which images move a stack to a target major: the pgautoupgrade image for the upgrade and the plain postgres image
/// to run afterwards. Both share one C library (Debian trixie, or Alpine), so that the indexes the upgrade builds are
/// in the order the final server expects; the final image keeps the source's registry and tag style.
class ImagePolicy
{
    Q_DECLARE_TR_FUNCTIONS(edm::ImagePolicy)
    EDM_TEXT_FUNCTIONS(edm::ImagePolicy)

public:
    struct Images
    {
        QString upgrade; ///< pgautoupgrade/pgautoupgrade:<target>-trixie or -alpine
        QString final; ///< postgres:<target>[-flavour], with the source's registry or mirror
        QList<Text> notes; ///< what the user should know about the choice (C library, digest, mirror)
    };

    /// The images for source (a postgres or pgautoupgrade image) and target:
    /// - Debian sources (`postgres:N`, `N.M`, `-bookworm`, `-bullseye`, `-trixie`) upgrade with
    ///   `pgautoupgrade/pgautoupgrade:<target>-trixie`; Alpine sources with `<target>-alpine`.
    /// - The final image keeps the registry/mirror and the tag style: `postgres:12` → `postgres:16`,
    ///   `postgres:15-trixie` → `postgres:16-trixie`, `postgres:12-alpine3.19` → `postgres:16-alpine`, a minor pin
    ///   `postgres:12.22` → `postgres:16`; a pinned older Debian release (`-bookworm`) goes to `-trixie`, with a note.
    /// - A pgautoupgrade source (an upgrade under way): the final image in its flavour.
    static Images choose(const ImageRef &source, int target);

    /// The user's overrides (empty: keep the choice): the upgrade image must be a pgautoupgrade image and the final
    /// one the official postgres image (a mirror's or a digest is fine); a tag that names a major must name target.
    /// Images on different C libraries are allowed with a note.
    static Expected<Images> withOverrides(Images images, const QString &upgradeOverride, const QString &finalOverride,
                                          int target);

    /// The C library an image is built on: "alpine", a Debian release ("trixie", "bookworm", …), or "" when the
    /// tag does not say and the image is not known.
    static QString cLibrary(const ImageRef &ref);
};

} // namespace edm
