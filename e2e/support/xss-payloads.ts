// A corpus of hostile input for e2e/xss-corpus.spec.ts: the classic tricks
// from the XSS cheat sheets, the holes Markdown renderers and sanitizers have
// had, and a few mutation-XSS strings that only bite when markup is parsed
// twice. Each payload carries its number, and whatever part of it could run
// makes itself seen (a dialog, window.__xss, or an element marked xss-N), so
// a failure names the payload that got through.

export type XssPayload = { id: number; label: string; text: string };

type Template = readonly [label: string, make: (n: number) => string];

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const entities = (s: string, radix: 10 | 16) => [...s].map((c) => (radix === 10 ? `&#${c.charCodeAt(0)};` : `&#x${c.charCodeAt(0).toString(16)};`)).join("");
const mark = (n: number) => `document.body.append(Object.assign(document.createElement('i'),{id:'xss-${n}'}))`;

const TEMPLATES: readonly Template[] = [
  // Script elements.
  ["script tag", (n) => `<script>alert(${n})</script>`],
  ["script tag, upper case", (n) => `<SCRIPT>alert(${n})</SCRIPT>`],
  ["script setting a flag", (n) => `<script>window.__xss=${n}</script>`],
  ["script with data: src", (n) => `<script src="data:text/javascript,alert(${n})"></script>`],
  ["script with odd attribute", (n) => `<script/xss>confirm(${n})</script>`],
  ["nested script tags", (n) => `<scr<script>ipt>alert(${n})</scr</script>ipt>`],
  ["unclosed script", (n) => `<script>prompt(${n})<!--`],
  ["double angle bracket", (n) => `<<script>alert(${n});//<</script>`],
  ["script marking the page", (n) => `<script>${mark(n)}</script>`],
  ["script after quote breakout", (n) => `"><script>alert(${n})</script>`],
  ["script after single-quote breakout", (n) => `'><script>alert(${n})</script>`],
  ["script inside svg", (n) => `<svg><script>alert(${n})</script></svg>`],
  ["script in a template element", (n) => `<template><script>alert(${n})</script></template><b id="xss-${n}">t</b>`],

  // Event handlers.
  ["img onerror", (n) => `<img src=x onerror=alert(${n})>`],
  ["img onerror, quoted", (n) => `<img src="x" onerror="alert(${n})">`],
  ["img onerror, mixed case", (n) => `<IMG SRC=x OnErRoR=alert(${n})>`],
  ["img with slashes for spaces", (n) => `<img/src/onerror=alert(${n})>`],
  ["img onerror, eval of src", (n) => `<img src=x:alert(${n}) onerror=eval(src)>`],
  ["img onerror, entity-encoded handler", (n) => `<img src=x onerror="${entities("alert", 10)}(${n})">`],
  ["img onerror, JS unicode escape", (n) => `<img src=x onerror=\\u0061lert(${n})>`],
  ["img onerror, string concatenation", (n) => `<img src=x onerror=window['al'+'ert'](${n})>`],
  ["img with broken quotes", (n) => `<img """><script>alert(${n})</script>">`],
  ["image element", (n) => `<image src=x onerror=alert(${n})>`],
  ["input type=image onerror", (n) => `<input type="image" src=x onerror=alert(${n})>`],
  ["svg onload", (n) => `<svg onload=alert(${n})>`],
  ["svg onload, unclosed", (n) => `<svg/onload=alert(${n})//`],
  ["body onload", (n) => `<body onload=alert(${n})>`],
  ["body onpageshow", (n) => `<body onpageshow=alert(${n})>`],
  ["body onload with comment trick", (n) => `<body/onload=&lt;!--&gt;&#10alert(${n})>`],
  ["frameset onload", (n) => `<frameset onload=alert(${n})>`],
  ["details ontoggle", (n) => `<details open ontoggle=alert(${n})>`],
  ["video source onerror", (n) => `<video><source onerror=alert(${n})></video>`],
  ["video onerror", (n) => `<video src=x onerror=alert(${n})></video>`],
  ["audio onerror", (n) => `<audio src=x onerror=alert(${n})>`],
  ["input autofocus onfocus", (n) => `<input autofocus onfocus=alert(${n})>`],
  ["select autofocus onfocus", (n) => `<select autofocus onfocus=alert(${n})></select>`],
  ["textarea autofocus onfocus", (n) => `<textarea autofocus onfocus=alert(${n})></textarea>`],
  ["keygen autofocus", (n) => `<keygen autofocus onfocus=alert(${n})>`],
  ["focusable element with onfocus", (n) => `<a id=x${n} tabindex=1 onfocus=alert(${n}) autofocus>focus</a>`],
  ["full-page hover trap", (n) => `<div onmouseover="alert(${n})" style="position:fixed;inset:0">hover</div>`],
  ["marquee onstart", (n) => `<marquee onstart=alert(${n})>x</marquee>`],
  ["css animation event", (n) => `<style>@keyframes x{}</style><b style="animation-name:x" onanimationstart="alert(${n})">a</b>`],
  ["popover onbeforetoggle", (n) => `<button popovertarget=p${n}>b</button><div popover id=p${n} onbeforetoggle=alert(${n})>p</div>`],
  ["custom element onclick", (n) => `<x onclick=alert(${n}) contenteditable>edit me</x>`],
  ["anchor onclick", (n) => `<a href="#" onclick="alert(${n})">click</a>`],

  // Dangerous URLs in markup.
  ["javascript: link", (n) => `<a href="javascript:alert(${n})">link</a>`],
  ["javascript: link, mixed case", (n) => `<a href="JaVaScRiPt:alert(${n})">link</a>`],
  ["javascript: link, leading space", (n) => `<a href=" javascript:alert(${n})">link</a>`],
  ["javascript: link, entity j", (n) => `<a href="&#106;avascript:alert(${n})">link</a>`],
  ["javascript: link, fully entity-encoded", (n) => `<a href="${entities("javascript:", 10)}alert(${n})">dec</a>`],
  ["javascript: link, padded decimal entities", (n) => `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(${n})">pad</a>`],
  ["javascript: link, hex entities", (n) => `<a href="${entities("javascript", 16)}:alert(${n})">hex</a>`],
  ["javascript: link, tab entity", (n) => `<a href="jav&#x09;ascript:alert(${n})">tab</a>`],
  ["javascript: link, newline entity", (n) => `<a href="java&#x0A;script:alert(${n})">nl</a>`],
  ["javascript: link, literal tab", (n) => `<a href="jav\tascript:alert(${n})">tab</a>`],
  ["data: link", (n) => `<a href="data:text/html;base64,${b64(`<script>alert(${n})</script>`)}">data</a>`],
  ["vbscript: link", (n) => `<a href="vbscript:alert(${n})">vb</a>`],
  ["area with javascript:", (n) => `<map name=m${n}><area shape=rect coords=0,0,99,99 href="javascript:alert(${n})"></map><img usemap=#m${n} src=x>`],
  ["form action javascript:", (n) => `<form action="javascript:alert(${n})"><input type=submit value=go></form>`],
  ["button formaction", (n) => `<form><button formaction=javascript:alert(${n})>go</button></form>`],
  ["iframe javascript: src", (n) => `<iframe src="javascript:alert(${n})"></iframe>`],
  ["iframe srcdoc", (n) => `<iframe srcdoc="<script>parent.alert(${n})</script>"></iframe>`],
  ["iframe data: src", (n) => `<iframe src="data:text/html,<script>parent.alert(${n})</script>"></iframe>`],
  ["iframe onload", (n) => `<iframe onload=alert(${n})></iframe>`],
  ["object javascript: data", (n) => `<object data="javascript:alert(${n})"></object>`],
  ["object data: html", (n) => `<object type="text/html" data="data:text/html;base64,${b64(`<script>parent.alert(${n})</script>`)}"></object>`],
  ["embed javascript:", (n) => `<embed src="javascript:alert(${n})">`],
  ["base href", (n) => `<base href="javascript:alert(${n})//">`],
  ["meta refresh", (n) => `<meta http-equiv="refresh" content="0;url=javascript:alert(${n})">`],
  ["link stylesheet javascript:", (n) => `<link rel=stylesheet href="javascript:alert(${n})">`],

  // SVG and MathML.
  ["svg anchor xlink:href", (n) => `<svg><a xlink:href="javascript:alert(${n})"><text x="20" y="20">svg link</text></a></svg>`],
  ["svg animate onbegin", (n) => `<svg><animate onbegin=alert(${n}) attributeName=x dur=1s>`],
  ["svg animate rewriting href", (n) => `<svg><animate xlink:href=#a${n} attributeName=href values=javascript:alert(${n}) /><a id=a${n}><text x=20 y=20>X</text></a></svg>`],
  ["svg set rewriting href", (n) => `<svg><set attributeName=href xlink:href=#s${n} to=javascript:alert(${n}) /><a id=s${n}><text y=9>x</text></a></svg>`],
  ["svg use with data: document", (n) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(${n})'/></svg>#x"/></svg>`],
  ["svg foreignObject iframe", (n) => `<svg><foreignObject><iframe onload=alert(${n})></iframe></foreignObject></svg>`],
  ["mathml xlink:href", (n) => `<math><mi xlink:href="javascript:alert(${n})">m</mi></math>`],

  // Markdown.
  ["markdown javascript: link", (n) => `[click](javascript:alert(${n}))`],
  ["markdown JAVASCRIPT: link", (n) => `[click](JAVASCRIPT:alert(${n}))`],
  ["markdown entity-encoded scheme", (n) => `[click](&#x6A;avascript:alert(${n}))`],
  ["markdown &colon; scheme", (n) => `[click](javascript&colon;alert(${n}))`],
  ["markdown angle-bracket destination", (n) => `[click](<javascript:alert(${n})>)`],
  ["markdown data: link", (n) => `[click](data:text/html;base64,${b64(`<script>alert(${n})</script>`)})`],
  ["markdown vbscript: link", (n) => `[click](vbscript:alert(${n}))`],
  ["markdown zero-width in scheme", (n) => `[click](java\u200Bscript:alert(${n}))`],
  ["markdown image onerror breakout", (n) => `![x](x" onerror="alert(${n}))`],
  ["markdown image javascript:", (n) => `![x](javascript:alert(${n}))`],
  ["markdown image title breakout", (n) => `![x](x "onerror=alert(${n})")`],
  ["markdown link title breakout", (n) => `[x](https://example.org "\\"><img src=x onerror=alert(${n})>")`],
  ["markdown link with quote in URL", (n) => `[x](https://example.org/"onmouseover="alert(${n}))`],
  ["markdown html inside link text", (n) => `[<img src=x onerror=alert(${n})>](https://example.org)`],
  ["markdown html inside emphasis", (n) => `**<img src=x onerror=alert(${n})>**`],
  ["markdown autolink javascript:", (n) => `<javascript:alert(${n})>`],
  ["markdown reference link", (n) => `[ref][xss${n}]\n\n[xss${n}]: javascript:alert(${n})`],
  ["markdown reference link, angle brackets", (n) => `[ref${n}]\n\n[ref${n}]: <javascript:alert(${n})> "title"`],
  ["markdown raw html block", (n) => `<div>\n<script>alert(${n})</script>\n</div>`],
  ["markdown details block", (n) => `<details>\n<summary>s</summary>\n\n<img src=x onerror=alert(${n})>\n\n</details>`],
  ["markdown footnote with html", (n) => `Text[^f${n}]\n\n[^f${n}]: <img src=x onerror=alert(${n})>`],
  ["markdown table cell html", (n) => `| a |\n|---|\n| <img src=x onerror=alert(${n})> |`],
  ["markdown code span", (n) => `\`<script>alert(${n})</script>\``],
  ["markdown fenced code", (n) => "```html\n" + `<script>alert(${n})</script>\n` + "```"],
  ["markdown deep blockquote", (n) => `${"> ".repeat(60)}<script>alert(${n})</script>`],

  // Comments and CDATA.
  ["comment breakout", (n) => `<!--><img src=x onerror=alert(${n})>-->`],
  ["bogus comment close", (n) => `<!-- --!><img src=x onerror=alert(${n})>-->`],
  ["CDATA breakout", (n) => `<![CDATA[><img src=x onerror=alert(${n})>]]>`],
  ["svg CDATA breakout", (n) => `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(${n})>">]]></svg>`],

  // Breaking out of an attribute or an element.
  ["attribute breakout to svg", (n) => `"><svg onload=alert(${n})>`],
  ["single-quote attribute breakout", (n) => `'><svg onload=alert(${n})>`],
  ["attribute injection, autofocus", (n) => `" onfocus="alert(${n})" autofocus="`],
  ["attribute injection, single quotes", (n) => `' onmouseover='alert(${n})`],
  ["attribute injection, style", (n) => `" style="x:expression(alert(${n}))`],
  ["textarea breakout", (n) => `</textarea><script>alert(${n})</script>`],
  ["title breakout", (n) => `</title><script>alert(${n})</script>`],
  ["style breakout", (n) => `</style><script>alert(${n})</script>`],
  ["script breakout", (n) => `</script><script>alert(${n})</script>`],
  ["noscript breakout", (n) => `</noscript><img src=x onerror=alert(${n})>`],
  ["select breakout", (n) => `</select><img src=x onerror=alert(${n})>`],
  ["json breakout", (n) => `"}]</script><script>alert(${n})</script>`],

  // Text that is only dangerous where something evaluates or re-parses it.
  ["bare javascript: URL", (n) => `javascript:alert(${n})`],
  ["angular sandbox escape", (n) => `{{constructor.constructor('alert(${n})')()}}`],
  ["vue/angular $on escape", (n) => `{{$on.constructor('alert(${n})')()}}`],
  ["template literal", (n) => `\${alert(${n})}`],
  ["ruby/pug interpolation", (n) => `#{alert(${n})}`],
  ["erb/jsp tags", (n) => `<%= alert(${n}) %>`],
  ["entity-escaped script, double decoding", (n) => `&lt;script&gt;alert(${n})&lt;/script&gt;`],
  ["percent-encoded script", (n) => `%3Cscript%3Ealert(${n})%3C/script%3E`],
  ["hex-escaped script", (n) => `\\x3cscript\\x3ealert(${n})\\x3c/script\\x3e`],
  ["UTF-7 script", (n) => `+ADw-script+AD4-alert(${n})+ADw-/script+AD4-`],
  ["fullwidth angle brackets", (n) => `＜script＞alert(${n})＜/script＞`],
  ["markdown link in plain text", (n) => `[click](javascript:confirm(${n}))`],

  // Styles.
  ["style url(javascript:)", (n) => `<div style="background:url(javascript:alert(${n}))">bg</div>`],
  ["style expression()", (n) => `<div style="width:expression(alert(${n}))">ie</div>`],
  ["style element url(javascript:)", (n) => `<style>body{background:url("javascript:alert(${n})")}</style>`],
  ["style @import javascript:", (n) => `<style>@import 'javascript:alert(${n})';</style>`],

  // Mutation XSS: harmless when parsed once, live when re-serialized and parsed again.
  ["noscript title mXSS", (n) => `<noscript><p title="</noscript><img src=x onerror=alert(${n})>">`],
  ["mglyph style mXSS", (n) => `<math><mtext><table><mglyph><style><img src=x onerror=alert(${n})>`],
  ["mglyph comment mXSS", (n) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(${n})&gt;">`],
  ["svg style mXSS", (n) => `<svg></p><style><a id="</style><img src=1 onerror=alert(${n})>">`],
  ["nested form mXSS", (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(${n})>`],
  ["xmp title mXSS", (n) => `<xmp><p title="</xmp><img src=x onerror=alert(${n})>">`],
  ["svg style element mXSS", (n) => `<svg><style><img src=x onerror=alert(${n})></style></svg>`],

  // Unicode tricks.
  ["zero-width space in tag name", (n) => `<scr\u200Bipt>alert(${n})</scr\u200Bipt>`],
  ["zero-width joiner in handler", (n) => `<img src=x on\u200Derror=alert(${n})>`],
  ["right-to-left override", (n) => `\u202Egnp.exe<img src=x onerror=alert(${n})>`],
  ["BOM before tag", (n) => `\uFEFF<script>alert(${n})</script>`],
  ["NUL in scheme", (n) => `<a href="java\u0000script:alert(${n})">nul</a>`],
  ["combining characters", (n) => `<s\u0301cript>alert(${n})</s\u0301cript>`],

  // Very long.
  ["long padding before img", (n) => `${"A".repeat(2500)}<img src=x onerror=alert(${n})>`],
  ["long nesting before img", (n) => `${"<div>".repeat(300)}<img src=x onerror=alert(${n})>`],
  ["long bracket run before link", (n) => `${"[".repeat(800)}x](javascript:alert(${n}))`],
];

export const XSS_PAYLOADS: readonly XssPayload[] = TEMPLATES.map(([label, make], i) => ({ id: i + 1, label, text: make(i + 1) }));
