// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/ImagePolicy.h"

#include "core/ErrorCodes.h"

namespace edm {

namespace {

const QString &upgradeRepository()
{
    static const QString name = QStringLiteral("pgautoupgrade/pgautoupgrade:");
    return name;
}

bool olderDebian(const QString &flavour)
{
    return flavour == QLatin1String("bookworm") || flavour == QLatin1String("bullseye") ||
        flavour == QLatin1String("buster") || flavour == QLatin1String("stretch");
}

} // namespace

QString ImagePolicy::cLibrary(const ImageRef &ref)
{
    if (ref.isAlpine())
        return QStringLiteral("alpine");
    const QString flavour = ref.flavour();
    if (!flavour.isEmpty())
        return flavour;
    if (ref.tag().contains(QLatin1String("debian")))
        return QStringLiteral("trixie");
    if (ref.family() == ImageRef::Family::PgAutoUpgrade)
        return QStringLiteral("alpine"); // its plain tags ("16", "latest") are the Alpine builds
    if (ref.family() == ImageRef::Family::Postgres && ref.major() > 0)
        return ref.major() <= 12 ? QStringLiteral("bookworm") : QStringLiteral("trixie"); // Docker Hub's last builds
    return {};
}

ImagePolicy::Images ImagePolicy::choose(const ImageRef &source, int target)
{
    const QString n = QString::number(target);
    Images images;
    const bool official = source.family() == ImageRef::Family::Postgres;
    const QString prefix = official ? source.prefix() : QString();
    const QString finalRepository = prefix + QStringLiteral("postgres:");
    const QString flavour = source.flavour();
    if (source.isAlpine()) {
        images.upgrade = upgradeRepository() + n + QStringLiteral("-alpine");
        images.final = finalRepository + n + QStringLiteral("-alpine");
        images.notes.append(
            trText("The current image is Alpine-based, so the new images are Alpine-based too (%1-alpine): "
                   "Alpine and Debian sort text differently, and switching would leave text indexes in "
                   "the wrong order.")
                .arg(n));
    } else if (flavour == QLatin1String("trixie")) {
        images.upgrade = upgradeRepository() + n + QStringLiteral("-trixie");
        images.final = finalRepository + n + QStringLiteral("-trixie");
    } else if (olderDebian(flavour) && !official) {
        // An upgrade under way with a frozen pgautoupgrade build: its data goes to the default Debian image.
        images.upgrade = source.reference();
        images.final = finalRepository + n;
    } else if (olderDebian(flavour)) {
        images.upgrade = upgradeRepository() + n + QStringLiteral("-trixie");
        images.final = finalRepository + n + QStringLiteral("-trixie");
        if (official) {
            images.notes.append(
                trText(
                    "The current image is pinned to Debian %1. The images for Postgres %2 are built on Debian trixie, "
                    "whose C library sorts some text differently, so the upgrade reindexes (pgautoupgrade does that "
                    "by default) and the new image is %3.")
                    .arg(flavour, n, images.final));
        }
    } else {
        // Debian's default flavour: postgres:N is trixie today, and so is the upgrade image.
        images.upgrade = upgradeRepository() + n + QStringLiteral("-trixie");
        images.final = finalRepository + n;
    }
    if (official && !source.digest().isEmpty()) {
        images.notes.append(
            trText("The current image is pinned by digest; a digest names one build of one version, so "
                   "the new image is named by its tag (%1). Pin its digest again after the migration if "
                   "you want one.")
                .arg(images.final));
    }
    if (official && !source.registry().isEmpty() && !source.prefix().startsWith(QLatin1String("docker.io/"))) {
        images.notes.append(trText("The images come from the mirror %1; the upgrade image %2 comes from Docker Hub. If "
                                   "this host reaches only the mirror, name the upgrade image's mirror copy with "
                                   "--upgrade-image (or the wizard's advanced settings).")
                                .arg(source.registry(), images.upgrade));
    }
    return images;
}

Expected<ImagePolicy::Images> ImagePolicy::withOverrides(Images images, const QString &upgradeOverride,
                                                         const QString &finalOverride, int target)
{
    if (!upgradeOverride.trimmed().isEmpty()) {
        const ImageRef ref = ImageRef::parse(upgradeOverride);
        if (ref.family() != ImageRef::Family::PgAutoUpgrade) {
            return Error{
                ErrorCode::UnsupportedImage,
                trText("The upgrade image \"%1\" is not a pgautoupgrade image. Name pgautoupgrade/pgautoupgrade "
                       "(or a mirror's copy of it) with a tag for Postgres %2, such as %3.")
                    .arg(upgradeOverride.trimmed())
                    .arg(target)
                    .arg(images.upgrade)};
        }
        if (ref.major() > 0 && ref.major() != target) {
            return Error{ErrorCode::UnsupportedImage,
                         trText("The upgrade image \"%1\" upgrades to Postgres %2, not to the target %3.")
                             .arg(upgradeOverride.trimmed())
                             .arg(ref.major())
                             .arg(target)};
        }
        images.upgrade = ref.reference();
    }
    if (!finalOverride.trimmed().isEmpty()) {
        const ImageRef ref = ImageRef::parse(finalOverride);
        if (ref.family() != ImageRef::Family::Postgres) {
            return Error{
                ErrorCode::UnsupportedImage,
                trText("The final image \"%1\" is not the official postgres image. Name postgres (or a mirror's "
                       "…/library/postgres) with a tag for Postgres %2, such as %3.")
                    .arg(finalOverride.trimmed())
                    .arg(target)
                    .arg(images.final)};
        }
        if (ref.major() > 0 && ref.major() != target) {
            return Error{ErrorCode::UnsupportedImage,
                         trText("The final image \"%1\" runs Postgres %2, not the target %3.")
                             .arg(finalOverride.trimmed())
                             .arg(ref.major())
                             .arg(target)};
        }
        images.final = ref.reference();
    }
    if (!upgradeOverride.trimmed().isEmpty() || !finalOverride.trimmed().isEmpty()) {
        const QString a = cLibrary(ImageRef::parse(images.upgrade));
        const QString b = cLibrary(ImageRef::parse(images.final));
        if (!a.isEmpty() && !b.isEmpty() && a != b) {
            images.notes.append(
                trText("The upgrade image %1 and the final image %2 are built on different C libraries "
                       "(%3 and %4): indexes on text that the upgrade builds may be in the wrong order "
                       "for the final server. Run REINDEX DATABASE in each database after the migration, "
                       "or choose images of one flavour.")
                    .arg(images.upgrade, images.final, a, b));
        }
    }
    return images;
}

} // namespace edm
