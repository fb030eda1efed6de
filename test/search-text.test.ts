/**
 * Search's text rules on their own (src/modules/search/text.ts, highlights.ts): folding, the terms a
 * text and a query give, and long texts indexed in one pass. The last is an attack that became a
 * test: one regular expression over the whole text took four seconds for a 20,000-character
 * announcement (quadratic backtracking), and the stemmer minutes for one 200,000-letter word; at
 * the sizes below either would run far past the test's timeout.
 */
import { addressesIn, fold, indexTerms, queryTerms } from '../src/modules/search/text';
import { highlight } from '../src/modules/search/highlights';

test('folding: width, script variant, case, accents and tone marks', () => {
  expect(fold('ＧＲＡＰＨＥＮＥ（１）')).toBe('graphene(1)');
  expect(fold('重慶澳龍')).toBe('重庆澳龙');
  expect(fold('Xiǎo Qiáng Müller')).toBe('xiao qiang muller');
});

test('Chinese gives neighbouring pairs, English stems, names their pinyin', () => {
  expect(indexTerms('包虫病', { pinyin: false })).toEqual(['包虫', '虫病']);
  expect(indexTerms('Vaccines against echinococcosis', { pinyin: false })).toEqual(['vaccin', 'against', 'echinococcosi']);
  expect(indexTerms('肖强', { pinyin: true })).toEqual(['肖强', 'xiao', 'qiang', 'xiaoqiang']);
  expect(indexTerms('欧阳修', { pinyin: true })).toEqual(expect.arrayContaining(['ouyang', 'yangxiu', 'ouyangxiu']));
  // 单 read as a surname is shan, not dan.
  expect(indexTerms('单雄', { pinyin: true })).toContain('shanxiong');
});

test('a query is read with the same rules, tones and tone numbers dropped', () => {
  expect(queryTerms('Xiǎo Qiáng')).toEqual(['xiao', 'qiang']);
  expect(queryTerms('xiao3qiang2')).toEqual(['xiao', 'qiang']);
  expect(queryTerms('重慶 vaccines')).toEqual(['重庆', 'vaccin']);
  expect(queryTerms('重 a')).toEqual([]);
  // Every term of a record's text found by a query of that same text.
  const text = '羊棘球蚴(包虫)病基因工程亚单位疫苗(EG95)技术引进';
  const indexed = new Set(indexTerms(text, { pinyin: true }));
  for (const term of queryTerms(text)) expect(indexed.has(term)).toBe(true);
});

test('addresses are terms whole, as well as their words', () => {
  expect(addressesIn(fold('Mail D.Heath@RoyalSociety.org.nz, or (x@y.cn). 3.5 ok'))).toEqual(['d.heath@royalsociety.org.nz', 'x@y.cn', '3.5']);
  expect(indexTerms('d.heath@royalsociety.org.nz', { pinyin: false })).toEqual(['d.heath@royalsociety.org.nz', 'heath', 'royalsocieti', 'org', 'nz']);
});

test('highlights mark the characters the reader sees, full-width and traditional ones included', () => {
  const terms = new Set(queryTerms('石墨烯 graphene'));
  expect(highlight('name', '重慶石墨烯（ＧＲＡＰＨＥＮＥ）', terms, false)!.parts).toEqual([
    { text: '重慶', matched: false },
    { text: '石墨烯', matched: true },
    { text: '（', matched: false },
    { text: 'ＧＲＡＰＨＥＮＥ', matched: true },
    { text: '）', matched: false },
  ]);
  expect(highlight('name', '肖强', new Set(queryTerms('xiaoqiang')), true)!.parts).toEqual([{ text: '肖强', matched: true }]);
  expect(highlight('name', '肖强', new Set(queryTerms('xiaoqiang')), false)).toBeNull();
});

test.each([
  ['one Chinese character, repeated', '海'.repeat(200_000)],
  ['one letter, repeated', 'a'.repeat(200_000)],
  ['letters, then a dot', 'ab'.repeat(100_000) + '.c'],
  ['dots and letters', 'a.'.repeat(100_000)],
  ['at-signs and letters', 'a@'.repeat(100_000) + ' x'],
  ['many short words', 'word '.repeat(40_000)],
])('a long text (%s) is indexed and highlighted in one pass', (_what, text) => {
  const terms = indexTerms(text, { pinyin: false });
  expect(terms.length).toBeGreaterThan(0);
  expect(terms.every((term) => [...term].length <= 64)).toBe(true);
  expect(highlight('body', text, new Set(terms), false)).not.toBeNull();
});
