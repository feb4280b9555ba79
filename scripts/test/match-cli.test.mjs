// `role-widgets match`, run as a user runs it (the built dist/cli.js): one title, many titles as
// lines, a CSV column or JSON lines, from standard input or a file, and input that is wrong.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'rw-match-'));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const match = (args, input) => spawnSync(process.execPath, ['dist/cli.js', 'match', ...args], { encoding: 'utf8', input: input ?? '' });

describe('role-widgets match', () => {
  it('names the role of one title, how sure and why', () => {
    const result = match(['Senior Java Developer']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'Senior Java Developer → back-end (strong): the title\'s “Java”\n');
  });

  it('says "no role" for a job outside technology, finds the traps\' own roles, and is weak for a bare title', () => {
    const result = match(['Registered Nurse', 'Penetration Tester', 'Product Manager', 'Software Engineer']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), [
      'Registered Nurse → no role',
      // Not QA and not product engineer: the catalogue's own penetration tester and product manager.
      'Penetration Tester → penetration-tester (strong): the title names “Penetration tester”',
      'Product Manager → product-manager (strong): the title names “Product manager”',
      'Software Engineer → back-end (weak): a software role, but the title alone does not say which kind',
    ]);
  });

  it('writes JSON lines with --json', () => {
    const result = match(['--json', 'Data Engineer – Python, SQL, AWS']);
    assert.deepEqual(JSON.parse(result.stdout), { title: 'Data Engineer – Python, SQL, AWS', role: 'data-engineer', strength: 'strong', score: 0.95, reason: 'the title names “Data engineer”' });
  });

  it('reads one title a line from standard input, skipping blank lines', () => {
    const result = match([], 'QA Automation Engineer - 6 month contract\n\r\n  \nBI Analyst\r\nGas Engineer\n');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n').map((line) => line.split(' → ')[1].split(' ')[0]), ['qa-test', 'data-analyst', 'no']);
  });

  it('adds role, strength, score and reason to each row of a CSV, quoting where needed, and uses a skills column', () => {
    const csv = file('feed.csv', 'id,Title,skills\n1,"Senior DevOps Engineer - AWS, Terraform",\n2,Software Engineer,"React, CSS"\n3,"Chef ""de"" Partie",\n4,,\n');
    const result = match(['--file', csv]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), [
      'id,Title,skills,role,strength,score,reason',
      '1,"Senior DevOps Engineer - AWS, Terraform",,infrastructure,strong,0.95,the title names “DevOps engineer”',
      '2,Software Engineer,"React, CSS",front-end,strong,0.7,"skills: React, CSS"',
      '3,"Chef ""de"" Partie",,,,,no role fits',
      '4,,,,,,no title',
    ]);
  });

  it('reads a named CSV column from standard input', () => {
    const result = match(['--input', 'csv', '--column', 'job_title'], 'ref,job_title\nA1,Front End Developer - React | Hybrid\n');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^A1,Front End Developer - React \| Hybrid,front-end,strong,/m);
  });

  it('keeps each JSON line\'s own fields, uses skills and occupationalCategory, and flags bad lines without stopping', () => {
    const lines = [
      JSON.stringify({ id: 7, title: 'Java Developer' }),
      JSON.stringify({ id: 8, title: 'Engineer', occupationalCategory: '2137 IT network professionals' }),
      JSON.stringify({ id: 9, title: 'Software Engineer', skills: ['Terraform', 'Kubernetes'] }),
      '{ broken',
      '[1,2]',
      JSON.stringify({ id: 10 }),
    ].join('\n');
    const result = match(['--file', file('feed.jsonl', lines)]);
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(out.map((o) => [o.id ?? o.line, o.role]), [[7, 'back-end'], [8, 'network-engineer'], [9, 'infrastructure'], [4, null], [5, null], [10, null]]);
    assert.equal(out[1].reason, 'occupation code 2137');
    assert.equal(out[3].error, 'not valid JSON');
    assert.equal(out[5].reason, 'no "title"');
  });

  it('says plainly what is wrong with bad input, and never crashes', () => {
    const cases = [
      [[''], /empty title/],
      [['--file', file('no-column.csv', 'name,salary\nJava Developer,50000\n')], /no-column\.csv has no column "title"; its columns are: "name", "salary"\. Name the title's column with --column\./],
      [['--file', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))], /image\.png looks like a binary file, not text/],
      [['--file', file('empty.txt', '')], /empty\.txt is empty/],
      [['--file', join(dir, 'missing.txt')], /Cannot read .*missing\.txt/],
      [['--input', 'xml', 'x'], /--input must be lines, csv or jsonl/],
      [['--colour', 'red', 'x'], /Unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const result = match(args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}`);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'a stack trace');
    }
  });

  it('answers "no role" for a 10 KB title, quickly, and shows it shortened', () => {
    const huge = 'Senior '.repeat(1500);
    const result = match([huge]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.length < 120, result.stdout);
    assert.match(result.stdout, /… → no role\n$/);
  });
});
