import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import encodeQR from 'qr';
import { decryptReport, encryptReport } from '../sdk/report/crypto.js';
import { decryptReply, encryptReply, encryptedReplySchema, followUpTextLimit } from '../sdk/report/follow-up.js';
import type { ReportPrivateKey } from '../sdk/report/crypto.js';
import type { Report } from '../sdk/report/schema.js';
import { baseStyles } from '../widgets/shared/base.styles.js';
import { tokenStyles } from '../widgets/shared/tokens.styles.js';
import {
  InboxRequestError,
  anything,
  call,
  caseReplySchema,
  caseStatuses,
  download,
  enrolmentSchema,
  envelopeOf,
  noteReplySchema,
  openedReportSchema,
  passkeyOptionsSchema,
  replyReplySchema,
  reportListSchema,
  sessionSchema,
  signedInSchema,
  staffSchema,
  threadSchema,
} from './api.js';
import type { CaseStatus, Enrolment, OpenedReport, ReportSummary, Session, Thread, ThreadMessage } from './api.js';
import { forgetKey, importKeyText, rememberKey, rememberedKey } from './key-store.js';
import { getLocale, inboxLocaleNames, setLocale } from './localization.js';
import type { InboxLocale } from './localization.js';
import { styles } from './inbox-app.styles.js';

type View = 'loading' | 'enrol' | 'sign-in' | 'list' | 'report';

/** A note as shown: its words once decrypted, or why they cannot be shown. */
interface ShownNote {
  author: string;
  at: string;
  text?: string;
  locked?: 'no-key' | 'failed';
}

/** A follow-up message as shown: who wrote it, and its words once decrypted, or why they cannot be shown. */
interface ShownMessage {
  id: number;
  from: 'organisation' | 'reporter';
  author?: string;
  at: string;
  text?: string;
  locked?: 'no-key' | 'failed';
}

const MIN_PASSWORD = 12;

/** The enrolment token from the link `staff add` prints (`/inbox/#enrol=…`; `#token=` and `?token=` work too). */
function linkToken(): string | undefined {
  const hash = new URLSearchParams(location.hash.slice(1));
  return hash.get('enrol') ?? hash.get('token') ?? new URLSearchParams(location.search).get('token') ?? undefined;
}

/**
 * The case workers' inbox: enrolment from a one-time link, sign-in with a passkey or a password
 * and a code, the reports list and one report's detail, decrypted in this browser with the
 * organisation's private key, which never leaves it; and the messages with the person who
 * reported, whose replies to an encrypted report are encrypted here with the report's reply key.
 *
 * A page of its own at `/inbox/`, served by the receiver with a strict Content-Security-Policy; not
 * a widget for other sites. When the session ends, the worker signs in again and comes back to the
 * report they were on, with the note they were typing.
 *
 * @summary The case-worker inbox page.
 */
@customElement('safe-inbox')
@localized()
export class SafeInbox extends LitElement {
  static override styles = [tokenStyles, baseStyles, styles];

  @state() private view: View = 'loading';
  @state() private session: Session | undefined;
  @state() private enrolment: (Enrolment & { token: string }) | undefined;
  /** What went wrong last, as a receiver or crypto code; shown in words by `problemText()`. */
  @state() private problem: string | undefined;
  /** A short word on what just happened, for the polite live region. */
  @state() private notice = '';
  @state() private busy = false;
  @state() private reports: ReportSummary[] = [];
  /** A case status, every report (''), or those whose last follow-up message is the reporter's. */
  @state() private filter: CaseStatus | '' | 'answered' = '';
  @state() private staff: string[] = [];
  @state() private opened: OpenedReport | undefined;
  @state() private report: Report | 'no-key' | 'failed' | undefined;
  @state() private notes: ShownNote[] = [];
  @state() private key: ReportPrivateKey | undefined;
  @state() private keyRemembered = false;
  @state() private rememberChoice = false;
  @state() private keyText = '';
  @state() private noteDraft = '';
  /** The open report's follow-up thread as the receiver sent it; `failed` when it could not be fetched. */
  @state() private thread: Thread | 'failed' | undefined;
  @state() private messages: ShownMessage[] = [];
  @state() private replyDraft = '';
  /** Why the last reply was not sent, shown beside the reply box; the typed reply stays. */
  @state() private replyProblem: string | undefined;
  @state() private confirmingDelete = false;
  /** The report to come back to after signing in again. */
  private returnTo: string | undefined;
  private focusHeading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // An enrolment link opened in a tab that already shows the inbox changes only the fragment.
    addEventListener('hashchange', this.onHashChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private onHashChange = () => {
    if (linkToken()) void this.start();
  };

  private async start(): Promise<void> {
    this.key = await rememberedKey();
    this.keyRemembered = this.key !== undefined;
    const token = linkToken();
    if (token) {
      try {
        const enrolment = await call('POST', 'enrolment', enrolmentSchema, { token });
        this.enrolment = { ...enrolment, token };
        this.show('enrol');
        return;
      } catch (error) {
        this.fail(error);
        history.replaceState(null, '', location.pathname);
      }
    }
    try {
      this.session = await call('GET', 'session', sessionSchema);
      await this.loadList();
      this.show('list');
    } catch (error) {
      if (!(error instanceof InboxRequestError && error.code === 'receiver/not-signed-in')) this.fail(error);
      this.show('sign-in');
    }
  }

  private show(view: View): void {
    // The first view is where the page starts; later ones move focus to their heading, so that a
    // screen reader says where the worker is now and the keyboard starts from there.
    this.focusHeading = this.view !== 'loading';
    this.view = view;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    document.title = msg('Reports inbox');
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h1[tabindex], h2[tabindex]')?.focus();
    }
  }

  private fail(error: unknown): void {
    this.problem = error instanceof Error && 'code' in error ? String(error.code) : 'receiver/internal';
    if (!(error instanceof InboxRequestError) && !(error instanceof Error && 'code' in error)) console.error(error);
  }

  /**
   * Runs one staff action. A session that ended on the server (401) brings the worker to sign-in,
   * remembering the report that was open; what they typed stays in this element.
   */
  private async act(work: () => Promise<void>): Promise<void> {
    this.problem = undefined;
    this.busy = true;
    try {
      await work();
    } catch (error) {
      if (error instanceof InboxRequestError && error.code === 'receiver/not-signed-in') {
        this.returnTo = this.view === 'report' ? this.opened?.receipt : undefined;
        this.session = undefined;
        this.problem = 'inbox/session-ended';
        this.show('sign-in');
      } else {
        this.fail(error);
      }
    } finally {
      this.busy = false;
    }
  }

  private async signedIn(): Promise<void> {
    if (location.hash || location.search) history.replaceState(null, '', location.pathname);
    this.enrolment = undefined;
    this.problem = undefined;
    this.session = await call('GET', 'session', sessionSchema);
    await this.loadList();
    const back = this.returnTo;
    this.returnTo = undefined;
    if (back && this.reports.some((r) => r.receipt === back)) await this.openReport(back, true);
    else this.show('list');
  }

  private async loadList(): Promise<void> {
    const [list, staff] = await Promise.all([call('GET', 'reports', reportListSchema), call('GET', 'staff', staffSchema)]);
    this.reports = [...list.reports].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    this.staff = staff.staff;
  }

  // Sign-in and enrolment.

  private passkeySignIn = () =>
    this.act(async () => {
      const options = await call('POST', 'session/passkey/options', passkeyOptionsSchema);
      const response = await this.withAuthenticator(() => startAuthentication({ optionsJSON: options as never }));
      await call('POST', 'session/passkey', signedInSchema, { response });
      await this.signedIn();
    });

  private passwordSignIn = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    return this.act(async () => {
      await call('POST', 'session/password', signedInSchema, { name: String(form.get('name')).trim(), password: String(form.get('password')), code: String(form.get('code')).trim() });
      await this.signedIn();
    });
  };

  private passkeyEnrol = () =>
    this.act(async () => {
      const { token, passkey } = this.enrolment!;
      const response = await this.withAuthenticator(() => startRegistration({ optionsJSON: passkey as never }));
      await call('POST', 'enrolment/passkey', signedInSchema, { token, response });
      await this.signedIn();
    });

  private passwordEnrol = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const password = String(form.get('password'));
    if ([...password].length < MIN_PASSWORD) {
      this.problem = 'receiver/password-too-short';
      return;
    }
    return this.act(async () => {
      await call('POST', 'enrolment/password', signedInSchema, { token: this.enrolment!.token, password, code: String(form.get('code')).trim() });
      await this.signedIn();
    });
  };

  /** Runs the browser's passkey dialog; a cancelled or failed one is a problem of its own, not an error of the receiver. */
  private async withAuthenticator<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new InboxRequestError('inbox/passkey-failed', `the passkey dialog failed: ${(error as Error).message}`, 0, { cause: error });
    }
  }

  private signOut = () =>
    this.act(async () => {
      await call('POST', 'session/sign-out', anything);
      this.session = undefined;
      this.opened = undefined;
      this.report = undefined;
      this.notes = [];
      this.reports = [];
      this.noteDraft = '';
      this.forgetThread();
      this.notice = msg('You are signed out.');
      this.show('sign-in');
    });

  // The key.

  private readKeyFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.keyText = await file.text();
    input.value = '';
    await this.useKey();
  };

  private useKey = async () => {
    this.problem = undefined;
    const text = this.keyText;
    // The key's text is not kept: once imported it lives only as a non-extractable CryptoKey.
    this.keyText = '';
    try {
      const key = await importKeyText(text);
      if (this.rememberChoice) await rememberKey(key);
      this.key = key;
      this.keyRemembered = this.rememberChoice;
      this.notice = this.rememberChoice ? msg('The key is ready and remembered on this computer.') : msg('The key is ready until you close this tab.');
      if (this.opened) await this.decrypt();
    } catch (error) {
      this.fail(error);
    }
  };

  private forget = async () => {
    await forgetKey().catch(() => undefined);
    this.key = undefined;
    this.keyRemembered = false;
    this.notice = msg('The key is forgotten on this computer.');
    if (this.opened) await this.decrypt();
  };

  // Reports.

  private openReport = (receipt: string, keepDraft = false) =>
    this.act(async () => {
      const path = `reports/${receipt.replace(/ /g, '')}`;
      const [opened, thread] = await Promise.all([call('GET', path, openedReportSchema), this.loadThread(path)]);
      if (!keepDraft || this.opened?.receipt !== receipt) {
        this.noteDraft = keepDraft ? this.noteDraft : '';
        this.replyDraft = keepDraft ? this.replyDraft : '';
      }
      this.replyProblem = undefined;
      this.opened = opened;
      this.thread = thread;
      this.confirmingDelete = false;
      await this.decrypt();
      this.show('report');
    });

  /**
   * The report's follow-up thread. A thread that cannot be fetched must not keep the report from
   * opening: it says so in its own section. An ended session is still the whole page's business.
   */
  private async loadThread(reportPath: string): Promise<Thread | 'failed'> {
    try {
      return await call('GET', `${reportPath}/messages`, threadSchema);
    } catch (error) {
      if (error instanceof InboxRequestError && error.code === 'receiver/not-signed-in') throw error;
      return 'failed';
    }
  }

  private forgetThread(): void {
    this.thread = undefined;
    this.messages = [];
    this.replyDraft = '';
    this.replyProblem = undefined;
  }

  /** The key replies to this report are encrypted with: inside the decrypted report (`followUp.replyKey`), so only with the organisation's key. */
  private replyKey(): string | undefined {
    return typeof this.report === 'object' ? this.report.followUp?.replyKey : undefined;
  }

  /** Decrypts the open report and its notes with the key in this browser, if there is one. */
  private async decrypt(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    const open = async (value: unknown): Promise<string | Report | 'no-key' | 'failed'> => {
      const envelope = envelopeOf(value);
      if (!envelope) return 'failed';
      if (!this.key) return 'no-key';
      try {
        return await decryptReport(envelope, this.key);
      } catch {
        return 'failed';
      }
    };
    this.report = opened.kind === 'report' ? (opened.report as unknown as Report) : ((await open(opened.envelope)) as Report | 'no-key' | 'failed');
    this.notes = await Promise.all(
      opened.notes.map(async (note): Promise<ShownNote> => {
        if (note.kind === 'text') return { author: note.author, at: note.at, text: note.text ?? '' };
        const result = await open(note.envelope);
        return typeof result === 'object' ? { author: note.author, at: note.at, text: (result as Report).description } : { author: note.author, at: note.at, locked: result === 'no-key' ? 'no-key' : 'failed' };
      }),
    );
    const thread = this.thread;
    this.messages = typeof thread === 'object' ? await Promise.all(thread.messages.map((m) => this.showMessage(m, open))) : [];
  }

  /**
   * One follow-up message in words: the reporter's answers are encrypted to the organisation's key,
   * like the report; the staff's replies with the reply key inside the report, so they open once
   * the report does.
   */
  private async showMessage(m: ThreadMessage, open: (value: unknown) => Promise<string | Report | 'no-key' | 'failed'>): Promise<ShownMessage> {
    const shown = { id: m.id, from: m.from, at: m.at, ...(m.author ? { author: m.author } : {}) };
    if (typeof m.body === 'string') return { ...shown, text: m.body };
    if (m.from === 'reporter') {
      const result = await open(m.body);
      return typeof result === 'object' ? { ...shown, text: result.description } : { ...shown, locked: result === 'no-key' ? 'no-key' : 'failed' };
    }
    const reply = encryptedReplySchema.safeParse(m.body);
    if (!reply.success) return { ...shown, locked: 'failed' };
    const key = this.replyKey();
    if (!key) return { ...shown, locked: this.report === 'no-key' ? 'no-key' : 'failed' };
    try {
      return { ...shown, text: await decryptReply(reply.data, key) };
    } catch {
      return { ...shown, locked: 'failed' };
    }
  }

  private saveCase = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const receipt = this.opened!.receipt;
    const assignee = String(form.get('assignee'));
    return this.act(async () => {
      const updated = await call('POST', `reports/${receipt.replace(/ /g, '')}/case`, caseReplySchema, { status: form.get('status'), assignee: assignee || null });
      this.opened = { ...this.opened!, case: updated };
      this.reports = this.reports.map((r) => (r.receipt === receipt ? { ...r, ...updated } : r));
      this.notice = msg('Saved.');
    });
  };

  private addNote = (event: SubmitEvent) => {
    event.preventDefault();
    const text = this.noteDraft.trim();
    if (!text) return;
    const receipt = this.opened!.receipt;
    return this.act(async () => {
      const publicKey = this.session?.publicKey;
      // With the organisation's key the note is encrypted here, as reports are; the server never holds its words.
      const body = publicKey ? { envelope: await encryptReport({ description: text, consent: true }, publicKey) } : { text };
      const note = await call('POST', `reports/${receipt.replace(/ /g, '')}/notes`, noteReplySchema, body);
      this.opened = { ...this.opened!, notes: [...this.opened!.notes, note] };
      this.notes = [...this.notes, { author: note.author, at: note.at, text }];
      this.noteDraft = '';
      this.notice = msg('The note is added.');
    });
  };

  /**
   * Sends a reply to the person who reported. For an encrypted report it is encrypted here with the
   * reply key, so the server never holds its words; for a plain report it goes as text, as the
   * report did. On any failure the typed reply stays in the box.
   */
  private sendReply = (event: SubmitEvent) => {
    event.preventDefault();
    const text = this.replyDraft.trim();
    if (!text) return;
    const opened = this.opened!;
    const path = `reports/${opened.receipt.replace(/ /g, '')}`;
    this.replyProblem = undefined;
    return this.act(async () => {
      try {
        let body: unknown = text;
        if (opened.kind === 'encrypted') {
          const key = this.replyKey();
          if (!key) throw new InboxRequestError('receiver/follow-up-unavailable', 'the decrypted report holds no reply key', 0);
          body = await encryptReply(text, key);
        }
        const sent = await call('POST', `${path}/replies`, replyReplySchema, { body });
        this.messages = [...this.messages, { id: sent.id, from: 'organisation', at: sent.at, text, ...(sent.author ? { author: sent.author } : {}) }];
        if (typeof this.thread === 'object') this.thread = { ...this.thread, messages: [...this.thread.messages, sent] };
        this.replyDraft = '';
        this.notice = msg('The reply is sent. The person sees it when they enter their follow-up code.');
      } catch (error) {
        if (error instanceof InboxRequestError && error.code === 'receiver/not-signed-in') throw error;
        this.replyProblem = error instanceof Error && 'code' in error ? String(error.code) : 'receiver/internal';
      }
    });
  };

  /** Fetches the thread again, for answers that came in while the report was open. */
  private refreshThread = () =>
    this.act(async () => {
      const opened = this.opened!;
      this.thread = await this.loadThread(`reports/${opened.receipt.replace(/ /g, '')}`);
      await this.decrypt();
      this.notice = msg('The messages are up to date.');
    });

  private deleteReport = () => {
    const receipt = this.opened!.receipt;
    return this.act(async () => {
      await call('DELETE', `reports/${receipt.replace(/ /g, '')}`, anything);
      this.reports = this.reports.filter((r) => r.receipt !== receipt);
      this.opened = undefined;
      this.report = undefined;
      this.notes = [];
      this.noteDraft = '';
      this.forgetThread();
      this.confirmingDelete = false;
      this.notice = msg(str`Report ${receipt} is deleted.`);
      this.show('list');
    });
  };

  private backToList = () =>
    this.act(async () => {
      await this.loadList();
      this.opened = undefined;
      this.report = undefined;
      this.notes = [];
      this.thread = undefined;
      this.messages = [];
      this.show('list');
    });

  private exportAs = (format: 'json' | 'csv') => this.act(() => download(format));

  private switchLocale = async (event: Event) => {
    const locale = (event.target as HTMLSelectElement).value as InboxLocale;
    await setLocale(locale);
    document.documentElement.lang = locale;
  };

  // Words.

  private statusName(status: CaseStatus): string {
    return { new: msg('New'), 'in-progress': msg('In progress'), referred: msg('Referred'), closed: msg('Closed') }[status];
  }

  private problemText(code: string): string {
    switch (code) {
      case 'receiver/sign-in-failed':
        return msg('The name, password or code is not right. Check them, and that the phone’s clock is right.');
      case 'receiver/sign-in-rate-limited':
        return msg('Too many tries. Wait a few minutes, then try again.');
      case 'receiver/enrolment-link-invalid':
        return msg('This link was used already or has expired. Ask the person who runs the inbox for a new one.');
      case 'receiver/password-too-short':
        return msg(str`Choose a password of at least ${MIN_PASSWORD} characters. A few words you will remember work well.`);
      case 'receiver/network':
        return msg('The inbox cannot be reached. Check the connection and try again.');
      case 'receiver/report-not-found':
        return msg('This report is not there any more. Someone may have deleted it.');
      case 'inbox/session-ended':
        return msg('Your session has ended. Sign in again to go on; what you typed is kept.');
      case 'inbox/passkey-failed':
        return msg('The passkey did not work, or the dialog was closed. Try again, or use your password and code.');
      case 'report/key-invalid':
        return msg('This is not the organisation’s private key. Choose the file private.jwk that keygen made.');
      case 'report/crypto-unavailable':
        return msg('This browser cannot decrypt here. Open the inbox over https.');
      case 'receiver/follow-up-unavailable':
        return msg('This person cannot be answered here: the report came without a follow-up code.');
      case 'receiver/reply-must-be-encrypted':
        return msg('The inbox refused a reply that was not encrypted. Add the organisation’s key and send it again.');
      case 'receiver/request-invalid':
      case 'report/follow-up-text-invalid':
        return msg(str`A reply can be up to ${followUpTextLimit} characters. Make it shorter and send it again.`);
      default:
        return msg('Something went wrong. Try again; if it keeps happening, tell the person who runs the inbox.');
    }
  }

  /** A country's name in the page's language where the browser knows it, with its code. */
  private country(code: string): string {
    try {
      const name = new Intl.DisplayNames([getLocale()], { type: 'region', fallback: 'none' }).of(code);
      return name ? `${name} (${code})` : code;
    } catch {
      return code;
    }
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  // Rendering.

  protected override render(): TemplateResult {
    const locale = getLocale() as InboxLocale;
    return html`<div class="page" lang=${locale}>
      <header class="top">
        <p class="title">${msg('Reports inbox')}</p>
        <label class="language"
          ><span>${msg('Language')}</span>
          <select @change=${this.switchLocale}>
            ${(Object.keys(inboxLocaleNames) as InboxLocale[]).map(
              (l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${inboxLocaleNames[l]}</option>`,
            )}
          </select></label
        >
        ${this.session
          ? html`<p class="who">${msg(str`Signed in as ${this.session.name}`)}</p>
              <button type="button" class="secondary" @click=${this.signOut}>${msg('Sign out')}</button>`
          : nothing}
      </header>
      <main>
        ${this.problem ? html`<div class="problem" role="alert">${this.problemText(this.problem)}</div>` : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${this.notice}</p>
        ${this.renderView()}
      </main>
    </div>`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`<p>${msg('Loading…')}</p>`;
      case 'enrol':
        return this.enrolment ? this.renderEnrol() : html`<p>${msg('Loading…')}</p>`;
      case 'sign-in':
        return this.renderSignIn();
      case 'list':
        return this.renderList();
      case 'report':
        return this.renderReport();
    }
  }

  private renderEnrol(): TemplateResult {
    const enrolment = this.enrolment!;
    // The QR code is drawn here, from the otpauth address the page already holds: no image service sees the secret.
    const qr = encodeQR(enrolment.totp.uri, 'svg', { border: 2 });
    return html`<h1 tabindex="-1">${msg(str`Set up your sign-in, ${enrolment.name}`)}</h1>
      <p>${msg('Choose one of the two ways. You can only do this once with this link.')}</p>
      <section class="card" aria-labelledby="passkey-heading">
        <h2 id="passkey-heading">${msg('A passkey')}</h2>
        <p>${msg('Best when this phone or computer has a fingerprint reader, face unlock or a PIN, or you have a security key.')}</p>
        <button type="button" ?disabled=${this.busy} @click=${this.passkeyEnrol}>${msg('Make a passkey')}</button>
      </section>
      <section class="card" aria-labelledby="password-heading">
        <h2 id="password-heading">${msg('A password and a code')}</h2>
        <form @submit=${this.passwordEnrol}>
          <input type="text" name="username" autocomplete="username" .value=${enrolment.name} hidden readonly />
          <label for="new-password">${msg('Password (at least 12 characters)')}</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
          <p>${msg('Add the inbox to an authenticator app (Aegis, FreeOTP, Google Authenticator): scan the code, or copy the key.')}</p>
          <img class="qr" alt=${msg('QR code for the authenticator app')} src=${`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`} />
          <label for="totp-secret">${msg('Key for the app')}</label>
          <input id="totp-secret" readonly .value=${enrolment.totp.secret} class="mono" />
          <label for="totp-uri">${msg('Or this address, for apps that take one')}</label>
          <input id="totp-uri" readonly .value=${enrolment.totp.uri} class="mono" />
          <label for="new-code">${msg('The 6-digit code the app shows')}</label>
          <input id="new-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required />
          <button type="submit" ?disabled=${this.busy}>${msg('Set up and sign in')}</button>
        </form>
      </section>`;
  }

  private renderSignIn(): TemplateResult {
    return html`<h1 tabindex="-1">${msg('Sign in to the inbox')}</h1>
      <section class="card" aria-labelledby="passkey-sign-in">
        <h2 id="passkey-sign-in">${msg('With a passkey')}</h2>
        <button type="button" ?disabled=${this.busy} @click=${this.passkeySignIn}>${msg('Sign in with a passkey')}</button>
      </section>
      <section class="card" aria-labelledby="password-sign-in">
        <h2 id="password-sign-in">${msg('With a password and a code')}</h2>
        <form @submit=${this.passwordSignIn}>
          <label for="name">${msg('Name')}</label>
          <input id="name" name="name" autocomplete="username" required />
          <label for="password">${msg('Password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <label for="code">${msg('Code from the app')}</label>
          <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required />
          <button type="submit" ?disabled=${this.busy}>${msg('Sign in')}</button>
        </form>
      </section>`;
  }

  private renderKey(): TemplateResult {
    if (this.key) {
      return html`<section class="card key" aria-labelledby="key-heading">
        <h2 id="key-heading">${msg('The organisation’s key')}</h2>
        <p>
          ${this.keyRemembered
            ? msg('The key is remembered on this computer. It cannot be copied out of the browser.')
            : msg('The key is ready until you close this tab.')}
        </p>
        <button type="button" class="secondary" @click=${this.forget}>${msg('Forget the key')}</button>
      </section>`;
    }
    return html`<section class="card key" aria-labelledby="key-heading">
      <h2 id="key-heading">${msg('The organisation’s key')}</h2>
      <p>${msg('Encrypted reports open only with the private key file (private.jwk). It stays in this browser and is never sent.')}</p>
      <label for="key-file">${msg('Choose the key file')}</label>
      <input id="key-file" type="file" accept=".jwk,application/json" @change=${this.readKeyFile} />
      <label for="key-text">${msg('Or paste the key')}</label>
      <textarea id="key-text" rows="3" class="mono" spellcheck="false" autocomplete="off" .value=${this.keyText} @input=${(e: Event) => (this.keyText = (e.target as HTMLTextAreaElement).value)}></textarea>
      <label class="check"
        ><input type="checkbox" .checked=${this.rememberChoice} @change=${(e: Event) => (this.rememberChoice = (e.target as HTMLInputElement).checked)} />
        ${msg('Remember on this computer')}</label
      >
      <p class="hint">${msg('Only on a computer that only your team uses. “Forget the key” removes it again.')}</p>
      <button type="button" ?disabled=${!this.keyText.trim()} @click=${this.useKey}>${msg('Use this key')}</button>
    </section>`;
  }

  private renderList(): TemplateResult {
    const awaiting = (r: ReportSummary) => r.lastMessage?.from === 'reporter';
    const shown = this.filter === 'answered' ? this.reports.filter(awaiting) : this.filter ? this.reports.filter((r) => r.status === this.filter) : this.reports;
    return html`<h1 tabindex="-1">${msg('Reports')}</h1>
      <div class="tools">
        <label for="filter">${msg('Show')}</label>
        <select id="filter" @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as CaseStatus | '' | 'answered')}>
          <option value="" ?selected=${this.filter === ''}>${msg('All reports')}</option>
          ${caseStatuses.map((s) => html`<option value=${s} ?selected=${this.filter === s}>${this.statusName(s)}</option>`)}
          <option value="answered" ?selected=${this.filter === 'answered'}>${msg('With a new answer from the reporter')}</option>
        </select>
        <button type="button" class="secondary" @click=${() => this.exportAs('json')}>${msg('Export JSON')}</button>
        <button type="button" class="secondary" @click=${() => this.exportAs('csv')}>${msg('Export CSV')}</button>
      </div>
      <p class="hint">${msg('An exported file is not protected: keep it on an encrypted disk and delete it when you are done.')}</p>
      ${shown.length === 0
        ? html`<p>${msg('No reports here.')}</p>`
        : html`<ul class="reports">
            ${shown.map(
              (r) => html`<li>
                <button type="button" class="report-link" @click=${() => this.openReport(r.receipt)}>
                  <span class="receipt">${r.receipt}</span>
                  <span class="status status-${r.status}">${this.statusName(r.status)}</span>
                  <span class="meta">${this.date(r.receivedAt)}</span>
                  <span class="meta">${r.assignee ? msg(str`Assigned to ${r.assignee}`) : msg('Not assigned')}</span>
                  ${r.kind === 'encrypted' ? html`<span class="meta">${msg('Encrypted')}</span>` : nothing}
                  ${awaiting(r) ? html`<span class="answered">${msg(str`New answer from the reporter, ${this.date(r.lastMessage!.at)}`)}</span>` : nothing}
                </button>
              </li>`,
            )}
          </ul>`}
      ${this.renderKey()}`;
  }

  private renderReport(): TemplateResult {
    const opened = this.opened!;
    const current = opened.case ?? { status: 'new' as CaseStatus, assignee: null };
    // No-break spaces keep the receipt's groups together when the heading wraps on a phone.
    const receipt = opened.receipt.replace(/ /g, '\u00a0');
    return html`<button type="button" class="secondary back" @click=${this.backToList}>${msg('Back to the reports')}</button>
      <h1 tabindex="-1">${msg(str`Report ${receipt}`)}</h1>
      <p class="meta">${msg(str`Received ${this.date(opened.receivedAt)}`)}</p>
      ${this.renderContent()}
      <section class="card" aria-labelledby="case-heading">
        <h2 id="case-heading">${msg('Case')}</h2>
        <form @submit=${this.saveCase} class="case">
          <label for="status">${msg('Status')}</label>
          <select id="status" name="status">
            ${caseStatuses.map((s) => html`<option value=${s} ?selected=${current.status === s}>${this.statusName(s)}</option>`)}
          </select>
          <label for="assignee">${msg('Assigned to')}</label>
          <select id="assignee" name="assignee">
            <option value="" ?selected=${!current.assignee}>${msg('Nobody')}</option>
            ${this.staff.map((name) => html`<option value=${name} ?selected=${current.assignee === name}>${name}</option>`)}
          </select>
          <button type="submit" ?disabled=${this.busy}>${msg('Save')}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="notes-heading">
        <h2 id="notes-heading">${msg('Internal notes')}</h2>
        ${this.notes.length === 0
          ? html`<p>${msg('No notes yet.')}</p>`
          : html`<ul class="notes">
              ${this.notes.map(
                (n) => html`<li>
                  <p class="meta">${n.author} · ${this.date(n.at)}</p>
                  ${n.text !== undefined
                    ? html`<p class="text">${n.text}</p>`
                    : html`<p class="hint">${n.locked === 'no-key' ? msg('Encrypted. Add the organisation’s key to read it.') : msg('This note could not be decrypted with this key.')}</p>`}
                </li>`,
              )}
            </ul>`}
        <form @submit=${this.addNote}>
          <label for="note">${msg('New note (only staff see it)')}</label>
          <textarea id="note" rows="4" .value=${this.noteDraft} @input=${(e: Event) => (this.noteDraft = (e.target as HTMLTextAreaElement).value)}></textarea>
          <button type="submit" ?disabled=${this.busy || !this.noteDraft.trim()}>${msg('Add the note')}</button>
        </form>
      </section>
      ${this.renderMessages(opened)}
      <section class="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">${msg('Delete')}</h2>
        ${this.confirmingDelete
          ? html`<div role="alertdialog" aria-labelledby="confirm-text" class="confirm">
              <p id="confirm-text">${msg('Delete this report, its case and its notes for good? This cannot be undone.')}</p>
              <button type="button" class="danger" id="confirm-delete" ?disabled=${this.busy} @click=${this.deleteReport}>${msg('Delete for good')}</button>
              <button type="button" class="secondary" @click=${() => (this.confirmingDelete = false)}>${msg('Keep it')}</button>
            </div>`
          : html`<button
              type="button"
              class="danger"
              @click=${async () => {
                this.confirmingDelete = true;
                await this.updateComplete;
                this.renderRoot.querySelector<HTMLElement>('#confirm-delete')?.focus();
              }}
            >
              ${msg('Delete this report')}
            </button>`}
      </section>`;
  }

  /**
   * The conversation with the person who reported: their answers and the staff's replies, oldest
   * first, and a box to reply. A reply reaches them only through the follow-up code they were given
   * when they sent the report.
   */
  private renderMessages(opened: OpenedReport): TemplateResult {
    const thread = this.thread;
    return html`<section class="card messages" aria-labelledby="messages-heading">
      <h2 id="messages-heading">${msg('Messages with the person')}</h2>
      ${thread === 'failed' || thread === undefined
        ? html`<p class="problem-inline" role="alert">${msg('The messages could not be loaded.')}</p>
            <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.refreshThread}>${msg('Try again')}</button>`
        : html`${this.renderThread(thread)} ${this.renderReplyBox(opened, thread)}`}
    </section>`;
  }

  private renderThread(thread: Thread): TemplateResult {
    if (this.messages.length === 0) {
      return thread.followUp ? html`<p>${msg('No messages yet. The person has not written again, and no one has replied.')}</p>` : html``;
    }
    return html`<ol class="thread">
        ${this.messages.map(
          (m) => html`<li class=${`message from-${m.from}`}>
            <p class="meta">
              <span class="who">${m.from === 'reporter' ? msg('The person who reported') : m.author ? msg(str`${m.author} (staff)`) : msg('Staff')}</span>
              · <time datetime=${m.at}>${this.date(m.at)}</time>
            </p>
            ${m.text !== undefined
              ? html`<p class="text">${m.text}</p>`
              : html`<p class="hint">
                  ${m.locked === 'no-key' ? msg('Encrypted. Add the organisation’s key to read it.') : msg('This message could not be decrypted with this key.')}
                </p>`}
          </li>`,
        )}
      </ol>
      <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.refreshThread}>${msg('Check for new messages')}</button>`;
  }

  private renderReplyBox(opened: OpenedReport, thread: Thread): TemplateResult {
    if (!thread.followUp) {
      return html`<p class="hint-box">
        ${msg('The person sent this report without a follow-up code, so they cannot be answered here. If they left a way to contact them, use it only as they asked.')}
      </p>`;
    }
    if (opened.kind === 'encrypted' && this.report === 'no-key') {
      return html`<p class="hint-box">${msg('To read the messages and reply, add the organisation’s key (above).')}</p>`;
    }
    if (opened.kind === 'encrypted' && !this.replyKey()) {
      return html`<p class="hint-box">${msg('This report cannot be answered here: it does not open with this key, or it holds no key for replies.')}</p>`;
    }
    const problem = this.replyProblem;
    return html`<form @submit=${this.sendReply} class="reply">
      <label for="reply">${msg('Reply to the person')}</label>
      <p class="hint" id="reply-hint">
        ${opened.kind === 'encrypted'
          ? msg('They read it with their follow-up code. It is encrypted in this browser before it is sent. Write nothing that would harm them if someone else saw their phone.')
          : msg('They read it with their follow-up code. This report was not encrypted, so neither is the reply. Write nothing that would harm them if someone else saw their phone.')}
      </p>
      ${problem ? html`<p class="problem-inline" id="reply-problem" role="alert">${this.problemText(problem)}</p>` : nothing}
      <textarea
        id="reply"
        rows="4"
        maxlength=${followUpTextLimit}
        aria-describedby=${problem ? 'reply-hint reply-problem' : 'reply-hint'}
        .value=${this.replyDraft}
        @input=${(e: Event) => (this.replyDraft = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <button type="submit" ?disabled=${this.busy || !this.replyDraft.trim()}>${msg('Send the reply')}</button>
    </form>`;
  }

  private renderContent(): TemplateResult {
    const report = this.report;
    if (report === 'no-key') {
      return html`<p class="card locked">${msg('This report is encrypted. Add the organisation’s key to read it.')}</p>
        ${this.renderKey()}`;
    }
    if (report === 'failed' || report === undefined) {
      return html`<p class="card locked">${msg('This report could not be decrypted with this key. It may have been made for another key.')}</p>`;
    }
    const yesNo = (v: string | undefined) => (v === 'yes' ? msg('Yes') : v === 'no' ? msg('No') : v === 'unknown' ? msg('Not known') : v);
    const rows: [string, unknown][] = [
      [msg('Danger now'), yesNo(report.dangerNow)],
      [msg('Country'), report.where?.country ? this.country(report.where.country) : undefined],
      [msg('City'), report.where?.city],
      [msg('Place'), report.where?.details],
      [msg('When'), [report.when?.date, report.when?.text, report.when?.ongoing ? msg('still going on') : undefined].filter(Boolean).join(', ')],
      [msg('People'), report.people?.count],
      [msg('Anyone under 18'), yesNo(report.people?.anyUnder18)],
      [msg('Who reports'), report.reporterRole],
      [msg('Signs'), report.indicators?.join(', ')],
      [msg('Language'), report.locale],
    ];
    const contact = report.contact;
    return html`<section class="card" aria-labelledby="report-heading">
      <h2 id="report-heading">${msg('What the person wrote')}</h2>
      <p class="text description">${report.description}</p>
      <dl>
        ${rows
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => html`<dt>${k}</dt>
              <dd>${String(v)}</dd>`)}
        <dt>${msg('Contact')}</dt>
        <dd>
          ${contact?.mode === 'contact'
            ? html`${contact.channel}: <span class="mono">${contact.address}</span>${contact.safeTimes ? html`<br />${msg(str`Safe times: ${contact.safeTimes}`)}` : nothing}${contact.codeWord
                ? html`<br />${msg(str`Code word: ${contact.codeWord}`)}`
                : nothing}${contact.mayLeaveMessage === false ? html`<br />${msg('Do not leave a message.')}` : nothing}`
            : msg('Anonymous: do not try to contact.')}
        </dd>
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-inbox': SafeInbox;
  }
}
