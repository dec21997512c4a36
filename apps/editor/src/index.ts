export { Access, type HostedAccess, type Session } from './access.ts';
export { createEditorApp, type EditorAppOptions, MAX_BODY_BYTES, SESSION_COOKIE } from './app.ts';
export { type EditorSettings, editorSettings, repositoryRoot } from './config.ts';
export { editorConfig, type FieldConfig, type KindConfig, kindConfig, type Widget } from './form-config.ts';
export { type ContentChanges, ContentRepository, type FileChange } from './git.ts';
export { type RunningEditor, startEditor } from './server.ts';
export { Workspace } from './workspace.ts';
