/**
 * Cheap surface cues that a passage can answer a question of a given type:
 * a date for when, a place for where, a reason for why, a number for how.
 * They only nudge ranking; the answer module does the real extraction.
 */
import type { QuestionType } from '../shared/questionType.ts';

const DATE_CUE = new RegExp(
  [
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b',
    '\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b',
    '\\b(?:today|yesterday|tomorrow|tonight)\\b',
    '\\b(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend)\\b',
    '\\b\\d+\\s+(?:days|weeks|months|years)\\s+(?:ago|later|earlier)\\b',
  ].join('|'),
  'i',
);
const PLACE_CUE = /\b(?:in|at|to|from|near|into|onto|across|outside|inside)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]+)|\b(?:city|town|island|port|border|capital|village|province|region|station|venue|country)\b/u;
const REASON_CUE = /\b(?:because|due to|owing to|aimed at|in order to|so as to|so that|as a result|designed to|in a bid to|in return for|for fear|amid|insulted|blamed|since|seeking|seeks|to persuade|to show|uncomfortable|worried|concerned)\b/i;
const NUMBER_CUE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|once|twice)\b/i;
const PERSON_CUE = /(?:^|[^.!?]\s)[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]+|\b(?:president|leader|minister|spokesman|spokeswoman|official|officials|director|chief|he|she|they|women|men|band|people)\b/u;

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
