import { TestBot } from './bot';
import { OpenBrowser, openBrowser, RunningPlayground, startPlayground } from './playground';

/** The real bot, the Agents Playground talking to it, and headless Chromium showing the Playground. */
export interface PlaygroundSession {
  t: TestBot;
  pg: RunningPlayground;
  b: OpenBrowser;
  /** Screenshot (when E2E_SCREENSHOT is set), then stops browser, Playground and bot. */
  close(): Promise<void>;
}

/** Starts a bot (Swedish, as the city's editors see it: the Playground always reports en-US) and opens it in the Playground. */
export async function startPlaygroundSession(opts: { now?: string; env?: Record<string, string> } = {}): Promise<PlaygroundSession> {
  const t = await TestBot.start({ now: opts.now, env: { BOT_LANGUAGE: 'sv', ...opts.env } });
  const pg = await startPlayground({ botEndpoint: `${t.bot.url}/api/messages` });
  const b = await openBrowser();
  await b.page.goto(pg.url);
  return {
    t,
    pg,
    b,
    close: async () => {
      if (process.env.E2E_SCREENSHOT) await b.page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true }).catch(() => undefined);
      await b.close();
      await pg.stop();
      await t.close();
    },
  };
}
