-- SPDX-License-Identifier: GPL-3.0-or-later
-- The rig's fake `vector` extension, version 0.1 (tests/rig/README.md). SQL only:
-- a domain named like pgvector's type and one trivial function.
\echo Use "CREATE EXTENSION vector" to load this file. \quit

CREATE DOMAIN vector AS real[];

CREATE FUNCTION vector_dims(vector) RETURNS integer
    AS 'SELECT coalesce(array_length($1, 1), 0)'
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
