// Every rule id is `area/name` in kebab case, and its title, message and hint read as sentences.
import { catalogue } from '../src/catalogue.ts';

let bad = 0;
for (const [id, definition] of Object.entries(catalogue)) {
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(id)) {
    console.error(`${id}: id skal være «område/navn» med små bokstaver og bindestrek.`);
    bad++;
  }
  if (!definition.title || /^error:/i.test(definition.title)) {
    console.error(`${id}: mangler tittel.`);
    bad++;
  }
}
process.exitCode = bad ? 1 : 0;
