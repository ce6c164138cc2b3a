#!/bin/sh
# The two database roles of ADR 0005, for docker-compose.yml's PostgreSQL:
#   WG4_OWNER_ROLE (default wg4_owner)  owns the database and every object in it; the API migrates as it
#                                       (MIGRATION_DATABASE_URL). Not a superuser.
#   WG4_APP_ROLE   (default wg4_app)    what the API runs as (DATABASE_URL): owns nothing; the API's grant step gives it
#                                       SELECT/INSERT/UPDATE/DELETE on the tables, SELECT/INSERT only on audit_events.
# The postgres image runs this once, on the first start of an empty volume, as POSTGRES_USER (the bootstrap superuser).
# It is idempotent: for a volume made by an earlier version (everything owned by the superuser), run it once by hand:
#   docker compose exec db sh /docker-entrypoint-initdb.d/10-wg4-roles.sh
set -eu
: "${POSTGRES_USER:?}" "${POSTGRES_DB:?}" "${WG4_OWNER_PASSWORD:?set WG4_OWNER_PASSWORD}" "${WG4_APP_PASSWORD:?set WG4_APP_PASSWORD}"
OWNER="${WG4_OWNER_ROLE:-wg4_owner}"
APP="${WG4_APP_ROLE:-wg4_app}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" ${PGHOST:+--host "$PGHOST"} \
  -v owner="$OWNER" -v app="$APP" -v owner_password="$WG4_OWNER_PASSWORD" -v app_password="$WG4_APP_PASSWORD" <<'SQL'
BEGIN;
SELECT pg_advisory_xact_lock(2003252306);
SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
-- CREATEDB lets the owner restore a backup into a new database (npm run cli -- restore … --database <name>).
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS CREATEDB PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS NOCREATEDB PASSWORD %L', :'app', :'app_password') \gexec
-- The runtime role's session defaults on the role itself: it connects through PgBouncer (transaction mode), which
-- refuses them as start-up parameters (the API's grant step also sets them on the database).
SELECT format('ALTER ROLE %I SET statement_timeout = %L', :'app', '30s') \gexec
SELECT format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', :'app', '60s') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- An earlier version's objects (owned by the superuser) go to the owner; extension members stay with their extension.
SELECT format('ALTER %s %s OWNER TO %I', kind, name, :'owner') FROM (
  SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
         c.oid::regclass::text AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> :'owner'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  UNION ALL
  SELECT 'ROUTINE', p.oid::regprocedure::text
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> :'owner'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
) objects \gexec
COMMIT;
SQL
echo "wg4: roles $OWNER (owner) and $APP (runtime) ready on database $POSTGRES_DB"
