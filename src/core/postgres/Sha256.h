// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace edm {

/// SHA-256 fed in pieces, fast enough to keep up with a dump streaming to disk: OpenSSL's (SHA extensions, AVX2)
/// when the build has it, else QCryptographicHash (correct, but a few times slower).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The digest (32 bytes). The object is then spent: reset() before reuse.
    QByteArray result();
    /// The digest as lower-case hex, as sha256sum prints it.
    QString hexResult() { return QString::fromLatin1(result().toHex()); }
    void reset();

    /// Which implementation is in use ("OpenSSL", "Qt"), for the benchmark's report.
    static QString implementation();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edm
