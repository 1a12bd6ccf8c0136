import pg from 'pg';
import type { DbOrTx } from './db.ts';

/** A statement and its values, sent as parameters ($1, $2, … in the text, each value as text). */
export type Statement = { text: string; values: string[] };

/** A statement from a template: each `${value}` becomes the next parameter (give each a cast in the text). */
export function statement(strings: TemplateStringsArray, ...values: (string | Date)[]): Statement {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += `$${i + 1}${strings[i + 1]}`;
  return { text, values: values.map((v) => (v instanceof Date ? v.toISOString() : v)) };
}

/**
 * Runs statements as one pipeline of PostgreSQL's extended protocol: each one parsed, bound to its
 * values and executed, and a single Sync after the last. One round trip, and one transaction: the
 * statements before a Sync are one implicit transaction (committed at the Sync, all rolled back if one
 * fails), unless `db` is in a transaction already. The values travel as parameters, so megabytes of a
 * page's rows are neither escaped here nor read by the SQL lexer there (on the server, lexing them as
 * literals cost ~0.15 s of a million-invoice run: bench/README.md). Returns the rows each one wrote.
 * On failure the database's own error is raised.
 */
export async function runPipeline(db: DbOrTx, statements: Statement[]): Promise<number[]> {
  const client = clientOf(db);
  if (!(client instanceof pg.Pool)) return submit(client, statements);
  const connection = await client.connect();
  let broken: Error | undefined;
  try {
    return await submit(connection, statements);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) broken = error as Error; // a connection that failed is not reused
    throw error;
  } finally {
    connection.release(broken);
  }
}

function submit(client: pg.ClientBase, statements: Statement[]): Promise<number[]> {
  return new Promise((resolve, reject) => { void client.query(new Pipeline(statements, resolve, reject) as unknown as pg.QueryConfig); });
}

/**
 * The statement handle of a drizzle database or transaction: its pool, or the connection its transaction
 * holds. Drizzle keeps it in the session (node-postgres driver) without a public accessor.
 */
function clientOf(db: DbOrTx): pg.Pool | pg.ClientBase {
  const client = (db._.session as unknown as { client?: unknown }).client;
  if (client instanceof pg.Pool || client instanceof pg.Client) return client;
  throw new Error('runPipeline: the database handle holds no node-postgres pool or client');
}

/** The connection calls of node-postgres that a pipeline uses (pg's own Query makes the same ones). */
type Connection = {
  stream: { cork?(): void; uncork?(): void };
  parse(m: { text: string; name: string; types: number[] }): void;
  bind(m: { portal: string; statement: string; values: string[] }): void;
  execute(m: { portal: string; rows: number }): void;
  sync(): void;
  sendCopyFail(message: string): void;
};

/** A node-postgres submittable: the client hands it the connection and the backend's replies in turn. */
class Pipeline {
  private readonly written: number[] = [];
  private settled = false;
  constructor(private readonly statements: Statement[], private readonly resolve: (written: number[]) => void, private readonly reject: (e: Error) => void) {}

  submit(connection: Connection): null {
    connection.stream.cork?.(); // one write of all the messages
    try {
      for (const s of this.statements) {
        connection.parse({ text: s.text, name: '', types: [] });
        connection.bind({ portal: '', statement: '', values: s.values });
        connection.execute({ portal: '', rows: 0 });
      }
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleCommandComplete(message: { text: string }): void {
    this.written.push(Number(/(\d+)$/.exec(message.text)?.[1] ?? 0)); // 'INSERT 0 5', 'UPDATE 3'
  }
  handleError(error: Error): void { // the backend skips to the Sync and rolls the implicit transaction back
    if (!this.settled) { this.settled = true; this.reject(error); }
  }
  handleReadyForQuery(): void {
    if (!this.settled) { this.settled = true; this.resolve(this.written); }
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: Connection): void { connection.sendCopyFail('a pipeline sends no COPY data'); }
  handleCopyData(): void {}
}

/** A statement the database parses and plans once per connection: a named prepared statement. */
export type PreparedStatement = { name: string; text: string };

/**
 * Runs a named prepared statement with these values and returns its rows. The connection prepares it
 * the first time (node-postgres remembers which names it has prepared); later runs only bind and execute.
 * Each name must always come with the same text.
 */
export async function runPrepared(db: DbOrTx, s: PreparedStatement, values: string[]): Promise<unknown[]> {
  const result = await clientOf(db).query({ name: s.name, text: s.text, values });
  return result.rows;
}
