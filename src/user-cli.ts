/**
 * `npm run user:create -- --email … --role STAFF [--name …] [--host-unit ID] [--organization ID]
 * [--expert ID]`: an account, typically the first STAFF account of a production database. The
 * password is read from the HAIZHI_PASSWORD environment variable or from standard input (one line),
 * never from the command line, where other users of the machine could read it. The account is
 * created by the service createUser runs (validated, hashed with argon2id, audited, as `system`), under
 * the same write policy: it opens createUser to SYSTEM, the process itself (src/write/policy.ts).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Role, SYSTEM } from './auth/viewer';
import { ConfigError, loadConfig } from './config';
import { createContextFactory } from './context';
import { createDataSource } from './db/data-source';
import { migrateDatabase } from './db/migrate';
import { DomainError } from './domain-errors';

const USAGE = `Usage: npm run user:create -- --email EMAIL --role STAFF|REVIEWER|UNIT_MANAGER|PARTNER [--name "Display Name"]
                                [--host-unit ROW_ID] [--organization ROW_ID] [--expert ROW_ID]
The password comes from HAIZHI_PASSWORD, or from standard input (one line); never from the command line.`;

async function readPassword(): Promise<string> {
  if (process.env.HAIZHI_PASSWORD) return process.env.HAIZHI_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password (input is not hidden; prefer piping it or HAIZHI_PASSWORD): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

function rowId(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new ConfigError(flag, `"${value}" is not a row id (a whole number)`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'host-unit': { type: 'string' },
      organization: { type: 'string' },
      expert: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.password !== undefined) {
    console.error('--password is refused: a password on the command line is visible to every user of the machine. Use HAIZHI_PASSWORD or standard input.');
    return 2;
  }
  if (!values.email || !values.role || !(values.role in Role)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource);
    const { services } = createContextFactory(dataSource, { auth: config.auth, programme: config.programme });
    const user = await services.accounts.createUser(
      { viewer: SYSTEM },
      {
        email: values.email,
        displayName: values.name ?? values.email,
        role: values.role as Role,
        password: await readPassword(),
        hostUnitId: rowId(values['host-unit'], '--host-unit'),
        organizationId: rowId(values.organization, '--organization'),
        expertId: rowId(values.expert, '--expert'),
      },
    );
    console.log(`created ${user.role} account ${user.email} (id ${user.id})`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else if (error instanceof DomainError) console.error(`Refused (${error.code}): ${error.message}`);
    else console.error('user:create failed:', error);
    process.exit(1);
  },
);
