/**
 * Every XML and JSON file a build writes, read back with a strict parser: a feed with a control character, a
 * sitemap with an unescaped ampersand or a JSON export cut short is a broken file for every reader, whatever a
 * string search in the tests finds in it. XML is read by saxes (well-formedness as XML 1.0 defines it: characters,
 * entities, one root, no attribute twice), JSON by JSON.parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';

/** Why `text` is not well-formed XML, or undefined when it is. */
export function xmlProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    problem ??= (error as Error).message;
  }
  return problem;
}

/** Why `text` is not JSON, or undefined when it is. */
function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The XML and JSON files under `root` (relative, forward slashes), sorted. */
export function structuredFiles(root: string): { xml: string[]; json: string[] } {
  const xml: string[] = [];
  const json: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (/\.(xml|xsl|rss|atom)$/i.test(entry.name)) xml.push(file);
    else if (/\.(json|webmanifest|jsonld)$/i.test(entry.name)) json.push(file);
  }
  return { xml: xml.sort(), json: json.sort() };
}

/** `file: why` for every XML or JSON file under `root` that does not parse back. */
export function parseBackProblems(root: string): string[] {
  const { xml, json } = structuredFiles(root);
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return [
    ...xml.flatMap((file) => {
      const problem = xmlProblem(read(file));
      return problem ? [`${file}: ${problem}`] : [];
    }),
    ...json.flatMap((file) => {
      const problem = jsonProblem(read(file));
      return problem ? [`${file}: ${problem}`] : [];
    }),
  ];
}
