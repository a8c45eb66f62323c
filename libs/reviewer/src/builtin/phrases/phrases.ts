/** Every language's wording (summaries and criterion comments), by language code. */
import type { Lang } from '../language';
import type { CriterionComments } from './comment-keys';
import { comments as deComments } from './de.comments';
import { summary as deSummary } from './de.summary';
import { comments as enComments } from './en.comments';
import { summary as enSummary } from './en.summary';
import { comments as esComments } from './es.comments';
import { summary as esSummary } from './es.summary';
import { comments as frComments } from './fr.comments';
import { summary as frSummary } from './fr.summary';
import { comments as itComments } from './it.comments';
import { summary as itSummary } from './it.summary';
import { comments as ptComments } from './pt.comments';
import { summary as ptSummary } from './pt.summary';
import type { SummaryPhrases } from './summary-phrases';

export interface LanguagePhrases {
  summary: SummaryPhrases;
  comments: CriterionComments;
}

export const PHRASES: Record<Lang, LanguagePhrases> = {
  en: { summary: enSummary, comments: enComments },
  it: { summary: itSummary, comments: itComments },
  es: { summary: esSummary, comments: esComments },
  fr: { summary: frSummary, comments: frComments },
  de: { summary: deSummary, comments: deComments },
  pt: { summary: ptSummary, comments: ptComments },
};
