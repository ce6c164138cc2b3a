/**
 * A timestamptz column as the API writes timestamps (ISO 8601, UTC, milliseconds truncated like a JS Date), formatted
 * by PostgreSQL: for lists of many rows, parsing each value into a Date and printing it again costs more in Node.
 */
export const isoTimestampSql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `'a', 'b', 'c'`: a closed vocabulary (from #contracts) as the list of a CHECK constraint's IN, so it is written once. */
export const sqlValues = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
