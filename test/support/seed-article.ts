/**
 * The seed's source article (seed-article.zh.txt) lives outside this repository, in the project's
 * shared folder. Tests that check the seed against it find it at SEED_ARTICLE, else at
 * ../shared/domain/seed-article.zh.txt beside the clone; without either, `testWithSeedArticle`
 * skips with one line (see ./requirements.ts), and REQUIRE_SEED_ARTICLE=1 or CI=1 makes that a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { testNeeding, unmet, type Requirement } from './requirements';

const BESIDE_THE_CLONE = path.resolve(__dirname, '../../../shared/domain/seed-article.zh.txt');
const file = process.env.SEED_ARTICLE ? path.resolve(process.env.SEED_ARTICLE) : BESIDE_THE_CLONE;
const found = fs.existsSync(file);

export const seedArticle: Requirement = {
  flag: 'REQUIRE_SEED_ARTICLE',
  missing: found
    ? null
    : process.env.SEED_ARTICLE
      ? `the seed article is not at SEED_ARTICLE=${process.env.SEED_ARTICLE}: point SEED_ARTICLE at seed-article.zh.txt (the project's shared/domain/)`
      : `the seed article is not at ${BESIDE_THE_CLONE}: set SEED_ARTICLE=/path/to/seed-article.zh.txt (the project's shared/domain/), or clone beside shared/`,
};

/** A test that reads the article with readSeedArticle(): skipped, with its line, where the article is missing. */
export const testWithSeedArticle = (name: string, fn: jest.ProvidesCallback, timeout?: number) => testNeeding(seedArticle, name, fn, timeout);

/** The article's text (only inside testWithSeedArticle, which runs only where it was found). */
export function readSeedArticle(): string {
  if (!found) throw new Error(unmet(seedArticle));
  return fs.readFileSync(file, 'utf8');
}
