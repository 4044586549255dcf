// First, before restify is loaded: it would print a deprecation warning that is not ours at every start.
import './quietWarnings';
import { ConfigError, loadConfig } from './config';
import { loadEnvFile } from './envFile';
import { openDatabase } from './store/database';

/** How long a signal waits for the bot to close before the process exits anyway. */
const STOP_TIMEOUT_MS = 10_000;

// The process: read the environment once (`.env` in the working directory under the real environment),
// start the bot (compose.ts wires it), stop cleanly on a signal.
async function main() {
  let config;
  try {
    loadEnvFile();
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    if ((err as NodeJS.ErrnoException).syscall === 'open') {
      console.error(`SAV-boten could not read .env: ${(err as Error).message}`);
      process.exit(1);
    }
    throw err;
  }
  // The database opens while the rest of the bot loads: PGlite reads and compiles its WebAssembly (and on a
  // first start runs initdb in a child process) off the main thread while the require() below runs on it.
  const database = openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  database.catch(() => undefined); // A failure is thrown where startBot awaits it.
  const { startBot } = require('./compose') as typeof import('./compose');
  const { PortInUseError } = require('./server') as typeof import('./server');
  let bot;
  try {
    bot = await startBot(config, { database });
  } catch (err) {
    // Expected at start (another process on the port): one line that says what to do, no stack trace.
    if (err instanceof PortInUseError) {
      console.error(`SAV-boten could not start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A host that loses patience signals again: leave at once rather than ignore it.
    if (stopping) {
      bot.log.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    }
    stopping = true;
    bot.log.info({ signal }, 'stopping');
    // A close that hangs (a stuck request or job) must not keep the process alive forever.
    setTimeout(() => {
      bot.log.error({ afterMs: STOP_TIMEOUT_MS }, 'did not stop in time: exiting anyway');
      process.exit(1);
    }, STOP_TIMEOUT_MS);
    bot.close().then(
      () => {
        bot.log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        bot.log.error({ err }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error('SAV-boten could not start:', err);
  process.exit(1);
});
