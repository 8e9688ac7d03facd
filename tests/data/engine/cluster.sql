--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE pguser;
ALTER ROLE pguser WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS PASSWORD 'md5335aee20c8c72799485f9d734fe865f6';

--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

--
-- PostgreSQL database dump complete
--

--
-- Database "ente_db" dump
--

--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Name: ente_db; Type: DATABASE; Schema: -; Owner: pguser
--

CREATE DATABASE ente_db WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'en_US.utf8';


ALTER DATABASE ente_db OWNER TO pguser;

\connect ente_db

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.files (
    file_id bigint NOT NULL,
    owner_id bigint NOT NULL
);


ALTER TABLE public.files OWNER TO pguser;

CREATE TABLE public.users (
    user_id bigint NOT NULL,
    email_hash text NOT NULL
);


ALTER TABLE public.users OWNER TO pguser;

--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.files (file_id, owner_id) FROM stdin;
1	2
2	3
3	4
4	5
5	6
6	7
7	8
8	9
9	10
10	11
11	12
12	13
13	14
14	15
15	16
16	17
17	18
18	19
19	20
20	21
21	22
22	23
23	24
24	25
25	26
26	27
27	28
28	29
29	30
30	31
31	32
32	33
33	34
34	35
35	36
36	37
37	38
38	39
39	40
40	1
41	2
42	3
43	4
44	5
45	6
46	7
47	8
48	9
49	10
50	11
51	12
52	13
53	14
54	15
55	16
56	17
57	18
58	19
59	20
60	21
61	22
62	23
63	24
64	25
65	26
66	27
67	28
68	29
69	30
70	31
71	32
72	33
73	34
74	35
75	36
76	37
77	38
78	39
79	40
80	1
81	2
82	3
83	4
84	5
85	6
86	7
87	8
88	9
89	10
90	11
91	12
92	13
93	14
94	15
95	16
96	17
97	18
98	19
99	20
100	21
101	22
102	23
103	24
104	25
105	26
106	27
107	28
108	29
109	30
110	31
111	32
112	33
113	34
114	35
115	36
116	37
117	38
118	39
119	40
120	1
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.users (user_id, email_hash) FROM stdin;
1	user1@example.org
2	user2@example.org
3	user3@example.org
4	user4@example.org
5	user5@example.org
6	user6@example.org
7	user7@example.org
8	user8@example.org
9	user9@example.org
10	user10@example.org
11	user11@example.org
12	user12@example.org
13	user13@example.org
14	user14@example.org
15	user15@example.org
16	user16@example.org
17	user17@example.org
18	user18@example.org
19	user19@example.org
20	user20@example.org
21	user21@example.org
22	user22@example.org
23	user23@example.org
24	user24@example.org
25	user25@example.org
26	user26@example.org
27	user27@example.org
28	user28@example.org
29	user29@example.org
30	user30@example.org
31	user31@example.org
32	user32@example.org
33	user33@example.org
34	user34@example.org
35	user35@example.org
36	user36@example.org
37	user37@example.org
38	user38@example.org
39	user39@example.org
40	user40@example.org
\.


--
-- PostgreSQL database dump complete
--

--
-- Database "postgres" dump
--

\connect postgres

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

--
-- PostgreSQL database dump complete
--

--
-- PostgreSQL database cluster dump complete
--

