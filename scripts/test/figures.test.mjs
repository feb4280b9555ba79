import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROLES_FILE, SOURCES_DIR, applyFigures, deriveFigures, differences, formatJson, parseCsv } from '../figures.mjs';

const catalogue = () => JSON.parse(readFileSync(ROLES_FILE, 'utf8'));

/** A copy of data/sources/ to change without touching the real one. */
function sourcesCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'rw-sources-'));
  cpSync(SOURCES_DIR, dir, { recursive: true });
  return dir;
}

describe('figures: data/roles.json derived from data/sources/', () => {
  it('data/roles.json agrees with the sources (run npm run figures when it does not)', () => {
    assert.deepEqual(differences(catalogue(), deriveFigures()), []);
  });

  it('fails on one changed CSV figure, naming it, until the figures are derived again', () => {
    const dir = sourcesCopy();
    const file = join(dir, 'ons-ashe-2025p-table-14.7a-full-time.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2134,Programmers and software development professionals,32835,42289,56914', '2134,Programmers and software development professionals,32835,42289,57000'));
    const changed = deriveFigures(dir);
    const problems = differences(catalogue(), changed);
    // SOC 2134 feeds ten roles' UK bands: the four seed developers, the web developer, product and AI engineer, and mobile, ML, games and embedded.
    const at = (id) => `roles[${catalogue().roles.findIndex((role) => role.id === id)}].salary.GB.median`;
    const feeds = ['back-end', 'front-end', 'full-stack', 'web-developer', 'product-engineer', 'ai-engineer', 'mobile-developer', 'machine-learning-engineer', 'game-developer', 'embedded-engineer'];
    assert.deepEqual(problems.map((problem) => problem.split(':')[0]).sort(), feeds.map(at).sort());
    assert.match(problems[0], /roles\.json has 56914, the sources give 57000/);
    assert.deepEqual(differences(applyFigures(catalogue(), changed), changed), []);
  });

  it('leaves a suppressed cell out instead of filling it', () => {
    const infrastructure = deriveFigures().infrastructure.salary.GB;
    assert.equal(infrastructure.p10, 29653);
    assert.equal('p90' in infrastructure, false);
    assert.equal(deriveFigures()['qa-test'].salary.GB.p10, undefined);
  });

  it('marks a proxy as an estimate and says why, and links each US occupation', () => {
    const figures = deriveFigures();
    assert.equal(figures['sales-engineer'].salary.GB.estimate, true);
    assert.match(figures['sales-engineer'].salary.GB.basis, /systems designers \(SOC 2133\); an estimate: sales engineers have no group of their own; business sales executives \(SOC 3552\)/);
    assert.equal(figures['back-end'].salary.GB.estimate, undefined);
    assert.equal(figures['application-support'].salary.US.source.url, 'https://www.bls.gov/oes/2024/may/oes151232.htm');
    assert.deepEqual(figures['back-end'].hours.typical.source.date, '2024-04');
  });

  it('draws a band whose 75th percentile ONS suppressed as the 25th percentile to the median, and says so', () => {
    const ux = deriveFigures()['ux-designer'].salary.GB;
    assert.deepEqual([ux.min, ux.max, ux.median, ux.span, 'p75' in ux, 'p90' in ux], [33155, 48629, 48629, 'p25-median', false, false]);
    assert.match(ux.basis, /^25th percentile to the median of .*web design professionals \(SOC 2141\); the publisher suppressed the 75th percentile/);
    const writer = deriveFigures()['technical-writer'].salary.GB;
    assert.deepEqual([writer.min, writer.max, writer.span, writer.estimate], [32036, 39459, 'p25-median', true]);
  });

  it('refuses a row with neither a 75th percentile nor a median to draw a band from', () => {
    const dir = sourcesCopy();
    const file = join(dir, 'ons-ashe-2025p-table-14.7a-full-time.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2141,Web design professionals,x,33155,48629,x,x', '2141,Web design professionals,x,33155,x,x,x'));
    assert.throws(() => deriveFigures(dir), /ux-designer pay GB: .* 2141 has neither a 25th and 75th percentile nor a 25th percentile and a median/);
  });

  it("quotes Sort Your Future's back-end pay beside the official band, credited and linked", () => {
    assert.deepEqual(deriveFigures()['back-end'].quotedPay.GB, {
      currency: 'GBP',
      min: 40000,
      max: 91000,
      basis: 'typical salary quoted by the publisher (method not stated; page read November 2026)',
      source: { name: 'Sort Your Future, Back-end engineer job profile', url: 'https://www.sortyourfuture.com/job-type/back-end-engineer', date: '2026-11' },
    });
    assert.equal(deriveFigures()['front-end'].quotedPay, undefined);
  });

  it('gives every role typical hours, and marks borrowed hours as an estimate that says whose they are', () => {
    const figures = deriveFigures();
    for (const role of catalogue().roles) assert.ok(figures[role.id].hours.typical, `${role.id} has no typical hours`);
    for (const id of ['data-scientist', 'data-analyst']) {
      assert.equal(figures[id].hours.typical.estimate, true);
      assert.match(figures[id].hours.typical.basis, /\(SOC 2133\); an estimate: borrowed: /);
    }
  });

  it('names the file and the code of a row that is missing', () => {
    const dir = sourcesCopy();
    const mapping = JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8'));
    mapping['qa-test'].pay.GB.code = '9999';
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
    assert.throws(() => deriveFigures(dir), /qa-test pay GB: ons-ashe-2025p-table-14\.7a-full-time\.csv has no row "9999"/);
  });

  it('reads quoted CSV fields and writes JSON as the catalogue is kept', () => {
    assert.deepEqual(parseCsv('soc,occupation\r\n2133,"Analysts, ""architects"""\n'), [{ soc: '2133', occupation: 'Analysts, "architects"' }]);
    assert.equal(formatJson({ name: 'A', list: [1, 2] }), '{ "name": "A", "list": [1, 2] }');
    assert.equal(`${formatJson(catalogue())}\n`, readFileSync(ROLES_FILE, 'utf8'));
  });
});
