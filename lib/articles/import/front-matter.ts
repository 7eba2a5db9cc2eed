import { parse as parseYaml, YAMLParseError } from "yaml";

export type FrontMatterSplit = { data: unknown; body: string } | { error: string } | null;

/** Splits "---\n<yaml>\n---\n<body>"; null when the text has no front matter. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const end = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!end) return { error: "front matter opens with --- but never closes" };
  const yamlText = text.slice(3, 3 + end.index);
  const body = text.slice(3 + end.index + end[0].length);
  try {
    // The core schema keeps dates as strings ("2024-05-25"), which is what we store.
    const data: unknown = parseYaml(yamlText, { schema: "core", uniqueKeys: true });
    return { data, body };
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      return { error: `front matter is not valid YAML${line ? ` (line ${line + 1})` : ""}: ${err.message.split("\n")[0]}` };
    }
    throw err;
  }
}

/** The QuickTakes export stores the article in `answer` with its newlines escaped as "\n". */
export function unescapeAnswer(answer: string): string {
  return answer.replace(/\\(n|r|t|"|\\)/g, (_, c: string) => ({ n: "\n", r: "", t: "\t", '"': '"', "\\": "\\" })[c]!);
}
