/**
 * Column headers in Chinese with the English beside them. CQAST staff read Chinese first; a partner
 * reads the English; a script reads the GraphQL field name, which `?headers=fields` gives alone.
 * One word list for every export: a field means the same on every type (a test checks that each
 * exported column has its words here).
 */
import type { Bilingual } from './catalogue';

const WORDS: Record<string, Bilingual> = {
  id: { zh: '编号', en: 'ID' },
  isGenerated: { zh: '生成数据', en: 'Generated' },
  version: { zh: '版本', en: 'Version' },
  name: { zh: '名称', en: 'Name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  status: { zh: '状态', en: 'Status' },
  approvalYear: { zh: '批准年份', en: 'Approval year' },
  approvalBatch: { zh: '批次', en: 'Batch' },
  approvedOn: { zh: '批准日期', en: 'Approved on' },
  validUntil: { zh: '有效期至', en: 'Valid until' },
  country: { zh: '国家', en: 'Country' },
  degree: { zh: '学位', en: 'Degree' },
  title: { zh: '标题', en: 'Title' },
  titleEn: { zh: '英文标题', en: 'English title' },
  isReturnee: { zh: '海归', en: 'Returnee' },
  email: { zh: '邮箱', en: 'Email' },
  phone: { zh: '电话', en: 'Phone' },
  bio: { zh: '简介', en: 'Biography' },
  kind: { zh: '类型', en: 'Kind' },
  city: { zh: '城市', en: 'City' },
  website: { zh: '网站', en: 'Website' },
  description: { zh: '描述', en: 'Description' },
  amountCny: { zh: '金额（元）', en: 'Amount (CNY)' },
  introducedOn: { zh: '引进日期', en: 'Introduced on' },
  legalRepresentative: { zh: '负责人', en: 'Representative' },
  serviceAreaM2: { zh: '服务面积（㎡）', en: 'Service area (m²)' },
  level: { zh: '级别', en: 'Level' },
  establishedYear: { zh: '成立年份', en: 'Established' },
  establishedOn: { zh: '成立日期', en: 'Established on' },
  since: { zh: '建立日期', en: 'Since' },
  note: { zh: '备注', en: 'Note' },
  body: { zh: '正文', en: 'Body' },
  publishedOn: { zh: '发布日期', en: 'Published on' },
  deadline: { zh: '截止日期', en: 'Deadline' },
  closedOn: { zh: '关闭日期', en: 'Closed on' },
  year: { zh: '年度', en: 'Year' },
  score: { zh: '得分', en: 'Score' },
  grade: { zh: '等级', en: 'Grade' },
  evaluatedOn: { zh: '评价日期', en: 'Evaluated on' },
  comment: { zh: '评语', en: 'Comment' },
  proposedName: { zh: '拟建站名', en: 'Proposed name' },
  roundYear: { zh: '申报年度', en: 'Round year' },
  submittedOn: { zh: '提交日期', en: 'Submitted on' },
  decidedOn: { zh: '决定日期', en: 'Decided on' },
  conclusion: { zh: '评审结论', en: 'Conclusion' },
  dedicatedStaff: { zh: '专职人员', en: 'Dedicated staff' },
  noticeEndsOn: { zh: '公示截止', en: 'Notice ends on' },
  reason: { zh: '原因', en: 'Reason' },
  startsOn: { zh: '开始日期', en: 'Starts on' },
  endsOn: { zh: '结束日期', en: 'Ends on' },
  location: { zh: '地点', en: 'Location' },
  organizerRecorded: { zh: '记录主办方', en: 'Organiser recorded' },
  awardedOn: { zh: '拨付日期', en: 'Awarded on' },
  disbursedCny: { zh: '已拨付（元）', en: 'Disbursed (CNY)' },
};

/** Where a field means something else on one type: `title` is a talent's academic title, an activity's name. */
const BY_TYPE: Record<string, Record<string, Bilingual>> = {
  Talent: { title: { zh: '职称', en: 'Academic title' } },
};

/** The words for `field` of `typeName`; the field name itself where none are written (the test says which). */
export function labelOf(field: string, typeName: string): Bilingual {
  return BY_TYPE[typeName]?.[field] ?? WORDS[field] ?? { zh: field, en: field };
}

/** Whether `field` has words of its own (for the test that every column does). */
export function hasLabel(field: string, typeName: string): boolean {
  return BY_TYPE[typeName]?.[field] !== undefined || WORDS[field] !== undefined;
}

/** How the header row is written: `?headers=fields` for scripts, both languages otherwise. */
export type HeaderStyle = 'bilingual' | 'fields';

export function headerOf(column: { field: string; label: Bilingual }, style: HeaderStyle): string {
  return style === 'fields' ? column.field : `${column.label.zh} ${column.label.en} (${column.field})`;
}
