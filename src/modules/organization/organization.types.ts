/**
 * Organisations in GraphQL: an `Organization` interface with one concrete type per kind, so a
 * client can ask `... on Consulate { jurisdiction }`. Rows come from the one `organization` table;
 * `kind` decides the type. Below them, the connection and edge types whose nodes are organisations.
 */
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { NodeConnection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { ORGANIZATION_TYPE_BY_KIND, OrganizationKind } from './organization.entity';

export { ORGANIZATION_TYPE_BY_KIND };

export const ORGANIZATION_TYPE_NAMES = Object.values(ORGANIZATION_TYPE_BY_KIND);

/** The concrete GraphQL type of an organisation row: its kind decides. */
export const resolveOrganizationType = (row: { kind: OrganizationKind }) => ORGANIZATION_TYPE_BY_KIND[row.kind];

@InterfaceType('Organization', {
  implements: Node,
  description: 'An organisation the network cooperates with (海外团体); one concrete type per kind.',
  resolveType: (row: { kind: OrganizationKind }) => resolveOrganizationType(row),
})
export abstract class OrganizationInterface implements Node {
  @Field(() => ID, { description: 'Global id: opaque, stable, unique across all types.' })
  id: number;

  @Field(() => OrganizationKind, { description: 'What sort of body it is; each kind is its own type (Consulate, University, ...).' })
  kind: OrganizationKind;

  @Field({ name: 'name', description: 'Name in Chinese, as the programme writes it.' })
  nameZh: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where one is known.' })
  nameEn: string | null;

  @Field({ name: 'country', description: 'ISO 3166-1 alpha-2 code of the country the organisation belongs to (HU for the Hungarian consulate in Chongqing).' })
  countryCode: string;

  @Field(() => String, { nullable: true, description: 'City where it sits.' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Website address (http or https); null when none is known.' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does and how it works with the network (plain text); null when none was given.' })
  description: string | null;

  @Field({ description: 'True when the seed generator made this record up; false for organisations the source names.' })
  isGenerated: boolean;

  @Field(() => Int, { description: 'One more with every change to this organisation; pass it as expectedVersion to update it safely.' })
  version: number;
}

const implementsOrganization = { implements: [Node, OrganizationInterface] };

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A foreign consulate (总领事馆).' })
export class Consulate extends OrganizationInterface {
  @Field(() => String, { nullable: true, description: 'The consular district it serves.' })
  jurisdiction: string | null;
}

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A society or association (学会/协会), e.g. an overseas Chinese engineers’ association.' })
export class Society extends OrganizationInterface {}

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A university.' })
export class University extends OrganizationInterface {}

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A research institute.' })
export class ResearchInstitute extends OrganizationInterface {}

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A company.' })
export class Company extends OrganizationInterface {}

@ObjectType({ simpleResolvers: true, ...implementsOrganization, description: 'A government body.' })
export class GovernmentBody extends OrganizationInterface {}

export const ORGANIZATION_TYPES = [Consulate, Society, University, ResearchInstitute, Company, GovernmentBody];

export const OrganizationConnection = NodeConnection(OrganizationInterface, 'Organization');
