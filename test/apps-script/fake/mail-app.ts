import { registerFakeService } from './registry';

/** One email the fake MailApp accepted. */
interface SentMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly name: string | null;
  readonly replyTo: string | null;
  readonly attachments: readonly { readonly name: string; readonly contentType: string; readonly bytes: number }[];
}

export interface MailAppFake extends Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'> {
  readonly sent: SentMail[];
  /** Recipients left today; each recipient of a sent email takes one, as in Apps Script. */
  quota: number;
  /** Sends that threw (quota, bad address). */
  readonly refused: { readonly to: string; readonly reason: string }[];
}

interface BlobLike {
  getName(): string | null;
  getContentType(): string | null;
  getBytes(): readonly number[] | Uint8Array;
}

const plausibleEmail = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]{2,}$/;

function addresses(list: unknown): string[] {
  return typeof list === 'string' && list.trim() !== ''
    ? list
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '')
    : [];
}

/**
 * MailApp in memory: records each email with its attachments, counts the daily recipient
 * quota, and throws as Apps Script does when the quota is spent or an address is malformed.
 */
export function createMailAppFake(options: { quota?: number } = {}): MailAppFake {
  const sent: SentMail[] = [];
  const refused: { to: string; reason: string }[] = [];
  const fake: MailAppFake = {
    sent,
    refused,
    quota: options.quota ?? 100,
    getRemainingDailyQuota: () => fake.quota,
    sendEmail(...args: unknown[]): void {
      const message = (
        typeof args[0] === 'object' && args[0] !== null
          ? args[0]
          : { to: args[0], subject: args[1], body: args[2], ...(args[3] as object | undefined) }
      ) as Record<string, unknown>;
      const to = addresses(message.to);
      const cc = addresses(message.cc);
      const bcc = addresses(message.bcc);
      const all = [...to, ...cc, ...bcc];
      const joined = all.join(',');
      if (all.length === 0) {
        refused.push({ to: joined, reason: 'no recipient' });
        throw new Error('Failed to send email: no recipient');
      }
      const bad = all.find((a) => !plausibleEmail.test(a));
      if (bad !== undefined) {
        refused.push({ to: joined, reason: 'invalid' });
        throw new Error(`Invalid email: ${bad}`);
      }
      if (all.length > fake.quota) {
        refused.push({ to: joined, reason: 'quota' });
        throw new Error('Service invoked too many times for one day: email.');
      }
      fake.quota -= all.length;
      const attachments = ((message.attachments as BlobLike[] | undefined) ?? []).map((blob) => ({
        name: blob.getName() ?? '',
        contentType: blob.getContentType() ?? '',
        bytes: blob.getBytes().length,
      }));
      sent.push({
        to,
        cc,
        bcc,
        subject: String(message.subject ?? ''),
        body: String(message.body ?? ''),
        htmlBody: typeof message.htmlBody === 'string' ? message.htmlBody : null,
        name: typeof message.name === 'string' ? message.name : null,
        replyTo: typeof message.replyTo === 'string' ? message.replyTo : null,
        attachments,
      });
    },
  } as MailAppFake;
  return fake;
}

// Every fake of the harness gets MailApp with a consumer account's daily quota.
registerFakeService('MailApp', () => ({ MailApp: createMailAppFake() }));
