import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BuiltinReviewer } from './builtin/builtin.reviewer';
import { createReviewer, type ReviewerConfig } from './create-reviewer';
import { OpenAiReviewer } from './openai/openai.reviewer';

describe('createReviewer', () => {
  it('builds the builtin reviewer', () => {
    assert.ok(createReviewer({ reviewer: 'builtin' }) instanceof BuiltinReviewer);
  });

  it('builds the OpenAI-compatible reviewer, named after its model', () => {
    const r = createReviewer({ reviewer: 'openai', openai: { baseUrl: 'http://127.0.0.1:1/v1', model: 'gpt-4o-mini' } });
    assert.ok(r instanceof OpenAiReviewer);
    assert.equal(r.name, 'openai:gpt-4o-mini');
  });

  it('names the missing setting', () => {
    assert.throws(() => createReviewer({ reviewer: 'openai' }), /openai\.baseUrl \(OPENAI_BASE_URL\)/);
    assert.throws(
      () => createReviewer({ reviewer: 'openai', openai: { baseUrl: 'http://x', model: '' } }),
      /openai\.model \(OPENAI_MODEL\)/,
    );
    assert.throws(
      () => createReviewer({ reviewer: 'gpt' } as unknown as ReviewerConfig),
      /reviewer must be "builtin" or "openai", not "gpt"/,
    );
  });
});
