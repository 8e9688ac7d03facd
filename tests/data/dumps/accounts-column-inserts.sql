--
-- PostgreSQL database dump
--

\restrict FjbnGgn3PLaShgu7pefvWB2XJzgSin1Gir3HXYgcvEXk2gxQfbNn0Srx6y8nnfJ

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

INSERT INTO public.accounts (id, email, plan) OVERRIDING SYSTEM VALUE VALUES
	(1, 'user1@example.org', 'paid
(yearly)'),
	(2, 'user2@example.org', 'free'),
	(3, 'user3@example.org', 'paid
(yearly)'),
	(4, 'user4@example.org', 'free'),
	(5, 'user5@example.org', 'paid
(yearly)');
INSERT INTO public.accounts (id, email, plan) OVERRIDING SYSTEM VALUE VALUES
	(6, 'user6@example.org', 'free'),
	(7, 'user7@example.org', 'paid
(yearly)'),
	(8, 'user8@example.org', 'free'),
	(9, 'user9@example.org', 'paid
(yearly)'),
	(10, 'user10@example.org', 'free');
INSERT INTO public.accounts (id, email, plan) OVERRIDING SYSTEM VALUE VALUES
	(11, 'user11@example.org', 'paid
(yearly)'),
	(12, 'user12@example.org', 'free'),
	(13, 'user13@example.org', 'paid
(yearly)'),
	(14, 'user14@example.org', 'free'),
	(15, 'user15@example.org', 'paid
(yearly)');
INSERT INTO public.accounts (id, email, plan) OVERRIDING SYSTEM VALUE VALUES
	(16, 'user16@example.org', 'free'),
	(17, 'user17@example.org', 'paid
(yearly)'),
	(18, 'user18@example.org', 'free'),
	(19, 'user19@example.org', 'paid
(yearly)'),
	(20, 'user20@example.org', 'free');
INSERT INTO public.accounts (id, email, plan) OVERRIDING SYSTEM VALUE VALUES
	(21, 'user21@example.org', 'paid
(yearly)'),
	(22, 'user22@example.org', 'free'),
	(23, 'user23@example.org', 'paid
(yearly)');


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: museum
--

INSERT INTO public.tokens (token, account_id, created) VALUES
	('aa2fd6ea9500563c7ac5b2c0b6ec4629', 2, 1700000001),
	('52ac105a897798d6d12abc200e841237', 3, 1700000002),
	('5d4a8ce8a13513bd847d682b35839211', 4, 1700000003),
	('8621bc0fffd0664023621037662a3d82', 5, 1700000004),
	('0c8132bd736854112a748a5b686c230d', 6, 1700000005);
INSERT INTO public.tokens (token, account_id, created) VALUES
	('d9a586b8dfd5124b46741422aaaacb06', 7, 1700000006),
	('845b0b80062a708cf91a81a3711abc7a', 8, 1700000007),
	('71f57a483ab27c3fa0b902b6a50be361', 9, 1700000008),
	('bab6d2eb8716f3da1c29d16c8d869b4e', 10, 1700000009);


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

\unrestrict FjbnGgn3PLaShgu7pefvWB2XJzgSin1Gir3HXYgcvEXk2gxQfbNn0Srx6y8nnfJ

