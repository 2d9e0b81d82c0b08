import { registerFakeService } from './registry';

/** A response the fake hands back: a status, a content type and a body. */
export interface FakeResponse {
  readonly status: number;
  readonly contentType?: string;
  readonly body?: string;
}

interface FetchRecord {
  readonly url: string;
  readonly params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions | undefined;
}

export interface UrlFetchAppFake extends Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'> {
  readonly requests: FetchRecord[];
  /** Answers for the next fetches, in order; when empty, `fallback` answers. */
  readonly queue: FakeResponse[];
  fallback: (url: string) => FakeResponse;
}

/** A Blob as Apps Script gives it: bytes, a content type, a settable name. */
class FakeBlob {
  private name: string | null = null;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly contentType: string,
  ) {}
  getBytes(): Uint8Array {
    return this.bytes;
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getDataAsString(): string {
    return new TextDecoder().decode(this.bytes);
  }
}

/** What the export endpoint returns for a sheet: a tiny PDF. */
const fakePdf: FakeResponse = {
  status: 200,
  contentType: 'application/pdf',
  body: '%PDF-1.4\n% Профкарта (подделка)\n%%EOF',
};

function response(spec: FakeResponse, muted: boolean, url: string) {
  if (!muted && spec.status >= 400) {
    throw new Error(`Request failed for ${url} returned code ${spec.status}.`);
  }
  const bytes = new TextEncoder().encode(spec.body ?? '');
  const contentType = spec.contentType ?? 'text/html';
  return {
    getResponseCode: () => spec.status,
    getContentText: () => spec.body ?? '',
    getHeaders: () => ({ 'Content-Type': contentType }),
    getAllHeaders: () => ({ 'Content-Type': contentType }),
    getBlob: () => new FakeBlob(bytes, contentType),
    getContent: () => Array.from(bytes),
  };
}

/**
 * UrlFetchApp in memory: records every request (URL and options, including headers) and answers
 * from a queue (e.g. two 429s, then a PDF); without `muteHttpExceptions` a 4xx/5xx throws, as in Apps Script.
 */
export function createUrlFetchAppFake(queue: FakeResponse[] = []): UrlFetchAppFake {
  const requests: FetchRecord[] = [];
  const fake = {
    requests,
    queue: [...queue],
    fallback: (url: string): FakeResponse =>
      url.includes('/export?') ? fakePdf : { status: 404, body: 'Not Found (подделка UrlFetchApp)' },
    fetch(url: string, params?: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions) {
      requests.push({ url, params });
      const spec = fake.queue.shift() ?? fake.fallback(url);
      return response(spec, params?.muteHttpExceptions === true, url);
    },
  };
  return fake as unknown as UrlFetchAppFake;
}

// Every fake of the harness gets UrlFetchApp; the export endpoint answers with a PDF.
registerFakeService('UrlFetchApp', () => ({ UrlFetchApp: createUrlFetchAppFake() }));
