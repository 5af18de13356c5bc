// The report client and its encryption in real Chromium: WebCrypto there must read what Node wrote
// and the other way round, and a failed delivery must leave the report in the page.
import { expect } from 'chai';
import {
  FollowUpError,
  ReportClient,
  ReportDeliveryError,
  deriveFollowUp,
  newFollowUpCode,
  decryptReport,
  encryptReport,
  generateReportKeyPair,
} from '../../../src/sdk/index.js';
import { encryptedReportSchema } from '../../../src/sdk/report/schema.js';
import { fixtureEnvelope, fixtureReport, testKeys } from './crypto-fixture.js';

const report = { description: 'Они забрали паспорт.', consent: true as const };

describe('report encryption in the browser', () => {
  it('opens an envelope that Node encrypted', async () => {
    expect(await decryptReport(fixtureEnvelope, testKeys.privateKey)).to.deep.equal(fixtureReport);
  });

  it('encrypts to a padded envelope that its private key opens', async () => {
    const { publicKey, privateKey } = await generateReportKeyPair();
    const envelope = await encryptReport(report, publicKey);
    expect(encryptedReportSchema.safeParse(envelope).success).to.equal(true);
    expect(JSON.stringify(envelope)).not.to.contain('паспорт');
    expect(await decryptReport(envelope, privateKey)).to.deep.equal(report);
  });
});

describe('ReportClient in the browser', () => {
  it('keeps the report pending when nothing answers, and forgets it on discardAll()', async () => {
    // Nothing listens on this port of this machine: every try is a network error.
    const client = new ReportClient({ endpoint: 'http://127.0.0.1:1/reports', retries: 1, backoff: () => 10, timeout: 2000 });
    const pending = client.prepare(report);
    let error: unknown;
    try {
      await client.send(pending);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ReportDeliveryError);
    expect((error as ReportDeliveryError).code).to.equal('report/network');
    expect((error as ReportDeliveryError).retryable).to.equal(true);
    expect(client.pending).to.deep.equal([pending]);
    client.discardAll();
    expect(client.pending).to.deep.equal([]);
  });
});

describe('ReportClient follow-up in the browser', () => {
  it('sends follow-up requests beside a relative endpoint, resolved against the page as the report is', async () => {
    // The test endpoint's box "follow-up" sits at /__test/reports/follow-up: beside /__test/reports/box.
    const box = `/__test/reports/follow-up`;
    const client = new ReportClient({ endpoint: '/__test/reports/box', retries: 0, timeout: 3000 });
    const code = newFollowUpCode();
    let error: unknown;
    try {
      await client.readReplies(code);
    } catch (e) {
      error = e;
    }
    // The test endpoint answers with a receipt, not a thread: the client says so in its own words.
    expect(error).to.be.instanceOf(FollowUpError);
    expect((error as FollowUpError).code).to.equal('report/bad-reply');
    const log = (await (await fetch(`${box}/log`)).json()) as { body: string }[];
    expect(log.map((l) => JSON.parse(l.body) as unknown)).to.deep.include({ lookup: (await deriveFollowUp(code)).lookup });
  });
});
