// The full station lifecycle for `npm run bench:writes` (bench/writes.mjs): W workers, each driving
// whole applications through the state machine over HTTP, one after another, for D seconds:
// create (as the applicant unit's manager), qualify, assign two reviewers, two reviews (each as its
// reviewer), inspect, publicize and approve (as STAFF): 9 mutations, the last creating the station,
// its head, its grant and its first history entry in one transaction. Counted from committed rows.

const MUTATIONS_PER_LIFECYCLE = 9;

async function one(db, sql) {
  const [rows] = await db.query(sql);
  return Number(rows[0].id);
}

const gid = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

/** Logs in the demo accounts and makes a second reviewer, the proposed head and the application input. */
async function prepare({ gql, token, db }) {
  const login = async (email, password) => (await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password } })).login.token;
  const manager = await login('manager@demo.haizhi', 'demo-password');
  const reviewer = await login('reviewer@demo.haizhi', 'demo-password');
  const second = await one(db, "SELECT id FROM expert WHERE seed_key = 'gen:expert:002'");
  await gql('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', {
    input: { email: 'bench-reviewer@example.org', displayName: 'Bench reviewer', role: 'REVIEWER', password: 'bench-reviewer-pw', expertId: gid('Expert', second) },
  }, token);
  const secondReviewer = await login('bench-reviewer@example.org', 'bench-reviewer-pw');
  const experts = [await one(db, "SELECT id FROM expert WHERE seed_key = 'gen:expert:001'"), second].map((id) => gid('Expert', id));
  const head = (await gql('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Bench Head', country: 'NZ', degree: 'DOCTORATE' } }, token)).createTalent.talent.id;
  const hostUnitId = gid('HostUnit', await one(db, "SELECT id FROM host_unit WHERE seed_key = 'host:graphene'"));
  const districtId = gid('District', await one(db, "SELECT s.district_id AS id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key = 'host:graphene' LIMIT 1"));
  const fields = (await db.query('SELECT id FROM research_field ORDER BY id LIMIT 2'))[0].map((row) => gid('ResearchField', row.id));
  return { manager, reviewer, secondReviewer, experts, head, hostUnitId, districtId, fields };
}

export async function measure({ gql, token, db, workers, seconds }) {
  const p = await prepare({ gql, token, db });
  const today = new Date().toISOString().slice(0, 10);
  const count = async (table) => Number((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0][0].n);
  const before = await count('station');
  let sequence = 0;
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;

  async function lifecycle() {
    const started = Date.now();
    const input = { hostUnitId: p.hostUnitId, proposedName: `基准测试海智工作站${process.pid}-${++sequence}`, districtId: p.districtId, serviceAreaM2: 200, dedicatedStaff: 2, proposedHeadTalentId: p.head, researchFieldIds: p.fields };
    const applicationId = (await gql('mutation($input: CreateStationApplicationInput!) { createStationApplication(input: $input) { application { id } } }', { input }, p.manager)).createStationApplication.application.id;
    const as = (query, extra, caller = token) => gql(query, { input: { applicationId, ...extra } }, caller);
    await as('mutation($input: QualifyStationApplicationInput!) { qualifyStationApplication(input: $input) { application { id } } }', {});
    await as('mutation($input: AssignReviewersInput!) { assignReviewers(input: $input) { application { id } } }', { expertIds: p.experts });
    await as('mutation($input: SubmitReviewInput!) { submitReview(input: $input) { review { id } } }', { score: 88, recommendation: 'APPROVE', opinion: '建议批准。' }, p.reviewer);
    await as('mutation($input: SubmitReviewInput!) { submitReview(input: $input) { review { id } } }', { score: 84, recommendation: 'APPROVE', opinion: '建议批准。' }, p.secondReviewer);
    await as('mutation($input: RecordSiteInspectionInput!) { recordSiteInspection(input: $input) { application { id } } }', { inspectedOn: today, passed: true, notes: '符合要求。' });
    await as('mutation($input: PublicizeStationApplicationInput!) { publicizeStationApplication(input: $input) { application { id } } }', { noticeEndsOn: today });
    await as('mutation($input: ApproveStationApplicationInput!) { approveStationApplication(input: $input) { station { id } } }', {});
    latencies.push(Date.now() - started);
  }

  const startedAt = Date.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (Date.now() < deadline) await lifecycle();
  }));
  const elapsed = (Date.now() - startedAt) / 1000;
  const stations = (await count('station')) - before;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    name: `full lifecycle (${MUTATIONS_PER_LIFECYCLE} mutations, approval creating station, head, grant and history)`,
    perSecond: stations / elapsed,
    mutationsPerSecond: (stations * MUTATIONS_PER_LIFECYCLE) / elapsed,
    requests: latencies.length * MUTATIONS_PER_LIFECYCLE,
    added: stations,
    latency: { p50: at(0.5), p99: at(0.99) },
  };
}
