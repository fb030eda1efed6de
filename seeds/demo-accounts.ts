/**
 * The demo accounts (README lists them), one per role, each with the password `demo-password`.
 * Seeded only when NODE_ENV is not production, and only once (seed keys `demo:<role>`). Their
 * links point at records of the seeded network: the manager manages the Chongqing Graphene
 * Research Institute (a unit the article names), the partner acts for The Institution of
 * Engineers, Singapore, and the reviewer reviews as a generated expert who works at no host
 * unit, so assignReviewers may assign them to that unit's application.
 */
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/passwords';
import { Role } from '../src/auth/viewer';
import { Account } from '../src/modules/account/account.entity';
import { Expert } from '../src/modules/application/expert.entity';
import { HostUnit } from '../src/modules/host-unit/host-unit.entity';
import { Organization } from '../src/modules/organization/organization.entity';

export const DEMO_PASSWORD = 'demo-password';

interface DemoAccount {
  key: string;
  email: string;
  displayName: string;
  role: Role;
  /** The linked record, by its seed key. */
  link?: { entity: typeof HostUnit | typeof Organization | typeof Expert; property: 'hostUnitId' | 'organizationId' | 'expertId'; seedKey: string };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: 'demo:staff', email: 'staff@demo.haizhi', displayName: 'Demo staff (CQAST)', role: Role.STAFF },
  { key: 'demo:reviewer', email: 'reviewer@demo.haizhi', displayName: 'Demo reviewer', role: Role.REVIEWER, link: { entity: Expert, property: 'expertId', seedKey: 'gen:expert:001' } },
  { key: 'demo:manager', email: 'manager@demo.haizhi', displayName: 'Demo unit manager', role: Role.UNIT_MANAGER, link: { entity: HostUnit, property: 'hostUnitId', seedKey: 'host:graphene' } },
  { key: 'demo:partner', email: 'partner@demo.haizhi', displayName: 'Demo partner', role: Role.PARTNER, link: { entity: Organization, property: 'organizationId', seedKey: 'org:ies' } },
];

// One hash for the one demo password, made once per process: argon2id is slow on purpose.
let demoHash: Promise<string> | null = null;

/** Inserts the demo accounts that are missing; returns how many it inserted. */
export async function seedDemoAccounts(dataSource: DataSource): Promise<number> {
  const accounts = dataSource.getRepository(Account);
  let inserted = 0;
  for (const demo of DEMO_ACCOUNTS) {
    if (await accounts.existsBy({ seedKey: demo.key })) continue;
    const links: Partial<Record<'hostUnitId' | 'organizationId' | 'expertId', number>> = {};
    if (demo.link) {
      const row = await dataSource.getRepository(demo.link.entity).findOne({ where: { seedKey: demo.link.seedKey }, select: { id: true } });
      if (!row) throw new Error(`demo account ${demo.email}: the seeded network has no ${demo.link.entity.name} "${demo.link.seedKey}"`);
      links[demo.link.property] = row.id;
    }
    demoHash ??= hashPassword(DEMO_PASSWORD);
    await accounts.insert({
      seedKey: demo.key,
      isGenerated: true,
      email: demo.email,
      displayName: demo.displayName,
      role: demo.role,
      passwordHash: await demoHash,
      isActive: true,
      ...links,
    });
    inserted++;
  }
  return inserted;
}
