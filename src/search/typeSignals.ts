/**
 * Cheap surface cues that a passage can answer a question of a given type:
 * a date for when, a place for where, a reason for why, a number for how.
 * They only nudge ranking; the answer module does the real extraction.
 */
import { alternation, MONTHS, NUMBER_WORDS, OLD_YEAR_AFTER, PERSON_CUE, PLACE_CUE, REASON_CUE, WEEKDAYS } from '../shared/lexicon.ts';
import type { QuestionType } from '../shared/questionType.ts';

const DATE_CUE = new RegExp(
  [
    `\\b(?:${alternation(WEEKDAYS)})\\b`,
    `\\b(?:${alternation(MONTHS)})\\b`,
    '\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b',
    `\\b(?:${OLD_YEAR_AFTER})\\s+1[0-4]\\d\\d\\b`,
    '\\b\\d{1,2}(?:st|nd|rd|th)[- ]centur(?:y|ies)\\b',
    '\\b(?:today|yesterday|tomorrow|tonight)\\b',
    '\\b(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend)\\b',
    '\\b\\d+\\s+(?:days|weeks|months|years)\\s+(?:ago|later|earlier)\\b',
  ].join('|'),
  'i',
);
const NUMBER_CUE = new RegExp(`\\b(?:\\d[\\d,.]*|${alternation(NUMBER_WORDS.slice(1, 13))}|dozen|hundred|thousand|million|billion|once|twice)\\b`, 'i');

/** Whether `text` shows a cheap cue that it can answer a question of `type`. */
export function typeSignal(type: QuestionType, text: string): boolean {
  switch (type) {
    case 'when':
      return DATE_CUE.test(text);
    case 'where':
      return PLACE_CUE.test(text);
    case 'why':
      return REASON_CUE.test(text);
    case 'how':
      return NUMBER_CUE.test(text);
    case 'who':
      return PERSON_CUE.test(text);
    case 'what':
      return true;
  }
}
