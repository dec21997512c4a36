// Builds a Pagefind index over a built site into a separate folder, as the site's build does; for timing it alone.
import * as pagefind from 'pagefind';

const [site, output] = process.argv.slice(2);
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site! });
await index.writeFiles({ outputPath: output! });
await pagefind.close();
process.stdout.write(`${JSON.stringify({ pages: added.page_count })}\n`);
