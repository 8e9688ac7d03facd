--
-- PostgreSQL database cluster dump
--

\restrict 1pbuAnG1C36MLWDNtU0DViKkSk86iHbheMYD2yRmNJdRsgW1Wr8dZlwZLfqkGMn

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE ente_reader;
ALTER ROLE ente_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:Bjx6RSvO5kptY8v60AUgPw==$GGdJAQwJYdFZz8kGURAXWz6qrq5UnMkNd1Aioib+cRA=:LCwot/6fSIYxRfB+2fin6FnriPphfss2BlnqhqlGyQU=';
CREATE ROLE museum;
ALTER ROLE museum WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5183b4060851dd3dc56a4a6ea78b92527';
CREATE ROLE pguser;
ALTER ROLE pguser WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS PASSWORD 'md5335aee20c8c72799485f9d734fe865f6';

--
-- User Configurations
--






\unrestrict 1pbuAnG1C36MLWDNtU0DViKkSk86iHbheMYD2yRmNJdRsgW1Wr8dZlwZLfqkGMn

--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

\restrict IZcmAsUbqUNbgZ5nsDthAPg0ErFYkgi3V1Ban1E6tDusgvXYsD1eKHkOipG6PFA

-- Dumped from database version 12.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: pguser
--

-- *not* creating schema, since initdb creates it


ALTER SCHEMA public OWNER TO pguser;

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pguser
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict IZcmAsUbqUNbgZ5nsDthAPg0ErFYkgi3V1Ban1E6tDusgvXYsD1eKHkOipG6PFA

--
-- Database "ente-accounts" dump
--

--
-- PostgreSQL database dump
--

\restrict 46TkNWNf4eKVOO3Vk9GJlDk2yxh1YY05khPmOwgDbEnyMVxbXYlfeB2KAMtNJEF

-- Dumped from database version 12.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ente-accounts; Type: DATABASE; Schema: -; Owner: museum
--

CREATE DATABASE "ente-accounts" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE "ente-accounts" OWNER TO museum;

\unrestrict 46TkNWNf4eKVOO3Vk9GJlDk2yxh1YY05khPmOwgDbEnyMVxbXYlfeB2KAMtNJEF
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='ente-accounts'"
\restrict 46TkNWNf4eKVOO3Vk9GJlDk2yxh1YY05khPmOwgDbEnyMVxbXYlfeB2KAMtNJEF

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: pguser
--

-- *not* creating schema, since initdb creates it


ALTER SCHEMA public OWNER TO pguser;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: museum
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text NOT NULL,
    plan text
);


ALTER TABLE public.accounts OWNER TO museum;

--
-- Name: accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: museum
--

ALTER TABLE public.accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.accounts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tokens; Type: TABLE; Schema: public; Owner: museum
--

CREATE TABLE public.tokens (
    token text NOT NULL,
    account_id integer,
    created bigint
);


ALTER TABLE public.tokens OWNER TO museum;

--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: museum
--

COPY public.accounts (id, email, plan) FROM stdin;
1	user1@example.org	paid\n(yearly)
2	user2@example.org	free
3	user3@example.org	paid\n(yearly)
4	user4@example.org	free
5	user5@example.org	paid\n(yearly)
6	user6@example.org	free
7	user7@example.org	paid\n(yearly)
8	user8@example.org	free
9	user9@example.org	paid\n(yearly)
10	user10@example.org	free
11	user11@example.org	paid\n(yearly)
12	user12@example.org	free
13	user13@example.org	paid\n(yearly)
14	user14@example.org	free
15	user15@example.org	paid\n(yearly)
16	user16@example.org	free
17	user17@example.org	paid\n(yearly)
18	user18@example.org	free
19	user19@example.org	paid\n(yearly)
20	user20@example.org	free
21	user21@example.org	paid\n(yearly)
22	user22@example.org	free
23	user23@example.org	paid\n(yearly)
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: museum
--

COPY public.tokens (token, account_id, created) FROM stdin;
aa2fd6ea9500563c7ac5b2c0b6ec4629	2	1700000001
52ac105a897798d6d12abc200e841237	3	1700000002
5d4a8ce8a13513bd847d682b35839211	4	1700000003
8621bc0fffd0664023621037662a3d82	5	1700000004
0c8132bd736854112a748a5b686c230d	6	1700000005
d9a586b8dfd5124b46741422aaaacb06	7	1700000006
845b0b80062a708cf91a81a3711abc7a	8	1700000007
71f57a483ab27c3fa0b902b6a50be361	9	1700000008
bab6d2eb8716f3da1c29d16c8d869b4e	10	1700000009
\.


--
-- Name: accounts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: museum
--

SELECT pg_catalog.setval('public.accounts_id_seq', 23, true);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: museum
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: museum
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (token);


--
-- Name: tokens tokens_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: museum
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pguser
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict 46TkNWNf4eKVOO3Vk9GJlDk2yxh1YY05khPmOwgDbEnyMVxbXYlfeB2KAMtNJEF

--
-- Database "ente_db" dump
--

--
-- PostgreSQL database dump
--

\restrict sNkbZna7meOwrKkPWj1YAfbzh8mjsxDsFBfcTKE3hkCz1tjy6RKftdtUc6v2PSP

-- Dumped from database version 12.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ente_db; Type: DATABASE; Schema: -; Owner: pguser
--

CREATE DATABASE ente_db WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE ente_db OWNER TO pguser;

\unrestrict sNkbZna7meOwrKkPWj1YAfbzh8mjsxDsFBfcTKE3hkCz1tjy6RKftdtUc6v2PSP
\connect ente_db
\restrict sNkbZna7meOwrKkPWj1YAfbzh8mjsxDsFBfcTKE3hkCz1tjy6RKftdtUc6v2PSP

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: Audit; Type: SCHEMA; Schema: -; Owner: pguser
--

CREATE SCHEMA "Audit";


ALTER SCHEMA "Audit" OWNER TO pguser;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: pguser
--

-- *not* creating schema, since initdb creates it


ALTER SCHEMA public OWNER TO pguser;

--
-- Name: log_file_change(); Type: FUNCTION; Schema: public; Owner: pguser
--

CREATE FUNCTION public.log_file_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO file_changes VALUES (NEW.file_id, now_utc_micro_seconds());
COPY (SELECT 1) TO STDOUT;
RETURN NEW;
END;
$$;


ALTER FUNCTION public.log_file_change() OWNER TO pguser;

--
-- Name: FUNCTION log_file_change(); Type: COMMENT; Schema: public; Owner: pguser
--

COMMENT ON FUNCTION public.log_file_change() IS 'Keeps a trail.
INSERT INTO files VALUES (1);
\connect not_a_database
-- PostgreSQL database cluster dump complete';


--
-- Name: now_utc_micro_seconds(); Type: FUNCTION; Schema: public; Owner: pguser
--

CREATE FUNCTION public.now_utc_micro_seconds() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT CAST(extract(EPOCH FROM now() AT TIME ZONE 'UTC') * 1000000 AS bigint) $$;


ALTER FUNCTION public.now_utc_micro_seconds() OWNER TO pguser;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Login Events; Type: TABLE; Schema: Audit; Owner: pguser
--

CREATE TABLE "Audit"."Login Events" (
    id integer,
    "user" bigint,
    at timestamp with time zone,
    note text
);


ALTER TABLE "Audit"."Login Events" OWNER TO pguser;

--
-- Name: collections; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.collections (
    collection_id integer NOT NULL,
    owner_id bigint NOT NULL,
    encrypted_key text NOT NULL,
    key_decryption_nonce text NOT NULL,
    encrypted_name text,
    type text NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    magic_metadata jsonb,
    updation_time bigint NOT NULL,
    is_deleted boolean DEFAULT false
);


ALTER TABLE public.collections OWNER TO pguser;

--
-- Name: collections_collection_id_seq; Type: SEQUENCE; Schema: public; Owner: pguser
--

CREATE SEQUENCE public.collections_collection_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.collections_collection_id_seq OWNER TO pguser;

--
-- Name: collections_collection_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: pguser
--

ALTER SEQUENCE public.collections_collection_id_seq OWNED BY public.collections.collection_id;


--
-- Name: entity_data; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.entity_data (
    id integer NOT NULL,
    user_id bigint,
    type text NOT NULL,
    encrypted_data text,
    header text
);


ALTER TABLE public.entity_data OWNER TO pguser;

--
-- Name: entity_data_id_seq; Type: SEQUENCE; Schema: public; Owner: pguser
--

CREATE SEQUENCE public.entity_data_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.entity_data_id_seq OWNER TO pguser;

--
-- Name: entity_data_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: pguser
--

ALTER SEQUENCE public.entity_data_id_seq OWNED BY public.entity_data.id;


--
-- Name: file_changes; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.file_changes (
    file_id bigint,
    changed_at bigint
);


ALTER TABLE public.file_changes OWNER TO pguser;

--
-- Name: files; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.files (
    file_id bigint NOT NULL,
    owner_id bigint NOT NULL,
    encrypted_metadata text NOT NULL,
    metadata_decryption_header text NOT NULL,
    thumbnail_decryption_header text,
    magic_metadata jsonb,
    pub_magic_metadata jsonb,
    info jsonb,
    updation_time bigint NOT NULL
);


ALTER TABLE public.files OWNER TO pguser;

--
-- Name: files_file_id_seq; Type: SEQUENCE; Schema: public; Owner: pguser
--

ALTER TABLE public.files ALTER COLUMN file_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.files_file_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: key_attributes; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.key_attributes (
    user_id bigint NOT NULL,
    kek_salt text NOT NULL,
    kek_hash_bytes bytea,
    encrypted_key text NOT NULL,
    key_decryption_nonce text NOT NULL,
    public_key text NOT NULL,
    mem_limit integer DEFAULT 67108864,
    ops_limit integer DEFAULT 2
);


ALTER TABLE public.key_attributes OWNER TO pguser;

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.schema_migrations (
    version bigint NOT NULL,
    dirty boolean NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO pguser;

--
-- Name: trash; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.trash (
    file_id bigint,
    collection_id integer,
    delete_by bigint
);


ALTER TABLE public.trash OWNER TO pguser;

--
-- Name: users; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.users (
    user_id bigint NOT NULL,
    encrypted_email bytea,
    email_decryption_nonce bytea,
    email_hash text,
    creation_time bigint DEFAULT public.now_utc_micro_seconds() NOT NULL,
    family_admin_id bigint
);


ALTER TABLE public.users OWNER TO pguser;

--
-- Name: users_user_id_seq; Type: SEQUENCE; Schema: public; Owner: pguser
--

CREATE SEQUENCE public.users_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_user_id_seq OWNER TO pguser;

--
-- Name: users_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: pguser
--

ALTER SEQUENCE public.users_user_id_seq OWNED BY public.users.user_id;


--
-- Name: collections collection_id; Type: DEFAULT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.collections ALTER COLUMN collection_id SET DEFAULT nextval('public.collections_collection_id_seq'::regclass);


--
-- Name: entity_data id; Type: DEFAULT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.entity_data ALTER COLUMN id SET DEFAULT nextval('public.entity_data_id_seq'::regclass);


--
-- Name: users user_id; Type: DEFAULT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.users ALTER COLUMN user_id SET DEFAULT nextval('public.users_user_id_seq'::regclass);


--
-- Data for Name: Login Events; Type: TABLE DATA; Schema: Audit; Owner: pguser
--

COPY "Audit"."Login Events" (id, "user", at, note) FROM stdin;
1	2	2024-05-01 11:00:00+00	\N
2	3	2024-05-01 12:00:00+00	ok\tfrom app
3	1	2024-05-01 13:00:00+00	\N
4	2	2024-05-01 14:00:00+00	ok\tfrom app
5	3	2024-05-01 15:00:00+00	\N
6	1	2024-05-01 16:00:00+00	ok\tfrom app
7	2	2024-05-01 17:00:00+00	\N
\.


--
-- Data for Name: collections; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.collections (collection_id, owner_id, encrypted_key, key_decryption_nonce, encrypted_name, type, attributes, magic_metadata, updation_time, is_deleted) FROM stdin;
1	2	45f2e00f2d9cd27e5e8ac53402d0a47a	7c2037570b8aa18a4fc8afdd555ea611	k2dBfWOQM1Cut+CSvKeSJj1P2C1JEiUuAU4HOokxtME=	uncategorized	{"version": 1, "encryptedPath": "ec6ef230f1828039ee794566b9c58adc"}	\N	1650000000000001	f
2	3	3be83dcd6ef94ae2edc9727a1bb52d9c	3cc891c689c7761cfa1c68b1163b572e	BpWH3Lj4tjMprlMFG6ebo0ug3rQceh4EQoDXtrsV5PA=	album	{"version": 1, "encryptedPath": "1d665b9b1467944c128a5575119d1cfd"}	{"data": "aaf2f89992379705dac844c0a2a1d45f", "count": 2, "version": 2}	1650000000000002	f
3	4	73a5c2fd48e03fa5c20212403be9b74e	c998549c18a99b091e7e1364fd8cf6d7	shjKATkF/FKCBL2t+eEErNh9ZGotkO+DRSb7+FsX5pA=	favorites	{"version": 1, "encryptedPath": "7bc3ca68769437ce986455407dab2a1f"}	\N	1650000000000003	f
4	5	073965e3d2d34ae71d2d4be92d819bfe	a34f1f80b577a073707734c4d9659e7e	izCVWtgQCQkqdmurEu3gc5Vute8YYvKrWsW2mrQ6ecU=	album	{"version": 1, "encryptedPath": "13207e3d5722030f6c97d69b4904d39d"}	{"data": "fd6b6fc9220b72d21683ae8e4f50a210", "count": 4, "version": 2}	1650000000000004	f
5	6	2dbb74091ee059bc2f6c25bd77f0eec0	1ccf8a8338af2f9c24a871ac35ed0414	e1TutuUfRh2dh6f3cYEW7nnf2QRAd1zlHx8ZY0iNI/A=	album	{"version": 1, "encryptedPath": "ed92eff813a02a31a2677be0563a0739"}	\N	1650000000000005	f
6	7	74ed61bfd46e6c17057c6a0736c6156a	ee5b5b823e88976eb2c831e7cc3051a6	unxGrgYoIS6A6rw6bmZqIRgu7DHUfQX3eY67LYXcj0A=	favorites	{"version": 1, "encryptedPath": "c6c27fc98633c82571d75dcb5739bbdf"}	{"data": "36604411a85db2bd9e97e22bfb5b692d", "count": 6, "version": 2}	1650000000000006	f
7	8	ba4a2a8420a0599faf482e579e4f2f67	a38f5cb9ddf47012a8267a5358ce2dfa	4dSSYozAwdDBtzYYT2ib5U+gOplt6Rgmitg0Vg53MF8=	album	{"version": 1, "encryptedPath": "46d46a759bf6cbed05d7bcdcb911a4f8"}	\N	1650000000000007	f
8	9	f0c48e905890332fb09969b6a51c5cf9	9bb7826e7dd463c5dbd1441bf3a6147b	goj3/JBBF24etovFVUDjc/hcS0KN69PTuvBB6BKIlwg=	album	{"version": 1, "encryptedPath": "2e3f209d4f2bb34667dde08e3c9585f1"}	{"data": "980b79c2a71b9bcc117e08a990b5b332", "count": 8, "version": 2}	1650000000000008	t
\.


--
-- Data for Name: entity_data; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.entity_data (id, user_id, type, encrypted_data, header) FROM stdin;
1	1	exactly-backslash-dot	\\.	h1
2	1	backslash-dot-then-newline	\\.\nnext line	h2
3	2	newline-then-backslash-dot	first\n\\.\nlast	h3
4	2	tabs	a\tb\tc	\t
5	3	windows-path	C:\\Users\\ente\\	h5
6	3	crlf-inside	line1\r\nline2\r\n	h6
7	4	null-and-empty	\N	
8	4	utf8	Grüße, 写真 📷	h8
9	5	looks-like-sql	INSERT INTO files VALUES (1);\n\\connect evil\n-- PostgreSQL database dump complete	h9
10	5	semicolon-quote	it's; "done"); --	h10
\.


--
-- Data for Name: file_changes; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.file_changes (file_id, changed_at) FROM stdin;
1	1670000000000001
2	1670000000000002
3	1670000000000003
4	1670000000000004
5	1670000000000005
6	1670000000000006
7	1670000000000007
8	1670000000000008
9	1670000000000009
10	1670000000000010
11	1670000000000011
12	1670000000000012
13	1670000000000013
14	1670000000000014
15	1670000000000015
16	1670000000000016
17	1670000000000017
18	1670000000000018
19	1670000000000019
20	1670000000000020
\.


--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.files (file_id, owner_id, encrypted_metadata, metadata_decryption_header, thumbnail_decryption_header, magic_metadata, pub_magic_metadata, info, updation_time) FROM stdin;
1	2	b6c6efe8d7ca0aa0d8b7c03370ba7525	346b81a32e7007ec	83f1535f99ab0bf4	\N	\N	{"fileSize": 1024, "thumbSize": 16}	1660000000000001
2	3	8daee5ed440dd7940e0b42c74ad871e3	490b2834e65737c1	0f826a89cf68c399	\N	\N	{"fileSize": 2048, "thumbSize": 32}	1660000000000002
3	4	7b0c2161c29589665281bb6d7a64c63f	6f207f8b5dfe1eeb	0b8854ad38f0a6c6	\N	\N	{"fileSize": 3072, "thumbSize": 48}	1660000000000003
4	5	71b52d6b58cf21d4d0da45d124323d4d	ce1b1e8ce920100d	1051527638b9da6f	{"data": "be8afb365231d47d325ee1c4c87c1223", "version": 1}	\N	{"fileSize": 4096, "thumbSize": 64}	1660000000000004
5	6	c869cf85f735b62d73881ae9487efc14	77230e94b5cd88d5	df2184f4b46de3dd	\N	\N	{"fileSize": 5120, "thumbSize": 80}	1660000000000005
6	7	bc3bce07856e7ac95865beca74002856	d8544ba1b053e413	a77cca9bd375665b	\N	\N	{"fileSize": 6144, "thumbSize": 96}	1660000000000006
7	8	d5a96d6b65c5c71ff22da27b7c8af447	f43b6183f30d3df3	3685708fd594a686	\N	{"caption": "tab\\there \\"quoted\\" \\\\ back"}	{"fileSize": 7168, "thumbSize": 112}	1660000000000007
8	9	6d0b68cca7bdc7bb4556ff9609049316	b9a858d081461507	531a93a176df5bde	{"data": "cad441c945b0fb1abdc71dba61b4cda5", "version": 1}	\N	{"fileSize": 8192, "thumbSize": 128}	1660000000000008
9	10	c3ba7fda27523383b0ebf7fcc5f4350c	b54cebad3f4a471c	82f696175c08fe04	\N	\N	{"fileSize": 9216, "thumbSize": 144}	1660000000000009
10	11	f1cdd3f3c664dda8d19df472ebb18084	aa52598fdd6b42a1	af7da95e0ba5ff3c	\N	\N	{"fileSize": 10240, "thumbSize": 160}	1660000000000010
11	12	b40bcb425a85a8c5967b17840bcce06e	7f01968cc3ac372c	4787fe8ae24c1298	\N	\N	{"fileSize": 11264, "thumbSize": 176}	1660000000000011
12	1	2cd0ec30258e3fbe06f8eadb12fc7164	7d748a6e9f0cba9f	a461d688d013e47c	{"data": "5beb1bb07018fcf9b431fe1521da8bd5", "version": 1}	\N	{"fileSize": 12288, "thumbSize": 192}	1660000000000012
13	2	906041ec00972879638fba7b8fb1f07c	71ed249828df0815	991924d4ac643fac	\N	\N	{"fileSize": 13312, "thumbSize": 208}	1660000000000013
14	3	97981e5ccc2372a1f8647a93ef27d251	01a6ce0e07a96581	01993059f0f2eb1f	\N	{"caption": "tab\\there \\"quoted\\" \\\\ back"}	{"fileSize": 14336, "thumbSize": 224}	1660000000000014
15	4	551f7669e2d9b1bdac706f4ba72e68ac	27d3396cd3255692	3f0f862b0c65d1b8	\N	\N	{"fileSize": 15360, "thumbSize": 240}	1660000000000015
16	5	c755367b4c2346ab886fa4073a72a165	9c2606b51ee17937	8916879d1cfb675c	{"data": "89abca5b02b8e8c9b2008e6277ff3031", "version": 1}	\N	{"fileSize": 16384, "thumbSize": 256}	1660000000000016
17	6	97262ed416f3d1cbc22be541a11fdf78	045b62a289048a8a	7376df083061151b	\N	\N	{"fileSize": 17408, "thumbSize": 272}	1660000000000017
18	7	4bb463cc75a75c95cc6cba3ffca22305	d2122f10626e2263	7e78bcf4ef7a89f5	\N	\N	{"fileSize": 18432, "thumbSize": 288}	1660000000000018
19	8	13956016cc8c362332fd29215bfb04bf	a89f8864f493f058	fc439d82332e8b11	\N	\N	{"fileSize": 19456, "thumbSize": 304}	1660000000000019
20	9	ee3edfbabc954ffec3568acc46f5f243	3d6c61609a17bbb1	5d6424c9b6b70862	{"data": "5b67839ed83537a9bfeb7022e87a8985", "version": 1}	\N	{"fileSize": 20480, "thumbSize": 320}	1660000000000020
21	10	9079b44fb148bba6a5f3a0b8926ed226	e5a9d8684a8edfed	9c1b6f896457f014	\N	{"caption": "tab\\there \\"quoted\\" \\\\ back"}	{"fileSize": 21504, "thumbSize": 336}	1660000000000021
22	11	853601ca6fa8343bde27b8a8f25e26e7	b91663abcd792710	20d768d19213b8c2	\N	\N	{"fileSize": 22528, "thumbSize": 352}	1660000000000022
23	12	01bf4132574fe06afbce55db2a91855d	8ce4b9070698b32a	9128523da3369445	\N	\N	{"fileSize": 23552, "thumbSize": 368}	1660000000000023
24	1	81548db2d615a534dcac2a2c612582cc	795612c9cc444bd1	81398f3b940bf8de	{"data": "d693d4498e0449a7c7d654daedc5ba04", "version": 1}	\N	{"fileSize": 24576, "thumbSize": 384}	1660000000000024
25	2	dfaf793760ebb799692027a519bfaa38	25a82d93e4845b23	afd857e0e3dcd1e0	\N	\N	{"fileSize": 25600, "thumbSize": 400}	1660000000000025
26	3	c78818e5ea997d2cb5add1c0214a7757	a45522a5033020ba	9328824f3ea657ee	\N	\N	{"fileSize": 26624, "thumbSize": 416}	1660000000000026
27	4	634efeb9688420f02d3bf4453a52cde6	bb89a303a9a5c359	2f93fac7cbdf7b79	\N	\N	{"fileSize": 27648, "thumbSize": 432}	1660000000000027
28	5	583105ea5db8e747fb5bc61f5859c10f	f1f169a94cc4a9e4	037441d7b3ac819e	{"data": "f1735147f3842841997ab644a33eb8bc", "version": 1}	{"caption": "tab\\there \\"quoted\\" \\\\ back"}	{"fileSize": 28672, "thumbSize": 448}	1660000000000028
29	6	265a8ec2a0cf0845dab70b4332425cc8	5202a323c797d515	c1cb2e58088de9cd	\N	\N	{"fileSize": 29696, "thumbSize": 464}	1660000000000029
30	7	af2b91acfda669b4215e3712e524b969	632ff8b7301ca978	18d3e6e01d0ef91d	\N	\N	{"fileSize": 30720, "thumbSize": 480}	1660000000000030
31	8	4976b710ff843c08bca046c27f995bfc	cab5589be610ccb5	739c1f796625f577	\N	\N	{"fileSize": 31744, "thumbSize": 496}	1660000000000031
32	9	1dd49db5e65b4d45e3869830d6a82b06	3ec3d8cde6e40d71	c4d6c95d9b1e3e20	{"data": "1cede406fe98080b72da472c3cae1019", "version": 1}	\N	{"fileSize": 32768, "thumbSize": 512}	1660000000000032
33	10	eb66044c062479bc42dafa86efd6cd1f	b9f634d66f185014	bca7a63e81593ec4	\N	\N	{"fileSize": 33792, "thumbSize": 528}	1660000000000033
34	11	c73363cb0ed4efa6bd0d9ee8590b9b06	e90a6f351ef479ff	c13503da405d92c0	\N	\N	{"fileSize": 34816, "thumbSize": 544}	1660000000000034
35	12	5f53a570269020d558d8dc63985a8c50	a4196b543c84427c	fc4352a5c7041e8a	\N	{"caption": "tab\\there \\"quoted\\" \\\\ back"}	{"fileSize": 35840, "thumbSize": 560}	1660000000000035
36	1	9a414933473ada2b33ed2321c7d530ee	c2eb38a1cec8bf63	38fc8883c21b426e	{"data": "b9add475e3dc71bd48f16d64f4abfab4", "version": 1}	\N	{"fileSize": 36864, "thumbSize": 576}	1660000000000036
37	2	84fe6e200cb315ad1e4500814b50152c	00605026a1ea4e4f	9dbac8ee44a4060a	\N	\N	{"fileSize": 37888, "thumbSize": 592}	1660000000000037
38	3	31c760e2c9d0e1c6e3b999fbad7b6e9d	d6d653ca39085a6a	8514497c588f231d	\N	\N	{"fileSize": 38912, "thumbSize": 608}	1660000000000038
39	4	28a7b08d1526c8808f8ea1b8a131097a	30c9b254b2509247	9e76e2cab1e3acdc	\N	\N	{"fileSize": 39936, "thumbSize": 624}	1660000000000039
40	5	fa95b6a3a29277b7f37b3b34bef3a6d4	75b6d9edaa7e66d9	bd7db2b42ad35886	{"data": "fa10de7b6055ce9e7c7a32735031b921", "version": 1}	\N	{"fileSize": 40960, "thumbSize": 640}	1660000000000040
41	6	2c57a86a422e7a7c849ffdc6f42eb0af	d7