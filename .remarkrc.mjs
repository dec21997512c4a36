// Checks frontmatter against the JSON Schemas generated from the zod schemas, as you type, in editors that run
// remark (VS Code: the «unifiedjs.vscode-remark» extension). `strategi validate` remains the full check.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const folders = {
  focusArea: 'innsatsomrader',
  goal: 'mal',
  measure: 'tiltak',
  actionPlan: 'handlingsplaner',
  actor: 'aktorer',
  inputRound: 'innspillsrunder',
  input: 'innspill',
  progressReport: 'fremdrift',
};
const schemas = {
  './packages/schema/json-schema/strategy.schema.json': ['content/strategi.md', 'content/versjoner/*/strategi.md'],
  './packages/schema/json-schema/version.schema.json': ['content/versjoner/*/versjon.md'],
};
for (const [kind, folder] of Object.entries(folders)) {
  schemas[`./packages/schema/json-schema/${kind}.schema.json`] = [`content/${folder}/*.md`, `content/versjoner/*/${folder}/*.md`];
}

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
