import pg from 'pg';

/**
 * On a PostgreSQL server, a database of the bench's own (`<prefix>_<pid>_<time>`), dropped afterwards: a
 * bench truncates and floods tables, which must never hit the bot's own. Without a server, nothing to do.
 */
export async function throwawayDatabase(server: string | undefined, prefix: string): Promise<{ url?: string; drop(): Promise<void> }> {
  if (!server) return { drop: async () => undefined };
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
