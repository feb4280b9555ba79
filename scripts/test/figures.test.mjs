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
    // SOC 2134 feeds five roles' UK bands: back end, front end, full stack, product and AI engineer.
    assert.deepEqual(
      problems.map((problem) => problem.split(':')[0]),
      ['roles[1].salary.GB.median', 'roles[2].salary.GB.median', 'roles[3].salary.GB.median', 'roles[5].salary.GB.median', 'roles[6].salary.GB.median'],
    );
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
    assert.match(figures['sales-engineer'].salary.GB.basis, /business sales executives \(SOC 3552\); an estimate: /);
    assert.equal(figures['back-end'].salary.GB.estimate, undefined);
    assert.equal(figures['application-support'].salary.US.source.url, 'https://www.bls.gov/oes/2024/may/oes151232.htm');
    assert.deepEqual(figures['back-end'].hours.typical.source.date, '2024-04');
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
