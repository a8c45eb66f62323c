/**
 * `node dist/libs/reviewer/src/evaluation/window-bench.js` — how the builtin reviewer's time grows
 * with the window size: reviews windows of 500 to 8,000 messages (a mixed conversation repeated)
 * and prints the time per message; linear work keeps that figure flat.
 */
import { BuiltinReviewer } from '../builtin/builtin.reviewer';
import type { ReviewInput } from '../reviewer';
import { loadSet, toReviewInput } from './labelled-set';
import { devSetPath } from './paths';

function window(size: number): ReviewInput {
  const convs = loadSet(devSetPath()).conversations.map((c) => toReviewInput(c));
  const messages: ReviewInput['messages'] = [];
  for (let i = 0; messages.length < size; i++) {
    for (const m of convs[i % convs.length].messages) {
      if (messages.length >= size) break;
      messages.push({ ...m, id: `w${messages.length}`, sentAt: new Date(Date.UTC(2025, 0, 1) + messages.length * 60_000) });
    }
  }
  return { source: 'WHATSAPP', contact: {}, messages, omittedMessages: 0 };
}

const reviewer = new BuiltinReviewer();
reviewer.analyze(window(200)); // warm up the JIT and the lexicons
console.log('messages  ms      µs/message');
for (const size of [500, 1000, 2000, 4000, 8000]) {
  const input = window(size);
  const start = process.hrtime.bigint();
  reviewer.analyze(input);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${String(size).padEnd(9)} ${ms.toFixed(0).padEnd(7)} ${((1000 * ms) / size).toFixed(0)}`);
}
