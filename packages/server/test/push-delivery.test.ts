import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { PUSH_ALERT_JOB } from '../src/services/push';
import { browserKeys, decryptPush, startFakePushService } from './fake-push-service';
import { couple, describeEngines, type Person } from './helpers';

let fake: Awaited<ReturnType<typeof startFakePushService>>;
beforeAll(async () => {
  fake = await startFakePushService();
});
afterAll(async () => fake.close());

const MINUTE = 60_000;

/** A JWT's part, decoded. */
const part = (jwt: string, i: number) =>
  JSON.parse(Buffer.from(jwt.split('.')[i] ?? '', 'base64url').toString());

describeEngines(
  'push: the alert’s discreet notice reaches the partner’s closed device',
  (ctx) => {
    const runJobs = () => {
      const { app, clock } = ctx();
      return createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock)).runDue();
    };
    const subscribe = async (person: Person, name: string) => {
      const browser = browserKeys();
      const endpoint = `${fake.origin}/push/${name}-${Math.random().toString(36).slice(2)}`;
      const r = await person.post('/api/push/subscriptions', { endpoint, keys: browser.keys });
      expect(r.status).toBe(201);
      return { browser, endpoint };
    };
    const to = (endpoint: string) => fake.received.filter((r) => r.url === new URL(endpoint).pathname);
    const pushJobs = async () => {
      // Every push job is done or still waiting; none is lost.
      const { app } = ctx();
      const rows = [];
      for (let id = 1; id < 10_000; id++) {
        const job = await app.repos.jobs.find(id);
        if (!job) break;
        if (job.kind === PUSH_ALERT_JOB) rows.push(job);
      }
      return rows;
    };

    it('sends an encrypted, VAPID-signed message whose only content is a neutral marker', async () => {
      fake.answer(201);
      const { hurt, repairing } = await couple(ctx().app);
      const partnerPhone = await subscribe(repairing, 'ravi');
      const senderPhone = await subscribe(hurt, 'hana');

      const sent = await hurt.post('/api/alerts', { needs: ['closeness', 'reassurance'] });
      expect(sent.status).toBe(201);
      // The POST answered before anything was sent: the message waits in the jobs table.
      expect(to(partnerPhone.endpoint)).toHaveLength(0);
      expect(await runJobs()).toBeGreaterThanOrEqual(1);

      const got = to(partnerPhone.endpoint);
      expect(got).toHaveLength(1);
      expect(to(senderPhone.endpoint)).toHaveLength(0);
      const [message] = got;
      if (!message) throw new Error('no message');
      expect(message.headers['content-encoding']).toBe('aes128gcm');
      expect(message.headers.ttl).toBe('43200');
      expect(message.headers.urgency).toBe('high');
      expect(message.headers.topic).toBe('mend');

      // Authorization: vapid t=<JWT signed ES256 by the server's key>, k=<that public key>.
      const auth = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(message.headers.authorization ?? '');
      expect(auth).not.toBeNull();
      const [, jwt = '', k = ''] = auth ?? [];
      expect(k).toBe((await repairing.get('/api/push/key')).json.publicKey);
      expect(part(jwt, 0)).toEqual({ typ: 'JWT', alg: 'ES256' });
      const claims = part(jwt, 1);
      expect(claims.aud).toBe(fake.origin);
      expect(claims.sub).toBe('mailto:push@mend.invalid');
      const raw = Buffer.from(k, 'base64url');
      const key = createPublicKey({
        key: {
          kty: 'EC',
          crv: 'P-256',
          x: raw.subarray(1, 33).toString('base64url'),
          y: raw.subarray(33).toString('base64url'),
        },
        format: 'jwk',
      });
      const [h, p, s] = jwt.split('.');
      expect(
        verify(
          'sha256',
          Buffer.from(`${h}.${p}`),
          { key, dsaEncoding: 'ieee-p1363' },
          Buffer.from(s ?? '', 'base64url'),
        ),
      ).toBe(true);

      const plaintext = decryptPush(message.body, partnerPhone.browser);
      expect(plaintext).toBe('{"t":"mend"}');
      for (const secret of ['Hana', 'closeness', 'reassurance', 'trigger', sent.json.alert.id])
        expect(plaintext).not.toContain(secret);
      // Nor does anything outside the encryption say it.
      const visible = JSON.stringify({ url: message.url, headers: message.headers });
      for (const secret of ['Hana', 'closeness', 'reassurance', 'trigger'])
        expect(visible).not.toContain(secret);

      const device = await ctx().app.repos.pushSubscriptions.findByEndpoint(partnerPhone.endpoint);
      expect(device).toMatchObject({ last_success_at: ctx().clock.now(), failures: 0 });
      expect(await runJobs()).toBe(0);
    });

    it('forgets a device the push service says is gone (410), and one it does not know (404)', async () => {
      for (const status of [410, 404]) {
        fake.answer(status);
        ctx().clock.advance(24 * 60 * MINUTE);
        const { hurt, repairing } = await couple(ctx().app);
        const phone = await subscribe(repairing, `gone${status}`);
        await hurt.post('/api/alerts', { needs: [] });
        await runJobs();
        expect(to(phone.endpoint)).toHaveLength(1);
        expect(await ctx().app.repos.pushSubscriptions.findByEndpoint(phone.endpoint)).toBeUndefined();
        // Nothing is left to retry.
        ctx().clock.advance(MINUTE);
        await runJobs();
        expect(to(phone.endpoint)).toHaveLength(1);
      }
    });

    it('retries a failing push service with backoff, then gives up after five tries', async () => {
      fake.answer(503);
      ctx().clock.advance(24 * 60 * MINUTE);
      const { hurt, repairing } = await couple(ctx().app);
      const phone = await subscribe(repairing, 'flaky');
      const sent = await hurt.post('/api/alerts', { needs: ['talk'] });
      expect(sent.status).toBe(201);
      for (let i = 0; i < 8; i++) {
        await runJobs();
        ctx().clock.advance(MINUTE);
      }
      expect(to(phone.endpoint)).toHaveLength(5);
      const device = await ctx().app.repos.pushSubscriptions.findByEndpoint(phone.endpoint);
      expect(device?.failures).toBe(5);
      const job = (await pushJobs()).find((j) => JSON.parse(j.payload).alertId === sent.json.alert.id);
      expect(job).toMatchObject({ attempts: 4, last_error: 'PushNotDelivered: push service answered 503' });
      expect(job?.done_at).not.toBeNull();
      fake.answer(201);
    });

    it('sends nothing once the partner has left, or once the sender has made a safety reset', async () => {
      fake.answer(201);
      ctx().clock.advance(24 * 60 * MINUTE);
      const first = await couple(ctx().app);
      const leaver = await subscribe(first.repairing, 'leaver');
      await first.hurt.post('/api/alerts', { needs: ['space'] });
      await first.repairing.post('/api/spaces/current/leave');

      const second = await couple(ctx().app);
      const partner = await subscribe(second.repairing, 'partner');
      await second.hurt.post('/api/alerts', { needs: ['space'] });
      await second.hurt.post('/api/safety/reset');

      await runJobs();
      expect(to(leaver.endpoint)).toHaveLength(0);
      expect(to(partner.endpoint)).toHaveLength(0);
      // The partner's device itself stays: a later alert, shared again, reaches it.
      ctx().clock.advance(2 * MINUTE);
      await second.hurt.post('/api/alerts', { needs: [] });
      await runJobs();
      expect(to(partner.endpoint)).toHaveLength(1);
    });
  },
  undefined,
  { push: { allowLoopback: true } },
);
