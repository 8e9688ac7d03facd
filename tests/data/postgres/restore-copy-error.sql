\connect ente_db2
\restrict JlU3fXIKF3bk7td3KYZhFszl9R5YQBkWbeZQdi2ayXEKS3NTfrbRHjBgbifbzEi

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
-- Name: app; Type: TYPE; Schema: public; Owner: pguser
--

CREATE TYPE public.app AS ENUM (
    'photos',
    'auth'
);


ALTER TYPE public.app OWNER TO pguser;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Login Events; Type: TABLE; Schema: Audit; Owner: pguser
--

CREATE TABLE "Audit"."Login Events" (
    id integer,
    note text
);


ALTER TABLE "Audit"."Login Events" OWNER TO pguser;

--
-- Name: files; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.files (
    file_id bigint NOT NULL,
    owner_id bigint,
    meta jsonb,
    preview bytea
);


ALTER TABLE public.files OWNER TO pguser;

--
-- Name: users; Type: TABLE; Schema: public; Owner: pguser
--

CREATE TABLE public.users (
    user_id bigint NOT NULL,
    email_hash text,
    creation_time bigint NOT NULL,
    app public.app DEFAULT 'photos'::public.app
);


ALTER TABLE public.users OWNER TO pguser;

--
-- Data for Name: Login Events; Type: TABLE DATA; Schema: Audit; Owner: pguser
--

COPY "Audit"."Login Events" (id, note) FROM stdin;
1	line\nbreak
2	CREATE ROLE pguser;
3	\\.
4	\N
\.


--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.files (file_id, owner_id, meta, preview) FROM stdin;
1	2	{"n": 1, "tab": "a\\tb"}	\\xc4ca4238a0b923820dcc509a6f75849b
2	3	{"n": 2, "tab": "a\\tb"}	\\xc81e728d9d4c2f636f067f89cc14862c
3	4	{"n": 3, "tab": "a\\tb"}	\\xeccbc87e4b5ce2fe28308fd9f2a7baf3
4	5	{"n": 4, "tab": "a\\tb"}	\\xa87ff679a2f3e71d9181a67b7542122c
5	6	{"n": 5, "tab": "a\\tb"}	\\xe4da3b7fbbce2345d7772b0674a318d5
6	7	{"n": 6, "tab": "a\\tb"}	\\x1679091c5a880faf6fb5e6087eb1b2dc
7	8	{"n": 7, "tab": "a\\tb"}	\\x8f14e45fceea167a5a36dedd4bea2543
8	9	{"n": 8, "tab": "a\\tb"}	\\xc9f0f895fb98ab9159f51fd0297e236d
9	10	{"n": 9, "tab": "a\\tb"}	\\x45c48cce2e2d7fbdea1afc51c7c6ad26
10	11	{"n": 10, "tab": "a\\tb"}	\\xd3d9446802a44259755d38e6d163e820
11	12	{"n": 11, "tab": "a\\tb"}	\\x6512bd43d9caa6e02c990b0a82652dca
12	13	{"n": 12, "tab": "a\\tb"}	\\xc20ad4d76fe97759aa27a0c99bff6710
13	14	{"n": 13, "tab": "a\\tb"}	\\xc51ce410c124a10e0db5e4b97fc2af39
14	15	{"n": 14, "tab": "a\\tb"}	\\xaab3238922bcc25a6f606eb525ffdc56
15	16	{"n": 15, "tab": "a\\tb"}	\\x9bf31c7ff062936a96d3c8bd1f8f2ff3
16	17	{"n": 16, "tab": "a\\tb"}	\\xc74d97b01eae257e44aa9d5bade97baf
17	18	{"n": 17, "tab": "a\\tb"}	\\x70efdf2ec9b086079795c442636b55fb
18	19	{"n": 18, "tab": "a\\tb"}	\\x6f4922f45568161a8cdf4ad2299f6d23
19	20	{"n": 19, "tab": "a\\tb"}	\\x1f0e3dad99908345f7439f8ffabdffc4
20	21	{"n": 20, "tab": "a\\tb"}	\\x98f13708210194c475687be6106a3b84
21	22	{"n": 21, "tab": "a\\tb"}	\\x3c59dc048e8850243be8079a5c74d079
22	23	{"n": 22, "tab": "a\\tb"}	\\xb6d767d2f8ed5d21a44b0e5886680cb9
23	24	{"n": 23, "tab": "a\\tb"}	\\x37693cfc748049e45d87b8c7d8b9aacd
24	25	{"n": 24, "tab": "a\\tb"}	\\x1ff1de774005f8da13f42943881c655f
25	26	{"n": 25, "tab": "a\\tb"}	\\x8e296a067a37563370ded05f5a3bf3ec
26	27	{"n": 26, "tab": "a\\tb"}	\\x4e732ced3463d06de0ca9a15b6153677
27	28	{"n": 27, "tab": "a\\tb"}	\\x02e74f10e0327ad868d138f2b4fdd6f0
28	29	{"n": 28, "tab": "a\\tb"}	\\x33e75ff09dd601bbe69f351039152189
29	30	{"n": 29, "tab": "a\\tb"}	\\x6ea9ab1baa0efb9e19094440c317e21b
30	31	{"n": 30, "tab": "a\\tb"}	\\x34173cb38f07f89ddbebc2ac9128303f
31	32	{"n": 31, "tab": "a\\tb"}	\\xc16a5320fa475530d9583c34fd356ef5
32	33	{"n": 32, "tab": "a\\tb"}	\\x6364d3f0f495b6ab9dcf8d3b5c6e0b01
33	34	{"n": 33, "tab": "a\\tb"}	\\x182be0c5cdcd5072bb1864cdee4d3d6e
34	35	{"n": 34, "tab": "a\\tb"}	\\xe369853df766fa44e1ed0ff613f563bd
35	36	{"n": 35, "tab": "a\\tb"}	\\x1c383cd30b7c298ab50293adfecb7b18
36	37	{"n": 36, "tab": "a\\tb"}	\\x19ca14e7ea6328a42e0eb13d585e4c22
BADROW	38	{"n": 37, "tab": "a\\tb"}	\\xa5bfc9e07964f8dddeb95fc584cd965d
38	39	{"n": 38, "tab": "a\\tb"}	\\xa5771bce93e200c36f7cd9dfd0e5deaa
39	40	{"n": 39, "tab": "a\\tb"}	\\xd67d8ab4f4c10bf22aa353e27879133c
40	1	{"n": 40, "tab": "a\\tb"}	\\xd645920e395fedad7bbbed0eca3fe2e0
41	2	{"n": 41, "tab": "a\\tb"}	\\x3416a75f4cea9109507cacd8e2f2aefc
42	3	{"n": 42, "tab": "a\\tb"}	\\xa1d0c6e83f027327d8461063f4ac58a6
43	4	{"n": 43, "tab": "a\\tb"}	\\x17e62166fc8586dfa4d1bc0e1742c08b
44	5	{"n": 44, "tab": "a\\tb"}	\\xf7177163c833dff4b38fc8d2872f1ec6
45	6	{"n": 45, "tab": "a\\tb"}	\\x6c8349cc7260ae62e3b1396831a8398f
46	7	{"n": 46, "tab": "a\\tb"}	\\xd9d4f495e875a2e075a1a4a6e1b9770f
47	8	{"n": 47, "tab": "a\\tb"}	\\x67c6a1e7ce56d3d6fa748ab6d9af3fd7
48	9	{"n": 48, "tab": "a\\tb"}	\\x642e92efb79421734881b53e1e1b18b6
49	10	{"n": 49, "tab": "a\\tb"}	\\xf457c545a9ded88f18ecee47145a72c0
50	11	{"n": 50, "tab": "a\\tb"}	\\xc0c7c76d30bd3dcaefc96f40275bdc0a
51	12	{"n": 51, "tab": "a\\tb"}	\\x2838023a778dfaecdc212708f721b788
52	13	{"n": 52, "tab": "a\\tb"}	\\x9a1158154dfa42caddbd0694a4e9bdc8
53	14	{"n": 53, "tab": "a\\tb"}	\\xd82c8d1619ad8176d665453cfb2e55f0
54	15	{"n": 54, "tab": "a\\tb"}	\\xa684eceee76fc522773286a895bc8436
55	16	{"n": 55, "tab": "a\\tb"}	\\xb53b3a3d6ab90ce0268229151c9bde11
56	17	{"n": 56, "tab": "a\\tb"}	\\x9f61408e3afb633e50cdf1b20de6f466
57	18	{"n": 57, "tab": "a\\tb"}	\\x72b32a1f754ba1c09b3695e0cb6cde7f
58	19	{"n": 58, "tab": "a\\tb"}	\\x66f041e16a60928b05a7e228a89c3799
59	20	{"n": 59, "tab": "a\\tb"}	\\x093f65e080a295f8076b1c5722a46aa2
60	21	{"n": 60, "tab": "a\\tb"}	\\x072b030ba126b2f4b2374f342be9ed44
61	22	{"n": 61, "tab": "a\\tb"}	\\x7f39f8317fbdb1988ef4c628eba02591
62	23	{"n": 62, "tab": "a\\tb"}	\\x44f683a84163b3523afe57c2e008bc8c
63	24	{"n": 63, "tab": "a\\tb"}	\\x03afdbd66e7929b125f8597834fa83a4
64	25	{"n": 64, "tab": "a\\tb"}	\\xea5d2f1c4608232e07d3aa3d998e5135
65	26	{"n": 65, "tab": "a\\tb"}	\\xfc490ca45c00b1249bbe3554a4fdf6fb
66	27	{"n": 66, "tab": "a\\tb"}	\\x3295c76acbf4caaed33c36b1b5fc2cb1
67	28	{"n": 67, "tab": "a\\tb"}	\\x735b90b4568125ed6c3f678819b6e058
68	29	{"n": 68, "tab": "a\\tb"}	\\xa3f390d88e4c41f2747bfa2f1b5f87db
69	30	{"n": 69, "tab": "a\\tb"}	\\x14bfa6bb14875e45bba028a21ed38046
70	31	{"n": 70, "tab": "a\\tb"}	\\x7cbbc409ec990f19c78c75bd1e06f215
71	32	{"n": 71, "tab": "a\\tb"}	\\xe2c420d928d4bf8ce0ff2ec19b371514
72	33	{"n": 72, "tab": "a\\tb"}	\\x32bb90e8976aab5298d5da10fe66f21d
73	34	{"n": 73, "tab": "a\\tb"}	\\xd2ddea18f00665ce8623e36bd4e3c7c5
74	35	{"n": 74, "tab": "a\\tb"}	\\xad61ab143223efbc24c7d2583be69251
75	36	{"n": 75, "tab": "a\\tb"}	\\xd09bf41544a3365a46c9077ebb5e35c3
76	37	{"n": 76, "tab": "a\\tb"}	\\xfbd7939d674997cdb4692d34de8633c4
77	38	{"n": 77, "tab": "a\\tb"}	\\x28dd2c7955ce926456240b2ff0100bde
78	39	{"n": 78, "tab": "a\\tb"}	\\x35f4a8d465e6e1edc05f3d8ab658c551
79	40	{"n": 79, "tab": "a\\tb"}	\\xd1fe173d08e959397adf34b1d77e88d7
80	1	{"n": 80, "tab": "a\\tb"}	\\xf033ab37c30201f73f142449d037028d
81	2	{"n": 81, "tab": "a\\tb"}	\\x43ec517d68b6edd3015b3edc9a11367b
82	3	{"n": 82, "tab": "a\\tb"}	\\x9778d5d219c5080b9a6a17bef029331c
83	4	{"n": 83, "tab": "a\\tb"}	\\xfe9fc289c3ff0af142b6d3bead98a923
84	5	{"n": 84, "tab": "a\\tb"}	\\x68d30a9594728bc39aa24be94b319d21
85	6	{"n": 85, "tab": "a\\tb"}	\\x3ef815416f775098fe977004015c6193
86	7	{"n": 86, "tab": "a\\tb"}	\\x93db85ed909c13838ff95ccfa94cebd9
87	8	{"n": 87, "tab": "a\\tb"}	\\xc7e1249ffc03eb9ded908c236bd1996d
88	9	{"n": 88, "tab": "a\\tb"}	\\x2a38a4a9316c49e5a833517c45d31070
89	10	{"n": 89, "tab": "a\\tb"}	\\x7647966b7343c29048673252e490f736
90	11	{"n": 90, "tab": "a\\tb"}	\\x8613985ec49eb8f757ae6439e879bb2a
91	12	{"n": 91, "tab": "a\\tb"}	\\x54229abfcfa5649e7003b83dd4755294
92	13	{"n": 92, "tab": "a\\tb"}	\\x92cc227532d17e56e07902b254dfad10
93	14	{"n": 93, "tab": "a\\tb"}	\\x98dce83da57b0395e163467c9dae521b
94	15	{"n": 94, "tab": "a\\tb"}	\\xf4b9ec30ad9f68f89b29639786cb62ef
95	16	{"n": 95, "tab": "a\\tb"}	\\x812b4ba287f5ee0bc9d43bbf5bbe87fb
96	17	{"n": 96, "tab": "a\\tb"}	\\x26657d5ff9020d2abefe558796b99584
97	18	{"n": 97, "tab": "a\\tb"}	\\xe2ef524fbf3d9fe611d5a8e90fefdc9c
98	19	{"n": 98, "tab": "a\\tb"}	\\xed3d2c21991e3bef5e069713af9fa6ca
99	20	{"n": 99, "tab": "a\\tb"}	\\xac627ab1ccbdb62ec96e702f07f6425b
100	21	{"n": 100, "tab": "a\\tb"}	\\xf899139df5e1059396431415e770c6dd
101	22	{"n": 101, "tab": "a\\tb"}	\\x38b3eff8baf56627478ec76a704e9b52
102	23	{"n": 102, "tab": "a\\tb"}	\\xec8956637a99787bd197eacd77acce5e
103	24	{"n": 103, "tab": "a\\tb"}	\\x6974ce5ac660610b44d9b9fed0ff9548
104	25	{"n": 104, "tab": "a\\tb"}	\\xc9e1074f5b3f9fc8ea15d152add07294
105	26	{"n": 105, "tab": "a\\tb"}	\\x65b9eea6e1cc6bb9f0cd2a47751a186f
106	27	{"n": 106, "tab": "a\\tb"}	\\xf0935e4cd5920aa6c7c996a5ee53a70f
107	28	{"n": 107, "tab": "a\\tb"}	\\xa97da629b098b75c294dffdc3e463904
108	29	{"n": 108, "tab": "a\\tb"}	\\xa3c65c2974270fd093ee8a9bf8ae7d0b
109	30	{"n": 109, "tab": "a\\tb"}	\\x2723d092b63885e0d7c260cc007e8b9d
110	31	{"n": 110, "tab": "a\\tb"}	\\x5f93f983524def3dca464469d2cf9f3e
111	32	{"n": 111, "tab": "a\\tb"}	\\x698d51a19d8a121ce581499d7b701668
112	33	{"n": 112, "tab": "a\\tb"}	\\x7f6ffaa6bb0b408017b62254211691b5
113	34	{"n": 113, "tab": "a\\tb"}	\\x73278a4a86960eeb576a8fd4c9ec6997
114	35	{"n": 114, "tab": "a\\tb"}	\\x5fd0b37cd7dbbb00f97ba6ce92bf5add
115	36	{"n": 115, "tab": "a\\tb"}	\\x2b44928ae11fb9384c4cf38708677c48
116	37	{"n": 116, "tab": "a\\tb"}	\\xc45147dee729311ef5b5c3003946c48f
117	38	{"n": 117, "tab": "a\\tb"}	\\xeb160de1de89d9058fcb0b968dbbbd68
118	39	{"n": 118, "tab": "a\\tb"}	\\x5ef059938ba799aaa845e1c2e8a762bd
119	40	{"n": 119, "tab": "a\\tb"}	\\x07e1cd7dca89a1678042477183b7ac3f
120	1	{"n": 120, "tab": "a\\tb"}	\\xda4fb5c6e93e74d3df8527599fa62642
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: pguser
--

COPY public.users (user_id, email_hash, creation_time, app) FROM stdin;
1	c4ca4238a0b923820dcc509a6f75849b	1600000000000001	photos
2	c81e728d9d4c2f636f067f89cc14862c	1600000000000002	photos
3	eccbc87e4b5ce2fe28308fd9f2a7baf3	1600000000000003	auth
4	a87ff679a2f3e71d9181a67b7542122c	1600000000000004	photos
5	e4da3b7fbbce2345d7772b0674a318d5	1600000000000005	photos
6	1679091c5a880faf6fb5e6087eb1b2dc	1600000000000006	auth
7	8f14e45fceea167a5a36dedd4bea2543	1600000000000007	photos
8	c9f0f895fb98ab9159f51fd0297e236d	1600000000000008	photos
9	45c48cce2e2d7fbdea1afc51c7c6ad26	1600000000000009	auth
10	d3d9446802a44259755d38e6d163e820	1600000000000010	photos
11	6512bd43d9caa6e02c990b0a82652dca	1600000000000011	photos
12	c20ad4d76fe97759aa27a0c99bff6710	1600000000000012	auth
13	c51ce410c124a10e0db5e4b97fc2af39	1600000000000013	photos
14	aab3238922bcc25a6f606eb525ffdc56	1600000000000014	photos
15	9bf31c7ff062936a96d3c8bd1f8f2ff3	1600000000000015	auth
16	c74d97b01eae257e44aa9d5bade97baf	1600000000000016	photos
17	70efdf2ec9b086079795c442636b55fb	1600000000000017	photos
18	6f4922f45568161a8cdf4ad2299f6d23	1600000000000018	auth
19	1f0e3dad99908345f7439f8ffabdffc4	1600000000000019	photos
20	98f13708210194c475687be6106a3b84	1600000000000020	photos
21	3c59dc048e8850243be8079a5c74d079	1600000000000021	auth
22	b6d767d2f8ed5d21a44b0e5886680cb9	1600000000000022	photos
23	37693cfc748049e45d87b8c7d8b9aacd	1600000000000023	photos
24	1ff1de774005f8da13f42943881c655f	1600000000000024	auth
25	8e296a067a37563370ded05f5a3bf3ec	1600000000000025	photos
26	4e732ced3463d06de0ca9a15b6153677	1600000000000026	photos
27	02e74f10e0327ad868d138f2b4fdd6f0	1600000000000027	auth
28	33e75ff09dd601bbe69f351039152189	1600000000000028	photos
29	6ea9ab1baa0efb9e19094440c317e21b	1600000000000029	photos
30	34173cb38f07f89ddbebc2ac9128303f	1600000000000030	auth
31	c16a5320fa475530d9583c34fd356ef5	1600000000000031	photos
32	6364d3f0f495b6ab9dcf8d3b5c6e0b01	1600000000000032	photos
33	182be0c5cdcd5072bb1864cdee4d3d6e	1600000000000033	auth
34	e369853df766fa44e1ed0ff613f563bd	1600000000000034	photos
35	1c383cd30b7c298ab50293adfecb7b18	1600000000000035	photos
36	19ca14e7ea6328a42e0eb13d585e4c22	1600000000000036	auth
37	a5bfc9e07964f8dddeb95fc584cd965d	1600000000000037	photos
38	a5771bce93e200c36f7cd9dfd0e5deaa	1600000000000038	photos
39	d67d8ab4f4c10bf22aa353e27879133c	1600000000000039	auth
40	d645920e395fedad7bbbed0eca3fe2e0	1600000000000040	photos
\.


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (file_id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);


--
-- Name: files files_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: pguser
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(user_id);


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pguser
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;


--
-- Name: TABLE files; Type: ACL; Schema: public; Owner: pguser
--

GRANT SELECT ON TABLE public.files TO ente_readonly;


--
-- Name: TABLE users; Type: ACL; Schema: public; Owner: pguser
--

GRANT SELECT ON TABLE public.users TO ente_readonly;


--
-- PostgreSQL database dump complete
--

\unrestrict JlU3fXIKF3bk7td3KYZhFszl9R5YQBkWbeZQdi2ayXEKS3NTfrbRHjBgbifbzEi
