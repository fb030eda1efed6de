/**
 * Announcements: the article's three policy documents as notices of whoever issued them (CQAST, or
 * CAST for its guiding opinions), then generated collaboration
 * announcements (needs, offers, calls) by stations, bases and CQAST, each naming the fields and
 * countries it seeks so subscribers can filter on them.
 */
import { AnnouncementCountry } from '../../src/modules/announcement/announcement-country.entity';
import { AnnouncementResearchField } from '../../src/modules/announcement/announcement-research-field.entity';
import { Announcement, AnnouncementKind } from '../../src/modules/announcement/announcement.entity';
import { article, OPERATOR } from '../article';
import { addDays, dateBetween } from '../lib/dates';
import { type GenContext, need, type NetworkPlans, pad } from './context';
import { pickCountry } from './names';
import { AS_OF } from './timeline';

export function generateAnnouncements(ctx: GenContext, plans: NetworkPlans): void {
  for (const a of article.announcements) {
    ctx.set.add(Announcement, `announcement:${a.key}`, false, {
      kind: a.kind,
      // None of the publisher columns set: the operator, CQAST.
      organizationId: a.publisher === OPERATOR ? null : need(plans.organizationsBySlug, a.publisher, 'organisation').ref,
      titleZh: a.titleZh,
      titleEn: a.titleEn,
      body: a.body,
      publishedOn: a.publishedOn,
    });
  }

  const rng = ctx.rng('announcements');
  ctx.set.add(Announcement, 'gen:announcement:call-2023', true, {
    kind: AnnouncementKind.CALL,
    titleZh: '关于组织申报2023年度重庆海智工作站的通知',
    titleEn: 'Call for applications: Chongqing HAIZHI stations, 2023 round',
    body: '面向科技型龙头企业（上市企业）、高新技术园区、高校、医院和科研院所，组织申报2023年度重庆海智工作站。申报单位须为独立法人，服务场地不少于100平方米，配备专职人员，具有稳定的海外人才联系渠道。',
    publishedOn: '2023-05-15',
    deadline: '2023-06-30',
  });

  const count = Math.max(12, Math.round((ctx.scale.stations * 12) / 64));
  // Made-up announcements are published by generated stations or the bases, never by the article's units.
  const publishers = plans.stations.filter((s) => !s.named);
  for (let i = 1; i <= count; i++) {
    const slug = pad(i, 4);
    const fromBase = publishers.length === 0 || rng.chance(0.25);
    const station = fromBase ? null : rng.pick(publishers);
    const base = fromBase ? rng.pick(plans.bases) : null;
    const publisher = station?.nameZh ?? base!.nameZh;
    const fields = rng.sample(station?.fields ?? base!.fields, rng.int(1, 2)).map((f) => need(plans.fields, f, 'research field'));
    const countries = [...new Map(Array.from({ length: rng.int(1, 3) }, () => pickCountry(rng)).map((c) => [c.code, c])).values()];
    const fieldZh = fields.map((f) => f.nameZh).join('、');
    const countryZh = countries.map((c) => c.nameZh).join('、');
    const roll = rng.next();
    const [kind, titleZh, titleEn, body] =
      roll < 0.5
        ? [AnnouncementKind.NEED, `${publisher}诚邀${fieldZh}领域海外高层次人才`, `Overseas talent wanted: ${fields[0].nameEn}`, `面向${countryZh}等国家和地区，诚邀${fieldZh}领域海外高层次人才及团队开展技术攻关、项目合作或担任技术顾问。`]
        : roll < 0.8
          ? [AnnouncementKind.OFFER, `${publisher}${fieldZh}技术合作机会`, `Cooperation offer in ${fields[0].nameEn}`, `提供${fieldZh}领域中试条件、应用场景和配套经费，欢迎${countryZh}等地的高校、科研机构和企业洽谈合作。`]
          : [AnnouncementKind.CALL, `${publisher}海外项目入驻征集`, `Call for overseas projects: ${fields[0].nameEn}`, `征集${countryZh}等国家和地区的${fieldZh}领域海外项目入驻孵化，提供场地、资金对接和政策服务。`];
    const publishedOn = dateBetween(() => rng.next(), '2022-09-01', AS_OF);
    const ref = ctx.set.add(Announcement, `gen:announcement:${slug}`, true, {
      kind,
      titleZh,
      titleEn,
      body,
      stationId: station?.ref ?? null,
      offshoreBaseId: base?.ref ?? null,
      publishedOn,
      deadline: rng.chance(0.7) ? addDays(publishedOn, rng.int(60, 120)) : null,
    });
    for (const f of fields) ctx.set.add(AnnouncementResearchField, `gen:announcement-field:${slug}:${f.code}`, true, { announcementId: ref, researchFieldId: f.ref });
    for (const c of countries) ctx.set.add(AnnouncementCountry, `gen:announcement-country:${slug}:${c.code}`, true, { announcementId: ref, countryCode: c.code });
  }
}
