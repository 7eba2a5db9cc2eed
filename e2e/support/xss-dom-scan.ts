// What a page must not contain once hostile text is in it, checked in the
// browser on the rendered DOM, or on fetched HTML parsed by DOMParser (which
// runs nothing). page.evaluate serializes this function: it may use nothing
// from outside its body.

/** Tags the Markdown pipeline (lib/markdown/render.ts) can produce inside rendered user content. */
export const MARKDOWN_TAGS = ["a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "input", "li", "ol", "p", "pre", "section", "strong", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul"];

/** Where pages put HTML rendered from Markdown (components/articles/article-body, post-card, message-list, the editor's preview). */
export const USER_HTML = ".prose";

export function scanDocument({ markdownTags, userHtml, html, url }: { markdownTags: string[]; userHtml: string; html?: string; url?: string }): string[] {
  const problems: string[] = [];
  const doc = html === undefined ? document : new DOMParser().parseFromString(html, "text/html");
  const base = url ?? location.href;
  const originOf = (href: string) => {
    try {
      return new URL(href, base).origin;
    } catch {
      return "unparseable";
    }
  };
  const show = (el: Element) => el.outerHTML.replace(/\s+/g, " ").slice(0, 200);
  // Browsers ignore control characters and spaces in a URL's scheme ("java\tscript:").
  const scheme = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, "").toLowerCase();
  const dangerous = (value: string) => /^(javascript|vbscript|livescript|data):/.test(scheme(value));
  // React gives a form bound to a function one of these actions (server-rendered, then hydrated).
  const isReactFormAction = (value: string) =>
    value === "javascript:throw new Error('React form unexpectedly submitted.')" || value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.");
  const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "lowsrc", "dynsrc", "cite", "codebase", "ping", "srcset", "srcdoc"]);

  const flag = (window as { __xss?: unknown }).__xss;
  if (html === undefined && flag !== undefined) problems.push(`window.__xss was set to ${String(flag)}`);

  for (const el of Array.from(doc.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`event handler attribute ${name}: ${show(el)}`);
      else if (urlAttributes.has(name) && (name === "srcdoc" || dangerous(attr.value)) && !(isReactFormAction(attr.value) && (name === "action" || name === "formaction")))
        problems.push(`${name} with a script or data URL: ${show(el)}`);
      else if (name === "style" && /expression\s*\(|url\s*\(\s*['"]?\s*(javascript|vbscript|data):|behavior\s*:|-moz-binding/i.test(attr.value)) problems.push(`script in a style attribute: ${show(el)}`);
    }
    if (/xss-\d/.test(el.id)) problems.push(`element marked by a payload: ${show(el)}`);
  }

  // Next's inline scripts are pushes of JSON (the RSC payload, Turbopack's
  // chunk list). One that does not parse as exactly that has code in it
  // that is not Next's: a payload that broke out of a string.
  const pushes = [/^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((.*)\)$/s, /^self\.__next_f\.push\((.*)\)$/s, /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((.*)\);?$/s];
  const isJsonPush = (text: string) =>
    pushes.some((re) => {
      const arg = re.exec(text.trim())?.[1];
      if (arg === undefined) return false;
      try {
        JSON.parse(arg);
        return true;
      } catch {
        return false;
      }
    });
  for (const script of Array.from(doc.scripts)) {
    const src = script.getAttribute("src");
    if (src !== null) {
      if (originOf(src) !== originOf(base) || !new URL(src, base).pathname.startsWith("/_next/")) problems.push(`script from elsewhere: ${show(script)}`);
    } else if (!isJsonPush(script.text)) {
      problems.push(`inline script that is not Next's: ${show(script)}`);
    }
  }

  for (const el of Array.from(doc.querySelectorAll("iframe, frame, frameset, object, embed, applet, param, base, portal, meta[http-equiv], link[rel~='import'], math, svg a, svg use, svg animate, svg set, svg foreignObject, svg script"))) {
    problems.push(`unexpected <${el.tagName.toLowerCase()}>: ${show(el)}`);
  }

  for (const form of Array.from(doc.forms)) {
    const action = form.getAttribute("action");
    if (action && !isReactFormAction(action) && originOf(action) !== originOf(base)) problems.push(`form posting elsewhere: ${show(form)}`);
  }

  for (const container of Array.from(doc.querySelectorAll(userHtml))) {
    for (const el of Array.from(container.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (!markdownTags.includes(tag)) problems.push(`<${tag}> in user content: ${show(el)}`);
      if (tag === "input" && !(el.getAttribute("type") === "checkbox" && el.hasAttribute("disabled"))) problems.push(`form control in user content: ${show(el)}`);
      // Ids and names from user content are prefixed, so they cannot clobber the page's globals.
      for (const name of ["id", "name"]) {
        const value = el.getAttribute(name);
        if (value !== null && !value.startsWith("md-")) problems.push(`unprefixed ${name} in user content: ${show(el)}`);
      }
    }
  }
  return problems;
}
