/**
 * The files `strategi init` writes for a new strategy: a content folder that validates and builds (the strategy,
 * its settings, the owners as actors, one focus area with a goal and a measure), a README for its editors and the
 * CI workflows. Documents are written with the model's frontmatter writer, in the order of their schemas.
 */
import { documentText, inSchemaOrder, placeholderFor } from '@strategi/model';
import { documentKinds, type Language, SETTINGS_FILE, type SiteSettingsInput, STRATEGY_FILE } from '@strategi/schema';
import { stringify } from 'yaml';

export interface NewStrategy {
  title: string;
  period: { start: number; end: number };
  owners: readonly { id: string; name: string; kind: string }[];
  lang: Language;
  settings: SiteSettingsInput;
}

/** A file of the skeleton, by its path inside the new folder. */
export interface SkeletonFile {
  relative: string;
  text: string;
}

/** Where the content lives inside the new folder; the workflows and the README point there. */
export const CONTENT_FOLDER = 'content';

const doc = (kind: keyof typeof documentKinds, data: Record<string, unknown>, lang: Language) =>
  documentText(inSchemaOrder(documentKinds[kind].schema.shape, data), placeholderFor(kind, lang));

/** What each owner's actor says it is responsible for, until an editor writes more. */
const OWNS: Record<Language, string> = { nb: 'Eier strategien.', nn: 'Eig strategien.', en: 'Owns the strategy.' };

const inContent = (relative: string, text: string): SkeletonFile => ({ relative: `${CONTENT_FOLDER}/${relative}`, text });

export function skeletonFiles(strategy: NewStrategy): SkeletonFile[] {
  const { lang, period } = strategy;
  const owners = strategy.owners.map((owner) => owner.id);
  return [
    inContent(
      STRATEGY_FILE,
      doc('strategy', { id: 'strategi', title: strategy.title, period, owners, vision: 'Skriv visjonen i én eller to setninger.', lang }, lang),
    ),
    inContent(SETTINGS_FILE, `# Innstillingene for nettstedet (se docs/veiledning.md, «Ny strategi»).\n${stringify(strategy.settings)}`),
    ...strategy.owners.map((owner) =>
      inContent(
        `${documentKinds.actor.folder}/${owner.id}.md`,
        doc('actor', { id: owner.id, name: owner.name, kind: owner.kind, responsibility: OWNS[lang], lang }, lang),
      ),
    ),
    inContent(`${documentKinds.focusArea.folder}/I-1.md`, doc('focusArea', { id: 'I-1', title: 'Første innsatsområde', order: 1, lang }, lang)),
    inContent(`${documentKinds.goal.folder}/M-1.md`, doc('goal', { id: 'M-1', title: 'Første mål', focusArea: 'I-1', lang }, lang)),
    inContent(
      `${documentKinds.measure.folder}/T-1.md`,
      doc(
        'measure',
        {
          id: 'T-1',
          title: 'Første tiltak',
          goals: ['M-1'],
          responsible: owners.slice(0, 1),
          ...documentKinds.measure.newDefaults({
            year: period.start,
            period,
            nextOrder: 1,
            today: `${period.start}-01-01`,
            sectors: Object.keys(strategy.settings.sectors ?? {}),
          }),
          lang,
        },
        lang,
      ),
    ),
    { relative: 'README.md', text: readme(strategy) },
    { relative: '.github/workflows/pull-request.yml', text: PULL_REQUEST_WORKFLOW },
    { relative: '.github/workflows/publish.yml', text: PUBLISH_WORKFLOW },
  ];
}

function readme(strategy: NewStrategy): string {
  return `# ${strategy.title}

Innholdet i strategien (${strategy.period.start}–${strategy.period.end}) står i \`${CONTENT_FOLDER}/\`, én Markdown-fil per
dokument. Nettstedet, PDF-en og de åpne dataene bygges av det med strategiverktøyene.

## For redaktører

- **Navn, eiere og kontakt**: tittelen, perioden og eierne står i \`${CONTENT_FOLDER}/${STRATEGY_FILE}\`; nettstedets navn,
  kortnavn, kontaktadresse og adresse i \`${CONTENT_FOLDER}/${SETTINGS_FILE}\`. Eierne er aktører i
  \`${CONTENT_FOLDER}/${documentKinds.actor.folder}/\`.
- **Lister**: sektorene et tiltak kan gjelde, slagene aktører og slagene avsendere av innspill og høringssvar står med
  kode og navn i \`${CONTENT_FOLDER}/${SETTINGS_FILE}\`; innholdet skriver koden.
- **Nye dokumenter**: \`strategi new measure --title «…» --goal M-1 --responsible ${strategy.owners[0]?.id ?? 'ID'} --dir ${CONTENT_FOLDER}\`
  gir neste ledige id. Teksten som står i et nytt dokument, gir en advarsel til den er skrevet om.
- **Sjekk før du sender inn**: \`strategi validate --dir ${CONTENT_FOLDER}\` viser hvert problem med fil, linje og et råd.
- **Forhåndsvisning**: hver pull request bygger en forhåndsvisning (arbeidsflyten «Pull request»).
- **Publisering**: det som er slått sammen i \`main\`, bygges og publiseres (arbeidsflyten «Publish»). Bare frigitte
  versjoner blir offentlige: \`strategi release\` fryser arbeidsutkastet som en versjon.

## Verktøyene

Arbeidsflytene henter strategiverktøyene fra depotet som repository-variabelen \`STRATEGI_TOOLS_REPOSITORY\` navngir
(\`eier/navn\`), på grenen eller taggen i \`STRATEGI_TOOLS_REF\` (standard \`main\`).
`;
}

// The tools are checked out beside the content and run on it; the repository is a variable, never a guessed address.
const TOOLS_STEPS = `      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          repository: \${{ vars.STRATEGI_TOOLS_REPOSITORY }}
          ref: \${{ vars.STRATEGI_TOOLS_REF || 'main' }}
          path: verktoy
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Install pnpm
        run: npm install --global pnpm@12.21.0
      - name: Install the tools
        run: pnpm --dir verktoy install --frozen-lockfile
      - name: Check the content
        run: pnpm --dir verktoy strategi validate --dir "$STRATEGI_CONTENT" --format github`;

const PULL_REQUEST_WORKFLOW = `# On every pull request: check the content (problems as annotations on the changed lines) and build the
# reviewers' preview, kept as an artifact.
name: Pull request

on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    env:
      CI: "true"
      ASTRO_TELEMETRY_DISABLED: "1"
      STRATEGI_CONTENT: \${{ github.workspace }}/${CONTENT_FOLDER}
    steps:
${TOOLS_STEPS}
      - name: Build the preview
        run: pnpm --dir verktoy build:preview
      - name: Keep the preview
        uses: actions/upload-artifact@v4
        with:
          name: forhandsvisning-\${{ github.event.pull_request.number }}
          path: verktoy/apps/site/dist-preview
          retention-days: 14
`;

const PUBLISH_WORKFLOW = `# On main, and every quarter of an hour for versions released with --publish-at: build the public site and
# deploy it.
name: Publish

on:
  push:
    branches: [main]
  schedule:
    - cron: "*/15 * * * *"
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: publish
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    env:
      CI: "true"
      ASTRO_TELEMETRY_DISABLED: "1"
      STRATEGI_CONTENT: \${{ github.workspace }}/${CONTENT_FOLDER}
    steps:
${TOOLS_STEPS}
      - name: Build the public site
        run: pnpm --dir verktoy build
      - name: Keep the site
        uses: actions/upload-pages-artifact@v3
        with:
          path: verktoy/apps/site/dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy
        id: deployment
        uses: actions/deploy-pages@v4
`;
