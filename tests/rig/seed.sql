-- Ente-like schema and data for the rig's postgres:12 project (tests/rig/rig seed).
-- Modelled on Ente museum's migrations (users, key_attributes, collections, files,
-- collection_files, object_keys, file_data, trash, usage, ...): enums, bigint
-- micro-second timestamps, bytea, jsonb, text[] / enum[] arrays, foreign keys,
-- a plpgsql trigger, a second login role. Values are deterministic (md5/sha of
-- the row number), so two seeds give byte-identical tables.
-- Awkward text on purpose: tabs, newlines, carriage returns, backslashes, a
-- literal "\N", quotes, non-ASCII, an emoji, empty strings and NULLs, one
-- 256 KiB value. ~305,000 rows at :scale = 1 (psql -v scale=N multiplies; a fraction
-- such as 0.1 gives ~30,000 rows: every count is rounded to a bigint).
\set ON_ERROR_STOP 1
\if :{?scale}
\else
\set scale 1
\endif

BEGIN;

CREATE TYPE s3region AS ENUM ('b2-eu-cen', 'scw-eu-fr', 'scw-eu-fr-locked', 'wasabi-eu-central-2-v3');
CREATE TYPE object_type AS ENUM ('file', 'thumbnail');
CREATE TYPE app AS ENUM ('photos', 'auth', 'locker');

CREATE OR REPLACE FUNCTION now_utc_micro_seconds() RETURNS BIGINT AS $$
    SELECT CAST(extract(EPOCH from now() at time zone 'utc') * 1000000 AS BIGINT);
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION trigger_updated_at_microseconds_column() RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = now_utc_micro_seconds();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, dirty BOOLEAN NOT NULL);

CREATE TABLE users (
    user_id                BIGSERIAL PRIMARY KEY,
    encrypted_email        BYTEA,
    email_decryption_nonce BYTEA,
    email_hash             TEXT UNIQUE,
    creation_time          BIGINT NOT NULL,
    family_admin_id        BIGINT,
    is_blocked             BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE key_attributes (
    user_id                      BIGINT PRIMARY KEY,
    kek_salt                     TEXT NOT NULL,
    kek_hash_bytes               INTEGER,
    encrypted_key                TEXT NOT NULL,
    key_decryption_nonce         TEXT NOT NULL,
    public_key                   TEXT NOT NULL,
    encrypted_secret_key         TEXT NOT NULL,
    secret_key_decryption_nonce  TEXT NOT NULL,
    mem_limit                    INTEGER DEFAULT 67108864,
    ops_limit                    INTEGER DEFAULT 4
);

CREATE TABLE collections (
    collection_id        BIGSERIAL PRIMARY KEY,
    owner_id             BIGINT NOT NULL,
    encrypted_key        TEXT NOT NULL,
    key_decryption_nonce TEXT NOT NULL,
    name                 TEXT,
    type                 TEXT NOT NULL,
    attributes           JSONB NOT NULL DEFAULT '{}'::jsonb,
    updation_time        BIGINT NOT NULL,
    is_deleted           BOOLEAN DEFAULT false,
    magic_metadata       JSONB,
    app                  app NOT NULL DEFAULT 'photos'
);
CREATE INDEX collections_owner_id_index ON collections (owner_id);

CREATE TABLE files (
    file_id                      BIGSERIAL PRIMARY KEY,
    owner_id                     BIGINT NOT NULL,
    encrypted_metadata           TEXT NOT NULL,
    metadata_decryption_header   TEXT NOT NULL,
    file_decryption_header       TEXT NOT NULL,
    thumbnail_decryption_header  TEXT NOT NULL,
    magic_metadata               JSONB,
    pub_magic_metadata           JSONB,
    info                         JSONB,
    updation_time                BIGINT NOT NULL
);
CREATE INDEX files_owner_id_index ON files (owner_id);
CREATE INDEX files_updation_time_index ON files (updation_time);

CREATE TABLE collection_files (
    file_id              BIGINT NOT NULL,
    collection_id        BIGINT NOT NULL,
    encrypted_key        TEXT NOT NULL,
    key_decryption_nonce TEXT NOT NULL,
    is_deleted           BOOLEAN DEFAULT false,
    updation_time        BIGINT NOT NULL,
    c_owner_id           BIGINT,
    f_owner_id           BIGINT,
    PRIMARY KEY (collection_id, file_id)
);
CREATE INDEX collection_files_file_id_index ON collection_files (file_id);

CREATE TABLE object_keys (
    file_id     BIGINT NOT NULL,
    o_type      object_type NOT NULL,
    object_key  TEXT NOT NULL UNIQUE,
    size        BIGINT NOT NULL,
    datacenters s3region[] NOT NULL,
    is_deleted  BOOLEAN DEFAULT false,
    created_at  BIGINT NOT NULL DEFAULT now_utc_micro_seconds(),
    updated_at  BIGINT NOT NULL DEFAULT now_utc_micro_seconds(),
    PRIMARY KEY (file_id, o_type)
);
CREATE TRIGGER update_object_keys_updated_at BEFORE UPDATE ON object_keys
    FOR EACH ROW EXECUTE PROCEDURE trigger_updated_at_microseconds_column();

CREATE TABLE file_data (
    file_id              BIGINT NOT NULL,
    user_id              BIGINT NOT NULL,
    data_type            TEXT NOT NULL,
    size                 BIGINT NOT NULL,
    latest_bucket        s3region NOT NULL,
    replicated_buckets   s3region[] NOT NULL DEFAULT '{}',
    delete_from_buckets  s3region[] NOT NULL DEFAULT '{}',
    inflight_rep_buckets s3region[] NOT NULL DEFAULT '{}',
    is_deleted           BOOLEAN NOT NULL DEFAULT false,
    pending_sync         BOOLEAN NOT NULL DEFAULT true,
    sync_locked_till     BIGINT NOT NULL DEFAULT 0,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL,
    PRIMARY KEY (file_id, data_type)
);

CREATE TABLE file_previews (
    file_id BIGINT PRIMARY KEY,
    preview BYTEA NOT NULL
);

CREATE TABLE tokens (
    user_id       BIGINT NOT NULL,
    token         TEXT UNIQUE NOT NULL,
    creation_time BIGINT NOT NULL,
    ip            TEXT,
    user_agent    TEXT,
    is_deleted    BOOLEAN NOT NULL DEFAULT false,
    last_used_at  BIGINT,
    app           app NOT NULL DEFAULT 'photos'
);

CREATE TABLE trash (
    file_id       BIGINT NOT NULL,
    user_id       BIGINT NOT NULL,
    collection_id BIGINT NOT NULL,
    is_deleted    BOOLEAN NOT NULL DEFAULT false,
    is_restored   BOOLEAN NOT NULL DEFAULT false,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    delete_by     BIGINT NOT NULL,
    PRIMARY KEY (file_id)
);

CREATE TABLE usage (
    user_id          BIGINT PRIMARY KEY,
    storage_consumed BIGINT NOT NULL
);

CREATE TABLE subscriptions (
    subscription_id          SERIAL PRIMARY KEY,
    user_id                  BIGINT NOT NULL,
    storage                  BIGINT NOT NULL,
    original_transaction_id  TEXT NOT NULL,
    expiry_time              BIGINT NOT NULL,
    product_id               TEXT NOT NULL,
    payment_provider         TEXT NOT NULL,
    attributes               JSONB
);

CREATE TABLE queue (
    queue_id   SERIAL PRIMARY KEY,
    queue_name TEXT NOT NULL,
    item       TEXT NOT NULL,
    created_at BIGINT NOT NULL DEFAULT now_utc_micro_seconds(),
    updated_at BIGINT NOT NULL DEFAULT now_utc_micro_seconds(),
    is_deleted BOOLEAN DEFAULT false
);

INSERT INTO schema_migrations VALUES (95, false);

-- 5,000 users
INSERT INTO users (user_id, encrypted_email, email_decryption_nonce, email_hash, creation_time, family_admin_id, is_blocked)
SELECT i,
       decode(md5('email' || i) || md5('email2' || i), 'hex') || sha256(int8send(i)),
       decode(substr(md5('nonce' || i), 1, 24) || substr(md5('n2' || i), 1, 24), 'hex'),
       encode(sha256(convert_to('user' || i || '@example.org', 'UTF8')), 'base64'),
       1600000000000000 + i * 1000003,
       CASE WHEN i % 17 = 0 THEN i - (i % 34) + 1 END,
       i % 997 = 0
FROM generate_series(1::bigint, (5000 * :scale)::bigint) AS i;
SELECT setval('users_user_id_seq', (5000 * :scale)::bigint) AS users_user_id_seq \gset rig_

INSERT INTO key_attributes
SELECT i, md5('salt' || i), 32, encode(sha256(int8send(i)), 'base64'), md5('kdn' || i),
       encode(sha256(int8send(i * 7)), 'base64'), encode(sha256(int8send(i * 11)), 'base64') || md5('esk' || i),
       md5('sdn' || i), 67108864, 4
FROM generate_series(1::bigint, (5000 * :scale)::bigint) AS i;

-- 20,000 collections, every tenth with an awkward name
INSERT INTO collections (collection_id, owner_id, encrypted_key, key_decryption_nonce, name, type, attributes, updation_time, is_deleted, magic_metadata, app)
SELECT i,
       1 + (i % ((5000 * :scale)::bigint)),
       encode(sha256(int8send(i + 1000000)), 'base64'),
       md5('ckn' || i),
       CASE
           WHEN i % 10 = 0 THEN E'Family\ttrip \\ 2023\nSummer "Côte d''Azur" \U0001F304 #' || i
           WHEN i % 10 = 1 THEN E'C:\\Users\\photos\\\\N\r\n' || i
           WHEN i % 10 = 2 THEN ''
           WHEN i % 10 = 3 THEN NULL
           ELSE 'Album ' || i
       END,
       CASE i % 3 WHEN 0 THEN 'album' WHEN 1 THEN 'folder' ELSE 'favorites' END,
       jsonb_build_object('version', 1, 'encryptedPath', md5('path' || i), 'pathDecryptionNonce', md5('pdn' || i),
                          'tags', jsonb_build_array('a', E'b\tc', E'd\\e', 'ü')),
       1650000000000000 + i * 1009,
       i % 50 = 0,
       CASE WHEN i % 4 = 0 THEN jsonb_build_object('version', 2, 'count', i % 7, 'data', md5('mm' || i), 'header', md5('mh' || i)) END,
       (CASE i % 20 WHEN 0 THEN 'locker' WHEN 1 THEN 'auth' ELSE 'photos' END)::app
FROM generate_series(1::bigint, (20000 * :scale)::bigint) AS i;
SELECT setval('collections_collection_id_seq', (20000 * :scale)::bigint) AS collections_collection_id_seq \gset rig_

-- 50,000 files
INSERT INTO files (file_id, owner_id, encrypted_metadata, metadata_decryption_header, file_decryption_header, thumbnail_decryption_header, magic_metadata, pub_magic_metadata, info, updation_time)
SELECT i,
       1 + (i % ((5000 * :scale)::bigint)),
       encode(sha256(int8send(i)) || sha256(int8send(-i)) || sha256(int8send(i * 3)), 'base64'),
       md5('mdh' || i) || substr(md5('x' || i), 1, 16),
       md5('fdh' || i) || substr(md5('y' || i), 1, 16),
       md5('tdh' || i) || substr(md5('z' || i), 1, 16),
       CASE WHEN i % 3 = 0 THEN jsonb_build_object('version', 1, 'count', 1, 'data', md5('fm' || i), 'header', md5('fh' || i)) END,
       CASE WHEN i % 5 = 0 THEN jsonb_build_object('version', 1, 'count', 2, 'data', encode(sha256(int8send(i)), 'base64'), 'header', md5('ph' || i)) END,
       jsonb_build_object('fileSize', 100000 + i * 37 % 9000000, 'thumbSize', 5000 + i % 60000),
       1660000000000000 + i * 1013
FROM generate_series(1::bigint, (50000 * :scale)::bigint) AS i;
SELECT setval('files_file_id_seq', (50000 * :scale)::bigint) AS files_file_id_seq \gset rig_

-- 60,000 collection_files: every file in one collection, a fifth of them in a second one
INSERT INTO collection_files
SELECT f, 1 + (f % ((20000 * :scale)::bigint)), encode(sha256(int8send(f)), 'base64'), md5('cfn' || f), f % 97 = 0,
       1660000000000000 + f * 1013, 1 + (f % ((5000 * :scale)::bigint)), 1 + (f % ((5000 * :scale)::bigint))
FROM generate_series(1::bigint, (50000 * :scale)::bigint) AS f;
INSERT INTO collection_files
SELECT f, 1 + ((f + 7) % ((20000 * :scale)::bigint)), encode(sha256(int8send(-f)), 'base64'), md5('cfn2' || f), false,
       1670000000000000 + f, 1 + (f % ((5000 * :scale)::bigint)), 1 + (f % ((5000 * :scale)::bigint))
FROM generate_series(5::bigint, (50000 * :scale)::bigint, 5) AS f;

-- 100,000 object_keys: file and thumbnail of every file
INSERT INTO object_keys (file_id, o_type, object_key, size, datacenters, is_deleted, created_at, updated_at)
SELECT f, t::object_type,
       (1 + (f % ((5000 * :scale)::bigint))) || '/' || md5('ok' || f || t) || CASE WHEN t = 'thumbnail' THEN '-thumb' ELSE '' END,
       CASE WHEN t = 'file' THEN 100000 + f * 37 % 9000000 ELSE 5000 + f % 60000 END,
       CASE f % 3 WHEN 0 THEN '{b2-eu-cen,scw-eu-fr,wasabi-eu-central-2-v3}'::s3region[]
                  WHEN 1 THEN '{b2-eu-cen,scw-eu-fr}'::s3region[]
                  ELSE '{b2-eu-cen}'::s3region[] END,
       f % 97 = 0, 1660000000000000 + f, 1660000000000000 + f
FROM generate_series(1::bigint, (50000 * :scale)::bigint) AS f, (VALUES ('file'), ('thumbnail')) AS v (t);

-- 25,000 file_data
INSERT INTO file_data (file_id, user_id, data_type, size, latest_bucket, replicated_buckets, is_deleted, pending_sync, created_at, updated_at)
SELECT f, 1 + (f % ((5000 * :scale)::bigint)), CASE WHEN f % 4 = 0 THEN 'vid_preview' ELSE 'mldata' END, 1000 + f % 50000,
       'b2-eu-cen', '{scw-eu-fr}', false, f % 11 = 0, 1680000000000000 + f, 1680000000000000 + f
FROM generate_series(2::bigint, (50000 * :scale)::bigint, 2) AS f;

-- 10,000 file_previews: bytea of 64..2,048 bytes covering every byte value (0x00, 0x09, 0x0a, 0x5c ...)
INSERT INTO file_previews
SELECT f, decode(repeat(encode(sha512(int8send(f)), 'hex'), (1 + f % 32)::int), 'hex') || '\x00090a0d5c22275c4e'::bytea
FROM generate_series(1::bigint, (10000 * :scale)::bigint) AS f;

-- 10,000 tokens
INSERT INTO tokens
SELECT 1 + (i % ((5000 * :scale)::bigint)), encode(sha256(int8send(i + 42)), 'base64'), 1690000000000000 + i,
       CASE WHEN i % 2 = 0 THEN '192.0.2.' || (i % 250) ELSE '2001:db8::' || to_hex(i) END,
       CASE i % 4
           WHEN 0 THEN E'Mozilla/5.0 (X11; Linux x86_64)\tio.ente.photos/0.9.' || i
           WHEN 1 THEN E'ente-cli \\N \\\\server\\share "quoted" ''single'''
           WHEN 2 THEN E'multi\nline\nagent'
           ELSE NULL
       END,
       i % 13 = 0, 1690000000000000 + i * 2,
       (CASE i % 10 WHEN 0 THEN 'auth' ELSE 'photos' END)::app
FROM generate_series(1::bigint, (10000 * :scale)::bigint) AS i;

-- 8,000 trash entries
INSERT INTO trash
SELECT f, 1 + (f % ((5000 * :scale)::bigint)), 1 + (f % ((20000 * :scale)::bigint)), f % 3 = 0, f % 5 = 0,
       1695000000000000 + f, 1695000000000000 + f, 1695000000000000 + f + 2592000000000
FROM generate_series(3::bigint, (24000 * :scale)::bigint, 3) AS f;

INSERT INTO usage SELECT u, (u * 7919) % 50000000000 FROM generate_series(1::bigint, (5000 * :scale)::bigint) AS u;

INSERT INTO subscriptions (user_id, storage, original_transaction_id, expiry_time, product_id, payment_provider, attributes)
SELECT u, 1073741824::bigint * (1 + u % 1000), 'sub_' || md5('sub' || u), 1700000000000000 + u,
       CASE WHEN u % 2 = 0 THEN 'free' ELSE '200gb_yearly' END,
       CASE WHEN u % 3 = 0 THEN 'stripe' ELSE '' END,
       CASE WHEN u % 3 = 0 THEN jsonb_build_object('customerID', 'cus_' || md5('c' || u), 'isCancelled', u % 9 = 0) END
FROM generate_series(1::bigint, (5000 * :scale)::bigint) AS u;

-- 2,000 queue items, one of them 256 KiB long
INSERT INTO queue (queue_name, item, created_at, updated_at, is_deleted)
SELECT CASE WHEN i % 2 = 0 THEN 'deleteObject' ELSE 'deleteAccount' END,
       CASE WHEN i = 1000 THEN repeat(E'0123456789abcdef\\', 15420) || E'\t\n' || repeat('z', 99)
            ELSE (1 + i % 5000) || E'/\\queue\\item\t' || md5('q' || i) END,
       1700000000000000 + i, 1700000000000000 + i, i % 7 = 0
FROM generate_series(1::bigint, (2000 * :scale)::bigint) AS i;

-- foreign keys once the rows are in (one check per constraint instead of one per row)
ALTER TABLE key_attributes ADD CONSTRAINT key_attributes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE collections ADD CONSTRAINT collections_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE files ADD CONSTRAINT files_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE collection_files ADD CONSTRAINT collection_files_file_id_fkey FOREIGN KEY (file_id) REFERENCES files (file_id) ON DELETE CASCADE;
ALTER TABLE collection_files ADD CONSTRAINT collection_files_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES collections (collection_id) ON DELETE CASCADE;
ALTER TABLE object_keys ADD CONSTRAINT object_keys_file_id_fkey FOREIGN KEY (file_id) REFERENCES files (file_id) ON DELETE CASCADE;
ALTER TABLE file_previews ADD CONSTRAINT file_previews_file_id_fkey FOREIGN KEY (file_id) REFERENCES files (file_id) ON DELETE CASCADE;
ALTER TABLE tokens ADD CONSTRAINT tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE usage ADD CONSTRAINT usage_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE;

CREATE VIEW active_files AS
    SELECT f.file_id, f.owner_id, cf.collection_id
    FROM files f JOIN collection_files cf ON cf.file_id = f.file_id
    WHERE NOT cf.is_deleted;

COMMIT;

-- a second login role (md5 on 12, kept as md5 by pg_upgrade-like moves)
CREATE ROLE ente_readonly LOGIN PASSWORD 'readonly-pass';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ente_readonly;

