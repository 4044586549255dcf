/**
 * `npm run linkedin:sim`: starts the LinkedIn simulator with Helsingborg demo data on
 * LINKEDIN_SIM_PORT (default 3979) and prints the environment lines that point the bot at it.
 * Set LINKEDIN_SIM_WEBHOOK_URL and LINKEDIN_CLIENT_SECRET to have new comments pushed to the bot.
 */
import { startLinkedInSimulator } from './linkedinSimulator';

async function main(): Promise<void> {
  const port = Number(process.env.LINKEDIN_SIM_PORT ?? 3979);
  const webhookUrl = process.env.LINKEDIN_SIM_WEBHOOK_URL;
  const clientSecret = process.env.LINKEDIN_CLIENT_SECRET;
  // /koppla linkedin against the simulator: the bot's LINKEDIN_CLIENT_ID / LINKEDIN_CLIENT_SECRET are the app's.
  const oauth = { clientId: process.env.LINKEDIN_CLIENT_ID ?? 'sim-client', clientSecret: clientSecret ?? 'sim-client-secret', grantRefreshTokens: process.env.LINKEDIN_SIM_REFRESH_TOKENS === '1' };
  const sim = await startLinkedInSimulator({
    port,
    seed: true,
    oauth,
    ...(webhookUrl && clientSecret ? { webhook: { url: webhookUrl, clientSecret } } : {}),
  });
  const admin = `http://127.0.0.1:${sim.port}/_sim`;
  const [firstPost] = [...sim.state.posts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

  console.log(`LinkedIn simulator listening on ${sim.baseUrl}`);
  console.log('\nPoint the bot at it (.env):');
  console.log(`LINKEDIN_API_BASE_URL=${sim.baseUrl}`);
  console.log(`LINKEDIN_ACCESS_TOKEN=${sim.state.accessToken}`);
  console.log(`LINKEDIN_ORGANIZATION_URN=${sim.state.organizationUrn}`);
  console.log('\nOr connect it from Teams with /koppla linkedin (instead of LINKEDIN_ACCESS_TOKEN):');
  console.log(`LINKEDIN_OAUTH_BASE_URL=${sim.oauthBaseUrl}`);
  console.log(`LINKEDIN_CLIENT_ID=${oauth.clientId}`);
  console.log(`LINKEDIN_CLIENT_SECRET=${oauth.clientSecret}`);
  console.log('\nAdd a comment from outside:');
  console.log(
    `curl -s -X POST ${admin}/comments -H 'Content-Type: application/json' ` +
      `-d '{"postUrn":"${firstPost.urn}","text":"När börjar programmet?","actorUrn":"urn:li:person:TestPerson1"}'`,
  );
  console.log(`Other routes: POST ${admin}/replies {commentUrn,text}, POST ${admin}/posts {text}, ` +
    `POST ${admin}/failure {status,times?,retryAfter?}, GET ${admin}/state`);
  if (webhookUrl && !clientSecret) console.log('\n(LINKEDIN_SIM_WEBHOOK_URL is set but LINKEDIN_CLIENT_SECRET is not: no webhooks.)');

  // Stop serving, then exit; a request still being answered (the bot polls often) must not keep the process alive.
  const shutdown = () => {
    setTimeout(() => process.exit(0), 1_000).unref();
    void sim.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  console.error(`linkedin simulator failed to start: ${error.message}`);
  process.exit(1);
});
