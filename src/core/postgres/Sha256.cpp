// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/Sha256.h"

#ifdef EDM_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace edm {

#ifdef EDM_HAVE_OPENSSL

struct Sha256::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    reset();
}

void Sha256::reset()
{
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(d->context, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->context, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.truncate(int(length));
    return digest;
}

QString Sha256::implementation()
{
    return QStringLiteral("OpenSSL");
}

#else

struct Sha256::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

void Sha256::reset()
{
    d->hash.reset();
}

void Sha256::addData(QByteArrayView data)
{
    d->hash.addData(data);
}

QByteArray Sha256::result()
{
    return d->hash.result();
}

QString Sha256::implementation()
{
    return QStringLiteral("Qt");
}

#endif

Sha256::~Sha256() = default;

} // namespace edm
