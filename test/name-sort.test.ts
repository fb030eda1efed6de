/**
 * The name sort key (src/text/name-sort.ts): pinyin syllables, byte-comparable, so
 * `orderBy: NAME` on either database gives the order a Chinese reader looks names up in.
 */
import { nameSortKey as migrationKey } from '../migrations/lib/name-sort-key';
import { NAME_SORT_LENGTH, nameSortKey } from '../src/text/name-sort';

const byBytes = (names: string[], person = false) =>
  [...names].sort((a, b) => Buffer.compare(Buffer.from(nameSortKey(a, { person })), Buffer.from(nameSortKey(b, { person }))));

test.each([
  ['重庆石墨烯研究院有限公司', 'chong qing shi mo xi yan jiu yuan you xian gong si'],
  ['亲禾投资集团有限公司', 'qin he tou zi ji tuan you xian gong si'],
  ['银行', 'yin hang'],
  ['绿色航空', 'lv se hang kong'],
  ['基辅理工(重庆)应用技术研究院', 'ji fu li gong chong qing ying yong ji shu yan jiu yuan'],
  ['基辅理工（重庆）应用技术研究院', 'ji fu li gong chong qing ying yong ji shu yan jiu yuan'],
  ['ＡＢＣ３Ｄ打印', 'abc3d da yin'],
  ['Université  Paris-Saclay', 'universite paris saclay'],
  ['宽窄测试（1）号', 'kuan zhai ce shi 1 hao'],
  ['David Heath', 'david heath'],
  ['', ''],
])('%s → "%s"', (name, key) => {
  expect(nameSortKey(name)).toBe(key);
});

test("a person's name reads its first character as a surname; other names do not", () => {
  expect(nameSortKey('单雄', { person: true })).toBe('shan xiong');
  expect(nameSortKey('曾国藩', { person: true })).toBe('zeng guo fan');
  expect(nameSortKey('欧阳修', { person: true })).toBe('ou yang xiu');
  expect(nameSortKey('肖强', { person: true })).toBe('xiao qiang');
  expect(nameSortKey('行长办公室')).toBe('hang zhang ban gong shi');
});

test('byte order is dictionary order: syllable boundaries first (西安 before 先), then letters', () => {
  expect(byBytes(['先', '西安', '西'])).toEqual(['西', '西安', '先']);
  expect(byBytes(['亲禾', '华森', '基辅', '重庆'])).toEqual(['重庆', '华森', '基辅', '亲禾']);
  expect(byBytes(['钱程', 'David Heath', '戴维', 'Zoe'], true)).toEqual(['戴维', 'David Heath', '钱程', 'Zoe']);
});

test('a long name keeps the head of its key, within the column, never half a character', () => {
  const key = nameSortKey('中'.repeat(200));
  expect(Array.from(key).length).toBeLessThanOrEqual(NAME_SORT_LENGTH);
  expect(key.startsWith('zhong zhong')).toBe(true);
  expect(key.endsWith(' ')).toBe(false);
  // A letter outside the Basic Multilingual Plane is two UTF-16 units: cut between letters, not inside one.
  const gothic = nameSortKey('a'.repeat(254) + '𐌰𐌰');
  expect(Array.from(gothic)).toHaveLength(NAME_SORT_LENGTH);
  expect(gothic.endsWith('𐌰')).toBe(true);
});

test("the migration's frozen copy (migrations/lib/name-sort-key.ts) made the keys the app makes today", () => {
  for (const name of ['重庆石墨烯研究院有限公司', '单雄', '（1）Ｍüller ltd', 'David Heath', '西安', '重'.repeat(200)]) {
    expect(migrationKey(name)).toBe(nameSortKey(name));
    expect(migrationKey(name, true)).toBe(nameSortKey(name, { person: true }));
  }
});
