/** Fields whose values are a set: the order they are written in means nothing. */
export const setFields: ReadonlySet<string> = new Set([
  'goals',
  'responsible',
  'partners',
  'sectors',
  'inputs',
  'owners',
  'organisers',
  'aliases',
  'measures',
  'sources',
]);

/** Fields never compared: `internalNote` is never published, so never in a diff; a plan's old `measures` list is derived. */
export const ignoredFields: ReadonlySet<string> = new Set(['id', 'internalNote', 'measures']);
