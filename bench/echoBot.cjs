#!/usr/bin/env node
// The yardstick of `npm run bench` (bench/lean.bench.ts): a bare teams-ai bot on SAV-boten's stack
// (restify + TeamsAdapter, no database), replying to every message with a small Adaptive Card and to
// every card action with one. Plain JavaScript, so that it starts as a compiled bot does.
//   PORT=0 node bench/echoBot.cjs   → prints {"port":…} once it listens; GET /healthz answers 200.
'use strict';

const restify = require('restify');
const { CardFactory, MessageFactory } = require('botbuilder');
const { Application, TeamsAdapter } = require('@microsoft/teams-ai');

const card = (text) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Echo', weight: 'Bolder' },
    { type: 'TextBlock', text, wrap: true },
  ],
  actions: [{ type: 'Action.Execute', title: 'Again', verb: 'echo', data: { text } }],
});

const adapter = new TeamsAdapter({});
const app = new Application({ adapter, botAppId: '', removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
app.message(/.*/, async (context) => {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card(context.activity.text || ''))));
});
app.adaptiveCards.actionExecute('echo', async (_context, _state, data) => card(String((data && data.text) || '')));

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => app.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ msg: 'echo bot listening', port: server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
