// Flesch reading ease of the catalogue's prose, for the readers careers pages serve (many of them
// 15 to 18). Syllables are counted by the `syllable` package; a duty (a list item with no full
// stop) counts as one sentence. `node scripts/readability.mjs` prints every role's scores.
import { readFileSync } from 'node:fs';
import { syllable } from 'syllable';

/** The prose fields the test holds to plain English. */
export const PROSE_FIELDS = {
  summary: (role) => [role.summary],
  duties: (role) => role.duties,
  environment: (role) => [role.environment.summary],
  prospects: (role) => [role.prospects],
};

/** Sentences of a text, or of each entry of a list: split after . ! ? and before a capital. */
export function sentences(texts) {
  return texts.flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/).map((sentence) => sentence.trim()).filter(Boolean));
}

/** Words as readers see them: "on-call" is one word, "£40,000" and "(AWS)" are words too. */
export function words(sentence) {
  return sentence.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}£$]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

export function readability(texts) {
  const all = sentences(texts);
  const counted = all.map(words);
  const wordCount = counted.reduce((sum, list) => sum + list.length, 0);
  const syllables = counted.flat().reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const longest = Math.max(...counted.map((list) => list.length));
  const ease = 206.835 - 1.015 * (wordCount / all.length) - 84.6 * (syllables / wordCount);
  return { ease: Math.round(ease * 10) / 10, wordsPerSentence: Math.round((wordCount / all.length) * 10) / 10, longest, longestSentence: all[counted.findIndex((list) => list.length === longest)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const catalogue = JSON.parse(readFileSync(new URL('../data/roles.json', import.meta.url), 'utf8'));
  for (const role of catalogue.roles) {
    const scores = Object.entries(PROSE_FIELDS).map(([field, texts]) => {
      const { ease, wordsPerSentence, longest } = readability(texts(role));
      return `${field} ${ease} (${wordsPerSentence} w/s, max ${longest})`;
    });
    console.log(role.id.padEnd(20), scores.join(' | '));
  }
}
