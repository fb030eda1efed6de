/**
 * What search covers, declared once: for each kind of record, the entity, the GraphQL fields its
 * text comes from and how much a match in each counts. The index writer, the rebuild, the query and
 * the highlights all read this table, so a field added here is indexed, searched and highlighted.
 *
 * Weights are whole numbers (so scores compare exactly, and cursors can carry them): the field's
 * weight times the type's, divided by ten when shown. A station outranks its host unit on the same
 * words, and both outrank an organisation or a talent whose name merely shares them.
 */
import { registerEnumType } from 'type-graphql';
import { describedValues, EnumLabels } from '../../graphql/enum-type';
import { Activity } from '../activity/activity.entity';
import { Announcement } from '../announcement/announcement.entity';
import { Expert } from '../application/expert.entity';
import { StationApplication } from '../application/station-application.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { StationHead } from '../station/station-head.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';

export enum SearchType {
  STATION = 'STATION',
  HOST_UNIT = 'HOST_UNIT',
  STATION_HEAD = 'STATION_HEAD',
  TALENT = 'TALENT',
  ORGANIZATION = 'ORGANIZATION',
  OFFSHORE_BASE = 'OFFSHORE_BASE',
  PROJECT = 'PROJECT',
  PLATFORM = 'PLATFORM',
  ACTIVITY = 'ACTIVITY',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  APPLICATION = 'APPLICATION',
  EXPERT = 'EXPERT',
}
export const SEARCH_TYPE_LABELS: EnumLabels<SearchType> = {
  STATION: { zh: '海智工作站', en: 'a station' },
  HOST_UNIT: { zh: '建站单位', en: 'a host unit' },
  STATION_HEAD: { zh: '站长', en: 'a station head' },
  TALENT: { zh: '海外人才', en: 'an overseas talent' },
  ORGANIZATION: { zh: '海外团体', en: 'an overseas organisation' },
  OFFSHORE_BASE: { zh: '离岸基地', en: 'an offshore base' },
  PROJECT: { zh: '海外项目', en: 'an introduced project' },
  PLATFORM: { zh: '合作平台', en: 'a technology-cooperation platform' },
  ACTIVITY: { zh: '活动', en: 'an activity' },
  ANNOUNCEMENT: { zh: '合作公告', en: 'a collaboration announcement' },
  APPLICATION: { zh: '建站申报', en: 'a station application (found only by those who may read it)' },
  EXPERT: { zh: '评审专家', en: 'an expert reviewer (found only by those who may read them)' },
};
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of record search covers. Applications and experts are found only by those who may read them.',
  valuesConfig: describedValues(SEARCH_TYPE_LABELS),
});

export interface SearchedField {
  /** The entity's property. */
  property: string;
  /** The GraphQL field it is served as: what highlights name, and what field rules guard. */
  field: string;
  weight: number;
  /** Also index the pinyin of its Chinese (names of people and units). */
  pinyin?: boolean;
}

export interface SearchedType {
  type: SearchType;
  entity: Function;
  /** Multiplies every field's weight, in tenths (10: as is). */
  boost: number;
  fields: readonly SearchedField[];
}

const NAME = 10;
const NAME_EN = 8;
const ROLE = 4;
const PLACE = 3;
const TEXT = 2;
const CONTACT = 6;
/** A match through pinyin counts this share (in tenths) of the field's weight: the Chinese itself is surer. */
export const PINYIN_SHARE = 6;

const name = (property = 'nameZh', field = 'name'): SearchedField => ({ property, field, weight: NAME, pinyin: true });
const nameEn = (property = 'nameEn'): SearchedField => ({ property, field: property, weight: NAME_EN });
const text = (property: string, weight = TEXT): SearchedField => ({ property, field: property, weight });

export const SEARCHED_TYPES: readonly SearchedType[] = [
  { type: SearchType.STATION, entity: Station, boost: 15, fields: [name(), nameEn()] },
  { type: SearchType.HOST_UNIT, entity: HostUnit, boost: 13, fields: [name(), nameEn(), { ...text('legalRepresentative', ROLE), pinyin: true }] },
  { type: SearchType.STATION_HEAD, entity: StationHead, boost: 12, fields: [name(), nameEn(), text('position', ROLE)] },
  {
    type: SearchType.TALENT,
    entity: Talent,
    boost: 12,
    fields: [name('name'), nameEn(), text('title', ROLE), text('bio'), text('email', CONTACT), text('phone', CONTACT)],
  },
  {
    type: SearchType.ORGANIZATION,
    entity: Organization,
    boost: 11,
    fields: [name(), nameEn(), text('city', PLACE), text('jurisdiction', PLACE), text('description')],
  },
  { type: SearchType.OFFSHORE_BASE, entity: OffshoreBase, boost: 12, fields: [name(), nameEn()] },
  { type: SearchType.PROJECT, entity: Project, boost: 10, fields: [name(), nameEn(), text('description')] },
  { type: SearchType.PLATFORM, entity: Platform, boost: 10, fields: [name(), nameEn(), text('description')] },
  { type: SearchType.ACTIVITY, entity: Activity, boost: 10, fields: [name('titleZh', 'title'), nameEn('titleEn'), text('location', PLACE), text('description')] },
  { type: SearchType.ANNOUNCEMENT, entity: Announcement, boost: 10, fields: [name('titleZh', 'title'), nameEn('titleEn'), text('body')] },
  { type: SearchType.APPLICATION, entity: StationApplication, boost: 10, fields: [name('proposedName', 'proposedName')] },
  { type: SearchType.EXPERT, entity: Expert, boost: 11, fields: [name(), nameEn(), text('affiliation', PLACE), text('position', ROLE)] },
];

const BY_TYPE = new Map(SEARCHED_TYPES.map((searched) => [searched.type, searched]));
const BY_ENTITY = new Map(SEARCHED_TYPES.map((searched) => [searched.entity, searched]));

export function searchedType(type: SearchType): SearchedType {
  const searched = BY_TYPE.get(type);
  if (!searched) throw new Error(`search does not cover ${type}`);
  return searched;
}

/** How records of `entity` are searched; undefined when search does not cover it. */
export function searchedEntity(entity: Function): SearchedType | undefined {
  return BY_ENTITY.get(entity);
}
