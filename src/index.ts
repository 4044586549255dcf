import { startBot } from './bot';
import { ConfigError, loadConfig } from './config';

// Wiring only: read the environment once, start, stop cleanly on a signal.
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const bot = await startBot(config);
  const stop = async () => {
    bot.log.info('stopping');
    await bot.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error('SAV-boten could not start:', err);
  process.exit(1);
});
