/**
 * The article's records, read from seeds/data/*.json and checked here: a typo in an enum value or a
 * missing field fails at load time naming the file and path, not halfway through a seed.
 * Cross-references (district codes, field codes, keys) are checked where the generator resolves them.
 */
import { z } from 'zod';
import { ParticipantRole } from '../src/modules/activity/activity-participant.entity';
import { ActivityKind } from '../src/modules/activity/activity.entity';
import { AnnouncementKind } from '../src/modules/announcement/announcement.entity';
import { HostUnitKind } from '../src/modules/host-unit/host-unit.entity';
import { OrganizationKind } from '../src/modules/organization/organization.entity';
import { PartnershipKind } from '../src/modules/partnership/partnership.entity';
import { ProjectStatus } from '../src/modules/project/project.entity';
import { DistrictKind } from '../src/modules/reference/district.entity';
import { EngagementRole } from '../src/modules/talent/engagement.entity';
import { Degree } from '../src/modules/talent/talent.entity';
import activitiesJson from './data/activities.json';
import announcementsJson from './data/announcements.json';
import districtsJson from './data/districts.json';
import namePoolsJson from './data/name-pools.json';
import organizationsJson from './data/organizations.json';
import partnershipsJson from './data/partnerships.json';
import peopleJson from './data/people.json';
import projectsJson from './data/projects.json';
import fieldsJson from './data/research-fields.json';
import stationsJson from './data/stations.json';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'lower-case slug');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');
/**
 * Every record may say what in it is assumed (_note), quote the article's words it rests on where
 * its name is not written that way there (_quote), and cite the article's words for a value it states
 * (_sources: field → verbatim words, or '#name' for a file-level _quotes entry). test/seed.test.ts
 * checks them against the article: every value the article does not state must be named in _note.
 */
const note = { _note: z.string().optional(), _quote: z.string().optional(), _sources: z.record(z.string(), z.string()).optional() };
/** Who organised or published a record: the operator (CQAST), or a station or organisation key. */
export const OPERATOR = 'cqast';

const districtSchema = z.strictObject({ code: slug, nameZh: z.string(), nameEn: z.string(), kind: z.enum(DistrictKind) });
const fieldSchema = z.strictObject({ code: slug, nameZh: z.string(), nameEn: z.string() });

const organizationSchema = z.strictObject({
  key: slug,
  kind: z.enum(OrganizationKind),
  nameZh: z.string(),
  nameEn: z.string(),
  countryCode: country,
  city: z.string().optional(),
  website: z.url().optional(),
  jurisdiction: z.string().optional(),
  description: z.string().optional(),
  ...note,
});

const stationSchema = z.strictObject({
  key: slug,
  host: z.strictObject({
    nameZh: z.string(),
    nameEn: z.string(),
    kind: z.enum(HostUnitKind),
    district: slug,
    legalRepresentative: z.string().optional(),
  }),
  approvalYear: z.number().int(),
  fields: z.array(slug).min(1),
  head: slug.optional(),
  ...note,
});

const headSchema = z.strictObject({ key: slug, nameZh: z.string(), nameEn: z.string(), position: z.string(), ...note });
const talentSchema = z.strictObject({
  key: slug,
  name: z.string(),
  nameEn: z.string(),
  countryCode: country,
  degree: z.enum(Degree),
  title: z.string(),
  affiliation: slug.nullable(),
  fields: z.array(slug).min(1),
  bio: z.string(),
  engagement: z.strictObject({ station: slug, role: z.enum(EngagementRole), title: z.string(), startedOn: date }),
  ...note,
});

const projectSchema = z.strictObject({
  key: slug,
  station: slug,
  nameZh: z.string(),
  nameEn: z.string(),
  status: z.enum(ProjectStatus),
  field: slug,
  partnerOrganization: slug.nullable(),
  talent: slug.nullable(),
  amountCny: z.number().int().positive(),
  introducedOn: date,
  description: z.string(),
  ...note,
});

const partnershipSchema = z.strictObject({
  organization: slug,
  holder: slug.nullable(),
  kind: z.enum(PartnershipKind),
  since: date,
  ...note,
});

const participantSchema = z.strictObject({
  station: slug.optional(),
  organization: slug.optional(),
  talent: slug.optional(),
  role: z.enum(ParticipantRole),
});
const activitySchema = z.strictObject({
  key: slug,
  kind: z.enum(ActivityKind),
  /** OPERATOR, a station key, or null where the article does not say who organised it. */
  organizer: slug.nullable(),
  titleZh: z.string(),
  titleEn: z.string(),
  startsOn: date.optional(),
  endsOn: date.optional(),
  location: z.string().optional(),
  description: z.string(),
  participants: z.array(participantSchema).optional(),
  ...note,
});

const announcementSchema = z.strictObject({
  key: slug,
  kind: z.enum(AnnouncementKind),
  /** OPERATOR or the key of the organisation that issued it. */
  publisher: slug,
  titleZh: z.string(),
  titleEn: z.string(),
  body: z.string(),
  publishedOn: date,
  ...note,
});

const pair = z.tuple([z.string(), z.string()]);
const namePoolsSchema = z.object({
  chineseSurnames: z.array(pair).min(1),
  chineseGivenChars: z.array(pair).min(1),
  brandChars: z.array(pair).min(2),
  // Generated talents and organisations come from these countries and count as overseas: no CN.
  countries: z.array(
    z.strictObject({ code: country.refine((code) => code !== 'CN', 'overseas countries only, not CN'), nameZh: z.string(), nameEn: z.string(), weight: z.number().positive(), cities: z.array(pair).min(1) }),
  ),
  foreignNames: z.record(country, z.strictObject({ first: z.array(z.string()).min(1), last: z.array(z.string()).min(1) })),
  fieldWords: z.record(slug, z.strictObject({ unitZh: z.string(), unitEn: z.string() })),
  headPositions: z.array(z.string()).min(1),
  expertAffiliations: z.array(z.string()).min(1),
  expertPositions: z.array(z.string()).min(1),
});

function load<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`seeds/data/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export const article = {
  districts: load('districts.json', z.array(districtSchema), districtsJson.districts),
  fields: load('research-fields.json', z.array(fieldSchema), fieldsJson.fields),
  organizations: load('organizations.json', z.array(organizationSchema), organizationsJson.organizations),
  stations: load('stations.json', z.array(stationSchema), stationsJson.stations),
  heads: load('people.json', z.array(headSchema), peopleJson.heads),
  talents: load('people.json', z.array(talentSchema), peopleJson.talents),
  projects: load('projects.json', z.array(projectSchema), projectsJson.projects),
  partnerships: load('partnerships.json', z.array(partnershipSchema), partnershipsJson.partnerships),
  activities: load('activities.json', z.array(activitySchema), activitiesJson.activities),
  announcements: load('announcements.json', z.array(announcementSchema), announcementsJson.announcements),
};

export const namePools = load('name-pools.json', namePoolsSchema, namePoolsJson);

export type Article = typeof article;
export type ArticleStation = Article['stations'][number];
export type ArticleOrganization = Article['organizations'][number];
export type NamePools = typeof namePools;
