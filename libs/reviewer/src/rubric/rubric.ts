/**
 * The rubric's numbers in one place: criteria (keys, labels, weights), score caps and bands, as in
 * review-rubric.md beside this file (a copy of the shared rubric, which a test keeps identical and
 * checks these values against). Prompts read the markdown itself.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CRITERION_KEYS, type CriterionKey } from '../reviewer';

/** Languages the rubric's labels are given in (en/it by the rubric, the others translated here). */
export const LABEL_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'pt'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface CriterionSpec {
  key: CriterionKey;
  weight: number;
  labels: Record<LabelLanguage, string>;
}

export const CRITERIA: readonly CriterionSpec[] = [
  {
    key: 'answer',
    weight: 40,
    labels: { en: 'Answer', it: 'Risposta', es: 'Respuesta', fr: 'Réponse', de: 'Antwort', pt: 'Resposta' },
  },
  {
    key: 'next_step',
    weight: 25,
    labels: {
      en: 'Next step',
      it: 'Passo successivo',
      es: 'Siguiente paso',
      fr: 'Étape suivante',
      de: 'Nächster Schritt',
      pt: 'Próximo passo',
    },
  },
  { key: 'tone', weight: 20, labels: { en: 'Tone', it: 'Tono', es: 'Tono', fr: 'Ton', de: 'Ton', pt: 'Tom' } },
  {
    key: 'responsiveness',
    weight: 15,
    labels: {
      en: 'Responsiveness',
      it: 'Reattività',
      es: 'Capacidad de respuesta',
      fr: 'Réactivité',
      de: 'Reaktionsfähigkeit',
      pt: 'Capacidade de resposta',
    },
  },
];

/** Upper limits on `qualityScore`, applied after the weighted mean. */
export const QUALITY_CAPS = {
  /** No agent reply at all. */
  noAgentReply: 15,
  /** A loop of non-answers ("I don't understand" again and again). */
  nonAnswerLoop: 35,
  /** Replies in another language than the customer's, throughout. */
  wrongLanguageThroughout: 35,
} as const;

export type QualityCap = keyof typeof QUALITY_CAPS;

/** Lower bounds of the bands: high ≥ 70, medium 40–69, low below 40. */
export const QUALITY_BANDS = { high: 70, medium: 40 } as const;
export type QualityBand = 'high' | 'medium' | 'low';

export function qualityBand(score: number): QualityBand {
  return score >= QUALITY_BANDS.high ? 'high' : score >= QUALITY_BANDS.medium ? 'medium' : 'low';
}

export function isLabelLanguage(lang: string): lang is LabelLanguage {
  return (LABEL_LANGUAGES as readonly string[]).includes(lang);
}

/** The criterion's label in `lang`, English when the rubric has no translation for it. */
export function criterionLabel(key: CriterionKey, lang: string): string {
  const spec = CRITERIA.find((c) => c.key === key);
  if (!spec) throw new Error(`unknown criterion key: ${key}`);
  return spec.labels[isLabelLanguage(lang) ? lang : 'en'];
}

/** The weighted mean of the criteria scores, rounded, then the caps that apply. */
export function combineCriteria(scores: Record<CriterionKey, number>, caps: readonly QualityCap[] = []): number {
  let total = 0;
  let weights = 0;
  for (const c of CRITERIA) {
    const s = scores[c.key];
    if (!Number.isFinite(s)) throw new Error(`criterion ${c.key} has no score`);
    total += c.weight * Math.max(0, Math.min(100, s));
    weights += c.weight;
  }
  let score = Math.round(total / weights);
  for (const cap of caps) score = Math.min(score, QUALITY_CAPS[cap]);
  return score;
}

// Every key of the contract has a spec, in the contract's order (checked once at load).
if (CRITERIA.map((c) => c.key).join() !== CRITERION_KEYS.join()) throw new Error('rubric CRITERIA do not follow CRITERION_KEYS');

export const RUBRIC_FILE = path.join(__dirname, 'review-rubric.md');

let rubricText: string | null = null;

/** The rubric as markdown, for prompts (read once). */
export function rubricMarkdown(): string {
  rubricText ??= readFileSync(RUBRIC_FILE, 'utf8');
  return rubricText;
}
