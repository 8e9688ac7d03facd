// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace edm {

/// Loads the app's own and Qt's translations for language ("de", "fr", …; empty: the system locale) into the
/// running application. Returns the language actually loaded ("en" when none matched).
QString installTranslators(const QString &language);

/// The languages the app ships, as codes ("en", "de", "fr").
QStringList availableLanguages();

} // namespace edm
