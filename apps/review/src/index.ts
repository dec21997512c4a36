export { createReviewApp, MAX_BODY_BYTES, type ReviewAppOptions, SESSION_COOKIE } from './app.ts';
export { repositoryRoot, type ServerConfig, serverConfig } from './config.ts';
export { DEFAULT_LIMITS, type ReviewLimits } from './context.ts';
export { type ReviewServer, startReviewServer } from './server.ts';
