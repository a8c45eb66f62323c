// A conversation whose review keeps failing becomes visible with a review marked failed (status
// unchanged), and the workflow says so: retries end (here after 2 attempts, REVIEW_MAX_ATTEMPTS).
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { freePort, readStack, temporalCli } from '../support/stack';
import { startSystem, waitFor, type System } from '../support/system';

describe('a review that keeps failing ends, visibly', () => {
  let s: System;
  let model: http.Server;
  let calls = 0;
  before(async () => {
    // an OpenAI-compatible endpoint that is down (500) for every request
    const port = await freePort();
    model = http.createServer((_req, res) => {
      calls++;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"upstream is down"}}');
    });
    await new Promise<void>((r) => model.listen(port, '127.0.0.1', r));
    s = await startSystem({
      reviewDelay: '1s',
      env: {
        REVIEWER: 'openai',
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
        OPENAI_MODEL: 'test-model',
        OPENAI_API_KEY: 'k',
        REVIEW_MAX_ATTEMPTS: '2',
      },
    });
  });
  after(async () => {
    await s.stop();
    model.close();
  });

  it('is shown with a failed review, its status unchanged, and the failure in the workflow state', async () => {
    const { apiToken } = await s.createWorkspace('failing');
    const posted = await s.postMessage(apiToken, {
      source: 'WIDGET',
      conversationKey: 'k',
      messageId: 'm1',
      role: 'CUSTOMER',
      text: 'Do you deliver to Milan?',
    });
    assert.equal(posted.status, 202);
    const id = posted.body.conversationId as string;
    const query = '{ conversations { edges { node { id status visible review { failed reviewer qualityScore summary } } } } }';
    let node: any;
    await waitFor(
      async () => {
        node = (await s.gql(query, {}, apiToken)).data?.conversations.edges[0]?.node;
        return node?.id === id;
      },
      90_000,
      'the conversation to be shown with its failed review',
    );
    assert.equal(node.status, 'IN_PROGRESS');
    assert.equal(node.review.failed, true);
    assert.match(node.review.reviewer, /^failed:/);
    assert.ok(calls >= 2, `the model was asked ${calls} times`);
    const stack = readStack();
    const state = JSON.parse(
      execFileSync(
        temporalCli(),
        ['workflow', 'query', '--address', stack.temporalAddress, '--workflow-id', `conversation-${id}`, '--name', 'state', '-o', 'json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { queryResult: { reviewFailureCount: number; lastReviewFailure: { recorded: boolean } }[] };
    const result = state.queryResult[0];
    assert.equal(result.reviewFailureCount, 1);
    assert.equal(result.lastReviewFailure.recorded, true);
  });
});
