export { createReviewApp, MAX_BODY_BYTES, type ReviewAppOptions, SESSION_COOKIE } from './app.ts';
export { repositoryRoot, type ServerConfig, serverConfig } from './config.ts';
export { FailureLimiter } from './failure-limiter.ts';
export { type RunningServer, startReviewServer } from './server.ts';
