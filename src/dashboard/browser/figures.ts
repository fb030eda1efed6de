/** The headline figures (networkStats) as tiles: Chinese label, English beside it, the number. */
import { graphql } from './api';
import { FIGURES } from './queries';

/** Money is shown in 亿元 (100 million CNY) as the source article reports it; counts as they are. */
const FIGURE_LABELS: [field: string, zh: string, en: string, money?: true][] = [
  ['stations', '海智工作站', 'Stations'],
  ['overseasTalents', '海外人才', 'Overseas talents'],
  ['returneeTalents', '回国人才', 'Returnee talents'],
  ['partnerOrganizations', '海外合作机构', 'Partner organisations'],
  ['projects', '引进项目', 'Projects introduced'],
  ['projectAmountCny', '项目金额（亿元）', 'Project amount (100M CNY)', true],
  ['incubatedProjects', '孵化项目', 'Incubated projects'],
  ['platforms', '合作平台', 'Platforms'],
  ['signedTopExperts', '签约顶尖专家', 'Top experts signed'],
  ['certifiedStationHeads', '认证站长', 'Certified station heads'],
  ['ambassadors', '海智大使', 'Ambassadors'],
  ['fundingDisbursedCny', '拨付经费（亿元）', 'Funding disbursed (100M CNY)', true],
];

export async function loadFigures(token: string | undefined): Promise<{ zh: string; en: string; value: string }[]> {
  const { networkStats } = await graphql<{ networkStats: Record<string, number> }>(FIGURES, {}, token);
  return FIGURE_LABELS.map(([field, zh, en, money]) => ({
    zh,
    en,
    value: money ? (networkStats[field] / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : networkStats[field].toLocaleString('zh-CN'),
  }));
}
