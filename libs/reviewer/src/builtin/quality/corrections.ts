/** Customer messages that correct the agent: what the agent answered is not what they asked or said. */
import type { Conversation, Msg } from '../conversation';
import * as Q from '../lexicon/quality.lexicon';
import { hasPhrase } from '../patterns';
import { WordCounts } from '../word-index';

/** How much of a message must repeat the customer's earlier words for it to be a restatement. */
const RESTATED_SHARE = 0.5;
const NEGATED_START = /^\W*(no|nope|non|nein|nao|not)\b[\s,.!]+(?!(thanks?|thank you|grazie|gracias|merci|danke|obrigad[oa])\b)/;
const SHOUTED = /(?:^|[^\p{L}])\p{Lu}{4,}(?![\p{L}])/u;

/**
 * Customer messages that show the agent got it wrong: an explicit correction ("I said June, not
 * July"), or, after a reply, a "no, …" or shouted restatement of what they had already written.
 */
export function corrections(c: Conversation): Msg[] {
  const earlier = new WordCounts();
  const out: Msg[] = [];
  for (const m of c.customer) {
    const words = [...m.content, ...(m.norm.match(/\d+/g) ?? [])];
    if (c.prevAgent[m.index] >= 0) {
      const repeated = words.filter((w) => earlier.has(w)).length;
      const restates = repeated >= 2 && repeated >= RESTATED_SHARE * words.length;
      if (
        hasPhrase(Q.CORRECTION, m.norm, { negation: false }) ||
        (restates && (NEGATED_START.test(m.norm) || SHOUTED.test(stripShouting(m.clean)))) ||
        (NEGATED_START.test(m.norm) && SHOUTED.test(stripShouting(m.clean)))
      )
        out.push(m);
    }
    earlier.addUnit(words);
  }
  return out;
}

/** Words in capitals that are not shouting: short acronyms and the like are left out by SHOUTED's length; "STOP" is an opt-out. */
function stripShouting(text: string): string {
  return text.replace(/\b(STOP|INFO|OK|OKAY|SMS|HTML|HTTP|HTTPS|WIFI|COVID)\b/g, ' ');
}
