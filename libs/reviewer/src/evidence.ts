/** Evidence rules shared by every reviewer: a cited id of the input, an exact substring quote, at most 200 characters. */
import { EVIDENCE_QUOTE_MAX_CHARS, type ReviewEvidence, type ReviewMessage } from './reviewer';
import type { ConversationStatus, MessageRole } from './vocabulary';

/** What is wrong with one list of evidence (empty when nothing is): each problem names where it is. */
export function evidenceProblems(
  evidence: readonly ReviewEvidence[],
  byId: ReadonlyMap<string, ReviewMessage>,
  where: string,
  role?: MessageRole,
): string[] {
  const problems: string[] = [];
  evidence.forEach((e, i) => {
    const at = `${where}[${i}]`;
    const msg = byId.get(e.messageId);
    if (!msg) problems.push(`${at}.messageId "${e.messageId}" is not the id of any message`);
    else if (role && msg.role !== role) problems.push(`${at}.messageId "${e.messageId}" is a ${msg.role} message, expected ${role}`);
    if (!e.quote.trim()) problems.push(`${at}.quote is empty`);
    else if (e.quote.length > EVIDENCE_QUOTE_MAX_CHARS)
      problems.push(`${at}.quote is ${e.quote.length} characters, at most ${EVIDENCE_QUOTE_MAX_CHARS}`);
    else if (msg && !msg.text.includes(e.quote)) problems.push(`${at}.quote is not an exact substring of message "${e.messageId}"`);
  });
  return problems;
}

/** What a result cites: criteria evidence and status evidence. */
export interface CitingResult {
  criteria: readonly { evidence: readonly ReviewEvidence[] }[];
  statusEvidence: readonly ReviewEvidence[];
  suggestedStatus: ConversationStatus;
}

/**
 * Every evidence problem of a result. Criteria cite agent messages; the status cites customer
 * messages, except WAITING_RESPONSE (the agent's last question) and CONTACTED (a call or booking the
 * agent may be the one to report).
 */
export function resultEvidenceProblems(result: CitingResult, messages: readonly ReviewMessage[]): string[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const statusRole: MessageRole | undefined =
    result.suggestedStatus === 'WAITING_RESPONSE' ? 'AGENT' : result.suggestedStatus === 'CONTACTED' ? undefined : 'CUSTOMER';
  return [
    ...result.criteria.flatMap((c, i) => evidenceProblems(c.evidence, byId, `criteria[${i}].evidence`, 'AGENT')),
    ...evidenceProblems(result.statusEvidence, byId, 'statusEvidence', statusRole),
  ];
}

/**
 * The part of `text` between `start` and `end` as a quote: trimmed, and when longer than the limit, a
 * window of whole words around `focus`. Always an exact substring of `text`.
 */
export function fitQuote(text: string, start = 0, end = text.length, focus = start): string {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const max = EVIDENCE_QUOTE_MAX_CHARS;
  if (e - s > max) {
    // keep some context before the words that matter, then cut on spaces so no word (or emoji) is split
    let ws = Math.max(s, Math.min(focus - 40, e - max));
    if (ws > s) {
      const sp = text.indexOf(' ', ws);
      ws = sp >= 0 && sp < ws + 40 ? sp + 1 : ws;
    }
    let we = Math.min(e, ws + max);
    if (we < e) {
      const sp = text.lastIndexOf(' ', we);
      if (sp > ws + max / 2) we = sp;
    }
    s = ws;
    e = we;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // never end or start on half of a surrogate pair
    if (/[\uD800-\uDBFF]/.test(text[e - 1] ?? '')) e--;
    if (/[\uDC00-\uDFFF]/.test(text[s] ?? '')) s++;
  }
  return text.slice(s, e);
}
