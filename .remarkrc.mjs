// Problems as you type, in editors that run remark (VS Code: the «unifiedjs.vscode-remark» extension): the content
// model's own checks — schema, ids, links, headings, versions — with the messages and hints of `strategi validate`,
// on the line they concern. Loading a `.ts` module needs a Node with type stripping (22.18 or newer).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintStrategi from './packages/remark-lint/src/index.ts';

export default {
  plugins: [remarkFrontmatter, remarkLintStrategi],
};
