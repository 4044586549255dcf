// Preloaded (`node -r`) into the built bot by the crash tests: SIGKILLs the process at a chosen point,
// the way a host's OOM killer or a power cut would, with no chance to clean up.
//   CRASH_POINT=poll     after LinkedIn answered a comment list, inside the poll
//   CRASH_POINT=track    after a comment's insert, before its reminder ladder (inside the transaction)
//   CRASH_POINT=send     after Teams took a card, before the outbox recorded it (the send in flight)
//   CRASH_POINT=webhook  after one notification of a delivery was stored, before the delivery is answered
//   CRASH_AFTER=n        at the n-th time the point is reached (default 1)
'use strict';
const path = require('node:path');

const point = process.env.CRASH_POINT;
const after = Number(process.env.CRASH_AFTER || 1);
const dist = path.resolve(__dirname, '../../dist/src');
const points = {
  poll: ['linkedin/client', 'LinkedInClient', 'listComments'],
  track: ['store/comments', 'CommentRepository', 'insert'],
  send: ['teams/proactive', 'TeamsSender', 'send'],
  webhook: ['linkedin/ingest', 'WebhookIngestion', 'ingest'],
};

if (point) {
  const target = points[point];
  if (!target) throw new Error(`unknown CRASH_POINT ${point}`);
  const [file, cls, method] = target;
  const Class = require(path.join(dist, file))[cls];
  const original = Class.prototype[method];
  let hits = 0;
  Class.prototype[method] = async function (...args) {
    const result = await original.apply(this, args);
    if (++hits === after) {
      process.stderr.write(`crash: SIGKILL at ${point} #${hits}\n`);
      process.kill(process.pid, 'SIGKILL');
      // The signal is not synchronous: hold here so nothing after the point runs.
      await new Promise(() => undefined);
    }
    return result;
  };
}
