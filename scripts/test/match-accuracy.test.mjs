// The job-title matcher on advert titles it was not written against (issue 31): the held-out set,
// scripts/test/fixtures/advert-titles-held-out.txt. Issue 31's targets are ≥ 95% of titles naming
// a catalogue role found, ≤ 1% wrong and no job outside technology given a role. The first is met
// and held here. The other two are not yet met: the titles still wrong are trade adverts in a
// catalogue role's words ("Security Engineer - Intruder Alarms"), whose trades no list of fields
// outside software covers. This test holds the figures measured when the set was scored (3 wrong,
// 3 jobs outside technology given a role; 4 and 4 with issue 33's roles and aliases, whose "Cyber
// intelligence officer" and "Web application developer" move two titles), so that a rule making
// them worse fails. Failures give
// figures, never the held-out titles: to work on the matcher, read the development sets with
// `node scripts/match-accuracy.mjs --dev`, and hold out a freshly written set before scoring again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { factsOf, listingEntryOf } from '../catalogue-pieces.mjs';
import { DEVELOPMENT, HELD_OUT, loadMatcher, readCatalogue, readCorpus, score, summary } from '../match-accuracy.mjs';

const matchJobTitle = await loadMatcher();
const catalogue = readCatalogue();
const development = DEVELOPMENT.flatMap(readCorpus);
const heldOut = readCorpus(HELD_OUT);

/**
 * Roles the catalogue is getting from the careers services' profiles (issue 33), with only the
 * fields a match index has, as a site could add them; a role the catalogue already has is used as
 * it is. Titles for them must match them once they are there, with no change to the matcher.
 */
const PLANNED = [
  { id: 'web-developer', title: 'Web developer', aliases: ['Website developer', 'Web programmer'], stack: 'full-stack', family: 'stack', technologies: [{ name: 'HTML', kind: 'language' }, { name: 'CSS', kind: 'language' }, { name: 'JavaScript', kind: 'language' }, { name: 'PHP', kind: 'language' }, { name: 'WordPress', kind: 'platform' }] },
  { id: 'web-designer', title: 'Web designer', aliases: ['Website designer'], stack: 'front-end', family: 'design-writing', technologies: [{ name: 'Figma', kind: 'tool' }, { name: 'HTML', kind: 'language' }, { name: 'CSS', kind: 'language' }] },
  { id: 'games-tester', title: 'Games tester', aliases: ['Game tester', 'Video games tester', 'Games QA tester'], stack: 'other', family: 'hardware-games', technologies: [{ name: 'Jira', kind: 'tool' }] },
  { id: 'forensic-computer-analyst', title: 'Forensic computer analyst', aliases: ['Digital forensics analyst', 'Computer forensics analyst', 'Digital forensic investigator'], stack: 'other', family: 'security', technologies: [{ name: 'EnCase', kind: 'tool' }] },
];
const grown = { ...catalogue, roles: [...catalogue.roles, ...PLANNED.filter((role) => !catalogue.roles.some((own) => own.id === role.id))] };

const bar = (name, s, { wrong, outside }) => {
  console.log(summary(name, s));
  assert.ok(s.recall >= 0.95, `${name}: recall ${(s.recall * 100).toFixed(1)}% is below 95%`);
  assert.ok(s.wrong <= wrong, `${name}: ${s.wrong} titles wrong, more than the ${wrong} measured`);
  assert.ok(s.outsideGiven <= outside, `${name}: ${s.outsideGiven} jobs outside technology given a role, more than the ${outside} measured`);
};

describe('advert titles the rules were not written against (issue 31)', () => {
  it('has large sets, labelled with catalogue or planned roles, and no title in both', () => {
    assert.ok(development.length >= 1800 && heldOut.length >= 180, `${development.length} and ${heldOut.length} titles`);
    assert.ok(heldOut.filter((e) => e.outsideTech).length >= 40 && heldOut.filter((e) => !e.expected && !e.outsideTech).length >= 5);
    const ids = new Set([...catalogue.roles, ...PLANNED].map((role) => role.id));
    for (const entry of [...development, ...heldOut]) for (const id of [entry.expected, ...entry.closest].filter(Boolean)) assert.ok(ids.has(id), `"${entry.title}" names ${id}, which is neither a catalogue role nor a planned one`);
    const seen = new Set([...development, ...JSON.parse(readFileSync('scripts/test/fixtures/job-titles.json', 'utf8'))].map((e) => e.title.toLowerCase()));
    assert.equal(heldOut.filter((e) => seen.has(e.title.toLowerCase())).length, 0, 'a held-out title is in the development set');
  });

  it('finds ≥ 95% of held-out titles naming a catalogue role, and gets no more wrong than when scored', () => {
    bar('held-out', score(matchJobTitle, catalogue, heldOut), { wrong: 4, outside: 4 });
  });

  it('does as well once the planned roles are in the catalogue, with no change to the matcher', () => {
    bar('held-out, planned roles added', score(matchJobTitle, grown, heldOut), { wrong: 4, outside: 4 });
  });

  it('reads only the fields of a trimmed match index', () => {
    // Each role cut to the documented MatchableRole fields: every answer must be the same.
    const trimmed = {
      roles: catalogue.roles.map(({ id, title, aliases, stack, family, technologies, codes }) => ({
        id, title, aliases, stack, family, technologies: technologies.map(({ name, kind }) => ({ name, kind })), codes: codes && { socUk: codes.socUk, esco: codes.esco, onet: codes.onet },
      })),
    };
    for (const { title } of [...development, ...heldOut]) assert.deepEqual(matchJobTitle(trimmed, title), matchJobTitle(catalogue, title), title);
  });

  it('answers the same from the listing piece a job board page fetches (listing.json)', () => {
    const listing = { roles: catalogue.roles.map((role) => listingEntryOf(factsOf(role))) };
    for (const { title } of [...development, ...heldOut]) assert.deepEqual(matchJobTitle(listing, title), matchJobTitle(catalogue, title), title);
  });
});

describe('the titles issue 31 found missed or wrong', () => {
  const role = (title, within = catalogue) => matchJobTitle(within, title);

  it('finds the web developer, a catalogue role since issue 33, by the titles boards give it', () => {
    for (const title of ['Web Developer', 'Senior Web Developer (PHP, Laravel)', 'Web Developer - WordPress - £28k']) {
      assert.deepEqual([role(title)?.roleId, role(title)?.strength], ['web-developer', 'strong'], title);
    }
    // A front-end web developer is a front-end engineer.
    assert.equal(role('Front End Web Developer (React)')?.roleId, 'front-end');
  });

  it('reads API, ETL, release, data-pipeline and insight titles', () => {
    const expected = {
      'API Developer (Node.js)': 'back-end',
      'Integration Developer - REST APIs': 'back-end',
      'ETL Developer - Talend': 'data-engineer',
      'SSIS / ETL Developer': 'data-engineer',
      'Data Pipeline Engineer (Python)': 'data-engineer',
      'Release Engineer - Azure DevOps': 'infrastructure',
      'Build & Release Engineer': 'infrastructure',
      'Insight Analyst - Power BI': 'data-analyst',
      'Customer Insights Analyst': 'data-analyst',
      'Analytics Engineer (dbt)': 'data-engineer',
    };
    for (const [title, id] of Object.entries(expected)) assert.equal(role(title)?.roleId, id, title);
  });

  it('no longer reads a Scala developer as a data engineer', () => {
    assert.notEqual(role('Scala Developer')?.roleId, 'data-engineer');
    assert.equal(role('Scala Developer - Spark, Databricks')?.roleId, 'data-engineer');
  });

  it('gives jobs outside technology that use its words no role', () => {
    for (const title of ['Release Operative - Warehouse', 'Land Development Manager', 'Product Developer - Food', 'Sales Engineer - Hydraulics', 'Platform Assistant']) assert.equal(role(title), undefined, title);
  });
});
