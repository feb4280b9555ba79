import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROSE_FIELDS, readability } from '../readability.mjs';

const catalogue = JSON.parse(readFileSync(new URL('../../data/roles.json', import.meta.url), 'utf8'));

describe('plain English: every role reads at Flesch reading ease 60 or more', () => {
  it('scores hard text low and plain text high, so the check can fail', () => {
    const hard = readability(['Demand follows organisational cloud adoption, with progression towards architectural specialisms and infrastructure governance responsibilities.']);
    assert.ok(hard.ease < 30, `hard text scored ${hard.ease}`);
    assert.ok(readability(['You fix bugs. You test the app. You help the team.']).ease > 90);
  });

  for (const role of catalogue.roles) {
    it(`${role.id}: summary, duties, environment and prospects`, () => {
      for (const [field, texts] of Object.entries(PROSE_FIELDS)) {
        const { ease, wordsPerSentence, longest, longestSentence } = readability(texts(role));
        assert.ok(ease >= 60, `${role.id} ${field}: reading ease ${ease}, below 60`);
        assert.ok(wordsPerSentence <= 20, `${role.id} ${field}: ${wordsPerSentence} words a sentence on average`);
        assert.ok(longest <= 25, `${role.id} ${field}: a ${longest}-word sentence: "${longestSentence}"`);
      }
    });
  }
});
