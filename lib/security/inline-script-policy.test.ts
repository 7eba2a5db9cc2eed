import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPagePolicy, inlineScriptHashes } from "./inline-script-policy.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the policy of a cached page", () => {
  it("hashes each inline script's exact text, once, in order", () => {
    const html = `<html><head><script>self.__next_f=[]</script></head><body><p>Ünïcode “quotes”</p><script>self.__next_f.push([1,"é\\n"])</script><script>self.__next_f=[]</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('self.__next_f.push([1,"é\\n"])')]);
  });

  it("leaves scripts with a src to 'self', and reads attributes and odd closing tags as a browser does", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script nonce="abc" type="text/javascript">one()</script><SCRIPT>two()</SCRIPT ><script>"</scrip" + "t>"</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("one()"), sha("two()"), sha('"</scrip" + "t>"')]);
  });

  it("allows our own files and those hashes, and never an inline event handler", () => {
    expect(cachedPagePolicy("<script>go()</script>")).toBe(`script-src 'self' ${sha("go()")}; script-src-attr 'none'`);
    expect(cachedPagePolicy("<p>no script</p>")).toBe("script-src 'self'; script-src-attr 'none'");
    expect(cachedPagePolicy("<script>a()</script>")).not.toMatch(/unsafe/);
  });
});
