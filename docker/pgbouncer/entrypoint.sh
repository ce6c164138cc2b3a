#!/bin/sh
# PgBouncer for docker-compose.yml, in transaction mode: the API replicas' pools (DATABASE_URL) share a few server
# connections. Migrations, the migration lock and backups go to PostgreSQL directly (MIGRATION_DATABASE_URL).
# The users file holds the runtime role only, with its password (PgBouncer passes it on to PostgreSQL).
set -eu
: "${WG4_APP_PASSWORD:?set WG4_APP_PASSWORD}"
APP="${WG4_APP_ROLE:-wg4_app}"
mkdir -p /tmp/pgbouncer
printf '"%s" "%s"\n' "$APP" "$WG4_APP_PASSWORD" > /tmp/pgbouncer/users.txt
cat > /tmp/pgbouncer/pgbouncer.ini <<INI
[databases]
wg4 = host=${DB_HOST:-db} port=5432 dbname=wg4

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
auth_type = scram-sha-256
auth_file = /tmp/pgbouncer/users.txt
pool_mode = transaction
max_client_conn = ${PGBOUNCER_MAX_CLIENT_CONN:-500}
default_pool_size = ${PGBOUNCER_POOL_SIZE:-20}
server_reset_query =
ignore_startup_parameters = extra_float_digits
INI
exec pgbouncer /tmp/pgbouncer/pgbouncer.ini
