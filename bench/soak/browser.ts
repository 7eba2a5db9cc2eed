// A no-JavaScript browser for the soak: a cookie jar per account, Auth.js
// sign-in, and forms read from the HTML and posted back as a browser with
// scripting off would (multipart/form-data, every field the form renders,
// the hidden $ACTION_… fields of a React server-action form included).

export const SESSION_COOKIE = "authjs.session-token";
const REQUEST_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- cookies

/** An account's cookies, name → value, later Set-Cookie lines replacing earlier ones as a browser keeps them. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // An expiring cookie (Max-Age=0 or empty value) is removed, as a browser does.
      if (value === "" || /;\s*max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

// ---------------------------------------------------------------- HTML

export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)"|(?=[\\s/>]))`, "i").exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? "");
}

const hasAttribute = (tag: string, name: string) => attribute(tag, name) !== undefined;

/** One `<form>` of a page: its attributes and the fields a browser would submit as they stand. */
export interface ParsedForm {
  method: string;
  action: string;
  enctype: string;
  /** name → values, in document order (checkboxes repeat a name). */
  fields: [string, string][];
  html: string;
}

/**
 * The form whose HTML contains `marker` (its submit button's text, say), as
 * a browser would submit it untouched: hidden and text inputs, checked
 * checkboxes and radios, textareas' text and selects' chosen option. Forms
 * cannot nest in HTML, so each runs from `<form` to the next `</form>`.
 */
export function findForm(html: string, marker: string): ParsedForm | null {
  for (const match of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)) {
    const formHtml = match[0];
    if (!formHtml.includes(marker)) continue;
    const open = /^<form\b[^>]*>/i.exec(formHtml)?.[0] ?? "<form>";
    return {
      method: (attribute(open, "method") ?? "get").toUpperCase(),
      action: attribute(open, "action") ?? "",
      enctype: attribute(open, "enctype") ?? "application/x-www-form-urlencoded",
      fields: formFields(formHtml),
      html: formHtml,
    };
  }
  return null;
}

function formFields(formHtml: string): [string, string][] {
  const fields: [string, string][] = [];
  const controls = /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/gi;
  for (const match of formHtml.matchAll(controls)) {
    const tag = /^<\w+\b[^>]*>/.exec(match[0])?.[0] ?? "";
    const name = attribute(tag, "name");
    if (!name || hasAttribute(tag, "disabled")) continue;
    if (/^<input/i.test(tag)) {
      const type = (attribute(tag, "type") ?? "text").toLowerCase();
      if (type === "submit" || type === "button" || type === "reset" || type === "file" || type === "image") continue;
      if ((type === "checkbox" || type === "radio") && !hasAttribute(tag, "checked")) continue;
      fields.push([name, attribute(tag, "value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    } else if (/^<textarea/i.test(tag)) {
      // The HTML parser drops one newline right after <textarea>.
      fields.push([name, decodeEntities((match[1] ?? "").replace(/^\r?\n/, ""))]);
    } else {
      const options = [...(match[2] ?? "").matchAll(/<option\b[^>]*>/gi)].map((m) => m[0]);
      const chosen = options.find((o) => hasAttribute(o, "selected")) ?? options[0];
      if (chosen !== undefined) fields.push([name, attribute(chosen, "value") ?? ""]);
    }
  }
  return fields;
}

/** The text of the form's `role="status"` message (components/forms/form-message.tsx), or null when it shows none. */
export function formStatus(formHtml: string): string | null {
  const match = /<p\b[^>]*role="status"[^>]*>([\s\S]*?)<\/p>/i.exec(formHtml);
  if (!match) return null;
  return decodeEntities((match[1] ?? "").replace(/<[^>]+>/g, "")).trim();
}

// ---------------------------------------------------------------- errors

/** Why a request got no HTTP answer: the kinds the report counts. */
export function networkErrorKind(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") return "connection reset";
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "ETIMEDOUT") return "timeout";
  if (code) return `network error (${code})`;
  const message = error instanceof Error ? (typeof cause?.message === "string" ? cause.message : error.message) : String(error);
  return `network error (${message.slice(0, 80)})`;
}

/** A request that got no HTTP answer (refused, reset, timed out). */
export class NetworkError extends Error {
  constructor(
    readonly kind: string,
    readonly original: unknown,
  ) {
    super(kind);
    this.name = "NetworkError";
  }
}

// ---------------------------------------------------------------- browser

export interface Answer {
  status: number;
  location: string | null;
  body: string;
  /** Milliseconds from sending to the last byte of the body. */
  ms: number;
}

/** One signed-in (or anonymous) visitor: several writers may share one, as tabs of one browser do. */
export class Browser {
  readonly jar = new CookieJar();

  constructor(
    readonly origin: string,
    readonly email: string,
  ) {}

  private async send(path: string, init: RequestInit): Promise<Answer> {
    const started = performance.now();
    try {
      const response = await fetch(new URL(path, this.origin), {
        ...init,
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "user-agent": "tandem-soak (no JavaScript)", cookie: this.jar.header(), ...(init.headers as Record<string, string> | undefined) },
      });
      const body = await response.text();
      this.jar.keep(response);
      return { status: response.status, location: response.headers.get("location"), body, ms: performance.now() - started };
    } catch (error) {
      throw new NetworkError(networkErrorKind(error), error);
    }
  }

  get(path: string): Promise<Answer> {
    return this.send(path, { method: "GET" });
  }

  /**
   * Submits a form as a browser with scripting off: a POST to the form's
   * action (empty: the page's own address), multipart when the form says so
   * (React's server-action forms do), with the Origin header browsers send.
   */
  submit(pagePath: string, form: ParsedForm, values: Record<string, string>): Promise<Answer> {
    const fields = form.fields.filter(([name]) => !(name in values));
    for (const [name, value] of Object.entries(values)) fields.push([name, value]);
    const target = form.action === "" ? pagePath : form.action;
    let body: FormData | string;
    const headers: Record<string, string> = { origin: this.origin, referer: new URL(pagePath, this.origin).href };
    if (form.enctype.toLowerCase() === "multipart/form-data") {
      const data = new FormData();
      for (const [name, value] of fields) data.append(name, value);
      body = data;
    } else {
      body = new URLSearchParams(fields).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    return this.send(target, { method: form.method, body, headers });
  }

  /**
   * Auth.js sign-in as a browser does it: GET /api/auth/csrf (its cookie
   * kept, csrfToken read), then the credentials form to
   * /api/auth/callback/credentials, the redirect not followed. Throws
   * unless a session cookie comes back.
   */
  async signIn(password: string): Promise<void> {
    const csrf = await this.send("/api/auth/csrf", { method: "GET", headers: { accept: "application/json" } });
    if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken?: unknown };
    if (typeof csrfToken !== "string" || csrfToken === "") throw new Error("GET /api/auth/csrf returned no csrfToken");
    const answer = await this.send("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.origin },
      body: new URLSearchParams({ email: this.email, password, csrfToken, callbackUrl: "/" }).toString(),
    });
    if (!this.jar.has(SESSION_COOKIE)) {
      throw new Error(`signing in as ${this.email} gave no ${SESSION_COOKIE} cookie (answered ${answer.status}${answer.location ? `, to ${answer.location}` : ""})`);
    }
  }

  /** The signed-in account's handle from /api/me, or null when the session is not (or no longer) valid. */
  async whoAmI(): Promise<string | null> {
    const answer = await this.send("/api/me", { method: "GET", headers: { accept: "application/json" } });
    if (answer.status !== 200) return null;
    const { user } = JSON.parse(answer.body) as { user?: { handle?: unknown } | null };
    return typeof user?.handle === "string" ? user.handle : null;
  }
}
